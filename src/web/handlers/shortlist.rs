//! `/shortlist`: a buyer's saved listings and producers, and the "Save" and
//! "Remove" forms on product, producer and search pages. Plain form posts
//! that return to the page they were sent from.

use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde::Deserialize;

use crate::accounts::{Role, User};
use crate::i18n::Message;
use crate::shortlist::service::{self, Saved};
use crate::web::present::shortlist::ShortlistPage;
use crate::web::session::safe_next;
use crate::web::{AppError, AppState, Viewer, forms, redirect};

fn buyer<'a>(viewer: &'a Viewer, req: &HttpRequest) -> Result<&'a User, AppError> {
    viewer.require_role(req, Role::Buyer)
}

#[get("/shortlist")]
pub async fn show_shortlist(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
) -> Result<HttpResponse, AppError> {
    let user = buyer(&viewer, &req)?.clone();
    let list = state.db.read(move |conn| service::shortlist(conn, &user)).await?;
    state
        .templates
        .page("shortlist/index.html", &viewer, &ShortlistPage::new(list))
}

/// The page a Save or Remove button was pressed on.
#[derive(Deserialize)]
pub struct BackForm {
    #[serde(default)]
    back: String,
}

/// Where to return: the page the form names when it is one of ours, else
/// the shortlist.
fn back_to(state: &AppState, body: &[u8]) -> Result<String, AppError> {
    let form: BackForm = forms::parse(body, &[])?;
    Ok(if form.back.trim().is_empty() {
        "/shortlist".to_owned()
    } else {
        safe_next(&state.settings.base_url, Some(&form.back))
    })
}

#[post("/shortlist/{kind}/{slug}")]
pub async fn save(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    change(&req, &state, &viewer, path.into_inner(), &body, Change::Save).await
}

#[post("/shortlist/{kind}/{slug}/remove")]
pub async fn remove(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    change(&req, &state, &viewer, path.into_inner(), &body, Change::Remove).await
}

#[derive(Clone, Copy)]
enum Change {
    Save,
    Remove,
}

/// Saves or removes what `kind` and `slug` name, says so on the page the
/// button was pressed on, and returns there.
async fn change(
    req: &HttpRequest,
    state: &AppState,
    viewer: &Viewer,
    (kind, slug): (String, String),
    body: &[u8],
    change: Change,
) -> Result<HttpResponse, AppError> {
    let user = buyer(viewer, req)?.clone();
    let kind = Saved::from_path(&kind).ok_or(AppError::NotFound)?;
    let back = back_to(state, body)?;
    let now = state.clock.now();
    let notice = state
        .db
        .write(move |conn| match change {
            Change::Save => service::save(conn, &user, kind, &slug, now)
                .map(|name| Message::new("shortlist-saved-notice").with("name", name)),
            Change::Remove => {
                service::remove(conn, &user, kind, &slug).map(|()| Message::new("shortlist-removed-notice"))
            }
        })
        .await?;
    viewer.notice(notice);
    Ok(redirect(&back))
}
