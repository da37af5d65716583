//! From an upload to encoded variants: decode under limits, flatten onto
//! white, resize (widest first, each from the one before), turn upright, and
//! encode WebP and JPEG on all cores.

use std::num::NonZeroUsize;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

use anyhow::{Context, anyhow};
use fast_image_resize::images::{Image, ImageRef};
use fast_image_resize::{FilterType, PixelType, ResizeAlg, ResizeOptions, Resizer};
use image::metadata::Orientation;
use image::{DynamicImage, RgbImage};
use sha2::{Digest, Sha256};

use super::MediaError;
use super::decode::read_header;
use super::encode::encode;
use super::model::{Format, ImageHash, MediaKey, StoredImage, Variant, variant_height, variant_widths};

/// Hashed with every upload. Change it whenever the output changes (sizes,
/// quality, encoders): the variants then get new names, so browsers holding
/// the old files under their year-long cache never show a stale one.
pub const PIPELINE_VERSION: &str = "odop-bazaar media v2";

/// Threads per photo, counting the one that encodes the widest WebP; more
/// gain nothing with six outputs.
const MAX_THREADS: usize = 4;

/// A photo ready to store: what [`StoredImage`] will say, and the bytes.
pub struct ProcessedPhoto {
    pub hash: ImageHash,
    pub width: u32,
    pub height: u32,
    pub files: Vec<EncodedVariant>,
}

pub struct EncodedVariant {
    pub key: MediaKey,
    pub height: u32,
    pub bytes: Vec<u8>,
}

impl ProcessedPhoto {
    pub fn stored_image(&self) -> StoredImage {
        StoredImage {
            hash: self.hash.to_string(),
            width: self.width,
            height: self.height,
            variants: self
                .files
                .iter()
                .map(|file| Variant {
                    width: file.key.width(),
                    height: file.height,
                    format: file.key.format(),
                    path: file.key.url_path(),
                })
                .collect(),
        }
    }
}

/// Validates and processes one upload. CPU-bound and blocking (about 0.2 s
/// for a 12 MP JPEG on two cores): async callers use
/// [`MediaStore::store_upload`](super::MediaStore::store_upload), which runs
/// it on a blocking thread.
pub fn process_photo(upload: &[u8]) -> Result<ProcessedPhoto, MediaError> {
    let header = read_header(upload)?;
    let orientation = header.orientation();
    // The photo's real size, from its header: what the catalogue records and
    // what the variant sizes come from, whatever size it is decoded at.
    let (width, height) = upright_size(header.size(), orientation);
    let sizes = stored_variant_sizes((width, height), orientation);
    // Only the widest variant's pixels are needed: a large JPEG is decoded
    // at a fraction of its size, but never below that variant's.
    let image = header.decode(sizes[0])?;
    let hash = hash_upload(upload);

    // Resizing before rotating touches the decoded pixels once, and each
    // smaller size comes from the previous one (at most 2.5× apart, where
    // Lanczos3 loses nothing visible) instead of from the full photo again.
    let mut current = resize(flatten_onto_white(image)?, sizes[0])?;
    let widest = upright(&current, orientation);
    let workers = thread::available_parallelism()
        .map_or(1, NonZeroUsize::get)
        .clamp(2, MAX_THREADS)
        - 1;
    let (widest_webp, rest) = thread::scope(|scope| {
        // The widest WebP is the longest single step: it starts now, while
        // this thread makes the smaller sizes and the other threads encode them.
        let widest_webp = scope.spawn(|| encode_variant(&hash, &widest, Format::Webp));
        let rest = sizes[1..]
            .iter()
            .map(|size| {
                current = resize(std::mem::take(&mut current), *size)?;
                Ok(upright(&current, orientation))
            })
            .collect::<Result<Vec<_>, MediaError>>()
            .and_then(|smaller| {
                let mut jobs = vec![(&widest, Format::Jpeg)];
                jobs.extend(
                    smaller
                        .iter()
                        .flat_map(|raster| Format::ALL.map(|format| (raster, format))),
                );
                encode_all(&hash, &jobs, workers)
            });
        (widest_webp.join(), rest)
    });
    let mut files = rest?;
    files.push(widest_webp.map_err(|_| encoder_panicked())??);
    files.sort_by_key(|file| (file.key.format(), file.key.width()));
    Ok(ProcessedPhoto {
        hash,
        width,
        height,
        files,
    })
}

fn hash_upload(upload: &[u8]) -> ImageHash {
    let mut hasher = Sha256::new();
    hasher.update(PIPELINE_VERSION.as_bytes());
    hasher.update([0]);
    hasher.update(upload);
    ImageHash::from_digest(&hasher.finalize())
}

/// Width and height of the photo once turned upright.
fn upright_size((width, height): (u32, u32), orientation: Orientation) -> (u32, u32) {
    if swaps_axes(orientation) {
        (height, width)
    } else {
        (width, height)
    }
}

/// Sizes of the variants of an upright photo of `upright` size, widest
/// first, as width and height of the stored pixels (before turning them
/// upright): the resizing happens before the rotation.
fn stored_variant_sizes(upright: (u32, u32), orientation: Orientation) -> Vec<(u32, u32)> {
    let (width, height) = upright;
    variant_widths(width)
        .into_iter()
        .rev()
        .map(|w| {
            let h = variant_height(width, height, w);
            if swaps_axes(orientation) { (h, w) } else { (w, h) }
        })
        .collect()
}

fn swaps_axes(orientation: Orientation) -> bool {
    matches!(
        orientation,
        Orientation::Rotate90
            | Orientation::Rotate270
            | Orientation::Rotate90FlipH
            | Orientation::Rotate270FlipH
    )
}

/// Transparent areas become white, as on the site's pages; JPEG has no
/// alpha, and one look for both formats keeps them interchangeable.
fn flatten_onto_white(image: DynamicImage) -> Result<RgbImage, MediaError> {
    if !image.color().has_alpha() {
        return Ok(image.into_rgb8());
    }
    let rgba = image.into_rgba8();
    let (width, height) = rgba.dimensions();
    let pixels = rgba
        .as_raw()
        .chunks_exact(4)
        .flat_map(|p| {
            let alpha = u16::from(p[3]);
            let blend = |c: u8| ((u16::from(c) * alpha + 255 * (255 - alpha) + 127) / 255) as u8;
            [blend(p[0]), blend(p[1]), blend(p[2])]
        })
        .collect();
    RgbImage::from_raw(width, height, pixels)
        .ok_or_else(|| MediaError::Unexpected(anyhow!("the flattened buffer has the wrong size")))
}

fn resize(source: RgbImage, (width, height): (u32, u32)) -> Result<RgbImage, MediaError> {
    if source.dimensions() == (width, height) {
        return Ok(source);
    }
    let from = ImageRef::new(source.width(), source.height(), source.as_raw(), PixelType::U8x3)
        .context("viewing pixels for resizing")?;
    let mut to = Image::new(width, height, PixelType::U8x3);
    let options = ResizeOptions::new().resize_alg(ResizeAlg::Convolution(FilterType::Lanczos3));
    Resizer::new()
        .resize(&from, &mut to, &options)
        .context("resizing a photo")?;
    RgbImage::from_raw(width, height, to.into_vec())
        .ok_or_else(|| MediaError::Unexpected(anyhow!("the resized buffer has the wrong size")))
}

fn upright(image: &RgbImage, orientation: Orientation) -> RgbImage {
    let mut image = DynamicImage::ImageRgb8(image.clone());
    image.apply_orientation(orientation);
    image.into_rgb8()
}

fn encode_variant(hash: &ImageHash, raster: &RgbImage, format: Format) -> Result<EncodedVariant, MediaError> {
    Ok(EncodedVariant {
        key: MediaKey::new(hash, raster.width(), format),
        height: raster.height(),
        bytes: encode(raster, format)?,
    })
}

/// Runs `jobs` on up to `workers` threads, in order, so the slow ones
/// (listed first) start first and the threads finish together.
fn encode_all(
    hash: &ImageHash,
    jobs: &[(&RgbImage, Format)],
    workers: usize,
) -> Result<Vec<EncodedVariant>, MediaError> {
    let next = AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        while let Some((raster, format)) = jobs.get(next.fetch_add(1, Ordering::Relaxed)) {
            done.push(encode_variant(hash, raster, *format));
        }
        done
    };
    let finished: Vec<_> = thread::scope(|scope| {
        let handles: Vec<_> = (0..workers.min(jobs.len())).map(|_| scope.spawn(work)).collect();
        handles.into_iter().map(|handle| handle.join()).collect()
    });
    let mut files = Vec::with_capacity(jobs.len());
    for done in finished {
        for file in done.map_err(|_| encoder_panicked())? {
            files.push(file?);
        }
    }
    Ok(files)
}

fn encoder_panicked() -> MediaError {
    MediaError::Unexpected(anyhow!("an image encoder panicked"))
}

#[cfg(test)]
mod tests {
    use image::Rgb;

    use super::super::decode::tests::{test_jpeg, test_pixels};
    use super::*;

    /// Width and height of every variant of one format, narrowest first.
    fn variant_sizes(photo: &ProcessedPhoto, format: Format) -> Vec<(u32, u32)> {
        photo
            .files
            .iter()
            .filter(|file| file.key.format() == format)
            .map(|file| (file.key.width(), file.height))
            .collect()
    }

    fn decoded(file: &EncodedVariant) -> RgbImage {
        image::load_from_memory(&file.bytes).unwrap().into_rgb8()
    }

    #[test]
    fn a_large_jpeg_decoded_at_half_size_keeps_its_real_size_and_variant_sizes() {
        // 4000 px wide, the widest variant 1600: decoded at 2000 × 1500.
        for progressive in [false, true] {
            let photo = process_photo(&test_jpeg(&test_pixels(4000, 3000), progressive, None)).unwrap();
            assert_eq!((photo.width, photo.height), (4000, 3000));
            for format in Format::ALL {
                assert_eq!(
                    variant_sizes(&photo, format),
                    vec![(320, 240), (800, 600), (1600, 1200)],
                    "progressive: {progressive}, {format:?}"
                );
            }
            for file in &photo.files {
                assert_eq!(
                    decoded(file).dimensions(),
                    (file.key.width(), file.height),
                    "{}",
                    file.key
                );
            }
        }
    }

    #[test]
    fn a_sideways_jpeg_is_scaled_by_its_upright_width() {
        // Stored 1000 × 4000 with the top red and the bottom blue, and EXIF
        // orientation 6 (turn 90° clockwise): upright it is 4000 × 1000, red
        // on the right. The 1600 × 400 variant needs 400 × 1600 stored
        // pixels, so it is decoded at 500 × 2000.
        let stored = RgbImage::from_fn(1000, 4000, |_, y| {
            if y < 2000 {
                Rgb([220, 20, 20])
            } else {
                Rgb([20, 20, 220])
            }
        });
        let photo = process_photo(&test_jpeg(&stored, false, Some(6))).unwrap();
        assert_eq!((photo.width, photo.height), (4000, 1000));
        for format in Format::ALL {
            assert_eq!(
                variant_sizes(&photo, format),
                vec![(320, 80), (800, 200), (1600, 400)],
                "{format:?}"
            );
        }
        let widest = photo
            .files
            .iter()
            .find(|file| file.key.width() == 1600 && file.key.format() == Format::Jpeg)
            .map(decoded)
            .unwrap();
        let (left, right) = (widest.get_pixel(200, 200), widest.get_pixel(1400, 200));
        assert!(left[2] > 180 && left[0] < 60, "left should be blue, is {left:?}");
        assert!(
            right[0] > 180 && right[2] < 60,
            "right should be red, is {right:?}"
        );
    }
}
