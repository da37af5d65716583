//! JSON API, version 1: booking meetings at buyer-seller meets and
//! answering them, with the services and permissions of the booking page
//! and the agenda. A meeting the caller is not part of answers 404; a change
//! its state or the caller's side forbids (accepting one's own request, a
//! second acceptance, a taken slot), 409.

use actix_web::http::header::LOCATION;
use actix_web::{HttpResponse, get, post, web};
use chrono::NaiveDateTime;
use serde::Deserialize;
use serde_json::Value;
use utoipa::{IntoParams, ToSchema};

use crate::accounts::User;
use crate::db::DbConnection;
use crate::i18n::Message;
use crate::meetings::api_views::{MyMeetings, PairSlotsJson};
use crate::meetings::booking::{self, ProposalInput, RequestInput};
use crate::meetings::model::Meeting;
use crate::meetings::notify::Links;
use crate::meetings::views::AgendaLine;
use crate::meetings::{MeetingError, api_views, views};
use crate::web::forms::{from_json, optional_json};
use crate::web::{ApiCaller, AppError, AppState, Problem};

pub(super) fn meeting_location(id: &str) -> String {
    format!("/api/v1/meetings/{id}")
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct WithQuery {
    /// The participant id of the one to meet.
    with: Option<String>,
}

/// The free slots of the caller and participant `with`, on both clocks.
#[utoipa::path(
    tag = "meetings",
    security(("bearer" = [])),
    params(("slug" = String, Path, description = "The event's slug"), WithQuery),
    responses(
        (status = 200, description = "The pair's free slots", body = PairSlotsJson),
        (status = 404, description = "No such event or participant, or the caller does not take part", body = Problem),
        (status = 409, description = "The caller or the other participant is not approved, or both are on one side", body = Problem),
        (status = 422, description = "`with` is missing", body = Problem),
    ),
)]
#[get("/events/{slug}/slots")]
pub async fn list_slots(
    state: web::Data<AppState>,
    caller: ApiCaller,
    slug: web::Path<String>,
    query: web::Query<WithQuery>,
) -> Result<HttpResponse, AppError> {
    let Some(with) = query.into_inner().with.filter(|w| !w.trim().is_empty()) else {
        return Err(MeetingError::field("with", Message::new("meeting-api-with-needed")).into());
    };
    let (user, now) = (caller.user, state.clock.now());
    let slots = state
        .db
        .read(move |conn| api_views::pair_slots(conn, &user, &slug, with.trim(), now))
        .await?;
    Ok(HttpResponse::Ok().json(slots))
}

/// Asks participant `with` for a meeting in the slot starting at
/// `starts_at`; answers with the meeting as the caller sees it.
#[utoipa::path(
    tag = "meetings",
    security(("bearer" = [])),
    params(("slug" = String, Path, description = "The event's slug")),
    request_body = RequestInput,
    responses(
        (status = 201, description = "The meeting requested, at the `Location` header's URL", body = AgendaLine),
        (status = 400, description = "The body is not a JSON object of the fields", body = Problem),
        (status = 404, description = "No such event or participant, or the caller does not take part", body = Problem),
        (status = 409, description = "The slot is taken, booking is closed, or the pair cannot meet", body = Problem),
        (status = 422, description = "Fields to correct, in `errors`", body = Problem),
    ),
)]
#[post("/events/{slug}/meetings")]
pub async fn request_meeting(
    state: web::Data<AppState>,
    caller: ApiCaller,
    slug: web::Path<String>,
    body: web::Json<Value>,
) -> Result<HttpResponse, AppError> {
    let input: RequestInput = from_json(
        body.into_inner(),
        r#"{"with": "0190…", "starts_at": "2027-03-02T08:30:00Z", "message": "…", "products": ["0190…"]}"#,
    )?;
    let (user, links, now) = (
        caller.user,
        Links::from_settings(&state.settings),
        state.clock.now(),
    );
    let reader = user.clone();
    let meeting = state
        .db
        .write_answering(
            move |conn| booking::request_meeting(conn, &user, &slug, &input, &links, now),
            move |conn, meeting| views::meeting_line(conn, &reader, &meeting.id, now),
        )
        .await?;
    Ok(HttpResponse::Created()
        .insert_header((LOCATION, meeting_location(&meeting.id)))
        .json(meeting))
}

/// A meeting the caller takes part in, on their clock and the other side's.
#[utoipa::path(
    tag = "meetings",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The meeting's id")),
    responses(
        (status = 200, description = "The meeting", body = AgendaLine),
        (status = 404, description = "No such meeting, or the caller does not take part in it", body = Problem),
    ),
)]
#[get("/meetings/{id}")]
pub async fn show_meeting(
    state: web::Data<AppState>,
    caller: ApiCaller,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (user, now) = (caller.user, state.clock.now());
    let meeting = state
        .db
        .read(move |conn| views::meeting_line(conn, &user, &id, now))
        .await?;
    Ok(HttpResponse::Ok().json(meeting))
}

/// The caller's meetings in every event: upcoming, requests received and
/// sent, and the past.
#[utoipa::path(
    tag = "meetings",
    security(("bearer" = [])),
    responses((status = 200, description = "The caller's meetings", body = MyMeetings)),
)]
#[get("/me/meetings")]
pub async fn list_my_meetings(
    state: web::Data<AppState>,
    caller: ApiCaller,
) -> Result<HttpResponse, AppError> {
    let (user, now) = (caller.user, state.clock.now());
    let meetings = state
        .db
        .read(move |conn| api_views::my_meetings(conn, &user, now))
        .await?;
    Ok(HttpResponse::Ok().json(meetings))
}

/// Changes a meeting the caller takes part in and answers with the meeting
/// as they now see it, in one transaction.
async fn answer(
    state: &AppState,
    caller: ApiCaller,
    id: String,
    change: impl FnOnce(&mut DbConnection, &User, &str, &Links, NaiveDateTime) -> Result<Meeting, MeetingError>
    + Send
    + 'static,
) -> Result<HttpResponse, AppError> {
    let (user, links, now) = (
        caller.user,
        Links::from_settings(&state.settings),
        state.clock.now(),
    );
    let reader = user.clone();
    let meeting = state
        .db
        .write_answering(
            move |conn| change(conn, &user, &id, &links, now),
            move |conn, meeting| views::meeting_line(conn, &reader, &meeting.id, now),
        )
        .await?;
    Ok(HttpResponse::Ok().json(meeting))
}

#[derive(Deserialize, Default, ToSchema)]
#[serde(default)]
struct Reason {
    /// Told to the other side.
    reason: String,
}

const REASON_EXAMPLE: &str = r#"{"reason": "Our flight was moved."}"#;

/// The recipient accepts a request: both sides get the invitation.
#[utoipa::path(
    tag = "meetings",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The meeting's id")),
    responses(
        (status = 200, description = "The meeting as the caller now sees it", body = AgendaLine),
        (status = 404, description = "No such meeting, or the caller does not take part in it", body = Problem),
        (status = 409, description = "Only the recipient accepts a waiting request; or it changed meanwhile, or the slot is taken", body = Problem),
    ),
)]
#[post("/meetings/{id}/accept")]
pub async fn accept_meeting(
    state: web::Data<AppState>,
    caller: ApiCaller,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    answer(&state, caller, id.into_inner(), booking::accept).await
}

/// The recipient declines a request, with an optional `reason`.
#[utoipa::path(
    tag = "meetings",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The meeting's id")),
    request_body(content = Option<Reason>, description = "Optional; an empty body gives no reason"),
    responses(
        (status = 200, description = "The meeting as the caller now sees it", body = AgendaLine),
        (status = 400, description = "The body is not a JSON object of the fields", body = Problem),
        (status = 404, description = "No such meeting, or the caller does not take part in it", body = Problem),
        (status = 409, description = "Only the recipient declines a waiting request; or it changed meanwhile", body = Problem),
    ),
)]
#[post("/meetings/{id}/decline")]
pub async fn decline_meeting(
    state: web::Data<AppState>,
    caller: ApiCaller,
    id: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let Reason { reason } = optional_json(&body, REASON_EXAMPLE)?;
    answer(
        &state,
        caller,
        id.into_inner(),
        move |conn, user, id, links, now| booking::decline(conn, user, id, &reason, links, now),
    )
    .await
}

/// Either side cancels an accepted meeting, or the requester withdraws a
/// request, with an optional `reason`.
#[utoipa::path(
    tag = "meetings",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The meeting's id")),
    request_body(content = Option<Reason>, description = "Optional; an empty body gives no reason"),
    responses(
        (status = 200, description = "The meeting as the caller now sees it", body = AgendaLine),
        (status = 400, description = "The body is not a JSON object of the fields", body = Problem),
        (status = 404, description = "No such meeting, or the caller does not take part in it", body = Problem),
        (status = 409, description = "The meeting is over, or already cancelled or declined, or changed meanwhile", body = Problem),
    ),
)]
#[post("/meetings/{id}/cancel")]
pub async fn cancel_meeting(
    state: web::Data<AppState>,
    caller: ApiCaller,
    id: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let Reason { reason } = optional_json(&body, REASON_EXAMPLE)?;
    answer(
        &state,
        caller,
        id.into_inner(),
        move |conn, user, id, links, now| booking::cancel(conn, user, id, &reason, links, now),
    )
    .await
}

/// Either side proposes another slot (`starts_at`, RFC 3339): a waiting
/// request moves at once and goes to the other side; an accepted meeting
/// keeps its time until the other side takes the move (`/accept-move`) or
/// either keeps the time (`/keep-time`).
#[utoipa::path(
    tag = "meetings",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The meeting's id")),
    request_body = ProposalInput,
    responses(
        (status = 200, description = "The meeting as the caller now sees it", body = AgendaLine),
        (status = 400, description = "The body is not a JSON object of the fields", body = Problem),
        (status = 422, description = "Fields to correct, in `errors`", body = Problem),
        (status = 404, description = "No such meeting, or the caller does not take part in it", body = Problem),
        (status = 409, description = "The meeting cannot be moved, or the slot is taken, or it changed meanwhile", body = Problem),
    ),
)]
#[post("/meetings/{id}/propose")]
pub async fn propose_time(
    state: web::Data<AppState>,
    caller: ApiCaller,
    id: web::Path<String>,
    body: web::Json<Value>,
) -> Result<HttpResponse, AppError> {
    let input: ProposalInput = from_json(body.into_inner(), r#"{"starts_at": "2027-03-02T09:00:00Z"}"#)?;
    answer(
        &state,
        caller,
        id.into_inner(),
        move |conn, user, id, links, now| booking::propose(conn, user, id, &input, links, now),
    )
    .await
}

/// The side a move was proposed to takes the new time; both get the
/// updated invitation (same UID, SEQUENCE raised).
#[utoipa::path(
    tag = "meetings",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The meeting's id")),
    responses(
        (status = 200, description = "The meeting as the caller now sees it", body = AgendaLine),
        (status = 404, description = "No such meeting, or the caller does not take part in it", body = Problem),
        (status = 409, description = "No move was proposed to the caller, or the slot is taken, or it changed meanwhile", body = Problem),
    ),
)]
#[post("/meetings/{id}/accept-move")]
pub async fn accept_move(
    state: web::Data<AppState>,
    caller: ApiCaller,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    answer(&state, caller, id.into_inner(), booking::accept_move).await
}

/// Either side keeps the meeting's time; the proposed slot is free again.
#[utoipa::path(
    tag = "meetings",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The meeting's id")),
    responses(
        (status = 200, description = "The meeting as the caller now sees it", body = AgendaLine),
        (status = 404, description = "No such meeting, or the caller does not take part in it", body = Problem),
        (status = 409, description = "No move is waiting, or it changed meanwhile", body = Problem),
    ),
)]
#[post("/meetings/{id}/keep-time")]
pub async fn keep_time(
    state: web::Data<AppState>,
    caller: ApiCaller,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    answer(&state, caller, id.into_inner(), booking::keep_time).await
}

/// The meeting's calendar entry as it stands: `METHOD:REQUEST` once
/// accepted, `METHOD:CANCEL` once cancelled, with the UID and SEQUENCE of
/// the e-mailed invitations.
#[utoipa::path(
    tag = "meetings",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The meeting's id")),
    responses(
        (status = 200, description = "The iCalendar entry", content_type = "text/calendar", body = String),
        (status = 404, description = "No such meeting, or the caller does not take part in it", body = Problem),
        (status = 409, description = "The meeting was never accepted, so there is no entry", body = Problem),
    ),
)]
#[get("/meetings/{id}/invite.ics")]
pub async fn show_invite(
    state: web::Data<AppState>,
    caller: ApiCaller,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (user, links) = (caller.user, Links::from_settings(&state.settings));
    let invite = state
        .db
        .read(move |conn| api_views::invitation(conn, &user, &id, &links))
        .await?;
    Ok(HttpResponse::Ok()
        .content_type(invite.content_type())
        .body(invite.to_ics()))
}
