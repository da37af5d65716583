//! Whether a draft still holds. The world moves on after a draft is made: a
//! participant books a meeting or blocks a slot, changes their hours, is
//! declined; time passes. Before publication every draft meeting is checked
//! again against every rule the planner placed it by — on the programme and
//! ahead, both parties approved, inside both parties' hours, held by
//! neither, within both parties' daily cap — with the state read the way the
//! planner reads it ([`super::held_by_party`], [`super::availabilities`]), so
//! a fresh draft never conflicts with itself.
//!
//! Meetings are checked in time order and a conflicting one is left out of
//! the daily counts, so the figures are those publication would book.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{NaiveDate, NaiveDateTime};

use super::model::{DraftMeeting, DraftMeetingId};
use super::{Held, availabilities, held_by_party};
use crate::db::DbConnection;
use crate::meetings::MeetingError;
use crate::meetings::model::{Event, Participant, ParticipantId, ParticipantStatus};
use crate::meetings::repo as meetings_repo;

/// Why a draft meeting cannot be booked as it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Breach {
    /// Its time has passed.
    Passed,
    /// Its time is no longer a slot of the programme.
    OffProgramme,
    /// The party is no longer an approved participant.
    NotApproved { party: ParticipantId },
    /// The time lies outside the party's hours.
    OutsideHours { party: ParticipantId },
    /// The party has a meeting, a request or a blocked slot at that time.
    Held { party: ParticipantId },
    /// The party has the event's daily cap of meetings that day already.
    DailyCap { party: ParticipantId, cap: i32 },
}

/// A draft meeting and the first rule it breaks.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    pub meeting: DraftMeeting,
    pub breach: Breach,
}

impl Conflict {
    pub fn id(&self) -> &DraftMeetingId {
        &self.meeting.id
    }
}

/// The meetings of `drafted` (an unpublished draft of `event`, in time
/// order) that break a rule at `now`, each with the first rule it breaks.
pub fn conflicts(
    conn: &mut DbConnection,
    event: &Event,
    drafted: &[DraftMeeting],
    now: NaiveDateTime,
) -> Result<Vec<Conflict>, MeetingError> {
    if drafted.is_empty() {
        return Ok(Vec::new());
    }
    let schedule = event.schedule()?;
    let dates: Vec<NaiveDate> = schedule.dates().collect();
    let grid = schedule.grid().slots;
    let zone = event.zone()?;
    let named: BTreeSet<&ParticipantId> = drafted
        .iter()
        .flat_map(|m| [&m.buyer_id, &m.producer_id])
        .collect();
    let everyone = meetings_repo::participants_of(conn, &event.id, None, None)?;
    let parties: BTreeMap<&ParticipantId, &Participant> = everyone
        .iter()
        .filter(|p| named.contains(&p.id))
        .map(|p| (&p.id, p))
        .collect();
    let listed: Vec<&Participant> = parties.values().copied().collect();
    let hours = availabilities(conn, &listed)?;
    let ids: Vec<&ParticipantId> = parties.keys().copied().collect();
    let mut held: BTreeMap<ParticipantId, Held> = held_by_party(conn, &ids, event, &dates, now)?;
    let mut found = Vec::new();
    for meeting in drafted {
        let slot = grid.iter().find(|s| s.starts_at.naive_utc() == meeting.starts_at);
        let day = slot.and_then(|s| {
            let date = s.starts_at.with_timezone(&zone).date_naive();
            dates.iter().position(|d| *d == date)
        });
        let breach = match (slot, day) {
            _ if meeting.starts_at <= now => Some(Breach::Passed),
            (Some(slot), Some(day)) => [&meeting.buyer_id, &meeting.producer_id]
                .into_iter()
                .find_map(|id| {
                    let party = parties.get(id);
                    let kept = held.get(id);
                    let booked = kept.and_then(|h| h.per_day.get(day)).copied().unwrap_or(0);
                    let party_id = id.clone();
                    if party.is_none_or(|p| p.status != ParticipantStatus::Approved) {
                        Some(Breach::NotApproved { party: party_id })
                    } else if !hours.get(id).is_some_and(|h| h.covers(slot)) {
                        Some(Breach::OutsideHours { party: party_id })
                    } else if kept.is_some_and(|h| h.starts.contains(&meeting.starts_at)) {
                        Some(Breach::Held { party: party_id })
                    } else if i64::from(booked) >= i64::from(event.daily_cap) {
                        Some(Breach::DailyCap {
                            party: party_id,
                            cap: event.daily_cap,
                        })
                    } else {
                        None
                    }
                }),
            _ => Some(Breach::OffProgramme),
        };
        match breach {
            Some(breach) => found.push(Conflict {
                meeting: meeting.clone(),
                breach,
            }),
            // Booked, it counts towards both parties' day.
            None => {
                for id in [&meeting.buyer_id, &meeting.producer_id] {
                    let entry = held.entry(id.clone()).or_default();
                    entry.per_day.resize(dates.len(), 0);
                    if let Some(count) = day.and_then(|d| entry.per_day.get_mut(d)) {
                        *count += 1;
                    }
                }
            }
        }
    }
    Ok(found)
}
