//! Job queue queries. Claiming is the one place where the backends differ:
//! PostgreSQL skips rows other instances have locked; SQLite has a single
//! writer (the caller's `BEGIN IMMEDIATE`), so plain selection is exclusive.

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;

use super::model::{Job, JobId, JobStatus, NewJob, backoff};
use crate::db::{DbConnection, DbResult};
use crate::schema::jobs;

/// A running job whose worker has not renewed its lease within this time is
/// assumed lost (the process died) and may be claimed again. Workers renew
/// the leases of the jobs they hold every quarter of it, however long a job
/// takes, so a dead process's jobs wait two minutes, not the longest job.
pub const LEASE: TimeDelta = TimeDelta::minutes(2);

/// Writes a job in the caller's transaction. Returns `false` when a job with
/// the same key already exists.
///
/// A keyed insert skips a conflicting row (`ON CONFLICT DO NOTHING`) rather
/// than checking first: on PostgreSQL two transactions may plan the same
/// key at once (two buyers' requests planning one producer's digest), and
/// the second then waits for the first to commit and writes nothing, where a
/// plain insert would fail its whole transaction on the key. `MultiConnection`
/// cannot forward `ON CONFLICT`, so each backend is named.
pub fn enqueue(conn: &mut DbConnection, job: NewJob, now: NaiveDateTime) -> DbResult<bool> {
    let keyed = job.id.is_some();
    let row = Job {
        id: job.id.map_or_else(JobId::new, JobId::from),
        kind: job.kind.to_owned(),
        payload: job.payload.to_string(),
        status: JobStatus::Queued,
        attempts: 0,
        max_attempts: job.max_attempts,
        run_at: job.run_at.unwrap_or(now),
        locked_by: None,
        locked_at: None,
        last_error: None,
        created_at: now,
        finished_at: None,
    };
    if !keyed {
        diesel::insert_into(jobs::table).values(&row).execute(conn)?;
        return Ok(true);
    }
    let insert = diesel::insert_into(jobs::table)
        .values(&row)
        .on_conflict_do_nothing();
    let inserted = match conn {
        DbConnection::Postgres(pg) => insert.execute(pg)?,
        DbConnection::Sqlite(sqlite) => insert.execute(sqlite)?,
    };
    Ok(inserted == 1)
}

/// Marks up to `limit` due jobs as running by `worker` and returns them;
/// jobs whose lease ran out more than `lease` ago count as due.
pub fn claim(
    conn: &mut DbConnection,
    worker: &str,
    limit: i64,
    lease: TimeDelta,
    now: NaiveDateTime,
) -> DbResult<Vec<Job>> {
    let due = jobs::table
        .filter(
            jobs::status
                .eq(JobStatus::Queued)
                .and(jobs::run_at.le(now))
                .or(jobs::status
                    .eq(JobStatus::Running)
                    .and(jobs::locked_at.lt(now - lease))),
        )
        .order(jobs::run_at)
        .limit(limit)
        .select(jobs::id);
    let ids: Vec<String> = match conn {
        DbConnection::Postgres(pg) => due.for_update().skip_locked().load(pg)?,
        DbConnection::Sqlite(sqlite) => due.load(sqlite)?,
    };
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    diesel::update(jobs::table.filter(jobs::id.eq_any(&ids)))
        .set((
            jobs::status.eq(JobStatus::Running),
            jobs::locked_by.eq(worker),
            jobs::locked_at.eq(now),
            jobs::attempts.eq(jobs::attempts + 1),
        ))
        .execute(conn)?;
    Ok(jobs::table
        .filter(jobs::id.eq_any(&ids))
        .order(jobs::run_at)
        .select(Job::as_select())
        .load(conn)?)
}

/// Renews the leases of the jobs `worker` is running.
pub fn renew_leases(conn: &mut DbConnection, worker: &str, now: NaiveDateTime) -> DbResult<usize> {
    Ok(diesel::update(
        jobs::table
            .filter(jobs::status.eq(JobStatus::Running.as_str()))
            .filter(jobs::locked_by.eq(worker)),
    )
    .set(jobs::locked_at.eq(now))
    .execute(conn)?)
}

/// Puts every running job back in the queue: for a single instance at start,
/// whose predecessor died holding them (their attempt stays counted).
pub fn release_all_claims(conn: &mut DbConnection) -> DbResult<usize> {
    Ok(
        diesel::update(jobs::table.filter(jobs::status.eq(JobStatus::Running.as_str())))
            .set((
                jobs::status.eq(JobStatus::Queued.as_str()),
                jobs::locked_by.eq(None::<String>),
                jobs::locked_at.eq(None::<NaiveDateTime>),
            ))
            .execute(conn)?,
    )
}

/// Records success, unless the lease was lost to another worker meanwhile.
/// A finished job keeps its kind and times but not its payload: an e-mail
/// job's payload holds the live links it sent, which must not sit in the
/// table in clear until the weekly purge.
pub fn complete(conn: &mut DbConnection, job: &Job, now: NaiveDateTime) -> DbResult<()> {
    diesel::update(
        jobs::table
            .find(&job.id)
            .filter(jobs::status.eq(JobStatus::Running.as_str()))
            .filter(jobs::locked_by.eq(job.locked_by.as_deref().unwrap_or_default())),
    )
    .set((
        jobs::status.eq(JobStatus::Done),
        jobs::payload.eq("{}"),
        jobs::finished_at.eq(now),
        jobs::locked_by.eq(None::<String>),
        jobs::last_error.eq(None::<String>),
    ))
    .execute(conn)?;
    Ok(())
}

/// Records a failure: the job waits for its backoff and runs again, or is
/// marked failed when it has used its attempts (or cannot succeed).
pub fn fail(
    conn: &mut DbConnection,
    job: &Job,
    error: &str,
    permanent: bool,
    now: NaiveDateTime,
) -> DbResult<JobStatus> {
    let exhausted = permanent || job.attempts >= job.max_attempts;
    let status = if exhausted {
        JobStatus::Failed
    } else {
        JobStatus::Queued
    };
    diesel::update(
        jobs::table
            .find(&job.id)
            .filter(jobs::status.eq(JobStatus::Running.as_str()))
            .filter(jobs::locked_by.eq(job.locked_by.as_deref().unwrap_or_default())),
    )
    .set((
        jobs::status.eq(status.as_str()),
        jobs::run_at.eq(if exhausted {
            job.run_at
        } else {
            now + backoff(job.attempts)
        }),
        jobs::finished_at.eq(exhausted.then_some(now)),
        jobs::locked_by.eq(None::<String>),
        jobs::locked_at.eq(None::<NaiveDateTime>),
        jobs::last_error.eq(truncate(error, 2000)),
    ))
    .execute(conn)?;
    Ok(status)
}

fn truncate(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

/// Puts a failed (or waiting) job back at the head of the queue with fresh attempts.
pub fn retry(conn: &mut DbConnection, id: &str, now: NaiveDateTime) -> DbResult<bool> {
    let changed = diesel::update(
        jobs::table
            .find(id)
            .filter(jobs::status.eq_any([JobStatus::Failed, JobStatus::Queued])),
    )
    .set(requeued(now))
    .execute(conn)?;
    Ok(changed == 1)
}

/// Queues a finished keyed job once more, for work undone since it ran (a
/// file it wrote has gone); its payload is written again, as `complete`
/// cleared it. Returns `false` unless the job had finished.
pub fn run_again(conn: &mut DbConnection, job: &NewJob, now: NaiveDateTime) -> DbResult<bool> {
    let Some(id) = job.id.as_deref() else {
        return Ok(false);
    };
    let changed = diesel::update(jobs::table.find(id).filter(jobs::status.eq(JobStatus::Done)))
        .set((
            requeued(job.run_at.unwrap_or(now)),
            jobs::payload.eq(job.payload.to_string()),
            jobs::max_attempts.eq(job.max_attempts),
        ))
        .execute(conn)?;
    Ok(changed == 1)
}

/// The columns a job goes back in the queue with.
type Requeued = (
    diesel::dsl::Eq<jobs::status, JobStatus>,
    diesel::dsl::Eq<jobs::attempts, i32>,
    diesel::dsl::Eq<jobs::run_at, NaiveDateTime>,
    diesel::dsl::Eq<jobs::finished_at, Option<NaiveDateTime>>,
);

/// The change that puts a job back in the queue, due at `at`, with fresh attempts.
fn requeued(at: NaiveDateTime) -> Requeued {
    (
        jobs::status.eq(JobStatus::Queued),
        jobs::attempts.eq(0),
        jobs::run_at.eq(at),
        jobs::finished_at.eq(None::<NaiveDateTime>),
    )
}

/// Jobs not yet done (queued and running), or only the failed ones, oldest first.
pub fn list(conn: &mut DbConnection, failed_only: bool, limit: i64) -> DbResult<Vec<Job>> {
    let statuses: &[&str] = if failed_only {
        &["failed"]
    } else {
        &["queued", "running", "failed"]
    };
    Ok(jobs::table
        .filter(jobs::status.eq_any(statuses))
        .order(jobs::created_at)
        .limit(limit)
        .select(Job::as_select())
        .load(conn)?)
}

pub fn find(conn: &mut DbConnection, id: &str) -> DbResult<Option<Job>> {
    Ok(jobs::table
        .find(id)
        .select(Job::as_select())
        .first(conn)
        .optional()?)
}

/// Number of jobs that are queued or running.
pub fn pending_count(conn: &mut DbConnection) -> DbResult<i64> {
    Ok(jobs::table
        .filter(jobs::status.eq_any([JobStatus::Queued, JobStatus::Running]))
        .count()
        .get_result(conn)?)
}

pub fn failed_count(conn: &mut DbConnection) -> DbResult<i64> {
    Ok(jobs::table
        .filter(jobs::status.eq(JobStatus::Failed))
        .count()
        .get_result(conn)?)
}

/// Deletes finished jobs older than `before`; failed ones stay for inspection.
pub fn purge_done(conn: &mut DbConnection, before: NaiveDateTime) -> DbResult<usize> {
    Ok(diesel::delete(
        jobs::table
            .filter(jobs::status.eq(JobStatus::Done))
            .filter(jobs::finished_at.lt(before)),
    )
    .execute(conn)?)
}

/// Deletes jobs of `kinds` still waiting that were queued before `before`:
/// work a later, complete pass (a full reindex) has already covered.
pub fn discard_queued(conn: &mut DbConnection, kinds: &[&str], before: NaiveDateTime) -> DbResult<usize> {
    Ok(diesel::delete(
        jobs::table
            .filter(jobs::status.eq(JobStatus::Queued))
            .filter(jobs::kind.eq_any(kinds))
            .filter(jobs::created_at.lt(before)),
    )
    .execute(conn)?)
}
