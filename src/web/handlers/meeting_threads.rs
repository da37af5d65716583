//! "Propose a video meeting" from an enquiry thread:
//! `/dashboard/enquiries/{id}/meeting` shows where it can take place (on
//! its own, or in an event both take part in) and the pair's free times
//! there; its POST sends the request, which the other side answers on the
//! meeting pages.

use actix_web::{HttpRequest, HttpResponse, get, post, web};
use chrono::NaiveDateTime;
use serde::Deserialize;

use super::meetings::links;
use crate::accounts::User;
use crate::db::DbConnection;
use crate::domain::FieldErrors;
use crate::i18n::Message;
use crate::meetings::from_enquiry::{self, ProposalInput};
use crate::meetings::{MeetingError, repo, views};
use crate::web::present::thread_meetings::ThreadProposalPage;
use crate::web::render::form_status;
use crate::web::{AppError, AppState, Viewer, forms, redirect};

/// `?event={slug}`: the event to meet in; none for a meeting on its own.
#[derive(Debug, Default, Deserialize)]
pub struct PlaceQuery {
    #[serde(default)]
    event: Option<String>,
}

fn proposal_page(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    in_event: Option<&str>,
    (values, errors): (ProposalInput, FieldErrors),
    now: NaiveDateTime,
) -> Result<ThreadProposalPage, MeetingError> {
    let proposal = from_enquiry::proposal(conn, user, id, in_event, now)?;
    let other_name = views::participant_name(conn, &proposal.booking.other)?;
    let hours_stored = repo::find_participant(conn, proposal.booking.me.id.as_str())?.is_some();
    Ok(ThreadProposalPage::new(
        &proposal,
        (other_name, hours_stored),
        values,
        errors,
    ))
}

#[get("/enquiries/{id}/meeting")]
pub async fn show_meeting_proposal(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    id: web::Path<String>,
    query: web::Query<PlaceQuery>,
) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    let user = viewer.require_user(&req)?.clone();
    let in_event = query.into_inner().event;
    let page = state
        .db
        .read(move |conn| {
            proposal_page(
                conn,
                &user,
                &id,
                in_event.as_deref(),
                (ProposalInput::default(), FieldErrors::new()),
                now,
            )
        })
        .await?;
    state
        .templates
        .page("meetings/thread_proposal.html", &viewer, &page)
}

#[post("/enquiries/{id}/meeting")]
pub async fn propose_meeting(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    id: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    let user = viewer.require_user(&req)?.clone();
    let input: ProposalInput = forms::parse(&body, &[])?;
    let (id, typed, links, writer) = (id.into_inner(), input.clone(), links(&state), user.clone());
    let target = id.clone();
    let errors = match state
        .db
        .write(move |conn| from_enquiry::propose(conn, &writer, &target, &typed, &links, now))
        .await
    {
        Ok(_) => {
            viewer.notice(Message::new("meetings-notice-proposal-sent"));
            return Ok(redirect(&format!("/dashboard/enquiries/{id}")));
        }
        Err(MeetingError::Invalid(errors)) => errors,
        Err(MeetingError::SlotTaken) => {
            crate::domain::fields::one("starts_at", Message::new("meeting-slot-taken"))
        }
        Err(other) => return Err(other.into()),
    };
    let page = state
        .db
        .read(move |conn| {
            let in_event = Some(input.event.clone()).filter(|_| !errors.contains_key("event"));
            proposal_page(conn, &user, &id, in_event.as_deref(), (input, errors), now)
        })
        .await?;
    state.templates.page_with_status(
        form_status(&page.errors),
        "meetings/thread_proposal.html",
        &viewer,
        &page,
    )
}
