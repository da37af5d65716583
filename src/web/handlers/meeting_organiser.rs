//! `/dashboard/events/{slug}/meetings`: the meetings booked in an event, a
//! day at a time, where its organisers give a meeting its own video link.

use actix_web::{HttpRequest, HttpResponse, get, post, web};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::accounts::{Role, User};
use crate::domain::FieldErrors;
use crate::i18n::Message;
use crate::meetings::MeetingError;
use crate::meetings::notify::Links;
use crate::meetings::organiser::{self, ProgrammeDay, ProgrammeMeeting};
use crate::meetings::views::{self, EventSummary};
use crate::web::render::form_status;
use crate::web::{AppError, AppState, Viewer, forms, redirect};

#[derive(Serialize)]
struct EventMeetingsPage {
    event: EventSummary,
    days: Vec<ProgrammeDay>,
    meetings: Vec<ProgrammeMeeting>,
    /// The meeting whose link was refused, what was typed and why.
    refused: Option<RefusedLink>,
}

#[derive(Serialize)]
struct RefusedLink {
    id: String,
    value: String,
    errors: FieldErrors,
}

#[derive(Deserialize)]
pub struct DayQuery {
    day: Option<NaiveDate>,
}

#[derive(Deserialize)]
struct VideoLinkForm {
    #[serde(default)]
    video_url: String,
    day: Option<NaiveDate>,
}

fn organiser<'a>(viewer: &'a Viewer, req: &HttpRequest) -> Result<&'a User, AppError> {
    viewer.require_role(req, Role::Organiser)
}

async fn render(
    state: &AppState,
    viewer: &Viewer,
    user: User,
    (slug, day): (String, Option<NaiveDate>),
    refused: Option<RefusedLink>,
) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    let status = refused.as_ref().map(|r| form_status(&r.errors));
    let page = state
        .db
        .read(move |conn| {
            let (event, days, meetings) = organiser::day_programme(conn, &user, &slug, day, now)?;
            Ok::<_, MeetingError>(EventMeetingsPage {
                event: views::event_summary(&event, now)?,
                days,
                meetings,
                refused,
            })
        })
        .await?;
    match status {
        Some(status) => {
            state
                .templates
                .page_with_status(status, "meetings/event_meetings.html", viewer, &page)
        }
        None => state
            .templates
            .page("meetings/event_meetings.html", viewer, &page),
    }
}

#[get("/events/{slug}/meetings")]
pub async fn list_event_meetings(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    slug: web::Path<String>,
    query: web::Query<DayQuery>,
) -> Result<HttpResponse, AppError> {
    let user = organiser(&viewer, &req)?.clone();
    render(&state, &viewer, user, (slug.into_inner(), query.day), None).await
}

#[post("/events/{slug}/meetings/{id}/video")]
pub async fn set_video_link(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let (now, user) = (state.clock.now(), organiser(&viewer, &req)?.clone());
    let (slug, id) = path.into_inner();
    let form: VideoLinkForm = forms::parse(&body, &[])?;
    let links = Links::from_settings(&state.settings);
    let (writer, target, meeting, link) = (user.clone(), slug.clone(), id.clone(), form.video_url.clone());
    match state
        .db
        .write(move |conn| organiser::set_video_link(conn, &writer, (&target, &meeting), &link, &links, now))
        .await
    {
        Ok(_) => {
            viewer.notice(Message::new("meetings-notice-video-saved"));
            let day = form.day.map(|d| format!("?day={d}")).unwrap_or_default();
            Ok(redirect(&format!(
                "/dashboard/events/{slug}/meetings{day}#meeting-{id}"
            )))
        }
        Err(MeetingError::Invalid(errors)) => {
            let refused = RefusedLink {
                id,
                value: form.video_url,
                errors,
            };
            render(&state, &viewer, user, (slug, form.day), Some(refused)).await
        }
        Err(other) => Err(other.into()),
    }
}
