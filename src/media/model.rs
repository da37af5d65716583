//! What a stored photo is called: its content hash, its variants, the keys
//! they are stored under and the URLs they are served from.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Widths of the variants made of every photo, narrowest first.
pub const VARIANT_WIDTHS: [u32; 3] = [320, 800, 1600];

/// Where variants are served: `/media/{key}`.
pub const MEDIA_URL_PREFIX: &str = "/media/";

/// The SHA-256 of an upload (with the processing version, see
/// `process::PIPELINE_VERSION`), as 64 lower-case hex digits. Names every
/// variant of the photo, so the same upload always lands under the same names.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ImageHash(String);

impl ImageHash {
    pub fn parse(text: &str) -> Option<ImageHash> {
        let valid = text.len() == 64 && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
        valid.then(|| ImageHash(text.to_owned()))
    }

    pub(super) fn from_digest(digest: &[u8]) -> ImageHash {
        ImageHash(digest.iter().map(|b| format!("{b:02x}")).collect())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ImageHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for ImageHash {
    type Error = String;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        ImageHash::parse(&text).ok_or_else(|| format!("'{text}' is not a SHA-256 hex digest"))
    }
}

impl From<ImageHash> for String {
    fn from(hash: ImageHash) -> String {
        hash.0
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Webp,
    Jpeg,
}

impl Format {
    pub const ALL: [Format; 2] = [Format::Webp, Format::Jpeg];

    pub fn extension(self) -> &'static str {
        match self {
            Format::Webp => "webp",
            Format::Jpeg => "jpg",
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Format::Webp => "image/webp",
            Format::Jpeg => "image/jpeg",
        }
    }

    fn from_extension(extension: &str) -> Option<Format> {
        Self::ALL.into_iter().find(|f| f.extension() == extension)
    }
}

/// One stored file of a photo.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Variant {
    pub width: u32,
    pub height: u32,
    pub format: Format,
    /// URL path, e.g. `/media/ab/cdef…-800.webp`.
    pub path: String,
}

/// A processed and stored photo. The catalogue keeps `hash`, `width` and
/// `height`; the variants can be rebuilt from those with [`variant_widths`]
/// and [`url_path`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredImage {
    /// An [`ImageHash`] as text, the form the catalogue stores.
    pub hash: String,
    /// Width of the upright photo as uploaded (after EXIF orientation).
    pub width: u32,
    pub height: u32,
    pub variants: Vec<Variant>,
}

/// The name of one variant in a [`MediaStore`](super::MediaStore):
/// `ab/cdef…-800.webp`, the hash split after two digits so no directory
/// holds more than a 256th of the files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediaKey {
    hash: ImageHash,
    width: u32,
    format: Format,
}

impl MediaKey {
    pub fn new(hash: &ImageHash, width: u32, format: Format) -> MediaKey {
        MediaKey {
            hash: hash.clone(),
            width,
            format,
        }
    }

    /// Parses a key as it appears after `/media/`. Only the exact form this
    /// module writes is accepted, so no other path can reach the store.
    pub fn parse(text: &str) -> Option<MediaKey> {
        let (prefix, rest) = text.split_once('/')?;
        let (stem, extension) = rest.rsplit_once('.')?;
        let (tail, width) = stem.rsplit_once('-')?;
        let hash = ImageHash::parse(&format!("{prefix}{tail}"))?;
        if width.is_empty() || width.len() > 5 || !width.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let width: u32 = width.parse().ok().filter(|w| *w > 0)?;
        let key = MediaKey::new(&hash, width, Format::from_extension(extension)?);
        // Rejects leading zeros and anything else that is not the canonical spelling.
        (key.to_string() == text).then_some(key)
    }

    pub fn hash(&self) -> &ImageHash {
        &self.hash
    }

    pub fn width(&self) -> u32 {
        self.width
    }

    pub fn format(&self) -> Format {
        self.format
    }

    pub fn url_path(&self) -> String {
        url_path(self.hash.as_str(), self.width, self.format)
    }
}

impl fmt::Display for MediaKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (prefix, tail) = self.hash.as_str().split_at(2);
        write!(f, "{prefix}/{tail}-{}.{}", self.width, self.format.extension())
    }
}

/// URL path of one variant, for `src` and `srcset`: `/media/ab/cdef…-800.webp`.
/// Takes the hash as the catalogue stores it (text); a malformed one gives a
/// path that is simply not found.
pub fn url_path(hash: &str, width: u32, format: Format) -> String {
    let (prefix, tail) = hash.split_at_checked(2).unwrap_or(("", hash));
    format!("{MEDIA_URL_PREFIX}{prefix}/{tail}-{width}.{}", format.extension())
}

/// Widths of the variants made of a photo `original_width` pixels wide.
/// Photos are never enlarged: the standard widths narrower than the photo,
/// then the photo's own width when it is narrower than the widest standard
/// one (a 500-pixel photo gives 320 and 500; a 3000-pixel one 320, 800, 1600).
pub fn variant_widths(original_width: u32) -> Vec<u32> {
    let widest = widest_variant(original_width);
    let mut widths: Vec<u32> = VARIANT_WIDTHS.into_iter().filter(|w| *w < widest).collect();
    widths.push(widest);
    widths
}

/// Width of the largest variant made of a photo `original_width` pixels wide.
pub fn widest_variant(original_width: u32) -> u32 {
    VARIANT_WIDTHS[VARIANT_WIDTHS.len() - 1].min(original_width)
}

/// Height of the variant `width` pixels wide, keeping the aspect ratio.
pub fn variant_height(original_width: u32, original_height: u32, width: u32) -> u32 {
    let scaled = (u64::from(original_height) * u64::from(width) + u64::from(original_width) / 2)
        / u64::from(original_width.max(1));
    u32::try_from(scaled).unwrap_or(u32::MAX).max(1)
}

/// A `srcset` attribute value listing every variant of one format.
pub fn srcset(hash: &str, original_width: u32, format: Format) -> String {
    variant_widths(original_width)
        .into_iter()
        .map(|w| format!("{} {w}w", url_path(hash, w, format)))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hash() -> ImageHash {
        ImageHash::parse(&"ab".repeat(32)).unwrap()
    }

    #[test]
    fn keys_round_trip_and_only_the_canonical_form_parses() {
        let key = MediaKey::new(&hash(), 800, Format::Webp);
        let text = key.to_string();
        assert_eq!(text, format!("ab/{}-800.webp", "ab".repeat(31)));
        assert_eq!(MediaKey::parse(&text), Some(key));
        let tail = "ab".repeat(31);
        for bad in [
            "../Cargo.toml".to_owned(),
            format!("ab/{tail}-0800.webp"),
            format!("ab/{tail}-800.png"),
            format!("ab/{tail}-800.webp/"),
            format!("ab/../{tail}-800.webp"),
            format!("AB/{tail}-800.webp"),
            format!("ab/{tail}--800.webp"),
            format!("ab/{tail}-+800.webp"),
            format!("ab/{tail}-999999.jpg"),
            format!("a/b{tail}-800.jpg"),
            format!("ab/{tail}-0.jpg"),
        ] {
            assert_eq!(MediaKey::parse(&bad), None, "{bad}");
        }
    }

    #[test]
    fn url_paths_match_keys_and_survive_bad_hashes() {
        let key = MediaKey::new(&hash(), 1600, Format::Jpeg);
        assert_eq!(
            url_path(hash().as_str(), 1600, Format::Jpeg),
            format!("/media/{key}")
        );
        assert_eq!(url_path("x", 320, Format::Webp), "/media//x-320.webp");
    }

    #[test]
    fn photos_are_never_enlarged() {
        assert_eq!(variant_widths(4000), vec![320, 800, 1600]);
        assert_eq!(variant_widths(1600), vec![320, 800, 1600]);
        assert_eq!(variant_widths(1000), vec![320, 800, 1000]);
        assert_eq!(variant_widths(500), vec![320, 500]);
        assert_eq!(variant_widths(320), vec![320]);
        assert_eq!(variant_widths(200), vec![200]);
    }

    #[test]
    fn heights_keep_the_aspect_ratio() {
        assert_eq!(variant_height(4000, 3000, 1600), 1200);
        assert_eq!(variant_height(4000, 3000, 320), 240);
        assert_eq!(variant_height(3000, 4000, 800), 1067);
        assert_eq!(variant_height(2000, 200, 320), 32);
    }

    #[test]
    fn srcset_lists_each_width() {
        let tail = "ab".repeat(31);
        assert_eq!(
            srcset(hash().as_str(), 500, Format::Jpeg),
            format!("/media/ab/{tail}-320.jpg 320w, /media/ab/{tail}-500.jpg 500w")
        );
    }

    #[test]
    fn hashes_deserialise_only_when_valid() {
        let ok: Result<ImageHash, _> = serde_json::from_str(&format!("\"{}\"", "0f".repeat(32)));
        assert!(ok.is_ok());
        let bad: Result<ImageHash, _> = serde_json::from_str("\"../etc\"");
        assert!(bad.is_err());
    }
}
