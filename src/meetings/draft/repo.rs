//! Draft schedule queries, each inside the caller's transaction, and the
//! event-wide reads the planner needs (hours and holds of every party in
//! one query each).

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};

use super::model::{Draft, DraftMeeting, DraftMeetingId, Unplaced};
use crate::db::{DbConnection, DbError, DbResult};
use crate::domain::transition;
use crate::meetings::MeetingError;
use crate::meetings::model::parse_clock;
use crate::meetings::model::{EventId, MeetingStatus, ParticipantId};
use crate::meetings::schedule::LocalSpan;
use crate::schema::{
    draft_meetings, draft_unplaced, meeting_holds, meetings, participant_hours, schedule_drafts,
};

pub fn find_draft(conn: &mut DbConnection, event: &EventId) -> DbResult<Option<Draft>> {
    Ok(schedule_drafts::table
        .find(event)
        .select(Draft::as_select())
        .first(conn)
        .optional()?)
}

/// Replaces the event's unpublished draft (if any) with `draft`, its meetings and its left-out producers.
pub fn replace_draft(
    conn: &mut DbConnection,
    draft: &Draft,
    meetings: &[DraftMeeting],
    unplaced: &[(ParticipantId, Unplaced)],
) -> Result<(), MeetingError> {
    let event = &draft.event_id;
    diesel::delete(draft_meetings::table.filter(draft_meetings::event_id.eq(event))).execute(conn)?;
    diesel::delete(draft_unplaced::table.filter(draft_unplaced::event_id.eq(event))).execute(conn)?;
    diesel::delete(schedule_drafts::table.find(event)).execute(conn)?;
    diesel::insert_into(schedule_drafts::table)
        .values(draft)
        .execute(conn)?;
    // Many rows at once: one statement per 500 rather than a round trip each.
    crate::db::insert_in_chunks!(conn, draft_meetings::table, meetings);
    for (producer, why) in unplaced {
        diesel::insert_into(draft_unplaced::table)
            .values((
                draft_unplaced::event_id.eq(event),
                draft_unplaced::producer_id.eq(producer),
                draft_unplaced::why.eq(why),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// The draft's meetings by start, then buyer.
pub fn meetings_of(conn: &mut DbConnection, event: &EventId) -> DbResult<Vec<DraftMeeting>> {
    Ok(draft_meetings::table
        .filter(draft_meetings::event_id.eq(event))
        .order((draft_meetings::starts_at, draft_meetings::buyer_id))
        .select(DraftMeeting::as_select())
        .load(conn)?)
}

/// The draft's meetings starting in `[from, to)`, by start, then buyer.
pub fn meetings_between(
    conn: &mut DbConnection,
    event: &EventId,
    (from, to): (NaiveDateTime, NaiveDateTime),
) -> DbResult<Vec<DraftMeeting>> {
    Ok(draft_meetings::table
        .filter(draft_meetings::event_id.eq(event))
        .filter(draft_meetings::starts_at.ge(from))
        .filter(draft_meetings::starts_at.lt(to))
        .order((draft_meetings::starts_at, draft_meetings::buyer_id))
        .select(DraftMeeting::as_select())
        .load(conn)?)
}

pub fn find_meeting(conn: &mut DbConnection, event: &EventId, id: &str) -> DbResult<Option<DraftMeeting>> {
    Ok(draft_meetings::table
        .filter(draft_meetings::event_id.eq(event))
        .filter(draft_meetings::id.eq(id))
        .select(DraftMeeting::as_select())
        .first(conn)
        .optional()?)
}

pub fn unplaced_of(conn: &mut DbConnection, event: &EventId) -> DbResult<Vec<(ParticipantId, Unplaced)>> {
    Ok(draft_unplaced::table
        .filter(draft_unplaced::event_id.eq(event))
        .order(draft_unplaced::producer_id)
        .select((draft_unplaced::producer_id, draft_unplaced::why))
        .load::<(String, Unplaced)>(conn)?
        .into_iter()
        .map(|(id, why)| (id.into(), why))
        .collect())
}

pub fn remove_meeting(conn: &mut DbConnection, id: &DraftMeetingId) -> DbResult<usize> {
    Ok(diesel::delete(draft_meetings::table.find(id)).execute(conn)?)
}

/// Moves a draft meeting; the table's keys refuse a time either party has
/// another draft meeting at ([`MeetingError::SlotTaken`]).
pub fn move_meeting(
    conn: &mut DbConnection,
    id: &DraftMeetingId,
    (starts_at, ends_at): (NaiveDateTime, NaiveDateTime),
) -> Result<(), MeetingError> {
    diesel::update(draft_meetings::table.find(id))
        .set((
            draft_meetings::starts_at.eq(starts_at),
            draft_meetings::ends_at.eq(ends_at),
        ))
        .execute(conn)
        .map_err(|e| match e {
            DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => MeetingError::SlotTaken,
            other => other.into(),
        })?;
    Ok(())
}

/// Marks the draft published, only once: a second publication finds it published.
pub fn mark_published(
    conn: &mut DbConnection,
    event: &EventId,
    now: NaiveDateTime,
) -> Result<(), MeetingError> {
    let rows = diesel::update(
        schedule_drafts::table
            .filter(schedule_drafts::event_id.eq(event))
            .filter(schedule_drafts::published_at.is_null()),
    )
    .set(schedule_drafts::published_at.eq(now))
    .execute(conn)
    .map_err(DbError::from)?;
    Ok(transition::changed_one(rows)?)
}

/// The days each of `participants` set other hours on.
pub fn hours_by_day_of(
    conn: &mut DbConnection,
    participants: &[&ParticipantId],
) -> DbResult<Vec<(ParticipantId, NaiveDate, LocalSpan)>> {
    let rows: Vec<(String, NaiveDate, String, String)> = participant_hours::table
        .filter(participant_hours::participant_id.eq_any(participants))
        .order((participant_hours::participant_id, participant_hours::day))
        .select((
            participant_hours::participant_id,
            participant_hours::day,
            participant_hours::hours_start,
            participant_hours::hours_end,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, day, start, end)| {
            let span = LocalSpan::new(parse_clock(&start)?, parse_clock(&end)?).ok()?;
            Some((id.into(), day, span))
        })
        .collect())
}

/// The slots held for any of `participants` at `now` (blocked, or held by a
/// meeting that is not a lapsed request), and whether a meeting holds each.
pub fn holds_of(
    conn: &mut DbConnection,
    participants: &[&ParticipantId],
    now: NaiveDateTime,
) -> DbResult<Vec<(ParticipantId, NaiveDateTime, bool)>> {
    let holds: Vec<(
        String,
        NaiveDateTime,
        Option<MeetingStatus>,
        Option<NaiveDateTime>,
    )> = meeting_holds::table
        .left_join(meetings::table)
        .filter(meeting_holds::participant_id.eq_any(participants))
        .order((meeting_holds::participant_id, meeting_holds::slot_start))
        .select((
            meeting_holds::participant_id,
            meeting_holds::slot_start,
            meetings::status.nullable(),
            meetings::expires_at.nullable(),
        ))
        .load(conn)?;
    Ok(holds
        .into_iter()
        .filter(|(_, _, status, expires_at)| {
            !(*status == Some(MeetingStatus::Requested) && expires_at.is_some_and(|at| at <= now))
        })
        .map(|(id, start, status, _)| (id.into(), start, status.is_some()))
        .collect())
}
