//! `search reindex` and `search verify`: the whole catalogue against the
//! index. Both read the published products through a [`DocumentSource`] (the
//! catalogue) in batches by id.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use serde::Serialize;

use super::engine::SearchEngine;
use super::engine_answer::document_version;
use super::error::SearchError;
use super::model::ProductDocument;
use crate::db::{Db, DbConnection, DbResult};

/// Where the published products come from: the catalogue.
pub trait DocumentSource: Send + Sync + 'static {
    /// Ids of published products after `after` (all when `None`), in id order, at most `limit`.
    fn published_ids(
        &self,
        conn: &mut DbConnection,
        after: Option<&str>,
        limit: i64,
    ) -> DbResult<Vec<String>>;
    /// The documents of those of `ids` that are published.
    fn documents(&self, conn: &mut DbConnection, ids: &[String]) -> DbResult<Vec<ProductDocument>>;
}

type PublishedIds = fn(&mut DbConnection, Option<&str>, i64) -> DbResult<Vec<String>>;
type Documents = fn(&mut DbConnection, &[String]) -> DbResult<Vec<ProductDocument>>;

/// A [`DocumentSource`] made of two functions, such as the catalogue's
/// `published_ids` and `search_documents`.
#[derive(Clone, Copy)]
pub struct FnSource {
    pub published_ids: PublishedIds,
    pub documents: Documents,
}

impl DocumentSource for FnSource {
    fn published_ids(
        &self,
        conn: &mut DbConnection,
        after: Option<&str>,
        limit: i64,
    ) -> DbResult<Vec<String>> {
        (self.published_ids)(conn, after, limit)
    }

    fn documents(&self, conn: &mut DbConnection, ids: &[String]) -> DbResult<Vec<ProductDocument>> {
        (self.documents)(conn, ids)
    }
}

/// What `search verify` found.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct VerifyReport {
    /// Published products checked.
    pub checked: usize,
    /// Published but not in the index.
    pub missing: Vec<String>,
    /// In the index with content that differs from the catalogue's.
    pub stale: Vec<String>,
    /// In the index but not published.
    pub extra: Vec<String>,
}

impl VerifyReport {
    pub fn is_clean(&self) -> bool {
        self.missing.is_empty() && self.stale.is_empty() && self.extra.is_empty()
    }
}

/// What `search reindex` did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ReindexReport {
    pub indexed: usize,
    /// Documents no longer published, removed at the end.
    pub removed: usize,
    /// Documents that changed while the reindex ran, written again.
    pub repaired: usize,
    /// Queued index updates the reindex made unnecessary, dropped.
    pub superseded_jobs: usize,
}

async fn published_ids(
    db: &Db,
    source: &Arc<dyn DocumentSource>,
    batch: i64,
) -> Result<Vec<String>, SearchError> {
    let mut all = Vec::new();
    loop {
        let after = all.last().cloned();
        let source = source.clone();
        let page: Vec<String> = db
            .read(move |conn| source.published_ids(conn, after.as_deref(), batch))
            .await?;
        let done = page.len() < usize::try_from(batch).unwrap_or(usize::MAX) || page.is_empty();
        all.extend(page);
        if done {
            return Ok(all);
        }
    }
}

async fn load(
    db: &Db,
    source: &Arc<dyn DocumentSource>,
    ids: Vec<String>,
) -> Result<Vec<ProductDocument>, SearchError> {
    let source = source.clone();
    Ok(db.read(move |conn| source.documents(conn, &ids)).await?)
}

/// Compares every published product with the index.
pub async fn verify(
    db: &Db,
    engine: &SearchEngine,
    source: Arc<dyn DocumentSource>,
    batch: usize,
) -> Result<VerifyReport, SearchError> {
    let mut indexed = engine.versions().await?;
    let ids = published_ids(db, &source, batch_size(batch)).await?;
    let mut report = VerifyReport::default();
    for chunk in ids.chunks(batch.max(1)) {
        for document in load(db, &source, chunk.to_vec()).await? {
            report.checked += 1;
            match indexed.remove(&document.id) {
                None => report.missing.push(document.id),
                Some(version) if version != document_version(&document) => report.stale.push(document.id),
                Some(_) => {}
            }
        }
    }
    report.extra = indexed.into_keys().collect();
    report.missing.sort();
    report.stale.sort();
    report.extra.sort();
    Ok(report)
}

fn batch_size(batch: usize) -> i64 {
    i64::try_from(batch.max(1)).unwrap_or(i64::MAX)
}

/// Writes every published product to the index, in batches, while the site
/// keeps serving from it (documents are replaced in place, never cleared
/// first), then removes what is no longer published and rewrites anything
/// that changed meanwhile. `progress` is told (done, total) after each batch.
pub async fn reindex(
    db: &Db,
    engine: &SearchEngine,
    source: Arc<dyn DocumentSource>,
    batch: usize,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<ReindexReport, SearchError> {
    engine.apply_settings().await?;
    let started = chrono::Utc::now().naive_utc();
    let ids = published_ids(db, &source, batch_size(batch)).await?;
    let mut report = ReindexReport::default();
    progress(0, ids.len());
    for chunk in ids.chunks(batch.max(1)) {
        let documents = load(db, &source, chunk.to_vec()).await?;
        engine.index(&documents).await?;
        report.indexed += documents.len();
        progress(report.indexed.min(ids.len()), ids.len());
    }
    let published: BTreeSet<&String> = ids.iter().collect();
    let leftovers: Vec<String> = engine
        .versions()
        .await?
        .into_keys()
        .filter(|id| !published.contains(id))
        .collect();
    let (_, removed) = refresh(db, engine, &source, leftovers).await?;
    report.removed = removed;
    // Jobs that ran during the reindex may have been overwritten by an older
    // copy from an earlier batch: compare once more and rewrite those.
    let check = verify(db, engine, source.clone(), batch).await?;
    let changed: Vec<String> = check
        .missing
        .into_iter()
        .chain(check.stale)
        .chain(check.extra)
        .collect();
    let (repaired, removed_late) = refresh(db, engine, &source, changed).await?;
    report.repaired = repaired;
    report.removed += removed_late;
    engine.compact().await?;
    // Index updates queued before the reindex began are now done: every
    // document was read after they were queued.
    report.superseded_jobs = db
        .write(move |conn| {
            crate::jobs::repo::discard_queued(conn, &[super::INDEX_PRODUCTS, super::REMOVE_PRODUCTS], started)
        })
        .await?;
    Ok(report)
}

/// Writes the current documents of `ids` and removes those not published.
/// Returns (written, removed).
pub(super) async fn refresh(
    db: &Db,
    engine: &SearchEngine,
    source: &Arc<dyn DocumentSource>,
    ids: Vec<String>,
) -> Result<(usize, usize), SearchError> {
    if ids.is_empty() {
        return Ok((0, 0));
    }
    let documents = load(db, source, ids.clone()).await?;
    let current: HashMap<&str, ()> = documents.iter().map(|d| (d.id.as_str(), ())).collect();
    let gone: Vec<String> = ids
        .into_iter()
        .filter(|id| !current.contains_key(id.as_str()))
        .collect();
    engine.index(&documents).await?;
    engine.delete(&gone).await?;
    Ok((documents.len(), gone.len()))
}
