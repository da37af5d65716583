//! What an event's organisers do to its meetings from the schedule: book
//! one for a hosted buyer, move one, cancel one. Each goes through the
//! booking area's own steps (holds, invitations, reminders, outcome
//! questions), is checked whole before anything is written, and writes its
//! line in the event's audit log in the same transaction.
//!
//! A slot is refused with the reason: not on the programme or past (the
//! event window), held by either side (a meeting, a request or a block —
//! the `meeting_holds` key stays the guard against a race), outside either
//! side's hours unless the organiser overrides, or a side's daily cap
//! reached.

use chrono::{NaiveDateTime, TimeDelta};
use serde::{Deserialize, Serialize};

use super::repo;
use crate::accounts::User;
use crate::db::DbConnection;
use crate::domain::Checks;
use crate::i18n::Message;
use crate::meetings::audit::{self, AuditAction, AuditFacts};
use crate::meetings::booking::{self, end_meeting, hold_for_both, offered_slot, open_meeting};
use crate::meetings::error::MeetingError;
use crate::meetings::model::{
    CancelledBy, Event, EventStatus, Meeting, MeetingId, MeetingStatus, Participant, ParticipantStatus, Side,
};
use crate::meetings::participation::availability_of;
use crate::meetings::schedule::Slot;
use crate::meetings::{events, notify, repo as meetings_repo, views};

/// A meeting an organiser books, as the form sends it.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct BookingInput {
    /// The hosted buyer's participant id.
    pub buyer: String,
    pub producer: String,
    /// The slot's start, RFC 3339.
    pub starts_at: String,
    /// What the producer reads with the request; a line of our own when empty.
    pub message: String,
    /// A ticked box ("on"): book even outside someone's hours.
    pub outside_hours: String,
}

/// Another slot for a meeting, as the form sends it.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct MoveInput {
    pub starts_at: String,
    pub outside_hours: String,
}

fn require_published(event: &Event) -> Result<(), MeetingError> {
    match event.status {
        EventStatus::Published => Ok(()),
        EventStatus::Draft => Err(MeetingError::NotAllowed(Message::new(
            "refusal-event-publish-before-booking",
        ))),
        EventStatus::Cancelled => Err(MeetingError::NotAllowed(Message::new("refusal-event-cancelled"))),
    }
}

/// The approved participant `id` of `side` in `event`, or why not into `checks`.
fn approved(
    conn: &mut DbConnection,
    event: &Event,
    (field, side): (&'static str, Side),
    id: &str,
    checks: &mut Checks,
) -> Result<Option<Participant>, MeetingError> {
    let found = meetings_repo::find_participant(conn, id.trim())?
        .filter(|p| p.event_id == event.id && p.side == side && p.status == ParticipantStatus::Approved);
    if found.is_none() {
        let whom = match side {
            Side::Producer => Message::new("meeting-choose-approved-producer"),
            Side::Buyer => Message::new("meeting-choose-hosted-buyer"),
        };
        checks.fail(field, whom);
    }
    Ok(found)
}

/// Refuses `slot` for `sides` (each with its name) when either holds it
/// for anything but `moving`, or it lies outside either's hours and the
/// organiser did not override.
fn slot_open_to(
    conn: &mut DbConnection,
    sides: [(&str, &Participant); 2],
    slot: &Slot,
    (moving, override_hours): (Option<&MeetingId>, bool),
    now: NaiveDateTime,
) -> Result<(), MeetingError> {
    let at = slot.starts_at.naive_utc();
    let ids: Vec<_> = sides.iter().map(|(_, p)| &p.id).collect();
    let holds = repo::holds_between(conn, &ids, (at, at + TimeDelta::seconds(1)))?;
    for (name, participant) in sides {
        let held = holds.iter().find(|h| {
            h.participant_id == participant.id
                && !h.lapsed(now)
                && h.meeting.as_ref().map(|m| &m.id) != moving
        });
        if let Some(hold) = held {
            let message = if hold.meeting.is_some() {
                Message::new("meeting-slot-held")
            } else {
                Message::new("meeting-slot-blocked")
            };
            return Err(MeetingError::field(
                "starts_at",
                message.with("name", name.to_string()),
            ));
        }
    }
    if override_hours {
        return Ok(());
    }
    for (name, participant) in sides {
        let outside = availability_of(conn, participant)?.outside_by(slot);
        if outside > TimeDelta::zero() {
            return Err(MeetingError::field(
                "starts_at",
                Message::new("meeting-outside-hours")
                    .with("name", name.to_string())
                    .with("minutes", outside.num_minutes()),
            ));
        }
    }
    Ok(())
}

/// A hold taken by someone else between the check and the write.
fn taken(error: MeetingError) -> MeetingError {
    match error {
        MeetingError::SlotTaken => {
            MeetingError::field("starts_at", Message::new("meeting-starts-at-time-taken-moment"))
        }
        other => other,
    }
}

/// An organiser of the event `slug` (or an admin) books a meeting for a
/// hosted buyer with an approved producer, the buyer asking. In an event
/// whose requests confirm at once it is accepted and both sides get the
/// invitation; otherwise the producer answers it as any request.
pub fn book_for_buyer(
    conn: &mut DbConnection,
    user: &User,
    slug: &str,
    input: &BookingInput,
    links: &notify::Links,
    now: NaiveDateTime,
) -> Result<Meeting, MeetingError> {
    let event = events::overseen(conn, user, slug)?;
    require_published(&event)?;
    booking::expire_lapsed(conn, now)?;
    let mut checks = Checks::new();
    let buyer = approved(conn, &event, ("buyer", Side::Buyer), &input.buyer, &mut checks)?;
    if buyer.as_ref().is_some_and(|b| !b.hosted) {
        checks.fail("buyer", Message::new("meeting-buyer-organisers-book-only"));
    }
    let producer = approved(
        conn,
        &event,
        ("producer", Side::Producer),
        &input.producer,
        &mut checks,
    )?;
    let message = match input.message.trim() {
        "" => format!("Booked by the organisers of {}.", event.title),
        _ => checks.text("message", &input.message, 1..=1000),
    };
    let slot = offered_slot(&event, &input.starts_at, now, &mut checks);
    let (buyer, producer, slot) = checks
        .finish_with(buyer.zip(producer).zip(slot))
        .map(|((b, p), s)| (b, p, s))?;
    let names = (
        views::participant_name(conn, &buyer)?,
        views::participant_name(conn, &producer)?,
    );
    let sides = [(names.0.as_str(), &buyer), (names.1.as_str(), &producer)];
    slot_open_to(conn, sides, &slot, (None, input.outside_hours == "on"), now)?;
    booking::within_daily_caps(
        conn,
        &event,
        [(names.0.as_str(), &buyer), (names.1.as_str(), &producer)],
        &slot,
    )?;
    let meeting = open_meeting(
        conn,
        &event,
        (&buyer, &producer),
        &slot,
        (message, String::new()),
        links,
        now,
    )
    .map_err(taken)?;
    let facts = AuditFacts::of(conn, &meeting)?;
    audit::record(
        conn,
        (&event.id, &meeting.id),
        user,
        AuditAction::Booked,
        &facts,
        now,
    )?;
    Ok(meeting)
}

/// A meeting of the event `slug` that is still on and has not begun, with
/// its event and both sides.
fn open_one(
    conn: &mut DbConnection,
    user: &User,
    (slug, id): (&str, &str),
    now: NaiveDateTime,
) -> Result<(Event, Meeting, Participant, Participant), MeetingError> {
    let event = events::overseen(conn, user, slug)?;
    let meeting = meetings_repo::find_meeting(conn, id)?
        .filter(|m| m.event_id == event.id)
        .ok_or(MeetingError::NotFound)?;
    if !MeetingStatus::HOLDING.contains(&meeting.status) {
        return Err(MeetingError::NotAllowed(Message::new("refusal-meeting-not-on")));
    }
    if meeting.starts_at <= now {
        return Err(MeetingError::NotAllowed(Message::new("refusal-meeting-begun")));
    }
    let side = |conn: &mut DbConnection, id| {
        meetings_repo::find_participant(conn, id)?.ok_or(MeetingError::NotFound)
    };
    let requester = side(conn, &meeting.requester_id)?;
    let recipient = side(conn, &meeting.recipient_id)?;
    Ok((event, meeting, requester, recipient))
}

/// An organiser moves a meeting to another slot. An accepted meeting moves
/// at once (any move a side proposed is dropped) and both sides get the
/// updated invitation, same UID and SEQUENCE raised, with reminders and
/// outcome questions planned anew; a request moves and goes to its
/// recipient again.
pub fn move_meeting(
    conn: &mut DbConnection,
    user: &User,
    (slug, id): (&str, &str),
    input: &MoveInput,
    links: &notify::Links,
    now: NaiveDateTime,
) -> Result<Meeting, MeetingError> {
    booking::expire_lapsed(conn, now)?;
    let (event, meeting, requester, recipient) = open_one(conn, user, (slug, id), now)?;
    let mut checks = Checks::new();
    let slot = offered_slot(&event, &input.starts_at, now, &mut checks);
    if slot.is_some_and(|s| s.starts_at.naive_utc() == meeting.starts_at) {
        checks.fail("starts_at", Message::new("meeting-starts-at-meeting-s-time"));
    }
    let slot = checks.finish_with(slot)?;
    let names = (
        views::participant_name(conn, &requester)?,
        views::participant_name(conn, &recipient)?,
    );
    let sides = [(names.0.as_str(), &requester), (names.1.as_str(), &recipient)];
    slot_open_to(
        conn,
        sides,
        &slot,
        (Some(&meeting.id), input.outside_hours == "on"),
        now,
    )?;
    let zone = event.zone()?;
    let local_day = |at: NaiveDateTime| at.and_utc().with_timezone(&zone).date_naive();
    if local_day(slot.starts_at.naive_utc()) != local_day(meeting.starts_at) {
        booking::within_daily_caps(
            conn,
            &event,
            [(names.0.as_str(), &requester), (names.1.as_str(), &recipient)],
            &slot,
        )?;
    }
    let (at, ends) = (slot.starts_at.naive_utc(), slot.ends_at.naive_utc());
    meetings_repo::release_holds(conn, &meeting.id)?;
    hold_for_both(conn, (&requester, &recipient), at, &meeting.id, now).map_err(taken)?;
    let moved = match meeting.status {
        MeetingStatus::Accepted => {
            repo::move_accepted(conn, &meeting.id, (at, ends), now)?;
            let moved = meetings_repo::find_meeting(conn, &meeting.id)?.ok_or(MeetingError::NotFound)?;
            booking::rescheduled(conn, &event, &moved, links, now)?;
            moved
        }
        _ => {
            let expires_at = booking::request_expiry(&event, &slot, now);
            meetings_repo::move_request(
                conn,
                &meeting.id,
                (&requester.id, &recipient.id),
                (at, ends),
                expires_at,
                now,
            )?;
            booking::plan_expiry(conn, &meeting.id, expires_at, now)?;
            let moved = meetings_repo::find_meeting(conn, &meeting.id)?.ok_or(MeetingError::NotFound)?;
            notify::meeting_requested(conn, &event, &moved, links, now)?;
            moved
        }
    };
    let facts = AuditFacts::of(conn, &moved)?.moved_from(meeting.starts_at);
    audit::record(
        conn,
        (&event.id, &meeting.id),
        user,
        AuditAction::Moved,
        &facts,
        now,
    )?;
    Ok(moved)
}

/// An organiser cancels a meeting or request that has not begun, with an
/// optional reason; both sides are told, and an accepted meeting's calendar
/// entry is withdrawn (`METHOD:CANCEL`, same UID).
pub fn cancel_meeting(
    conn: &mut DbConnection,
    user: &User,
    (slug, id): (&str, &str),
    reason: &str,
    links: &notify::Links,
    now: NaiveDateTime,
) -> Result<Meeting, MeetingError> {
    let (event, meeting, _, _) = open_one(conn, user, (slug, id), now)?;
    let typed = booking::reason_of(reason)?;
    end_meeting(
        conn,
        &meeting,
        (meeting.status, MeetingStatus::Cancelled),
        (typed.as_deref(), Some(CancelledBy::Organisers)),
        now,
    )?;
    let was_accepted = meeting.status == MeetingStatus::Accepted;
    let cancelled = meetings_repo::find_meeting(conn, &meeting.id)?.ok_or(MeetingError::NotFound)?;
    notify::meeting_cancelled(conn, &event, &cancelled, was_accepted, links, now)?;
    let facts = AuditFacts::of(conn, &meeting)?.with_note(typed);
    audit::record(
        conn,
        (&event.id, &meeting.id),
        user,
        AuditAction::Cancelled,
        &facts,
        now,
    )?;
    Ok(cancelled)
}
