use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{TimeDelta, Utc};
use diesel::prelude::*;
use odop_bazaar::db::{Db, DbError};
use odop_bazaar::jobs::{Job, JobFailure, JobHandler, NewJob, Worker, repo};
use odop_bazaar::schema::jobs;

use crate::harness::{Backend, TestApp};
use test_macros::backend_test;

/// Records which worker performed which job; fails the jobs named in
/// `fail_once` on their first attempt and those in `always_fail` every time.
#[derive(Default)]
struct Recorder {
    performed: Mutex<Vec<String>>,
    fail_once: Mutex<HashSet<String>>,
    always_fail: HashSet<String>,
}

impl JobHandler for Recorder {
    async fn perform(&self, job: &Job) -> Result<(), JobFailure> {
        tokio::time::sleep(Duration::from_millis(3)).await;
        self.performed.lock().unwrap().push(job.id.to_string());
        if self.always_fail.contains(job.id.as_str()) {
            return Err(JobFailure::retry("the mail server refused the connection"));
        }
        if self.fail_once.lock().unwrap().remove(job.id.as_str()) {
            return Err(JobFailure::retry("the mail server refused the connection"));
        }
        Ok(())
    }
}

fn enqueue(db: &Db, count: usize) -> Vec<String> {
    db.write_blocking(|conn| {
        (0..count)
            .map(|i| {
                let id = format!("test-job-{i}");
                repo::enqueue(
                    conn,
                    NewJob::new("test.record", serde_json::json!({ "n": i })).with_key(id.clone()),
                    Utc::now().naive_utc(),
                )?;
                Ok(id)
            })
            .collect::<Result<Vec<_>, DbError>>()
    })
    .unwrap()
}

fn job(db: &Db, id: &str) -> Job {
    let id = id.to_owned();
    db.read_blocking(move |conn| repo::find(conn, &id))
        .unwrap()
        .unwrap()
}

async fn drain<H: JobHandler>(worker: &Worker<H>) -> usize {
    let mut total = 0;
    loop {
        match worker.run_once().await.unwrap() {
            0 => return total,
            n => total += n,
        }
    }
}

#[backend_test]
async fn each_job_is_claimed_by_exactly_one_of_two_instances(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let ids = enqueue(&app.db, 120);
    // Two workers with their own pools, as two app instances would have.
    let recorder = Arc::new(Recorder::default());
    let second_pool = Db::connect(&app.db_url(), 4, Duration::from_secs(5)).unwrap();
    let a = Worker::new(app.db.clone(), recorder.clone());
    let b = Worker::new(second_pool, recorder.clone());
    let (done_a, done_b) = tokio::join!(drain(&a), drain(&b));

    let performed = recorder.performed.lock().unwrap().clone();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for id in &performed {
        *counts.entry(id.as_str()).or_default() += 1;
    }
    assert_eq!(
        performed.len(),
        ids.len(),
        "{backend:?}: every job ran exactly once ({done_a} + {done_b})"
    );
    assert!(counts.values().all(|&n| n == 1), "{backend:?}: no job ran twice");
    assert!(
        done_a > 0 && done_b > 0,
        "{backend:?}: both instances took work ({done_a}, {done_b})"
    );
    for id in &ids {
        assert_eq!(job(&app.db, id).status.as_str(), "done");
    }
    app.stop().await;
}

#[backend_test]
async fn a_failed_job_is_retried_after_its_backoff(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let ids = enqueue(&app.db, 3);
    let recorder = Arc::new(Recorder::default());
    recorder.fail_once.lock().unwrap().insert(ids[1].clone());
    let worker = Worker::new(app.db.clone(), recorder.clone());

    assert_eq!(drain(&worker).await, 3);
    let failed = job(&app.db, &ids[1]);
    assert_eq!(failed.status.as_str(), "queued", "{backend:?}");
    assert_eq!(failed.attempts, 1);
    assert!(failed.last_error.as_deref().unwrap().contains("refused"));
    assert!(
        failed.run_at > Utc::now().naive_utc() + TimeDelta::seconds(10),
        "waits for its backoff"
    );
    assert_eq!(drain(&worker).await, 0, "not due yet");

    let id = ids[1].clone();
    app.db
        .write_blocking(move |conn| {
            diesel::update(jobs::table.find(&id))
                .set(jobs::run_at.eq(Utc::now().naive_utc()))
                .execute(conn)
                .map_err(DbError::from)
        })
        .unwrap();
    assert_eq!(drain(&worker).await, 1);
    let retried = job(&app.db, &ids[1]);
    assert_eq!(retried.status.as_str(), "done");
    assert_eq!(retried.attempts, 2);
    app.stop().await;
}

#[backend_test]
async fn a_job_out_of_attempts_stays_visible_and_can_be_retried(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.allow_leftover_jobs("a failed job that stays visible is what the test shows");
    let id = "test-job-doomed".to_owned();
    let key = id.clone();
    app.db
        .write_blocking(move |conn| {
            repo::enqueue(
                conn,
                NewJob::new("test.record", serde_json::json!({}))
                    .with_key(key)
                    .max_attempts(1),
                Utc::now().naive_utc(),
            )
        })
        .unwrap();
    let recorder = Arc::new(Recorder {
        always_fail: HashSet::from([id.clone()]),
        ..Recorder::default()
    });
    let worker = Worker::new(app.db.clone(), recorder);
    drain(&worker).await;
    assert_eq!(job(&app.db, &id).status.as_str(), "failed", "{backend:?}");
    let failed = app.db.read_blocking(|conn| repo::list(conn, true, 10)).unwrap();
    assert_eq!(
        failed.iter().map(|j| j.id.as_str()).collect::<Vec<_>>(),
        [id.as_str()]
    );

    let key = id.clone();
    assert!(
        app.db
            .write_blocking(move |conn| repo::retry(conn, &key, Utc::now().naive_utc()))
            .unwrap()
    );
    let again = job(&app.db, &id);
    assert_eq!((again.status.as_str(), again.attempts), ("queued", 0));
    app.stop().await;
}

#[backend_test]
async fn a_job_is_part_of_its_callers_transaction_and_a_lost_lease_is_reclaimed(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.allow_leftover_jobs("the test's jobs have no handler in the application");
    let outcome: Result<(), DbError> = app.db.write_blocking(|conn| {
        repo::enqueue(
            conn,
            NewJob::new("test.record", serde_json::json!({})).with_key("rolled-back".into()),
            Utc::now().naive_utc(),
        )?;
        Err(DbError::Query(diesel::result::Error::RollbackTransaction))
    });
    assert!(outcome.is_err());
    assert!(
        app.db
            .read_blocking(|conn| repo::find(conn, "rolled-back"))
            .unwrap()
            .is_none(),
        "{backend:?}"
    );

    enqueue(&app.db, 1);
    let t0 = Utc::now().naive_utc();
    let first = app
        .db
        .write_blocking(|conn| repo::claim(conn, "crashed-worker", 10, repo::LEASE, t0))
        .unwrap();
    assert_eq!(first.len(), 1);
    let none = app
        .db
        .write_blocking(|conn| repo::claim(conn, "other", 10, repo::LEASE, t0 + TimeDelta::minutes(1)))
        .unwrap();
    assert!(none.is_empty(), "a live lease is respected");
    let reclaimed = app
        .db
        .write_blocking(|conn| repo::claim(conn, "other", 10, repo::LEASE, t0 + TimeDelta::minutes(3)))
        .unwrap();
    assert_eq!(reclaimed.len(), 1, "{backend:?}");
    assert_eq!(reclaimed[0].attempts, 2);
    assert_eq!(reclaimed[0].locked_by.as_deref(), Some("other"));
    app.stop().await;
}

/// Two transactions planning one keyed job at once (two buyers' requests
/// planning one producer's digest) both commit: the second waits for the
/// first and writes nothing, instead of failing on the key. Only PostgreSQL
/// has concurrent writers.
#[backend_test(postgres)]
async fn two_transactions_planning_one_keyed_job_at_once_both_commit(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let plan = |conn: &mut odop_bazaar::db::DbConnection| {
        let now = Utc::now().naive_utc();
        repo::enqueue(
            conn,
            NewJob::new("test.record", serde_json::json!({}))
                .with_key("digest-of-tomorrow".into())
                .run_at(now + TimeDelta::days(1)),
            now,
        )
    };
    let started = Arc::new(std::sync::Barrier::new(2));
    let first = {
        let (db, started) = (app.db.clone(), started.clone());
        std::thread::spawn(move || {
            db.write_blocking(|conn| {
                let planned = plan(conn)?;
                started.wait();
                // Holds its uncommitted row while the second plans the same key.
                std::thread::sleep(Duration::from_millis(300));
                Ok::<_, DbError>(planned)
            })
        })
    };
    started.wait();
    let second = app.db.write_blocking(plan);
    let first = first.join().unwrap();
    assert_eq!((first.unwrap(), second.unwrap()), (true, false), "{backend:?}");
    let planned: i64 = app
        .db
        .read_blocking(|conn| {
            jobs::table
                .filter(jobs::id.eq("digest-of-tomorrow"))
                .count()
                .get_result(conn)
                .map_err(DbError::from)
        })
        .unwrap();
    assert_eq!(planned, 1);
    app.stop().await;
}
