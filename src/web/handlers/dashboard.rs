//! `/dashboard`: what a signed-in person can do next, by role.

use actix_web::{HttpRequest, HttpResponse, get, web};
use serde::Serialize;

use crate::accounts::Role;
use crate::web::{AppError, AppState, Viewer};

#[get("")]
pub async fn show_dashboard(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require_user(&req)?;
    let page = DashboardPage {
        role: user.role(),
        verified: user.is_verified(),
        company: user.company.as_deref(),
        unread: user.unread_messages,
    };
    state.templates.page("dashboard/index.html", &viewer, &page)
}

/// The dashboard's start page: what the viewer's role offers, and what waits.
#[derive(Serialize)]
struct DashboardPage<'a> {
    role: Role,
    verified: bool,
    company: Option<&'a str>,
    /// Unread messages and quotes (buyers and producers), as the header's badge counts them.
    unread: i32,
}
