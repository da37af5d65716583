//! JSON API, version 1: a video meeting proposed from an enquiry thread,
//! with the services and permissions of `/dashboard/enquiries/{id}/meeting`.
//! A thread the caller is not a party to answers 404; a closed or reported
//! thread, a suspended party or a slot taken meanwhile, 409; fields to
//! correct, 422. The meeting is then an ordinary one of `/api/v1/meetings`.

use actix_web::http::header::LOCATION;
use actix_web::{HttpResponse, get, post, web};
use serde::Deserialize;
use serde_json::Value;
use utoipa::IntoParams;

use super::meetings_api::meeting_location;
use crate::meetings::api_views::{self, ThreadSlotsJson};
use crate::meetings::from_enquiry::{self, ProposalInput};
use crate::meetings::notify::Links;
use crate::meetings::views::{self, AgendaLine};
use crate::web::forms::from_json;
use crate::web::{ApiCaller, AppError, AppState, Problem};

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PlaceQuery {
    /// The slug of an event both parties take part in; absent or empty for
    /// a meeting on its own.
    event: Option<String>,
}

/// Where the caller can propose a video meeting in enquiry thread `id`,
/// and the pair's free slots there (in `event`, or on their own).
#[utoipa::path(
    tag = "meetings",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The enquiry's id"), PlaceQuery),
    responses(
        (status = 200, description = "The events both take part in and the pair's free slots", body = ThreadSlotsJson),
        (status = 404, description = "No such enquiry, the caller is not a party to it, or no such event both take part in with booking open", body = Problem),
        (status = 409, description = "The conversation is closed or reported, or a party is suspended", body = Problem),
    ),
)]
#[get("/enquiries/{id}/meeting-slots")]
pub async fn list_thread_slots(
    state: web::Data<AppState>,
    caller: ApiCaller,
    id: web::Path<String>,
    query: web::Query<PlaceQuery>,
) -> Result<HttpResponse, AppError> {
    let (user, now) = (caller.user, state.clock.now());
    let event = query.into_inner().event;
    let slots = state
        .db
        .read(move |conn| api_views::thread_slots(conn, &user, &id, event.as_deref(), now))
        .await?;
    Ok(HttpResponse::Ok().json(slots))
}

/// Proposes a video meeting in enquiry thread `id`: a request to the other
/// party for the slot starting at `starts_at`, in `event` or on its own,
/// which they answer as any meeting request.
#[utoipa::path(
    tag = "meetings",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The enquiry's id")),
    request_body = ProposalInput,
    responses(
        (status = 201, description = "The meeting requested, at the `Location` header's URL", body = AgendaLine),
        (status = 400, description = "The body is not a JSON object of the fields", body = Problem),
        (status = 404, description = "No such enquiry, or the caller is not a party to it", body = Problem),
        (status = 409, description = "The conversation is closed or reported, a party is suspended, or the slot was taken meanwhile", body = Problem),
        (status = 422, description = "Fields to correct, in `errors`", body = Problem),
    ),
)]
#[post("/enquiries/{id}/meetings")]
pub async fn propose_thread_meeting(
    state: web::Data<AppState>,
    caller: ApiCaller,
    id: web::Path<String>,
    body: web::Json<Value>,
) -> Result<HttpResponse, AppError> {
    let input: ProposalInput = from_json(
        body.into_inner(),
        r#"{"event": "", "starts_at": "2027-03-02T08:30:00Z", "message": "Shall we look at the stoles together?"}"#,
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
            move |conn| from_enquiry::propose(conn, &user, &id, &input, &links, now),
            move |conn, meeting| views::meeting_line(conn, &reader, &meeting.id, now),
        )
        .await?;
    Ok(HttpResponse::Created()
        .insert_header((LOCATION, meeting_location(&meeting.id)))
        .json(meeting))
}
