//! `/dashboard`: what a signed-in person can do next, by role.

use actix_web::{HttpRequest, HttpResponse, get, web};
use serde_json::json;

use crate::web::{AppError, AppState, Viewer};

#[get("")]
pub async fn show_dashboard(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require_user(&req)?;
    let page = json!({
        "role": user.role().as_str(),
        "verified": user.is_verified(),
        "company": user.company,
    });
    state.templates.page("dashboard/index.html", &viewer, &page)
}
