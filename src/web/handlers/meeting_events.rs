//! Organisers' pages under `/dashboard/events`: their events, the event form
//! (new and edit), publishing and cancelling, and the participants to
//! approve or decline. Only an event's owner and co-organisers reach it.

use actix_web::{HttpRequest, HttpResponse, get, post, web};
use chrono::NaiveDateTime;
use serde::Deserialize;
use serde_json::json;

use crate::accounts::{Role, User};
use crate::catalogue::repo as catalogue_repo;
use crate::db::{DbConnection, DbError};
use crate::directory::repo as directory_repo;
use crate::domain::FieldErrors;
use crate::i18n::Message;
use crate::meetings::banner::{self, Banner};
use crate::meetings::events::{self, EventInput};
use crate::meetings::notify::Links;
use crate::meetings::participation::{self, Decision};
use crate::meetings::{MeetingError, repo, views};
use crate::web::present::meetings::{BannerView, EventFormPage, ManagePage, Places};
use crate::web::render::form_status;
use crate::web::{AppError, AppState, Viewer, forms, multipart, redirect};

fn organiser<'a>(viewer: &'a Viewer, req: &HttpRequest) -> Result<&'a User, AppError> {
    viewer.require_role(req, Role::Organiser)
}

#[get("/events")]
pub async fn list_my_events(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    let user = organiser(&viewer, &req)?.clone();
    let events = state
        .db
        .read(move |conn| {
            repo::events_organised_by(conn, &user.id)?
                .iter()
                .map(|e| views::event_summary(e, now))
                .collect::<Result<Vec<_>, MeetingError>>()
        })
        .await?;
    state
        .templates
        .page("meetings/my_events.html", &viewer, &json!({ "events": events }))
}

/// The directory's countries, states and districts the event form lists.
fn places(conn: &mut DbConnection) -> Result<Places, DbError> {
    Ok(Places {
        countries: directory_repo::all_countries(conn)?,
        states: directory_repo::all_states(conn)?,
        districts: catalogue_repo::all_districts(conn)?,
    })
}

#[get("/events/new")]
pub async fn new_event(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    organiser(&viewer, &req)?;
    let places = state.db.read(places).await?;
    state.templates.page(
        "meetings/event_form.html",
        &viewer,
        &EventFormPage::blank(now, places),
    )
}

#[post("/events")]
pub async fn create_event(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    let user = organiser(&viewer, &req)?.clone();
    let input: EventInput = forms::parse(
        &body,
        &["sectors", "buyer_countries", "focus_states", "focus_districts"],
    )?;
    let typed = input.clone();
    match state
        .db
        .write(move |conn| events::create_event(conn, &user, &typed, now))
        .await
    {
        Ok(event) => {
            viewer.notice(Message::new("meetings-notice-event-drafted"));
            Ok(redirect(&format!("/dashboard/events/{}", event.slug)))
        }
        Err(MeetingError::Invalid(errors)) => {
            let page = EventFormPage::new(None, input, errors, state.db.read(places).await?);
            state.templates.page_with_status(
                form_status(&page.errors),
                "meetings/event_form.html",
                &viewer,
                &page,
            )
        }
        Err(other) => Err(other.into()),
    }
}

/// The organiser's page of an event; `form` is what was sent back with its
/// errors, `banner_error` why an uploaded banner was refused.
fn manage_page(
    conn: &mut DbConnection,
    user: &User,
    slug: &str,
    form: Option<(EventInput, FieldErrors)>,
    banner_error: Option<Message>,
    now: NaiveDateTime,
) -> Result<ManagePage, MeetingError> {
    let event = events::organised(conn, user, slug)?;
    let participants = repo::participants_of(conn, &event.id, None, None)?;
    let co_hosts = repo::co_hosts_of(conn, &event.id)?;
    let (values, errors) =
        form.unwrap_or_else(|| (EventInput::from_event(&event, &co_hosts), FieldErrors::new()));
    Ok(ManagePage {
        event: views::event_summary(&event, now)?,
        banner: banner::banner_of(conn, &event.id)?.map(BannerView::from),
        banner_error,
        form: EventFormPage::new(Some(event.slug.clone()), values, errors, places(conn)?),
        participants: views::participant_cards(conn, &participants)?,
    })
}

#[get("/events/{slug}")]
pub async fn manage_event(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    let user = organiser(&viewer, &req)?.clone();
    let page = state
        .db
        .read(move |conn| manage_page(conn, &user, &slug, None, None, now))
        .await?;
    state.templates.page("meetings/manage.html", &viewer, &page)
}

#[post("/events/{slug}")]
pub async fn update_event(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    slug: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    let user = organiser(&viewer, &req)?.clone();
    let input: EventInput = forms::parse(
        &body,
        &["sectors", "buyer_countries", "focus_states", "focus_districts"],
    )?;
    let (slug, typed, writer) = (slug.into_inner(), input.clone(), user.clone());
    let target = slug.clone();
    match state
        .db
        .write(move |conn| events::update_event(conn, &writer, &target, &typed, now))
        .await
    {
        Ok(_) => {
            viewer.notice(Message::new("meetings-notice-event-saved"));
            Ok(redirect(&format!("/dashboard/events/{slug}")))
        }
        Err(MeetingError::Invalid(errors)) => {
            let page = state
                .db
                .read(move |conn| manage_page(conn, &user, &slug, Some((input, errors)), None, now))
                .await?;
            state.templates.page_with_status(
                form_status(&page.form.errors),
                "meetings/manage.html",
                &viewer,
                &page,
            )
        }
        Err(other) => Err(other.into()),
    }
}

#[post("/events/{slug}/publish")]
pub async fn publish_event(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    let user = organiser(&viewer, &req)?.clone();
    let event = state
        .db
        .write(move |conn| events::publish_event(conn, &user, &slug, now))
        .await?;
    viewer.notice(Message::new("meetings-notice-event-published"));
    Ok(redirect(&format!("/dashboard/events/{}", event.slug)))
}

#[post("/events/{slug}/cancel")]
pub async fn cancel_event(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    let user = organiser(&viewer, &req)?.clone();
    let links = Links::from_settings(&state.settings);
    let event = state
        .db
        .write(move |conn| events::cancel_event(conn, &user, &slug, &links, now))
        .await?;
    viewer.notice(Message::new("meetings-notice-event-cancelled"));
    Ok(redirect(&format!("/dashboard/events/{}", event.slug)))
}

#[derive(Deserialize)]
pub struct DecisionForm {
    decision: String,
    #[serde(default)]
    note: String,
    /// A ticked "hosted buyer" box sends "on".
    #[serde(default)]
    hosted: String,
}

#[post("/events/{slug}/participants/{id}")]
pub async fn decide_participant(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    let user = organiser(&viewer, &req)?.clone();
    let (slug, id) = path.into_inner();
    let form: DecisionForm = forms::parse(&body, &[])?;
    let approve = match form.decision.as_str() {
        "approve" => true,
        "decline" => false,
        _ => {
            return Err(AppError::BadRequest(Message::new(
                "error-choose-approve-or-decline",
            )));
        }
    };
    let links = Links::from_settings(&state.settings);
    let target = slug.clone();
    state
        .db
        .write(move |conn| {
            let decision = Decision {
                approve,
                note: form.note,
                hosted: form.hosted == "on",
            };
            participation::decide(conn, &user, (&target, &id), &decision, &links, now)
        })
        .await?;
    viewer.notice(Message::new(if approve {
        "meetings-notice-participant-approved"
    } else {
        "meetings-notice-participant-declined"
    }));
    Ok(redirect(&format!("/dashboard/events/{slug}#participants")))
}

/// Uploads the event's banner (multipart; the form token is its first part).
/// A refused file leaves the current banner as it is.
#[post("/events/{slug}/banner")]
pub async fn upload_banner(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    slug: web::Path<String>,
    payload: actix_multipart::Multipart,
) -> Result<HttpResponse, AppError> {
    let (user, now, slug) = (
        organiser(&viewer, &req)?.clone(),
        state.clock.now(),
        slug.into_inner(),
    );
    // Nothing is processed for someone who does not organise the event.
    let (owner, target) = (user.clone(), slug.clone());
    state
        .db
        .read(move |conn| events::organised(conn, &owner, &target).map(drop))
        .await?;
    let stored = match multipart::receive_image(&state, payload, "banner", |_| Ok(()))
        .await?
        .image
    {
        Ok(stored) => stored,
        Err(message) => {
            let page = state
                .db
                .read(move |conn| manage_page(conn, &user, &slug, None, Some(message), now))
                .await?;
            return state.templates.page_with_status(
                actix_web::http::StatusCode::UNPROCESSABLE_ENTITY,
                "meetings/manage.html",
                &viewer,
                &page,
            );
        }
    };
    let hash = stored.hash.clone();
    let size = |n: u32| i32::try_from(n).unwrap_or(i32::MAX);
    let banner = Banner {
        hash: stored.hash,
        width: size(stored.width),
        height: size(stored.height),
    };
    let target = slug.clone();
    match state
        .db
        .write(move |conn| banner::set_banner(conn, &user, &target, &banner, now))
        .await
    {
        Ok(replaced) => {
            if let Some(old) = replaced {
                state.media.delete(&old).await;
            }
            viewer.notice(Message::new("meetings-notice-banner-saved"));
            Ok(redirect(&format!("/dashboard/events/{slug}#banner")))
        }
        Err(error) => {
            multipart::discard_unless_used(&state, hash).await;
            Err(error.into())
        }
    }
}

#[post("/events/{slug}/banner/delete")]
pub async fn remove_banner(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (user, slug) = (organiser(&viewer, &req)?.clone(), slug.into_inner());
    let target = slug.clone();
    let unused = state
        .db
        .write(move |conn| banner::remove_banner(conn, &user, &target))
        .await?;
    if let Some(hash) = unused {
        state.media.delete(&hash).await;
    }
    viewer.notice(Message::new("meetings-notice-banner-removed"));
    Ok(redirect(&format!("/dashboard/events/{slug}#banner")))
}
