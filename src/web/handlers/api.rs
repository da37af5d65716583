//! JSON API, version 1: the directory.

use actix_web::{HttpResponse, get, web};

use crate::directory::service;
use crate::web::{AppError, AppState};

#[get("/states")]
pub async fn list_states(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let states = state.db.read(service::state_summaries).await?;
    Ok(HttpResponse::Ok().json(serde_json::json!({ "states": states })))
}

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
