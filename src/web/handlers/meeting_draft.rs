//! `/dashboard/events/{slug}/draft`: the draft schedule for hosted buyers,
//! for the event's organisers and admins (anyone else finds no event):
//! generate it with the fairness settings, remove or move a meeting, publish.

use actix_web::{HttpRequest, HttpResponse, get, post, web};
use chrono::NaiveDateTime;
use chrono_tz::Tz;
use serde::Deserialize;

use crate::accounts::User;
use crate::db::DbConnection;
use crate::domain::FieldErrors;
use crate::i18n::Message;
use crate::meetings::draft::review::{self, MoveInput, PublishInput};
use crate::meetings::draft::{self, SettingsInput};
use crate::meetings::model::{Event, ParticipantStatus};
use crate::meetings::{MeetingError, repo, views};
use crate::web::handlers::meetings::links;
use crate::web::present::draft::{DraftMovePage, DraftPage, Names};
use crate::web::render::form_status;
use crate::web::{AppError, AppState, Viewer, forms, redirect};

#[derive(Deserialize)]
pub struct PartyQuery {
    party: Option<String>,
}

/// Where a draft meeting's page was reached from: "schedule" for the grid,
/// to which its forms return; anything else, the draft page.
#[derive(Deserialize, Default)]
pub struct FromQuery {
    #[serde(default)]
    from: String,
}

#[derive(Deserialize)]
struct MoveForm {
    #[serde(flatten)]
    input: MoveInput,
    #[serde(default)]
    from: String,
}

/// Where a change to a draft meeting returns: the grid at the meeting's
/// (new) day when it came from there, else the draft page.
fn after_change(reviewed: &review::Reviewed, from: &str) -> Result<String, MeetingError> {
    let slug = &reviewed.event.slug;
    Ok(if from == "schedule" {
        let zone: Tz = reviewed.event.zone()?;
        let day = reviewed
            .meeting
            .starts_at
            .and_utc()
            .with_timezone(&zone)
            .date_naive();
        format!("/dashboard/events/{slug}/schedule?day={day}")
    } else {
        format!("/dashboard/events/{slug}/draft")
    })
}

/// The names of every approved participant of `event`, from a few queries.
fn names(conn: &mut DbConnection, event: &Event) -> Result<Names, MeetingError> {
    let approved = repo::participants_of(conn, &event.id, None, Some(ParticipantStatus::Approved))?;
    Ok(approved
        .iter()
        .map(|p| p.id.clone())
        .zip(
            views::participant_cards(conn, &approved)?
                .into_iter()
                .map(|c| c.name),
        )
        .collect())
}

fn draft_page(
    conn: &mut DbConnection,
    user: &User,
    slug: &str,
    party: Option<&str>,
    form: (Option<SettingsInput>, FieldErrors),
    now: NaiveDateTime,
) -> Result<DraftPage, MeetingError> {
    let state = draft::state(conn, user, slug, now)?;
    let names = names(conn, &state.event)?;
    let summary = views::event_summary(&state.event, now)?;
    Ok(DraftPage::new(&state, summary, &names, party, form))
}

fn back(slug: &str) -> HttpResponse {
    redirect(&format!("/dashboard/events/{slug}/draft"))
}

#[get("/events/{slug}/draft")]
pub async fn show_draft(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    slug: web::Path<String>,
    query: web::Query<PartyQuery>,
) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    let user = viewer.require_user(&req)?.clone();
    let party = query.into_inner().party.filter(|p| !p.is_empty());
    let page = state
        .db
        .read(move |conn| {
            draft_page(
                conn,
                &user,
                &slug,
                party.as_deref(),
                (None, FieldErrors::new()),
                now,
            )
        })
        .await?;
    state.templates.page("meetings/draft.html", &viewer, &page)
}

#[post("/events/{slug}/draft")]
pub async fn generate_draft(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    slug: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    let user = viewer.require_user(&req)?.clone();
    let input: SettingsInput = forms::parse(&body, &[])?;
    let (slug, typed, writer) = (slug.into_inner(), input.clone(), user.clone());
    let target = slug.clone();
    match state
        .db
        .write(move |conn| draft::generate(conn, &writer, &target, &typed, now))
        .await
    {
        Ok(_) => {
            viewer.notice(Message::new("meetings-notice-draft-ready"));
            Ok(back(&slug))
        }
        Err(MeetingError::Invalid(errors)) => {
            let page = state
                .db
                .read(move |conn| draft_page(conn, &user, &slug, None, (Some(input), errors), now))
                .await?;
            state
                .templates
                .page_with_status(form_status(&page.errors), "meetings/draft.html", &viewer, &page)
        }
        Err(other) => Err(other.into()),
    }
}

#[post("/events/{slug}/draft/publish")]
pub async fn publish_draft(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    slug: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    let user = viewer.require_user(&req)?.clone();
    let input: PublishInput = forms::parse(&body, &["leave_out"])?;
    let (slug, links) = (slug.into_inner(), links(&state));
    let (target, writer) = (slug.clone(), user.clone());
    match state
        .db
        .write(move |conn| review::publish(conn, &writer, &target, &input, &links, now))
        .await
    {
        Ok(published) => {
            viewer.notice(
                Message::new("meetings-notice-draft-published")
                    .with("booked", published.booked)
                    .with("left_out", published.left_out),
            );
            Ok(back(&slug))
        }
        // Nothing was written: the page lists each meeting and its reason.
        Err(MeetingError::DraftConflicts(_)) => {
            let mut page = state
                .db
                .read(move |conn| draft_page(conn, &user, &slug, None, (None, FieldErrors::new()), now))
                .await?;
            page.refused = true;
            state.templates.page_with_status(
                actix_web::http::StatusCode::CONFLICT,
                "meetings/draft.html",
                &viewer,
                &page,
            )
        }
        Err(other) => Err(other.into()),
    }
}

#[post("/events/{slug}/draft/meetings/{id}/remove")]
pub async fn remove_draft_meeting(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require_user(&req)?.clone();
    let (slug, id) = path.into_inner();
    let from: FromQuery = forms::parse(&body, &[])?;
    let to = state
        .db
        .write(move |conn| after_change(&review::remove(conn, &user, &slug, &id)?, &from.from))
        .await?;
    viewer.notice(Message::new("meetings-notice-draft-removed"));
    Ok(redirect(&to))
}

fn move_page(
    conn: &mut DbConnection,
    user: &User,
    (slug, id, from): (&str, &str, &str),
    form: (MoveInput, FieldErrors),
    now: NaiveDateTime,
) -> Result<DraftMovePage, MeetingError> {
    let reviewed = review::reviewed(conn, user, slug, id)?;
    let slots = review::free_slots(conn, &reviewed, now)?;
    let breach = review::breach_of(conn, &reviewed, now)?;
    let names = names(conn, &reviewed.event)?;
    let zone: Tz = reviewed.event.zone()?;
    Ok(DraftMovePage::new(
        views::event_summary(&reviewed.event, now)?,
        (&reviewed.meeting, &names, breach.as_ref()),
        zone,
        (&slots, from),
        form,
    ))
}

#[get("/events/{slug}/draft/meetings/{id}/move")]
pub async fn show_draft_move(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(String, String)>,
    query: web::Query<FromQuery>,
) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    let user = viewer.require_user(&req)?.clone();
    let (slug, id) = path.into_inner();
    let from = query.into_inner().from;
    let page = state
        .db
        .read(move |conn| {
            move_page(
                conn,
                &user,
                (&slug, &id, &from),
                (MoveInput::default(), FieldErrors::new()),
                now,
            )
        })
        .await?;
    state.templates.page("meetings/draft_move.html", &viewer, &page)
}

#[post("/events/{slug}/draft/meetings/{id}/move")]
pub async fn move_draft_meeting(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    let user = viewer.require_user(&req)?.clone();
    let MoveForm { input, from } = forms::parse(&body, &[])?;
    let (slug, id) = path.into_inner();
    let (target, which, typed, writer, back_to) = (
        slug.clone(),
        id.clone(),
        input.clone(),
        user.clone(),
        from.clone(),
    );
    let errors = match state
        .db
        .write(move |conn| {
            let moved = review::move_to(conn, &writer, &target, &which, &typed, now)?;
            after_change(&moved, &back_to)
        })
        .await
    {
        Ok(to) => {
            viewer.notice(Message::new("meetings-notice-draft-moved"));
            return Ok(redirect(&to));
        }
        Err(MeetingError::Invalid(errors)) => errors,
        Err(MeetingError::SlotTaken) => {
            crate::domain::fields::one("starts_at", Message::new("meeting-slot-taken"))
        }
        Err(other) => return Err(other.into()),
    };
    let page = state
        .db
        .read(move |conn| move_page(conn, &user, (&slug, &id, &from), (input, errors), now))
        .await?;
    state.templates.page_with_status(
        form_status(&page.errors),
        "meetings/draft_move.html",
        &viewer,
        &page,
    )
}
