//! What came of a meeting, for each side: `/dashboard/meetings/{id}/outcome`
//! ("How did it go?") and, 90 days on, `/dashboard/meetings/{id}/follow-up`.
//! The e-mailed links open these pages; only their forms' POST saves.

use actix_web::{HttpRequest, HttpResponse, get, post, web};
use chrono::NaiveDateTime;

use crate::accounts::User;
use crate::db::DbConnection;
use crate::domain::FieldErrors;
use crate::format;
use crate::i18n::Message;
use crate::meetings::outcomes::{
    self, FollowUpInput, HowItWent, Outcome, OutcomeInput, SinceThen, TookPlace, repo as outcomes_repo,
};
use crate::meetings::{MeetingError, from_enquiry, views};
use crate::web::present::meetings::{Choice, FollowUpAnswer, FollowUpPage, OutcomePage, choices};
use crate::web::render::form_status;
use crate::web::{AppError, AppState, Viewer, forms, redirect};

fn outcome_page(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    typed: Option<(OutcomeInput, FieldErrors)>,
    now: NaiveDateTime,
) -> Result<OutcomePage, MeetingError> {
    let (_, me, meeting, saved) = outcomes::own_outcome(conn, user, id)?;
    let other = outcomes::other_side(conn, &me, &meeting)?;
    let threads = outcomes_repo::threads_between(conn, &me, &other)?
        .into_iter()
        .map(|(id, subject, began)| Choice {
            value: id.to_string(),
            label: format!("{subject} (since {})", format::dates::long_day(began.date())),
        })
        .collect();
    let (values, errors) = match (typed, &saved) {
        (Some(typed), _) => typed,
        (None, Some(saved)) => (OutcomeInput::of(conn, saved)?, FieldErrors::new()),
        // A meeting proposed in a thread links that thread unless told otherwise.
        (None, None) => (
            OutcomeInput {
                enquiry_id: from_enquiry::origin(conn, id)?
                    .map(|origin| origin.enquiry_id.to_string())
                    .unwrap_or_default(),
                ..OutcomeInput::default()
            },
            FieldErrors::new(),
        ),
    };
    Ok(OutcomePage {
        meeting: views::meeting_line(conn, user, id, now)?,
        closed: outcomes::not_reportable(&meeting, now),
        took_place: choices(TookPlace::ALL.iter().map(|t| t.as_str()), |name| {
            Message::new("meetings-took-place").with("value", name)
        }),
        results: choices(HowItWent::ALL.iter().map(|r| r.as_str()), |name| {
            Message::new("meetings-how-it-went").with("value", name)
        }),
        threads,
        saved: saved.is_some(),
        values,
        errors,
    })
}

#[get("/meetings/{id}/outcome")]
pub async fn show_outcome(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    let user = viewer.require_user(&req)?.clone();
    let page = state
        .db
        .read(move |conn| outcome_page(conn, &user, &id, None, now))
        .await?;
    state.templates.page("meetings/outcome.html", &viewer, &page)
}

#[post("/meetings/{id}/outcome")]
pub async fn record_outcome(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    id: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    let user = viewer.require_user(&req)?.clone();
    let input: OutcomeInput = forms::parse(&body, &[])?;
    let (id, typed, writer) = (id.into_inner(), input.clone(), user.clone());
    let target = id.clone();
    let errors = match state
        .db
        .write(move |conn| outcomes::record_outcome(conn, &writer, &target, &typed, now))
        .await
    {
        Ok(_) => {
            viewer.notice(Message::new("meetings-notice-outcome-saved"));
            return Ok(redirect(&format!("/dashboard/meetings/{id}")));
        }
        Err(MeetingError::Invalid(errors)) => errors,
        Err(other) => return Err(other.into()),
    };
    let page = state
        .db
        .read(move |conn| outcome_page(conn, &user, &id, Some((input, errors)), now))
        .await?;
    state
        .templates
        .page_with_status(form_status(&page.errors), "meetings/outcome.html", &viewer, &page)
}

fn answer_of(conn: &mut DbConnection, outcome: &Outcome) -> Result<Option<FollowUpAnswer>, MeetingError> {
    let (Some(since), Some(at)) = (outcome.follow_up, outcome.followed_up_at) else {
        return Ok(None);
    };
    let order = match (outcome.order_minor, outcome.order_currency.as_deref()) {
        (Some(minor), Some(code)) => Some(outcomes::money_text(conn, minor, code)?),
        _ => None,
    };
    Ok(Some(FollowUpAnswer {
        since: Message::new("meetings-since-then").with("value", since.as_str()),
        order,
        note: outcome.follow_up_note.clone(),
        given_on: format::dates::long_day(at.date()),
    }))
}

fn follow_up_page(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    typed: Option<(FollowUpInput, FieldErrors)>,
    now: NaiveDateTime,
) -> Result<FollowUpPage, MeetingError> {
    let (_, _, meeting, outcome) = outcomes::own_outcome(conn, user, id)?;
    let answer = match &outcome {
        Some(outcome) => answer_of(conn, outcome)?,
        None => None,
    };
    let (values, errors) = typed.unwrap_or_default();
    Ok(FollowUpPage {
        meeting: views::meeting_line(conn, user, id, now)?,
        closed: outcomes::follow_up_closed(&meeting, outcome.as_ref(), now),
        choices: choices(SinceThen::ALL.iter().map(|s| s.as_str()), |name| {
            Message::new("meetings-since-then").with("value", name)
        }),
        answer,
        values,
        errors,
    })
}

#[get("/meetings/{id}/follow-up")]
pub async fn show_follow_up(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    let user = viewer.require_user(&req)?.clone();
    let page = state
        .db
        .read(move |conn| follow_up_page(conn, &user, &id, None, now))
        .await?;
    state.templates.page("meetings/follow_up.html", &viewer, &page)
}

#[post("/meetings/{id}/follow-up")]
pub async fn record_follow_up(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    id: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    let user = viewer.require_user(&req)?.clone();
    let input: FollowUpInput = forms::parse(&body, &[])?;
    let (id, typed, writer) = (id.into_inner(), input.clone(), user.clone());
    let target = id.clone();
    let errors = match state
        .db
        .write(move |conn| outcomes::record_follow_up(conn, &writer, &target, &typed, now))
        .await
    {
        Ok(_) => {
            viewer.notice(Message::new("meetings-notice-follow-up-saved"));
            return Ok(redirect(&format!("/dashboard/meetings/{id}")));
        }
        Err(MeetingError::Invalid(errors)) => errors,
        Err(other) => return Err(other.into()),
    };
    let page = state
        .db
        .read(move |conn| follow_up_page(conn, &user, &id, Some((input, errors)), now))
        .await?;
    state.templates.page_with_status(
        form_status(&page.errors),
        "meetings/follow_up.html",
        &viewer,
        &page,
    )
}
