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
//!
//! The home page also changes when a showcase's window opens or closes,
//! which writes nothing. Each reading therefore also holds the last such
//! edge up to the reading's time and the next one after it: a request at a
//! time before that next edge keys its page by the last one, with no query;
//! past it (or on a clock set back) the request reads the edges itself.

use std::sync::{Arc, Mutex, Weak};
use std::time::{Duration, Instant};

use chrono::NaiveDateTime;

use crate::catalogue::repo::catalogue_generation;
use crate::clock::Clock;
use crate::db::{Db, DbError};
use crate::showcases::repo::{last_window_change, next_window_change};

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
    /// The site's clock when it was read, and the showcase window edges
    /// around it: the last up to then, the next after it.
    now: NaiveDateTime,
    last_edge: Option<NaiveDateTime>,
    next_edge: Option<NaiveDateTime>,
}

/// What a kept page depends on, as a request at some time sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Seen {
    pub generation: i64,
    /// The last showcase window edge up to the request's time.
    pub last_edge: Option<NaiveDateTime>,
}

pub struct GenerationWatch {
    db: Db,
    clock: Clock,
    last: Mutex<Option<Reading>>,
}

impl GenerationWatch {
    /// The watch and the thread that keeps it fresh, which ends when the
    /// watch is dropped.
    pub fn start(db: Db, clock: Clock) -> Arc<Self> {
        let watch = Arc::new(Self {
            db,
            clock,
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

    /// The generation and window edge a request at `now` would read, if the
    /// last reading is known to hold for it.
    pub fn current(&self, now: NaiveDateTime) -> Option<Seen> {
        let last = (*self.last.lock().unwrap_or_else(|p| p.into_inner()))?;
        let fresh = last.writes == self.db.writes_finished() && last.at.elapsed() < TRUSTED_FOR;
        let same_windows = last.now <= now && last.next_edge.is_none_or(|next| now < next);
        (fresh && same_windows).then_some(Seen {
            generation: last.generation,
            last_edge: last.last_edge,
        })
    }

    /// Reads the generation and the window edges once and remembers them.
    fn read(&self) -> Result<(), DbError> {
        let writes = self.db.writes_finished();
        let at = Instant::now();
        let now = self.clock.now();
        let (generation, last_edge, next_edge) = self.db.read_blocking(|conn| {
            Ok::<_, DbError>((
                catalogue_generation(conn)?,
                last_window_change(conn, now)?,
                next_window_change(conn, now)?,
            ))
        })?;
        *self.last.lock().unwrap_or_else(|p| p.into_inner()) = Some(Reading {
            generation,
            writes,
            at,
            now,
            last_edge,
            next_edge,
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
        let clock = Clock::system();
        let watch = GenerationWatch {
            db: db.clone(),
            clock: clock.clone(),
            last: Mutex::new(None),
        };
        assert_eq!(watch.current(clock.now()), None, "nothing read yet");
        watch.read().unwrap();
        let read = watch.current(clock.now()).expect("just read").generation;
        db.write_blocking(|conn| {
            use crate::schema::catalogue_generation::dsl::*;
            use diesel::prelude::*;
            diesel::update(catalogue_generation)
                .set(generation.eq(generation + 1))
                .execute(conn)
                .map_err(DbError::from)
        })
        .unwrap();
        assert_eq!(watch.current(clock.now()), None, "a write here since the reading");
        watch.read().unwrap();
        assert!(watch.current(clock.now()).expect("read again").generation > read);
    }
}
