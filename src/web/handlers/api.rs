//! JSON API, version 1: the directory.

use actix_web::{HttpResponse, get, web};
use serde::Serialize;
use utoipa::ToSchema;

use crate::directory::service::{self, DistrictDetail, StateDetail, StateSummary};
use crate::web::{AppError, AppState, Problem};

#[derive(Serialize, ToSchema)]
struct StateList {
    states: Vec<StateSummary>,
}

/// Every state and union territory, with its counts.
#[utoipa::path(
    tag = "directory",
    responses((status = 200, description = "The states and union territories", body = StateList)),
)]
#[get("/states")]
pub async fn list_states(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let states = state.db.read(service::state_summaries).await?;
    Ok(HttpResponse::Ok().json(StateList { states }))
}

/// A state: its districts with their ODOP products, and its GIs.
#[utoipa::path(
    tag = "directory",
    params(("slug" = String, Path, description = "The state's slug, as in /states/{slug}", example = "uttar-pradesh")),
    responses(
        (status = 200, description = "The state", body = StateDetail),
        (status = 404, description = "No state has this slug", body = Problem),
    ),
)]
#[get("/states/{slug}")]
pub async fn show_state(
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let detail = state
        .db
        .read(move |conn| service::state_detail(conn, &slug))
        .await?;
    Ok(HttpResponse::Ok().json(detail))
}

/// A district: its ODOP products, its neighbours and its state's GIs.
#[utoipa::path(
    tag = "directory",
    params(("slug" = String, Path, description = "The district's slug, as in /districts/{slug}", example = "varanasi")),
    responses(
        (status = 200, description = "The district", body = DistrictDetail),
        (status = 404, description = "No district has this slug", body = Problem),
    ),
)]
#[get("/districts/{slug}")]
pub async fn show_district(
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let detail = state
        .db
        .read(move |conn| service::district_detail(conn, &slug))
        .await?;
    Ok(HttpResponse::Ok().json(detail))
}
