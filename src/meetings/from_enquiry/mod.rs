//! Video meetings proposed from an enquiry thread: a conversation about a
//! product, or a producer's answer to a buy request (which is one). Either
//! party proposes a slot, inside an event both take part in whose booking
//! is open, or on its own on the thread's own programme ([`direct`]); the
//! proposal is an ordinary meeting request of that event
//! ([`booking::request_meeting`]), so the other side answers it on the
//! meeting pages and every step is e-mailed as any request's. The thread
//! lists the meetings proposed in it, and each meeting knows its thread.
//! Only the thread's two parties reach any of it; to anyone else it does
//! not exist.

pub mod direct;
pub mod repo;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::booking::{self, PairBooking, RequestInput};
use super::error::MeetingError;
use super::model::{Event, EventId, Meeting, MeetingId, Participant};
use super::views::{self, AgendaLine};
use super::{notify, repo as meetings_repo};
use crate::accounts::User;
use crate::accounts::model::UserId;
use crate::db::DbConnection;
use crate::enquiries::EnquiryError;
use crate::enquiries::model::EnquiryId;
use crate::enquiries::threads::{self, Access};
use crate::enquiries::values::Side as EnquirySide;
use crate::i18n::Message;

/// A proposal as typed.
#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
#[schema(as = ThreadMeetingProposal)]
pub struct ProposalInput {
    /// The slug of an event both take part in; empty for a meeting on its own.
    pub event: String,
    /// The slot's start, RFC 3339: one of those offered.
    pub starts_at: String,
    /// What the other side reads with the request (1 to 1,000 characters).
    pub message: String,
}

/// What `user` can propose in a thread: where, and the pair's free slots there.
pub struct Proposal {
    pub enquiry_id: EnquiryId,
    pub subject: String,
    /// The events both take part in whose booking is open.
    pub events: Vec<Event>,
    /// The slug of the event chosen; `None` for a meeting on its own.
    pub in_event: Option<String>,
    pub booking: PairBooking,
}

/// A meeting proposed in a thread, as one of its parties sees it.
pub struct ThreadMeeting {
    pub line: AgendaLine,
    /// On the thread's own programme rather than inside an event.
    pub on_its_own: bool,
    pub proposed_by_me: bool,
    pub proposed_at: NaiveDateTime,
}

/// Where a meeting was proposed, for its page and its outcome form.
pub struct Origin {
    pub enquiry_id: EnquiryId,
    pub subject: String,
    pub on_its_own: bool,
}

/// Thread `id` as `user` may see it: "not found" unless they are a party.
fn open_thread(conn: &mut DbConnection, user: &User, id: &str) -> Result<Access, MeetingError> {
    threads::open(conn, user, id).map_err(|e| match e {
        EnquiryError::NotFound => MeetingError::NotFound,
        EnquiryError::NotAllowed(why) => MeetingError::NotAllowed(why),
        EnquiryError::Db(e) => MeetingError::Db(e),
        other => MeetingError::Unexpected(other.into()),
    })
}

/// The users of the thread's two sides: (`user`'s, the other's).
fn parties(thread: &Access) -> (&User, &User) {
    match thread.side {
        EnquirySide::Buyer => (&thread.parties.buyer, &thread.parties.producer_user),
        EnquirySide::Producer => (&thread.parties.producer_user, &thread.parties.buyer),
    }
}

/// Refuses a proposal in a closed thread, one the producer reported, or
/// between accounts of which one is suspended.
fn may_propose(thread: &Access) -> Result<(), MeetingError> {
    let refuse = |why: &'static str| Err(MeetingError::NotAllowed(Message::new(why)));
    let (me, other) = parties(thread);
    if thread.enquiry.reported_spam_at.is_some() {
        return refuse("refusal-enquiry-closed-by-producer");
    }
    if !thread.enquiry.status.is_open() {
        return refuse("refusal-meeting-thread-closed");
    }
    if me.is_suspended() {
        return refuse("refusal-meeting-you-suspended");
    }
    if other.is_suspended() {
        return refuse("refusal-meeting-other-suspended");
    }
    Ok(())
}

/// The events both parties take part in (approved) whose booking is open at `now`.
fn open_events(
    conn: &mut DbConnection,
    thread: &Access,
    now: NaiveDateTime,
) -> Result<Vec<Event>, MeetingError> {
    let (me, other) = parties(thread);
    Ok(repo::events_of_both(conn, (&me.id, &other.id))?
        .into_iter()
        .filter(|event| booking::require_booking_open(event, now).is_ok())
        .collect())
}

/// The other party's place in `event`.
fn other_in(conn: &mut DbConnection, event: &Event, other: &UserId) -> Result<Participant, MeetingError> {
    meetings_repo::participant_of(conn, &event.id, other)?.ok_or(MeetingError::NotFound)
}

/// What `user` can propose in thread `id`: in the event `in_event` (one of
/// those both take part in), or on its own (`None`).
pub fn proposal(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    in_event: Option<&str>,
    now: NaiveDateTime,
) -> Result<Proposal, MeetingError> {
    let thread = open_thread(conn, user, id)?;
    may_propose(&thread)?;
    let events = open_events(conn, &thread, now)?;
    let in_event = in_event.map(str::trim).filter(|slug| !slug.is_empty());
    let booking = match in_event {
        Some(slug) => {
            let event = events
                .iter()
                .find(|e| e.slug == slug)
                .ok_or(MeetingError::NotFound)?;
            let other = other_in(conn, event, &parties(&thread).1.id)?;
            booking::slots_for_pair(conn, user, slug, other.id.as_str(), now)?
        }
        None => {
            let (event, me, other) = direct::preview(conn, &thread, now)?.seen_by(thread.side);
            booking::pair_booking(conn, event, me, other, now)?
        }
    };
    Ok(Proposal {
        enquiry_id: thread.enquiry.id.clone(),
        subject: thread.enquiry.subject.clone(),
        events,
        in_event: in_event.map(str::to_owned),
        booking,
    })
}

/// `user` proposes a meeting in thread `id`: a request of the event chosen,
/// or of the thread's own programme (written or moved on first), which the
/// other side answers on the meeting pages. One transaction: a refused
/// proposal (a field, a slot taken meanwhile) leaves nothing behind.
pub fn propose(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    input: &ProposalInput,
    links: &notify::Links,
    now: NaiveDateTime,
) -> Result<Meeting, MeetingError> {
    let thread = open_thread(conn, user, id)?;
    may_propose(&thread)?;
    let chosen = input.event.trim();
    let (slug, with) = if chosen.is_empty() {
        let (event, _, other) = direct::write(conn, &thread, now)?.seen_by(thread.side);
        (event.slug, other.id)
    } else {
        let events = open_events(conn, &thread, now)?;
        let event = events
            .iter()
            .find(|e| e.slug == chosen)
            .ok_or_else(|| MeetingError::field("event", Message::new("meeting-event-choose-one-events")))?;
        let other = other_in(conn, event, &parties(&thread).1.id)?;
        (event.slug.clone(), other.id)
    };
    let request = RequestInput {
        with: with.to_string(),
        starts_at: input.starts_at.clone(),
        message: input.message.clone(),
        products: String::new(),
    };
    let meeting = booking::request_meeting(conn, user, &slug, &request, links, now)?;
    repo::link_meeting(conn, &meeting.id, &thread.enquiry.id, &user.id, now)?;
    Ok(meeting)
}

/// The meetings proposed in thread `id`, oldest first, as `user` sees them.
pub fn thread_meetings(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    now: NaiveDateTime,
) -> Result<Vec<ThreadMeeting>, MeetingError> {
    let thread = open_thread(conn, user, id)?;
    let own_programme = repo::direct_event(conn, &thread.enquiry.id)?.map(|e| e.slug);
    repo::meetings_of_thread(conn, &thread.enquiry.id)?
        .into_iter()
        .map(|(meeting, by, at)| {
            let line = views::meeting_line(conn, user, meeting.as_str(), now)?;
            Ok(ThreadMeeting {
                on_its_own: own_programme.as_deref() == Some(line.event_slug.as_str()),
                line,
                proposed_by_me: by == user.id,
                proposed_at: at,
            })
        })
        .collect()
}

/// The thread meeting `id` was proposed in, if any. The caller has checked
/// that the viewer is in the meeting, and so a party to the thread.
pub fn origin(conn: &mut DbConnection, id: &str) -> Result<Option<Origin>, MeetingError> {
    let meeting = MeetingId::from(id);
    let Some((enquiry_id, subject)) = repo::thread_of_meeting(conn, &meeting)? else {
        return Ok(None);
    };
    let event = meetings_repo::find_meeting(conn, id)?
        .ok_or(MeetingError::NotFound)?
        .event_id;
    Ok(Some(Origin {
        on_its_own: repo::thread_of_event(conn, &event)?.is_some(),
        enquiry_id,
        subject,
    }))
}

/// Whether `event` is a thread's own programme, which no list shows and no
/// organiser manages.
pub fn is_own_programme(conn: &mut DbConnection, event: &EventId) -> Result<bool, MeetingError> {
    Ok(repo::thread_of_event(conn, event)?.is_some())
}

/// The thread whose own programme the event `slug` is, for `user` (one of
/// its parties; anyone else gets "not found"); `None` for any other event.
pub fn thread_of_programme(
    conn: &mut DbConnection,
    user: Option<&User>,
    slug: &str,
) -> Result<Option<EnquiryId>, MeetingError> {
    let Some(event) = meetings_repo::event_by_slug(conn, slug)? else {
        return Ok(None);
    };
    let Some(thread) = repo::thread_of_event(conn, &event.id)? else {
        return Ok(None);
    };
    open_thread(conn, user.ok_or(MeetingError::NotFound)?, thread.as_str())?;
    Ok(Some(thread))
}
