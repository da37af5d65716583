//! A participant's hours at `/events/{slug}/availability`: their time zone
//! and daily hours, other hours on single event days, and single slots
//! blocked for themselves. Slots offered to a pair lie inside both parties'
//! hours and outside what either blocked.

use actix_web::{HttpRequest, HttpResponse, get, post, web};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::FieldErrors;
use crate::i18n::Message;
use crate::meetings::views::{self, HoursView};
use crate::meetings::{MeetingError, booking, participation};
use crate::web::render::form_status;
use crate::web::{AppError, AppState, Viewer, forms, redirect};

/// The hours form: every day (no `day`) or one event day.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct HoursInput {
    /// YYYY-MM-DD of an event day; empty for the daily hours.
    pub day: String,
    pub time_zone: String,
    pub hours_start: String,
    pub hours_end: String,
}

#[derive(Serialize)]
struct HoursPage {
    hours: HoursView,
    /// The every-day form: what was typed when it failed, else the hours saved.
    daily: HoursInput,
    errors: FieldErrors,
}

async fn render(
    state: &AppState,
    viewer: &Viewer,
    req: &HttpRequest,
    slug: String,
    failed: Option<(HoursInput, FieldErrors)>,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require_user(req)?.clone();
    let now = state.clock.now();
    let hours = state
        .db
        .read(move |conn| views::hours_view(conn, &user, &slug, now))
        .await?;
    let saved = HoursInput {
        day: String::new(),
        time_zone: hours.time_zone.clone(),
        hours_start: hours.daily_start.clone(),
        hours_end: hours.daily_end.clone(),
    };
    let (daily, errors) = match failed {
        Some((typed, errors)) if typed.day.trim().is_empty() => (typed, errors),
        Some((_, errors)) => (saved, errors),
        None => (saved, FieldErrors::new()),
    };
    let page = HoursPage { hours, daily, errors };
    state
        .templates
        .page_with_status(form_status(&page.errors), "meetings/hours.html", viewer, &page)
}

#[get("/events/{slug}/availability")]
pub async fn show_hours(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    render(&state, &viewer, &req, slug.into_inner(), None).await
}

#[post("/events/{slug}/availability")]
pub async fn save_hours(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    slug: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require_user(&req)?.clone();
    let input: HoursInput = forms::parse(&body, &[])?;
    let (slug, typed, now) = (slug.into_inner(), input.clone(), state.clock.now());
    let target = slug.clone();
    let saved = state
        .db
        .write(move |conn| {
            let day = match typed.day.trim() {
                "" => None,
                day => Some(
                    NaiveDate::parse_from_str(day, "%Y-%m-%d")
                        .map_err(|_| MeetingError::field("day", Message::new("form-day-choose-one-event")))?,
                ),
            };
            participation::set_hours(
                conn,
                &user,
                &target,
                day,
                (&typed.hours_start, &typed.hours_end),
                &typed.time_zone,
                now,
            )
        })
        .await;
    match saved {
        Ok(()) => {
            viewer.notice(Message::new("meetings-notice-hours-saved"));
            Ok(redirect(&format!("/events/{slug}/availability")))
        }
        Err(MeetingError::Invalid(errors)) => {
            render(&state, &viewer, &req, slug, Some((input, errors))).await
        }
        Err(other) => Err(other.into()),
    }
}

#[derive(Deserialize)]
pub struct SlotForm {
    #[serde(default)]
    starts_at: String,
}

/// Blocks (`block`) or frees (`unblock`) one slot for the participant.
#[post("/events/{slug}/availability/{change}")]
pub async fn change_slot(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require_user(&req)?.clone();
    let (slug, change) = path.into_inner();
    let block = match change.as_str() {
        "block" => true,
        "unblock" => false,
        _ => return Err(AppError::NotFound),
    };
    let SlotForm { starts_at } = forms::parse(&body, &[])?;
    let (target, now) = (slug.clone(), state.clock.now());
    let changed = state
        .db
        .write(move |conn| match block {
            true => booking::block_slot(conn, &user, &target, &starts_at, now),
            false => booking::unblock_slot(conn, &user, &target, &starts_at),
        })
        .await;
    match changed {
        Ok(()) => viewer.notice(Message::new(if block {
            "meetings-notice-time-blocked"
        } else {
            "meetings-notice-time-freed"
        })),
        Err(MeetingError::SlotTaken) => viewer.notice(Message::new("meetings-notice-slot-taken")),
        Err(other) => return Err(other.into()),
    }
    Ok(redirect(&format!("/events/{slug}/availability")))
}
