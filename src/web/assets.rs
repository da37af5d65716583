//! Static files and templates, compiled into the binary (read from disk in
//! debug builds, so edits show without a rebuild).

use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex};

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
    let body = if path.ends_with(".css") {
        minified_css(file.metadata.sha256_hash(), &file.data).to_vec()
    } else {
        file.data.into_owned()
    };
    Ok(response.content_type(file.metadata.mimetype()).body(body))
}

/// Stylesheets go out minified: the why-comments stay in the source, and a
/// page's CSS stays inside the UI brief's 40 kB. Each version is minified
/// once (keyed by its content hash, as debug builds read files from disk);
/// one that cannot be parsed goes out as written.
fn minified_css(hash: [u8; 32], source: &[u8]) -> Arc<[u8]> {
    /// Content hash → the minified stylesheet.
    type Minified = HashMap<[u8; 32], Arc<[u8]>>;
    static MINIFIED: LazyLock<Mutex<Minified>> = LazyLock::new(Default::default);
    let mut minified = MINIFIED.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    minified
        .entry(hash)
        .or_insert_with(|| match minify_css(&String::from_utf8_lossy(source)) {
            Ok(css) => css.into_bytes().into(),
            Err(error) => {
                tracing::warn!(%error, "a stylesheet could not be minified; served as written");
                source.into()
            }
        })
        .clone()
}

fn minify_css(source: &str) -> Result<String, String> {
    use lightningcss::stylesheet::{MinifyOptions, ParserOptions, PrinterOptions, StyleSheet};
    let mut sheet = StyleSheet::parse(source, ParserOptions::default()).map_err(|e| e.to_string())?;
    sheet
        .minify(MinifyOptions::default())
        .map_err(|e| e.to_string())?;
    let printed = sheet
        .to_css(PrinterOptions {
            minify: true,
            ..PrinterOptions::default()
        })
        .map_err(|e| e.to_string())?;
    Ok(printed.code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_stylesheet_minifies_and_keeps_its_math() {
        for path in StaticFiles::iter().filter(|p| p.ends_with(".css")) {
            let file = StaticFiles::get(&path).expect("listed");
            let source = String::from_utf8_lossy(&file.data);
            let css = minify_css(&source).unwrap_or_else(|e| panic!("{path}: {e}"));
            assert!(css.len() < source.len(), "{path} got no smaller");
        }
        // Spaces around + and - in math functions are part of the syntax.
        let css = minify_css("h1 { font-size: clamp(1.8rem, 1.2rem + 2.6vw, 2.7rem); }").unwrap();
        assert!(css.contains("1.2rem + 2.6vw"), "{css}");
    }
}
