//! Virtual buyer-seller meets for producers and buyers: the public event
//! pages with the next step for the viewer, taking part, booking with the
//! other side's directory and a pair's free slots, and the agenda at
//! `/dashboard/meetings`, whose accept, decline and cancel change state only
//! by POST from a confirmation page (the page e-mailed links open).

use actix_web::{HttpRequest, HttpResponse, get, post, web};
use chrono::NaiveDateTime;
use serde::Deserialize;
use serde_json::json;

use crate::accounts::{Role, User};
use crate::catalogue::repo as catalogue_repo;
use crate::catalogue::values::ProductStatus;
use crate::db::DbConnection;
use crate::domain::FieldErrors;
use crate::i18n::Message;
use crate::meetings::banner;
use crate::meetings::booking::{self, ProposalInput, RequestInput};
use crate::meetings::model::{Event, MeetingStatus, ParticipantStatus, Phase, Side};
use crate::meetings::notify::Links;
use crate::meetings::participation::{self, ParticipationInput};
use crate::meetings::{MeetingError, feed, from_enquiry, repo, views};
use crate::web::present::meetings::{
    AgendaPage, BannerView, BookingPage, Choice, ConfirmPage, DirectoryFilter, EventCard, EventPage,
    FeedView, FilterOptions, MeetingPage, NextStep, PRODUCERS_PER_PAGE, ProposePage, offered_slots,
};
use crate::web::present::thread_meetings::ThreadLink;
use crate::web::render::form_status;
use crate::web::{AppError, AppState, Viewer, forms, redirect};

pub(super) fn links(state: &AppState) -> Links {
    Links::from_settings(&state.settings)
}

#[get("/events")]
pub async fn list_events(state: web::Data<AppState>, viewer: Viewer) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    let events: Vec<EventCard> = state
        .db
        .read(move |conn| views::public_events(conn, now))
        .await?
        .into_iter()
        .map(|(event, banner)| EventCard {
            event,
            banner: banner.map(BannerView::from),
        })
        .collect();
    state
        .templates
        .page("meetings/events.html", &viewer, &json!({ "events": events }))
}

fn next_step(
    conn: &mut DbConnection,
    event: &Event,
    user: Option<&User>,
    phase: Phase,
) -> Result<NextStep, MeetingError> {
    let Some(user) = user else {
        return Ok(NextStep::SignIn);
    };
    if event.owner_id == user.id || repo::co_organisers(conn, &event.id)?.contains(&user.id) {
        return Ok(NextStep::Manage);
    }
    if let Some(me) = repo::participant_of(conn, &event.id, &user.id)? {
        return Ok(match me.status {
            ParticipantStatus::Pending => NextStep::Waiting,
            ParticipantStatus::Declined => NextStep::Declined,
            ParticipantStatus::Approved => NextStep::Book,
        });
    }
    let open = matches!(phase, Phase::Upcoming | Phase::BookingOpen);
    Ok(match user.role {
        Role::Producer if open => {
            let products = match catalogue_repo::producer_by_user(conn, &user.id)? {
                Some(producer) => catalogue_repo::products_of_producer(conn, &producer.id)?
                    .into_iter()
                    .filter(|p| p.status == ProductStatus::Published)
                    .map(|p| Choice {
                        value: p.id.to_string(),
                        label: p.title,
                    })
                    .collect(),
                None => Vec::new(),
            };
            NextStep::TakePart { products }
        }
        Role::Buyer if open => NextStep::TakePart { products: Vec::new() },
        _ => NextStep::Look,
    })
}

/// `/events/{slug}?page=2`: which page of the producers to list.
#[derive(Debug, Default, Deserialize)]
pub struct EventQuery {
    #[serde(default)]
    page: Option<usize>,
}

fn event_page(
    conn: &mut DbConnection,
    (slug, producers_page): (&str, usize),
    user: Option<&User>,
    values: ParticipationInput,
    errors: FieldErrors,
    now: NaiveDateTime,
) -> Result<EventPage, MeetingError> {
    let event = repo::event_by_slug(conn, slug)?.ok_or(MeetingError::NotFound)?;
    let summary = views::event_summary(&event, now)?;
    let organises = match user {
        Some(u) => event.owner_id == u.id || repo::co_organisers(conn, &event.id)?.contains(&u.id),
        None => false,
    };
    if summary.phase == Phase::Draft && !organises {
        return Err(MeetingError::NotFound);
    }
    let zone = views::viewer_zone(conn, &event, user)?;
    let taking_part = views::taking_part(conn, &event, producers_page, PRODUCERS_PER_PAGE)?;
    Ok(EventPage {
        banner: banner::banner_of(conn, &event.id)?.map(BannerView::from),
        details: views::event_details(conn, &event, (taking_part.producers, taking_part.buyers))?,
        programme: views::programme(&event, zone)?,
        viewer_zone: zone.name().to_owned(),
        pagination: EventPage::producer_pages(&event.slug, &taking_part),
        taking_part,
        next: next_step(conn, &event, user, summary.phase)?,
        event: summary,
        values,
        errors,
    })
}

#[get("/events/{slug}")]
pub async fn show_event(
    state: web::Data<AppState>,
    viewer: Viewer,
    slug: web::Path<String>,
    query: web::Query<EventQuery>,
) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    let user = viewer.user.clone();
    let producers_page = query.page.unwrap_or(1);
    let page = state
        .db
        .read(move |conn| {
            // A thread's own programme has no page: its parties propose in the thread.
            if let Some(thread) = from_enquiry::thread_of_programme(conn, user.as_ref(), &slug)? {
                return Ok(Err(format!("/dashboard/enquiries/{thread}/meeting")));
            }
            event_page(
                conn,
                (&slug, producers_page),
                user.as_ref(),
                ParticipationInput::default(),
                FieldErrors::new(),
                now,
            )
            .map(Ok)
        })
        .await?;
    match page {
        Ok(page) => state.templates.page("meetings/event.html", &viewer, &page),
        Err(proposal) => Ok(redirect(&proposal)),
    }
}

#[post("/events/{slug}/participation")]
pub async fn take_part(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    slug: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    let user = viewer.require_user(&req)?.clone();
    let input: ParticipationInput = forms::parse(&body, &["products"])?;
    let (slug, typed, links) = (slug.into_inner(), input.clone(), links(&state));
    let (writer, target) = (user.clone(), slug.clone());
    match state
        .db
        .write(move |conn| participation::take_part(conn, &writer, &target, &typed, &links, now))
        .await
    {
        Ok(p) => {
            viewer.notice(Message::new(match p.status {
                ParticipantStatus::Approved => "meetings-notice-taking-part",
                _ => "meetings-notice-applied",
            }));
            Ok(redirect(&format!("/events/{slug}")))
        }
        Err(MeetingError::Invalid(errors)) => {
            let page = state
                .db
                .read(move |conn| event_page(conn, (&slug, 1), Some(&user), input, errors, now))
                .await?;
            state
                .templates
                .page_with_status(form_status(&page.errors), "meetings/event.html", &viewer, &page)
        }
        Err(other) => Err(other.into()),
    }
}

#[derive(Deserialize)]
pub struct BookingQuery {
    with: Option<String>,
    #[serde(flatten)]
    filter: DirectoryFilter,
}

fn booking_page(
    conn: &mut DbConnection,
    user: &User,
    slug: &str,
    query: &BookingQuery,
    values: RequestInput,
    errors: FieldErrors,
    now: NaiveDateTime,
) -> Result<BookingPage, MeetingError> {
    let (event, me) = participation::own_participation(conn, user, slug)?;
    if me.status != ParticipantStatus::Approved {
        return Err(MeetingError::NotAllowed(Message::new(
            "refusal-event-book-once-approved",
        )));
    }
    let other_side = match me.side {
        Side::Producer => Side::Buyer,
        Side::Buyer => Side::Producer,
    };
    let others = repo::participants_of(
        conn,
        &event.id,
        Some(other_side),
        Some(ParticipantStatus::Approved),
    )?;
    let (other, slots, none_in_common) = match &query.with {
        Some(with) => {
            let pair = booking::slots_for_pair(conn, user, slug, with, now)?;
            let (slots, nearest) = offered_slots(&pair);
            (Some(views::participant_card(conn, &pair.other)?), slots, nearest)
        }
        None => (None, Vec::new(), false),
    };
    let cards = views::participant_cards(conn, &others)?;
    Ok(BookingPage {
        event: views::event_summary(&event, now)?,
        others_total: cards.len(),
        filter_options: FilterOptions::of(&cards),
        others: cards.into_iter().filter(|c| query.filter.keeps(c)).collect(),
        filter: query.filter.clone(),
        other,
        slots,
        none_in_common,
        values,
        errors,
    })
}

#[get("/events/{slug}/book")]
pub async fn show_booking(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    slug: web::Path<String>,
    query: web::Query<BookingQuery>,
) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    let user = viewer.require_user(&req)?.clone();
    let query = query.into_inner();
    let page = state
        .db
        .read(move |conn| {
            let values = RequestInput {
                with: query.with.clone().unwrap_or_default(),
                ..RequestInput::default()
            };
            booking_page(conn, &user, &slug, &query, values, FieldErrors::new(), now)
        })
        .await?;
    state.templates.page("meetings/book.html", &viewer, &page)
}

#[post("/events/{slug}/meetings")]
pub async fn request_meeting(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    slug: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    let user = viewer.require_user(&req)?.clone();
    let input: RequestInput = forms::parse(&body, &["products"])?;
    let (slug, typed, links, writer) = (slug.into_inner(), input.clone(), links(&state), user.clone());
    let target = slug.clone();
    let errors = match state
        .db
        .write(move |conn| booking::request_meeting(conn, &writer, &target, &typed, &links, now))
        .await
    {
        Ok(_) => {
            viewer.notice(Message::new("meetings-notice-request-sent"));
            return Ok(redirect("/dashboard/meetings"));
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
            let query = BookingQuery {
                with: Some(input.with.clone()),
                filter: DirectoryFilter::default(),
            };
            booking_page(conn, &user, &slug, &query, input, errors, now)
        })
        .await?;
    state
        .templates
        .page_with_status(form_status(&page.errors), "meetings/book.html", &viewer, &page)
}

#[get("/meetings")]
pub async fn show_agenda(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require_user(&req)?.clone();
    let page = agenda_page(&state, user, None).await?;
    state.templates.page("meetings/agenda.html", &viewer, &page)
}

/// The agenda of `user`, with the calendar feed address just made, if any.
pub(super) async fn agenda_page(
    state: &AppState,
    user: User,
    new_feed_url: Option<String>,
) -> Result<AgendaPage, AppError> {
    let now = state.clock.now();
    let (lines, feed_made_at) = state
        .db
        .read(move |conn| {
            Ok::<_, MeetingError>((views::agenda(conn, &user, now)?, feed::made_at(conn, &user)?))
        })
        .await?;
    Ok(AgendaPage::new(lines, FeedView::new(feed_made_at, new_feed_url)))
}

#[get("/meetings/{id}")]
pub async fn show_meeting(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    let user = viewer.require_user(&req)?.clone();
    let page = state
        .db
        .read(move |conn| {
            let meeting = views::meeting_line(conn, &user, &id, now)?;
            let thread = from_enquiry::origin(conn, &id)?.map(ThreadLink::from);
            Ok::<_, MeetingError>(MeetingPage { meeting, thread })
        })
        .await?;
    state.templates.page("meetings/meeting.html", &viewer, &page)
}

fn propose_page(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    values: ProposalInput,
    errors: FieldErrors,
    now: NaiveDateTime,
) -> Result<ProposePage, MeetingError> {
    let (event, me, meeting) = booking::own_meeting(conn, user, id)?;
    let other = meeting.other_than(&me.id).ok_or(MeetingError::NotFound)?;
    let pair = booking::slots_for_pair(conn, user, &event.slug, other.as_ref(), now)?;
    let (slots, none_in_common) = offered_slots(&pair);
    Ok(ProposePage {
        meeting: views::meeting_line(conn, user, id, now)?,
        slots,
        none_in_common,
        values,
        errors,
    })
}

// Registered before the confirmation pages, whose `{action}` would take "propose".
#[get("/meetings/{id}/propose")]
pub async fn show_proposal(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    let user = viewer.require_user(&req)?.clone();
    let page = state
        .db
        .read(move |conn| {
            propose_page(
                conn,
                &user,
                &id,
                ProposalInput::default(),
                FieldErrors::new(),
                now,
            )
        })
        .await?;
    state.templates.page("meetings/propose.html", &viewer, &page)
}

#[post("/meetings/{id}/propose")]
pub async fn propose_time(
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
        .write(move |conn| booking::propose(conn, &writer, &target, &typed, &links, now))
        .await
    {
        Ok(meeting) => {
            viewer.notice(Message::new(match meeting.status {
                MeetingStatus::Accepted => "meetings-notice-move-proposed",
                _ => "meetings-notice-new-time-proposed",
            }));
            return Ok(redirect(&format!("/dashboard/meetings/{id}")));
        }
        Err(MeetingError::Invalid(errors)) => errors,
        Err(MeetingError::SlotTaken) => {
            crate::domain::fields::one("starts_at", Message::new("meeting-slot-taken"))
        }
        Err(other) => return Err(other.into()),
    };
    let page = state
        .db
        .read(move |conn| propose_page(conn, &user, &id, input, errors, now))
        .await?;
    state
        .templates
        .page_with_status(form_status(&page.errors), "meetings/propose.html", &viewer, &page)
}

/// What a participant can do to a meeting, each behind a confirmation page.
#[derive(Debug, Clone, Copy)]
enum Answer {
    Accept,
    Decline,
    Cancel,
    /// Take the other time the other side proposed.
    AcceptMove,
    /// Keep the meeting's time: decline a proposed move, or withdraw one's own.
    KeepTime,
}

impl Answer {
    fn parse(action: &str) -> Result<Self, AppError> {
        match action {
            "accept" => Ok(Answer::Accept),
            "decline" => Ok(Answer::Decline),
            "cancel" => Ok(Answer::Cancel),
            "accept-move" => Ok(Answer::AcceptMove),
            "keep-time" => Ok(Answer::KeepTime),
            _ => Err(AppError::NotFound),
        }
    }

    fn confirm_page(self, meeting: views::AgendaLine) -> ConfirmPage {
        let (action, asks_reason) = match self {
            Answer::Accept => ("accept", false),
            Answer::Decline => ("decline", true),
            Answer::Cancel => ("cancel", true),
            Answer::AcceptMove => ("accept-move", false),
            Answer::KeepTime => ("keep-time", false),
        };
        ConfirmPage {
            meeting,
            action,
            question: Message::new("meetings-confirm-question").with("action", action),
            button: Message::new("meetings-confirm-button").with("action", action),
            asks_reason,
        }
    }
}

#[get("/meetings/{id}/{action}")]
pub async fn confirm_answer(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    let user = viewer.require_user(&req)?.clone();
    let (id, action) = path.into_inner();
    let answer = Answer::parse(&action)?;
    let meeting = state
        .db
        .read(move |conn| views::meeting_line(conn, &user, &id, now))
        .await?;
    state
        .templates
        .page("meetings/confirm.html", &viewer, &answer.confirm_page(meeting))
}

#[derive(Deserialize)]
pub struct ReasonForm {
    #[serde(default)]
    reason: String,
}

#[post("/meetings/{id}/{action}")]
pub async fn answer_meeting(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    let user = viewer.require_user(&req)?.clone();
    let (id, action) = path.into_inner();
    let answer = Answer::parse(&action)?;
    let form: ReasonForm = forms::parse(&body, &[])?;
    let meeting_id = id.clone();
    let (reason, links) = (form.reason, links(&state));
    state
        .db
        .write(move |conn| match answer {
            Answer::Accept => booking::accept(conn, &user, &id, &links, now),
            Answer::Decline => booking::decline(conn, &user, &id, &reason, &links, now),
            Answer::Cancel => booking::cancel(conn, &user, &id, &reason, &links, now),
            Answer::AcceptMove => booking::accept_move(conn, &user, &id, &links, now),
            Answer::KeepTime => booking::keep_time(conn, &user, &id, &links, now),
        })
        .await?;
    viewer.notice(Message::new(match answer {
        Answer::Accept => "meetings-notice-accepted",
        Answer::Decline => "meetings-notice-declined",
        Answer::Cancel => "meetings-notice-cancelled",
        Answer::AcceptMove => "meetings-notice-moved",
        Answer::KeepTime => "meetings-notice-time-kept",
    }));
    Ok(redirect(&format!("/dashboard/meetings/{meeting_id}")))
}
