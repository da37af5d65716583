//! Reading `multipart/form-data` uploads with a size cap, into text fields
//! and at most one file; and forms that upload one image (a listing's photo,
//! a producer's logo) through the media pipeline.

use std::collections::HashMap;

use actix_multipart::{Multipart, MultipartError};
use actix_web::error::PayloadError;
use futures_util::StreamExt;

use super::{AppError, AppState};
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
        AppError::PayloadTooLarge(format!(
            "The upload is larger than {} MB.",
            max_bytes / (1024 * 1024)
        ))
    };
    let mut fields = HashMap::new();
    let mut file = None;
    let mut total = 0usize;
    while let Some(part) = payload.next().await {
        let mut part = part.map_err(|e| match e {
            // The whole request passed `MAX_BODY_BYTES` (see `request_body`).
            MultipartError::Payload(PayloadError::Overflow) => too_big(),
            e => AppError::BadRequest(format!("The upload could not be read: {e}")),
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
                e => AppError::BadRequest(format!("The upload was interrupted: {e}")),
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
    pub image: Result<StoredImage, String>,
}

/// Reads a form holding one image (`what` names it in messages: "photo",
/// "logo") and stores the image through the media pipeline, which checks it
/// by content, unless `check_fields` refuses the form first.
pub async fn receive_image(
    state: &AppState,
    payload: Multipart,
    what: &str,
    check_fields: impl FnOnce(&HashMap<String, String>) -> Result<(), String>,
) -> Result<ImageForm, AppError> {
    let upload = match read(payload, IMAGE_FORM_LIMIT).await {
        Ok(upload) => upload,
        Err(AppError::PayloadTooLarge(_)) => {
            return Ok(ImageForm {
                fields: HashMap::new(),
                image: Err(format!("The {what} is larger than {MAX_UPLOAD_MB} MB.")),
            });
        }
        Err(other) => return Err(other),
    };
    let image = match (check_fields(&upload.fields), upload.file) {
        (Err(message), _) => Err(message),
        (Ok(()), None) => Err(format!("Choose a {what} to upload.")),
        (Ok(()), Some((_, _, bytes))) => match state.media.store_upload(bytes).await {
            Ok(stored) => Ok(stored),
            Err(error) if error.is_user_error() => Err(error.to_string()),
            Err(error) => return Err(error.into()),
        },
    };
    Ok(ImageForm {
        fields: upload.fields,
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
