//! `/events/{slug}/suggestions`: the counterparts suggested to an approved
//! participant with the reasons, a link to book each, and the "must meet"
//! marks either side sets.

use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde::Deserialize;

use crate::i18n::Message;
use crate::meetings::matching::{self, wishes};
use crate::meetings::{MeetingError, views};
use crate::web::present::matching::{SuggestionView, SuggestionsPage};
use crate::web::{AppError, AppState, Viewer, forms, redirect};

#[get("/events/{slug}/suggestions")]
pub async fn show_suggestions(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    let user = viewer.require_user(&req)?.clone();
    let page = state
        .db
        .read(move |conn| {
            let found = matching::suggested_to(conn, &user, &slug)?;
            let counterparts: Vec<_> = found.suggestions.iter().map(|(p, _)| p.clone()).collect();
            let cards = views::participant_cards(conn, &counterparts)?;
            let suggestions = cards
                .into_iter()
                .zip(&found.suggestions)
                .map(|(card, (p, s))| {
                    SuggestionView::new(card, s, found.me.side, found.marked.contains(&p.id))
                })
                .collect();
            Ok::<_, MeetingError>(SuggestionsPage {
                event: views::event_summary(&found.event, now)?,
                side: found.me.side,
                seeks_anything: found.seeks_anything,
                suggestions,
                other_marks: views::participant_cards(conn, &found.marked_elsewhere)?,
            })
        })
        .await?;
    state.templates.page("meetings/suggestions.html", &viewer, &page)
}

#[derive(Deserialize)]
struct MarkForm {
    #[serde(default)]
    with: String,
}

async fn change_mark(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    slug: String,
    body: web::Bytes,
    marking: bool,
) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    let user = viewer.require_user(&req)?.clone();
    let form: MarkForm = forms::parse(&body, &[])?;
    let target = slug.clone();
    state
        .db
        .write(move |conn| {
            if marking {
                wishes::mark(conn, &user, &target, &form.with, now)
            } else {
                wishes::unmark(conn, &user, &target, &form.with)
            }
        })
        .await?;
    viewer.notice(Message::new(if marking {
        "meetings-notice-must-meet-marked"
    } else {
        "meetings-notice-must-meet-unmarked"
    }));
    Ok(redirect(&format!("/events/{slug}/suggestions")))
}

#[post("/events/{slug}/must-meet")]
pub async fn mark_must_meet(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    slug: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    change_mark(req, state, viewer, slug.into_inner(), body, true).await
}

#[post("/events/{slug}/must-meet/remove")]
pub async fn unmark_must_meet(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    slug: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    change_mark(req, state, viewer, slug.into_inner(), body, false).await
}
