//! Figures about the queue for monitoring: how many jobs of each kind wait,
//! run or failed, and how long the oldest due one has waited.

use chrono::NaiveDateTime;
use diesel::dsl::{count_star, min};
use diesel::prelude::*;

use super::model::JobStatus;
use crate::db::{DbConnection, DbResult};
use crate::schema::jobs;

#[derive(Debug, Clone, PartialEq)]
pub struct QueueStat {
    pub kind: String,
    /// `queued`, `running` or `failed`.
    pub status: String,
    pub count: i64,
    /// For queued jobs: seconds since the oldest one that is due became due.
    pub oldest_due_age_seconds: Option<i64>,
}

/// One row per kind and status with any queued, running or failed job.
pub fn queue_stats(conn: &mut DbConnection, now: NaiveDateTime) -> DbResult<Vec<QueueStat>> {
    let statuses = [JobStatus::Queued, JobStatus::Running, JobStatus::Failed].map(JobStatus::as_str);
    let counts: Vec<(String, String, i64)> = jobs::table
        .filter(jobs::status.eq_any(statuses))
        .group_by((jobs::kind, jobs::status))
        .select((jobs::kind, jobs::status, count_star()))
        .load(conn)?;
    let oldest_due: Vec<(String, Option<NaiveDateTime>)> = jobs::table
        .filter(jobs::status.eq(JobStatus::Queued.as_str()))
        .filter(jobs::run_at.le(now))
        .group_by(jobs::kind)
        .select((jobs::kind, min(jobs::run_at)))
        .load(conn)?;
    Ok(counts
        .into_iter()
        .map(|(kind, status, count)| {
            let oldest_due_age_seconds = (status == JobStatus::Queued.as_str())
                .then(|| {
                    oldest_due
                        .iter()
                        .find(|(k, _)| *k == kind)
                        .and_then(|(_, at)| *at)
                })
                .flatten()
                .map(|at| (now - at).num_seconds());
            QueueStat {
                kind,
                status,
                count,
                oldest_due_age_seconds,
            }
        })
        .collect())
}
