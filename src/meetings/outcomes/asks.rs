//! The questions about a meeting's outcome, as jobs. When a meeting is
//! accepted at a time, a job for each side is planned at its end, keyed by
//! the meeting, the end and the side: a move plans another, while the old
//! one, still queued, finds the meeting ending at another time and sends
//! nothing; a cancelled meeting's job finds it cancelled. The job that asks
//! plans the follow-up 90 days later in its own transaction.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::{FOLLOW_UP_AFTER, TookPlace, follow_up_opens, has_ended, repo};
use crate::db::DbConnection;
use crate::jobs::{self, NewJob};
use crate::mail;
use crate::meetings::error::MeetingError;
use crate::meetings::model::{Meeting, MeetingId, MeetingStatus, ParticipantId};
use crate::meetings::notify::{self, Links};
use crate::meetings::repo as meetings_repo;

/// The job that asks one side how a meeting went.
pub const ASK_OUTCOME: &str = "meetings.ask_outcome";
/// The job that asks one side, 90 days on, what happened since.
pub const ASK_FOLLOW_UP: &str = "meetings.ask_follow_up";

/// One side of one meeting, ending at the time the question was planned for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Ask {
    pub meeting_id: MeetingId,
    pub participant_id: ParticipantId,
    pub ends_at: NaiveDateTime,
}

/// Plans the question to both sides of `meeting`, accepted at its present time.
pub fn plan(conn: &mut DbConnection, meeting: &Meeting, now: NaiveDateTime) -> Result<(), MeetingError> {
    for participant in [&meeting.requester_id, &meeting.recipient_id] {
        let ask = Ask {
            meeting_id: meeting.id.clone(),
            participant_id: participant.clone(),
            ends_at: meeting.ends_at,
        };
        let key = format!(
            "{ASK_OUTCOME}:{}:{}:{participant}",
            meeting.id,
            meeting.ends_at.and_utc().timestamp()
        );
        jobs::repo::enqueue(
            conn,
            NewJob::new(ASK_OUTCOME, json!(ask))
                .with_key(key)
                .run_at(meeting.ends_at),
            now,
        )?;
    }
    Ok(())
}

/// The meeting of `ask`, if it is still accepted and ends when planned.
fn still_on(conn: &mut DbConnection, ask: &Ask) -> Result<Option<Meeting>, MeetingError> {
    Ok(meetings_repo::find_meeting(conn, &ask.meeting_id)?
        .filter(|m| m.status == MeetingStatus::Accepted && m.ends_at == ask.ends_at))
}

/// The e-mail `template` about `meeting` to the side `ask` names, sent at
/// most once under `key`.
fn send(
    conn: &mut DbConnection,
    meeting: &Meeting,
    ask: &Ask,
    (template, key): (&str, String),
    links: &Links,
    now: NaiveDateTime,
) -> Result<bool, MeetingError> {
    let event = meetings_repo::find_event(conn, &meeting.event_id)?.ok_or(MeetingError::NotFound)?;
    let me = meetings_repo::find_participant(conn, &ask.participant_id)?.ok_or(MeetingError::NotFound)?;
    let other_id = meeting.other_than(&me.id).ok_or(MeetingError::NotFound)?;
    let other = meetings_repo::find_participant(conn, other_id)?.ok_or(MeetingError::NotFound)?;
    let (to, other) = (notify::person(conn, &me)?, notify::person(conn, &other)?);
    let context = || {
        let mut context = notify::meeting_context(&event, meeting, &to, &other, links);
        context["outcome_url"] = json!(links.outcome(meeting));
        context["follow_up_url"] = json!(links.follow_up(meeting));
        context
    };
    let email = notify::email_to(&to, template, context);
    Ok(mail::enqueue_once(conn, email, &key, now)?)
}

/// Asks one side how the meeting went, once it has ended, unless they have
/// said already; plans the follow-up. Returns whether the e-mail went out.
pub fn ask_outcome(
    conn: &mut DbConnection,
    ask: &Ask,
    links: &Links,
    now: NaiveDateTime,
) -> Result<bool, MeetingError> {
    let Some(meeting) = still_on(conn, ask)? else {
        return Ok(false);
    };
    // Never early: a job retried by hand runs at once.
    if !has_ended(&meeting, now) {
        return Ok(false);
    }
    jobs::repo::enqueue(
        conn,
        NewJob::new(ASK_FOLLOW_UP, json!(ask))
            .with_key(format!("{ASK_FOLLOW_UP}:{}:{}", meeting.id, ask.participant_id))
            .run_at(meeting.ends_at + FOLLOW_UP_AFTER),
        now,
    )?;
    if repo::find(conn, &meeting.id, &ask.participant_id)?.is_some() {
        return Ok(false);
    }
    // One question per meeting and side, whatever moves came before.
    let key = format!("{ASK_OUTCOME}:{}:{}", meeting.id, ask.participant_id);
    send(conn, &meeting, ask, ("meeting_outcome", key), links, now)
}

/// Asks one side, 90 days after a meeting they said took place, what
/// happened since, unless they have said already. Returns whether it went out.
pub fn ask_follow_up(
    conn: &mut DbConnection,
    ask: &Ask,
    links: &Links,
    now: NaiveDateTime,
) -> Result<bool, MeetingError> {
    let Some(meeting) = still_on(conn, ask)? else {
        return Ok(false);
    };
    if now < follow_up_opens(&meeting) {
        return Ok(false);
    }
    let open = repo::find(conn, &meeting.id, &ask.participant_id)?
        .is_some_and(|o| o.took_place == TookPlace::Yes && o.followed_up_at.is_none());
    if !open {
        return Ok(false);
    }
    let key = format!("{ASK_FOLLOW_UP}:{}:{}", meeting.id, ask.participant_id);
    send(conn, &meeting, ask, ("meeting_follow_up", key), links, now)
}
