use std::fmt;

use super::limits::{MAX_ASPECT_RATIO, MAX_MEGAPIXELS, MAX_UPLOAD_MB, MIN_SIDE};
use crate::i18n::Message;

/// Why a photo was refused or could not be stored. The expected failures
/// are told to the producer who uploaded the photo ([`MediaError::refusal`]):
/// each says what is wrong and, where it can, what to do about it.
#[derive(Debug, thiserror::Error)]
pub enum MediaError {
    FileTooLarge,
    NotAPhoto,
    /// A JPEG, PNG or WebP that uses a feature the decoder lacks (12-bit or
    /// arithmetic-coded JPEG, for instance).
    UnsupportedVariant,
    Damaged,
    TooManyPixels,
    /// Within the pixel limit, but with so many bytes per pixel (16-bit
    /// channels) that decoding would need more memory than one upload may use.
    TooMuchMemory,
    TooSmall,
    BadShape,
    NotFound,
    Unexpected(#[from] anyhow::Error),
}

impl MediaError {
    /// What the person who sent the upload is told when the upload itself is
    /// at fault; `None` for a missing file or a failure on our side.
    pub fn refusal(&self) -> Option<Message> {
        let message = match self {
            MediaError::FileTooLarge => Message::new("media-file-too-large").with("mb", MAX_UPLOAD_MB),
            MediaError::NotAPhoto => Message::new("media-not-a-photo"),
            MediaError::UnsupportedVariant => Message::new("media-unsupported-variant"),
            MediaError::Damaged => Message::new("media-damaged"),
            MediaError::TooManyPixels => {
                Message::new("media-too-many-pixels").with("megapixels", MAX_MEGAPIXELS)
            }
            MediaError::TooMuchMemory => Message::new("media-too-much-memory"),
            MediaError::TooSmall => Message::new("media-too-small").with("side", MIN_SIDE),
            MediaError::BadShape => Message::new("media-bad-shape").with("ratio", MAX_ASPECT_RATIO),
            MediaError::NotFound | MediaError::Unexpected(_) => return None,
        };
        Some(message)
    }
}

/// A refusal in the reader's language ([`crate::i18n::current`]); the
/// other failures as the log records them.
impl fmt::Display for MediaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.refusal(), self) {
            (Some(why), _) => why.fmt(f),
            (None, MediaError::Unexpected(error)) => error.fmt(f),
            (None, _) => f.write_str("there is no such photo"),
        }
    }
}
