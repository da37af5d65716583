//! `/dashboard`: what a signed-in person can do next, by role.

use actix_web::{HttpRequest, HttpResponse, get, web};
use serde_json::json;

use crate::accounts::Role;
use crate::enquiries::views as enquiry_views;
use crate::web::{AppError, AppState, Viewer};

#[get("")]
pub async fn show_dashboard(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require_user(&req)?;
    let unread = match user.role() {
        Role::Buyer | Role::Producer => {
            let reader = user.clone();
            state
                .db
                .read(move |conn| enquiry_views::unread_count(conn, &reader))
                .await?
        }
        _ => 0,
    };
    let page = json!({
        "role": user.role().as_str(),
        "verified": user.is_verified(),
        "company": user.company,
        "unread": unread,
    });
    state.templates.page("dashboard/index.html", &viewer, &page)
}
