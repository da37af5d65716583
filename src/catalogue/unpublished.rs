//! Listings that stop being published are news beyond the catalogue: a
//! curator whose showcase holds one should hear of it. The catalogue
//! announces it with a job written in the transaction of the change;
//! `background` hands the job to the showcases, which the catalogue does
//! not know (they depend on it, not the other way round).

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use crate::db::{DbConnection, DbResult};
use crate::jobs::{self, NewJob};

/// Payload: [`UnpublishedIds`]. Listings that were published and are not
/// any more (sent back to review, archived, withheld).
pub const LISTINGS_UNPUBLISHED: &str = "catalogue.unpublished";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnpublishedIds {
    pub ids: Vec<String>,
}

/// Queues the announcement that these listings left the published state,
/// in the caller's transaction.
pub fn announce(conn: &mut DbConnection, ids: &[String], now: NaiveDateTime) -> DbResult<()> {
    if ids.is_empty() {
        return Ok(());
    }
    let payload = serde_json::json!({ "ids": ids });
    jobs::repo::enqueue(conn, NewJob::new(LISTINGS_UNPUBLISHED, payload), now)?;
    Ok(())
}
