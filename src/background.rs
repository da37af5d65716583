//! What each job kind does: the application's one [`JobHandler`], which
//! hands a claimed job to the area that owns its kind.

use chrono::Utc;

use crate::db::{Db, DbError};
use crate::jobs::{Job, JobFailure, JobHandler, maintenance};

pub struct AppJobs {
    db: Db,
}

impl AppJobs {
    pub fn new(db: Db) -> Self {
        Self { db }
    }
}

impl JobHandler for AppJobs {
    async fn perform(&self, job: &Job) -> Result<(), JobFailure> {
        match job.kind.as_str() {
            maintenance::PURGE_FINISHED => {
                let removed = self
                    .db
                    .write(|conn| maintenance::purge_finished(conn, Utc::now().naive_utc()))
                    .await
                    .map_err(|e: DbError| JobFailure::retry(e.to_string()))?;
                tracing::info!(removed, "purged finished jobs");
                Ok(())
            }
            other => Err(JobFailure::permanent(format!(
                "no handler for job kind '{other}'"
            ))),
        }
    }
}
