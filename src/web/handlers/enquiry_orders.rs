//! `/dashboard/enquiries/{id}/order`: the order summary of a conversation
//! whose quote the buyer accepted, a page both parties (and administrators)
//! can print or save as PDF. Anyone else, or a conversation with no accepted
//! quote, reads "not found".

use actix_web::{HttpRequest, HttpResponse, get, web};

use crate::enquiries::orders;
use crate::web::{AppError, AppState, Viewer};

#[get("/enquiries/{id}/order")]
pub async fn show_order_summary(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require_user(&req)?.clone();
    let summary = state
        .db
        .read(move |conn| orders::order_summary(conn, &user, &id))
        .await?;
    state.templates.page("enquiries/order.html", &viewer, &summary)
}
