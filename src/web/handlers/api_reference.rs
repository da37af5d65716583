//! The API reference page, `/api`: the OpenAPI document for people.

use std::sync::LazyLock;

use actix_web::{HttpResponse, get, web};

use crate::web::openapi;
use crate::web::present::api_reference::ApiReference;
use crate::web::{AppError, AppState, Viewer};

/// Built once, like the document it words.
static REFERENCE: LazyLock<Result<ApiReference, String>> = LazyLock::new(|| {
    serde_json::to_value(openapi::document())
        .map(|document| ApiReference::from_document(&document))
        .map_err(|e| e.to_string())
});

#[get("/api")]
pub async fn show_api_reference(
    state: web::Data<AppState>,
    viewer: Viewer,
) -> Result<HttpResponse, AppError> {
    let reference = REFERENCE
        .as_ref()
        .map_err(|e| AppError::Internal(anyhow::anyhow!("the OpenAPI document did not serialise: {e}")))?;
    state.templates.page("api/reference.html", &viewer, reference)
}
