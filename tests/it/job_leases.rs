//! Job leases: a worker keeps the jobs it runs however long they take, and a
//! dead worker's jobs come back — at once on a restarted SQLite site.

use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::{TimeDelta, Utc};
use odop_bazaar::db::Db;
use odop_bazaar::jobs::{Job, JobFailure, JobHandler, JobStatus, NewJob, Worker, repo};

use crate::harness::{Backend, TestStorage};
use test_macros::backend_test;

/// A job that takes longer than the lease.
#[derive(Default)]
struct Slow {
    performed: Mutex<Vec<String>>,
}

impl JobHandler for Slow {
    async fn perform(&self, job: &Job) -> Result<(), JobFailure> {
        tokio::time::sleep(Duration::from_millis(1200)).await;
        self.performed.lock().unwrap().push(job.id.to_string());
        Ok(())
    }
}

fn migrated(storage: &TestStorage) -> Db {
    let settings = storage.settings(&[]);
    let db = Db::connect(&settings.database_url, 4, Duration::from_secs(5)).unwrap();
    odop_bazaar::db::run_pending_migrations(&mut db.get().unwrap()).unwrap();
    db
}

#[backend_test]
async fn a_worker_keeps_a_job_longer_than_its_lease_while_it_runs(backend: Backend) {
    let storage = TestStorage::new(backend);
    let db = migrated(&storage);
    db.write_blocking(|conn| {
        repo::enqueue(
            conn,
            NewJob::new("test.slow", serde_json::json!({})).with_key("slow-1".into()),
            Utc::now().naive_utc(),
        )
    })
    .unwrap();
    let lease = TimeDelta::milliseconds(400);
    let handler = Arc::new(Slow::default());
    let busy = Worker::new(db.clone(), handler.clone()).with_lease(lease);
    let other = Worker::new(db.clone(), handler.clone()).with_lease(lease);

    let watcher = async {
        let started = Instant::now();
        let mut claimed = 0;
        while started.elapsed() < Duration::from_millis(1100) {
            tokio::time::sleep(Duration::from_millis(100)).await;
            claimed += other.run_once().await.unwrap();
        }
        claimed
    };
    let (ran, stolen) = tokio::join!(
        async {
            tokio::time::sleep(Duration::from_millis(10)).await;
            busy.run_once().await.unwrap()
        },
        async {
            tokio::time::sleep(Duration::from_millis(50)).await;
            watcher.await
        }
    );
    assert_eq!(ran, 1, "{backend:?}");
    assert_eq!(stolen, 0, "{backend:?}: the running job's lease was renewed");
    assert_eq!(*handler.performed.lock().unwrap(), ["slow-1"]);
    let job = db
        .read_blocking(|conn| repo::find(conn, "slow-1"))
        .unwrap()
        .unwrap();
    assert_eq!(job.status, JobStatus::Done);
}

#[test]
fn a_restarted_sqlite_site_runs_the_jobs_its_predecessor_held_at_once() {
    let storage = TestStorage::new(Backend::Sqlite);
    let db = migrated(&storage);
    let email = odop_bazaar::mail::OutgoingEmail::new(
        "asha@example.org",
        "password_reset",
        serde_json::json!({ "name": "Asha", "reset_url": "http://127.0.0.1/reset-password?token=t" }),
    );
    db.write_blocking(|conn| {
        let now = Utc::now().naive_utc();
        repo::enqueue(
            conn,
            NewJob::new("mail.send", serde_json::to_value(&email).unwrap()).with_key("held-1".into()),
            now,
        )?;
        // Claimed by a process that then died.
        repo::claim(conn, "dead-process", 10, repo::LEASE, now)
    })
    .unwrap();
    drop(db);

    let mut server = Command::new(env!("CARGO_BIN_EXE_odop-bazaar"))
        .current_dir(storage.dir.path())
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .envs(storage.env())
        .arg("serve")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let db = migrated(&storage);
    let started = Instant::now();
    let status = loop {
        let job = db
            .read_blocking(|conn| repo::find(conn, "held-1"))
            .unwrap()
            .unwrap();
        if job.status == JobStatus::Done || started.elapsed() > Duration::from_secs(30) {
            break job.status;
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let _ = server.kill();
    let _ = server.wait();
    assert_eq!(
        status,
        JobStatus::Done,
        "the held job ran well before its lease ended"
    );
    assert!(started.elapsed() < repo::LEASE.to_std().unwrap());
}

#[backend_test]
fn a_lost_workers_jobs_are_claimed_again_when_the_lease_runs_out(backend: Backend) {
    let storage = TestStorage::new(backend);
    let db = migrated(&storage);
    let t0 = Utc::now().naive_utc();
    db.write_blocking(|conn| {
        repo::enqueue(
            conn,
            NewJob::new("test.any", serde_json::json!({})).with_key("lost".into()),
            t0,
        )?;
        repo::claim(conn, "lost-worker", 10, repo::LEASE, t0)
    })
    .unwrap();
    let renewed_late = t0 + repo::LEASE - TimeDelta::seconds(1);
    let early = db
        .write_blocking(|conn| repo::claim(conn, "other", 10, repo::LEASE, renewed_late))
        .unwrap();
    assert!(early.is_empty(), "{backend:?}");
    let late = db
        .write_blocking(|conn| {
            repo::claim(
                conn,
                "other",
                10,
                repo::LEASE,
                t0 + repo::LEASE + TimeDelta::seconds(1),
            )
        })
        .unwrap();
    assert_eq!(late.len(), 1, "{backend:?}");
    // The lost worker's late report changes nothing: the job is the other's now.
    let lost_copy = Job {
        locked_by: Some("lost-worker".into()),
        ..late[0].clone()
    };
    db.write_blocking(|conn| repo::complete(conn, &lost_copy, t0))
        .unwrap();
    let job = db
        .read_blocking(|conn| repo::find(conn, "lost"))
        .unwrap()
        .unwrap();
    assert_eq!(job.status, JobStatus::Running, "{backend:?}");
    assert_eq!(job.locked_by.as_deref(), Some("other"));
}
