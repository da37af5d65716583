//! QR codes for printed pages: one pixel per module, so the PDF holds a few
//! hundred bytes per code and viewers draw it with sharp edges (the image is
//! placed without interpolation).

use std::io::Cursor;

use image::{GrayImage, Luma};
use qrcode::{Color, EcLevel, QrCode};

/// The light margin the QR specification asks for around a code, in modules.
const QUIET_ZONE: u32 = 4;

/// The code for `url` as a greyscale image, one pixel per module, with its
/// quiet zone. Medium error correction survives a crease or a smudge on a
/// printed page.
pub fn image(url: &str) -> anyhow::Result<GrayImage> {
    let code = QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M)?;
    let width = u32::try_from(code.width())?;
    let colors = code.to_colors();
    let size = width + 2 * QUIET_ZONE;
    Ok(GrayImage::from_fn(size, size, |x, y| {
        let inside = |v: u32| v.checked_sub(QUIET_ZONE).filter(|v| *v < width);
        let dark = match (inside(x), inside(y)) {
            (Some(x), Some(y)) => colors[(y * width + x) as usize] == Color::Dark,
            _ => false,
        };
        Luma([if dark { 0 } else { 255 }])
    }))
}

/// [`image`] as PNG bytes, the form krilla places.
pub fn png(url: &str) -> anyhow::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    image(url)?.write_to(&mut Cursor::new(&mut bytes), image::ImageFormat::Png)?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_code_decodes_to_its_url() {
        let url = "https://odop.example/products/banarasi-silk-saree";
        let small = image(url).unwrap();
        let big = image::imageops::resize(
            &small,
            small.width() * 8,
            small.height() * 8,
            image::imageops::FilterType::Nearest,
        );
        let mut prepared = rqrr::PreparedImage::prepare(big);
        let grids = prepared.detect_grids();
        assert_eq!(grids.len(), 1);
        let (_, content) = grids[0].decode().unwrap();
        assert_eq!(content, url);
    }
}
