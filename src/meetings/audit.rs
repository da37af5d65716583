//! What an event's organisers did to its meetings: one `event_audit` row per
//! action, written in the transaction of the change it records, so the log
//! holds exactly the changes that happened. Its readers are the event's
//! organisers and admins, on the schedule page. An entry keeps what it says
//! as data ([`AuditFacts`]), worded when it is shown, in the reader's
//! language and on the event's clock.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use super::error::MeetingError;
use super::model::{EventId, Meeting, MeetingId, ParticipantId};
use super::{repo, views};
use crate::accounts::User;
use crate::accounts::model::UserId;
use crate::db::{DbConnection, DbError, DbResult};
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

/// What an entry says about its meeting, stored as JSON in `facts`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditFacts {
    /// The side that asked for the meeting, as it was named then.
    pub requester: String,
    /// The side asked, as it was named then.
    pub recipient: String,
    /// The meeting's start (after a move, the new one), UTC.
    pub starts_at: NaiveDateTime,
    /// A move's old start, UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub moved_from: Option<NaiveDateTime>,
    /// What the organiser gave: a cancellation's reason, a video link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl AuditFacts {
    /// `meeting` as it stands: its two sides and its start.
    pub fn of(conn: &mut DbConnection, meeting: &Meeting) -> Result<Self, MeetingError> {
        let mut name = |id: &ParticipantId| {
            let participant = repo::find_participant(conn, id)?.ok_or(MeetingError::NotFound)?;
            views::participant_name(conn, &participant)
        };
        Ok(Self {
            requester: name(&meeting.requester_id)?,
            recipient: name(&meeting.recipient_id)?,
            starts_at: meeting.starts_at,
            moved_from: None,
            note: None,
        })
    }

    /// The same meeting, moved here from `from`.
    pub fn moved_from(self, from: NaiveDateTime) -> Self {
        Self {
            moved_from: Some(from),
            ..self
        }
    }

    /// The same meeting, with what the organiser gave (none: nothing typed).
    pub fn with_note(self, note: Option<String>) -> Self {
        Self { note, ..self }
    }
}

/// What an entry says.
#[derive(Debug, Clone, PartialEq)]
pub enum Said {
    Facts(AuditFacts),
    /// An entry written before entries kept their facts: its line in
    /// English, as stored ("Tulip Trading BV with Kashi Weaves, Tue 2 Mar,
    /// 14:30 IST (UTC+05:30)").
    Line(String),
}

/// One entry of the log, as read.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditEntry {
    pub action: AuditAction,
    pub said: Said,
    pub at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = event_audit, treat_none_as_default_value = false)]
struct AuditRow {
    id: AuditId,
    event_id: EventId,
    actor_id: UserId,
    action: AuditAction,
    meeting_id: Option<MeetingId>,
    /// The English line of entries written before `facts`; empty since.
    detail: String,
    at: NaiveDateTime,
    facts: Option<String>,
}

impl AuditRow {
    fn entry(self) -> DbResult<AuditEntry> {
        let said = match self.facts {
            Some(facts) => Said::Facts(
                serde_json::from_str(&facts)
                    .map_err(|e| DbError::Query(diesel::result::Error::DeserializationError(Box::new(e))))?,
            ),
            None => Said::Line(self.detail),
        };
        Ok(AuditEntry {
            action: self.action,
            said,
            at: self.at,
        })
    }
}

/// Records that `actor` did `action` to `meeting` of `event`.
pub fn record(
    conn: &mut DbConnection,
    (event, meeting): (&EventId, &MeetingId),
    actor: &User,
    action: AuditAction,
    facts: &AuditFacts,
    now: NaiveDateTime,
) -> DbResult<()> {
    let facts = serde_json::to_string(facts)
        .map_err(|e| DbError::Query(diesel::result::Error::SerializationError(Box::new(e))))?;
    diesel::insert_into(event_audit::table)
        .values(AuditRow {
            id: AuditId::new(),
            event_id: event.clone(),
            actor_id: actor.id.clone(),
            action,
            meeting_id: Some(meeting.clone()),
            detail: String::new(),
            at: now,
            facts: Some(facts),
        })
        .execute(conn)?;
    Ok(())
}

/// The newest `limit` entries of `event`'s log, each with its actor's name.
pub fn recent(conn: &mut DbConnection, event: &EventId, limit: i64) -> DbResult<Vec<(AuditEntry, String)>> {
    let rows: Vec<(AuditRow, String)> = event_audit::table
        .inner_join(users::table)
        .filter(event_audit::event_id.eq(event))
        .order((event_audit::at.desc(), event_audit::id.desc()))
        .limit(limit)
        .select((AuditRow::as_select(), users::name))
        .load(conn)?;
    rows.into_iter()
        .map(|(row, actor)| Ok((row.entry()?, actor)))
        .collect()
}
