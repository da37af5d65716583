//! A pair's free slots at the scale of issue #14: the demo event of
//! `seed --demo-event` (five days, 300 producers, 500 buyers in 22 zones,
//! 3,000 meetings booked), then 2,000 look-ups of the free slots of a
//! random buyer and producer, each in its own read transaction as the
//! booking page and `GET /api/v1/events/{slug}/slots` make it. Prints p50,
//! p99 and the slowest, for the domain call (`booking::slots_for_pair`) and
//! for the API's answer (the same, worded on both clocks with the other
//! side's card). The target is p99 under 5 ms.
//!
//! `cargo bench --bench meetings` runs on SQLite in a temporary directory,
//! and also on PostgreSQL when `TEST_DATABASE_URL` names a server (a
//! database is made for the run and dropped after it).

#![allow(clippy::unwrap_used, clippy::expect_used)]

// Shared with the integration tests, which use more of them than this does.
#[allow(dead_code)]
#[path = "../tests/it/harness.rs"]
mod harness;
#[allow(dead_code)]
#[path = "../tests/it/market.rs"]
mod market;

use std::time::{Duration, Instant};

use chrono::Utc;
use odop_bazaar::accounts::User;
use odop_bazaar::db::{self, Db, DbConnection};
use odop_bazaar::meetings::demo::{self, DemoEventOutcome};
use odop_bazaar::meetings::model::{ParticipantStatus, Side};
use odop_bazaar::meetings::{MeetingError, api_views, booking, repo};
use odop_bazaar::startup::{Application, Options};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use harness::{Backend, TestStorage};

const LOOKUPS: usize = 2_000;
const WARM_UP: usize = 200;
const TARGET_P99: Duration = Duration::from_millis(5);

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
        println!("meetings/postgres: skipped (set TEST_DATABASE_URL to a PostgreSQL server to run it)");
    }
}

async fn run(backend: Backend) {
    let storage = TestStorage::new(backend);
    let settings = storage.settings(&[("RUST_LOG", "error")]);
    let options = Options {
        migrate: true,
        seed_if_empty: true,
        run_workers: false,
        ..Options::default()
    };
    let app = Application::build(settings.clone(), options).await.unwrap();
    let db = app.db().clone();
    let started = Instant::now();
    let now = Utc::now().naive_utc();
    let outcome = market::demo_event(&db, &settings.base_url, now);
    assert!(matches!(outcome, DemoEventOutcome::Added { .. }), "{outcome:?}");
    db::refresh_planner_statistics(&mut db.get().unwrap()).unwrap();
    let name = db.backend().name();
    println!(
        "meetings/{name}: demo event seeded in {:.1} s ({outcome:?})",
        started.elapsed().as_secs_f64()
    );

    let pairs = random_pairs(&db, LOOKUPS + WARM_UP);
    let domain = measure(&pairs, |(buyer, producer)| {
        db.read_blocking(|conn| booking::slots_for_pair(conn, buyer, demo::SLUG, producer, now).map(|_| ()))
    });
    report(name, "booking::slots_for_pair", domain);
    let api = measure(&pairs, |(buyer, producer)| {
        db.read_blocking(|conn| api_views::pair_slots(conn, buyer, demo::SLUG, producer, now).map(|_| ()))
    });
    report(name, "GET …/slots answer", api);
    drop(app);
}

/// `count` (buyer account, producer participant id) pairs of the demo
/// event, drawn with a fixed seed.
fn random_pairs(db: &Db, count: usize) -> Vec<(User, String)> {
    let (buyers, producers) = db
        .read_blocking(|conn| {
            let event = repo::event_by_slug(conn, demo::SLUG)?.ok_or(MeetingError::NotFound)?;
            let approved = |conn: &mut DbConnection, side| {
                repo::participants_of(conn, &event.id, Some(side), Some(ParticipantStatus::Approved))
            };
            let buyers = approved(conn, Side::Buyer)?;
            let producers = approved(conn, Side::Producer)?;
            let ids: Vec<&str> = buyers.iter().map(|b| b.user_id.as_str()).collect();
            let accounts = odop_bazaar::accounts::repo::users_by_ids(conn, &ids)?;
            let producers: Vec<String> = producers.iter().map(|p| p.id.to_string()).collect();
            Ok::<_, MeetingError>((accounts, producers))
        })
        .unwrap();
    let mut rng = StdRng::seed_from_u64(5);
    (0..count)
        .map(|_| {
            (
                buyers[rng.random_range(0..buyers.len())].clone(),
                producers[rng.random_range(0..producers.len())].clone(),
            )
        })
        .collect()
}

/// Each look-up's time, after the warm-up, fastest first.
fn measure(
    pairs: &[(User, String)],
    lookup: impl Fn(&(User, String)) -> Result<(), MeetingError>,
) -> Vec<Duration> {
    let mut times = Vec::with_capacity(pairs.len());
    for (n, pair) in pairs.iter().enumerate() {
        let started = Instant::now();
        lookup(pair).unwrap();
        if n >= WARM_UP {
            times.push(started.elapsed());
        }
    }
    times.sort();
    times
}

fn report(backend: &str, what: &str, times: Vec<Duration>) {
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let p99 = at(0.99);
    println!(
        "meetings/{backend}: {what}: {} look-ups, p50 {:.2} ms, p99 {:.2} ms, slowest {:.2} ms — target p99 < {} ms {}",
        times.len(),
        ms(at(0.5)),
        ms(p99),
        ms(at(1.0)),
        TARGET_P99.as_millis(),
        if p99 < TARGET_P99 { "met" } else { "MISSED" },
    );
}
