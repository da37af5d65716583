//! The scheduler's queries, each inside the caller's transaction: a page of
//! the grid reads its participants' holds and hours with one query each,
//! whatever the number of cells.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::cells::{Hold, HoldingMeeting};
use crate::db::{DbConnection, DbError, DbResult};
use crate::domain::transition;
use crate::meetings::MeetingError;
use crate::meetings::model::{MeetingId, MeetingStatus, ParticipantId, parse_clock};
use crate::meetings::schedule::LocalSpan;
use crate::schema::{meeting_holds, meetings, participant_hours};

type HoldRow = (
    ParticipantId,
    NaiveDateTime,
    Option<MeetingId>,
    Option<MeetingStatus>,
    Option<NaiveDateTime>,
    Option<ParticipantId>,
    Option<ParticipantId>,
    Option<NaiveDateTime>,
);

/// The holds of `participants` on slots starting in `[from, to)`, each with
/// its meeting (none for a blocked slot).
pub fn holds_between(
    conn: &mut DbConnection,
    participants: &[&ParticipantId],
    (from, to): (NaiveDateTime, NaiveDateTime),
) -> DbResult<Vec<Hold>> {
    let rows: Vec<HoldRow> = meeting_holds::table
        .left_join(meetings::table)
        .filter(meeting_holds::participant_id.eq_any(participants))
        .filter(meeting_holds::slot_start.ge(from))
        .filter(meeting_holds::slot_start.lt(to))
        .select((
            meeting_holds::participant_id,
            meeting_holds::slot_start,
            meeting_holds::meeting_id,
            meetings::status.nullable(),
            meetings::expires_at.nullable(),
            meetings::requester_id.nullable(),
            meetings::recipient_id.nullable(),
            meetings::starts_at.nullable(),
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(
            |(participant_id, slot_start, id, status, expires_at, requester, recipient, starts_at)| {
                let meeting = match (id, status, requester, recipient, starts_at) {
                    (Some(id), Some(status), Some(requester_id), Some(recipient_id), Some(starts_at)) => {
                        Some(HoldingMeeting {
                            id,
                            status,
                            expires_at,
                            requester_id,
                            recipient_id,
                            starts_at,
                        })
                    }
                    _ => None,
                };
                Hold {
                    participant_id,
                    slot_start,
                    meeting,
                }
            },
        )
        .collect())
}

/// The days on which each of `participants` set other hours.
pub fn hours_by_day_of(
    conn: &mut DbConnection,
    participants: &[&ParticipantId],
) -> DbResult<HashMap<ParticipantId, Vec<(NaiveDate, LocalSpan)>>> {
    let rows: Vec<(ParticipantId, NaiveDate, String, String)> = participant_hours::table
        .filter(participant_hours::participant_id.eq_any(participants))
        .select((
            participant_hours::participant_id,
            participant_hours::day,
            participant_hours::hours_start,
            participant_hours::hours_end,
        ))
        .load(conn)?;
    let mut by_participant: HashMap<ParticipantId, Vec<(NaiveDate, LocalSpan)>> = HashMap::new();
    for (participant, day, start, end) in rows {
        let span = parse_clock(&start)
            .zip(parse_clock(&end))
            .and_then(|(start, end)| LocalSpan::new(start, end).ok());
        if let Some(span) = span {
            by_participant.entry(participant).or_default().push((day, span));
        }
    }
    Ok(by_participant)
}

/// Moves an accepted meeting to another slot (still accepted, or the
/// change is refused), dropping any move a side had proposed and raising
/// its SEQUENCE so calendars move the entry.
pub fn move_accepted(
    conn: &mut DbConnection,
    id: &MeetingId,
    (starts_at, ends_at): (NaiveDateTime, NaiveDateTime),
    now: NaiveDateTime,
) -> Result<(), MeetingError> {
    let rows = diesel::update(
        meetings::table
            .filter(meetings::id.eq(id))
            .filter(meetings::status.eq(MeetingStatus::Accepted)),
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
