//! Reading `multipart/form-data` uploads with a size cap, into text fields
//! and at most one file.

use std::collections::HashMap;

use actix_multipart::Multipart;
use futures_util::StreamExt;

use super::AppError;

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
        let mut part =
            part.map_err(|e| AppError::BadRequest(format!("The upload could not be read: {e}")))?;
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
            let chunk =
                chunk.map_err(|e| AppError::BadRequest(format!("The upload was interrupted: {e}")))?;
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
