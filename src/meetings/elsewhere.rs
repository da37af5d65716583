//! Meetings elsewhere as busy time, on a thread's own programme
//! ([`super::from_enquiry::direct`]). Its two parties are the same people
//! who meet in events, and its half-hours lie on every day, so a slot it
//! offers may overlap a meeting one of them has at an event: there that
//! meeting is busy time, when times are offered, when one is asked for and
//! when it is accepted. (An event's own grid keeps to its own holds: its
//! organisers plan its days, and its slots are its participants' time.)

use chrono::NaiveDateTime;

use super::error::MeetingError;
use super::from_enquiry;
use super::model::{Event, Participant};
use super::repo;
use super::schedule::Slot;
use crate::db::DbConnection;

/// The times, within `window`, that `sides` spend in meetings of other
/// events; none unless `event` is a thread's own programme.
pub fn busy(
    conn: &mut DbConnection,
    event: &Event,
    sides: [&Participant; 2],
    window: (NaiveDateTime, NaiveDateTime),
    now: NaiveDateTime,
) -> Result<Vec<(NaiveDateTime, NaiveDateTime)>, MeetingError> {
    if !is_own_programme(conn, event)? {
        return Ok(Vec::new());
    }
    Ok(repo::busy_elsewhere(
        conn,
        &[&sides[0].user_id, &sides[1].user_id],
        &event.id,
        window,
        now,
    )?)
}

/// Whether `event` is a thread's own programme: one `enquiry_events`
/// names, or one not stored yet — a programme is shown before the first
/// proposal writes it, and no other event is ever shown unstored.
fn is_own_programme(conn: &mut DbConnection, event: &Event) -> Result<bool, MeetingError> {
    Ok(from_enquiry::is_own_programme(conn, &event.id)?
        || repo::find_event(conn, event.id.as_str())?.is_none())
}

/// Whether `slot` overlaps any of `busy`.
pub fn overlaps(busy: &[(NaiveDateTime, NaiveDateTime)], slot: &Slot) -> bool {
    let (start, end) = (slot.starts_at.naive_utc(), slot.ends_at.naive_utc());
    busy.iter().any(|(from, to)| *from < end && *to > start)
}

/// The first of `sides` (each with the word that names it in messages: "you", "they" or a name)
/// with a meeting of another event during `slot`, on a thread's own programme.
pub fn first_busy<'a>(
    conn: &mut DbConnection,
    event: &Event,
    sides: [(&'a str, &Participant); 2],
    slot: &Slot,
    now: NaiveDateTime,
) -> Result<Option<&'a str>, MeetingError> {
    let window = (slot.starts_at.naive_utc(), slot.ends_at.naive_utc());
    for (who, side) in sides {
        if !busy(conn, event, [side, side], window, now)?.is_empty() {
            return Ok(Some(who));
        }
    }
    Ok(None)
}
