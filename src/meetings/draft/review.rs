//! Reviewing a draft before it is published — removing a meeting, moving
//! one to another slot, each refused with its reason — and publishing it,
//! once: every draft meeting is checked again, then booked as accepted in
//! one transaction, and the invitations are written only then.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::Connection;
use serde::{Deserialize, Serialize};

use super::check::{self, Breach, Conflict};
use super::model::{Draft, DraftMeeting};
use super::{repo, require_unpublished};
use crate::accounts::User;
use crate::db::DbConnection;
use crate::i18n::Message;
use crate::meetings::booking;
use crate::meetings::model::{Event, EventStatus, Participant, ParticipantId};
use crate::meetings::participation::availability_of;
use crate::meetings::schedule::Slot;
use crate::meetings::{MeetingError, events, notify, repo as meetings_repo, views};

/// Another time for a draft meeting, as typed.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct MoveInput {
    /// The slot's start, RFC 3339.
    pub starts_at: String,
}

/// A draft meeting of an event `user` organises, with both parties, while
/// the draft is unpublished.
pub struct Reviewed {
    pub event: Event,
    pub meeting: DraftMeeting,
    pub buyer: Participant,
    pub producer: Participant,
}

pub fn reviewed(
    conn: &mut DbConnection,
    user: &User,
    slug: &str,
    id: &str,
) -> Result<Reviewed, MeetingError> {
    let event = events::overseen(conn, user, slug)?;
    require_unpublished(repo::find_draft(conn, &event.id)?.as_ref())?;
    let meeting = repo::find_meeting(conn, &event.id, id)?.ok_or(MeetingError::NotFound)?;
    let party = |conn: &mut DbConnection, id: &str| {
        meetings_repo::find_participant(conn, id)?.ok_or(MeetingError::NotFound)
    };
    let buyer = party(conn, meeting.buyer_id.as_str())?;
    let producer = party(conn, meeting.producer_id.as_str())?;
    Ok(Reviewed {
        event,
        meeting,
        buyer,
        producer,
    })
}

/// Removes one meeting from an unpublished draft; what it was.
pub fn remove(conn: &mut DbConnection, user: &User, slug: &str, id: &str) -> Result<Reviewed, MeetingError> {
    let reviewed = reviewed(conn, user, slug, id)?;
    repo::remove_meeting(conn, &reviewed.meeting.id)?;
    Ok(reviewed)
}

/// The rule the draft meeting breaks now, if any, as publication would find it.
pub fn breach_of(
    conn: &mut DbConnection,
    reviewed: &Reviewed,
    now: NaiveDateTime,
) -> Result<Option<Breach>, MeetingError> {
    let drafted = repo::meetings_of(conn, &reviewed.event.id)?;
    Ok(check::conflicts(conn, &reviewed.event, &drafted, now)?
        .into_iter()
        .find(|c| *c.id() == reviewed.meeting.id)
        .map(|c| c.breach))
}

/// The free slots a draft meeting could move to: ahead, inside both
/// parties' hours, held by neither and taken by neither in the draft.
pub fn free_slots(
    conn: &mut DbConnection,
    reviewed: &Reviewed,
    now: NaiveDateTime,
) -> Result<Vec<Slot>, MeetingError> {
    let (buyer, producer) = (&reviewed.buyer, &reviewed.producer);
    let held = meetings_repo::held_starts(conn, &[&buyer.id, &producer.id], now)?;
    let drafted = repo::meetings_of(conn, &reviewed.event.id)?;
    let (a, b) = (availability_of(conn, buyer)?, availability_of(conn, producer)?);
    Ok(reviewed
        .event
        .schedule()?
        .grid()
        .slots
        .into_iter()
        .filter(|s| {
            let at = s.starts_at.naive_utc();
            at > now
                && a.covers(s)
                && b.covers(s)
                && !held.contains(&at)
                && !drafted
                    .iter()
                    .any(|m| m.starts_at == at && (m.buyer_id == buyer.id || m.producer_id == producer.id))
        })
        .collect())
}

/// Moves a draft meeting to the slot starting at `input.starts_at`; a time
/// off the programme, past, outside someone's hours, held, taken in the
/// draft or past a daily cap is refused with the reason beside the field.
/// The meeting as moved.
pub fn move_to(
    conn: &mut DbConnection,
    user: &User,
    slug: &str,
    id: &str,
    input: &MoveInput,
    now: NaiveDateTime,
) -> Result<Reviewed, MeetingError> {
    let reviewed = reviewed(conn, user, slug, id)?;
    let (event, meeting) = (&reviewed.event, &reviewed.meeting);
    let refuse = |message: Message| Err(MeetingError::field("starts_at", message));
    let grid = event.schedule()?.grid().slots;
    let Some(slot) = DateTime::parse_from_rfc3339(input.starts_at.trim())
        .ok()
        .map(|at| at.with_timezone(&Utc))
        .and_then(|at| grid.iter().find(|s| s.starts_at == at).copied())
    else {
        return refuse(Message::new("meeting-draft-not-on-programme"));
    };
    let at = slot.starts_at.naive_utc();
    if at <= now {
        return refuse(Message::new("meeting-draft-time-passed"));
    }
    if at == meeting.starts_at {
        return refuse(Message::new("meeting-draft-same-time"));
    }
    let drafted = repo::meetings_of(conn, &event.id)?;
    let zone = event.zone()?;
    let day_of = |t: NaiveDateTime| t.and_utc().with_timezone(&zone).date_naive();
    let day = day_of(at);
    let that_day: Vec<&Slot> = grid
        .iter()
        .filter(|s| day_of(s.starts_at.naive_utc()) == day)
        .collect();
    let day_span = match (that_day.first(), that_day.last()) {
        (Some(first), Some(last)) => (first.starts_at.naive_utc(), last.ends_at.naive_utc()),
        _ => (at, at),
    };
    for party in [&reviewed.buyer, &reviewed.producer] {
        let name = views::participant_name(conn, party)?;
        if !availability_of(conn, party)?.covers(&slot) {
            return refuse(Message::new("meeting-draft-outside-hours").with("name", name.as_str()));
        }
        if meetings_repo::held_starts(conn, &[&party.id], now)?.contains(&at) {
            return refuse(Message::new("meeting-draft-busy").with("name", name.as_str()));
        }
        let mine =
            |m: &&DraftMeeting| m.id != meeting.id && (m.buyer_id == party.id || m.producer_id == party.id);
        if drafted.iter().filter(mine).any(|m| m.starts_at == at) {
            return refuse(Message::new("meeting-draft-double").with("name", name.as_str()));
        }
        let booked = meetings_repo::holding_meetings_between(conn, &party.id, day_span)?;
        let in_draft = drafted
            .iter()
            .filter(mine)
            .filter(|m| day_of(m.starts_at) == day)
            .count();
        if booked + i64::try_from(in_draft).unwrap_or(i64::MAX) >= i64::from(event.daily_cap) {
            return refuse(Message::new("meeting-daily-cap-reached").with("who", name.as_str()));
        }
    }
    repo::move_meeting(conn, &meeting.id, (at, slot.ends_at.naive_utc()))?;
    let ends_at = slot.ends_at.naive_utc();
    Ok(Reviewed {
        meeting: DraftMeeting {
            starts_at: at,
            ends_at,
            ..reviewed.meeting
        },
        ..reviewed
    })
}

/// What the publish form sends: the meetings a refusal listed that the
/// organiser chose to leave out, comma-separated.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct PublishInput {
    pub leave_out: String,
}

/// What a publication did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Published {
    pub booked: usize,
    /// Conflicting meetings left out at the organiser's word.
    pub left_out: usize,
}

/// Publishes the draft, once. Every meeting is checked again first
/// ([`check::conflicts`]): while any breaks a rule, the publication is
/// refused with each one and its reason ([`MeetingError::DraftConflicts`])
/// and nothing is written, unless the organiser chose to leave out exactly
/// those (`input.leave_out`), which are then removed from the draft. The
/// rest are booked as accepted (holds, invitations, reminders, outcome
/// asks: `booking::book_accepted`), all or none.
pub fn publish(
    conn: &mut DbConnection,
    user: &User,
    slug: &str,
    input: &PublishInput,
    links: &notify::Links,
    now: NaiveDateTime,
) -> Result<Published, MeetingError> {
    let event = events::overseen(conn, user, slug)?;
    let draft: Draft = repo::find_draft(conn, &event.id)?
        .ok_or_else(|| MeetingError::NotAllowed(Message::new("refusal-draft-generate-first")))?;
    require_unpublished(Some(&draft))?;
    if event.status != EventStatus::Published {
        return Err(MeetingError::NotAllowed(Message::new("refusal-event-cancelled")));
    }
    let drafted = repo::meetings_of(conn, &event.id)?;
    let chosen: Vec<&str> = input.leave_out.split(',').map(str::trim).collect();
    let (left_out, standing): (Vec<Conflict>, Vec<Conflict>) = check::conflicts(conn, &event, &drafted, now)?
        .into_iter()
        .partition(|c| chosen.contains(&c.id().as_str()));
    if !standing.is_empty() {
        return Err(MeetingError::DraftConflicts(standing));
    }
    for conflict in &left_out {
        repo::remove_meeting(conn, conflict.id())?;
    }
    repo::mark_published(conn, &event.id, now).map_err(|e| match e {
        MeetingError::Changed(_) => MeetingError::NotAllowed(Message::new("refusal-draft-published-already")),
        other => other,
    })?;
    let grid = event.schedule()?.grid().slots;
    let message = format!("Arranged by the organisers of {}.", event.title);
    let mut booked = 0;
    for drafted in drafted
        .iter()
        .filter(|m| !left_out.iter().any(|c| c.id() == &m.id))
    {
        let party = |conn: &mut DbConnection, id: &ParticipantId| {
            meetings_repo::find_participant(conn, id.as_str())?.ok_or(MeetingError::NotFound)
        };
        let (buyer, producer) = (
            party(conn, &drafted.buyer_id)?,
            party(conn, &drafted.producer_id)?,
        );
        let slot = grid
            .iter()
            .find(|s| s.starts_at.naive_utc() == drafted.starts_at)
            .copied()
            .ok_or(MeetingError::NotFound)?;
        // A savepoint, so the names for the message can still be read after a refusal.
        match conn.transaction(|conn| {
            booking::book_accepted(
                conn,
                &event,
                (&buyer, &producer),
                &slot,
                (message.clone(), String::new()),
                links,
                now,
            )
        }) {
            Ok(_) => booked += 1,
            // Taken between the check and the write, by a request made at that moment.
            Err(MeetingError::SlotTaken) => {
                return Err(MeetingError::NotAllowed(
                    Message::new("refusal-draft-slot-taken")
                        .with("buyer", views::participant_name(conn, &buyer)?)
                        .with("producer", views::participant_name(conn, &producer)?)
                        .with("when", crate::format::dates::date_time(drafted.starts_at)),
                ));
            }
            Err(other) => return Err(other),
        }
    }
    Ok(Published {
        booked,
        left_out: left_out.len(),
    })
}
