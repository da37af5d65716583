//! Producers' photos. An upload is recognised by its bytes (JPEG, PNG or
//! WebP), checked against size and dimension limits before it is decoded,
//! turned upright by its EXIF orientation, stripped of all metadata, and
//! stored as WebP and JPEG at up to three widths under a name derived from
//! its content. `GET /media/{key}` serves the files with a one-year cache.

mod decode;
mod encode;
mod error;
mod limits;
mod model;
mod process;
mod references;
mod service;
mod store;

pub use error::MediaError;
pub use limits::{MAX_ASPECT_RATIO, MAX_MEGAPIXELS, MAX_PIXELS, MAX_UPLOAD_BYTES, MAX_UPLOAD_MB, MIN_SIDE};
pub use model::{
    Format, ImageHash, MEDIA_URL_PREFIX, MediaKey, StoredImage, VARIANT_WIDTHS, Variant, srcset, url_path,
    variant_height, variant_widths, widest_variant,
};
pub use process::{EncodedVariant, PIPELINE_VERSION, ProcessedPhoto, process_photo};
pub use references::image_hash_in_use;
pub use store::MediaStore;
