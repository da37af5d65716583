//! Tera templates with autoescape, loaded from the embedded `templates/`.

use std::collections::HashMap;

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use serde::Serialize;
use tera::{Context, Tera};

use super::AppError;
use super::assets::{StaticFiles, TemplateFiles, fingerprint};
use super::session::Viewer;
use crate::catalogue::values::group_thousands;
use crate::media::{self, Format};

pub struct Templates {
    tera: Tera,
}

impl Templates {
    pub fn load() -> anyhow::Result<Self> {
        let mut sources = Vec::new();
        for name in TemplateFiles::iter() {
            if let Some(file) = TemplateFiles::get(&name) {
                sources.push((name.to_string(), String::from_utf8(file.data.into_owned())?));
            }
        }
        let mut tera = Tera::default();
        tera.autoescape_on(vec![".html"]);
        tera.add_raw_templates(sources)?;
        tera.register_function("static_url", static_url);
        tera.register_function("media_url", media_url);
        tera.register_function("media_srcset", media_srcset);
        tera.register_filter("thousands", thousands);
        tera.register_filter("datetime", datetime);
        Ok(Self { tera })
    }

    pub fn render(&self, name: &str, context: &Context) -> Result<String, AppError> {
        self.tera
            .render(name, context)
            .map_err(|e| AppError::Internal(anyhow::anyhow!("rendering {name}: {e:?}")))
    }

    /// Renders `name` with `data` as `page` into a 200 HTML response.
    /// Renders `name` with `data` as `page` into a 200 HTML response.
    pub fn page<T: Serialize>(
        &self,
        name: &str,
        viewer: &Viewer,
        data: &T,
    ) -> Result<HttpResponse, AppError> {
        self.page_with_status(StatusCode::OK, name, viewer, data)
    }

    /// Renders a page with another status (a form sent back with errors is 422).
    pub fn page_with_status<T: Serialize>(
        &self,
        status: StatusCode,
        name: &str,
        viewer: &Viewer,
        data: &T,
    ) -> Result<HttpResponse, AppError> {
        let mut context = Context::new();
        context.insert("page", data);
        context.insert("viewer", &viewer.template_user());
        context.insert("notice", &viewer.notice);
        // Signed-in pages carry the sign-out form; anonymous pages get a
        // token (and so a session cookie) only when they hold a form.
        if viewer.user.is_some() || viewer.has_csrf_token() {
            context.insert("csrf_token", &viewer.csrf_token());
        }
        let html = self.render(name, &context)?;
        Ok(HttpResponse::build(status)
            .content_type("text/html; charset=utf-8")
            .body(html))
    }
}

/// `static_url(path="css/site.css")` → `/static/css/site.css?v=<hash>`.
fn static_url(args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
    let path = args
        .get("path")
        .and_then(tera::Value::as_str)
        .ok_or_else(|| tera::Error::msg("static_url needs path"))?;
    if StaticFiles::get(path).is_none() {
        return Err(tera::Error::msg(format!("no static file {path}")));
    }
    let version = fingerprint(path).unwrap_or_default();
    Ok(tera::Value::String(format!("/static/{path}?v={version}")))
}

fn media_args(args: &HashMap<String, tera::Value>) -> tera::Result<(String, Format, Option<u32>)> {
    let hash = args
        .get("hash")
        .and_then(tera::Value::as_str)
        .ok_or_else(|| tera::Error::msg("media functions need hash"))?;
    let format = match args.get("format").and_then(tera::Value::as_str) {
        Some("webp") => Format::Webp,
        Some("jpg" | "jpeg") | None => Format::Jpeg,
        Some(other) => return Err(tera::Error::msg(format!("unknown photo format {other}"))),
    };
    let original = args
        .get("original")
        .and_then(tera::Value::as_u64)
        .and_then(|w| u32::try_from(w).ok());
    Ok((hash.to_owned(), format, original))
}

/// `media_url(hash=…, width=800, format="webp", original=1200)`: the stored
/// variant closest to `width` without exceeding what exists for a photo
/// `original` pixels wide.
fn media_url(args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
    let (hash, format, original) = media_args(args)?;
    let wanted = args.get("width").and_then(tera::Value::as_u64).unwrap_or(800);
    let widths = media::variant_widths(original.unwrap_or(u32::MAX));
    let width = widths
        .iter()
        .copied()
        .filter(|w| u64::from(*w) <= wanted)
        .max()
        .or_else(|| widths.first().copied())
        .unwrap_or(320);
    Ok(tera::Value::String(media::url_path(&hash, width, format)))
}

/// `media_srcset(hash=…, original=1200, format="webp")`: every variant, for `srcset`.
fn media_srcset(args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
    let (hash, format, original) = media_args(args)?;
    let original =
        original.ok_or_else(|| tera::Error::msg("media_srcset needs original (the photo's width)"))?;
    Ok(tera::Value::String(media::srcset(&hash, original, format)))
}

/// 12345 → "12,345".
fn thousands(value: &tera::Value, _: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
    let n = value
        .as_i64()
        .ok_or_else(|| tera::Error::msg("thousands needs a whole number"))?;
    let grouped = group_thousands(n.abs());
    Ok(tera::Value::String(if n < 0 {
        format!("-{grouped}")
    } else {
        grouped
    }))
}

/// A stored UTC time ("2026-11-22T09:05:00.123") → "22 Nov 2026, 09:05 UTC".
fn datetime(value: &tera::Value, _: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
    let time: chrono::NaiveDateTime = value
        .as_str()
        .and_then(|text| text.parse().ok())
        .ok_or_else(|| tera::Error::msg("datetime needs a date and time"))?;
    Ok(tera::Value::String(
        time.format("%-d %b %Y, %H:%M UTC").to_string(),
    ))
}

/// A form page's status: 200, or 422 when it comes back with field errors.
pub fn form_status(errors: &crate::domain::FieldErrors) -> StatusCode {
    if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    }
}
