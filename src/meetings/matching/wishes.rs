//! "Must meet": either side marks a counterpart it wants to meet above all.
//! A mark is a row per pair and direction (the key makes marking twice a
//! no-op); the draft schedule places marked pairs first, and organisers see
//! every mark of their event.

use std::collections::BTreeSet;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::accounts::User;
use crate::db::{DbConnection, DbResult};
use crate::i18n::Message;
use crate::meetings::MeetingError;
use crate::meetings::booking::{counterpart, require_approved};
use crate::meetings::model::{Event, EventId, EventStatus, Participant, ParticipantId};
use crate::meetings::participation::own_participation;
use crate::schema::meeting_wishes;

/// `user`'s approved place in the event `slug` and the counterpart `with`,
/// while the event is on.
fn pair(
    conn: &mut DbConnection,
    user: &User,
    slug: &str,
    with: &str,
) -> Result<(Event, Participant, Participant), MeetingError> {
    let (event, me) = own_participation(conn, user, slug)?;
    match event.status {
        EventStatus::Draft => return Err(MeetingError::NotFound),
        EventStatus::Cancelled => {
            return Err(MeetingError::NotAllowed(Message::new("refusal-event-cancelled")));
        }
        EventStatus::Published => {}
    }
    require_approved(&me)?;
    let other = counterpart(conn, &me, with)?;
    Ok((event, me, other))
}

/// `user` marks participant `with` as one they must meet; marking twice keeps one mark.
pub fn mark(
    conn: &mut DbConnection,
    user: &User,
    slug: &str,
    with: &str,
    now: NaiveDateTime,
) -> Result<(), MeetingError> {
    let (event, me, other) = pair(conn, user, slug, with)?;
    let marked = meeting_wishes::table
        .find((&me.id, &other.id))
        .count()
        .get_result::<i64>(conn)?;
    if marked == 0 {
        diesel::insert_into(meeting_wishes::table)
            .values((
                meeting_wishes::from_id.eq(&me.id),
                meeting_wishes::to_id.eq(&other.id),
                meeting_wishes::event_id.eq(&event.id),
                meeting_wishes::created_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// `user` takes back their mark on `with`.
pub fn unmark(conn: &mut DbConnection, user: &User, slug: &str, with: &str) -> Result<(), MeetingError> {
    let (_, me, other) = pair(conn, user, slug, with)?;
    diesel::delete(meeting_wishes::table.find((&me.id, &other.id))).execute(conn)?;
    Ok(())
}

/// Whom `participant` marked.
pub fn marked_by(conn: &mut DbConnection, participant: &ParticipantId) -> DbResult<BTreeSet<ParticipantId>> {
    Ok(meeting_wishes::table
        .filter(meeting_wishes::from_id.eq(participant))
        .select(meeting_wishes::to_id)
        .load::<String>(conn)?
        .into_iter()
        .map(ParticipantId::from)
        .collect())
}

/// Every mark of an event as (who marked, whom), in that order.
pub fn of_event(conn: &mut DbConnection, event: &EventId) -> DbResult<Vec<(ParticipantId, ParticipantId)>> {
    Ok(meeting_wishes::table
        .filter(meeting_wishes::event_id.eq(event))
        .order((meeting_wishes::from_id, meeting_wishes::to_id))
        .select((meeting_wishes::from_id, meeting_wishes::to_id))
        .load::<(String, String)>(conn)?
        .into_iter()
        .map(|(from, to)| (from.into(), to.into()))
        .collect())
}
