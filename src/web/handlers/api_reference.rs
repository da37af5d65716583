//! The API reference, the OpenAPI document for people: `/api` (what the
//! API is and every operation in a line), `/api/{group}` (a group's
//! operations in full), `/api/types` (the types the bodies are made of) and
//! `/api/types/{name}` (one in full), so no page carries the whole document.

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

fn reference() -> Result<&'static ApiReference, AppError> {
    REFERENCE
        .as_ref()
        .map_err(|e| AppError::Internal(anyhow::anyhow!("the OpenAPI document did not serialise: {e}")))
}

#[get("/api")]
pub async fn show_api_reference(
    state: web::Data<AppState>,
    viewer: Viewer,
) -> Result<HttpResponse, AppError> {
    state.templates.page("api/reference.html", &viewer, reference()?)
}

#[get("/api/types")]
pub async fn show_api_types(state: web::Data<AppState>, viewer: Viewer) -> Result<HttpResponse, AppError> {
    state
        .templates
        .page("api/types.html", &viewer, &reference()?.types_page())
}

#[get("/api/types/{name}")]
pub async fn show_api_type(
    state: web::Data<AppState>,
    viewer: Viewer,
    name: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let page = reference()?.type_page(&name).ok_or(AppError::NotFound)?;
    state.templates.page("api/type.html", &viewer, &page)
}

#[get("/api/{group}")]
pub async fn show_api_group(
    state: web::Data<AppState>,
    viewer: Viewer,
    group: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let page = reference()?.tag_page(&group).ok_or(AppError::NotFound)?;
    state.templates.page("api/group.html", &viewer, &page)
}
