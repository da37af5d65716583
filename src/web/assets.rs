//! Static files and templates, compiled into the binary (read from disk in
//! debug builds, so edits show without a rebuild).

use actix_web::http::header::{self, CacheControl, CacheDirective, EntityTag};
use actix_web::{HttpRequest, HttpResponse, web};
use rust_embed::RustEmbed;

use super::AppError;

#[derive(RustEmbed)]
#[folder = "static/"]
pub struct StaticFiles;

#[derive(RustEmbed)]
#[folder = "templates/"]
pub struct TemplateFiles;

/// A short content hash, appended to asset URLs so they can be cached forever.
pub fn fingerprint(path: &str) -> Option<String> {
    StaticFiles::get(path).map(|file| {
        file.metadata.sha256_hash()[..6]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    })
}

/// `GET /static/{path}`: fingerprinted URLs (`?v=`) are immutable for a year;
/// others revalidate with the ETag.
pub async fn serve_static(req: HttpRequest, path: web::Path<String>) -> Result<HttpResponse, AppError> {
    let path = path.into_inner();
    let file = StaticFiles::get(&path).ok_or(AppError::NotFound)?;
    let tag = EntityTag::new_strong(
        file.metadata.sha256_hash()[..8]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect(),
    );
    let fresh = req
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.split(',')
                .any(|t| t.trim().trim_start_matches("W/") == tag.to_string())
        });
    let versioned = req.query_string().starts_with("v=");
    let cache = if versioned {
        CacheControl(vec![
            CacheDirective::Public,
            CacheDirective::MaxAge(31_536_000),
            CacheDirective::Extension("immutable".into(), None),
        ])
    } else {
        CacheControl(vec![CacheDirective::Public, CacheDirective::MaxAge(3600)])
    };
    let mut response = if fresh {
        HttpResponse::NotModified()
    } else {
        HttpResponse::Ok()
    };
    response.insert_header(header::ETag(tag)).insert_header(cache);
    if fresh {
        return Ok(response.finish());
    }
    Ok(response
        .content_type(file.metadata.mimetype())
        .body(file.data.into_owned()))
}
