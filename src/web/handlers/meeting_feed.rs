//! A participant's private calendar feed: `/meetings.ics?token=…`, which
//! calendar apps fetch without a session, and "Reset the link" on the
//! agenda, which makes a new address (shown once) and ends the old one.

use actix_web::http::header::{CACHE_CONTROL, HeaderValue};
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde::Deserialize;

use super::meetings::{agenda_page, links};
use crate::meetings::{MeetingError, feed};
use crate::web::{AppError, AppState, Viewer};

#[derive(Deserialize)]
pub struct FeedQuery {
    token: Option<String>,
}

/// An unknown, replaced or missing secret is "not found", like any address
/// that does not exist.
#[get("/meetings.ics")]
pub async fn show_feed(
    state: web::Data<AppState>,
    query: web::Query<FeedQuery>,
) -> Result<HttpResponse, AppError> {
    let secret = query.into_inner().token.ok_or(AppError::NotFound)?;
    let (links, now) = (links(&state), state.clock.now());
    let calendar = state
        .db
        .read(move |conn| feed::calendar(conn, &secret, &links, now))
        .await?
        .ok_or(MeetingError::NotFound)?;
    Ok(HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        // Private to whoever holds the address: no shared cache may keep it.
        .insert_header((CACHE_CONTROL, "no-store"))
        .body(calendar))
}

#[post("/meetings/feed")]
pub async fn reset_feed(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require_user(&req)?.clone();
    let (links, now, owner) = (links(&state), state.clock.now(), user.clone());
    let url = state
        .db
        .write(move |conn| feed::reset(conn, &owner, &links, now))
        .await?;
    let page = agenda_page(&state, user, Some(url)).await?;
    let mut response = state.templates.page("meetings/agenda.html", &viewer, &page)?;
    // The address is on this page only; no cache may keep it.
    response
        .headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}
