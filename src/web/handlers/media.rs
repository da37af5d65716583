//! `GET /media/{key}`: stored photo variants. Names are content hashes, so a
//! response never changes: browsers and proxies keep it for a year without
//! asking again.

use actix_web::http::header::{CacheControl, CacheDirective};
use actix_web::{HttpResponse, web};

use crate::media::{MediaError, MediaKey};
use crate::web::{AppError, AppState};

pub async fn serve_media(
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    // Only keys this site writes parse, so `..`, absolute paths and any other
    // file under MEDIA_DIR are unreachable.
    let key = MediaKey::parse(&path).ok_or(AppError::NotFound)?;
    let content_type = key.format().content_type();
    let bytes = match state.media.read_variant(key).await {
        Err(MediaError::NotFound) => return Err(AppError::NotFound),
        other => other?,
    };
    Ok(HttpResponse::Ok()
        .insert_header(CacheControl(vec![
            CacheDirective::Public,
            CacheDirective::MaxAge(31_536_000),
            CacheDirective::Extension("immutable".into(), None),
        ]))
        .content_type(content_type)
        .body(bytes))
}
