//! `/dashboard/events/{slug}/schedule`: the organisers' grid of an event
//! day, where they book a meeting for a hosted buyer; a meeting's own page
//! there, where they move or cancel it; and `/audit`, what they did. The
//! event's organisers and admins only: anyone else finds no such event.

use actix_web::{HttpRequest, HttpResponse, get, post, web};
use chrono::NaiveDate;
use serde::Deserialize;

use crate::accounts::User;
use crate::domain::FieldErrors;
use crate::i18n::Message;
use crate::meetings::notify::Links;
use crate::meetings::scheduler::actions::{self, BookingInput, MoveInput};
use crate::meetings::scheduler::{self, GridFilter};
use crate::meetings::{MeetingError, audit, views};
use crate::web::present::scheduler::{AuditPage, SchedulePage, ScheduledMeetingPage, audit_lines};
use crate::web::render::form_status;
use crate::web::{AppError, AppState, Viewer, forms, redirect};

/// Audit lines under the grid; the log's own page shows more.
const RECENT_AUDIT: i64 = 5;
const AUDIT_PAGE: i64 = 500;

#[derive(Deserialize)]
pub struct ScheduleQuery {
    day: Option<NaiveDate>,
    page: Option<usize>,
    #[serde(default)]
    side: String,
    #[serde(default)]
    sector: String,
    #[serde(default)]
    state: String,
    #[serde(default)]
    country: String,
    /// A cell's link fills the booking form in.
    #[serde(default)]
    buyer: String,
    #[serde(default)]
    producer: String,
    #[serde(default)]
    starts_at: String,
}

#[derive(Deserialize)]
struct BookForm {
    #[serde(flatten)]
    input: BookingInput,
    day: Option<NaiveDate>,
}

#[derive(Deserialize)]
struct CancelForm {
    #[serde(default)]
    reason: String,
}

async fn render_grid(
    state: &AppState,
    viewer: &Viewer,
    user: User,
    (slug, day, filter, page): (String, Option<NaiveDate>, GridFilter, usize),
    (values, errors): (BookingInput, FieldErrors),
) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    let status = form_status(&errors);
    let page = state
        .db
        .read(move |conn| {
            let grid = scheduler::day_grid(conn, &user, &slug, (day, &filter, page), now)?;
            let zone = grid.event.zone()?;
            let audit = audit_lines(audit::recent(conn, &grid.event.id, RECENT_AUDIT)?, zone);
            let event = views::event_summary(&grid.event, now)?;
            Ok::<_, MeetingError>(SchedulePage::new(&grid, event, &filter, (values, errors), audit))
        })
        .await?;
    state
        .templates
        .page_with_status(status, "meetings/schedule.html", viewer, &page)
}

#[get("/events/{slug}/schedule")]
pub async fn show_schedule(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    slug: web::Path<String>,
    query: web::Query<ScheduleQuery>,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require_user(&req)?.clone();
    let query = query.into_inner();
    let filter = GridFilter {
        side: query.side,
        sector: query.sector,
        state: query.state,
        country: query.country,
    };
    let values = BookingInput {
        buyer: query.buyer,
        producer: query.producer,
        starts_at: query.starts_at,
        ..BookingInput::default()
    };
    let at = (slug.into_inner(), query.day, filter, query.page.unwrap_or(1));
    render_grid(&state, &viewer, user, at, (values, FieldErrors::new())).await
}

#[post("/events/{slug}/schedule/book")]
pub async fn book_meeting(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    slug: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let (now, user) = (state.clock.now(), viewer.require_user(&req)?.clone());
    let slug = slug.into_inner();
    let form: BookForm = forms::parse(&body, &[])?;
    let links = Links::from_settings(&state.settings);
    let (writer, target, input) = (user.clone(), slug.clone(), form.input.clone());
    match state
        .db
        .write(move |conn| actions::book_for_buyer(conn, &writer, &target, &input, &links, now))
        .await
    {
        Ok(meeting) => {
            viewer.notice(Message::new("meetings-notice-booked-for-both"));
            let day = form.day.map(|d| format!("?day={d}")).unwrap_or_default();
            Ok(redirect(&format!(
                "/dashboard/events/{slug}/schedule/meetings/{}{day}",
                meeting.id
            )))
        }
        Err(MeetingError::Invalid(errors)) => {
            let at = (slug, form.day, GridFilter::default(), 1);
            render_grid(&state, &viewer, user, at, (form.input, errors)).await
        }
        Err(other) => Err(other.into()),
    }
}

async fn render_meeting(
    state: &AppState,
    viewer: &Viewer,
    user: User,
    (slug, id): (String, String),
    (moving, cancelling): ((MoveInput, FieldErrors), (String, FieldErrors)),
) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    let status = form_status(&moving.1).max(form_status(&cancelling.1));
    let page = state
        .db
        .read(move |conn| {
            let facts = scheduler::scheduled_meeting(conn, &user, (&slug, &id))?;
            let event = views::event_summary(&facts.event, now)?;
            Ok::<_, MeetingError>(ScheduledMeetingPage::new(&facts, event, now, moving, cancelling))
        })
        .await?;
    state
        .templates
        .page_with_status(status, "meetings/scheduled_meeting.html", viewer, &page)
}

#[get("/events/{slug}/schedule/meetings/{id}")]
pub async fn show_scheduled_meeting(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require_user(&req)?.clone();
    let blank = (
        (MoveInput::default(), FieldErrors::new()),
        (String::new(), FieldErrors::new()),
    );
    render_meeting(&state, &viewer, user, path.into_inner(), blank).await
}

#[post("/events/{slug}/schedule/meetings/{id}/move")]
pub async fn move_meeting(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let (now, user) = (state.clock.now(), viewer.require_user(&req)?.clone());
    let (slug, id) = path.into_inner();
    let input: MoveInput = forms::parse(&body, &[])?;
    let links = Links::from_settings(&state.settings);
    let (writer, target, meeting, typed) = (user.clone(), slug.clone(), id.clone(), input.clone());
    match state
        .db
        .write(move |conn| actions::move_meeting(conn, &writer, (&target, &meeting), &typed, &links, now))
        .await
    {
        Ok(_) => {
            viewer.notice(Message::new("meetings-notice-moved-for-both"));
            Ok(redirect(&format!(
                "/dashboard/events/{slug}/schedule/meetings/{id}"
            )))
        }
        Err(MeetingError::Invalid(errors)) => {
            let forms = ((input, errors), (String::new(), FieldErrors::new()));
            render_meeting(&state, &viewer, user, (slug, id), forms).await
        }
        Err(other) => Err(other.into()),
    }
}

#[post("/events/{slug}/schedule/meetings/{id}/cancel")]
pub async fn cancel_meeting(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let (now, user) = (state.clock.now(), viewer.require_user(&req)?.clone());
    let (slug, id) = path.into_inner();
    let form: CancelForm = forms::parse(&body, &[])?;
    let links = Links::from_settings(&state.settings);
    let (writer, target, meeting, reason) = (user.clone(), slug.clone(), id.clone(), form.reason.clone());
    match state
        .db
        .write(move |conn| actions::cancel_meeting(conn, &writer, (&target, &meeting), &reason, &links, now))
        .await
    {
        Ok(_) => {
            viewer.notice(Message::new("meetings-notice-cancelled-for-both"));
            Ok(redirect(&format!(
                "/dashboard/events/{slug}/schedule/meetings/{id}"
            )))
        }
        Err(MeetingError::Invalid(errors)) => {
            let forms = ((MoveInput::default(), FieldErrors::new()), (form.reason, errors));
            render_meeting(&state, &viewer, user, (slug, id), forms).await
        }
        Err(other) => Err(other.into()),
    }
}

#[get("/events/{slug}/audit")]
pub async fn show_audit(
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
            let (event, entries) = scheduler::audit_log(conn, &user, &slug, AUDIT_PAGE)?;
            Ok::<_, MeetingError>(AuditPage {
                lines: audit_lines(entries, event.zone()?),
                event: views::event_summary(&event, now)?,
            })
        })
        .await?;
    state.templates.page("meetings/audit.html", &viewer, &page)
}
