//! Enquiry throughput: 1,000 enquiries submitted through the service (each
//! in its own transaction, as the web handler does), then the outbox
//! drained by the real worker to an SMTP server in this process.
//!
//! `cargo bench --bench enquiries` (SQLite in a temp dir); set
//! `BENCH_DATABASE_URL=postgres://…` (an empty database) for PostgreSQL.

#![allow(clippy::unwrap_used, clippy::expect_used)]

// Shared with the integration tests, which use more of them than this does.
#[allow(dead_code)]
#[path = "../tests/it/market.rs"]
mod market;
#[allow(dead_code, unused_imports)]
#[path = "../tests/it/smtp.rs"]
mod smtp;

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Instant;

use odop_bazaar::accounts::Role;
use odop_bazaar::background::AppJobs;
use odop_bazaar::db::Db;
use odop_bazaar::enquiries::threads;
use odop_bazaar::jobs::Worker;
use odop_bazaar::mail::MailDelivery;
use odop_bazaar::settings::Settings;
use odop_bazaar::startup::{Application, Options};
use url::Url;

const ENQUIRIES: usize = 1_000;
/// Enquiries per buyer stay under the per-buyer hourly limit.
const PER_BUYER: usize = 20;

struct BenchSite {
    db: Db,
    base_url: Url,
}

impl market::Site for BenchSite {
    fn db(&self) -> &Db {
        &self.db
    }

    fn base_url(&self) -> &Url {
        &self.base_url
    }
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(run());
}

async fn run() {
    let dir = tempfile::tempdir().unwrap();
    let smtp = smtp::SmtpServer::start().await;
    let mut env = BTreeMap::new();
    env.insert("DATA_DIR", dir.path().display().to_string());
    env.insert("BIND", "127.0.0.1:0".to_owned());
    env.insert("SESSION_KEY", "k".repeat(64));
    env.insert("SMTP_URL", smtp.url());
    if let Ok(url) = std::env::var("BENCH_DATABASE_URL") {
        env.insert("DATABASE_URL", url);
    }
    let settings = Settings::from_sources(&BTreeMap::new(), |k| env.get(k).cloned()).unwrap();
    let options = Options {
        migrate: true,
        seed_if_empty: true,
        run_workers: false,
        ..Options::default()
    };
    let app = Application::build(settings.clone(), options).await.unwrap();
    let site = BenchSite {
        db: app.db().clone(),
        base_url: settings.base_url.clone(),
    };
    let admin = market::user(&site, Role::Admin, "admin@bench.example", "Admin").await;
    let (_, _, slug) = market::producer(
        &site,
        Some(&admin),
        "weaver@bench.example",
        "Bench Weaves",
        "varanasi",
        "handloom",
    )
    .await;
    let mut buyers = Vec::new();
    for i in 0..ENQUIRIES.div_ceil(PER_BUYER) {
        buyers.push(market::buyer(&site, &format!("buyer{i}@bench.example")).await);
    }
    let worker = Worker::new(
        site.db.clone(),
        Arc::new(AppJobs::new(
            site.db.clone(),
            MailDelivery::from_settings(&settings).unwrap(),
            app.search().clone(),
            &settings.base_url,
            odop_bazaar::print::Printer::from_settings(&settings).unwrap(),
            app.clock().clone(),
        )),
    );
    while worker.run_once().await.unwrap() > 0 {}
    let already = smtp.messages().len();

    let started = Instant::now();
    for n in 0..ENQUIRIES {
        let buyer = buyers[n / PER_BUYER].clone();
        let (slug, ctx) = (
            slug.clone(),
            market::ctx_at(&site, market::now(), &format!("10.{}.{}.1", n / 250, n % 250)),
        );
        site.db
            .write(move |conn| {
                threads::send_enquiry(
                    conn,
                    &buyer,
                    &slug,
                    &market::enquiry_input("Please quote for 500 stoles."),
                    &ctx,
                )
            })
            .await
            .unwrap();
    }
    let submitted = started.elapsed();

    let started = Instant::now();
    while worker.run_once().await.unwrap() > 0 {}
    let drained = started.elapsed();
    let delivered = smtp.messages().len() - already;
    assert_eq!(
        delivered,
        2 * ENQUIRIES,
        "every enquiry e-mails the producer and copies the buyer"
    );

    let backend = site.db.backend().name();
    println!(
        "enquiries/{backend}: {ENQUIRIES} submitted in {:.2} s ({:.0}/s); outbox drained {delivered} e-mails over SMTP in {:.2} s ({:.0}/s)",
        submitted.as_secs_f64(),
        ENQUIRIES as f64 / submitted.as_secs_f64(),
        drained.as_secs_f64(),
        delivered as f64 / drained.as_secs_f64(),
    );
}
