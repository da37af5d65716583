//! What each job kind does: the application's one [`JobHandler`], which
//! hands a claimed job to the area that owns its kind.

use std::sync::Arc;

use chrono::{TimeDelta, Utc};

use crate::catalogue;
use crate::db::{Db, DbError};
use crate::jobs::{Job, JobFailure, JobHandler, maintenance};
use crate::mail::{self, MailDelivery};
use crate::rate_limit;
use crate::search::{self, SearchEngine};

pub struct AppJobs {
    db: Db,
    mail: MailDelivery,
    search: Arc<SearchEngine>,
}

impl AppJobs {
    pub fn new(db: Db, mail: MailDelivery, search: Arc<SearchEngine>) -> Self {
        Self { db, mail, search }
    }
}

impl JobHandler for AppJobs {
    async fn perform(&self, job: &Job) -> Result<(), JobFailure> {
        match job.kind.as_str() {
            maintenance::PURGE_FINISHED => {
                let (jobs, windows) = self
                    .db
                    .write(|conn| {
                        let now = Utc::now().naive_utc();
                        let windows = rate_limit::purge(conn, now - TimeDelta::days(1))?;
                        Ok::<_, DbError>((maintenance::purge_finished(conn, now)?, windows))
                    })
                    .await
                    .map_err(|e| JobFailure::retry(e.to_string()))?;
                tracing::info!(
                    jobs,
                    rate_limit_windows = windows,
                    "purged finished jobs and old rate-limit windows"
                );
                Ok(())
            }
            mail::SEND_EMAIL => self.mail.deliver(job).await,
            search::INDEX_PRODUCTS => {
                search::jobs::index_products(&self.search, &self.db, job, catalogue::search_documents).await
            }
            search::REMOVE_PRODUCTS => search::jobs::remove_products(&self.search, job).await,
            other => Err(JobFailure::permanent(format!(
                "no handler for job kind '{other}'"
            ))),
        }
    }
}
