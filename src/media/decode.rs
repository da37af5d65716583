//! Reading an upload: the format from its bytes, the dimensions from its
//! header, and only then the pixels, under the limits in `limits.rs`.
//!
//! A JPEG at least twice as large as the biggest raster the caller needs is
//! decoded at 1/2, 1/4 or 1/8 of its size (scaled IDCT, by `jpeg-decoder`)
//! instead of in full: a 40 MP photo then never exists as 120 MB of RGB, nor
//! (for a baseline JPEG) as a full-size array of DCT coefficients. The limits
//! are still checked against the photo's full size. Everything else goes
//! through `image` (zune-jpeg for JPEG), which is faster at full size.

use std::io::Cursor;

use image::error::ImageError;
use image::metadata::Orientation;
use image::{DynamicImage, GrayImage, ImageDecoder, ImageFormat, ImageReader, Limits, RgbImage};
use jpeg_decoder::{CodingProcess, PixelFormat};

use super::MediaError;
use super::limits::{MAX_ASPECT_RATIO, MAX_DECODED_BYTES, MAX_PIXELS, MAX_UPLOAD_BYTES, MIN_SIDE};

/// The reductions a JPEG decoder can make while decoding (scaled IDCT):
/// the divisors of its size, largest first.
const JPEG_SCALE_DIVISORS: [u32; 3] = [8, 4, 2];

/// An upload whose header has passed every check; the pixels are not
/// decoded yet, so the caller can say how many of them it needs.
pub(super) struct Header<'a> {
    upload: &'a [u8],
    format: ImageFormat,
    decoder: Box<dyn ImageDecoder + 'a>,
    size: (u32, u32),
    orientation: Orientation,
}

/// Checks an upload's size, format, completeness and header against the
/// limits, before any pixel memory is allocated.
pub(super) fn read_header(upload: &[u8]) -> Result<Header<'_>, MediaError> {
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
    let mut decoder = open_decoder(upload, format)?;
    // Only the header has been read so far: a bomb that claims 100000 ×
    // 100000 pixels is refused here, before any pixel memory is allocated.
    let size = decoder.dimensions();
    check_dimensions(size.0, size.1)?;
    if decoder.total_bytes() > MAX_DECODED_BYTES {
        return Err(MediaError::TooMuchMemory);
    }
    // A photo whose orientation tag cannot be read is shown as stored rather
    // than refused: the pixels are fine.
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    Ok(Header {
        upload,
        format,
        decoder,
        size,
        orientation,
    })
}

impl Header<'_> {
    /// Width and height of the photo as stored (before its orientation is
    /// applied), from its header.
    pub fn size(&self) -> (u32, u32) {
        self.size
    }

    /// How to turn the stored pixels upright.
    pub fn orientation(&self) -> Orientation {
        self.orientation
    }

    /// Decodes the pixels: in full, or smaller but at least `at_least`
    /// (width, height as stored) in both directions when the photo is a JPEG
    /// that can be decoded at a fraction of its size. Either way the caller
    /// still has to resize to what it needs.
    pub fn decode(self, at_least: (u32, u32)) -> Result<DynamicImage, MediaError> {
        let Header {
            upload,
            format,
            decoder,
            size,
            ..
        } = self;
        if format == ImageFormat::Jpeg
            && let Some(divisor) = jpeg_scale_divisor(size, at_least)
        {
            // The image crate's decoder holds a copy of the upload; free it
            // before the pixels are allocated.
            drop(decoder);
            match decode_jpeg_scaled(upload, size, divisor) {
                Ok(Some(image)) => return Ok(image),
                Ok(None) => {}
                // jpeg-decoder refuses some files the other decoder reads
                // (and the other way round): the full-size decoder decides,
                // so a photo is accepted or refused exactly as before.
                Err(error) => tracing::debug!(%error, "scaled JPEG decoding failed; decoding in full"),
            }
            return decode_in_full(open_decoder(upload, format)?);
        }
        decode_in_full(decoder)
    }
}

fn open_decoder(upload: &[u8], format: ImageFormat) -> Result<Box<dyn ImageDecoder + '_>, MediaError> {
    let mut reader = ImageReader::with_format(Cursor::new(upload), format);
    reader.limits(decoder_limits());
    let decoder = reader.into_decoder().map_err(classify)?;
    Ok(Box::new(decoder))
}

fn decode_in_full(decoder: Box<dyn ImageDecoder + '_>) -> Result<DynamicImage, MediaError> {
    DynamicImage::from_decoder(decoder).map_err(classify)
}

/// By how much a JPEG of `size` can be reduced while decoding and still be
/// at least `at_least` in both directions; `None` when it has to be decoded
/// in full. The decoder rounds a reduced size up (`div_ceil`).
fn jpeg_scale_divisor((width, height): (u32, u32), (min_width, min_height): (u32, u32)) -> Option<u32> {
    JPEG_SCALE_DIVISORS
        .into_iter()
        .find(|divisor| width.div_ceil(*divisor) >= min_width && height.div_ceil(*divisor) >= min_height)
}

/// Decodes a JPEG at 1/`divisor` of its `size` with `jpeg-decoder`.
/// `Ok(None)` for the JPEGs left to the full-size decoder: CMYK (which
/// `jpeg-decoder` returns as CMYK; `image` turns it into RGB), lossless, and
/// any whose header disagrees with the one already read.
fn decode_jpeg_scaled(
    upload: &[u8],
    size: (u32, u32),
    divisor: u32,
) -> Result<Option<DynamicImage>, jpeg_decoder::Error> {
    let mut decoder = jpeg_decoder::Decoder::new(upload);
    decoder.read_info()?;
    let Some(info) = decoder.info() else {
        return Ok(None);
    };
    let dct = matches!(
        info.coding_process,
        CodingProcess::DctSequential | CodingProcess::DctProgressive
    );
    let channels = match info.pixel_format {
        PixelFormat::L8 => 1,
        PixelFormat::RGB24 => 3,
        PixelFormat::L16 | PixelFormat::CMYK32 => return Ok(None),
    };
    if !dct || (u32::from(info.width), u32::from(info.height)) != size {
        return Ok(None);
    }
    let wanted = (size.0.div_ceil(divisor), size.1.div_ceil(divisor));
    let (Ok(wanted_width), Ok(wanted_height)) = (u16::try_from(wanted.0), u16::try_from(wanted.1)) else {
        return Ok(None);
    };
    let (width, height) = decoder.scale(wanted_width, wanted_height)?;
    let (width, height) = (u32::from(width), u32::from(height));
    if (width, height) != wanted {
        return Ok(None);
    }
    let pixels = decoder.decode()?;
    // A progressive JPEG's coefficients (2 bytes per sample at full size)
    // live in the decoder: free them before the caller resizes.
    drop(decoder);
    Ok(match channels {
        1 => GrayImage::from_raw(width, height, pixels).map(DynamicImage::ImageLuma8),
        _ => RgbImage::from_raw(width, height, pixels).map(DynamicImage::ImageRgb8),
    })
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
pub(super) mod tests {
    use image::Rgb;
    use jpeg_encoder::{ColorType, Encoder, SamplingFactor};

    use super::*;

    /// A photo-like test image: gradients in every channel and sharp-edged
    /// squares, so a wrongly scaled or shifted decode shows.
    pub(in crate::media) fn test_pixels(width: u32, height: u32) -> RgbImage {
        RgbImage::from_fn(width, height, |x, y| {
            let square = if (x / 250 + y / 250) % 2 == 0 { 40 } else { 210 };
            Rgb([(x * 255 / width) as u8, (y * 255 / height) as u8, square])
        })
    }

    /// Encodes `image` as a 4:2:0 JPEG at quality 90, baseline or
    /// progressive, with an EXIF orientation tag when one is given.
    pub(in crate::media) fn test_jpeg(
        image: &RgbImage,
        progressive: bool,
        orientation: Option<u16>,
    ) -> Vec<u8> {
        let mut out = Vec::new();
        let mut encoder = Encoder::new(&mut out, 90);
        encoder.set_sampling_factor(SamplingFactor::F_2_2);
        encoder.set_progressive(progressive);
        if let Some(orientation) = orientation {
            encoder.add_app_segment(1, exif_orientation(orientation)).unwrap();
        }
        let (width, height) = (image.width() as u16, image.height() as u16);
        encoder
            .encode(image.as_raw(), width, height, ColorType::Rgb)
            .unwrap();
        out
    }

    /// An APP1 payload holding only an EXIF orientation tag.
    fn exif_orientation(orientation: u16) -> Vec<u8> {
        let mut exif = b"Exif\0\0MM\0\x2a\0\0\0\x08".to_vec();
        exif.extend_from_slice(&1u16.to_be_bytes()); // one IFD entry
        exif.extend_from_slice(&0x0112u16.to_be_bytes()); // Orientation
        exif.extend_from_slice(&3u16.to_be_bytes()); // SHORT
        exif.extend_from_slice(&1u32.to_be_bytes()); // one value
        exif.extend_from_slice(&orientation.to_be_bytes());
        exif.extend_from_slice(&[0, 0]); // value padding
        exif.extend_from_slice(&0u32.to_be_bytes()); // no next IFD
        exif
    }

    /// Mean absolute difference per channel between the pixels of `small`
    /// and those at the middle of the `step` × `step` squares of `large` they
    /// stand for, away from the edges.
    fn mean_difference(small: &RgbImage, large: &RgbImage, step: u32) -> f64 {
        let middle = |at: u32| at * step + (step - 1) / 2;
        let (mut total, mut count) = (0u64, 0u64);
        for y in (8..small.height() - 8).step_by(7) {
            for x in (8..small.width() - 8).step_by(7) {
                let (a, b) = (small.get_pixel(x, y), large.get_pixel(middle(x), middle(y)));
                total +=
                    a.0.iter()
                        .zip(b.0)
                        .map(|(a, b)| u64::from(a.abs_diff(b)))
                        .sum::<u64>();
                count += 3;
            }
        }
        total as f64 / count as f64
    }

    #[test]
    fn a_large_jpeg_is_decoded_at_a_fraction_of_its_size() {
        let source = test_pixels(4000, 3000);
        for progressive in [false, true] {
            let upload = test_jpeg(&source, progressive, None);
            for (at_least, expected, step) in [
                ((1600, 1200), (2000, 1500), 2),
                ((1000, 750), (1000, 750), 4),
                ((320, 240), (500, 375), 8),
            ] {
                let header = read_header(&upload).unwrap();
                // The limits and the caller see the photo's real size.
                assert_eq!(header.size(), (4000, 3000));
                let image = header.decode(at_least).unwrap().into_rgb8();
                assert_eq!(image.dimensions(), expected, "progressive: {progressive}");
                let difference = mean_difference(&image, &source, step);
                assert!(
                    difference < 6.0,
                    "progressive: {progressive}, 1/{step}: mean difference {difference:.1}"
                );
            }
        }
    }

    #[test]
    fn a_jpeg_without_room_to_shrink_and_other_formats_are_decoded_in_full() {
        let source = test_pixels(3000, 2000);
        let jpeg = test_jpeg(&source, false, None);
        let mut png = Vec::new();
        source
            .write_to(&mut Cursor::new(&mut png), ImageFormat::Png)
            .unwrap();
        for upload in [jpeg, png] {
            let image = read_header(&upload).unwrap().decode((1600, 1067)).unwrap();
            assert_eq!((image.width(), image.height()), (3000, 2000));
        }
    }

    #[test]
    fn jpegs_shrink_by_the_largest_step_that_keeps_the_size_needed() {
        assert_eq!(jpeg_scale_divisor((4000, 3000), (1600, 1200)), Some(2));
        assert_eq!(jpeg_scale_divisor((7300, 5475), (1600, 1200)), Some(4));
        assert_eq!(jpeg_scale_divisor((12_800, 3125), (1600, 391)), Some(8));
        // The decoder rounds a reduced size up: 3199 / 2 gives 1600.
        assert_eq!(jpeg_scale_divisor((3199, 2400), (1600, 1200)), Some(2));
        assert_eq!(jpeg_scale_divisor((3000, 2000), (1600, 1067)), None);
        // Sideways: the stored height is what becomes 1600 wide.
        assert_eq!(jpeg_scale_divisor((4000, 3000), (2133, 1600)), None);
        assert_eq!(jpeg_scale_divisor((1000, 4000), (400, 1600)), Some(2));
    }

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
