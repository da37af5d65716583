//! The draft schedule at the scale of issue #16: the demo event of
//! `seed --demo-event` (300 producers, 500 buyers in 22 zones) cut to three
//! days with its booked meetings cleared, 200 of its buyers hosted, each
//! with three "must meet" marks on producers drawn with a fixed seed. Then
//! `draft::generate` — loading everything, planning and writing the draft
//! in one write transaction, as the organiser's button does — runs five
//! times; prints each time, the median, and the draft's fairness figures
//! (meetings per producer: fewest, median, most; producers with none and
//! why). The target is under 2 s.
//!
//! `cargo bench --bench draft_schedule` runs on SQLite in a temporary
//! directory, and also on PostgreSQL when `TEST_DATABASE_URL` names a server.

#![allow(clippy::unwrap_used, clippy::expect_used)]

// Shared with the integration tests, which use more of them than this does.
#[allow(dead_code)]
#[path = "../tests/it/harness.rs"]
mod harness;
#[allow(dead_code)]
#[path = "../tests/it/market.rs"]
mod market;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use chrono::Utc;
use diesel::prelude::*;
use odop_bazaar::accounts::repo as accounts_repo;
use odop_bazaar::db;
use odop_bazaar::meetings::draft::{self, SettingsInput};
use odop_bazaar::meetings::model::{ParticipantStatus, Side};
use odop_bazaar::meetings::{MeetingError, demo, repo};
use odop_bazaar::schema::{event_participants, events, meeting_holds, meeting_wishes, meetings};
use odop_bazaar::startup::{Application, Options};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use harness::{Backend, TestStorage};

const HOSTED: usize = 200;
const MUST_MEET: usize = 3;
const DAYS: i32 = 3;
const RUNS: usize = 5;
const TARGET: Duration = Duration::from_secs(2);

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let postgres = std::env::var("TEST_DATABASE_URL").is_ok_and(|url| !url.is_empty());
    runtime.block_on(run(Backend::Sqlite));
    if postgres {
        runtime.block_on(run(Backend::Postgres));
    } else {
        println!("draft_schedule/postgres: skipped (set TEST_DATABASE_URL to a PostgreSQL server to run it)");
    }
}

/// The settings an organiser might choose: eight meetings per hosted buyer,
/// two at least per producer, none above 2% of the 1,600.
fn settings() -> SettingsInput {
    SettingsInput {
        min_per_producer: "2".into(),
        max_share_percent: "2".into(),
        per_buyer: "8".into(),
    }
}

async fn run(backend: Backend) {
    let storage = TestStorage::new(backend);
    let settings_env = storage.settings(&[("RUST_LOG", "error")]);
    let options = Options {
        migrate: true,
        seed_if_empty: true,
        run_workers: false,
        ..Options::default()
    };
    let app = Application::build(settings_env.clone(), options).await.unwrap();
    let db = app.db().clone();
    let now = Utc::now().naive_utc();
    market::demo_event(&db, &settings_env.base_url, now);
    let organiser = db
        .write_blocking(move |conn| {
            let event = repo::event_by_slug(conn, demo::SLUG)?.ok_or(MeetingError::NotFound)?;
            diesel::delete(meeting_holds::table).execute(conn)?;
            diesel::delete(meetings::table.filter(meetings::event_id.eq(&event.id))).execute(conn)?;
            diesel::update(events::table.find(&event.id))
                .set(events::days.eq(DAYS))
                .execute(conn)?;
            let approved = |conn: &mut _, side| {
                repo::participants_of(conn, &event.id, Some(side), Some(ParticipantStatus::Approved))
            };
            let buyers = approved(conn, Side::Buyer)?;
            let producers = approved(conn, Side::Producer)?;
            let mut rng = StdRng::seed_from_u64(16);
            for (n, buyer) in buyers.iter().enumerate() {
                let hosted = n < HOSTED;
                diesel::update(event_participants::table.find(&buyer.id))
                    .set(event_participants::hosted.eq(hosted))
                    .execute(conn)?;
                if !hosted {
                    continue;
                }
                let mut marked: Vec<usize> = Vec::new();
                while marked.len() < MUST_MEET {
                    let pick = rng.random_range(0..producers.len());
                    if !marked.contains(&pick) {
                        marked.push(pick);
                    }
                }
                for pick in marked {
                    diesel::insert_into(meeting_wishes::table)
                        .values((
                            meeting_wishes::from_id.eq(&buyer.id),
                            meeting_wishes::to_id.eq(&producers[pick].id),
                            meeting_wishes::event_id.eq(&event.id),
                            meeting_wishes::created_at.eq(now),
                        ))
                        .execute(conn)?;
                }
            }
            db::refresh_planner_statistics(conn)?;
            let owner = accounts_repo::find_user(conn, &event.owner_id)?.ok_or(MeetingError::NotFound)?;
            Ok::<_, MeetingError>(owner)
        })
        .unwrap();
    let name = db.backend().name();

    let mut times = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let (organiser, input) = (organiser.clone(), settings());
        let started = Instant::now();
        db.write_blocking(move |conn| draft::generate(conn, &organiser, demo::SLUG, &input, now))
            .unwrap();
        times.push(started.elapsed());
    }
    let shown: Vec<String> = times.iter().map(|t| format!("{:.2}", t.as_secs_f64())).collect();
    times.sort();
    let median = times[times.len() / 2];
    println!(
        "draft_schedule/{name}: {HOSTED} hosted buyers × {MUST_MEET} must-meets, 300 producers, {DAYS} days: \
         generate {} s (median {:.2} s) — target < {} s {}",
        shown.join(", "),
        median.as_secs_f64(),
        TARGET.as_secs(),
        if median < TARGET { "met" } else { "MISSED" },
    );

    let state = db
        .read_blocking(move |conn| draft::state(conn, &organiser, demo::SLUG, now))
        .unwrap();
    let fairness = state.fairness.expect("a draft was generated");
    let must_meet = state
        .meetings
        .iter()
        .filter(|m| m.basis.as_str() == "must_meet")
        .count();
    let mut why: BTreeMap<&str, usize> = BTreeMap::new();
    for (_, reason) in &state.unplaced {
        *why.entry(reason.label()).or_default() += 1;
    }
    println!(
        "draft_schedule/{name}: {} meetings ({must_meet} must-meets of {}); per producer min {}, median {}, max {} \
         (cap {}, {} at it); {} producers with none: {why:?}",
        state.meetings.len(),
        HOSTED * MUST_MEET,
        fairness.min,
        fairness.median,
        fairness.max,
        fairness.cap,
        fairness.at_cap,
        fairness.none,
    );
    drop(app);
}
