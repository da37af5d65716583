//! The draft schedule for an event's hosted buyers: the organiser sets the
//! fairness settings and generates a draft ([`plan`], a pure function of
//! what is loaded here), reviews it — removes a meeting, moves one to
//! another free slot ([`review`]) — and publishes it once, which books
//! every meeting as accepted and only then sends the invitations. Only the
//! event's organisers and admins reach any of it; others find no event.

pub mod check;
pub mod model;
pub mod plan;
pub mod repo;
pub mod review;

use std::collections::{BTreeMap, BTreeSet};

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use self::model::{Draft, DraftMeeting, DraftMeetingId, Unplaced};
use self::plan::{Party, Settings};
use super::error::MeetingError;
use super::matching::{EventMatches, wishes};
use super::model::{Event, EventStatus, Participant, ParticipantId};
use super::schedule::{LocalSpan, Slot};
use super::{events, repo as meetings_repo};
use crate::accounts::User;
use crate::db::DbConnection;
use crate::domain::Checks;
use crate::i18n::Message;

/// The settings form as typed.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default)]
pub struct SettingsInput {
    pub min_per_producer: String,
    pub max_share_percent: String,
    pub per_buyer: String,
}

impl Default for SettingsInput {
    fn default() -> Self {
        Self {
            min_per_producer: "1".into(),
            max_share_percent: "10".into(),
            per_buyer: "6".into(),
        }
    }
}

impl SettingsInput {
    pub fn of(draft: &Draft) -> Self {
        Self {
            min_per_producer: draft.min_per_producer.to_string(),
            max_share_percent: draft.max_share_percent.to_string(),
            per_buyer: draft.per_buyer.to_string(),
        }
    }
}

fn read_settings(input: &SettingsInput) -> Result<Settings, MeetingError> {
    let mut checks = Checks::new();
    let min = checks.whole("min_per_producer", &input.min_per_producer, 0..=50);
    let share = checks.whole("max_share_percent", &input.max_share_percent, 1..=100);
    let per_buyer = checks.whole("per_buyer", &input.per_buyer, 1..=50);
    let settings = match (min, share, per_buyer) {
        (Some(min), Some(share), Some(per_buyer)) => Some(Settings {
            min_per_producer: u32::try_from(min).unwrap_or(0),
            max_share_percent: u32::try_from(share).unwrap_or(1),
            per_buyer: u32::try_from(per_buyer).unwrap_or(1),
        }),
        _ => None,
    };
    Ok(checks.finish_with(settings)?)
}

/// Refuses a change to a draft already published.
fn require_unpublished(draft: Option<&Draft>) -> Result<(), MeetingError> {
    match draft.and_then(|d| d.published_at) {
        Some(at) => Err(MeetingError::NotAllowed(
            Message::new("refusal-draft-published-on").with("when", crate::format::dates::date_time(at)),
        )),
        None => Ok(()),
    }
}

/// The grid's slots still ahead, with the event's dates.
struct Ahead {
    slots: Vec<Slot>,
    /// Each slot's event day (0 for the first).
    slot_days: Vec<usize>,
    dates: Vec<NaiveDate>,
}

fn slots_ahead(event: &Event, now: NaiveDateTime) -> Result<Ahead, MeetingError> {
    let schedule = event.schedule()?;
    let dates: Vec<NaiveDate> = schedule.dates().collect();
    let zone = event.zone()?;
    let slots: Vec<Slot> = schedule
        .grid()
        .slots
        .into_iter()
        .filter(|s| s.starts_at.naive_utc() > now)
        .collect();
    let slot_days = slots
        .iter()
        .map(|s| {
            let date = s.starts_at.with_timezone(&zone).date_naive();
            dates.iter().position(|d| *d == date).unwrap_or(0)
        })
        .collect();
    Ok(Ahead {
        slots,
        slot_days,
        dates,
    })
}

/// Every party's hours, read in one query.
pub(super) fn availabilities(
    conn: &mut DbConnection,
    parties: &[&Participant],
) -> Result<BTreeMap<ParticipantId, super::Availability>, MeetingError> {
    let ids: Vec<&ParticipantId> = parties.iter().map(|p| &p.id).collect();
    let mut by_party: BTreeMap<ParticipantId, Vec<(NaiveDate, LocalSpan)>> = BTreeMap::new();
    for (id, day, span) in repo::hours_by_day_of(conn, &ids)? {
        by_party.entry(id).or_default().push((day, span));
    }
    parties
        .iter()
        .map(|p| {
            let hours = by_party.remove(&p.id).unwrap_or_default();
            let availability = p.availability(hours).ok_or_else(|| {
                MeetingError::Unexpected(anyhow::anyhow!(
                    "participant {}: stored hours or zone cannot be read",
                    p.id
                ))
            })?;
            Ok((p.id.clone(), availability))
        })
        .collect()
}

/// What one party holds already, outside the draft.
#[derive(Debug, Clone, Default)]
pub(super) struct Held {
    /// Slot starts held: by a meeting that is not a lapsed request, or a block.
    pub starts: BTreeSet<NaiveDateTime>,
    /// Meetings holding a slot, per event day (0 for the first).
    pub per_day: Vec<u32>,
}

/// What each of `ids` holds at `now`, read in one query: the planner and
/// the check before publication count alike.
pub(super) fn held_by_party(
    conn: &mut DbConnection,
    ids: &[&ParticipantId],
    event: &Event,
    dates: &[NaiveDate],
    now: NaiveDateTime,
) -> Result<BTreeMap<ParticipantId, Held>, MeetingError> {
    let zone = event.zone()?;
    let mut held: BTreeMap<ParticipantId, Held> = BTreeMap::new();
    for (id, start, by_meeting) in repo::holds_of(conn, ids, now)? {
        let date = start.and_utc().with_timezone(&zone).date_naive();
        let entry = held.entry(id).or_insert_with(|| Held {
            starts: BTreeSet::new(),
            per_day: vec![0; dates.len()],
        });
        entry.starts.insert(start);
        if let (true, Some(day)) = (by_meeting, dates.iter().position(|d| *d == date)) {
            entry.per_day[day] += 1;
        }
    }
    Ok(held)
}

/// Generates the event's draft schedule with the organiser's settings,
/// replacing an unpublished one.
pub fn generate(
    conn: &mut DbConnection,
    user: &User,
    slug: &str,
    input: &SettingsInput,
    now: NaiveDateTime,
) -> Result<Draft, MeetingError> {
    let event = events::overseen(conn, user, slug)?;
    let settings = read_settings(input)?;
    if event.status != EventStatus::Published {
        return Err(MeetingError::NotAllowed(Message::new(
            "refusal-event-publish-before-planning",
        )));
    }
    require_unpublished(repo::find_draft(conn, &event.id)?.as_ref())?;
    let Ahead {
        slots,
        slot_days,
        dates,
    } = slots_ahead(&event, now)?;
    if slots.is_empty() {
        return Err(MeetingError::NotAllowed(Message::new(
            "refusal-event-no-times-left",
        )));
    }
    let matches = EventMatches::load(conn, &event)?;
    let hosted: Vec<&Participant> = matches.buyers.iter().filter(|b| b.hosted).collect();
    let producers: Vec<&Participant> = matches.producers.iter().collect();
    let everyone: Vec<&Participant> = hosted.iter().chain(&producers).copied().collect();
    let hours = availabilities(conn, &everyone)?;
    let ids: Vec<&ParticipantId> = everyone.iter().map(|p| &p.id).collect();
    let held = held_by_party(conn, &ids, &event, &dates, now)?;
    let party = |p: &Participant| -> Party {
        let held = held.get(&p.id);
        let availability = &hours[&p.id];
        Party {
            free: slots
                .iter()
                .map(|s| {
                    availability.covers(s)
                        && !held.is_some_and(|h| h.starts.contains(&s.starts_at.naive_utc()))
                })
                .collect(),
            booked_per_day: held.map(|h| h.per_day.clone()).unwrap_or_default(),
        }
    };
    let index = |list: &[&Participant], id: &ParticipantId| list.iter().position(|p| p.id == *id);
    let mut must_meet: Vec<(usize, usize)> = wishes::of_event(conn, &event.id)?
        .iter()
        .filter_map(|(from, to)| {
            let pair =
                |b: &ParticipantId, p: &ParticipantId| Some((index(&hosted, b)?, index(&producers, p)?));
            pair(from, to).or_else(|| pair(to, from))
        })
        .collect();
    must_meet.sort_unstable();
    must_meet.dedup();
    let suggestions = hosted
        .iter()
        .map(|b| {
            let mut ranked: Vec<(usize, u32)> = producers
                .iter()
                .enumerate()
                .filter_map(|(i, p)| Some((i, matches.suggestion(&b.id, &p.id)?.score)))
                .collect();
            ranked.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
            ranked
        })
        .collect();
    let input = plan::Input {
        slot_days,
        daily_cap: u32::try_from(event.daily_cap).unwrap_or(0),
        buyers: hosted.iter().map(|b| party(b)).collect(),
        producers: producers.iter().map(|p| party(p)).collect(),
        must_meet,
        suggestions,
        settings,
    };
    let drafted = plan::plan(&input);

    let draft = Draft {
        event_id: event.id.clone(),
        min_per_producer: i32::try_from(settings.min_per_producer).unwrap_or(0),
        max_share_percent: i32::try_from(settings.max_share_percent).unwrap_or(0),
        per_buyer: i32::try_from(settings.per_buyer).unwrap_or(0),
        generated_by: user.id.clone(),
        generated_at: now,
        published_at: None,
    };
    let meetings: Vec<DraftMeeting> = drafted
        .meetings
        .iter()
        .map(|m| DraftMeeting {
            id: DraftMeetingId::new(),
            event_id: event.id.clone(),
            buyer_id: hosted[m.buyer].id.clone(),
            producer_id: producers[m.producer].id.clone(),
            starts_at: slots[m.slot].starts_at.naive_utc(),
            ends_at: slots[m.slot].ends_at.naive_utc(),
            basis: m.basis,
        })
        .collect();
    let unplaced: Vec<(ParticipantId, Unplaced)> = drafted
        .unplaced
        .iter()
        .map(|(p, why)| (producers[*p].id.clone(), *why))
        .collect();
    repo::replace_draft(conn, &draft, &meetings, &unplaced)?;
    Ok(draft)
}

/// How evenly a draft spreads meetings over the approved producers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fairness {
    pub min: usize,
    pub median: usize,
    pub max: usize,
    /// Producers with no meeting.
    pub none: usize,
    /// Producers holding as many meetings as the share cap allows.
    pub at_cap: usize,
    pub cap: u32,
}

/// The figures for `meetings` over `producers`, with the share cap of `settings` for `hosted` buyers.
pub fn fairness(producers: &[Participant], meetings: &[DraftMeeting], cap: u32) -> Fairness {
    let mut counts: Vec<usize> = producers
        .iter()
        .map(|p| meetings.iter().filter(|m| m.producer_id == p.id).count())
        .collect();
    counts.sort_unstable();
    let cap_count = usize::try_from(cap).unwrap_or(usize::MAX);
    Fairness {
        min: counts.first().copied().unwrap_or(0),
        median: counts.get(counts.len() / 2).copied().unwrap_or(0),
        max: counts.last().copied().unwrap_or(0),
        none: counts.iter().filter(|c| **c == 0).count(),
        at_cap: counts.iter().filter(|c| **c >= cap_count).count(),
        cap,
    }
}

/// What the draft page shows.
pub struct DraftState {
    pub event: Event,
    pub draft: Option<Draft>,
    pub meetings: Vec<DraftMeeting>,
    pub unplaced: Vec<(ParticipantId, Unplaced)>,
    /// Approved producers and hosted buyers, in id order.
    pub producers: Vec<Participant>,
    pub hosted: Vec<Participant>,
    /// Every "must meet" mark of the event (who marked, whom).
    pub wishes: Vec<(ParticipantId, ParticipantId)>,
    pub fairness: Option<Fairness>,
    /// While unpublished: the meetings that break a rule now, which
    /// publication would refuse ([`check::conflicts`]).
    pub unfit: Vec<check::Conflict>,
}

/// The event's draft for its organisers and admins.
pub fn state(
    conn: &mut DbConnection,
    user: &User,
    slug: &str,
    now: NaiveDateTime,
) -> Result<DraftState, MeetingError> {
    let event = events::overseen(conn, user, slug)?;
    let draft = repo::find_draft(conn, &event.id)?;
    let mut approved = meetings_repo::participants_of(
        conn,
        &event.id,
        None,
        Some(super::model::ParticipantStatus::Approved),
    )?;
    approved.sort_by(|a, b| a.id.cmp(&b.id));
    let (producers, buyers): (Vec<Participant>, Vec<Participant>) = approved
        .into_iter()
        .partition(|p| p.side == super::model::Side::Producer);
    let hosted: Vec<Participant> = buyers.into_iter().filter(|b| b.hosted).collect();
    let meetings = repo::meetings_of(conn, &event.id)?;
    let fairness = draft.as_ref().map(|d| {
        let settings = Settings {
            min_per_producer: 0,
            max_share_percent: u32::try_from(d.max_share_percent).unwrap_or(1),
            per_buyer: u32::try_from(d.per_buyer).unwrap_or(1),
        };
        fairness(&producers, &meetings, settings.producer_cap(hosted.len()))
    });
    let unfit = match &draft {
        Some(d) if d.published_at.is_none() => check::conflicts(conn, &event, &meetings, now)?,
        _ => Vec::new(),
    };
    Ok(DraftState {
        unfit,
        unplaced: repo::unplaced_of(conn, &event.id)?,
        wishes: wishes::of_event(conn, &event.id)?,
        event,
        draft,
        meetings,
        producers,
        hosted,
        fairness,
    })
}
