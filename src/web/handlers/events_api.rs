//! JSON API, version 1: buyer-seller meets and taking part in them, with the
//! services and permissions of the pages. Organisers create, change and
//! publish their events and decide who takes part (another role is 403,
//! another organiser's event 404); producers apply and buyers register, and
//! each sets the hours they meet in, on their own clock. Booking is in
//! `meetings_api`.

use actix_web::http::header::LOCATION;
use actix_web::{HttpResponse, get, patch, post, put, web};
use chrono::{DateTime, NaiveDate, NaiveDateTime, Timelike, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};
use utoipa::ToSchema;

use crate::accounts::{Role, User};
use crate::db::DbConnection;
use crate::domain::Checks;
use crate::i18n::Message;
use crate::meetings::api_views::{EventJson, ParticipationJson};
use crate::meetings::audience::CoHost;
use crate::meetings::events::{self, EventInput};
use crate::meetings::model::Event;
use crate::meetings::notify::Links;
use crate::meetings::participation::{self, Decision, ParticipationInput};
use crate::meetings::views::{EventSummary, ParticipantCard};
use crate::meetings::{MeetingError, api_views, repo, schedule, views};
use crate::web::forms::{from_json, optional_json};
use crate::web::{ApiCaller, AppError, AppState, OptionalApiCaller, Problem};

const EVENT_EXAMPLE: &str = r#"{"title": "Silk and stoles meet", "description": "…", "time_zone": "Asia/Kolkata", "first_day": "2027-03-02", "days": 2, "window_start": "14:00", "window_end": "18:00", "breaks": "16:00-16:30", "slot_minutes": 20, "gap_minutes": 10, "booking_opens": "2027-02-01T09:00:00Z", "booking_closes": "2027-03-01T18:00+05:30", "request_mode": "accept", "request_expiry_minutes": 1440, "daily_cap": 8, "approval": "organiser"}"#;

/// How the event form writes a local time; the domain reads booking times so.
const LOCAL_TIME: &str = "%Y-%m-%dT%H:%M";

fn organiser(caller: &ApiCaller) -> Result<User, AppError> {
    caller.require_role(Role::Organiser).cloned()
}

fn event_location(slug: &str) -> String {
    format!("/api/v1/events/{slug}")
}

#[derive(Serialize, ToSchema)]
struct EventList {
    events: Vec<EventSummary>,
}

/// Published events that are not over, soonest first.
#[utoipa::path(
    tag = "events",
    responses((status = 200, description = "The events", body = EventList)),
)]
#[get("/events")]
pub async fn list_events(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    let events = state.db.read(move |conn| views::public_events(conn, now)).await?;
    let events: Vec<_> = events.into_iter().map(|(event, _)| event).collect();
    Ok(HttpResponse::Ok().json(EventList { events }))
}

/// An event with its settings and programme; a draft only for its organisers.
#[utoipa::path(
    tag = "events",
    security((), ("bearer" = [])),
    params(("slug" = String, Path, description = "The event's slug")),
    responses(
        (status = 200, description = "The event, its programme on the caller's clock", body = EventJson),
        (status = 404, description = "No such event the caller may see", body = Problem),
    ),
)]
#[get("/events/{slug}")]
pub async fn show_event(
    state: web::Data<AppState>,
    caller: OptionalApiCaller,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (user, now) = (caller.user, state.clock.now());
    let event = state
        .db
        .read(move |conn| api_views::visible_event(conn, user.as_ref(), &slug, now))
        .await?;
    Ok(HttpResponse::Ok().json(event))
}

/// Booking opens and closes at times the domain reads on the event's clock
/// ("2027-03-01T09:00"); an instant sent in RFC 3339 is turned into that.
fn booking_times_on_event_clock(input: &mut EventInput) -> Result<(), AppError> {
    // An unknown zone is named by the event's own checks; reading the
    // instants in UTC meanwhile keeps that the only complaint.
    let zone = input.time_zone.trim().parse::<Tz>().unwrap_or(Tz::UTC);
    let mut checks = Checks::new();
    for (field, value) in [
        ("booking_opens", &mut input.booking_opens),
        ("booking_closes", &mut input.booking_closes),
    ] {
        let Ok(instant) = DateTime::parse_from_rfc3339(value.trim()) else {
            continue;
        };
        let local = instant.with_timezone(&zone).naive_local();
        if local.second() != 0 || local.nanosecond() != 0 {
            checks.fail(field, Message::new("form-give-whole-minute-without"));
        } else if schedule::resolve(zone, local) != Some(instant.with_timezone(&Utc)) {
            // The domain takes a repeated local time at its first occurrence.
            checks.fail(field, Message::new("form-event-s-clocks-show"));
        } else {
            *value = local.format(LOCAL_TIME).to_string();
        }
    }
    checks.finish().map_err(AppError::Invalid)
}

/// Creates a draft from the event form's fields.
#[utoipa::path(
    tag = "events",
    security(("bearer" = [])),
    request_body = EventInput,
    responses(
        (status = 201, description = "The draft, at the `Location` header's URL", body = EventJson),
        (status = 400, description = "The body is not a JSON object of the fields", body = Problem),
        (status = 403, description = "The caller is not an organiser", body = Problem),
        (status = 422, description = "Fields to correct, in `errors`", body = Problem),
    ),
)]
#[post("/events")]
pub async fn create_event(
    state: web::Data<AppState>,
    caller: ApiCaller,
    body: web::Json<Value>,
) -> Result<HttpResponse, AppError> {
    let user = organiser(&caller)?;
    let mut input: EventInput = from_json(body.into_inner(), EVENT_EXAMPLE)?;
    booking_times_on_event_clock(&mut input)?;
    let now = state.clock.now();
    let event = state
        .db
        .write(move |conn| {
            let event = events::create_event(conn, &user, &input, now)?;
            api_views::event_json(conn, &event, Some(&user), now)
        })
        .await?;
    Ok(HttpResponse::Created()
        .insert_header((LOCATION, event_location(&event.summary.slug)))
        .json(event))
}

/// The event's settings with `changes` replacing the fields they name.
/// Booking times left out stay the same instants, even in a new zone.
fn changed_settings(
    event: &Event,
    co_hosts: &[CoHost],
    changes: Map<String, Value>,
) -> Result<EventInput, AppError> {
    let Value::Object(mut fields) = serde_json::to_value(EventInput::from_event(event, co_hosts))
        .map_err(|e| AppError::Internal(e.into()))?
    else {
        return Err(AppError::Internal(anyhow::anyhow!(
            "the event form's fields are not a JSON object"
        )));
    };
    for (field, at) in [
        ("booking_opens", event.booking_opens_at),
        ("booking_closes", event.booking_closes_at),
    ] {
        fields.insert(field.into(), json!(at.and_utc().to_rfc3339()));
    }
    fields.extend(changes);
    let mut input: EventInput = from_json(Value::Object(fields), EVENT_EXAMPLE)?;
    booking_times_on_event_clock(&mut input)?;
    Ok(input)
}

/// Changes the fields sent; the others keep their values.
#[utoipa::path(
    tag = "events",
    security(("bearer" = [])),
    params(("slug" = String, Path, description = "The event's slug")),
    request_body(content = EventInput, description = "The fields to change, named as in the event form"),
    responses(
        (status = 200, description = "The event as changed", body = EventJson),
        (status = 400, description = "The body is not a JSON object of the fields", body = Problem),
        (status = 403, description = "The caller is not an organiser", body = Problem),
        (status = 404, description = "No such event, or not one the caller organises", body = Problem),
        (status = 409, description = "The event's state does not allow the change, or it changed meanwhile", body = Problem),
        (status = 422, description = "Fields to correct, in `errors`", body = Problem),
    ),
)]
#[patch("/events/{slug}")]
pub async fn update_event(
    state: web::Data<AppState>,
    caller: ApiCaller,
    slug: web::Path<String>,
    body: web::Json<Value>,
) -> Result<HttpResponse, AppError> {
    let user = organiser(&caller)?;
    let Value::Object(changes) = body.into_inner() else {
        return Err(AppError::BadRequest(
            Message::new("error-json-changes").with("example", EVENT_EXAMPLE),
        ));
    };
    let now = state.clock.now();
    let event = state
        .db
        .write(move |conn| {
            let event = events::organised(conn, &user, &slug)?;
            let co_hosts = repo::co_hosts_of(conn, &event.id)?;
            let input = changed_settings(&event, &co_hosts, changes)?;
            let event = events::update_event(conn, &user, &slug, &input, now)?;
            Ok::<_, AppError>(api_views::event_json(conn, &event, Some(&user), now)?)
        })
        .await?;
    Ok(HttpResponse::Ok().json(event))
}

/// Publishes a draft: producers may apply and buyers register.
#[utoipa::path(
    tag = "events",
    security(("bearer" = [])),
    params(("slug" = String, Path, description = "The event's slug")),
    responses(
        (status = 200, description = "The event, published", body = EventJson),
        (status = 403, description = "The caller is not an organiser", body = Problem),
        (status = 404, description = "No such event, or not one the caller organises", body = Problem),
        (status = 409, description = "The event is not a draft, or changed meanwhile", body = Problem),
        (status = 422, description = "What the event still lacks, in `errors`", body = Problem),
    ),
)]
#[post("/events/{slug}/publish")]
pub async fn publish_event(
    state: web::Data<AppState>,
    caller: ApiCaller,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let user = organiser(&caller)?;
    let now = state.clock.now();
    let event = state
        .db
        .write(move |conn| {
            let event = events::publish_event(conn, &user, &slug, now)?;
            api_views::event_json(conn, &event, Some(&user), now)
        })
        .await?;
    Ok(HttpResponse::Ok().json(event))
}

/// A producer applies with `products` (ids of their published listings)
/// and a `pitch`; a buyer registers with a `pitch`.
#[utoipa::path(
    tag = "events",
    security(("bearer" = [])),
    params(("slug" = String, Path, description = "The event's slug")),
    request_body = ParticipationInput,
    responses(
        (status = 201, description = "The caller's place in the event, at the `Location` header's URL", body = ParticipationJson),
        (status = 400, description = "The body is not a JSON object of the fields", body = Problem),
        (status = 404, description = "No such published event", body = Problem),
        (status = 409, description = "The caller's role cannot take part, takes part already, or registration is closed", body = Problem),
        (status = 422, description = "Fields to correct, in `errors`", body = Problem),
    ),
)]
#[post("/events/{slug}/participation")]
pub async fn take_part(
    state: web::Data<AppState>,
    caller: ApiCaller,
    slug: web::Path<String>,
    body: web::Json<Value>,
) -> Result<HttpResponse, AppError> {
    let input: ParticipationInput = from_json(
        body.into_inner(),
        r#"{"pitch": "Handwoven Banarasi silk…", "products": ["0190…"]}"#,
    )?;
    let (user, links, now) = (
        caller.user,
        Links::from_settings(&state.settings),
        state.clock.now(),
    );
    let slug = slug.into_inner();
    let target = slug.clone();
    let taking_part = state
        .db
        .write(move |conn| {
            participation::take_part(conn, &user, &target, &input, &links, now)?;
            api_views::participation(conn, &user, &target)
        })
        .await?;
    Ok(HttpResponse::Created()
        .insert_header((LOCATION, format!("{}/participation", event_location(&slug))))
        .json(taking_part))
}

/// The caller's own place in the event: status, and hours.
#[utoipa::path(
    tag = "events",
    security(("bearer" = [])),
    params(("slug" = String, Path, description = "The event's slug")),
    responses(
        (status = 200, description = "The caller's place in the event", body = ParticipationJson),
        (status = 404, description = "No such event, or the caller does not take part", body = Problem),
    ),
)]
#[get("/events/{slug}/participation")]
pub async fn show_participation(
    state: web::Data<AppState>,
    caller: ApiCaller,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let user = caller.user;
    let taking_part = state
        .db
        .read(move |conn| api_views::participation(conn, &user, &slug))
        .await?;
    Ok(HttpResponse::Ok().json(taking_part))
}

#[derive(Serialize, ToSchema)]
struct ParticipantList {
    participants: Vec<ParticipantCard>,
}

/// The participants the caller may meet, or, for the event's organisers, every one.
#[utoipa::path(
    tag = "events",
    security(("bearer" = [])),
    params(("slug" = String, Path, description = "The event's slug")),
    responses(
        (status = 200, description = "The participants", body = ParticipantList),
        (status = 404, description = "No such event, or the caller neither organises nor takes part", body = Problem),
    ),
)]
#[get("/events/{slug}/participants")]
pub async fn list_participants(
    state: web::Data<AppState>,
    caller: ApiCaller,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let user = caller.user;
    let participants = state
        .db
        .read(move |conn| api_views::participants(conn, &user, &slug))
        .await?;
    Ok(HttpResponse::Ok().json(ParticipantList { participants }))
}

#[derive(Deserialize, Default, ToSchema)]
#[serde(default)]
struct DecisionNote {
    /// Sent to the participant in the e-mail about the decision.
    note: String,
    /// An approved buyer the organisers host.
    hosted: bool,
}

/// An organiser's decision on a participant, with the optional note the
/// e-mail to them carries; answers with the participant.
async fn decide(
    state: &AppState,
    caller: &ApiCaller,
    (slug, id): (String, String),
    body: &[u8],
    approve: bool,
) -> Result<HttpResponse, AppError> {
    let user = organiser(caller)?;
    let DecisionNote { note, hosted } =
        optional_json(body, r#"{"note": "See you there.", "hosted": false}"#)?;
    let (links, now) = (Links::from_settings(&state.settings), state.clock.now());
    let participant = state
        .db
        .write(move |conn| {
            let decision = Decision {
                approve,
                note,
                hosted,
            };
            let decided = participation::decide(conn, &user, (&slug, &id), &decision, &links, now)?;
            views::participant_card(conn, &decided)
        })
        .await?;
    Ok(HttpResponse::Ok().json(participant))
}

/// Approves a participant, with an optional note for the e-mail to them.
#[utoipa::path(
    tag = "events",
    security(("bearer" = [])),
    params(
        ("slug" = String, Path, description = "The event's slug"),
        ("id" = String, Path, description = "The participant's id"),
    ),
    request_body(content = Option<DecisionNote>, description = "Optional; an empty body is no note"),
    responses(
        (status = 200, description = "The participant as decided", body = ParticipantCard),
        (status = 400, description = "The body is not a JSON object of the fields", body = Problem),
        (status = 403, description = "The caller is not an organiser", body = Problem),
        (status = 404, description = "No such event the caller organises, or no such participant", body = Problem),
        (status = 409, description = "Already decided, or changed meanwhile", body = Problem),
        (status = 422, description = "Fields to correct, in `errors`", body = Problem),
    ),
)]
#[post("/events/{slug}/participants/{id}/approve")]
pub async fn approve_participant(
    state: web::Data<AppState>,
    caller: ApiCaller,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    decide(&state, &caller, path.into_inner(), &body, true).await
}

/// Declines a participant, with an optional note for the e-mail to them.
#[utoipa::path(
    tag = "events",
    security(("bearer" = [])),
    params(
        ("slug" = String, Path, description = "The event's slug"),
        ("id" = String, Path, description = "The participant's id"),
    ),
    request_body(content = Option<DecisionNote>, description = "Optional; an empty body is no note"),
    responses(
        (status = 200, description = "The participant as decided", body = ParticipantCard),
        (status = 400, description = "The body is not a JSON object of the fields", body = Problem),
        (status = 403, description = "The caller is not an organiser", body = Problem),
        (status = 404, description = "No such event the caller organises, or no such participant", body = Problem),
        (status = 409, description = "Already decided, or changed meanwhile", body = Problem),
        (status = 422, description = "Fields to correct, in `errors`", body = Problem),
    ),
)]
#[post("/events/{slug}/participants/{id}/decline")]
pub async fn decline_participant(
    state: web::Data<AppState>,
    caller: ApiCaller,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    decide(&state, &caller, path.into_inner(), &body, false).await
}

const AVAILABILITY_EXAMPLE: &str =
    r#"{"time_zone": "Europe/Berlin", "days": [{"date": "2027-03-02", "start": "09:00", "end": "17:00"}]}"#;

#[derive(Deserialize, ToSchema)]
struct Availability {
    /// The IANA zone the hours are on, e.g. `Europe/Berlin`.
    #[serde(default)]
    time_zone: String,
    #[serde(default)]
    days: Vec<DayHours>,
}

#[derive(Deserialize, ToSchema)]
#[schema(as = HoursOnDay)]
struct DayHours {
    /// An event day, `YYYY-MM-DD` on the event's calendar.
    #[serde(default)]
    date: String,
    #[serde(default)]
    start: String,
    #[serde(default)]
    end: String,
}

/// Sets the caller's hours on one event day, naming the day in any
/// complaint about it.
fn set_day_hours(
    conn: &mut DbConnection,
    user: &User,
    slug: &str,
    day: &DayHours,
    time_zone: &str,
    now: NaiveDateTime,
) -> Result<(), AppError> {
    let result = match NaiveDate::parse_from_str(day.date.trim(), "%Y-%m-%d") {
        Ok(date) => participation::set_hours(
            conn,
            user,
            slug,
            Some(date),
            (&day.start, &day.end),
            time_zone,
            now,
        ),
        Err(_) => Err(MeetingError::field(
            "day",
            Message::new("form-day-write-date-yyyy"),
        )),
    };
    match result {
        Err(MeetingError::Invalid(errors)) => Err(AppError::Invalid(
            errors
                .into_iter()
                .map(|(field, message)| match field {
                    "time_zone" => (field, message),
                    _ => (
                        "days",
                        Message::new("meeting-api-hours-day")
                            .with("date", day.date.as_str())
                            .with("start", day.start.as_str())
                            .with("end", day.end.as_str())
                            .with("problem", message.in_locale(crate::i18n::current())),
                    ),
                })
                .collect(),
        )),
        other => Ok(other?),
    }
}

/// The caller's hours on event days, on their own clock in `time_zone`;
/// all are set or, when one is refused, none.
#[utoipa::path(
    tag = "events",
    security(("bearer" = [])),
    params(("slug" = String, Path, description = "The event's slug")),
    request_body = Availability,
    responses(
        (status = 200, description = "The caller's place in the event with the hours", body = ParticipationJson),
        (status = 400, description = "The body is not a JSON object of the fields", body = Problem),
        (status = 404, description = "No such event, or the caller does not take part", body = Problem),
        (status = 409, description = "The caller's participation or the event's state does not allow it", body = Problem),
        (status = 422, description = "Fields to correct, in `errors`", body = Problem),
    ),
)]
#[put("/events/{slug}/availability")]
pub async fn set_availability(
    state: web::Data<AppState>,
    caller: ApiCaller,
    slug: web::Path<String>,
    body: web::Json<Value>,
) -> Result<HttpResponse, AppError> {
    let Availability { time_zone, days } = serde_json::from_value(body.into_inner()).map_err(|e| {
        AppError::BadRequest(
            Message::new("error-json-hours")
                .with("example", AVAILABILITY_EXAMPLE)
                .with("error", e.to_string()),
        )
    })?;
    if days.is_empty() {
        return Err(AppError::Invalid(crate::domain::fields::one(
            "days",
            Message::new("meeting-api-hours-needed"),
        )));
    }
    let (user, now) = (caller.user, state.clock.now());
    let taking_part = state
        .db
        .write(move |conn| {
            for day in &days {
                set_day_hours(conn, &user, &slug, day, &time_zone, now)?;
            }
            Ok::<_, AppError>(api_views::participation(conn, &user, &slug)?)
        })
        .await?;
    Ok(HttpResponse::Ok().json(taking_part))
}
