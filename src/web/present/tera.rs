//! The filters and functions templates format with: numbers and dates go
//! through `crate::format`, as they do in view models and e-mails.

use std::collections::HashMap;

use tera::{Tera, Value};

use super::links::{self, Page};
use crate::format::{DateStyle, group_thousands};
use crate::media::{self, Format};
use crate::web::assets::{StaticFiles, fingerprint};

pub fn register(tera: &mut Tera) {
    tera.register_function("static_url", static_url);
    tera.register_function("media_url", media_url);
    tera.register_function("media_srcset", media_srcset);
    tera.register_function("path_to", path_to);
    tera.register_filter("thousands", thousands);
    tera.register_filter("quantity", quantity);
    tera.register_filter("when", when);
    tera.register_filter("code_spans", code_spans);
    tera.register_filter("t", crate::i18n::translate);
}

/// `{{ text | code_spans | safe }}`: `text` escaped, its backticked names
/// set as code (`crate::format::code_spans`), for descriptions written in
/// doc comments, such as the API reference's.
fn code_spans(value: &Value, _: &HashMap<String, Value>) -> tera::Result<Value> {
    let text = value
        .as_str()
        .ok_or_else(|| tera::Error::msg("code_spans needs text"))?;
    Ok(Value::String(crate::format::code_spans(text)))
}

/// `static_url(path="css/site.css")` → `/static/css/site.css?v=<hash>`.
fn static_url(args: &HashMap<String, Value>) -> tera::Result<Value> {
    let path = args
        .get("path")
        .and_then(Value::as_str)
        .ok_or_else(|| tera::Error::msg("static_url needs path"))?;
    if StaticFiles::get(path).is_none() {
        return Err(tera::Error::msg(format!("no static file {path}")));
    }
    let version = fingerprint(path).unwrap_or_default();
    Ok(Value::String(format!("/static/{path}?v={version}")))
}

fn media_args(args: &HashMap<String, Value>) -> tera::Result<(String, Format, Option<u32>)> {
    let hash = args
        .get("hash")
        .and_then(Value::as_str)
        .ok_or_else(|| tera::Error::msg("media functions need hash"))?;
    let format = match args.get("format").and_then(Value::as_str) {
        Some("webp") => Format::Webp,
        Some("jpg" | "jpeg") | None => Format::Jpeg,
        Some(other) => return Err(tera::Error::msg(format!("unknown photo format {other}"))),
    };
    let original = args
        .get("original")
        .and_then(Value::as_u64)
        .and_then(|w| u32::try_from(w).ok());
    Ok((hash.to_owned(), format, original))
}

/// `media_url(hash=…, width=800, format="webp", original=1200)`: the stored
/// variant closest to `width` without exceeding what exists for a photo
/// `original` pixels wide.
fn media_url(args: &HashMap<String, Value>) -> tera::Result<Value> {
    let (hash, format, original) = media_args(args)?;
    let wanted = args.get("width").and_then(Value::as_u64).unwrap_or(800);
    Ok(Value::String(variant_url(&hash, wanted, format, original)))
}

/// The stored variant of a photo closest to `wanted` pixels wide without
/// exceeding what exists for a photo `original` pixels wide.
pub fn variant_url(hash: &str, wanted: u64, format: Format, original: Option<u32>) -> String {
    let widths = media::variant_widths(original.unwrap_or(u32::MAX));
    let width = widths
        .iter()
        .copied()
        .filter(|w| u64::from(*w) <= wanted)
        .max()
        .or_else(|| widths.first().copied())
        .unwrap_or(320);
    media::url_path(hash, width, format)
}

/// `media_srcset(hash=…, original=1200, format="webp")`: every variant, for `srcset`.
fn media_srcset(args: &HashMap<String, Value>) -> tera::Result<Value> {
    let (hash, format, original) = media_args(args)?;
    let original =
        original.ok_or_else(|| tera::Error::msg("media_srcset needs original (the photo's width)"))?;
    Ok(Value::String(media::srcset(&hash, original, format)))
}

/// `{{ 12345 | thousands }}` → "12,345".
fn thousands(value: &Value, _: &HashMap<String, Value>) -> tera::Result<Value> {
    let n = value
        .as_i64()
        .ok_or_else(|| tera::Error::msg("thousands needs a whole number"))?;
    Ok(Value::String(group_thousands(n)))
}

/// `{{ p.moq | quantity(unit=p.moq_unit) }}` → "1,000 pieces", in Hindi
/// "1,000 पीस": `crate::format::quantity`, the reader's digits and unit words.
fn quantity(value: &Value, args: &HashMap<String, Value>) -> tera::Result<Value> {
    let count = value
        .as_i64()
        .ok_or_else(|| tera::Error::msg("quantity needs a whole number"))?;
    let unit = args
        .get("unit")
        .and_then(Value::as_str)
        .ok_or_else(|| tera::Error::msg("quantity needs unit"))?;
    Ok(Value::String(crate::format::quantity(count, unit).to_string()))
}

/// `{{ stored_utc_time | when(format="date_time") }}` → "22 Nov 2026, 09:05 UTC";
/// the formats are `crate::format::DateStyle`'s: `day`, `long_day`, `date_time`.
/// A plain date ("2026-11-22") takes the day styles.
fn when(value: &Value, args: &HashMap<String, Value>) -> tera::Result<Value> {
    let style: DateStyle = match args.get("format") {
        Some(format) => serde_json::from_value(format.clone())
            .map_err(|_| tera::Error::msg(format!("when: unknown format {format}")))?,
        None => DateStyle::DateTime,
    };
    let text = value
        .as_str()
        .ok_or_else(|| tera::Error::msg("when needs a date or a date and time"))?;
    if let Ok(time) = text.parse::<chrono::NaiveDateTime>() {
        Ok(Value::String(style.time(time)))
    } else if let Ok(date) = text.parse::<chrono::NaiveDate>() {
        Ok(Value::String(style.date(date)))
    } else {
        Err(tera::Error::msg(format!("when: {text} is not a date")))
    }
}

/// `{{ path_to(page="district", slug=d.slug) | safe }}` → "/districts/varanasi"
/// (`links::path_to`; its output needs no escaping).
fn path_to(args: &HashMap<String, Value>) -> tera::Result<Value> {
    let page: Page = args
        .get("page")
        .and_then(|page| serde_json::from_value(page.clone()).ok())
        .ok_or_else(|| {
            tera::Error::msg("path_to needs page: product, producer, district, state or sector")
        })?;
    let slug = args
        .get("slug")
        .and_then(Value::as_str)
        .ok_or_else(|| tera::Error::msg("path_to needs slug"))?;
    Ok(Value::String(links::path_to(page, slug)))
}
