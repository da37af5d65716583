//! The public directory pages.

use actix_web::{HttpResponse, get, web};
use serde::Deserialize;

use crate::directory::{repo, service};
use crate::web::{AppError, AppState, Viewer};

#[get("/")]
pub async fn show_home(state: web::Data<AppState>, viewer: Viewer) -> Result<HttpResponse, AppError> {
    let overview = state.db.read(service::overview).await?;
    state.templates.page("directory/home.html", &viewer, &overview)
}

#[get("/states")]
pub async fn list_states(state: web::Data<AppState>, viewer: Viewer) -> Result<HttpResponse, AppError> {
    let states = state.db.read(service::state_summaries).await?;
    state.templates.page(
        "directory/states.html",
        &viewer,
        &serde_json::json!({ "states": states }),
    )
}

#[get("/states/{slug}")]
pub async fn show_state(
    state: web::Data<AppState>,
    viewer: Viewer,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let detail = state
        .db
        .read(move |conn| service::state_detail(conn, &slug))
        .await?;
    state.templates.page("directory/state.html", &viewer, &detail)
}

#[get("/districts/{slug}")]
pub async fn show_district(
    state: web::Data<AppState>,
    viewer: Viewer,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let detail = state
        .db
        .read(move |conn| service::district_detail(conn, &slug))
        .await?;
    state.templates.page("directory/district.html", &viewer, &detail)
}

#[get("/sectors/{slug}")]
pub async fn show_sector(
    state: web::Data<AppState>,
    viewer: Viewer,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let detail = state
        .db
        .read(move |conn| service::sector_detail(conn, &slug))
        .await?;
    state.templates.page("directory/sector.html", &viewer, &detail)
}

#[derive(Deserialize)]
pub struct GiQuery {
    category: Option<String>,
}

#[get("/gi")]
pub async fn show_gi_register(
    state: web::Data<AppState>,
    viewer: Viewer,
    query: web::Query<GiQuery>,
) -> Result<HttpResponse, AppError> {
    let category = query.into_inner().category.filter(|c| !c.is_empty());
    let register = state
        .db
        .read(move |conn| service::gi_register(conn, category.as_deref()))
        .await?;
    state.templates.page("directory/gi.html", &viewer, &register)
}

#[get("/about/data")]
pub async fn show_data_sources(state: web::Data<AppState>, viewer: Viewer) -> Result<HttpResponse, AppError> {
    let counts = state.db.read(repo::counts).await?;
    state
        .templates
        .page("directory/about_data.html", &viewer, &counts)
}
