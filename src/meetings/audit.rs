//! What an event's organisers did to its meetings: one `event_audit` row per
//! action, written in the transaction of the change it records, so the log
//! holds exactly the changes that happened. Its readers are the event's
//! organisers and admins, on the schedule page.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use super::error::MeetingError;
use super::model::{Event, EventId, Meeting, MeetingId, ParticipantId};
use super::{display, repo, views};
use crate::accounts::User;
use crate::accounts::model::UserId;
use crate::db::{DbConnection, DbResult};
use crate::schema::{event_audit, users};

crate::id_type!(
    /// One organiser action in an event's audit log.
    pub AuditId
);

crate::text_enum!(
    /// What an organiser did to a meeting.
    pub AuditAction {
        Booked => "booked", "Booked";
        Moved => "moved", "Moved";
        Cancelled => "cancelled", "Cancelled";
        VideoLink => "video_link", "Video link";
    }
);

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, Serialize)]
#[diesel(table_name = event_audit, treat_none_as_default_value = false)]
pub struct AuditEntry {
    pub id: AuditId,
    pub event_id: EventId,
    pub actor_id: UserId,
    pub action: AuditAction,
    pub meeting_id: Option<MeetingId>,
    /// A short line in words: "Tulip Trading BV with Kashi Weaves, Tue 2 Mar 14:30".
    pub detail: String,
    pub at: NaiveDateTime,
}

/// Records that `actor` did `action` to `meeting` of `event`.
pub fn record(
    conn: &mut DbConnection,
    (event, meeting): (&EventId, &MeetingId),
    actor: &User,
    action: AuditAction,
    detail: String,
    now: NaiveDateTime,
) -> DbResult<()> {
    diesel::insert_into(event_audit::table)
        .values(AuditEntry {
            id: AuditId::new(),
            event_id: event.clone(),
            actor_id: actor.id.clone(),
            action,
            meeting_id: Some(meeting.clone()),
            detail,
            at: now,
        })
        .execute(conn)?;
    Ok(())
}

/// The newest `limit` entries of `event`'s log, each with its actor's name.
pub fn recent(conn: &mut DbConnection, event: &EventId, limit: i64) -> DbResult<Vec<(AuditEntry, String)>> {
    Ok(event_audit::table
        .inner_join(users::table)
        .filter(event_audit::event_id.eq(event))
        .order((event_audit::at.desc(), event_audit::id.desc()))
        .limit(limit)
        .select((AuditEntry::as_select(), users::name))
        .load(conn)?)
}

/// A meeting named for the log, at its present time on the event's clock:
/// "Tulip Trading BV with Kashi Weaves, Tue 3 Mar, 14:30 IST (UTC+05:30)".
pub fn meeting_line(
    conn: &mut DbConnection,
    event: &Event,
    meeting: &Meeting,
) -> Result<String, MeetingError> {
    let mut name = |id: &ParticipantId| {
        let participant = repo::find_participant(conn, id)?.ok_or(MeetingError::NotFound)?;
        views::participant_name(conn, &participant)
    };
    let (requester, recipient) = (name(&meeting.requester_id)?, name(&meeting.recipient_id)?);
    Ok(format!(
        "{requester} with {recipient}, {}",
        display::day_and_time(meeting.starts_at.and_utc(), event.zone()?)
    ))
}
