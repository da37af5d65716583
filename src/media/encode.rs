//! Writing a variant. Both encoders are given bare pixels and nothing else,
//! so no EXIF, XMP or ICC data from the upload can reach the output.

use anyhow::{Context, anyhow};
use image::RgbImage;
use jpeg_encoder::{ColorType, Encoder, SamplingFactor};
use zenwebp::{EncodeRequest, LossyConfig, PixelLayout};

use super::MediaError;
use super::model::Format;

/// libjpeg quality scale; 82 is where artefacts stop being visible on
/// product photos at their display size.
const JPEG_QUALITY: u8 = 82;

/// On a 1600-pixel photo, WebP at 80 takes about 40% of the bytes of the
/// JPEG at 82, within 2 dB PSNR of it.
const WEBP_QUALITY: f32 = 80.0;

/// Encoder effort, 0–6: libwebp's default 4 for the widths phones load.
/// Above 800 px is the desktop variant, whose encode is the longest step of
/// an upload (it decides how long a producer waits): at 1 it takes 40% of the
/// time of 4 for 10–25% more bytes, still under half of the same JPEG.
fn webp_method(width: u32) -> u8 {
    if width > 800 { 1 } else { 4 }
}

pub(super) fn encode(image: &RgbImage, format: Format) -> Result<Vec<u8>, MediaError> {
    match format {
        Format::Webp => encode_webp(image),
        Format::Jpeg => encode_jpeg(image),
    }
}

fn encode_jpeg(image: &RgbImage) -> Result<Vec<u8>, MediaError> {
    let width = u16::try_from(image.width()).context("JPEG width")?;
    let height = u16::try_from(image.height()).context("JPEG height")?;
    let mut out = Vec::new();
    let mut encoder = Encoder::new(&mut out, JPEG_QUALITY);
    // Baseline with the standard Huffman tables: this encoder's progressive
    // mode makes files about 40% larger, and the JPEG decoder behind `image`
    // misreads its optimised tables (libjpeg reads them fine), which would
    // break re-uploading one of our own variants.
    encoder.set_sampling_factor(SamplingFactor::F_2_2);
    encoder
        .encode(image.as_raw(), width, height, ColorType::Rgb)
        .context("encoding a JPEG variant")?;
    Ok(out)
}

fn encode_webp(image: &RgbImage) -> Result<Vec<u8>, MediaError> {
    let config = LossyConfig::new()
        .with_quality(WEBP_QUALITY)
        .with_method(webp_method(image.width()));
    EncodeRequest::lossy(
        &config,
        image.as_raw(),
        PixelLayout::Rgb8,
        image.width(),
        image.height(),
    )
    .encode()
    .map_err(|e| MediaError::Unexpected(anyhow!("encoding a WebP variant: {e}")))
}
