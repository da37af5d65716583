//! The daily digest: at 09:00 on a participant's own clock, the requests
//! waiting for their answer, each on their clock and the other party's.
//!
//! One job per participant and local day, rather than one job sweeping
//! everyone: 09:00 falls at another UTC instant in every zone (India's and
//! Nepal's on the half and quarter hour), so a sweep would have to run
//! every quarter of an hour and work out who is due, while a row per person
//! is due exactly at their 09:00; the rows spread over the instances that
//! claim jobs (`FOR UPDATE SKIP LOCKED`), and a failure retries one
//! person's digest, not everyone's. Rows exist only while someone has
//! requests waiting: a request plans its recipient's next digest, a digest
//! that found requests plans the next day's, one that finds none plans
//! nothing. The job's key is the participant and the local date, so the
//! many requests of a day plan one digest, and its e-mail is queued once
//! under the same key, so a job run twice (its worker lost) sends one.

use chrono::{Days, NaiveDate, NaiveDateTime, NaiveTime};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::error::MeetingError;
use super::model::{Participant, ParticipantId};
use super::notify::{self, Links};
use super::schedule::resolve;
use super::{display, repo};
use crate::db::DbConnection;
use crate::jobs::{self, NewJob};
use crate::mail;

/// The job that sends one participant's digest of one day.
pub const SEND_DIGEST: &str = "meetings.send_digest";

/// When the digest goes out, on the participant's clock.
fn digest_time() -> NaiveTime {
    NaiveTime::from_hms_opt(9, 0, 0).unwrap_or(NaiveTime::MIN)
}

/// A digest job's payload.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Digest {
    pub participant_id: ParticipantId,
    /// The local date it is for, on the participant's clock.
    pub date: NaiveDate,
}

impl Digest {
    fn key(&self) -> String {
        format!("{SEND_DIGEST}:{}:{}", self.participant_id, self.date)
    }
}

/// The first 09:00 on `zone`'s clock after `after` (UTC): its local date and
/// instant. A day whose 09:00 the clocks skip is passed over.
fn next_digest(zone: Tz, after: NaiveDateTime) -> Option<(NaiveDate, NaiveDateTime)> {
    let today = after.and_utc().with_timezone(&zone).date_naive();
    (0..3)
        .filter_map(|ahead| today.checked_add_days(Days::new(ahead)))
        .find_map(|date| {
            let at = resolve(zone, date.and_time(digest_time()))?.naive_utc();
            (at > after).then_some((date, at))
        })
}

/// Plans `participant`'s digest at their first 09:00 after `after`, unless
/// it is planned already.
pub fn plan(
    conn: &mut DbConnection,
    participant: &Participant,
    after: NaiveDateTime,
    now: NaiveDateTime,
) -> Result<(), MeetingError> {
    let zone = participant.zone().unwrap_or(Tz::UTC);
    let Some((date, at)) = next_digest(zone, after) else {
        return Ok(());
    };
    let digest = Digest {
        participant_id: participant.id.clone(),
        date,
    };
    jobs::repo::enqueue(
        conn,
        NewJob::new(SEND_DIGEST, json!(digest))
            .with_key(digest.key())
            .run_at(at),
        now,
    )?;
    Ok(())
}

/// Sends `digest` when its participant has requests waiting at `now`, and
/// plans the next day's; with none, sends and plans nothing. Returns whether
/// it was sent.
pub fn send_digest(
    conn: &mut DbConnection,
    digest: &Digest,
    links: &Links,
    now: NaiveDateTime,
) -> Result<bool, MeetingError> {
    let Some(participant) = repo::find_participant(conn, &digest.participant_id)? else {
        return Ok(false);
    };
    let waiting = repo::requests_waiting_for(conn, &participant.id, now)?;
    if waiting.is_empty() {
        return Ok(false);
    }
    let event = repo::find_event(conn, &participant.event_id)?.ok_or(MeetingError::NotFound)?;
    let to = notify::person(conn, &participant)?;
    let mut others = Vec::with_capacity(waiting.len());
    for meeting in &waiting {
        let other_id = meeting
            .other_than(&participant.id)
            .ok_or(MeetingError::NotFound)?;
        let other = repo::find_participant(conn, other_id)?.ok_or(MeetingError::NotFound)?;
        others.push(notify::person(conn, &other)?);
    }
    let context = || {
        let requests: Vec<_> = waiting
            .iter()
            .zip(&others)
            .map(|(meeting, other)| {
                json!({
                    "other_name": other.name,
                    "when": display::in_both_zones(meeting.starts_at.and_utc(), to.zone, other.zone),
                    "minutes": (meeting.ends_at - meeting.starts_at).num_minutes(),
                    "message": meeting.message,
                    "answer_by": meeting
                        .expires_at
                        .map(|at| display::day_and_time(at.and_utc(), to.zone)),
                    "meeting_url": links.meeting(meeting),
                })
            })
            .collect();
        json!({
            "event_title": event.title,
            "count": requests.len(),
            "requests": requests,
            "agenda_url": links.agenda(),
        })
    };
    let email = notify::email_to(&to, "meeting_digest", context);
    mail::enqueue_once(conn, email, &digest.key(), now)?;
    // From this digest's own 09:00, so that a late run (or one retried by
    // hand) plans the next day rather than today again.
    let zone = participant.zone().unwrap_or(Tz::UTC);
    let planned = resolve(zone, digest.date.and_time(digest_time())).map(|at| at.naive_utc());
    plan(conn, &participant, planned.map_or(now, |at| at.max(now)), now)?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .and_then(|date| date.and_hms_opt(h, min, 0))
            .unwrap_or_default()
    }

    #[test]
    fn the_digest_is_at_nine_on_the_participants_own_clock() {
        let after = utc(2027, 3, 2, 2, 0);
        // 09:00 IST is 03:30 UTC the same day.
        assert_eq!(
            next_digest(chrono_tz::Asia::Kolkata, after),
            Some((after.date(), utc(2027, 3, 2, 3, 30)))
        );
        // 09:00 in Kathmandu (+05:45) is 03:15 UTC.
        assert_eq!(
            next_digest(chrono_tz::Asia::Kathmandu, after),
            Some((after.date(), utc(2027, 3, 2, 3, 15)))
        );
        // In New York it is 21:00 on 1 March (EST): the next 09:00 there is
        // on 2 March, at 14:00 UTC.
        assert_eq!(
            next_digest(chrono_tz::America::New_York, after),
            Some((after.date(), utc(2027, 3, 2, 14, 0)))
        );
    }

    #[test]
    fn once_nine_has_passed_the_next_digest_is_tomorrow_across_a_clock_change() {
        // 14 March 2027: New York moves to EDT (UTC-4) at 02:00.
        let after = utc(2027, 3, 13, 15, 0);
        assert_eq!(
            next_digest(chrono_tz::America::New_York, after),
            Some((
                NaiveDate::from_ymd_opt(2027, 3, 14).unwrap_or_default(),
                utc(2027, 3, 14, 13, 0)
            ))
        );
    }
}
