//! Reading `multipart/form-data` uploads with a size cap, into text fields
//! and at most one file; and forms that upload one image (a listing's photo,
//! a producer's logo, a showcase's banner) through the media pipeline.

use std::collections::HashMap;

use actix_multipart::{Multipart, MultipartError};
use actix_web::error::PayloadError;
use futures_util::StreamExt;

use super::{AppError, AppState};
use crate::i18n::Message;
use crate::media::{self, MAX_UPLOAD_BYTES, MAX_UPLOAD_MB, StoredImage};

/// Largest image form read: the media area's limit plus room for the other fields.
const IMAGE_FORM_LIMIT: usize = MAX_UPLOAD_BYTES + 64 * 1024;

pub struct Upload {
    pub fields: HashMap<String, String>,
    /// (field name, file name, bytes) of the uploaded file, if one was sent.
    pub file: Option<(String, String, Vec<u8>)>,
}

/// Reads the whole form; refuses it once it passes `max_bytes`.
pub async fn read(mut payload: Multipart, max_bytes: usize) -> Result<Upload, AppError> {
    let too_big = || {
        AppError::PayloadTooLarge(
            Message::new("error-upload-too-large").with("mb", max_bytes / (1024 * 1024)),
        )
    };
    let mut fields = HashMap::new();
    let mut file = None;
    let mut total = 0usize;
    while let Some(part) = payload.next().await {
        let mut part = part.map_err(|e| match e {
            // The whole request passed `MAX_BODY_BYTES` (see `request_body`).
            MultipartError::Payload(PayloadError::Overflow) => too_big(),
            e => AppError::BadRequest(Message::new("error-upload-unreadable").with("error", e.to_string())),
        })?;
        let disposition = part.content_disposition().cloned();
        let name = disposition
            .as_ref()
            .and_then(|d| d.get_name())
            .unwrap_or_default()
            .to_owned();
        let filename = disposition
            .as_ref()
            .and_then(|d| d.get_filename())
            .map(str::to_owned);
        let mut bytes = Vec::new();
        while let Some(chunk) = part.next().await {
            let chunk = chunk.map_err(|e| match e {
                MultipartError::Payload(PayloadError::Overflow) => too_big(),
                e => AppError::BadRequest(
                    Message::new("error-upload-interrupted").with("error", e.to_string()),
                ),
            })?;
            total += chunk.len();
            if total > max_bytes {
                return Err(too_big());
            }
            bytes.extend_from_slice(&chunk);
        }
        match filename {
            Some(filename) if file.is_none() && !bytes.is_empty() => file = Some((name, filename, bytes)),
            Some(_) => {}
            None => {
                fields.insert(name, String::from_utf8_lossy(&bytes).into_owned());
            }
        }
    }
    Ok(Upload { fields, file })
}

/// An image upload form: its text fields, and the stored image or why it was
/// refused (a message for the person, shown next to the file field).
pub struct ImageForm {
    pub fields: HashMap<String, String>,
    pub image: Result<StoredImage, Message>,
}

/// A form that may hold one image, read but not yet processed.
pub struct ImageFormParts {
    pub fields: HashMap<String, String>,
    /// The file's bytes (`None`: no file was chosen), or why it was refused unread.
    pub file: Result<Option<Vec<u8>>, Message>,
}

/// Reads a form holding at most one image (`what` names it in messages:
/// "photo", "logo" or "banner"), without processing the image.
pub async fn read_image_form(payload: Multipart, what: &'static str) -> Result<ImageFormParts, AppError> {
    match read(payload, IMAGE_FORM_LIMIT).await {
        Ok(upload) => Ok(ImageFormParts {
            fields: upload.fields,
            file: Ok(upload.file.map(|(_, _, bytes)| bytes)),
        }),
        Err(AppError::PayloadTooLarge(_)) => Ok(ImageFormParts {
            fields: HashMap::new(),
            file: Err(Message::new("error-image-too-large")
                .with("what", what)
                .with("mb", MAX_UPLOAD_MB)),
        }),
        Err(other) => Err(other),
    }
}

/// Stores an image through the media pipeline, which checks it by content;
/// a refusal is a message for the person.
pub async fn store_image(state: &AppState, bytes: Vec<u8>) -> Result<Result<StoredImage, Message>, AppError> {
    match state.media.store_upload(bytes).await {
        Ok(stored) => Ok(Ok(stored)),
        Err(error) => match error.refusal() {
            Some(why) => Ok(Err(why)),
            None => Err(error.into()),
        },
    }
}

/// Reads a form holding one image (`what` names it in messages: "photo",
/// "logo" or "banner") and stores the image through the media pipeline,
/// which checks it by content, unless `check_fields` refuses the form first.
pub async fn receive_image(
    state: &AppState,
    payload: Multipart,
    what: &'static str,
    check_fields: impl FnOnce(&HashMap<String, String>) -> Result<(), Message>,
) -> Result<ImageForm, AppError> {
    let parts = read_image_form(payload, what).await?;
    let image = match (parts.file, check_fields(&parts.fields)) {
        (Err(message), _) | (Ok(_), Err(message)) => Err(message),
        (Ok(None), Ok(())) => Err(Message::new("error-image-choose").with("what", what)),
        (Ok(Some(bytes)), Ok(())) => store_image(state, bytes).await?,
    };
    Ok(ImageForm {
        fields: parts.fields,
        image,
    })
}

/// Removes the files of an image that could not be recorded, unless a photo
/// or logo already uses the same ones.
pub async fn discard_unless_used(state: &AppState, hash: String) {
    let in_use = state
        .db
        .read(move |conn| media::image_hash_in_use(conn, &hash).map(|used| (used, hash)))
        .await;
    if let Ok((false, hash)) = in_use {
        state.media.delete(&hash).await;
    }
}
