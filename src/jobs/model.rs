use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;
use serde::Serialize;

use crate::schema::jobs;

crate::id_type!(
    /// A job: a UUIDv7, or a key its caller chose to make the job unique.
    pub JobId
);

crate::text_enum!(
    /// Where a job stands: waiting (or waiting to retry), claimed by a
    /// worker, finished, or out of attempts.
    pub JobStatus {
        Queued => "queued", "Queued";
        Running => "running", "Running";
        Done => "done", "Done";
        Failed => "failed", "Failed";
    }
);

/// A unit of background work, written in the same transaction as the change
/// that causes it.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, Serialize)]
#[diesel(table_name = jobs, treat_none_as_default_value = false)]
pub struct Job {
    /// A UUIDv7, or a caller-chosen key that makes the job unique.
    pub id: JobId,
    /// What to do, named by the area that owns it (`jobs.purge_finished`, …).
    pub kind: String,
    /// JSON arguments for the kind.
    pub payload: String,
    pub status: JobStatus,
    pub attempts: i32,
    pub max_attempts: i32,
    /// Not before this time (UTC).
    pub run_at: NaiveDateTime,
    pub locked_by: Option<String>,
    pub locked_at: Option<NaiveDateTime>,
    pub last_error: Option<String>,
    pub created_at: NaiveDateTime,
    pub finished_at: Option<NaiveDateTime>,
}

/// A job to enqueue.
#[derive(Debug, Clone)]
pub struct NewJob {
    pub id: Option<String>,
    pub kind: &'static str,
    pub payload: serde_json::Value,
    pub run_at: Option<NaiveDateTime>,
    pub max_attempts: i32,
}

impl NewJob {
    /// About a day of retries with the default backoff.
    pub const DEFAULT_MAX_ATTEMPTS: i32 = 20;

    pub fn new(kind: &'static str, payload: serde_json::Value) -> Self {
        Self {
            id: None,
            kind,
            payload,
            run_at: None,
            max_attempts: Self::DEFAULT_MAX_ATTEMPTS,
        }
    }

    /// Makes the job unique under `key`: enqueuing the same key twice keeps one.
    pub fn with_key(mut self, key: String) -> Self {
        self.id = Some(key);
        self
    }

    pub fn run_at(mut self, at: NaiveDateTime) -> Self {
        self.run_at = Some(at);
        self
    }

    pub fn max_attempts(mut self, attempts: i32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }
}

/// The wait before the next attempt: 15 s doubled per failure, at most 2 h,
/// so the default 20 attempts span about a day.
pub fn backoff(attempts: i32) -> TimeDelta {
    let exponent = attempts.clamp(1, 20) - 1;
    let seconds = 15i64.saturating_mul(1i64 << exponent).min(2 * 60 * 60);
    TimeDelta::seconds(seconds)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_then_caps() {
        assert_eq!(backoff(1).num_seconds(), 15);
        assert_eq!(backoff(2).num_seconds(), 30);
        assert_eq!(backoff(5).num_seconds(), 240);
        assert_eq!(backoff(19).num_seconds(), 7200);
        let total: i64 = (1..NewJob::DEFAULT_MAX_ATTEMPTS)
            .map(|a| backoff(a).num_seconds())
            .sum();
        assert!((20 * 3600..=30 * 3600).contains(&total), "retries span {total} s");
    }
}
