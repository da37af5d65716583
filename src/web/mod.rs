//! HTTP: the route table, thin handlers, templates, static assets, errors.

mod api_auth;
mod assets;
mod client_addr;
mod csrf;
pub mod currency;
mod error;
mod forms;
pub mod generation_watch;
mod handlers;
mod head;
pub mod language;
pub mod multipart;
pub mod openapi;
mod page_cache;
mod present;
mod render;
mod request_body;
mod request_metrics;
mod routes;
mod security;
mod session;

use std::sync::Arc;

pub use api_auth::{ApiCaller, OptionalApiCaller};
pub use client_addr::client_ip;
pub use csrf::verify_csrf;
pub use error::{AppError, CONFIRM_EMAIL_PAGE, Problem, TWO_FACTOR_PAGE, render_errors};
pub use head::head_as_get;
pub use page_cache::{PageCache, cached_page, cached_timed_page};
pub use render::Templates;
pub use request_body::{MAX_BODY_BYTES, guard_request_body};
pub use request_metrics::record_request_metrics;
pub use routes::configure;
pub use security::security_headers;
pub use session::{Viewer, load_viewer, middleware as session_middleware};

use crate::clock::Clock;
use crate::db::Db;
use crate::directory::names::PlaceNames;
use crate::media::MediaStore;
use crate::search::SearchEngine;
use crate::search::suggest::Suggester;
use crate::settings::Settings;

/// Shared by every request; cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub templates: Arc<Templates>,
    pub settings: Arc<Settings>,
    pub media: Arc<MediaStore>,
    pub search: Arc<SearchEngine>,
    pub place_names: Arc<PlaceNames>,
    /// The search box's suggestions (`search::suggest`).
    pub suggestions: Arc<Suggester>,
    pub pages: Arc<PageCache>,
    /// The catalogue generation as last read, for [`page_cache`].
    pub generation: Arc<generation_watch::GenerationWatch>,
    /// Now, for every handler (tests move it forward).
    pub clock: Clock,
    /// The latest exchange rates, kept per catalogue generation.
    pub rates: Arc<currency::KeptRates>,
}

/// `303 See Other` to `to`: where a form goes after it has done its work.
pub fn redirect(to: &str) -> actix_web::HttpResponse {
    actix_web::HttpResponse::SeeOther()
        .insert_header((actix_web::http::header::LOCATION, to))
        .finish()
}
