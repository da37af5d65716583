//! Liveness and readiness for load balancers and orchestrators.

use actix_web::{HttpResponse, get, web};
use serde_json::json;

use crate::db::{self, DbError};
use crate::web::AppState;

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
