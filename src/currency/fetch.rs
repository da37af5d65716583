//! The daily fetch of the reference rates: a job, never a request's work.
//! The bank publishes around 16:00 CET on working days; the job runs at
//! 15:30 UTC and schedules the next one, so one chain of jobs runs however
//! many instances start. A fetch that fails or a file that does not read
//! leaves the stored rates as they are and is logged once; the next day's
//! job tries again (pages stop showing conversions once the rates are older
//! than `RATES_MAX_AGE_DAYS`).

use std::time::Duration;

use chrono::{NaiveDateTime, NaiveTime, TimeDelta};
use url::Url;

use super::ecb::{self, EcbError, Published};
use super::rates;
use crate::db::{DbConnection, DbResult};
use crate::jobs::{NewJob, repo};

/// Payload `{}`: fetch the rates now, store them if newer, schedule the next.
pub const FETCH_RATES: &str = "currency.fetch_rates";

/// The bank's file, the default of `RATES_URL`.
pub const ECB_DAILY: &str = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml";

/// A file larger than this is not the bank's (its daily file is about 1.5 kB).
const MOST_BYTES: usize = 256 * 1024;

/// When the daily job runs (UTC), after the bank's publication.
fn daily_at() -> NaiveTime {
    NaiveTime::from_hms_opt(15, 30, 0).unwrap_or(NaiveTime::MIN)
}

/// Enqueues the next daily fetch unless it is already queued: the key is its
/// time, so instances starting together schedule it once.
pub fn schedule_next(conn: &mut DbConnection, now: NaiveDateTime) -> DbResult<bool> {
    let today = now.date().and_time(daily_at());
    let at = if today > now {
        today
    } else {
        today + TimeDelta::days(1)
    };
    repo::enqueue(
        conn,
        NewJob::new(FETCH_RATES, serde_json::json!({}))
            .with_key(format!("{FETCH_RATES}:{at}"))
            .run_at(at),
        now,
    )
}

/// Enqueues a fetch to run at once: for a site that starts without rates
/// (the daily job may be hours away).
pub fn enqueue_now(conn: &mut DbConnection, now: NaiveDateTime) -> DbResult<bool> {
    repo::enqueue(conn, NewJob::new(FETCH_RATES, serde_json::json!({})), now)
}

/// At start-up: the next daily fetch, and one now when no rates were ever stored.
pub fn schedule_at_start(conn: &mut DbConnection, now: NaiveDateTime) -> DbResult<()> {
    schedule_next(conn, now)?;
    if rates::latest(conn)?.is_none() {
        enqueue_now(conn, now)?;
    }
    Ok(())
}

#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("fetching the rates from {url} failed: {message}")]
    Http { url: String, message: String },
    #[error(transparent)]
    Parse(#[from] EcbError),
}

/// Where the rates come from.
#[derive(Debug, Clone)]
pub struct RatesSource {
    url: Url,
    client: reqwest::Client,
}

impl RatesSource {
    pub fn new(url: Url) -> Self {
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(30))
            .user_agent(concat!("odop-bazaar/", env!("CARGO_PKG_VERSION")))
            .build()
            .unwrap_or_default();
        Self { url, client }
    }

    pub fn url(&self) -> &Url {
        &self.url
    }

    /// Downloads and reads the daily file.
    pub async fn fetch(&self) -> Result<Published, FetchError> {
        let http = |message: String| FetchError::Http {
            url: self.url.to_string(),
            message,
        };
        let response = self
            .client
            .get(self.url.clone())
            .send()
            .await
            .and_then(reqwest::Response::error_for_status)
            .map_err(|e| http(e.to_string()))?;
        if response.content_length().is_some_and(|n| n > MOST_BYTES as u64) {
            return Err(http("the file is larger than a rates file".into()));
        }
        let body = response.bytes().await.map_err(|e| http(e.to_string()))?;
        if body.len() > MOST_BYTES {
            return Err(http("the file is larger than a rates file".into()));
        }
        let text = String::from_utf8_lossy(&body);
        Ok(ecb::parse(&text)?)
    }
}
