//! Liveness and readiness for load balancers and orchestrators, and metrics
//! for monitoring.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, get, web};
use serde_json::json;
use sha2::{Digest, Sha256};

use crate::db::{self, DbError};
use crate::telemetry::prometheus;
use crate::web::{AppError, AppState};

/// The process is up and serving HTTP.
#[get("/healthz")]
pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(json!({ "status": "ok" }))
}

/// The database answers and its schema is current; otherwise 503 so a load
/// balancer sends traffic elsewhere.
#[get("/readyz")]
pub async fn readyz(state: web::Data<AppState>) -> HttpResponse {
    let backend = state.db.backend().name();
    let result: Result<bool, DbError> = state.db.read(db::has_pending_migrations).await;
    match result {
        Ok(false) => HttpResponse::Ok().json(json!({ "status": "ready", "database": backend })),
        Ok(true) => HttpResponse::ServiceUnavailable()
            .insert_header(("Retry-After", "5"))
            .json(json!({ "status": "not ready", "database": backend, "reason": "migrations pending" })),
        Err(error) => {
            tracing::warn!(%error, "readiness check failed");
            HttpResponse::ServiceUnavailable()
                .insert_header(("Retry-After", "5"))
                .json(json!({ "status": "not ready", "database": backend, "reason": "database unreachable" }))
        }
    }
}

/// Prometheus metrics, for a scraper holding `METRICS_TOKEN`. Without the
/// setting the endpoint does not exist, so nothing about the site's traffic
/// is public by default.
#[get("/metrics")]
pub async fn show_metrics(req: HttpRequest, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let Some(token) = &state.settings.metrics_token else {
        return Err(AppError::NotFound);
    };
    let presented = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or_default();
    // Comparing digests takes the same time wherever the strings differ.
    if Sha256::digest(presented.as_bytes()) != Sha256::digest(token.expose().as_bytes()) {
        return Ok(HttpResponse::Unauthorized()
            .insert_header((header::WWW_AUTHENTICATE, "Bearer"))
            .finish());
    }
    let text = prometheus::render(&state.db).await;
    Ok(HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(text))
}
