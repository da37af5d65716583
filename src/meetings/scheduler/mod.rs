//! The organiser's scheduler (`/dashboard/events/{slug}/schedule`): a grid
//! per event day, the approved participants down the side and the day's
//! slots across, each cell free, outside their hours, pending, booked,
//! blocked or a meeting of the unpublished draft schedule ([`cells`]); and
//! what the organisers do from it ([`actions`]): book a meeting for a hosted
//! buyer, move one, cancel one, each written to the event's audit log in the
//! same transaction. Draft meetings are moved and removed by the draft's
//! own review ([`crate::meetings::draft::review`]).
//!
//! A page of the grid costs a fixed number of queries, whatever its size:
//! the approved participants and what the filters need (the cards' few
//! queries), then the page's hours and the day's holds, one query each, and
//! while a draft is unpublished the day's draft meetings and what their
//! check needs (a few more, whatever the draft's size).

pub mod actions;
pub mod cells;
mod repo;

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use serde::Deserialize;

pub use cells::Cell;
use cells::DraftHold;

use super::audit::{self, AuditEntry};
use super::draft::{check, repo as draft_repo};
use super::error::MeetingError;
use super::model::{Event, Meeting, Participant, ParticipantId, ParticipantStatus, Side};
use super::schedule::Slot;
use super::views::{self, ParticipantCard};
use super::{events, repo as meetings_repo};
use crate::accounts::User;
use crate::db::DbConnection;

/// Rows on one page of the grid.
pub const ROWS_PER_PAGE: usize = 25;

/// Which participants the grid lists, as the query string has them.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct GridFilter {
    /// "producer" or "buyer"; empty: both.
    pub side: String,
    /// A sector's slug.
    pub sector: String,
    /// A state's LGD code (producers).
    pub state: String,
    /// An ISO country code (buyers).
    pub country: String,
}

impl GridFilter {
    pub fn keeps(&self, card: &ParticipantCard) -> bool {
        (self.side.is_empty() || card.side.as_str() == self.side)
            && (self.sector.is_empty() || card.sectors.contains(&self.sector))
            && (self.state.is_empty() || card.state_code.is_some_and(|c| c.to_string() == self.state))
            && (self.country.is_empty() || card.country.as_deref() == Some(self.country.as_str()))
    }
}

/// One participant's row: who they are and their cells across the day.
#[derive(Debug, Clone)]
pub struct GridRow {
    pub card: ParticipantCard,
    pub cells: Vec<Cell>,
}

/// One page of one day of the grid.
#[derive(Debug, Clone)]
pub struct DayGrid {
    pub event: Event,
    /// The event's days, in its zone.
    pub dates: Vec<NaiveDate>,
    pub day: NaiveDate,
    /// The day's slots, the grid's columns.
    pub slots: Vec<Slot>,
    pub rows: Vec<GridRow>,
    /// How many participants the filters keep, over all pages.
    pub matching: usize,
    /// The page shown, from 1, of `pages`.
    pub page: usize,
    pub pages: usize,
    /// Every approved participant, for the filters' choices, the booking
    /// form and the names of the other side of each meeting.
    pub everyone: Vec<ParticipantCard>,
    /// The unpublished draft schedule on this day, if there is a draft.
    pub draft: Option<DraftOnDay>,
}

/// The unpublished draft as one day of the grid shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DraftOnDay {
    /// Its meetings that day, over every participant (not only the page's).
    pub meetings: usize,
    /// Those that break a rule now and would stop its publication.
    pub unfit: usize,
}

/// The day's meetings of the event's unpublished draft, each checked
/// against the rules publication applies; `None` without such a draft.
fn draft_of_day(
    conn: &mut DbConnection,
    event: &Event,
    span: (NaiveDateTime, NaiveDateTime),
    now: NaiveDateTime,
) -> Result<Option<Vec<(DraftHold, NaiveDateTime)>>, MeetingError> {
    let unpublished = draft_repo::find_draft(conn, &event.id)?.is_some_and(|d| d.published_at.is_none());
    if !unpublished {
        return Ok(None);
    }
    let drafted = draft_repo::meetings_between(conn, &event.id, span)?;
    // A day's meetings alone give the same answers as the whole draft: the
    // daily cap is the one rule that counts other meetings, and only that day's.
    let unfit = check::conflicts(conn, event, &drafted, now)?;
    Ok(Some(
        drafted
            .into_iter()
            .map(|m| {
                let hold = DraftHold {
                    fits: !unfit.iter().any(|c| *c.id() == m.id),
                    meeting: m.id,
                    buyer: m.buyer_id,
                    producer: m.producer_id,
                };
                (hold, m.starts_at)
            })
            .collect(),
    ))
}

/// Page `page` of day `day` (the first by default) of the grid of the event
/// `slug`, for its organisers and admins only.
pub fn day_grid(
    conn: &mut DbConnection,
    user: &User,
    slug: &str,
    (day, filter, page): (Option<NaiveDate>, &GridFilter, usize),
    now: NaiveDateTime,
) -> Result<DayGrid, MeetingError> {
    let event = events::overseen(conn, user, slug)?;
    let schedule = event.schedule()?;
    let dates: Vec<NaiveDate> = schedule.dates().collect();
    let day = day
        .filter(|d| dates.contains(d))
        .or(dates.first().copied())
        .ok_or(MeetingError::NotFound)?;
    let slots: Vec<Slot> = schedule
        .grid()
        .slots
        .into_iter()
        .filter(|s| s.starts_at.with_timezone(&schedule.zone).date_naive() == day)
        .collect();

    let participants =
        meetings_repo::participants_of(conn, &event.id, None, Some(ParticipantStatus::Approved))?;
    let cards = views::participant_cards(conn, &participants)?;
    let mut listed: Vec<(usize, &ParticipantCard)> = cards
        .iter()
        .enumerate()
        .filter(|(_, c)| filter.keeps(c))
        .collect();
    // Producers first, then buyers, each by name: the order an organiser scans.
    listed.sort_by(|(_, a), (_, b)| {
        (a.side != Side::Producer, a.name.to_lowercase(), &a.id).cmp(&(
            b.side != Side::Producer,
            b.name.to_lowercase(),
            &b.id,
        ))
    });
    let matching = listed.len();
    let pages = matching.div_ceil(ROWS_PER_PAGE).max(1);
    let page = page.clamp(1, pages);
    let shown: Vec<usize> = listed
        .iter()
        .skip((page - 1) * ROWS_PER_PAGE)
        .take(ROWS_PER_PAGE)
        .map(|(i, _)| *i)
        .collect();

    let ids: Vec<_> = shown.iter().map(|&i| &participants[i].id).collect();
    let mut hours = repo::hours_by_day_of(conn, &ids)?;
    let span = match (slots.first(), slots.last()) {
        (Some(first), Some(last)) => Some((first.starts_at.naive_utc(), last.ends_at.naive_utc())),
        _ => None,
    };
    let holds: cells::Holds = match span {
        Some(span) => repo::holds_between(conn, &ids, span)?
            .into_iter()
            .map(|hold| ((hold.participant_id.clone(), hold.slot_start), hold))
            .collect(),
        None => HashMap::new(),
    };
    let drafted = match span {
        Some(span) => draft_of_day(conn, &event, span, now)?,
        None => None,
    };
    let draft = drafted.as_ref().map(|day| DraftOnDay {
        meetings: day.len(),
        unfit: day.iter().filter(|(hold, _)| !hold.fits).count(),
    });
    let drafted = cells::draft_holds(drafted.unwrap_or_default());
    let mut rows = Vec::with_capacity(shown.len());
    for &i in &shown {
        let participant = &participants[i];
        let availability = participant
            .availability(hours.remove(&participant.id).unwrap_or_default())
            .ok_or_else(|| {
                MeetingError::Unexpected(anyhow::anyhow!(
                    "participant {}: stored hours or zone cannot be read",
                    participant.id
                ))
            })?;
        rows.push(GridRow {
            card: cards[i].clone(),
            cells: cells::row(&participant.id, &availability, &slots, (&holds, &drafted), now),
        });
    }
    Ok(DayGrid {
        event,
        dates,
        day,
        slots,
        rows,
        matching,
        page,
        pages,
        everyone: cards,
        draft,
    })
}

/// A meeting of an event as its organisers' page shows it.
#[derive(Debug, Clone)]
pub struct ScheduledMeeting {
    pub event: Event,
    pub meeting: Meeting,
    /// The requester and the recipient, each with their name.
    pub sides: [(Participant, String); 2],
    /// Every slot of the event, for the move.
    pub slots: Vec<Slot>,
}

/// The meeting `id` of the event `slug`, for its organisers and admins only.
pub fn scheduled_meeting(
    conn: &mut DbConnection,
    user: &User,
    (slug, id): (&str, &str),
) -> Result<ScheduledMeeting, MeetingError> {
    let event = events::overseen(conn, user, slug)?;
    let meeting = meetings_repo::find_meeting(conn, id)?
        .filter(|m| m.event_id == event.id)
        .ok_or(MeetingError::NotFound)?;
    let mut side = |id: &ParticipantId| {
        let participant = meetings_repo::find_participant(conn, id)?.ok_or(MeetingError::NotFound)?;
        let name = views::participant_name(conn, &participant)?;
        Ok::<_, MeetingError>((participant, name))
    };
    let sides = [side(&meeting.requester_id)?, side(&meeting.recipient_id)?];
    let slots = event.schedule()?.grid().slots;
    Ok(ScheduledMeeting {
        event,
        meeting,
        sides,
        slots,
    })
}

/// The newest entries of the audit log of the event `slug`, each with its
/// actor's name, for its organisers and admins only.
pub fn audit_log(
    conn: &mut DbConnection,
    user: &User,
    slug: &str,
    limit: i64,
) -> Result<(Event, Vec<(AuditEntry, String)>), MeetingError> {
    let event = events::overseen(conn, user, slug)?;
    let entries = audit::recent(conn, &event.id, limit)?;
    Ok((event, entries))
}
