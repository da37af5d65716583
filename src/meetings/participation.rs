//! Taking part: producers apply with the published listings they bring and
//! a pitch, buyers register with what they look for; organisers approve or
//! decline (or the event lets everyone in). Participants set their hours on
//! their own clock and block single slots.

use std::collections::HashSet;

use chrono::{NaiveDate, NaiveDateTime};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use super::error::MeetingError;
use super::events::organised;
use super::model::{
    Approval, Event, Participant, ParticipantId, ParticipantStatus, Phase, Side, clock_text, parse_clock,
};
use super::schedule::LocalSpan;
use super::{Availability, audience, notify, repo};
use crate::accounts::{Role, User};
use crate::catalogue::repo as catalogue_repo;
use crate::catalogue::values::ProductStatus;
use crate::db::DbConnection;
use crate::domain::Checks;
use crate::enquiries::buyers;
use crate::enquiries::repo as enquiries_repo;
use crate::i18n::Message;

/// What a producer or buyer sends to take part.
#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct ParticipationInput {
    /// A producer's pitch, or what a buyer looks for.
    pub pitch: String,
    /// Producers: ids of their published listings, comma-separated (a
    /// form's ticked boxes arrive so).
    pub products: String,
    /// Buyers: the HS codes they source, comma-separated.
    pub hs_codes: String,
    /// Buyers: the volumes they buy, in their words ("2,000 stoles a season").
    pub volumes: String,
}

/// "6214, 5007 10" → ["6214", "500710"]: HS codes of 2 to 8 digits.
fn hs_codes(typed: &str) -> Option<Vec<String>> {
    typed
        .split(',')
        .map(|code| {
            code.chars()
                .filter(|c| !c.is_whitespace() && *c != '.')
                .collect::<String>()
        })
        .filter(|code| !code.is_empty())
        .map(|code| {
            (code.len() >= 2 && code.len() <= 8 && code.chars().all(|c| c.is_ascii_digit())).then_some(code)
        })
        .collect()
}

/// The event with `slug`, if it takes participants now.
fn open_for_participants(
    conn: &mut DbConnection,
    slug: &str,
    now: NaiveDateTime,
) -> Result<Event, MeetingError> {
    let event = repo::event_by_slug(conn, slug)?.ok_or(MeetingError::NotFound)?;
    match event.phase(now)? {
        Phase::Draft => Err(MeetingError::NotFound),
        Phase::Upcoming | Phase::BookingOpen => Ok(event),
        Phase::Running | Phase::Finished => Err(MeetingError::NotAllowed(Message::new(
            "refusal-event-participants-closed",
        ))),
        Phase::Cancelled => Err(MeetingError::NotAllowed(Message::new("refusal-event-cancelled"))),
    }
}

/// A producer applies or a buyer registers; the side follows from the account.
pub fn take_part(
    conn: &mut DbConnection,
    user: &User,
    slug: &str,
    input: &ParticipationInput,
    links: &notify::Links,
    now: NaiveDateTime,
) -> Result<Participant, MeetingError> {
    let event = open_for_participants(conn, slug, now)?;
    if repo::participant_of(conn, &event.id, &user.id)?.is_some() {
        return Err(MeetingError::NotAllowed(Message::new(
            "refusal-event-taking-part-already",
        )));
    }
    let mut checks = Checks::new();
    let (side, product_ids, availability) = match user.role {
        Role::Producer => {
            let producer = catalogue_repo::producer_by_user(conn, &user.id)?
                .ok_or_else(|| MeetingError::NotAllowed(Message::new("refusal-event-profile-first")))?;
            let published: HashSet<String> = catalogue_repo::products_of_producer(conn, &producer.id)?
                .into_iter()
                .filter(|p| p.status == ProductStatus::Published)
                .map(|p| p.id.to_string())
                .collect();
            let chosen: Vec<String> = input
                .products
                .split(',')
                .map(str::trim)
                .filter(|id| !id.is_empty())
                .map(str::to_owned)
                .collect();
            if chosen.is_empty() {
                checks.fail("products", Message::new("meeting-products-choose-least-one"));
            } else if chosen.iter().any(|id| !published.contains(id)) {
                checks.fail(
                    "products",
                    Message::new("meeting-products-choose-among-published"),
                );
            }
            (Side::Producer, chosen.join(","), Availability::producer_default())
        }
        Role::Buyer => {
            let profile = enquiries_repo::buyer_profile(conn, &user.id)?;
            let zone = buyers::time_zone_of(profile.as_ref());
            (Side::Buyer, String::new(), Availability::buyer_default(zone))
        }
        Role::Organiser | Role::Admin => {
            return Err(MeetingError::NotAllowed(Message::new(
                "refusal-event-organisers-run",
            )));
        }
    };
    let pitch = checks.text("pitch", &input.pitch, 1..=600);
    let (codes, volumes) = if side == Side::Buyer {
        let codes = hs_codes(&input.hs_codes).unwrap_or_else(|| {
            checks.fail("hs_codes", Message::new("meeting-hs-codes-write-hs-codes"));
            Vec::new()
        });
        (codes.join(","), checks.text("volumes", &input.volumes, 0..=200))
    } else {
        (String::new(), String::new())
    };
    checks.finish()?;
    let hours = availability
        .default_hours
        .first()
        .copied()
        .ok_or(MeetingError::NotFound)?;
    let status = match event.approval {
        Approval::Automatic => ParticipantStatus::Approved,
        Approval::Organiser => ParticipantStatus::Pending,
    };
    if status == ParticipantStatus::Approved {
        audience::require_room(conn, &event, side)?;
    }
    let participant = Participant {
        id: ParticipantId::new(),
        event_id: event.id.clone(),
        user_id: user.id.clone(),
        side,
        status,
        pitch,
        product_ids,
        time_zone: availability.zone.name().to_owned(),
        hours_start: clock_text(hours.start),
        hours_end: clock_text(hours.end),
        decision_note: None,
        decided_at: (status == ParticipantStatus::Approved).then_some(now),
        created_at: now,
        updated_at: now,
        hosted: false,
        hs_codes: codes,
        volumes,
    };
    repo::insert_participant(conn, &participant)?;
    if status == ParticipantStatus::Approved {
        notify::participant_decided(conn, &event, &participant, links, now)?;
    }
    Ok(participant)
}

/// An organiser's answer to an application, with an optional note that the
/// e-mail carries.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Decision {
    pub approve: bool,
    #[serde(default)]
    pub note: String,
    /// An approved buyer the organisers host (travel or fees paid).
    #[serde(default)]
    pub hosted: bool,
}

/// An organiser approves or declines a waiting participant.
pub fn decide(
    conn: &mut DbConnection,
    organiser: &User,
    (slug, participant): (&str, &str),
    decision: &Decision,
    links: &notify::Links,
    now: NaiveDateTime,
) -> Result<Participant, MeetingError> {
    let event = organised(conn, organiser, slug)?;
    let participant = repo::find_participant(conn, participant)?
        .filter(|p| p.event_id == event.id)
        .ok_or(MeetingError::NotFound)?;
    let mut checks = Checks::new();
    let note = checks.text("note", &decision.note, 0..=600);
    checks.finish()?;
    let to = if decision.approve {
        ParticipantStatus::Approved
    } else {
        ParticipantStatus::Declined
    };
    if decision.approve {
        audience::require_room(conn, &event, participant.side)?;
    }
    let hosted = decision.approve && decision.hosted && participant.side == Side::Buyer;
    let note = (!note.is_empty()).then_some(note);
    repo::decide_participant(conn, &participant.id, (to, hosted), note.as_deref(), now)?;
    let decided = repo::find_participant(conn, &participant.id)?.ok_or(MeetingError::NotFound)?;
    notify::participant_decided(conn, &event, &decided, links, now)?;
    Ok(decided)
}

/// `user`'s place in the event with `slug`.
pub fn own_participation(
    conn: &mut DbConnection,
    user: &User,
    slug: &str,
) -> Result<(Event, Participant), MeetingError> {
    let event = repo::event_by_slug(conn, slug)?.ok_or(MeetingError::NotFound)?;
    let participant = repo::participant_of(conn, &event.id, &user.id)?.ok_or(MeetingError::NotFound)?;
    Ok((event, participant))
}

/// Sets a participant's hours in their own zone: every day (`day` None) or
/// one event day.
pub fn set_hours(
    conn: &mut DbConnection,
    user: &User,
    slug: &str,
    day: Option<NaiveDate>,
    (start, end): (&str, &str),
    time_zone: &str,
    now: NaiveDateTime,
) -> Result<(), MeetingError> {
    let (event, participant) = own_participation(conn, user, slug)?;
    let mut checks = Checks::new();
    let zone = checks.parsed(
        "time_zone",
        time_zone
            .trim()
            .parse::<Tz>()
            .map_err(|_| Message::new("meeting-time-zone-unknown").with("value", time_zone.trim())),
    );
    let start = checks.parsed(
        "hours_start",
        parse_clock(start).ok_or_else(|| Message::new("meeting-clock-format")),
    );
    let end = checks.parsed(
        "hours_end",
        parse_clock(end).ok_or_else(|| Message::new("meeting-clock-format")),
    );
    let hours = match (start, end) {
        (Some(start), Some(end)) => {
            checks.parsed("hours_end", LocalSpan::new(start, end).map_err(|e| e.message()))
        }
        _ => None,
    };
    if let Some(day) = day
        && !event.schedule()?.dates().any(|d| d == day)
    {
        checks.fail("day", Message::new("meeting-day-choose-one-event"));
    }
    let (zone, hours) = checks.finish_with(zone.zip(hours))?;
    match day {
        Some(day) => repo::set_hours_on(conn, &participant.id, day, hours)?,
        None => repo::set_daily_hours(conn, &participant.id, hours, now)?,
    }
    repo::set_time_zone(conn, &participant.id, zone.name(), now)?;
    Ok(())
}

/// A participant's hours as the time model reads them.
pub fn availability_of(
    conn: &mut DbConnection,
    participant: &Participant,
) -> Result<Availability, MeetingError> {
    let by_day = repo::hours_by_day(conn, &participant.id)?;
    participant.availability(by_day).ok_or_else(|| {
        MeetingError::Unexpected(anyhow::anyhow!(
            "participant {}: stored hours or zone cannot be read",
            participant.id
        ))
    })
}
