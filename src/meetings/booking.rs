//! Booking: the free slots of a pair, meeting requests both ways, and the
//! answers to them. A pending or accepted meeting holds its slot for both
//! sides through `meeting_holds`, whose primary key makes a double booking
//! impossible whatever the code above it does; declining, withdrawing,
//! cancelling and expiry delete the holds in the same transaction.

use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::error::MeetingError;
use super::model::{
    Event, EventStatus, Meeting, MeetingId, MeetingStatus, Participant, ParticipantStatus, RequestMode, Side,
};
use super::participation::{availability_of, own_participation};
use super::schedule::Slot;
use super::{PairSlots, notify, pair_slots, repo};
use crate::accounts::User;
use crate::db::DbConnection;
use crate::domain::Checks;
use crate::jobs::{self, NewJob};

/// The job that expires requests left unanswered.
pub const EXPIRE_REQUESTS: &str = "meetings.expire_requests";
/// Nearest slots offered when a pair has none in common.
const NEAREST: usize = 6;

/// What a pair can book, as seen by `me`.
pub struct PairBooking {
    pub event: Event,
    pub me: Participant,
    pub other: Participant,
    pub slots: PairSlots,
}

/// A meeting request as typed.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct RequestInput {
    /// The other participant's id.
    pub with: String,
    /// The slot's start, RFC 3339.
    pub starts_at: String,
    pub message: String,
    /// Ids of the producer's listings the meeting is about, comma-separated
    /// (a form's ticked boxes arrive so); optional.
    pub products: String,
}

fn require_approved(me: &Participant) -> Result<(), MeetingError> {
    match me.status {
        ParticipantStatus::Approved => Ok(()),
        ParticipantStatus::Pending => Err(MeetingError::NotAllowed(
            "Your participation is waiting for the organisers' approval.".into(),
        )),
        ParticipantStatus::Declined => Err(MeetingError::NotAllowed(
            "Your participation in this event was declined.".into(),
        )),
    }
}

fn require_booking_open(event: &Event, now: NaiveDateTime) -> Result<(), MeetingError> {
    let refuse = |why: &str| Err(MeetingError::NotAllowed(why.to_owned()));
    match event.status {
        EventStatus::Draft => Err(MeetingError::NotFound),
        EventStatus::Cancelled => refuse("This event was cancelled."),
        EventStatus::Published if now < event.booking_opens_at => refuse("Booking has not opened yet."),
        EventStatus::Published if now >= event.booking_closes_at => {
            refuse("Booking for this event has closed.")
        }
        EventStatus::Published => Ok(()),
    }
}

/// The approved participant `id` on the other side of `me`'s event.
fn counterpart(conn: &mut DbConnection, me: &Participant, id: &str) -> Result<Participant, MeetingError> {
    repo::find_participant(conn, id)?
        .filter(|p| p.event_id == me.event_id && p.side != me.side && p.status == ParticipantStatus::Approved)
        .ok_or(MeetingError::NotFound)
}

/// The listings a request names, each one the producer brings to the event.
fn products_of_interest(producer: &Participant, typed: &str, checks: &mut Checks) -> String {
    let brought: Vec<&str> = producer.product_ids().collect();
    let chosen: Vec<&str> = typed
        .split(',')
        .map(str::trim)
        .filter(|id| !id.is_empty())
        .collect();
    if chosen.iter().any(|id| !brought.contains(id)) {
        checks.fail(
            "products",
            "Choose among the listings the producer brings to this event.",
        );
    }
    chosen.join(",")
}

/// The slots still ahead on the event's grid.
fn future_slots(event: &Event, now: NaiveDateTime) -> Result<Vec<Slot>, MeetingError> {
    Ok(event
        .schedule()?
        .grid()
        .slots
        .into_iter()
        .filter(|slot| slot.starts_at.naive_utc() > now)
        .collect())
}

/// The free slots for `user` and participant `with` in the event `slug`.
pub fn slots_for_pair(
    conn: &mut DbConnection,
    user: &User,
    slug: &str,
    with: &str,
    now: NaiveDateTime,
) -> Result<PairBooking, MeetingError> {
    let (event, me) = own_participation(conn, user, slug)?;
    require_approved(&me)?;
    let other = counterpart(conn, &me, with)?;
    let held = repo::held_starts(conn, &[&me.id, &other.id], now)?;
    let slots = pair_slots(
        &future_slots(&event, now)?,
        &availability_of(conn, &me)?,
        &availability_of(conn, &other)?,
        |slot| held.contains(&slot.starts_at.naive_utc()),
        NEAREST,
    );
    Ok(PairBooking {
        event,
        me,
        other,
        slots,
    })
}

/// The meetings (requested or accepted) `participant` has on the event day of `slot`.
fn meetings_that_day(
    conn: &mut DbConnection,
    event: &Event,
    participant: &Participant,
    slot: &Slot,
) -> Result<i64, MeetingError> {
    let zone = event.zone()?;
    let day = slot.starts_at.with_timezone(&zone).date_naive();
    let that_day: Vec<Slot> = event
        .schedule()?
        .grid()
        .slots
        .into_iter()
        .filter(|s| s.starts_at.with_timezone(&zone).date_naive() == day)
        .collect();
    let (Some(first), Some(last)) = (that_day.first(), that_day.last()) else {
        return Ok(0);
    };
    Ok(repo::holding_meetings_between(
        conn,
        &participant.id,
        (first.starts_at.naive_utc(), last.ends_at.naive_utc()),
    )?)
}

/// `user` asks participant `input.with` for a meeting in one slot. In an
/// event whose requests confirm at once the meeting is accepted straight away.
pub fn request_meeting(
    conn: &mut DbConnection,
    user: &User,
    slug: &str,
    input: &RequestInput,
    links: &notify::Links,
    now: NaiveDateTime,
) -> Result<Meeting, MeetingError> {
    let (event, me) = own_participation(conn, user, slug)?;
    require_booking_open(&event, now)?;
    require_approved(&me)?;
    let other = counterpart(conn, &me, &input.with)?;
    expire_lapsed(conn, now)?;

    let mut checks = Checks::new();
    let message = checks.text("message", &input.message, 1..=1000);
    let starts_at = checks.parsed(
        "starts_at",
        DateTime::parse_from_rfc3339(input.starts_at.trim())
            .map(|at| at.with_timezone(&Utc))
            .map_err(|_| "Choose one of the times offered.".to_owned()),
    );
    let slot = starts_at.and_then(|at| {
        let slot = event
            .schedule()
            .ok()?
            .grid()
            .slots
            .into_iter()
            .find(|s| s.starts_at == at);
        if slot.is_none() {
            checks.fail(
                "starts_at",
                "This time is not on the event's programme; choose one of the times offered.",
            );
        }
        slot
    });
    if slot.is_some_and(|s| s.starts_at.naive_utc() <= now) {
        checks.fail("starts_at", "This time has passed; choose a later one.");
    }
    let producer = if me.side == Side::Producer { &me } else { &other };
    let product_ids = products_of_interest(producer, &input.products, &mut checks);
    let slot = checks.finish_with(slot)?;
    for (who, participant) in [("You have", &me), ("They have", &other)] {
        if meetings_that_day(conn, &event, participant, &slot)? >= i64::from(event.daily_cap) {
            return Err(MeetingError::field(
                "starts_at",
                format!("{who} as many meetings that day as the event allows; choose another day."),
            ));
        }
    }

    let instant = event.request_mode == RequestMode::Instant;
    let id = MeetingId::new();
    let expires_at = (!instant).then(|| {
        (now + Duration::minutes(i64::from(event.request_expiry_minutes))).min(slot.starts_at.naive_utc())
    });
    let meeting = Meeting {
        uid: format!("meeting-{id}@{}", links.host()),
        id,
        event_id: event.id.clone(),
        requester_id: me.id.clone(),
        recipient_id: other.id.clone(),
        starts_at: slot.starts_at.naive_utc(),
        ends_at: slot.ends_at.naive_utc(),
        status: if instant {
            MeetingStatus::Accepted
        } else {
            MeetingStatus::Requested
        },
        expires_at,
        message,
        reason: None,
        video_url: instant.then(video_room),
        sequence: 0,
        created_at: now,
        updated_at: now,
        product_ids,
        proposed_starts_at: None,
        proposed_by: None,
    };
    repo::insert_meeting(conn, &meeting)?;
    // Holds are written in one order whoever asks, so two requests in
    // opposite directions wait for each other instead of deadlocking.
    let mut sides = [&me.id, &other.id];
    sides.sort();
    for participant in sides {
        repo::hold_slot(conn, participant, meeting.starts_at, Some(&meeting.id), now)?;
    }
    match expires_at {
        Some(at) => {
            jobs::repo::enqueue(
                conn,
                NewJob::new(EXPIRE_REQUESTS, json!({ "meeting_id": meeting.id }))
                    .with_key(format!("{EXPIRE_REQUESTS}:{}", meeting.id))
                    .run_at(at),
                now,
            )?;
            notify::meeting_requested(conn, &event, &meeting, links, now)?;
        }
        None => notify::meeting_accepted(conn, &event, &meeting, links, now)?,
    }
    Ok(meeting)
}

/// A meeting `user` takes part in, with their place in its event.
pub fn own_meeting(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
) -> Result<(Event, Participant, Meeting), MeetingError> {
    let meeting = repo::find_meeting(conn, id)?.ok_or(MeetingError::NotFound)?;
    let event = repo::find_event(conn, &meeting.event_id)?.ok_or(MeetingError::NotFound)?;
    let me = repo::participant_of(conn, &event.id, &user.id)?
        .filter(|p| meeting.other_than(&p.id).is_some())
        .ok_or(MeetingError::NotFound)?;
    Ok((event, me, meeting))
}

fn answerable(
    event: &Event,
    me: &Participant,
    meeting: &Meeting,
    now: NaiveDateTime,
) -> Result<(), MeetingError> {
    if event.status == EventStatus::Cancelled {
        return Err(MeetingError::NotAllowed("This event was cancelled.".into()));
    }
    if meeting.recipient_id != me.id {
        return Err(MeetingError::NotAllowed(
            "The other side answers this request.".into(),
        ));
    }
    if meeting.status == MeetingStatus::Requested && meeting.expires_at.is_some_and(|at| at <= now) {
        return Err(MeetingError::NotAllowed(
            "This request expired before it was answered.".into(),
        ));
    }
    Ok(())
}

/// An unguessable video room for one meeting.
fn video_room() -> String {
    format!("https://meet.jit.si/OdopBazaar-{}", uuid::Uuid::new_v4().simple())
}

/// The recipient accepts a request; both sides get the invitation. A
/// second acceptance finds it accepted already and is refused (`Changed`).
pub fn accept(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    links: &notify::Links,
    now: NaiveDateTime,
) -> Result<Meeting, MeetingError> {
    let (event, me, meeting) = own_meeting(conn, user, id)?;
    answerable(&event, &me, &meeting, now)?;
    repo::accept_meeting(conn, &meeting.id, &video_room(), now)?;
    let meeting = repo::find_meeting(conn, &meeting.id)?.ok_or(MeetingError::NotFound)?;
    notify::meeting_accepted(conn, &event, &meeting, links, now)?;
    Ok(meeting)
}

fn reason_of(reason: &str) -> Result<Option<String>, MeetingError> {
    let mut checks = Checks::new();
    let reason = checks.text("reason", reason, 0..=500);
    checks.finish()?;
    Ok((!reason.is_empty()).then_some(reason))
}

/// The recipient declines a request, with an optional reason; the slot is free again.
pub fn decline(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    reason: &str,
    links: &notify::Links,
    now: NaiveDateTime,
) -> Result<Meeting, MeetingError> {
    let (event, me, meeting) = own_meeting(conn, user, id)?;
    answerable(&event, &me, &meeting, now)?;
    let reason = reason_of(reason)?;
    end_meeting(
        conn,
        &meeting,
        (MeetingStatus::Requested, MeetingStatus::Declined),
        reason.as_deref(),
        now,
    )?;
    let meeting = repo::find_meeting(conn, &meeting.id)?.ok_or(MeetingError::NotFound)?;
    notify::meeting_declined(conn, &event, &meeting, links, now)?;
    Ok(meeting)
}

/// Either side cancels an accepted meeting, or the requester withdraws a
/// request; the slot is free again and calendars drop the entry.
pub fn cancel(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    reason: &str,
    links: &notify::Links,
    now: NaiveDateTime,
) -> Result<Meeting, MeetingError> {
    let (event, me, meeting) = own_meeting(conn, user, id)?;
    let reason = reason_of(reason)?;
    match meeting.status {
        MeetingStatus::Accepted => {}
        MeetingStatus::Requested if meeting.requester_id == me.id => {}
        MeetingStatus::Requested => {
            return Err(MeetingError::NotAllowed("Decline the request instead.".into()));
        }
        MeetingStatus::Declined | MeetingStatus::Cancelled | MeetingStatus::Expired => {
            return Err(MeetingError::NotAllowed("This meeting is no longer on.".into()));
        }
    }
    if meeting.starts_at <= now {
        return Err(MeetingError::NotAllowed("This meeting has begun.".into()));
    }
    end_meeting(
        conn,
        &meeting,
        (meeting.status, MeetingStatus::Cancelled),
        reason.as_deref(),
        now,
    )?;
    let was_accepted = meeting.status == MeetingStatus::Accepted;
    let meeting = repo::find_meeting(conn, &meeting.id)?.ok_or(MeetingError::NotFound)?;
    notify::meeting_cancelled(conn, &event, &meeting, was_accepted, links, now)?;
    Ok(meeting)
}

/// Cancels a meeting of a cancelled event, if it is still on.
pub(super) fn cancel_for_event(
    conn: &mut DbConnection,
    event: &Event,
    meeting: Meeting,
    links: &notify::Links,
    now: NaiveDateTime,
) -> Result<(), MeetingError> {
    if !MeetingStatus::HOLDING.contains(&meeting.status) {
        return Ok(());
    }
    let reason = "The event was cancelled.";
    end_meeting(
        conn,
        &meeting,
        (meeting.status, MeetingStatus::Cancelled),
        Some(reason),
        now,
    )?;
    let was_accepted = meeting.status == MeetingStatus::Accepted;
    let meeting = repo::find_meeting(conn, &meeting.id)?.ok_or(MeetingError::NotFound)?;
    notify::meeting_cancelled(conn, event, &meeting, was_accepted, links, now)
}

/// Moves a meeting out of a holding status and frees its slot for both.
fn end_meeting(
    conn: &mut DbConnection,
    meeting: &Meeting,
    change: (MeetingStatus, MeetingStatus),
    reason: Option<&str>,
    now: NaiveDateTime,
) -> Result<(), MeetingError> {
    repo::move_meeting(conn, &meeting.id, change, reason, now)?;
    repo::release_holds(conn, &meeting.id)?;
    Ok(())
}

/// Expires every request whose time ran out at `now`, freeing its slot.
/// Runs as a job at each request's expiry, and before a new request so a
/// lapsed hold never stands in its way.
pub fn expire_lapsed(conn: &mut DbConnection, now: NaiveDateTime) -> Result<usize, MeetingError> {
    let mut expired = 0;
    for meeting in repo::lapsed_requests(conn, now)? {
        match end_meeting(
            conn,
            &meeting,
            (MeetingStatus::Requested, MeetingStatus::Expired),
            None,
            now,
        ) {
            Ok(()) => expired += 1,
            // Answered in the meantime: nothing to expire.
            Err(MeetingError::Changed(_)) => {}
            Err(other) => return Err(other),
        }
    }
    Ok(expired)
}

/// A participant blocks one slot of the grid for themselves.
pub fn block_slot(
    conn: &mut DbConnection,
    user: &User,
    slug: &str,
    starts_at: &str,
    now: NaiveDateTime,
) -> Result<(), MeetingError> {
    let (event, me) = own_participation(conn, user, slug)?;
    let at = DateTime::parse_from_rfc3339(starts_at.trim())
        .map(|at| at.with_timezone(&Utc))
        .ok()
        .filter(|at| {
            event
                .schedule()
                .is_ok_and(|s| s.grid().slots.iter().any(|slot| slot.starts_at == *at))
        })
        .ok_or_else(|| MeetingError::field("starts_at", "This time is not on the event's programme."))?;
    repo::hold_slot(conn, &me.id, at.naive_utc(), None, now)
}
