//! Prometheus metrics. Code anywhere records through the `metrics` facade
//! (`metrics::counter!("emails_sent_total")`); this module installs the
//! process's one recorder, describes each metric once, and renders the text
//! format with the gauges that are read at scrape time (pool, job queue)
//! brought up to date. docs/OPERATIONS.md lists every metric.

use std::collections::BTreeSet;
use std::sync::{Mutex, OnceLock};

use metrics::{Unit, describe_counter, describe_gauge, describe_histogram, gauge};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

use crate::db::Db;
use crate::jobs::{self, QueueStat};

/// Bucket bounds (seconds) for every `…_seconds` histogram: from a cached
/// page (1 ms) to a photo of 40 MP (several seconds).
const SECONDS_BUCKETS: &[f64] = &[
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

/// The recorder, installed on first use. One per process: tests that start
/// several servers in one process share it.
pub fn recorder() -> &'static PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        let recorder = PrometheusBuilder::new()
            .set_buckets_for_metric(Matcher::Suffix("_seconds".into()), SECONDS_BUCKETS)
            .map(PrometheusBuilder::build_recorder);
        let handle = match recorder {
            Ok(recorder) => {
                let handle = recorder.handle();
                if metrics::set_global_recorder(recorder).is_err() {
                    tracing::warn!("another metrics recorder is installed; /metrics shows only its own");
                }
                handle
            }
            // Only an empty bucket list fails, and the list above is not empty.
            Err(error) => {
                tracing::error!(%error, "metrics recorder not built");
                PrometheusBuilder::new().build_recorder().handle()
            }
        };
        describe();
        handle
    })
}

fn describe() {
    describe_counter!(
        "http_requests_total",
        "HTTP requests answered, by method, route pattern and status"
    );
    describe_histogram!(
        "http_request_duration_seconds",
        Unit::Seconds,
        "Time to answer an HTTP request (to its headers), by method and route pattern"
    );
    describe_gauge!(
        "db_pool_connections",
        "Database connections open in the pool, by state (idle, in_use)"
    );
    describe_gauge!(
        "db_pool_waiting",
        "Requests and workers waiting for a free database connection"
    );
    describe_counter!(
        "db_pool_timeouts_total",
        "Waits for a database connection that ran out (answered 503)"
    );
    describe_gauge!(
        "jobs",
        "Background jobs by kind and status (queued, running, failed)"
    );
    describe_gauge!(
        "jobs_oldest_due_age_seconds",
        Unit::Seconds,
        "How long the oldest queued job of a kind has been due and not run"
    );
    describe_counter!(
        "emails_sent_total",
        "E-mails handed to the mail server, by template"
    );
    describe_counter!(
        "emails_failed_total",
        "E-mail attempts that failed, by whether they will be retried"
    );
    describe_counter!(
        "page_cache_hits_total",
        "Public pages served from the rendered-page cache (same catalogue generation)"
    );
    describe_counter!(
        "page_cache_misses_total",
        "Public pages rendered for a visitor with nothing personal on them, then kept"
    );
    describe_histogram!(
        "search_duration_seconds",
        Unit::Seconds,
        "Time a search took, by engine"
    );
    describe_counter!(
        "search_errors_total",
        "Searches the engine failed to answer, by engine"
    );
    describe_histogram!(
        "media_processing_seconds",
        Unit::Seconds,
        "Time to check, decode, resize and store one uploaded photo"
    );
}

/// The metrics in Prometheus's text format, with the pool and job-queue
/// gauges read now.
pub async fn render(db: &Db) -> String {
    let handle = recorder();
    let pool = db.pool_stats();
    gauge!("db_pool_connections", "state" => "idle").set(f64::from(pool.idle));
    gauge!("db_pool_connections", "state" => "in_use").set(f64::from(pool.in_use));
    gauge!("db_pool_waiting").set(pool.waiting as f64);
    let now = chrono::Utc::now().naive_utc();
    match db.read(move |conn| jobs::stats::queue_stats(conn, now)).await {
        Ok(stats) => record_queue(&stats),
        Err(error) => tracing::warn!(%error, "job queue figures not read for /metrics"),
    }
    handle.render()
}

/// Sets the queue gauges; a kind and status seen before but absent now
/// (its jobs ran) goes back to zero rather than keeping its last figure.
fn record_queue(stats: &[QueueStat]) {
    static SEEN: Mutex<BTreeSet<(String, String)>> = Mutex::new(BTreeSet::new());
    let mut seen = SEEN.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    for (kind, status) in seen.iter() {
        if !stats.iter().any(|s| s.kind == *kind && s.status == *status) {
            gauge!("jobs", "kind" => kind.clone(), "status" => status.clone()).set(0.0);
            if status == "queued" {
                gauge!("jobs_oldest_due_age_seconds", "kind" => kind.clone()).set(0.0);
            }
        }
    }
    for stat in stats {
        seen.insert((stat.kind.clone(), stat.status.clone()));
        gauge!("jobs", "kind" => stat.kind.clone(), "status" => stat.status.clone()).set(stat.count as f64);
        if stat.status == "queued" {
            let age = stat.oldest_due_age_seconds.unwrap_or(0);
            gauge!("jobs_oldest_due_age_seconds", "kind" => stat.kind.clone()).set(age as f64);
        }
    }
}
