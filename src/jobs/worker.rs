//! The worker loop: claim a batch, perform each job, record the outcome.
//! Safe to run on every instance; PostgreSQL hands each job to one claimer.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use chrono::TimeDelta;
use futures_util::StreamExt;
use tokio::sync::watch;
use tracing::Instrument;

use super::model::{Job, JobStatus};
use super::repo;
use crate::clock::Clock;
use crate::db::{Db, DbError};

/// Why a job did not succeed.
#[derive(Debug)]
pub struct JobFailure {
    pub message: String,
    /// The job can never succeed (bad payload, unknown kind): do not retry.
    pub permanent: bool,
}

impl JobFailure {
    pub fn retry(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            permanent: false,
        }
    }

    pub fn permanent(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            permanent: true,
        }
    }
}

/// What each job kind does. Implemented once for the application.
pub trait JobHandler: Send + Sync + 'static {
    fn perform(&self, job: &Job) -> impl Future<Output = Result<(), JobFailure>> + Send;

    /// Whether jobs of `kind` may run alongside each other and in any order
    /// (sending an e-mail may; updating the search index may not).
    fn independent(&self, _kind: &str) -> bool {
        false
    }
}

/// Independent jobs of one batch performed at the same time.
const CONCURRENT_JOBS: usize = 8;

pub struct Worker<H> {
    db: Db,
    handler: Arc<H>,
    name: String,
    batch_size: i64,
    idle_wait: Duration,
    lease: TimeDelta,
    clock: Clock,
}

impl<H: JobHandler> Worker<H> {
    pub fn new(db: Db, handler: Arc<H>) -> Self {
        Self {
            db,
            handler,
            name: format!("{}:{}", hostname(), uuid::Uuid::now_v7()),
            batch_size: 20,
            idle_wait: Duration::from_secs(1),
            lease: repo::LEASE,
            clock: Clock::system(),
        }
    }

    /// A shorter lease than [`repo::LEASE`] (tests of lost workers).
    pub fn with_lease(mut self, lease: TimeDelta) -> Self {
        self.lease = lease;
        self
    }

    /// Reads `clock` instead of the system's time (tests that move it forward).
    pub fn with_clock(mut self, clock: Clock) -> Self {
        self.clock = clock;
        self
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// Claims and performs one batch; returns how many jobs it handled.
    pub async fn run_once(&self) -> Result<usize, DbError> {
        let (name, limit, lease, now) = (self.name.clone(), self.batch_size, self.lease, self.clock.now());
        let batch = self
            .db
            .write(move |conn| repo::claim(conn, &name, limit, lease, now))
            .await?;
        if batch.is_empty() {
            return Ok(0);
        }
        let work = self.perform_batch(&batch);
        tokio::pin!(work);
        tokio::select! {
            done = &mut work => done?,
            never = self.renew_leases() => match never {},
        }
        Ok(batch.len())
    }

    /// Renews the leases of the jobs this worker holds every quarter of the
    /// lease, for as long as the batch runs.
    async fn renew_leases(&self) -> std::convert::Infallible {
        let every = (self.lease / 4).to_std().unwrap_or(Duration::from_secs(30));
        loop {
            tokio::time::sleep(every).await;
            let (name, now) = (self.name.clone(), self.clock.now());
            let renewed = self
                .db
                .write(move |conn| repo::renew_leases(conn, &name, now))
                .await;
            if let Err(error) = renewed {
                tracing::warn!(%error, "job leases not renewed; another worker may take these jobs over");
            }
        }
    }

    async fn perform_batch(&self, batch: &[Job]) -> Result<(), DbError> {
        let (independent, ordered): (Vec<&Job>, Vec<&Job>) =
            batch.iter().partition(|job| self.handler.independent(&job.kind));
        for job in ordered {
            self.perform_traced(job).await?;
        }
        // These mostly wait on the network (an SMTP server), so several run at once.
        let results: Vec<Result<(), DbError>> = futures_util::stream::iter(independent.into_iter().cloned())
            .map(|job| async move { self.perform_traced(&job).await })
            .buffer_unordered(CONCURRENT_JOBS)
            .collect()
            .await;
        results.into_iter().collect::<Result<(), DbError>>()
    }

    async fn perform_traced(&self, job: &Job) -> Result<(), DbError> {
        let span =
            tracing::info_span!("job", job.id = %job.id, job.kind = %job.kind, job.attempt = job.attempts);
        self.perform(job).instrument(span).await
    }

    /// Performs one claimed job and records its outcome.
    async fn perform(&self, job: &Job) -> Result<(), DbError> {
        let outcome = self.handler.perform(job).await;
        let (job, now) = (job.clone(), self.clock.now());
        let recorded = self
            .db
            .write(move |conn| match outcome {
                Ok(()) => repo::complete(conn, &job, now).map(|()| (JobStatus::Done, None)),
                Err(failure) => repo::fail(conn, &job, &failure.message, failure.permanent, now)
                    .map(|status| (status, Some(failure.message))),
            })
            .await?;
        match recorded {
            (JobStatus::Done, _) => tracing::debug!("job done"),
            (JobStatus::Failed, Some(error)) => tracing::error!(%error, "job failed for good"),
            (_, error) => tracing::warn!(error = error.as_deref().unwrap_or(""), "job failed; will retry"),
        }
        Ok(())
    }

    /// Runs until `shutdown` turns true, waiting a moment whenever the queue is empty.
    pub async fn run(self, mut shutdown: watch::Receiver<bool>) {
        tracing::info!(worker = %self.name, "job worker started");
        loop {
            if *shutdown.borrow() {
                break;
            }
            let wait = match self.run_once().await {
                Ok(0) => self.idle_wait,
                Ok(_) => Duration::ZERO,
                Err(error) => {
                    tracing::warn!(%error, "job worker cannot reach the database; waiting");
                    self.idle_wait * 5
                }
            };
            if !wait.is_zero() {
                tokio::select! {
                    _ = tokio::time::sleep(wait) => {}
                    _ = shutdown.changed() => {}
                }
            }
        }
        tracing::info!(worker = %self.name, "job worker stopped");
    }
}

fn hostname() -> String {
    std::env::var("HOSTNAME").unwrap_or_else(|_| "worker".to_owned())
}
