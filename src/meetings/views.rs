//! The shapes pages and the API show: an event's summary and programme,
//! participants with their products, and a participant's agenda with every
//! time on their clock and the other party's.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use super::error::MeetingError;
use super::model::{Event, Meeting, MeetingStatus, Participant, ParticipantStatus, Phase, Side};
use super::{display, repo};
use crate::accounts::repo as accounts_repo;
use crate::accounts::{Role, User};
use crate::catalogue::repo as catalogue_repo;
use crate::catalogue::values::ProductStatus;
use crate::db::DbConnection;
use crate::enquiries::{buyers, repo as enquiries_repo};
use crate::format::paths;

#[derive(Debug, Clone, Serialize)]
pub struct EventSummary {
    pub slug: String,
    pub title: String,
    pub description: String,
    pub phase: Phase,
    pub phase_label: &'static str,
    pub time_zone: String,
    /// "Mon 4 Jan 2027 – Tue 5 Jan 2027", in the event's zone.
    pub dates: String,
    /// "14:00–18:00 IST (UTC+05:30), breaks 16:00–16:30"
    pub hours: String,
    pub slot_minutes: i32,
}

pub fn event_summary(event: &Event, now: NaiveDateTime) -> Result<EventSummary, MeetingError> {
    let schedule = event.schedule()?;
    let phase = event.phase(now)?;
    let day = |d: NaiveDate| d.format("%a %-d %b %Y").to_string();
    let last = schedule.dates().last().unwrap_or(schedule.first_day);
    let dates = if last == schedule.first_day {
        day(last)
    } else {
        format!("{} – {}", day(schedule.first_day), day(last))
    };
    let breaks = if event.breaks.is_empty() {
        String::new()
    } else {
        format!(", breaks {}", event.breaks)
    };
    Ok(EventSummary {
        slug: event.slug.clone(),
        title: event.title.clone(),
        description: event.description.clone(),
        phase,
        phase_label: phase.label(),
        time_zone: event.time_zone.clone(),
        dates,
        hours: format!(
            "{}–{} {}{breaks}",
            event.window_start, event.window_end, event.time_zone
        ),
        slot_minutes: event.slot_minutes,
    })
}

/// One day of the programme: its meeting hours in the event's zone and the viewer's.
#[derive(Debug, Clone, Serialize)]
pub struct ProgrammeDay {
    pub first_slot: String,
    pub last_slot_ends: String,
    pub slots: usize,
}

/// The programme day by day, each bound shown in the event's zone and `viewer`'s.
pub fn programme(event: &Event, viewer: Tz) -> Result<Vec<ProgrammeDay>, MeetingError> {
    let schedule = event.schedule()?;
    let zone = schedule.zone;
    let grid = schedule.grid();
    Ok(schedule
        .dates()
        .filter_map(|date| {
            let slots: Vec<_> = grid
                .slots
                .iter()
                .filter(|s| s.starts_at.with_timezone(&zone).date_naive() == date)
                .collect();
            let (first, last) = (slots.first()?, slots.last()?);
            Some(ProgrammeDay {
                first_slot: display::in_both_zones(first.starts_at, zone, viewer),
                last_slot_ends: display::in_both_zones(last.ends_at, zone, viewer),
                slots: slots.len(),
            })
        })
        .collect())
}

#[derive(Debug, Clone, Serialize)]
pub struct ProductLink {
    pub title: String,
    pub path: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ParticipantCard {
    pub id: String,
    pub side: Side,
    pub side_label: &'static str,
    pub status: ParticipantStatus,
    pub status_label: &'static str,
    /// The business for a producer, the company (or name) for a buyer.
    pub name: String,
    pub pitch: String,
    pub time_zone: String,
    /// A producer's published listings brought to the event.
    pub products: Vec<ProductLink>,
}

/// The name the other side sees for `participant`.
pub fn participant_name(conn: &mut DbConnection, participant: &Participant) -> Result<String, MeetingError> {
    let user = accounts_repo::find_user(conn, &participant.user_id)?.ok_or(MeetingError::NotFound)?;
    Ok(match participant.side {
        Side::Producer => catalogue_repo::producer_by_user(conn, &user.id)?.map(|p| p.business_name),
        Side::Buyer => user.company.clone().filter(|c| !c.is_empty()),
    }
    .unwrap_or(user.name))
}

/// The listings among `ids` that are published, in that order.
fn product_links<'a>(
    conn: &mut DbConnection,
    ids: impl Iterator<Item = &'a str>,
) -> Result<Vec<ProductLink>, MeetingError> {
    let mut products = Vec::new();
    for id in ids {
        if let Some(product) = catalogue_repo::find_product(conn, id)?
            && product.status == ProductStatus::Published
        {
            products.push(ProductLink {
                path: paths::product(&product.slug),
                title: product.title,
            });
        }
    }
    Ok(products)
}

pub fn participant_card(
    conn: &mut DbConnection,
    participant: &Participant,
) -> Result<ParticipantCard, MeetingError> {
    let products = product_links(conn, participant.product_ids())?;
    Ok(ParticipantCard {
        id: participant.id.to_string(),
        side: participant.side,
        side_label: participant.side.label(),
        status: participant.status,
        status_label: participant.status.label(),
        name: participant_name(conn, participant)?,
        pitch: participant.pitch.clone(),
        time_zone: participant.time_zone.clone(),
        products,
    })
}

pub fn participant_cards(
    conn: &mut DbConnection,
    participants: &[Participant],
) -> Result<Vec<ParticipantCard>, MeetingError> {
    participants.iter().map(|p| participant_card(conn, p)).collect()
}

/// One meeting on a participant's agenda.
#[derive(Debug, Clone, Serialize)]
pub struct AgendaLine {
    pub id: String,
    pub event_title: String,
    pub event_slug: String,
    pub other_name: String,
    /// On the viewer's clock, then the other party's.
    pub when: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub minutes: i64,
    pub status: MeetingStatus,
    pub status_label: &'static str,
    /// The viewer was asked (rather than asked).
    pub received: bool,
    pub message: String,
    /// The producer's listings the meeting is about.
    pub products: Vec<ProductLink>,
    pub reason: Option<String>,
    pub video_url: Option<String>,
    pub can_accept: bool,
    pub can_cancel: bool,
}

fn agenda_line(
    conn: &mut DbConnection,
    event: &Event,
    me: &Participant,
    meeting: &Meeting,
    now: NaiveDateTime,
) -> Result<AgendaLine, MeetingError> {
    let other_id = meeting.other_than(&me.id).ok_or(MeetingError::NotFound)?;
    let other = repo::find_participant(conn, other_id)?.ok_or(MeetingError::NotFound)?;
    let received = meeting.recipient_id == me.id;
    let waiting = meeting.status == MeetingStatus::Requested && meeting.expires_at.is_none_or(|at| at > now);
    let ahead = meeting.starts_at > now;
    Ok(AgendaLine {
        id: meeting.id.to_string(),
        event_title: event.title.clone(),
        event_slug: event.slug.clone(),
        other_name: participant_name(conn, &other)?,
        when: display::in_both_zones(
            meeting.starts_at.and_utc(),
            me.zone().unwrap_or(Tz::UTC),
            other.zone().unwrap_or(Tz::UTC),
        ),
        starts_at: meeting.starts_at.and_utc(),
        ends_at: meeting.ends_at.and_utc(),
        minutes: (meeting.ends_at - meeting.starts_at).num_minutes(),
        status: meeting.status,
        status_label: meeting.status.label(),
        received,
        message: meeting.message.clone(),
        products: product_links(conn, meeting.product_ids())?,
        reason: meeting.reason.clone(),
        video_url: meeting.video_url.clone(),
        can_accept: received && waiting,
        can_cancel: ahead && (meeting.status == MeetingStatus::Accepted || (!received && waiting)),
    })
}

/// Every meeting of every event `user` takes part in, by start.
pub fn agenda(
    conn: &mut DbConnection,
    user: &User,
    now: NaiveDateTime,
) -> Result<Vec<AgendaLine>, MeetingError> {
    let mut lines = Vec::new();
    for me in repo::participations_of(conn, &user.id)? {
        let Some(event) = repo::find_event(conn, &me.event_id)? else {
            continue;
        };
        for meeting in repo::meetings_of(conn, &me.id)? {
            lines.push((meeting.starts_at, agenda_line(conn, &event, &me, &meeting, now)?));
        }
    }
    lines.sort_by_key(|(at, _)| *at);
    Ok(lines.into_iter().map(|(_, line)| line).collect())
}

/// One meeting as `user` sees it; "not found" unless they are in it.
pub fn meeting_line(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    now: NaiveDateTime,
) -> Result<AgendaLine, MeetingError> {
    let (event, me, meeting) = super::booking::own_meeting(conn, user, id)?;
    agenda_line(conn, &event, &me, &meeting, now)
}

/// The events anyone can see: the upcoming in date order, then the finished
/// and cancelled.
pub fn public_events(conn: &mut DbConnection, now: NaiveDateTime) -> Result<Vec<EventSummary>, MeetingError> {
    let mut summaries = repo::public_events(conn)?
        .iter()
        .map(|e| event_summary(e, now))
        .collect::<Result<Vec<_>, MeetingError>>()?;
    summaries.sort_by_key(|s| matches!(s.phase, Phase::Finished | Phase::Cancelled));
    Ok(summaries)
}

/// The zone a viewer reads an event's times in: their place in the event,
/// else their buyer profile's zone, else India's for producers and UTC for
/// others.
pub fn viewer_zone(conn: &mut DbConnection, event: &Event, user: Option<&User>) -> Result<Tz, MeetingError> {
    let Some(user) = user else { return Ok(Tz::UTC) };
    if let Some(zone) = repo::participant_of(conn, &event.id, &user.id)?.and_then(|p| p.zone()) {
        return Ok(zone);
    }
    Ok(match user.role {
        Role::Buyer => buyers::time_zone_of(enquiries_repo::buyer_profile(conn, &user.id)?.as_ref()),
        Role::Producer => chrono_tz::Asia::Kolkata,
        Role::Organiser | Role::Admin => Tz::UTC,
    })
}
