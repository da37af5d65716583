//! A thread's own programme, for a meeting on its own (no event): an
//! unlisted event of the next 14 days in 30-minute slots on India's clock,
//! whose two participants are the thread's buyer and producer, approved from
//! the start. Being an event, it gets the holds, requests and answers,
//! invitations, reminders, video rooms and outcomes of every event unchanged.
//!
//! The programme moves on at each proposal: its first day becomes today in
//! India, so the next 14 days are always on offer. Slots start on every half
//! hour from midnight, so moving the first day leaves every later slot where
//! it was, and a meeting booked before stays on the grid.

use chrono::{Duration, NaiveDateTime, NaiveTime};
use chrono_tz::Tz;

use super::super::error::MeetingError;
use super::super::model::{
    Approval, Event, EventId, EventStatus, Participant, ParticipantId, ParticipantStatus, RequestMode, Side,
    clock_text,
};
use super::super::{Availability, repo as meetings_repo, schedule};
use super::repo;
use crate::accounts::User;
use crate::db::DbConnection;
use crate::enquiries::buyers;
use crate::enquiries::repo as enquiries_repo;
use crate::enquiries::threads::Access;
use crate::enquiries::values::Side as EnquirySide;

/// The days on offer from today.
const DAYS: i32 = 14;
const SLOT_MINUTES: i32 = 30;
/// A request waits two days for an answer at most (and never past its slot).
const REQUEST_EXPIRY_MINUTES: i32 = 2 * 24 * 60;
/// Every half hour of the day that ends by midnight: 00:00 to 23:30.
const WINDOW: (&str, &str) = ("00:00", "23:59");
/// A day holds 47 slots; the cap lets either side fill them all.
const DAILY_CAP: i32 = 48;
/// What the e-mails and invitations call the programme: "asks to meet you
/// at ODOP Bazaar", "ODOP Bazaar: Kashi Weaves × Tulip Imports".
const TITLE: &str = "ODOP Bazaar";

fn india() -> Tz {
    chrono_tz::Asia::Kolkata
}

/// A thread's programme and its two participants, stored or not yet.
pub struct Programme {
    pub event: Event,
    pub buyer: Participant,
    pub producer: Participant,
}

/// The programme of `thread` as it stands at `now`, read only: the
/// proposal page shows its slots before the first proposal writes it.
pub fn preview(
    conn: &mut DbConnection,
    thread: &Access,
    now: NaiveDateTime,
) -> Result<Programme, MeetingError> {
    let stored = repo::direct_event(conn, &thread.enquiry.id)?;
    assemble(conn, stored, thread, now)
}

/// The programme of `thread` at `now`, written: made at the first
/// proposal, moved on to today at each later one.
pub fn write(
    conn: &mut DbConnection,
    thread: &Access,
    now: NaiveDateTime,
) -> Result<Programme, MeetingError> {
    let stored = repo::direct_event(conn, &thread.enquiry.id)?;
    let first_day = stored.as_ref().map(|e| e.first_day);
    let programme = assemble(conn, stored, thread, now)?;
    match first_day {
        None => repo::insert_direct_event(conn, &thread.enquiry.id, &programme.event, now)?,
        Some(day) if day != programme.event.first_day => repo::move_programme(conn, &programme.event)?,
        Some(_) => {}
    }
    for participant in [&programme.buyer, &programme.producer] {
        if meetings_repo::find_participant(conn, &participant.id)?.is_none() {
            meetings_repo::insert_participant(conn, participant)?;
        }
    }
    Ok(programme)
}

impl Programme {
    /// The event, `side`'s participant and the other side's.
    pub fn seen_by(self, side: EnquirySide) -> (Event, Participant, Participant) {
        match side {
            EnquirySide::Buyer => (self.event, self.buyer, self.producer),
            EnquirySide::Producer => (self.event, self.producer, self.buyer),
        }
    }
}

fn assemble(
    conn: &mut DbConnection,
    stored: Option<Event>,
    thread: &Access,
    now: NaiveDateTime,
) -> Result<Programme, MeetingError> {
    let event = moved_on(stored, thread, now)?;
    let buyer = place(conn, &event, &thread.parties.buyer, Side::Buyer, now)?;
    let producer = place(conn, &event, &thread.parties.producer_user, Side::Producer, now)?;
    Ok(Programme {
        event,
        buyer,
        producer,
    })
}

/// `stored` moved on to the 14 days from today, or a new programme for `thread`.
fn moved_on(stored: Option<Event>, thread: &Access, now: NaiveDateTime) -> Result<Event, MeetingError> {
    let today = now.and_utc().with_timezone(&india()).date_naive();
    let closes_at = schedule::resolve(
        india(),
        (today + Duration::days(DAYS.into())).and_time(NaiveTime::MIN),
    )
    .ok_or_else(|| MeetingError::Unexpected(anyhow::anyhow!("India's midnight of {today} does not exist")))?
    .naive_utc();
    Ok(match stored {
        Some(event) => Event {
            first_day: today,
            days: DAYS,
            booking_opens_at: event.booking_opens_at.min(now),
            booking_closes_at: closes_at,
            updated_at: now,
            ..event
        },
        None => {
            let id = EventId::new();
            Event {
                slug: format!("meeting-{id}"),
                id,
                owner_id: thread.parties.producer_user.id.clone(),
                title: TITLE.to_owned(),
                description: format!(
                    "Video meetings proposed in the conversation “{}”.",
                    thread.enquiry.subject
                ),
                time_zone: india().name().to_owned(),
                first_day: today,
                days: DAYS,
                window_start: WINDOW.0.to_owned(),
                window_end: WINDOW.1.to_owned(),
                breaks: String::new(),
                slot_minutes: SLOT_MINUTES,
                gap_minutes: 0,
                booking_opens_at: now,
                booking_closes_at: closes_at,
                request_mode: RequestMode::NeedsAcceptance,
                request_expiry_minutes: REQUEST_EXPIRY_MINUTES,
                daily_cap: DAILY_CAP,
                approval: Approval::Automatic,
                status: EventStatus::Published,
                published_at: Some(now),
                cancelled_at: None,
                created_at: now,
                updated_at: now,
                sectors: String::new(),
                buyer_countries: String::new(),
                focus_states: String::new(),
                focus_districts: String::new(),
                producer_capacity: None,
                buyer_capacity: None,
                video_base: None,
            }
        }
    })
}

/// `user`'s place in the programme: as stored, or a new one with the hours
/// of their latest place in any event (their own, if they set them there),
/// else their side's defaults.
fn place(
    conn: &mut DbConnection,
    event: &Event,
    user: &User,
    side: Side,
    now: NaiveDateTime,
) -> Result<Participant, MeetingError> {
    if let Some(stored) = meetings_repo::participant_of(conn, &event.id, &user.id)? {
        return Ok(stored);
    }
    let latest = meetings_repo::participations_of(conn, &user.id)?
        .into_iter()
        .find(|p| p.side == side && p.zone().is_some());
    let (time_zone, hours_start, hours_end) = match latest {
        Some(p) => (p.time_zone, p.hours_start, p.hours_end),
        None => {
            let defaults = match side {
                Side::Producer => Availability::producer_default(),
                Side::Buyer => {
                    let profile = enquiries_repo::buyer_profile(conn, &user.id)?;
                    Availability::buyer_default(buyers::time_zone_of(profile.as_ref()))
                }
            };
            let hours = defaults
                .default_hours
                .first()
                .copied()
                .ok_or(MeetingError::NotFound)?;
            (
                defaults.zone.name().to_owned(),
                clock_text(hours.start),
                clock_text(hours.end),
            )
        }
    };
    Ok(Participant {
        id: ParticipantId::new(),
        event_id: event.id.clone(),
        user_id: user.id.clone(),
        side,
        status: ParticipantStatus::Approved,
        pitch: String::new(),
        product_ids: String::new(),
        time_zone,
        hours_start,
        hours_end,
        decision_note: None,
        decided_at: Some(now),
        created_at: now,
        updated_at: now,
        hosted: false,
        hs_codes: String::new(),
        volumes: String::new(),
    })
}
