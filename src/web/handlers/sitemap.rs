//! `/sitemap.xml`: a sitemap index naming each area's sitemap, so no single
//! file nears the protocol's 50,000 URLs as the site grows.

use actix_web::{HttpResponse, get, web};
use serde_json::json;

use super::showcases::xml;
use crate::showcases::views;
use crate::web::present::showcases::showcase_sitemap;
use crate::web::{AppError, AppState};

#[get("/sitemap.xml")]
pub async fn show_sitemap_index(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    let live = state.db.read(move |conn| views::live(conn, now)).await?;
    let base = &state.settings.base_url;
    // A child sitemap changed when its newest page did.
    let lastmod = showcase_sitemap(&live, base)
        .into_iter()
        .map(|entry| entry.lastmod)
        .max();
    let sitemaps = [json!({
        "loc": base.join("sitemaps/showcases.xml").map(|u| u.to_string()).unwrap_or_default(),
        "lastmod": lastmod,
    })];
    xml(
        &state,
        "sitemap/index.xml",
        "application/xml; charset=utf-8",
        &json!({ "sitemaps": sitemaps }),
    )
}
