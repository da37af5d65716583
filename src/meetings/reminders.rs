//! Reminders of accepted meetings: an e-mail to each side 24 hours and 15
//! minutes before the start, with the time on their clock and the other
//! party's, the video room and the meeting's page.
//!
//! Each reminder is a job planned in the transaction that makes a meeting
//! accepted at a time (an acceptance, a request that confirms at once, a
//! move taken), keyed by the meeting, its SEQUENCE, the reminder and the
//! side: a move plans a new set, while the old set, still queued, finds the
//! meeting at another time and sends nothing. The job re-reads the meeting
//! when it runs, so nothing goes out for a meeting cancelled, moved or
//! begun.

use chrono::{NaiveDateTime, TimeDelta};
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::error::MeetingError;
use super::model::{Meeting, MeetingId, MeetingStatus, ParticipantId};
use super::notify::{self, Links};
use super::repo;
use crate::db::DbConnection;
use crate::jobs::{self, NewJob};
use crate::mail;

/// The job that sends one reminder to one side.
pub const REMIND: &str = "meetings.remind";

crate::text_enum!(
    /// Which reminder, by how long before the start it goes out.
    pub Lead {
        DayBefore => "24h", "24 hours";
        QuarterHour => "15min", "15 minutes";
    }
);

impl Lead {
    pub fn before(self) -> TimeDelta {
        match self {
            Lead::DayBefore => TimeDelta::hours(24),
            Lead::QuarterHour => TimeDelta::minutes(15),
        }
    }
}

/// A reminder job's payload: one reminder to one side of a meeting, at the
/// start it was planned for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reminder {
    pub meeting_id: MeetingId,
    pub participant_id: ParticipantId,
    pub starts_at: NaiveDateTime,
    pub lead: Lead,
}

impl Reminder {
    pub fn due_at(&self) -> NaiveDateTime {
        self.starts_at - self.lead.before()
    }

    /// Whether it may go out at `now`: from its time until the start, and
    /// the day-before one only until the 15-minute one is due (a job held
    /// up that long would arrive second, saying the wrong thing). Never
    /// early either: a job retried by hand runs at once.
    fn timely(&self, now: NaiveDateTime) -> bool {
        let until = match self.lead {
            Lead::DayBefore => self.starts_at - Lead::QuarterHour.before(),
            Lead::QuarterHour => self.starts_at,
        };
        self.due_at() <= now && now < until
    }

    /// The key of its e-mail. By start, not SEQUENCE: a meeting moved away
    /// and back has two jobs for one reminder, and one message goes out.
    fn email_key(&self) -> String {
        format!(
            "{REMIND}:{}:{}:{}:{}",
            self.meeting_id,
            self.starts_at.and_utc().timestamp(),
            self.lead.as_str(),
            self.participant_id
        )
    }
}

/// Plans both reminders for both sides of `meeting`, accepted at its
/// present time and SEQUENCE. A reminder whose time has passed is left out:
/// a meeting accepted three hours ahead gets only the 15-minute one.
pub fn plan(conn: &mut DbConnection, meeting: &Meeting, now: NaiveDateTime) -> Result<(), MeetingError> {
    for &lead in Lead::ALL {
        for participant in [&meeting.requester_id, &meeting.recipient_id] {
            let reminder = Reminder {
                meeting_id: meeting.id.clone(),
                participant_id: participant.clone(),
                starts_at: meeting.starts_at,
                lead,
            };
            if reminder.due_at() <= now {
                continue;
            }
            let key = format!(
                "{REMIND}:{}:{}:{}:{participant}",
                meeting.id,
                meeting.sequence,
                lead.as_str()
            );
            jobs::repo::enqueue(
                conn,
                NewJob::new(REMIND, json!(reminder))
                    .with_key(key)
                    .run_at(reminder.due_at()),
                now,
            )?;
        }
    }
    Ok(())
}

/// Sends `reminder` if it still holds at `now`: the meeting accepted, at
/// the start planned, not begun, and this reminder's time. Returns whether
/// it was sent.
pub fn remind(
    conn: &mut DbConnection,
    reminder: &Reminder,
    links: &Links,
    now: NaiveDateTime,
) -> Result<bool, MeetingError> {
    let Some(meeting) = repo::find_meeting(conn, &reminder.meeting_id)? else {
        return Ok(false);
    };
    let on = meeting.status == MeetingStatus::Accepted && meeting.starts_at == reminder.starts_at;
    let Some(other_id) = meeting.other_than(&reminder.participant_id) else {
        return Ok(false);
    };
    if !on || !reminder.timely(now) {
        return Ok(false);
    }
    let event = repo::find_event(conn, &meeting.event_id)?.ok_or(MeetingError::NotFound)?;
    let me = repo::find_participant(conn, &reminder.participant_id)?.ok_or(MeetingError::NotFound)?;
    let other = repo::find_participant(conn, other_id)?.ok_or(MeetingError::NotFound)?;
    let (to, other) = (notify::person(conn, &me)?, notify::person(conn, &other)?);
    let context = || {
        let mut context = notify::meeting_context(&event, &meeting, &to, &other, links);
        context["soon"] = json!(reminder.lead == Lead::QuarterHour);
        context
    };
    let email = notify::email_to(&to, "meeting_reminder", context);
    Ok(mail::enqueue_once(conn, email, &reminder.email_key(), now)?)
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    fn reminder(lead: Lead) -> Reminder {
        Reminder {
            meeting_id: "m".into(),
            participant_id: "p".into(),
            starts_at: NaiveDate::from_ymd_opt(2027, 3, 2)
                .and_then(|d| d.and_hms_opt(9, 0, 0))
                .unwrap_or_default(),
            lead,
        }
    }

    #[test]
    fn a_reminder_goes_out_from_its_time_until_the_start_and_never_early() {
        let soon = reminder(Lead::QuarterHour);
        let start = soon.starts_at;
        assert!(!soon.timely(start - TimeDelta::minutes(16)));
        assert!(soon.timely(start - TimeDelta::minutes(15)));
        assert!(soon.timely(start - TimeDelta::seconds(1)));
        assert!(!soon.timely(start), "begun");

        let day = reminder(Lead::DayBefore);
        assert!(!day.timely(start - TimeDelta::hours(25)));
        assert!(day.timely(start - TimeDelta::hours(24)));
        assert!(day.timely(start - TimeDelta::minutes(16)));
        assert!(
            !day.timely(start - TimeDelta::minutes(15)),
            "the 15-minute reminder has taken over"
        );
    }
}
