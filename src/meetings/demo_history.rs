//! `seed --demo-history`: a finished demo meet at the scale of the
//! programme report's benchmark — six days that ended four months ago, the
//! same 300 demo producers and 500 demo buyers as `seed --demo-event`, and
//! 10,000 meetings held, with what each side said of them afterwards and,
//! 90 days on, what came of them.
//!
//! The meetings are placed by the demo event's booking rules
//! (`demo::book_meetings`: free slots, both parties' hours, daily caps) and
//! all accepted. The accounts of the meetings are drawn with a fixed seed in
//! proportions an export council would recognise: most meetings take place,
//! some are no-shows or fail on the connection; three in four sides answer;
//! expected and ordered values come in the buyers' currencies. Nobody is
//! e-mailed. Running it again finds the event and adds nothing.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use super::demo::{self, Plan};
use super::error::MeetingError;
use super::model::{Event, EventId, Meeting, Participant, ParticipantId};
use super::notify;
use super::outcomes::{FOLLOW_UP_AFTER, HowItWent, Outcome, SinceThen, TookPlace};
use super::repo;
use crate::catalogue::demo::{self as catalogue_demo, demo_id};
use crate::db::{DbConnection, insert_in_chunks};
use crate::schema::{event_participants, meeting_holds, meeting_outcomes, meetings};

/// The finished meet's address: `/events/demo-meet-last-season`.
pub const SLUG: &str = "demo-meet-last-season";
pub const MEETINGS: usize = 10_000;
const DAYS: i32 = 6;
/// Its first day, this many days before the seeding.
const DAYS_AGO: i64 = 130;

/// What `seed_demo_history` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DemoHistoryOutcome {
    /// It made the event, its meetings and their outcomes.
    Added {
        producers: usize,
        buyers: usize,
        meetings: usize,
        outcomes: usize,
        follow_ups: usize,
    },
    /// The event was there already; nothing was added.
    Exists,
}

/// Adds the finished meet (see the module's description) as it stands at `now`.
pub fn seed_demo_history(
    conn: &mut DbConnection,
    links: &notify::Links,
    now: NaiveDateTime,
) -> Result<DemoHistoryOutcome, MeetingError> {
    let id = EventId::from(demo_id("event", SLUG));
    match repo::event_by_slug(conn, SLUG)? {
        Some(event) if event.id == id => return Ok(DemoHistoryOutcome::Exists),
        Some(_) => {
            return Err(MeetingError::Unexpected(anyhow::anyhow!(
                "an event that is not the demo's has the address /events/{SLUG}"
            )));
        }
        None => {}
    }
    let producers =
        catalogue_demo::producers_with_listings(conn, demo::PRODUCERS, demo::LISTINGS_PER_PRODUCER)?;
    if producers.len() < demo::PRODUCERS {
        return Err(MeetingError::Unexpected(anyhow::anyhow!(
            "the demo history needs {} demo producers with published listings and found {}; \
             add demo listings first (`seed --demo {}`)",
            demo::PRODUCERS,
            producers.len(),
            demo::LISTINGS_NEEDED
        )));
    }
    // Booked as it was then: the programme's clock is set to the day bookings opened.
    let first_day = now.date() - Duration::days(DAYS_AGO);
    let then = first_day.and_hms_opt(0, 0, 0).unwrap_or(now) - Duration::days(30);
    let organiser = demo::ensure_organiser(conn, now)?;
    let event = finished_event(id, organiser, then);
    repo::insert_event(conn, &event)?;

    let buyers = demo::ensure_buyers(conn, now)?;
    let mut participants: Vec<Participant> = producers
        .iter()
        .map(|p| demo::producer_place(&event, p, then))
        .collect();
    participants.extend(
        buyers
            .iter()
            .enumerate()
            .map(|(n, (user, zone))| demo::buyer_place(&event, n, user, *zone, then)),
    );
    insert_in_chunks!(conn, event_participants::table, participants);

    let plan = Plan {
        meetings: MEETINGS,
        accepted_share: 1.0,
    };
    let booked = demo::book_meetings(&event, &participants, links, then, plan)?;
    let outcomes = accounts_of(&booked.meetings, &participants, now);
    let follow_ups = outcomes.iter().filter(|o| o.follow_up.is_some()).count();
    insert_in_chunks!(conn, meetings::table, booked.meetings);
    insert_in_chunks!(conn, meeting_holds::table, booked.holds);
    insert_in_chunks!(conn, meeting_outcomes::table, outcomes);
    Ok(DemoHistoryOutcome::Added {
        producers: producers.len(),
        buyers: buyers.len(),
        meetings: booked.meetings.len(),
        outcomes: outcomes.len(),
        follow_ups,
    })
}

/// The demo event's programme moved back in time: published, bookable for
/// the month before its first day, six days long, ten meetings a day at most.
fn finished_event(id: EventId, organiser: crate::accounts::User, then: NaiveDateTime) -> Event {
    let first_day = then.date() + Duration::days(30);
    Event {
        slug: SLUG.to_owned(),
        title: "Demo meet, last season: ODOP producers and importers".to_owned(),
        description: "Six days of 20-minute video meetings, finished: 10,000 meetings between 300 \
                      producers and 500 buyers, with what both sides reported afterwards. \
                      Demonstration data for the programme report."
            .to_owned(),
        days: DAYS,
        daily_cap: 10,
        booking_closes_at: (first_day - Duration::days(1))
            .and_hms_opt(12, 30, 0)
            .unwrap_or(then),
        ..demo::demo_event(id, organiser, first_day, then)
    }
}

/// Currencies buyers state values in, with a typical deal in major units.
const CURRENCIES: [(&str, i64); 5] = [
    ("USD", 12_000),
    ("EUR", 10_000),
    ("GBP", 8_000),
    ("AED", 40_000),
    ("INR", 900_000),
];

/// What each side said of each meeting: whether and how it took place (one
/// account of the facts per meeting, told by the sides that answer), and for
/// those that took place and were followed up, what came of them.
fn accounts_of(meetings: &[Meeting], participants: &[Participant], now: NaiveDateTime) -> Vec<Outcome> {
    let buyer_side: std::collections::HashSet<&ParticipantId> = participants
        .iter()
        .filter(|p| p.side == super::model::Side::Buyer)
        .map(|p| &p.id)
        .collect();
    let mut rng = StdRng::seed_from_u64(16);
    let mut outcomes = Vec::new();
    for meeting in meetings {
        let fact = match rng.random_range(0..100) {
            0..90 => TookPlace::Yes,
            90..97 => TookPlace::NoShow,
            _ => TookPlace::Technical,
        };
        let (currency, typical) = CURRENCIES[rng.random_range(0..CURRENCIES.len())];
        for side in [&meeting.requester_id, &meeting.recipient_id] {
            if !rng.random_bool(0.75) {
                continue;
            }
            let answered_at = meeting.ends_at + Duration::hours(rng.random_range(1..72));
            let mut outcome = Outcome {
                meeting_id: meeting.id.clone(),
                participant_id: side.clone(),
                event_id: meeting.event_id.clone(),
                took_place: fact,
                result: None,
                expected_minor: None,
                expected_currency: None,
                note: String::new(),
                enquiry_id: None,
                follow_up: None,
                order_minor: None,
                order_currency: None,
                follow_up_note: String::new(),
                followed_up_at: None,
                created_at: answered_at,
                updated_at: answered_at,
            };
            if fact == TookPlace::Yes {
                let result = HowItWent::ALL[rng.random_range(0..HowItWent::ALL.len())];
                outcome.result = Some(result);
                if matches!(result, HowItWent::Quotation | HowItWent::OrderExpected) && rng.random_bool(0.6) {
                    outcome.expected_minor = Some(100 * typical * rng.random_range(5..40) / 10);
                    outcome.expected_currency = Some(currency.to_owned());
                }
                let follow_up_due = meeting.ends_at + FOLLOW_UP_AFTER;
                // Buyers keep the follow-up less often than producers do.
                let answers = if buyer_side.contains(side) { 0.35 } else { 0.55 };
                if follow_up_due < now && rng.random_bool(answers) {
                    let since = SinceThen::ALL[rng.random_range(0..SinceThen::ALL.len())];
                    outcome.follow_up = Some(since);
                    if since == SinceThen::OrderPlaced {
                        outcome.order_minor = Some(100 * typical * rng.random_range(2..30) / 10);
                        outcome.order_currency = Some(currency.to_owned());
                    }
                    let at = follow_up_due + Duration::days(rng.random_range(0..10)).min(now - follow_up_due);
                    outcome.followed_up_at = Some(at);
                    outcome.updated_at = at;
                }
            }
            outcomes.push(outcome);
        }
    }
    outcomes
}
