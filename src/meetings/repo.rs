//! Meetings queries, each inside the caller's transaction. Statuses change
//! by guarded updates (`domain::transition`), and a slot is held by a row
//! of `meeting_holds` whose primary key makes a second holder impossible.

use std::collections::HashSet;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};

use super::audience::CoHost;
use super::error::MeetingError;
use super::model::{
    CancelledBy, Event, EventId, EventStatus, Meeting, MeetingHold, MeetingId, MeetingStatus, Participant,
    ParticipantId, ParticipantStatus, Side,
};
use super::schedule::LocalSpan;
use crate::accounts::model::UserId;
use crate::db::{DbConnection, DbError, DbResult};
use crate::domain::transition;
use crate::schema::{
    enquiry_events, event_co_hosts, event_organisers, event_participants, events, meeting_feeds,
    meeting_holds, meetings, participant_hours,
};

pub fn insert_event(conn: &mut DbConnection, event: &Event) -> DbResult<()> {
    diesel::insert_into(events::table).values(event).execute(conn)?;
    Ok(())
}

/// Writes the organiser's settings of `event` (not its status).
pub fn save_event_settings(conn: &mut DbConnection, event: &Event) -> DbResult<()> {
    diesel::update(events::table.find(&event.id))
        .set((
            events::title.eq(&event.title),
            events::description.eq(&event.description),
            events::time_zone.eq(&event.time_zone),
            events::first_day.eq(event.first_day),
            events::days.eq(event.days),
            events::window_start.eq(&event.window_start),
            events::window_end.eq(&event.window_end),
            events::breaks.eq(&event.breaks),
            events::slot_minutes.eq(event.slot_minutes),
            events::gap_minutes.eq(event.gap_minutes),
            events::booking_opens_at.eq(event.booking_opens_at),
            events::booking_closes_at.eq(event.booking_closes_at),
            events::request_mode.eq(event.request_mode),
            events::request_expiry_minutes.eq(event.request_expiry_minutes),
            events::daily_cap.eq(event.daily_cap),
            events::approval.eq(event.approval),
            events::sectors.eq(&event.sectors),
            events::buyer_countries.eq(&event.buyer_countries),
            events::focus_states.eq(&event.focus_states),
            events::focus_districts.eq(&event.focus_districts),
            events::producer_capacity.eq(event.producer_capacity),
            events::buyer_capacity.eq(event.buyer_capacity),
            events::video_base.eq(&event.video_base),
            events::updated_at.eq(event.updated_at),
        ))
        .execute(conn)?;
    Ok(())
}

pub fn find_event(conn: &mut DbConnection, id: &str) -> DbResult<Option<Event>> {
    Ok(events::table
        .find(id)
        .select(Event::as_select())
        .first(conn)
        .optional()?)
}

pub fn event_by_slug(conn: &mut DbConnection, slug: &str) -> DbResult<Option<Event>> {
    Ok(events::table
        .filter(events::slug.eq(slug))
        .select(Event::as_select())
        .first(conn)
        .optional()?)
}

pub fn slug_taken(conn: &mut DbConnection, slug: &str) -> DbResult<bool> {
    Ok(diesel::select(diesel::dsl::exists(events::table.filter(events::slug.eq(slug)))).get_result(conn)?)
}

/// The threads' own programmes (`from_enquiry::direct`): events no list shows.
pub(super) fn threads_programmes() -> diesel::dsl::Select<enquiry_events::table, enquiry_events::event_id> {
    enquiry_events::table.select(enquiry_events::event_id)
}

/// Events `user` owns or co-organises, latest first.
pub fn events_organised_by(conn: &mut DbConnection, user: &UserId) -> DbResult<Vec<Event>> {
    let co = event_organisers::table
        .filter(event_organisers::user_id.eq(user))
        .select(event_organisers::event_id);
    Ok(events::table
        .filter(events::owner_id.eq(user).or(events::id.eq_any(co)))
        .filter(diesel::dsl::not(events::id.eq_any(threads_programmes())))
        .order(events::first_day.desc())
        .select(Event::as_select())
        .load(conn)?)
}

/// Published and cancelled events, in date order (threads' own programmes left out).
pub fn public_events(conn: &mut DbConnection) -> DbResult<Vec<Event>> {
    Ok(events::table
        .filter(events::status.ne(EventStatus::Draft))
        .filter(diesel::dsl::not(events::id.eq_any(threads_programmes())))
        .order(events::first_day.asc())
        .select(Event::as_select())
        .load(conn)?)
}

/// The published events' slugs and when each last changed, for the sitemap
/// (drafts are not public, a cancelled event is no longer on offer, and a
/// thread's own programme is its two parties' alone).
pub fn published_event_changes(conn: &mut DbConnection) -> DbResult<Vec<(String, NaiveDateTime)>> {
    Ok(events::table
        .filter(events::status.eq(EventStatus::Published))
        .filter(diesel::dsl::not(events::id.eq_any(threads_programmes())))
        .order(events::first_day.asc())
        .select((events::slug, events::updated_at))
        .load(conn)?)
}

pub fn add_organiser(
    conn: &mut DbConnection,
    event: &EventId,
    user: &UserId,
    now: NaiveDateTime,
) -> DbResult<()> {
    diesel::insert_into(event_organisers::table)
        .values((
            event_organisers::event_id.eq(event),
            event_organisers::user_id.eq(user),
            event_organisers::created_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

pub fn co_organisers(conn: &mut DbConnection, event: &EventId) -> DbResult<Vec<UserId>> {
    Ok(event_organisers::table
        .filter(event_organisers::event_id.eq(event))
        .order(event_organisers::created_at)
        .select(event_organisers::user_id)
        .load(conn)?)
}

/// Moves an event from `from` to `to`, only while it is still in `from`.
pub fn move_event(
    conn: &mut DbConnection,
    id: &EventId,
    (from, to): (EventStatus, EventStatus),
    now: NaiveDateTime,
) -> Result<(), MeetingError> {
    let stamp = |status| (to == status).then_some(now);
    let rows = diesel::update(
        events::table
            .filter(events::id.eq(id))
            .filter(events::status.eq(from)),
    )
    .set((
        events::status.eq(to),
        events::published_at.eq(stamp(EventStatus::Published)),
        events::cancelled_at.eq(stamp(EventStatus::Cancelled)),
        events::updated_at.eq(now),
    ))
    .execute(conn)
    .map_err(DbError::from)?;
    Ok(transition::changed_one(rows)?)
}

pub fn insert_participant(conn: &mut DbConnection, participant: &Participant) -> DbResult<()> {
    diesel::insert_into(event_participants::table)
        .values(participant)
        .execute(conn)?;
    Ok(())
}

pub fn find_participant(conn: &mut DbConnection, id: &str) -> DbResult<Option<Participant>> {
    Ok(event_participants::table
        .find(id)
        .select(Participant::as_select())
        .first(conn)
        .optional()?)
}

pub fn participant_of(
    conn: &mut DbConnection,
    event: &EventId,
    user: &UserId,
) -> DbResult<Option<Participant>> {
    Ok(event_participants::table
        .filter(event_participants::event_id.eq(event))
        .filter(event_participants::user_id.eq(user))
        .select(Participant::as_select())
        .first(conn)
        .optional()?)
}

/// An event's participants, optionally of one side and status, oldest first.
pub fn participants_of(
    conn: &mut DbConnection,
    event: &EventId,
    side: Option<Side>,
    status: Option<ParticipantStatus>,
) -> DbResult<Vec<Participant>> {
    let mut query = event_participants::table
        .filter(event_participants::event_id.eq(event))
        .into_boxed();
    if let Some(side) = side {
        query = query.filter(event_participants::side.eq(side));
    }
    if let Some(status) = status {
        query = query.filter(event_participants::status.eq(status));
    }
    Ok(query
        .order(event_participants::created_at)
        .select(Participant::as_select())
        .load(conn)?)
}

/// How many approved participants each side of an event has: (producers, buyers).
pub fn approved_counts(conn: &mut DbConnection, event: &EventId) -> DbResult<(usize, usize)> {
    let counts: Vec<(Side, i64)> = event_participants::table
        .filter(event_participants::event_id.eq(event))
        .filter(event_participants::status.eq(ParticipantStatus::Approved))
        .group_by(event_participants::side)
        .select((event_participants::side, diesel::dsl::count_star()))
        .load(conn)?;
    let of = |side| {
        counts
            .iter()
            .find(|(s, _)| *s == side)
            .map_or(0, |(_, n)| usize::try_from(*n).unwrap_or(0))
    };
    Ok((of(Side::Producer), of(Side::Buyer)))
}

/// `limit` approved participants of one side of an event from `offset` on,
/// in the order they joined (ids break ties, so pages never overlap).
pub fn approved_page(
    conn: &mut DbConnection,
    event: &EventId,
    side: Side,
    (offset, limit): (usize, usize),
) -> DbResult<Vec<Participant>> {
    let to_sql = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
    Ok(event_participants::table
        .filter(event_participants::event_id.eq(event))
        .filter(event_participants::side.eq(side))
        .filter(event_participants::status.eq(ParticipantStatus::Approved))
        .order((event_participants::created_at, event_participants::id))
        .offset(to_sql(offset))
        .limit(to_sql(limit))
        .select(Participant::as_select())
        .load(conn)?)
}

/// Approves or declines a participant still waiting for the decision.
pub fn decide_participant(
    conn: &mut DbConnection,
    id: &ParticipantId,
    (to, hosted): (ParticipantStatus, bool),
    note: Option<&str>,
    now: NaiveDateTime,
) -> Result<(), MeetingError> {
    let rows = diesel::update(
        event_participants::table
            .filter(event_participants::id.eq(id))
            .filter(event_participants::status.eq(ParticipantStatus::Pending)),
    )
    .set((
        event_participants::status.eq(to),
        event_participants::hosted.eq(hosted),
        event_participants::decision_note.eq(note),
        event_participants::decided_at.eq(now),
        event_participants::updated_at.eq(now),
    ))
    .execute(conn)
    .map_err(DbError::from)?;
    Ok(transition::changed_one(rows)?)
}

pub fn set_daily_hours(
    conn: &mut DbConnection,
    id: &ParticipantId,
    hours: LocalSpan,
    now: NaiveDateTime,
) -> DbResult<()> {
    diesel::update(event_participants::table.find(id))
        .set((
            event_participants::hours_start.eq(super::model::clock_text(hours.start)),
            event_participants::hours_end.eq(super::model::clock_text(hours.end)),
            event_participants::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

pub fn set_time_zone(
    conn: &mut DbConnection,
    id: &ParticipantId,
    zone: &str,
    now: NaiveDateTime,
) -> DbResult<()> {
    diesel::update(event_participants::table.find(id))
        .set((
            event_participants::time_zone.eq(zone),
            event_participants::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// Replaces a participant's hours on `day`.
pub fn set_hours_on(
    conn: &mut DbConnection,
    id: &ParticipantId,
    day: NaiveDate,
    hours: LocalSpan,
) -> DbResult<()> {
    diesel::delete(
        participant_hours::table
            .filter(participant_hours::participant_id.eq(id))
            .filter(participant_hours::day.eq(day)),
    )
    .execute(conn)?;
    diesel::insert_into(participant_hours::table)
        .values((
            participant_hours::participant_id.eq(id),
            participant_hours::day.eq(day),
            participant_hours::hours_start.eq(super::model::clock_text(hours.start)),
            participant_hours::hours_end.eq(super::model::clock_text(hours.end)),
        ))
        .execute(conn)?;
    Ok(())
}

/// The days on which a participant set other hours, readable rows only
/// (the service writes nothing else).
pub fn hours_by_day(conn: &mut DbConnection, id: &ParticipantId) -> DbResult<Vec<(NaiveDate, LocalSpan)>> {
    let rows: Vec<(NaiveDate, String, String)> = participant_hours::table
        .filter(participant_hours::participant_id.eq(id))
        .select((
            participant_hours::day,
            participant_hours::hours_start,
            participant_hours::hours_end,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(day, start, end)| {
            let span = LocalSpan::new(
                super::model::parse_clock(&start)?,
                super::model::parse_clock(&end)?,
            )
            .ok()?;
            Some((day, span))
        })
        .collect())
}

pub fn insert_meeting(conn: &mut DbConnection, meeting: &Meeting) -> DbResult<()> {
    diesel::insert_into(meetings::table)
        .values(meeting)
        .execute(conn)?;
    Ok(())
}

pub fn find_meeting(conn: &mut DbConnection, id: &str) -> DbResult<Option<Meeting>> {
    Ok(meetings::table
        .find(id)
        .select(Meeting::as_select())
        .first(conn)
        .optional()?)
}

/// Every meeting `participant` is in, by start time.
pub fn meetings_of(conn: &mut DbConnection, participant: &ParticipantId) -> DbResult<Vec<Meeting>> {
    Ok(meetings::table
        .filter(
            meetings::requester_id
                .eq(participant)
                .or(meetings::recipient_id.eq(participant)),
        )
        .order(meetings::starts_at)
        .select(Meeting::as_select())
        .load(conn)?)
}

/// Meetings holding a slot for `participant` that start in `[from, to)`.
pub fn holding_meetings_between(
    conn: &mut DbConnection,
    participant: &ParticipantId,
    (from, to): (NaiveDateTime, NaiveDateTime),
) -> DbResult<i64> {
    Ok(meetings::table
        .filter(
            meetings::requester_id
                .eq(participant)
                .or(meetings::recipient_id.eq(participant)),
        )
        .filter(meetings::status.eq_any(MeetingStatus::HOLDING))
        .filter(meetings::starts_at.ge(from))
        .filter(meetings::starts_at.lt(to))
        .count()
        .get_result(conn)?)
}

/// Requests still waiting whose time ran out at `now`.
pub fn lapsed_requests(conn: &mut DbConnection, now: NaiveDateTime) -> DbResult<Vec<Meeting>> {
    Ok(meetings::table
        .filter(meetings::status.eq(MeetingStatus::Requested))
        .filter(meetings::expires_at.le(now))
        .select(Meeting::as_select())
        .load(conn)?)
}

/// Requests still waiting at `now` for `participant`'s answer, by start.
pub fn requests_waiting_for(
    conn: &mut DbConnection,
    participant: &ParticipantId,
    now: NaiveDateTime,
) -> DbResult<Vec<Meeting>> {
    Ok(meetings::table
        .filter(meetings::recipient_id.eq(participant))
        .filter(meetings::status.eq(MeetingStatus::Requested))
        .filter(meetings::expires_at.gt(now))
        .filter(meetings::starts_at.gt(now))
        .order(meetings::starts_at)
        .select(Meeting::as_select())
        .load(conn)?)
}

/// Meetings of any of `participants` that were accepted at some time
/// (accepted now, or cancelled after: leaving "accepted" raised the
/// SEQUENCE, which nothing else does to a meeting not yet accepted) and
/// start at or after `from`, by start.
pub fn calendar_meetings(
    conn: &mut DbConnection,
    participants: &[&ParticipantId],
    from: NaiveDateTime,
) -> DbResult<Vec<Meeting>> {
    Ok(meetings::table
        .filter(
            meetings::requester_id
                .eq_any(participants)
                .or(meetings::recipient_id.eq_any(participants)),
        )
        .filter(
            meetings::status.eq(MeetingStatus::Accepted).or(meetings::status
                .eq(MeetingStatus::Cancelled)
                .and(meetings::sequence.gt(0))),
        )
        .filter(meetings::starts_at.ge(from))
        .order(meetings::starts_at)
        .select(Meeting::as_select())
        .load(conn)?)
}

/// Replaces `user`'s calendar feed secret with the one whose digest is `token_hash`.
pub fn replace_feed(
    conn: &mut DbConnection,
    user: &UserId,
    token_hash: &str,
    now: NaiveDateTime,
) -> DbResult<()> {
    let replaced = diesel::update(meeting_feeds::table.find(user))
        .set((
            meeting_feeds::token_hash.eq(token_hash),
            meeting_feeds::created_at.eq(now),
        ))
        .execute(conn)?;
    if replaced == 1 {
        return Ok(());
    }
    diesel::insert_into(meeting_feeds::table)
        .values((
            meeting_feeds::user_id.eq(user),
            meeting_feeds::token_hash.eq(token_hash),
            meeting_feeds::created_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// When `user`'s calendar feed secret was made, if they have one.
pub fn feed_made_at(conn: &mut DbConnection, user: &UserId) -> DbResult<Option<NaiveDateTime>> {
    Ok(meeting_feeds::table
        .find(user)
        .select(meeting_feeds::created_at)
        .first(conn)
        .optional()?)
}

/// The user whose calendar feed secret has the digest `token_hash`.
pub fn feed_owner(conn: &mut DbConnection, token_hash: &str) -> DbResult<Option<UserId>> {
    Ok(meeting_feeds::table
        .filter(meeting_feeds::token_hash.eq(token_hash))
        .select(meeting_feeds::user_id)
        .first(conn)
        .optional()?)
}

/// Moves a meeting from `from` to `to` while it is still in `from`. A
/// meeting that was accepted is in calendars, so leaving that status raises
/// its SEQUENCE: the cancellation supersedes the invitation.
pub fn move_meeting(
    conn: &mut DbConnection,
    id: &MeetingId,
    (from, to): (MeetingStatus, MeetingStatus),
    (reason, cancelled_by): (Option<&str>, Option<CancelledBy>),
    now: NaiveDateTime,
) -> Result<(), MeetingError> {
    let bump = i32::from(from == MeetingStatus::Accepted);
    let rows = diesel::update(
        meetings::table
            .filter(meetings::id.eq(id))
            .filter(meetings::status.eq(from)),
    )
    .set((
        meetings::status.eq(to),
        meetings::reason.eq(reason),
        meetings::cancelled_by.eq(cancelled_by),
        meetings::sequence.eq(meetings::sequence + bump),
        meetings::updated_at.eq(now),
    ))
    .execute(conn)
    .map_err(DbError::from)?;
    Ok(transition::changed_one(rows)?)
}

/// Accepts a request still waiting, giving it its video room.
pub fn accept_meeting(
    conn: &mut DbConnection,
    id: &MeetingId,
    video_url: &str,
    now: NaiveDateTime,
) -> Result<(), MeetingError> {
    let rows = diesel::update(
        meetings::table
            .filter(meetings::id.eq(id))
            .filter(meetings::status.eq(MeetingStatus::Requested)),
    )
    .set((
        meetings::status.eq(MeetingStatus::Accepted),
        meetings::video_url.eq(video_url),
        meetings::updated_at.eq(now),
    ))
    .execute(conn)
    .map_err(DbError::from)?;
    Ok(transition::changed_one(rows)?)
}

/// Holds `slot_start` for `participant`, for `meeting` or (None) as a
/// blocked slot. The primary key refuses a second holder, under any
/// concurrency, on both backends: that refusal is [`MeetingError::SlotTaken`].
pub fn hold_slot(
    conn: &mut DbConnection,
    participant: &ParticipantId,
    slot_start: NaiveDateTime,
    meeting: Option<&MeetingId>,
    now: NaiveDateTime,
) -> Result<(), MeetingError> {
    diesel::insert_into(meeting_holds::table)
        .values(MeetingHold {
            participant_id: participant.clone(),
            slot_start,
            meeting_id: meeting.cloned(),
            created_at: now,
        })
        .execute(conn)
        .map_err(|e| match e {
            DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => MeetingError::SlotTaken,
            other => other.into(),
        })?;
    Ok(())
}

/// Moves a request still waiting to another slot, `asker` now asking
/// `answerer` (who may be the side that asked before).
pub fn move_request(
    conn: &mut DbConnection,
    id: &MeetingId,
    (asker, answerer): (&ParticipantId, &ParticipantId),
    (starts_at, ends_at): (NaiveDateTime, NaiveDateTime),
    expires_at: NaiveDateTime,
    now: NaiveDateTime,
) -> Result<(), MeetingError> {
    let rows = diesel::update(
        meetings::table
            .filter(meetings::id.eq(id))
            .filter(meetings::status.eq(MeetingStatus::Requested)),
    )
    .set((
        meetings::requester_id.eq(asker),
        meetings::recipient_id.eq(answerer),
        meetings::starts_at.eq(starts_at),
        meetings::ends_at.eq(ends_at),
        meetings::expires_at.eq(expires_at),
        meetings::updated_at.eq(now),
    ))
    .execute(conn)
    .map_err(DbError::from)?;
    Ok(transition::changed_one(rows)?)
}

/// Records that `by` proposes moving an accepted meeting to `at`.
pub fn propose_move(
    conn: &mut DbConnection,
    id: &MeetingId,
    by: &ParticipantId,
    at: NaiveDateTime,
    now: NaiveDateTime,
) -> Result<(), MeetingError> {
    let rows = diesel::update(
        meetings::table
            .filter(meetings::id.eq(id))
            .filter(meetings::status.eq(MeetingStatus::Accepted)),
    )
    .set((
        meetings::proposed_starts_at.eq(at),
        meetings::proposed_by.eq(by),
        meetings::updated_at.eq(now),
    ))
    .execute(conn)
    .map_err(DbError::from)?;
    Ok(transition::changed_one(rows)?)
}

/// Moves an accepted meeting to the slot proposed for it (still proposed,
/// or a second answer finds it changed), raising its SEQUENCE.
pub fn move_to_proposal(
    conn: &mut DbConnection,
    id: &MeetingId,
    (starts_at, ends_at): (NaiveDateTime, NaiveDateTime),
    now: NaiveDateTime,
) -> Result<(), MeetingError> {
    let rows = diesel::update(
        meetings::table
            .filter(meetings::id.eq(id))
            .filter(meetings::status.eq(MeetingStatus::Accepted))
            .filter(meetings::proposed_starts_at.eq(starts_at)),
    )
    .set((
        meetings::starts_at.eq(starts_at),
        meetings::ends_at.eq(ends_at),
        meetings::proposed_starts_at.eq(None::<NaiveDateTime>),
        meetings::proposed_by.eq(None::<ParticipantId>),
        meetings::sequence.eq(meetings::sequence + 1),
        meetings::updated_at.eq(now),
    ))
    .execute(conn)
    .map_err(DbError::from)?;
    Ok(transition::changed_one(rows)?)
}

/// Drops the move proposed to `at`, if it is still the one proposed.
pub fn clear_proposal(
    conn: &mut DbConnection,
    id: &MeetingId,
    at: NaiveDateTime,
    now: NaiveDateTime,
) -> Result<(), MeetingError> {
    let rows = diesel::update(
        meetings::table
            .filter(meetings::id.eq(id))
            .filter(meetings::proposed_starts_at.eq(at)),
    )
    .set((
        meetings::proposed_starts_at.eq(None::<NaiveDateTime>),
        meetings::proposed_by.eq(None::<ParticipantId>),
        meetings::updated_at.eq(now),
    ))
    .execute(conn)
    .map_err(DbError::from)?;
    Ok(transition::changed_one(rows)?)
}

/// Frees one slot a meeting held for both sides (its old time once moved,
/// or a proposed time not taken).
pub fn release_hold_at(
    conn: &mut DbConnection,
    meeting: &MeetingId,
    slot_start: NaiveDateTime,
) -> DbResult<usize> {
    Ok(diesel::delete(
        meeting_holds::table
            .filter(meeting_holds::meeting_id.eq(meeting))
            .filter(meeting_holds::slot_start.eq(slot_start)),
    )
    .execute(conn)?)
}

/// Frees every slot a meeting held for both sides.
pub fn release_holds(conn: &mut DbConnection, meeting: &MeetingId) -> DbResult<usize> {
    Ok(diesel::delete(meeting_holds::table.filter(meeting_holds::meeting_id.eq(meeting))).execute(conn)?)
}

/// The slot starts held for any of `participants` at `now`: blocked, or
/// held by a meeting that is not a request whose time ran out (its hold
/// goes when the expiry job runs, but the slot is free already).
pub fn held_starts(
    conn: &mut DbConnection,
    participants: &[&ParticipantId],
    now: NaiveDateTime,
) -> DbResult<HashSet<NaiveDateTime>> {
    let holds: Vec<(NaiveDateTime, Option<MeetingStatus>, Option<NaiveDateTime>)> = meeting_holds::table
        .left_join(meetings::table)
        .filter(meeting_holds::participant_id.eq_any(participants))
        .select((
            meeting_holds::slot_start,
            meetings::status.nullable(),
            meetings::expires_at.nullable(),
        ))
        .load(conn)?;
    Ok(holds
        .into_iter()
        .filter(|(_, status, expires_at)| {
            let lapsed = *status == Some(MeetingStatus::Requested) && expires_at.is_some_and(|at| at <= now);
            !lapsed
        })
        .map(|(start, _, _)| start)
        .collect())
}

/// Every event place `user` has, newest first.
pub fn participations_of(conn: &mut DbConnection, user: &UserId) -> DbResult<Vec<Participant>> {
    Ok(event_participants::table
        .filter(event_participants::user_id.eq(user))
        .order(event_participants::created_at.desc())
        .select(Participant::as_select())
        .load(conn)?)
}

/// Replaces an event's co-hosts with `co_hosts`, in their order.
pub fn replace_co_hosts(conn: &mut DbConnection, event: &EventId, co_hosts: &[CoHost]) -> DbResult<()> {
    diesel::delete(event_co_hosts::table.filter(event_co_hosts::event_id.eq(event))).execute(conn)?;
    for (position, host) in (0..).zip(co_hosts) {
        diesel::insert_into(event_co_hosts::table)
            .values((
                event_co_hosts::event_id.eq(event),
                event_co_hosts::position.eq(position),
                event_co_hosts::name.eq(&host.name),
                event_co_hosts::url.eq(&host.url),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// An event's co-hosts, in their order.
pub fn co_hosts_of(conn: &mut DbConnection, event: &EventId) -> DbResult<Vec<CoHost>> {
    Ok(event_co_hosts::table
        .filter(event_co_hosts::event_id.eq(event))
        .order(event_co_hosts::position)
        .select((event_co_hosts::name, event_co_hosts::url))
        .load::<(String, String)>(conn)?
        .into_iter()
        .map(|(name, url)| CoHost { name, url })
        .collect())
}

/// Frees a slot `participant` blocked for themselves (never one a meeting holds).
pub fn unblock_slot(
    conn: &mut DbConnection,
    participant: &ParticipantId,
    slot_start: NaiveDateTime,
) -> DbResult<usize> {
    Ok(diesel::delete(
        meeting_holds::table
            .filter(meeting_holds::participant_id.eq(participant))
            .filter(meeting_holds::slot_start.eq(slot_start))
            .filter(meeting_holds::meeting_id.is_null()),
    )
    .execute(conn)?)
}

/// The slot starts `participant` blocked for themselves.
pub fn blocked_starts(
    conn: &mut DbConnection,
    participant: &ParticipantId,
) -> DbResult<HashSet<NaiveDateTime>> {
    Ok(meeting_holds::table
        .filter(meeting_holds::participant_id.eq(participant))
        .filter(meeting_holds::meeting_id.is_null())
        .select(meeting_holds::slot_start)
        .load::<NaiveDateTime>(conn)?
        .into_iter()
        .collect())
}

/// A meeting's start, end, proposed start, status and answer-by time.
type BusyRow = (
    NaiveDateTime,
    NaiveDateTime,
    Option<NaiveDateTime>,
    MeetingStatus,
    Option<NaiveDateTime>,
);

/// The times (start, end) of the meetings holding a slot for any place of
/// `users` in an event other than `event`, overlapping `[from, to)`: each
/// meeting's own time and any time proposed for moving it. Requests whose
/// answer time ran out at `now` hold nothing.
pub fn busy_elsewhere(
    conn: &mut DbConnection,
    users: &[&UserId],
    event: &EventId,
    (from, to): (NaiveDateTime, NaiveDateTime),
    now: NaiveDateTime,
) -> DbResult<Vec<(NaiveDateTime, NaiveDateTime)>> {
    let places: Vec<ParticipantId> = event_participants::table
        .filter(event_participants::user_id.eq_any(users))
        .filter(event_participants::event_id.ne(event))
        .select(event_participants::id)
        .load(conn)?;
    if places.is_empty() {
        return Ok(Vec::new());
    }
    let rows: Vec<BusyRow> = meetings::table
        .filter(
            meetings::requester_id
                .eq_any(&places)
                .or(meetings::recipient_id.eq_any(&places)),
        )
        .filter(meetings::status.eq_any(MeetingStatus::HOLDING))
        .select((
            meetings::starts_at,
            meetings::ends_at,
            meetings::proposed_starts_at,
            meetings::status,
            meetings::expires_at,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter(|(_, _, _, status, expires_at)| {
            !(*status == MeetingStatus::Requested && expires_at.is_some_and(|at| at <= now))
        })
        .flat_map(|(start, end, proposed, _, _)| {
            let moved = proposed.map(|p| (p, p + (end - start)));
            std::iter::once((start, end)).chain(moved)
        })
        .filter(|(start, end)| *start < to && *end > from)
        .collect())
}
