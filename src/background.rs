//! What each job kind does: the application's one [`JobHandler`], which
//! hands a claimed job to the area that owns its kind.

use std::sync::Arc;

use chrono::{NaiveDateTime, TimeDelta};
use serde::de::DeserializeOwned;
use url::Url;

use crate::accounts::sessions;
use crate::catalogue::{self, unpublished};
use crate::clock::Clock;
use crate::currency::fetch::{self, FETCH_RATES, FetchError, RatesSource};
use crate::currency::rates;
use crate::db::{Db, DbConnection, DbError};
use crate::enquiries::notify::Links;
use crate::enquiries::{EnquiryError, rfq_closing, rfqs, threads};
use crate::heavy_work::Bounded;
use crate::jobs::{Job, JobFailure, JobHandler, maintenance};
use crate::mail::{self, MailDelivery};
use crate::meetings::notify::Links as MeetingLinks;
use crate::meetings::outcomes::asks;
use crate::meetings::{MeetingError, booking, digest, reminders};
use crate::print::{self, Audience, PrintError, PrintRequest, Printer};
use crate::rate_limit;
use crate::search::{self, DocumentSource, SearchEngine};
use crate::showcases;

pub struct AppJobs {
    db: Db,
    mail: MailDelivery,
    search: Arc<SearchEngine>,
    /// Where index jobs read the products from: the catalogue.
    documents: Arc<dyn DocumentSource>,
    links: Links,
    meeting_links: MeetingLinks,
    /// The site's address, for links in e-mails and catalogues.
    site: Url,
    /// Where catalogues are kept, and the photos they print.
    printer: Printer,
    clock: Clock,
    /// Where the daily rates come from; `None` when `RATES_URL` is off.
    rates: Option<RatesSource>,
}

/// Catalogues made at once: each keeps a core busy for seconds and holds its
/// photos in memory, and the site must go on serving meanwhile.
static PRINTING: Bounded = Bounded::new(|_cores| 1);

impl AppJobs {
    pub fn new(
        db: Db,
        mail: MailDelivery,
        search: Arc<SearchEngine>,
        base_url: &Url,
        printer: Printer,
        clock: Clock,
    ) -> Self {
        Self {
            printer,
            db,
            mail,
            search,
            documents: catalogue::document_source(),
            links: Links::new(base_url),
            meeting_links: MeetingLinks::new(base_url),
            site: base_url.clone(),
            clock,
            rates: None,
        }
    }

    /// Fetches reference rates from `rates` (`RATES_URL`).
    pub fn with_rates(self, rates: Option<RatesSource>) -> Self {
        Self { rates, ..self }
    }

    /// Runs an enquiries task on the id in the job's payload.
    async fn on_payload_id(
        &self,
        job: &Job,
        key: &'static str,
        task: fn(&mut DbConnection, &str, &Links, NaiveDateTime) -> Result<bool, EnquiryError>,
    ) -> Result<(), JobFailure> {
        let payload: serde_json::Value =
            serde_json::from_str(&job.payload).map_err(|e| JobFailure::permanent(e.to_string()))?;
        let id = payload[key]
            .as_str()
            .ok_or_else(|| JobFailure::permanent(format!("payload has no '{key}'")))?
            .to_owned();
        let (links, now) = (self.links.clone(), self.clock.now());
        self.db
            .write(move |conn| task(conn, &id, &links, now))
            .await
            .map(|_| ())
            .map_err(|e| JobFailure::retry(e.to_string()))
    }

    /// Runs a meetings task on the job's payload, read as the type its kind writes.
    async fn on_meeting_payload<T: DeserializeOwned + Send + 'static>(
        &self,
        job: &Job,
        task: fn(&mut DbConnection, &T, &MeetingLinks, NaiveDateTime) -> Result<bool, MeetingError>,
    ) -> Result<(), JobFailure> {
        // A payload that does not read cannot succeed on a retry.
        let payload: T =
            serde_json::from_str(&job.payload).map_err(|e| JobFailure::permanent(e.to_string()))?;
        let (links, now) = (self.meeting_links.clone(), self.clock.now());
        self.db
            .write(move |conn| task(conn, &payload, &links, now))
            .await
            .map(|_| ())
            .map_err(|e| JobFailure::retry(e.to_string()))
    }
}

impl AppJobs {
    /// Makes the current version of a catalogue unless its file exists. A
    /// catalogue that has nothing to print any more (its showcase ended, its
    /// producer's last listing was archived) is done: the next request says so.
    async fn print_catalogue(&self, job: &Job) -> Result<(), JobFailure> {
        let request: PrintRequest =
            serde_json::from_str(&job.payload).map_err(|e| JobFailure::permanent(e.to_string()))?;
        let now = self.clock.now();
        let (kind, slug, language) = (request.kind, request.slug.clone(), request.language);
        let gathered = self
            .db
            .read(move |conn| print::source::gather(conn, kind, &slug, Audience::Public, language, now))
            .await;
        let source = match gathered {
            Ok(source) => source,
            Err(nothing @ (PrintError::NotFound(_) | PrintError::Empty(_))) => {
                tracing::info!(reason = %nothing, "catalogue not made: nothing to print");
                return Ok(());
            }
            Err(error) => return Err(JobFailure::retry(error.to_string())),
        };
        let version = source
            .version(&self.site)
            .map_err(|e| JobFailure::retry(e.to_string()))?;
        let printer = self.printer.clone();
        let exists = printer.path(&source, &version).exists();
        if exists {
            return Ok(());
        }
        let site = self.site.clone();
        let pages = source.printed();
        let made = PRINTING
            .run(move || printer.make(&source, &site, now, &mut |_| {}))
            .await
            .and_then(|made| made)
            .map_err(|e| JobFailure::retry(format!("{e:#}")))?;
        tracing::info!(version = %made, products = pages, "catalogue made");
        Ok(())
    }
}

/// What a rates refresh did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RatesRefresh {
    /// Newer rates, of this day, were stored and every published listing queued for re-indexing.
    Stored(chrono::NaiveDate),
    /// The stored rates were already of this day or later.
    AlreadyCurrent(chrono::NaiveDate),
}

/// Fetches the reference rates and stores them if they are newer than those
/// stored. Storing queues every published listing for re-indexing in the same
/// transaction, so the index's euro prices follow the rates.
pub async fn refresh_rates(
    db: &Db,
    source: &RatesSource,
    now: NaiveDateTime,
) -> Result<RatesRefresh, RatesError> {
    let published = source.fetch().await?;
    let date = published.date;
    let stored = db
        .write(move |conn| {
            let stored = rates::store(conn, &published, now)?;
            if stored {
                reindex_all(conn, now)?;
            }
            Ok::<_, DbError>(stored)
        })
        .await?;
    Ok(if stored {
        RatesRefresh::Stored(date)
    } else {
        RatesRefresh::AlreadyCurrent(date)
    })
}

#[derive(Debug, thiserror::Error)]
pub enum RatesError {
    #[error(transparent)]
    Fetch(#[from] FetchError),
    #[error(transparent)]
    Db(#[from] DbError),
}

/// Queues every published listing for re-indexing, in index-job batches.
fn reindex_all(conn: &mut DbConnection, now: NaiveDateTime) -> Result<(), DbError> {
    let mut after: Option<String> = None;
    loop {
        let ids = catalogue::published_ids(conn, after.as_deref(), 5_000)?;
        let Some(last) = ids.last().cloned() else {
            return Ok(());
        };
        search::jobs::enqueue_index(conn, &ids, now)?;
        after = Some(last);
    }
}

impl AppJobs {
    /// The daily fetch. A failed fetch or a file that does not read leaves
    /// the stored rates in place and is logged once, as a warning: the next
    /// day's job (scheduled either way) tries again, rather than retrying
    /// twenty times against a bank that has not published.
    async fn fetch_rates(&self) -> Result<(), JobFailure> {
        let now = self.clock.now();
        if let Some(source) = &self.rates {
            match refresh_rates(&self.db, source, now).await {
                Ok(RatesRefresh::Stored(date)) => tracing::info!(%date, "stored new reference rates"),
                Ok(RatesRefresh::AlreadyCurrent(date)) => {
                    tracing::info!(%date, "the reference rates stored are current")
                }
                Err(RatesError::Fetch(error)) => {
                    tracing::warn!(%error, "reference rates not updated; the stored ones stay")
                }
                Err(RatesError::Db(error)) => return Err(JobFailure::retry(error.to_string())),
            }
        }
        self.db
            .write(move |conn| fetch::schedule_next(conn, now))
            .await
            .map(|_| ())
            .map_err(|e| JobFailure::retry(e.to_string()))
    }
}

impl JobHandler for AppJobs {
    fn independent(&self, kind: &str) -> bool {
        kind == mail::SEND_EMAIL
    }

    async fn perform(&self, job: &Job) -> Result<(), JobFailure> {
        let now = self.clock.now();
        match job.kind.as_str() {
            maintenance::PURGE_FINISHED => {
                let (jobs, windows, sessions) = self
                    .db
                    .write(move |conn| {
                        let windows = rate_limit::purge(conn, now - TimeDelta::days(1))?;
                        let sessions = sessions::purge(conn, now)?;
                        Ok::<_, DbError>((maintenance::purge_finished(conn, now)?, windows, sessions))
                    })
                    .await
                    .map_err(|e| JobFailure::retry(e.to_string()))?;
                tracing::info!(
                    jobs,
                    rate_limit_windows = windows,
                    sessions,
                    "purged finished jobs, old rate-limit windows and timed-out sessions"
                );
                Ok(())
            }
            mail::SEND_EMAIL => self.mail.deliver(job).await,
            search::INDEX_PRODUCTS => {
                search::jobs::index_products(&self.search, &self.db, job, &self.documents).await
            }
            search::REMOVE_PRODUCTS => search::jobs::remove_products(&self.search, job).await,
            threads::REMIND_UNANSWERED => {
                self.on_payload_id(job, "enquiry_id", threads::remind_if_unanswered)
                    .await
            }
            rfqs::CLOSE_AT_DEADLINE => self.on_payload_id(job, "rfq_id", rfq_closing::close_if_due).await,
            // Expires every lapsed request, not only the job's own: one run
            // catches up with any whose job is still queued behind it.
            booking::EXPIRE_REQUESTS => self
                .db
                .write(move |conn| booking::expire_lapsed(conn, now))
                .await
                .map(|_| ())
                .map_err(|e| JobFailure::retry(e.to_string())),
            reminders::REMIND => self.on_meeting_payload(job, reminders::remind).await,
            digest::SEND_DIGEST => self.on_meeting_payload(job, digest::send_digest).await,
            asks::ASK_OUTCOME => self.on_meeting_payload(job, asks::ask_outcome).await,
            asks::ASK_FOLLOW_UP => self.on_meeting_payload(job, asks::ask_follow_up).await,
            // The catalogue's news, which the showcases act on: their
            // curators hear of products that left the published state.
            unpublished::LISTINGS_UNPUBLISHED => {
                let ids = serde_json::from_str::<unpublished::UnpublishedIds>(&job.payload)
                    .map_err(|e| {
                        JobFailure::permanent(format!("the payload is not a list of product ids: {e}"))
                    })?
                    .ids;
                let site = self.site.clone();
                let sent = self
                    .db
                    .write(move |conn| showcases::notify::tell_curators(conn, &ids, &site, now))
                    .await
                    .map_err(|e| JobFailure::retry(e.to_string()))?;
                tracing::info!(
                    emails = sent,
                    "curators told of products that left their showcases"
                );
                Ok(())
            }
            print::PRINT_CATALOGUE => self.print_catalogue(job).await,
            FETCH_RATES => self.fetch_rates().await,
            other => Err(JobFailure::permanent(format!(
                "no handler for job kind '{other}'"
            ))),
        }
    }
}
