//! The queue's own housekeeping: a daily job deletes finished jobs after a
//! week (failed ones stay until someone retries or inspects them).

use chrono::{NaiveDateTime, TimeDelta};

use super::model::NewJob;
use super::repo;
use crate::db::{DbConnection, DbResult};

pub const PURGE_FINISHED: &str = "jobs.purge_finished";

const KEEP_DONE_FOR: TimeDelta = TimeDelta::days(7);

/// Enqueues the next daily purge unless it is already queued. The key is
/// the date, so instances starting together schedule it once.
pub fn schedule_purge(conn: &mut DbConnection, now: NaiveDateTime) -> DbResult<bool> {
    let next = (now + TimeDelta::days(1)).date();
    let at = next.and_hms_opt(3, 0, 0).unwrap_or(now + TimeDelta::days(1));
    repo::enqueue(
        conn,
        NewJob::new(PURGE_FINISHED, serde_json::json!({}))
            .with_key(format!("{PURGE_FINISHED}:{next}"))
            .run_at(at),
        now,
    )
}

/// Performs the purge and schedules the next one, in one transaction.
pub fn purge_finished(conn: &mut DbConnection, now: NaiveDateTime) -> DbResult<usize> {
    let removed = repo::purge_done(conn, now - KEEP_DONE_FOR)?;
    schedule_purge(conn, now)?;
    Ok(removed)
}
