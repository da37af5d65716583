//! The database layer: one connection type over SQLite and PostgreSQL, a
//! pool, migrations, and the only way the rest of the code reaches a
//! connection — [`Db::read`] and [`Db::write`], which run a closure in a
//! transaction on a blocking thread with a bounded wait for a connection.

mod connection;
mod migrations;
pub mod text_match;

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::Duration;

use diesel::r2d2::{Pool, PooledConnection};

pub use connection::{Backend, DbConnection, refresh_planner_statistics};
pub use migrations::{has_pending_migrations, revert_all_migrations, run_pending_migrations};

use crate::i18n;
use crate::settings::DatabaseUrl;

pub type DbPool = Pool<connection::ConnectionOpener>;
pub type PooledDb = PooledConnection<connection::ConnectionOpener>;
pub type DbResult<T> = Result<T, DbError>;

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    /// No connection became free within the bounded wait.
    #[error("the database is busy; no connection was free in time")]
    Unavailable,
    #[error("database query failed: {0}")]
    Query(#[from] diesel::result::Error),
    #[error("cannot open the database: {0}")]
    Connect(String),
    #[error("migration failed: {0}")]
    Migration(String),
    #[error("database worker thread stopped: {0}")]
    Worker(String),
}

/// Rows a bulk insert sends at once; keeps bind parameters well under both
/// backends' limits.
pub const INSERT_CHUNK: usize = 500;

/// Multi-row inserts of `$rows` into `$table`, in chunks. Diesel's
/// `MultiConnection` cannot forward a batch insert to SQLite (which builds it
/// differently), so the statement — written once — runs on the concrete
/// connection.
macro_rules! insert_in_chunks {
    ($conn:expr, $table:expr, $rows:expr) => {
        for chunk in $rows.chunks($crate::db::INSERT_CHUNK) {
            let insert = diesel::insert_into($table).values(chunk);
            match &mut *$conn {
                $crate::db::DbConnection::Sqlite(c) => insert.execute(c)?,
                $crate::db::DbConnection::Postgres(c) => insert.execute(c)?,
            };
        }
    };
}
pub(crate) use insert_in_chunks;

/// A cheap, cloneable handle to the pool.
#[derive(Clone)]
pub struct Db {
    pool: DbPool,
    backend: Backend,
    /// Callers inside [`Db::get`] right now, for monitoring.
    waiting: Arc<AtomicUsize>,
    /// Write transactions this process has finished, committed or not: a
    /// value kept from the database is known current only while this is
    /// unchanged (see `web::generation_watch`).
    writes: Arc<AtomicU64>,
}

/// The pool as monitoring sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PoolStats {
    pub idle: u32,
    pub in_use: u32,
    pub waiting: usize,
}

impl Db {
    pub fn connect(url: &DatabaseUrl, pool_size: u32, wait: Duration) -> DbResult<Self> {
        let (backend, url_text) = match url {
            DatabaseUrl::Sqlite(path) => {
                if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
                    std::fs::create_dir_all(parent).map_err(|e| DbError::Connect(e.to_string()))?;
                }
                (Backend::Sqlite, path.display().to_string())
            }
            DatabaseUrl::Postgres(secret) => (Backend::Postgres, secret.expose().to_owned()),
        };
        let manager = connection::ConnectionOpener {
            backend,
            url: url_text,
        };
        let pool = Pool::builder()
            .max_size(pool_size)
            .min_idle(Some(1))
            .connection_timeout(wait)
            .connection_customizer(Box::new(connection::Customizer))
            .error_handler(Box::new(connection::Unreachable::default()))
            .build(manager)
            .map_err(|e| DbError::Connect(e.to_string()))?;
        Ok(Self {
            pool,
            backend,
            waiting: Arc::default(),
            writes: Arc::default(),
        })
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// A connection for blocking code (the command line, workers already on
    /// a blocking thread, tests). Async code uses [`Db::read`]/[`Db::write`].
    pub fn get(&self) -> DbResult<PooledDb> {
        self.waiting.fetch_add(1, Ordering::Relaxed);
        let checkout = self.pool.get();
        self.waiting.fetch_sub(1, Ordering::Relaxed);
        checkout.map_err(|_| {
            metrics::counter!("db_pool_timeouts_total").increment(1);
            DbError::Unavailable
        })
    }

    pub fn pool_stats(&self) -> PoolStats {
        let state = self.pool.state();
        PoolStats {
            idle: state.idle_connections,
            in_use: state.connections - state.idle_connections,
            waiting: self.waiting.load(Ordering::Relaxed),
        }
    }

    /// Runs `f` in a read transaction off the async threads, in the locale
    /// of the request that asks: view models formatted in it read as the page
    /// does. (A write is not: what it stores or e-mails is written for someone
    /// else, in English or in their language, never in the writer's.)
    pub async fn read<T, E, F>(&self, f: F) -> Result<T, E>
    where
        F: FnOnce(&mut DbConnection) -> Result<T, E> + Send + 'static,
        T: Send + 'static,
        E: From<DbError> + Send + 'static,
    {
        let db = self.clone();
        let locale = i18n::current();
        spawn_blocking(move || {
            let mut conn = db.get()?;
            i18n::scoped(locale, || connection::read_transaction(&mut conn, f))
        })
        .await
    }

    /// Runs `f` in a write transaction off the async threads. On SQLite the
    /// transaction takes the write lock up front (`BEGIN IMMEDIATE`), so two
    /// writers queue on `busy_timeout` instead of failing on a lock upgrade.
    pub async fn write<T, E, F>(&self, f: F) -> Result<T, E>
    where
        F: FnOnce(&mut DbConnection) -> Result<T, E> + Send + 'static,
        T: Send + 'static,
        E: From<DbError> + Send + 'static,
    {
        let db = self.clone();
        spawn_blocking(move || db.write_blocking(f)).await
    }

    /// [`Db::write`] of `change`, then `answer` (given what `change`
    /// returned) in the same transaction and in the locale of the request
    /// that asks, as [`Db::read`] runs: what a call changed reads in its
    /// answer as it reads when fetched after, while the change itself, which
    /// stores and e-mails for others, stays out of the caller's locale.
    pub async fn write_answering<C, A, T, U, E>(&self, change: C, answer: A) -> Result<U, E>
    where
        C: FnOnce(&mut DbConnection) -> Result<T, E> + Send + 'static,
        A: FnOnce(&mut DbConnection, T) -> Result<U, E> + Send + 'static,
        U: Send + 'static,
        E: From<DbError> + Send + 'static,
    {
        let locale = i18n::current();
        self.write(move |conn| {
            let changed = change(conn)?;
            i18n::scoped(locale, || answer(conn, changed))
        })
        .await
    }

    /// Blocking form of [`Db::write`] for the command line and tests.
    pub fn write_blocking<T, E, F>(&self, f: F) -> Result<T, E>
    where
        F: FnOnce(&mut DbConnection) -> Result<T, E>,
        E: From<DbError>,
    {
        let mut conn = self.get()?;
        let written = connection::write_transaction(&mut conn, f);
        // Counted once the transaction has ended, so a reader that saw the
        // count before it also saw the database before it.
        self.writes.fetch_add(1, Ordering::SeqCst);
        written
    }

    /// How many write transactions this process has finished (see `writes`).
    pub fn writes_finished(&self) -> u64 {
        self.writes.load(Ordering::SeqCst)
    }

    /// Blocking form of [`Db::read`].
    pub fn read_blocking<T, E, F>(&self, f: F) -> Result<T, E>
    where
        F: FnOnce(&mut DbConnection) -> Result<T, E>,
        E: From<DbError>,
    {
        let mut conn = self.get()?;
        connection::read_transaction(&mut conn, f)
    }
}

async fn spawn_blocking<T, E>(work: impl FnOnce() -> Result<T, E> + Send + 'static) -> Result<T, E>
where
    T: Send + 'static,
    E: From<DbError> + Send + 'static,
{
    match tokio::task::spawn_blocking(work).await {
        Ok(result) => result,
        Err(join) => Err(DbError::Worker(join.to_string()).into()),
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::Db;
    use crate::settings::DatabaseUrl;

    #[test]
    fn an_unreachable_database_is_reported_as_such_not_as_a_bad_url() {
        let closed = std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr());
        let port = closed.map(|a| a.port()).unwrap_or(1);
        let url = DatabaseUrl::parse(&format!("postgres://postgres@127.0.0.1:{port}/bazaar"))
            .unwrap_or_else(|e| panic!("{e}"));
        let Err(error) = Db::connect(&url, 1, Duration::from_millis(500)) else {
            panic!("nothing listens on port {port}");
        };
        let message = error.to_string();
        assert!(message.contains("refused"), "{message}");
        assert!(!message.contains("multiconnection"), "{message}");
    }
}
