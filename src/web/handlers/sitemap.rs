//! `/sitemap.xml`, the index naming each file of the sitemap; the files
//! under `/sitemaps/`; and `/robots.txt`, which names the index.

use actix_web::{HttpResponse, get, web};
use serde_json::json;
use tera::Context;

use super::showcases::xml;
use crate::sitemaps::{SitemapFile, service};
use crate::web::present::links;
use crate::web::present::sitemap::{files, urls};
use crate::web::{AppError, AppState};

const SITEMAP_TYPE: &str = "application/xml; charset=utf-8";

#[get("/sitemap.xml")]
pub async fn show_sitemap_index(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let (now, per_file) = (state.clock.now(), state.settings.sitemap_urls_per_file);
    let index = state
        .db
        .read(move |conn| service::index(conn, now, per_file))
        .await?;
    let sitemaps = files(&index, &state.settings.base_url);
    xml(
        &state,
        "sitemap/index.xml",
        SITEMAP_TYPE,
        &json!({ "sitemaps": sitemaps }),
    )
}

/// One file the index names (`/sitemaps/districts.xml`,
/// `/sitemaps/products-2.xml`); any other name is a 404.
#[get("/sitemaps/{name}.xml")]
pub async fn show_sitemap(
    state: web::Data<AppState>,
    name: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let file = SitemapFile::parse(&name).ok_or(AppError::NotFound)?;
    let (now, per_file) = (state.clock.now(), state.settings.sitemap_urls_per_file);
    let entries = state
        .db
        .read(move |conn| service::file(conn, file, now, per_file))
        .await?
        .ok_or(AppError::NotFound)?;
    let urls = urls(&entries, &state.settings.base_url);
    xml(&state, "sitemap/urls.xml", SITEMAP_TYPE, &json!({ "urls": urls }))
}

/// What crawlers may read: the public pages, not the signed-in ones, the
/// forms or the API; and where the sitemap is.
#[get("/robots.txt")]
pub async fn show_robots(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let mut context = Context::new();
    context.insert(
        "sitemap",
        &links::absolute(&state.settings.base_url, "/sitemap.xml"),
    );
    let body = state.templates.render("sitemap/robots.txt", &context)?;
    Ok(HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .body(body))
}
