//! Keeping the index in step with the catalogue through jobs. A change to a
//! product enqueues `search.index` with its id in the same transaction; the
//! worker asks the catalogue for the current documents and writes them (or
//! removes the ids that are no longer published). The job carries ids, not
//! documents, so however late or often it runs, it writes what is true then.

use std::sync::Arc;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::engine::SearchEngine;
use super::maintenance::{DocumentSource, refresh};
use crate::db::{Db, DbConnection, DbResult};
use crate::jobs::{self, Job, JobFailure, NewJob};

/// Payload: [`ProductIds`]. Re-reads the products and indexes those published,
/// removing the others. Use it for every change, unpublishing included.
pub const INDEX_PRODUCTS: &str = "search.index";
/// Payload: [`ProductIds`]. Removes the documents: for products deleted for good.
pub const REMOVE_PRODUCTS: &str = "search.remove";
/// Ids per job, so one job stays one engine request of reasonable size.
pub const IDS_PER_JOB: usize = 500;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductIds {
    pub ids: Vec<String>,
}

/// Queues re-indexing of these products in the caller's transaction.
pub fn enqueue_index(conn: &mut DbConnection, ids: &[String], now: NaiveDateTime) -> DbResult<()> {
    enqueue(conn, INDEX_PRODUCTS, ids, now)
}

/// Queues removal of these products from the index in the caller's transaction.
pub fn enqueue_remove(conn: &mut DbConnection, ids: &[String], now: NaiveDateTime) -> DbResult<()> {
    enqueue(conn, REMOVE_PRODUCTS, ids, now)
}

fn enqueue(conn: &mut DbConnection, kind: &'static str, ids: &[String], now: NaiveDateTime) -> DbResult<()> {
    for chunk in ids.chunks(IDS_PER_JOB) {
        let payload = serde_json::json!({ "ids": chunk });
        jobs::repo::enqueue(conn, NewJob::new(kind, payload), now)?;
    }
    Ok(())
}

fn ids_of(job: &Job) -> Result<Vec<String>, JobFailure> {
    serde_json::from_str::<ProductIds>(&job.payload)
        .map(|p| p.ids)
        .map_err(|e| JobFailure::permanent(format!("the payload is not a list of product ids: {e}")))
}

/// Performs a `search.index` job: writes the current documents of its ids
/// and removes those no longer published (`maintenance::refresh`). Every
/// failure but a malformed payload is retried with backoff, so an engine or
/// database outage delays the update and loses nothing.
pub async fn index_products(
    engine: &SearchEngine,
    db: &Db,
    job: &Job,
    source: &Arc<dyn DocumentSource>,
) -> Result<(), JobFailure> {
    let (indexed, removed) = refresh(db, engine, source, ids_of(job)?)
        .await
        .map_err(|e| JobFailure::retry(e.to_string()))?;
    tracing::info!(indexed, removed, "search index updated");
    Ok(())
}

/// Performs a `search.remove` job.
pub async fn remove_products(engine: &SearchEngine, job: &Job) -> Result<(), JobFailure> {
    let ids = ids_of(job)?;
    engine
        .delete(&ids)
        .await
        .map_err(|e| JobFailure::retry(e.to_string()))?;
    tracing::info!(removed = ids.len(), "removed from the search index");
    Ok(())
}
