//! What an upload may be. Checked in this order, each before any work that
//! costs more than the check: size in bytes, format (and, for a JPEG, that it
//! is complete), the header's dimensions, the memory decoding needs, and only
//! then the pixels.

/// Largest upload accepted, in bytes; web handlers should cap the request
/// body a little above this so the user gets this message, not a reset.
pub const MAX_UPLOAD_BYTES: usize = MAX_UPLOAD_MB * 1024 * 1024;
pub const MAX_UPLOAD_MB: usize = 20;

/// Largest photo in pixels: a 40 MP phone camera's full resolution.
pub const MAX_MEGAPIXELS: u64 = 40;
pub const MAX_PIXELS: u64 = MAX_MEGAPIXELS * 1_000_000;

/// Smallest side: below this a photo is too small to show a product.
pub const MIN_SIDE: u32 = 200;

/// Longest side over shortest. Ten keeps panoramas and refuses strips like
/// 1 × 100000; it also keeps the tallest variant (1600 × 16000) inside
/// WebP's 16383-pixel limit.
pub const MAX_ASPECT_RATIO: u32 = 10;

/// Memory the decoded pixels of one upload may take: 40 MP at 4 bytes per
/// pixel (8-bit RGBA).
pub(super) const MAX_DECODED_BYTES: u64 = MAX_PIXELS * 4;
