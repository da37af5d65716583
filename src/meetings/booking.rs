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
    CancelledBy, Event, EventStatus, Meeting, MeetingId, MeetingStatus, Participant, ParticipantStatus,
    RequestMode, Side,
};
use super::participation::{availability_of, own_participation};
use super::schedule::Slot;
use super::{PairSlots, digest, elsewhere, notify, outcomes, pair_slots, reminders, repo};
use crate::accounts::User;
use crate::db::DbConnection;
use crate::domain::Checks;
use crate::i18n::Message;
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
#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
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

pub(super) fn require_approved(me: &Participant) -> Result<(), MeetingError> {
    match me.status {
        ParticipantStatus::Approved => Ok(()),
        ParticipantStatus::Pending => Err(MeetingError::NotAllowed(Message::new(
            "refusal-event-participation-pending",
        ))),
        ParticipantStatus::Declined => Err(MeetingError::NotAllowed(Message::new(
            "refusal-event-participation-declined",
        ))),
    }
}

pub(super) fn require_booking_open(event: &Event, now: NaiveDateTime) -> Result<(), MeetingError> {
    let refuse = |why: &'static str| Err(MeetingError::NotAllowed(Message::new(why)));
    match event.status {
        EventStatus::Draft => Err(MeetingError::NotFound),
        EventStatus::Cancelled => refuse("refusal-event-cancelled"),
        EventStatus::Published if now < event.booking_opens_at => refuse("refusal-event-booking-not-open"),
        EventStatus::Published if now >= event.booking_closes_at => refuse("refusal-event-booking-closed"),
        EventStatus::Published => Ok(()),
    }
}

/// The approved participant `id` on the other side of `me`'s event.
pub(super) fn counterpart(
    conn: &mut DbConnection,
    me: &Participant,
    id: &str,
) -> Result<Participant, MeetingError> {
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
        checks.fail("products", Message::new("meeting-products-choose-among-listings"));
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
    pair_booking(conn, event, me, other, now)
}

/// The free slots of `me` and `other` in `event` at `now`. The rows need not
/// be stored yet: a conversation's own programme is shown before the first
/// proposal writes it (`from_enquiry::direct`).
pub fn pair_booking(
    conn: &mut DbConnection,
    event: Event,
    me: Participant,
    other: Participant,
    now: NaiveDateTime,
) -> Result<PairBooking, MeetingError> {
    let held = repo::held_starts(conn, &[&me.id, &other.id], now)?;
    let ahead = future_slots(&event, now)?;
    let busy = match (ahead.first(), ahead.last()) {
        (Some(first), Some(last)) => elsewhere::busy(
            conn,
            &event,
            [&me, &other],
            (first.starts_at.naive_utc(), last.ends_at.naive_utc()),
            now,
        )?,
        _ => Vec::new(),
    };
    let slots = pair_slots(
        &ahead,
        &availability_of(conn, &me)?,
        &availability_of(conn, &other)?,
        |slot| held.contains(&slot.starts_at.naive_utc()) || elsewhere::overlaps(&busy, slot),
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

/// The slot of `event`'s grid starting at `typed` (RFC 3339), if it is on
/// the grid and still ahead; otherwise the reason goes into `checks`.
pub(super) fn offered_slot(
    event: &Event,
    typed: &str,
    now: NaiveDateTime,
    checks: &mut Checks,
) -> Option<Slot> {
    let starts_at = checks.parsed(
        "starts_at",
        DateTime::parse_from_rfc3339(typed.trim())
            .map(|at| at.with_timezone(&Utc))
            .map_err(|_| Message::new("meeting-time-choose-offered")),
    )?;
    let slot = event
        .schedule()
        .ok()?
        .grid()
        .slots
        .into_iter()
        .find(|s| s.starts_at == starts_at);
    match slot {
        None => checks.fail("starts_at", Message::new("meeting-starts-at-time-not-event-2")),
        Some(s) if s.starts_at.naive_utc() <= now => {
            checks.fail("starts_at", Message::new("meeting-starts-at-time-has-passed"));
        }
        Some(_) => {}
    }
    slot.filter(|s| s.starts_at.naive_utc() > now)
}

/// Refuses `slot` when either side already has the event's daily cap of
/// meetings on its day; each side comes with the words that name it
/// ("you", "they", or a participant's name: see the message).
pub(super) fn within_daily_caps(
    conn: &mut DbConnection,
    event: &Event,
    sides: [(&str, &Participant); 2],
    slot: &Slot,
) -> Result<(), MeetingError> {
    for (who, participant) in sides {
        if meetings_that_day(conn, event, participant, slot)? >= i64::from(event.daily_cap) {
            return Err(MeetingError::field(
                "starts_at",
                Message::new("meeting-daily-cap-reached").with("who", who),
            ));
        }
    }
    Ok(())
}

/// Holds `slot_start` for both sides of a meeting, in one order whoever
/// asks, so two requests in opposite directions wait for each other
/// instead of deadlocking.
pub(super) fn hold_for_both(
    conn: &mut DbConnection,
    (a, b): (&Participant, &Participant),
    slot_start: NaiveDateTime,
    meeting: &MeetingId,
    now: NaiveDateTime,
) -> Result<(), MeetingError> {
    let mut sides = [&a.id, &b.id];
    sides.sort();
    for participant in sides {
        repo::hold_slot(conn, participant, slot_start, Some(meeting), now)?;
    }
    Ok(())
}

/// When a request made at `now` for `slot` lapses: after the event's
/// expiry, and at the latest when the slot begins.
pub(super) fn request_expiry(event: &Event, slot: &Slot, now: NaiveDateTime) -> NaiveDateTime {
    (now + Duration::minutes(i64::from(event.request_expiry_minutes))).min(slot.starts_at.naive_utc())
}

/// Plans the job that expires a request at `at`.
pub(super) fn plan_expiry(
    conn: &mut DbConnection,
    meeting: &MeetingId,
    at: NaiveDateTime,
    now: NaiveDateTime,
) -> Result<(), MeetingError> {
    jobs::repo::enqueue(
        conn,
        NewJob::new(EXPIRE_REQUESTS, json!({ "meeting_id": meeting }))
            .with_key(format!(
                "{EXPIRE_REQUESTS}:{meeting}:{}",
                at.and_utc().timestamp()
            ))
            .run_at(at),
        now,
    )?;
    Ok(())
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
    let slot = offered_slot(&event, &input.starts_at, now, &mut checks);
    let producer = if me.side == Side::Producer { &me } else { &other };
    let product_ids = products_of_interest(producer, &input.products, &mut checks);
    let slot = checks.finish_with(slot)?;
    within_daily_caps(conn, &event, [("you", &me), ("they", &other)], &slot)?;
    free_elsewhere(conn, &event, [("you", &me), ("they", &other)], &slot, now)?;
    open_meeting(
        conn,
        &event,
        (&me, &other),
        &slot,
        (message, product_ids),
        links,
        now,
    )
}

/// Refuses `slot` when either side (with the words that name it, "You
/// have") has a meeting of another event during it, on a thread's own
/// programme ([`elsewhere`]).
fn free_elsewhere(
    conn: &mut DbConnection,
    event: &Event,
    sides: [(&str, &Participant); 2],
    slot: &Slot,
    now: NaiveDateTime,
) -> Result<(), MeetingError> {
    match elsewhere::first_busy(conn, event, sides, slot, now)? {
        Some(who) => Err(MeetingError::field(
            "starts_at",
            Message::new("meeting-busy-elsewhere").with("who", who),
        )),
        None => Ok(()),
    }
}

/// Refuses `me`'s answer that would have `meeting` take place from
/// `starts_at` when either side has a meeting of another event then, on a
/// thread's own programme ([`elsewhere`]); `refusal` is the message that
/// says who is busy (its `$who`) and what they can do instead.
fn answer_clear_elsewhere(
    conn: &mut DbConnection,
    event: &Event,
    (me, meeting): (&Participant, &Meeting),
    starts_at: NaiveDateTime,
    refusal: &'static str,
    now: NaiveDateTime,
) -> Result<(), MeetingError> {
    let other_id = meeting.other_than(&me.id).ok_or(MeetingError::NotFound)?;
    let other = repo::find_participant(conn, other_id)?.ok_or(MeetingError::NotFound)?;
    let slot = Slot {
        starts_at: starts_at.and_utc(),
        ends_at: (starts_at + (meeting.ends_at - meeting.starts_at)).and_utc(),
    };
    match elsewhere::first_busy(conn, event, [("you", me), ("they", &other)], &slot, now)? {
        Some(who) => Err(MeetingError::NotAllowed(Message::new(refusal).with("who", who))),
        None => Ok(()),
    }
}

/// Writes the meeting `requester` asks `recipient` for at `slot` (checked
/// free of caps by the caller), holding it for both: accepted at once in an
/// event whose requests confirm at once, both sides getting the invitation;
/// otherwise a request the recipient answers before it expires.
pub(super) fn open_meeting(
    conn: &mut DbConnection,
    event: &Event,
    pair: (&Participant, &Participant),
    slot: &Slot,
    texts: (String, String),
    links: &notify::Links,
    now: NaiveDateTime,
) -> Result<Meeting, MeetingError> {
    let instant = event.request_mode == RequestMode::Instant;
    write_meeting(conn, event, pair, (slot, instant), texts, links, now)
}

/// Books a meeting accepted at once, whatever the event's request mode:
/// the organisers arranged it (a published draft schedule), so nobody is
/// asked. Holds, invitation, reminders and outcome questions as for any.
pub(super) fn book_accepted(
    conn: &mut DbConnection,
    event: &Event,
    pair: (&Participant, &Participant),
    slot: &Slot,
    texts: (String, String),
    links: &notify::Links,
    now: NaiveDateTime,
) -> Result<Meeting, MeetingError> {
    write_meeting(conn, event, pair, (slot, true), texts, links, now)
}

/// Writes a meeting and its holds for both: accepted at once when `instant`
/// (the invitation goes to both), else a request that expires.
fn write_meeting(
    conn: &mut DbConnection,
    event: &Event,
    (requester, recipient): (&Participant, &Participant),
    (slot, instant): (&Slot, bool),
    (message, product_ids): (String, String),
    links: &notify::Links,
    now: NaiveDateTime,
) -> Result<Meeting, MeetingError> {
    let id = MeetingId::new();
    let expires_at = (!instant).then(|| request_expiry(event, slot, now));
    let meeting = Meeting {
        uid: format!("meeting-{id}@{}", links.host()),
        id,
        event_id: event.id.clone(),
        requester_id: requester.id.clone(),
        recipient_id: recipient.id.clone(),
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
        video_url: instant.then(|| links.rooms().room_for(event)),
        sequence: 0,
        created_at: now,
        updated_at: now,
        product_ids,
        proposed_starts_at: None,
        proposed_by: None,
        cancelled_by: None,
    };
    repo::insert_meeting(conn, &meeting)?;
    hold_for_both(conn, (requester, recipient), meeting.starts_at, &meeting.id, now)?;
    match expires_at {
        Some(at) => {
            plan_expiry(conn, &meeting.id, at, now)?;
            notify::meeting_requested(conn, event, &meeting, links, now)?;
            digest::plan(conn, recipient, now, now)?;
        }
        None => confirmed(conn, event, &meeting, links, now)?,
    }
    Ok(meeting)
}

/// A meeting accepted at its time: both sides get the invitation, and its
/// reminders and outcome questions are planned.
fn confirmed(
    conn: &mut DbConnection,
    event: &Event,
    meeting: &Meeting,
    links: &notify::Links,
    now: NaiveDateTime,
) -> Result<(), MeetingError> {
    notify::meeting_accepted(conn, event, meeting, links, now)?;
    reminders::plan(conn, meeting, now)?;
    outcomes::asks::plan(conn, meeting, now)
}

/// An accepted meeting now at another time: both sides get the updated
/// invitation (same UID, the SEQUENCE the move raised), and the reminders
/// and outcome questions are planned for the new time (the old ones, still
/// queued, find it moved and send nothing).
pub(super) fn rescheduled(
    conn: &mut DbConnection,
    event: &Event,
    meeting: &Meeting,
    links: &notify::Links,
    now: NaiveDateTime,
) -> Result<(), MeetingError> {
    notify::meeting_updated(conn, event, meeting, notify::Change::Time, links, now)?;
    reminders::plan(conn, meeting, now)?;
    outcomes::asks::plan(conn, meeting, now)
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
        return Err(MeetingError::NotAllowed(Message::new("refusal-event-cancelled")));
    }
    if meeting.recipient_id != me.id {
        return Err(MeetingError::NotAllowed(Message::new(
            "refusal-meeting-other-side-answers",
        )));
    }
    if meeting.status == MeetingStatus::Requested && meeting.expires_at.is_some_and(|at| at <= now) {
        return Err(MeetingError::NotAllowed(Message::new(
            "refusal-meeting-request-expired",
        )));
    }
    Ok(())
}

/// The recipient accepts a request; both sides get the invitation, and
/// the reminders are planned. A second acceptance finds it accepted
/// already and is refused (`Changed`).
pub fn accept(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    links: &notify::Links,
    now: NaiveDateTime,
) -> Result<Meeting, MeetingError> {
    let (event, me, meeting) = own_meeting(conn, user, id)?;
    answerable(&event, &me, &meeting, now)?;
    answer_clear_elsewhere(
        conn,
        &event,
        (&me, &meeting),
        meeting.starts_at,
        "refusal-meeting-accept-busy-elsewhere",
        now,
    )?;
    repo::accept_meeting(conn, &meeting.id, &links.rooms().room_for(&event), now)?;
    let meeting = repo::find_meeting(conn, &meeting.id)?.ok_or(MeetingError::NotFound)?;
    confirmed(conn, &event, &meeting, links, now)?;
    Ok(meeting)
}

pub(super) fn reason_of(reason: &str) -> Result<Option<String>, MeetingError> {
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
        (reason.as_deref(), None),
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
            return Err(MeetingError::NotAllowed(Message::new(
                "refusal-meeting-decline-instead",
            )));
        }
        MeetingStatus::Declined | MeetingStatus::Cancelled | MeetingStatus::Expired => {
            return Err(MeetingError::NotAllowed(Message::new("refusal-meeting-not-on")));
        }
    }
    if meeting.starts_at <= now {
        return Err(MeetingError::NotAllowed(Message::new("refusal-meeting-begun")));
    }
    end_meeting(
        conn,
        &meeting,
        (meeting.status, MeetingStatus::Cancelled),
        (reason.as_deref(), Some(CancelledBy::Participant)),
        now,
    )?;
    let was_accepted = meeting.status == MeetingStatus::Accepted;
    let meeting = repo::find_meeting(conn, &meeting.id)?.ok_or(MeetingError::NotFound)?;
    notify::meeting_cancelled(conn, &event, &meeting, was_accepted, links, now)?;
    Ok(meeting)
}

/// Another time for a meeting, as typed.
#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct ProposalInput {
    /// The proposed slot's start, RFC 3339.
    pub starts_at: String,
}

/// `user` proposes another slot for a meeting. A request still waiting
/// moves at once and goes to the other side to answer, as a request of
/// `user`'s. An accepted meeting keeps its time until the other side accepts
/// the move; the proposed slot is held for both meanwhile.
pub fn propose(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    input: &ProposalInput,
    links: &notify::Links,
    now: NaiveDateTime,
) -> Result<Meeting, MeetingError> {
    expire_lapsed(conn, now)?;
    let (event, me, meeting) = own_meeting(conn, user, id)?;
    require_booking_open(&event, now)?;
    let other_id = meeting.other_than(&me.id).ok_or(MeetingError::NotFound)?;
    let other = repo::find_participant(conn, other_id)?.ok_or(MeetingError::NotFound)?;
    let mut checks = Checks::new();
    let slot = offered_slot(&event, &input.starts_at, now, &mut checks);
    if slot.is_some_and(|s| s.starts_at.naive_utc() == meeting.starts_at) {
        checks.fail("starts_at", Message::new("meeting-starts-at-meeting-s-time"));
    }
    let slot = checks.finish_with(slot)?;
    if slot.starts_at.date_naive() != meeting.starts_at.date() {
        within_daily_caps(conn, &event, [("you", &me), ("they", &other)], &slot)?;
    }
    free_elsewhere(conn, &event, [("you", &me), ("they", &other)], &slot, now)?;
    let at = slot.starts_at.naive_utc();
    match meeting.status {
        MeetingStatus::Requested => {
            repo::release_holds(conn, &meeting.id)?;
            hold_for_both(conn, (&me, &other), at, &meeting.id, now)?;
            let expires_at = request_expiry(&event, &slot, now);
            repo::move_request(
                conn,
                &meeting.id,
                (&me.id, &other.id),
                (at, slot.ends_at.naive_utc()),
                expires_at,
                now,
            )?;
            plan_expiry(conn, &meeting.id, expires_at, now)?;
            let meeting = repo::find_meeting(conn, &meeting.id)?.ok_or(MeetingError::NotFound)?;
            notify::meeting_requested(conn, &event, &meeting, links, now)?;
            digest::plan(conn, &other, now, now)?;
            Ok(meeting)
        }
        MeetingStatus::Accepted => {
            if let Some(earlier) = meeting.proposed_starts_at {
                repo::release_hold_at(conn, &meeting.id, earlier)?;
            }
            hold_for_both(conn, (&me, &other), at, &meeting.id, now)?;
            repo::propose_move(conn, &meeting.id, &me.id, at, now)?;
            let meeting = repo::find_meeting(conn, &meeting.id)?.ok_or(MeetingError::NotFound)?;
            notify::move_proposed(conn, &event, &meeting, links, now)?;
            Ok(meeting)
        }
        MeetingStatus::Declined | MeetingStatus::Cancelled | MeetingStatus::Expired => {
            Err(MeetingError::NotAllowed(Message::new("refusal-meeting-not-on")))
        }
    }
}

/// The start the other side proposed to `me` for an accepted meeting.
fn proposed_to_me(meeting: &Meeting, me: &Participant) -> Result<NaiveDateTime, MeetingError> {
    match (meeting.status, meeting.proposed_starts_at, &meeting.proposed_by) {
        (MeetingStatus::Accepted, Some(at), Some(by)) if *by != me.id => Ok(at),
        (MeetingStatus::Accepted, Some(_), Some(_)) => Err(MeetingError::NotAllowed(Message::new(
            "refusal-meeting-other-side-answers-proposal",
        ))),
        _ => Err(MeetingError::NotAllowed(Message::new(
            "refusal-meeting-no-proposal",
        ))),
    }
}

/// The side a move was proposed to accepts it: the meeting moves, its old
/// slot is free again, and both get the updated invitation (same UID,
/// SEQUENCE raised), so calendars move the entry instead of adding one; the
/// reminders are planned anew for the new time (the old ones send nothing).
pub fn accept_move(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    links: &notify::Links,
    now: NaiveDateTime,
) -> Result<Meeting, MeetingError> {
    let (event, me, meeting) = own_meeting(conn, user, id)?;
    let at = proposed_to_me(&meeting, &me)?;
    if at <= now {
        return Err(MeetingError::NotAllowed(Message::new(
            "refusal-meeting-proposal-passed",
        )));
    }
    let length = meeting.ends_at - meeting.starts_at;
    answer_clear_elsewhere(
        conn,
        &event,
        (&me, &meeting),
        at,
        "refusal-meeting-move-busy-elsewhere",
        now,
    )?;
    repo::release_hold_at(conn, &meeting.id, meeting.starts_at)?;
    repo::move_to_proposal(conn, &meeting.id, (at, at + length), now)?;
    let meeting = repo::find_meeting(conn, &meeting.id)?.ok_or(MeetingError::NotFound)?;
    rescheduled(conn, &event, &meeting, links, now)?;
    Ok(meeting)
}

/// Either side keeps the meeting's time: the proposed slot is free again,
/// and the other side is told.
pub fn keep_time(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    links: &notify::Links,
    now: NaiveDateTime,
) -> Result<Meeting, MeetingError> {
    let (event, me, meeting) = own_meeting(conn, user, id)?;
    let Some(at) = meeting
        .proposed_starts_at
        .filter(|_| meeting.status == MeetingStatus::Accepted)
    else {
        return Err(MeetingError::NotAllowed(Message::new(
            "refusal-meeting-no-proposal",
        )));
    };
    repo::release_hold_at(conn, &meeting.id, at)?;
    repo::clear_proposal(conn, &meeting.id, at, now)?;
    let meeting = repo::find_meeting(conn, &meeting.id)?.ok_or(MeetingError::NotFound)?;
    notify::time_kept(conn, &event, &meeting, &me, links, now)?;
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
    end_meeting(
        conn,
        &meeting,
        (meeting.status, MeetingStatus::Cancelled),
        (None, Some(CancelledBy::Event)),
        now,
    )?;
    let was_accepted = meeting.status == MeetingStatus::Accepted;
    let meeting = repo::find_meeting(conn, &meeting.id)?.ok_or(MeetingError::NotFound)?;
    notify::meeting_cancelled(conn, event, &meeting, was_accepted, links, now)
}

/// Moves a meeting out of a holding status and frees its slot for both,
/// with the reason a person typed and who cancelled it.
pub(super) fn end_meeting(
    conn: &mut DbConnection,
    meeting: &Meeting,
    change: (MeetingStatus, MeetingStatus),
    why: (Option<&str>, Option<CancelledBy>),
    now: NaiveDateTime,
) -> Result<(), MeetingError> {
    repo::move_meeting(conn, &meeting.id, change, why, now)?;
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
            (None, None),
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
    let at = grid_start(&event, starts_at)?;
    repo::hold_slot(conn, &me.id, at, None, now)
}

/// A participant frees a slot they blocked; a slot a meeting holds stays held.
pub fn unblock_slot(
    conn: &mut DbConnection,
    user: &User,
    slug: &str,
    starts_at: &str,
) -> Result<(), MeetingError> {
    let (event, me) = own_participation(conn, user, slug)?;
    let at = grid_start(&event, starts_at)?;
    repo::unblock_slot(conn, &me.id, at)?;
    Ok(())
}

/// The start of the slot of `event`'s grid that `starts_at` (RFC 3339) names.
fn grid_start(event: &Event, starts_at: &str) -> Result<NaiveDateTime, MeetingError> {
    let at = DateTime::parse_from_rfc3339(starts_at.trim())
        .map(|at| at.with_timezone(&Utc))
        .ok()
        .filter(|at| {
            event
                .schedule()
                .is_ok_and(|s| s.grid().slots.iter().any(|slot| slot.starts_at == *at))
        })
        .ok_or_else(|| MeetingError::field("starts_at", Message::new("meeting-starts-at-time-not-event")))?;
    Ok(at.naive_utc())
}
