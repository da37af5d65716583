//! `seed --demo-event`: a published five-day buyer-seller meet at the scale
//! the benchmark and the load test need — 300 approved demo producers with
//! their published listings, 500 approved demo buyers in time zones from
//! Los Angeles to Sydney, and 3,000 meetings accepted or waiting for an answer.
//!
//! Each meeting is placed as the booking rules place one: a slot of the
//! event's grid, free for both sides, inside both parties' hours where they
//! share any (else the nearest, as the booking page offers), within the
//! event's daily cap. They are then written in bulk with their
//! `meeting_holds`, so the database's key still refuses any double booking.
//! Waiting requests get their expiry job as a real request does. Demo
//! accounts cannot sign in and their addresses are reserved, and no e-mail is
//! queued: nobody is told about meetings nobody asked for.
//! Running it again finds the event and adds nothing.

use std::collections::{HashMap, HashSet};

use chrono::{Duration, NaiveDate, NaiveDateTime};
use chrono_tz::Tz;
use diesel::prelude::*;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use super::error::MeetingError;
use super::model::{
    Approval, Event, EventId, EventStatus, Meeting, MeetingHold, MeetingId, MeetingStatus, Participant,
    ParticipantId, ParticipantStatus, RequestMode, Side, clock_text,
};
use super::{Availability, PairSlots, Slot, booking, notify, pair_slots, repo};
use crate::accounts::{Role, User};
use crate::catalogue::demo::{self as catalogue_demo, DemoProducer, demo_account, demo_id};
use crate::db::{DbConnection, insert_in_chunks};
use crate::directory::Sector;
use crate::enquiries::model::BuyerProfile;
use crate::enquiries::values::BuyerType;
use crate::schema::{buyer_profiles, event_participants, meeting_holds, meetings, users};

/// The demo event's address: `/events/demo-buyer-seller-meet`.
pub const SLUG: &str = "demo-buyer-seller-meet";
pub const PRODUCERS: usize = 300;
pub const BUYERS: usize = 500;
pub const MEETINGS: usize = 3_000;
/// Listings each producer brings, at most.
pub(super) const LISTINGS_PER_PRODUCER: usize = 3;
/// The demo listings `seed --demo-event` adds first: enough for 300 demo
/// producers to have some (one producer per district, listings cycling
/// through the ODOP list).
pub const LISTINGS_NEEDED: usize = 1_000;

/// Where the demo buyers are: a country (ISO code), its zone and a city.
const BUYER_PLACES: [(&str, &str, &str); 22] = [
    ("US", "America/New_York", "New York"),
    ("US", "America/Chicago", "Chicago"),
    ("US", "America/Los_Angeles", "Los Angeles"),
    ("CA", "America/Toronto", "Toronto"),
    ("MX", "America/Mexico_City", "Mexico City"),
    ("BR", "America/Sao_Paulo", "São Paulo"),
    ("GB", "Europe/London", "London"),
    ("NL", "Europe/Amsterdam", "Amsterdam"),
    ("DE", "Europe/Berlin", "Hamburg"),
    ("FR", "Europe/Paris", "Lyon"),
    ("ES", "Europe/Madrid", "Barcelona"),
    ("IT", "Europe/Rome", "Milan"),
    ("SE", "Europe/Stockholm", "Stockholm"),
    ("KE", "Africa/Nairobi", "Nairobi"),
    ("ZA", "Africa/Johannesburg", "Johannesburg"),
    ("AE", "Asia/Dubai", "Dubai"),
    ("SA", "Asia/Riyadh", "Riyadh"),
    ("NP", "Asia/Kathmandu", "Kathmandu"),
    ("LK", "Asia/Colombo", "Colombo"),
    ("SG", "Asia/Singapore", "Singapore"),
    ("JP", "Asia/Tokyo", "Osaka"),
    ("AU", "Australia/Sydney", "Sydney"),
];

const MESSAGES: [&str; 4] = [
    "We stock Indian handcrafted goods in our stores; could we talk about your range and lead times?",
    "Looking for a regular supplier for next season. Can you share export prices and packing options?",
    "Interested in samples and your minimum order for a first shipment.",
    "We would like to introduce our company and hear about your certifications.",
];

/// What `seed_demo_event` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DemoEventOutcome {
    /// It made the event and booked its meetings.
    Added {
        producers: usize,
        buyers: usize,
        accepted: usize,
        requested: usize,
    },
    /// The event was there already; nothing was added.
    Exists,
}

/// Adds the demo event (see the module's description) at `now`: published,
/// booking open, its first day three weeks ahead.
pub fn seed_demo_event(
    conn: &mut DbConnection,
    links: &notify::Links,
    now: NaiveDateTime,
) -> Result<DemoEventOutcome, MeetingError> {
    let id = EventId::from(demo_id("event", SLUG));
    match repo::event_by_slug(conn, SLUG)? {
        Some(event) if event.id == id => return Ok(DemoEventOutcome::Exists),
        Some(_) => {
            return Err(MeetingError::Unexpected(anyhow::anyhow!(
                "an event that is not the demo's has the address /events/{SLUG}"
            )));
        }
        None => {}
    }
    let producers = catalogue_demo::producers_with_listings(conn, PRODUCERS, LISTINGS_PER_PRODUCER)?;
    if producers.len() < PRODUCERS {
        return Err(MeetingError::Unexpected(anyhow::anyhow!(
            "the demo event needs {PRODUCERS} demo producers with published listings and found {}; \
             add demo listings first (`seed --demo {LISTINGS_NEEDED}`)",
            producers.len()
        )));
    }
    let organiser = ensure_organiser(conn, now)?;
    let event = demo_event(id, organiser, now.date() + Duration::days(21), now);
    repo::insert_event(conn, &event)?;

    let buyers = ensure_buyers(conn, now)?;
    let mut participants: Vec<Participant> =
        producers.iter().map(|p| producer_place(&event, p, now)).collect();
    participants.extend(
        buyers
            .iter()
            .enumerate()
            .map(|(n, (user, zone))| buyer_place(&event, n, user, *zone, now)),
    );
    insert_in_chunks!(conn, event_participants::table, participants);

    let plan = Plan {
        meetings: MEETINGS,
        accepted_share: 0.7,
    };
    let booked = book_meetings(&event, &participants, links, now, plan)?;
    insert_in_chunks!(conn, meetings::table, booked.meetings);
    insert_in_chunks!(conn, meeting_holds::table, booked.holds);
    for meeting in booked
        .meetings
        .iter()
        .filter(|m| m.status == MeetingStatus::Requested)
    {
        if let Some(at) = meeting.expires_at {
            booking::plan_expiry(conn, &meeting.id, at, now)?;
        }
    }
    let requested = booked
        .meetings
        .iter()
        .filter(|m| m.status == MeetingStatus::Requested)
        .count();
    Ok(DemoEventOutcome::Added {
        producers: producers.len(),
        buyers: buyers.len(),
        accepted: booked.meetings.len() - requested,
        requested,
    })
}

/// The demo organiser's account, made if missing.
pub(super) fn ensure_organiser(conn: &mut DbConnection, now: NaiveDateTime) -> Result<User, MeetingError> {
    let id = demo_id("user", "demo-organiser");
    if let Some(user) = crate::accounts::repo::find_user(conn, &id)? {
        return Ok(user);
    }
    let user = demo_account(
        id,
        Role::Organiser,
        (
            "organiser".to_owned(),
            "Export Promotion Council (demo)".to_owned(),
        ),
        now,
    );
    crate::accounts::repo::insert_user(conn, &user)?;
    Ok(user)
}

/// The demo event's programme, its first day `first_day`, made at `now`.
pub(super) fn demo_event(id: EventId, organiser: User, first_day: NaiveDate, now: NaiveDateTime) -> Event {
    Event {
        id,
        owner_id: organiser.id,
        slug: SLUG.to_owned(),
        title: "Demo buyer-seller meet: ODOP producers and importers".to_owned(),
        description: "Five days of 20-minute video meetings between 300 producers from across India's \
                      districts and 500 buyers from 22 countries. Demonstration data for benchmarks and \
                      load tests."
            .to_owned(),
        time_zone: "Asia/Kolkata".to_owned(),
        first_day,
        days: 5,
        window_start: "09:00".to_owned(),
        window_end: "21:00".to_owned(),
        breaks: "13:00-14:00".to_owned(),
        slot_minutes: 20,
        gap_minutes: 10,
        booking_opens_at: now - Duration::days(1),
        // 18:00 India time the day before the first meetings.
        booking_closes_at: (first_day - Duration::days(1))
            .and_hms_opt(12, 30, 0)
            .unwrap_or(now),
        request_mode: RequestMode::NeedsAcceptance,
        request_expiry_minutes: 2880,
        daily_cap: 8,
        approval: Approval::Organiser,
        status: EventStatus::Published,
        published_at: Some(now),
        cancelled_at: None,
        created_at: now,
        updated_at: now,
        sectors: Sector::ALL.map(Sector::slug).join(","),
        buyer_countries: BUYER_PLACES
            .iter()
            .fold(Vec::<&str>::new(), |mut codes, (code, _, _)| {
                if !codes.contains(code) {
                    codes.push(code);
                }
                codes
            })
            .join(","),
        focus_states: String::new(),
        focus_districts: String::new(),
        producer_capacity: None,
        buyer_capacity: None,
        video_base: None,
    }
}

/// The demo buyers' accounts and profiles (made where missing), each with its zone.
pub(super) fn ensure_buyers(
    conn: &mut DbConnection,
    now: NaiveDateTime,
) -> Result<Vec<(User, Tz)>, MeetingError> {
    let wanted: Vec<String> = (0..BUYERS).map(|n| demo_id("buyer", &n.to_string())).collect();
    let existing: HashSet<String> = users::table
        .filter(users::id.eq_any(&wanted))
        .select(users::id)
        .load::<String>(conn)
        .map_err(crate::db::DbError::from)?
        .into_iter()
        .collect();
    let mut buyers = Vec::new();
    let (mut new_users, mut new_profiles) = (Vec::new(), Vec::new());
    for (n, id) in wanted.into_iter().enumerate() {
        let (country, zone, city) = BUYER_PLACES[n % BUYER_PLACES.len()];
        let mut user = demo_account(
            id,
            Role::Buyer,
            (format!("buyer-{n}"), format!("Buyer {n} (demo)")),
            now,
        );
        user.company = Some(format!("{city} Trading {n} (demo)"));
        user.country_code = Some(country.to_owned());
        let sectors = [Sector::ALL[n % 9], Sector::ALL[(n / 9 + 3) % 9]];
        if !existing.contains(user.id.as_str()) {
            new_profiles.push(BuyerProfile {
                user_id: user.id.clone(),
                buyer_type: BuyerType::ALL[n % BuyerType::ALL.len()],
                website: String::new(),
                phone: String::new(),
                sectors: sectors.map(Sector::slug).join(","),
                time_zone: zone.to_owned(),
                created_at: now,
                updated_at: now,
            });
            new_users.push(user.clone());
        }
        let zone: Tz = zone
            .parse()
            .map_err(|_| MeetingError::Unexpected(anyhow::anyhow!("unknown zone {zone}")))?;
        buyers.push((user, zone));
    }
    insert_in_chunks!(conn, users::table, new_users);
    insert_in_chunks!(conn, buyer_profiles::table, new_profiles);
    Ok(buyers)
}

fn place(event: &Event, user_id: &str, side: Side, now: NaiveDateTime) -> Participant {
    Participant {
        id: ParticipantId::new(),
        event_id: event.id.clone(),
        user_id: user_id.into(),
        side,
        status: ParticipantStatus::Approved,
        pitch: String::new(),
        product_ids: String::new(),
        time_zone: String::new(),
        hours_start: String::new(),
        hours_end: String::new(),
        decision_note: None,
        decided_at: Some(now),
        created_at: now,
        updated_at: now,
        hosted: false,
        hs_codes: String::new(),
        volumes: String::new(),
    }
}

/// A participant's place with the default hours of their side in `availability`'s zone.
fn with_hours(mut participant: Participant, availability: &Availability) -> Participant {
    if let Some(hours) = availability.default_hours.first() {
        participant.hours_start = clock_text(hours.start);
        participant.hours_end = clock_text(hours.end);
    }
    participant.time_zone = availability.zone.name().to_owned();
    participant
}

pub(super) fn producer_place(event: &Event, producer: &DemoProducer, now: NaiveDateTime) -> Participant {
    let mut place = place(event, &producer.user_id, Side::Producer, now);
    place.pitch = format!(
        "{}: samples, export terms and lead times for every listing we bring.",
        producer.business_name
    );
    place.product_ids = producer.listings.join(",");
    with_hours(place, &Availability::producer_default())
}

/// The place of demo buyer number `n`; every 25th is a hosted buyer.
pub(super) fn buyer_place(event: &Event, n: usize, user: &User, zone: Tz, now: NaiveDateTime) -> Participant {
    let mut place = place(event, user.id.as_str(), Side::Buyer, now);
    place.pitch = format!(
        "Sourcing for {}: we look for producers who can ship regularly.",
        user.company.as_deref().unwrap_or("our stores")
    );
    place.hosted = n.is_multiple_of(25);
    place.hs_codes = "6214,5007".to_owned();
    place.volumes = "Containers of mixed goods, two a year".to_owned();
    with_hours(place, &Availability::buyer_default(zone))
}

pub(super) struct Booked {
    pub meetings: Vec<Meeting>,
    pub holds: Vec<MeetingHold>,
}

/// How many meetings [`book_meetings`] places, and the share of them accepted
/// (the rest wait for an answer).
pub(super) struct Plan {
    pub meetings: usize,
    pub accepted_share: f64,
}

/// Places `plan.meetings` meetings: each buyer in turn meets a producer drawn
/// at random (a fixed seed), in a slot free for both, inside both parties'
/// hours where they share any, within the daily cap of each.
pub(super) fn book_meetings(
    event: &Event,
    participants: &[Participant],
    links: &notify::Links,
    now: NaiveDateTime,
    plan: Plan,
) -> Result<Booked, MeetingError> {
    let schedule = event.schedule()?;
    let grid = schedule.grid().slots;
    let hours: Vec<Availability> = participants
        .iter()
        .map(|p| {
            p.availability([]).ok_or_else(|| {
                MeetingError::Unexpected(anyhow::anyhow!("demo participant {} has unreadable hours", p.id))
            })
        })
        .collect::<Result<_, _>>()?;
    let producers: Vec<usize> = (0..participants.len())
        .filter(|&i| participants[i].side == Side::Producer)
        .collect();
    let buyers: Vec<usize> = (0..participants.len())
        .filter(|&i| participants[i].side == Side::Buyer)
        .collect();
    let day_of = |slot: &Slot| -> NaiveDate { slot.starts_at.with_timezone(&schedule.zone).date_naive() };
    let mut held: HashSet<(usize, NaiveDateTime)> = HashSet::new();
    let mut per_day: HashMap<(usize, NaiveDate), i32> = HashMap::new();
    let mut met: HashSet<(usize, usize)> = HashSet::new();
    let mut rng = StdRng::seed_from_u64(14);
    let mut booked = Booked {
        meetings: Vec::with_capacity(plan.meetings),
        holds: Vec::with_capacity(2 * plan.meetings),
    };
    for n in 0..plan.meetings {
        let buyer = buyers[n % buyers.len()];
        let mut placed = None;
        for _ in 0..100 {
            let producer = producers[rng.random_range(0..producers.len())];
            if met.contains(&(buyer, producer)) {
                continue;
            }
            let taken = |slot: &Slot| {
                let at = slot.starts_at.naive_utc();
                let day = day_of(slot);
                [buyer, producer].iter().any(|&who| {
                    held.contains(&(who, at))
                        || per_day.get(&(who, day)).copied().unwrap_or(0) >= event.daily_cap
                })
            };
            let slot = match pair_slots(&grid, &hours[buyer], &hours[producer], taken, 1) {
                PairSlots::Common(slots) if !slots.is_empty() => {
                    Some(slots[rng.random_range(0..slots.len())])
                }
                PairSlots::Common(_) => None,
                PairSlots::Nearest(near) => near.first().map(|n| n.slot),
            };
            if let Some(slot) = slot {
                placed = Some((producer, slot));
                break;
            }
        }
        let Some((producer, slot)) = placed else {
            return Err(MeetingError::Unexpected(anyhow::anyhow!(
                "no free slot left for demo buyer {n}"
            )));
        };
        met.insert((buyer, producer));
        let at = slot.starts_at.naive_utc();
        for who in [buyer, producer] {
            held.insert((who, at));
            *per_day.entry((who, day_of(&slot))).or_default() += 1;
        }
        let (requester, recipient) = if rng.random_bool(0.8) {
            (buyer, producer)
        } else {
            (producer, buyer)
        };
        let accepted = rng.random_bool(plan.accepted_share);
        let listings: Vec<&str> = participants[producer].product_ids().collect();
        let id = MeetingId::new();
        let meeting = Meeting {
            uid: format!("meeting-{id}@{}", links.host()),
            id,
            event_id: event.id.clone(),
            requester_id: participants[requester].id.clone(),
            recipient_id: participants[recipient].id.clone(),
            starts_at: at,
            ends_at: slot.ends_at.naive_utc(),
            status: if accepted {
                MeetingStatus::Accepted
            } else {
                MeetingStatus::Requested
            },
            expires_at: (!accepted).then(|| booking::request_expiry(event, &slot, now)),
            message: MESSAGES[n % MESSAGES.len()].to_owned(),
            reason: None,
            video_url: accepted.then(|| links.rooms().room_for(event)),
            sequence: 0,
            created_at: now,
            updated_at: now,
            product_ids: listings
                .get(rng.random_range(0..listings.len().max(1)))
                .map(|id| (*id).to_owned())
                .unwrap_or_default(),
            proposed_starts_at: None,
            proposed_by: None,
            cancelled_by: None,
        };
        for who in [buyer, producer] {
            booked.holds.push(MeetingHold {
                participant_id: participants[who].id.clone(),
                slot_start: at,
                meeting_id: Some(meeting.id.clone()),
                created_at: now,
            });
        }
        booked.meetings.push(meeting);
    }
    Ok(booked)
}
