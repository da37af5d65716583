//! The catalogue generation without a query per request.
//!
//! Kept pages are served while the catalogue generation is unchanged
//! (`page_cache`). Reading that one row per request cost a pool checkout and
//! a round trip, which on PostgreSQL halved the throughput of a kept page.
//! Instead a thread of this instance reads it every [`EVERY`] on a
//! connection of the pool and remembers what it read, and requests use the
//! remembered value while it is known to be current:
//!
//! - read after this process's last write transaction ended (`Db` counts
//!   them), so a change made through this instance shows on its next request;
//! - read less than [`TRUSTED_FOR`] ago, so a stalled or failing watcher
//!   sends requests back to reading the row themselves.
//!
//! A change made elsewhere (another instance, the command line) shows within
//! [`EVERY`] here.

use std::sync::{Arc, Mutex, Weak};
use std::time::{Duration, Instant};

use crate::catalogue::repo::catalogue_generation;
use crate::db::{Db, DbError};

/// How often the watcher reads the generation.
pub const EVERY: Duration = Duration::from_millis(50);
/// How long a reading stands in for the row, with no write here since.
const TRUSTED_FOR: Duration = Duration::from_millis(500);

#[derive(Debug, Clone, Copy)]
struct Reading {
    generation: i64,
    /// `Db::writes_finished` when the reading began.
    writes: u64,
    at: Instant,
}

pub struct GenerationWatch {
    db: Db,
    last: Mutex<Option<Reading>>,
}

impl GenerationWatch {
    /// The watch and the thread that keeps it fresh, which ends when the
    /// watch is dropped.
    pub fn start(db: Db) -> Arc<Self> {
        let watch = Arc::new(Self {
            db,
            last: Mutex::new(None),
        });
        let weak = Arc::downgrade(&watch);
        let spawned = std::thread::Builder::new()
            .name("generation-watch".into())
            .spawn(move || keep_reading(&weak));
        if let Err(error) = spawned {
            // Requests then read the row themselves, as before.
            tracing::warn!(%error, "the catalogue generation watcher did not start");
        }
        watch
    }

    /// The generation, if the last reading is known to be current.
    pub fn current(&self) -> Option<i64> {
        let last = (*self.last.lock().unwrap_or_else(|p| p.into_inner()))?;
        (last.writes == self.db.writes_finished() && last.at.elapsed() < TRUSTED_FOR)
            .then_some(last.generation)
    }

    /// Reads the generation once and remembers it.
    fn read(&self) -> Result<(), DbError> {
        let writes = self.db.writes_finished();
        let at = Instant::now();
        let generation = self.db.read_blocking(catalogue_generation)?;
        *self.last.lock().unwrap_or_else(|p| p.into_inner()) = Some(Reading {
            generation,
            writes,
            at,
        });
        Ok(())
    }
}

fn keep_reading(watch: &Weak<GenerationWatch>) {
    while let Some(watch) = watch.upgrade() {
        if let Err(error) = watch.read() {
            tracing::debug!(%error, "reading the catalogue generation");
        }
        drop(watch);
        std::thread::sleep(EVERY);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sqlite_db(dir: &tempfile::TempDir) -> Db {
        let url = crate::settings::DatabaseUrl::Sqlite(dir.path().join("watch.db"));
        let db = Db::connect(&url, 2, Duration::from_secs(5)).unwrap();
        crate::startup::migrate(&db).unwrap();
        db
    }

    #[test]
    fn a_write_here_makes_the_reading_unknown_until_the_next_one() {
        let dir = tempfile::tempdir().unwrap();
        let db = sqlite_db(&dir);
        let watch = GenerationWatch {
            db: db.clone(),
            last: Mutex::new(None),
        };
        assert_eq!(watch.current(), None, "nothing read yet");
        watch.read().unwrap();
        let read = watch.current().expect("just read");
        db.write_blocking(|conn| {
            use crate::schema::catalogue_generation::dsl::*;
            use diesel::prelude::*;
            diesel::update(catalogue_generation)
                .set(generation.eq(generation + 1))
                .execute(conn)
                .map_err(DbError::from)
        })
        .unwrap();
        assert_eq!(watch.current(), None, "a write here since the reading");
        watch.read().unwrap();
        assert!(watch.current().expect("read again") > read);
    }
}
