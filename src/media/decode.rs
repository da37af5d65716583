//! Reading an upload: the format from its bytes, the dimensions from its
//! header, and only then the pixels, under the limits in `limits.rs`.

use std::io::Cursor;

use image::error::ImageError;
use image::metadata::Orientation;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};

use super::MediaError;
use super::limits::{MAX_ASPECT_RATIO, MAX_DECODED_BYTES, MAX_PIXELS, MAX_UPLOAD_BYTES, MIN_SIDE};

/// Decoded pixels as stored in the file, and how to turn them upright.
pub(super) struct Decoded {
    pub image: DynamicImage,
    pub orientation: Orientation,
}

pub(super) fn decode(upload: &[u8]) -> Result<Decoded, MediaError> {
    if upload.len() > MAX_UPLOAD_BYTES {
        return Err(MediaError::FileTooLarge);
    }
    // The name and the declared content type are the uploader's word; the
    // bytes are not.
    let format = image::guess_format(upload).map_err(|_| MediaError::NotAPhoto)?;
    if !matches!(format, ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP) {
        return Err(MediaError::NotAPhoto);
    }
    if format == ImageFormat::Jpeg && !jpeg_is_complete(upload) {
        return Err(MediaError::Damaged);
    }
    let mut reader = ImageReader::with_format(Cursor::new(upload), format);
    reader.limits(decoder_limits());
    let mut decoder = reader.into_decoder().map_err(classify)?;
    // Only the header has been read so far: a bomb that claims 100000 ×
    // 100000 pixels is refused here, before any pixel memory is allocated.
    let (width, height) = decoder.dimensions();
    check_dimensions(width, height)?;
    if decoder.total_bytes() > MAX_DECODED_BYTES {
        return Err(MediaError::TooMuchMemory);
    }
    // A photo whose orientation tag cannot be read is shown as stored rather
    // than refused: the pixels are fine.
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let image = DynamicImage::from_decoder(decoder).map_err(classify)?;
    Ok(Decoded { image, orientation })
}

/// A memory ceiling for the decoders that honour one (PNG counts its
/// buffers against it). No dimension limits: `check_dimensions` applies ours
/// with messages that say which rule a photo broke.
fn decoder_limits() -> Limits {
    let mut limits = Limits::default();
    // Output buffer plus the decoder's own working memory.
    limits.max_alloc = Some(MAX_DECODED_BYTES * 2);
    limits
}

fn check_dimensions(width: u32, height: u32) -> Result<(), MediaError> {
    let (short, long) = (width.min(height), width.max(height));
    if u64::from(width) * u64::from(height) > MAX_PIXELS {
        Err(MediaError::TooManyPixels)
    } else if u64::from(long) > u64::from(short) * u64::from(MAX_ASPECT_RATIO) {
        Err(MediaError::BadShape)
    } else if short < MIN_SIDE {
        Err(MediaError::TooSmall)
    } else {
        Ok(())
    }
}

/// Whether a JPEG's markers run through to its End Of Image. The JPEG
/// decoder behind `image` fills a file cut short with grey instead of
/// failing, so a half-sent photo would otherwise be accepted. Skips segments
/// by their lengths and scans by their markers; bytes after the EOI (the
/// video of a phone's "motion photo") are allowed.
fn jpeg_is_complete(bytes: &[u8]) -> bool {
    let mut at = 2; // past SOI, which format detection has seen
    loop {
        if bytes.get(at) != Some(&0xFF) {
            return false;
        }
        // Any number of 0xFF fill bytes may precede a marker.
        while bytes.get(at) == Some(&0xFF) {
            at += 1;
        }
        let Some(&marker) = bytes.get(at) else {
            return false;
        };
        at += 1;
        match marker {
            0xD9 => return true,
            0x01 | 0xD0..=0xD7 => {} // markers without a segment
            _ => {
                let Some(&[high, low]) = bytes.get(at..at + 2) else {
                    return false;
                };
                let length = usize::from(u16::from_be_bytes([high, low]));
                if length < 2 {
                    return false;
                }
                at += length;
                if marker == 0xDA {
                    let Some(end) = end_of_scan(bytes, at) else {
                        return false;
                    };
                    at = end;
                }
            }
        }
    }
}

/// Where the entropy-coded data that starts at `from` ends: at the first
/// 0xFF that is neither a stuffed 0xFF00 nor a restart marker.
fn end_of_scan(bytes: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    loop {
        at += bytes.get(at..)?.iter().position(|b| *b == 0xFF)?;
        match bytes.get(at + 1)? {
            0x00 | 0xD0..=0xD7 => at += 2,
            _ => return Some(at),
        }
    }
}

fn classify(error: ImageError) -> MediaError {
    match error {
        ImageError::Limits(_) => MediaError::TooMuchMemory,
        // Reading from memory, an I/O error can only mean the data ran out.
        ImageError::Decoding(_) | ImageError::IoError(_) => MediaError::Damaged,
        ImageError::Unsupported(_) => MediaError::UnsupportedVariant,
        other @ (ImageError::Parameter(_) | ImageError::Encoding(_)) => {
            MediaError::Unexpected(anyhow::Error::new(other).context("decoding an upload"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dimension_rules() {
        assert!(check_dimensions(4000, 3000).is_ok());
        assert!(check_dimensions(200, 200).is_ok());
        assert!(check_dimensions(2000, 20_000).is_ok());
        assert!(matches!(
            check_dimensions(8000, 6000),
            Err(MediaError::TooManyPixels)
        ));
        assert!(matches!(check_dimensions(1, 100_000), Err(MediaError::BadShape)));
        assert!(matches!(check_dimensions(200, 2001), Err(MediaError::BadShape)));
        assert!(matches!(check_dimensions(199, 400), Err(MediaError::TooSmall)));
    }
}
