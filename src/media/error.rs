use super::limits::{MAX_ASPECT_RATIO, MAX_MEGAPIXELS, MAX_UPLOAD_MB, MIN_SIDE};

/// Why a photo was refused or could not be stored. The messages of the
/// expected failures are written for the producer who uploaded the photo:
/// each says what is wrong and, where it can, what to do about it.
#[derive(Debug, thiserror::Error)]
pub enum MediaError {
    #[error("The photo is larger than {MAX_UPLOAD_MB} MB.")]
    FileTooLarge,
    #[error("This file is not a JPEG, PNG or WebP photo.")]
    NotAPhoto,
    /// A JPEG, PNG or WebP that uses a feature the decoder lacks (12-bit or
    /// arithmetic-coded JPEG, for instance).
    #[error("This kind of JPEG, PNG or WebP cannot be read; save the photo again as an ordinary JPEG.")]
    UnsupportedVariant,
    #[error("The photo is incomplete or damaged; try saving it again.")]
    Damaged,
    #[error("The photo is too large: at most {MAX_MEGAPIXELS} megapixels.")]
    TooManyPixels,
    /// Within the pixel limit, but with so many bytes per pixel (16-bit
    /// channels) that decoding would need more memory than one upload may use.
    #[error("The photo needs too much memory to open; save it as an ordinary 8-bit JPEG or PNG.")]
    TooMuchMemory,
    #[error("The photo is too small: at least {MIN_SIDE} × {MIN_SIDE} pixels.")]
    TooSmall,
    #[error(
        "The photo is too long and narrow: its long side may be at most {MAX_ASPECT_RATIO} times its short side."
    )]
    BadShape,
    #[error("There is no such photo.")]
    NotFound,
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

impl MediaError {
    /// True when the upload itself is at fault and the message is for the
    /// person who sent it; false for failures on our side.
    pub fn is_user_error(&self) -> bool {
        !matches!(self, MediaError::NotFound | MediaError::Unexpected(_))
    }
}
