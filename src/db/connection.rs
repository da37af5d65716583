//! The connection enum and the two transaction kinds. Everything that
//! differs between SQLite and PostgreSQL at the connection level lives here.

use diesel::RunQueryDsl;
use diesel::connection::{AnsiTransactionManager, SimpleConnection, TransactionManager};
use diesel::pg::PgConnection;
use std::sync::atomic::{AtomicI64, Ordering};

use diesel::Connection;
use diesel::r2d2::{CustomizeConnection, HandleError, ManageConnection, R2D2Connection};
use diesel::sqlite::SqliteConnection;

use super::DbError;

#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    Postgres(PgConnection),
    Sqlite(SqliteConnection),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}

/// Opens connections for the pool. Diesel's generic manager lets the
/// `MultiConnection` try each backend in turn and, when the server is down,
/// reports only "Invalid connection url for multiconnection" — which sends an
/// operator chasing a configuration error. Opening the backend the URL names
/// keeps the real cause ("connection refused").
pub struct ConnectionOpener {
    pub(super) backend: Backend,
    /// May hold a password: never logged (no `Debug`).
    pub(super) url: String,
}

impl ManageConnection for ConnectionOpener {
    type Connection = DbConnection;
    type Error = diesel::r2d2::Error;

    fn connect(&self) -> Result<DbConnection, Self::Error> {
        match self.backend {
            Backend::Postgres => PgConnection::establish(&self.url).map(DbConnection::Postgres),
            Backend::Sqlite => SqliteConnection::establish(&self.url).map(DbConnection::Sqlite),
        }
        .map_err(diesel::r2d2::Error::ConnectionError)
    }

    fn is_valid(&self, conn: &mut DbConnection) -> Result<(), Self::Error> {
        conn.ping().map_err(diesel::r2d2::Error::QueryError)
    }

    fn has_broken(&self, conn: &mut DbConnection) -> bool {
        std::thread::panicking() || conn.is_broken()
    }
}

/// Logs why the pool could not open a connection, at most once every ten
/// seconds: while the database is down the pool retries continuously.
#[derive(Debug, Default)]
pub(super) struct Unreachable {
    last_logged: AtomicI64,
}

impl HandleError<diesel::r2d2::Error> for Unreachable {
    fn handle_error(&self, error: diesel::r2d2::Error) {
        let now = chrono::Utc::now().timestamp();
        let last = self.last_logged.load(Ordering::Relaxed);
        if now - last >= 10
            && self
                .last_logged
                .compare_exchange(last, now, Ordering::Relaxed, Ordering::Relaxed)
                .is_ok()
        {
            tracing::warn!(%error, "the database is unreachable; retrying");
        }
    }
}

/// Sets SQLite's per-connection pragmas when the pool opens a connection.
#[derive(Debug)]
pub(super) struct Customizer;

impl CustomizeConnection<DbConnection, diesel::r2d2::Error> for Customizer {
    fn on_acquire(&self, conn: &mut DbConnection) -> Result<(), diesel::r2d2::Error> {
        if let DbConnection::Sqlite(sqlite) = conn {
            sqlite
                .batch_execute(
                    "PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL; \
                     PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;",
                )
                .map_err(diesel::r2d2::Error::QueryError)?;
        }
        Ok(())
    }
}

type Manager = <DbConnection as diesel::Connection>::TransactionManager;

pub(super) fn read_transaction<T, E, F>(conn: &mut DbConnection, f: F) -> Result<T, E>
where
    F: FnOnce(&mut DbConnection) -> Result<T, E>,
    E: From<DbError>,
{
    Manager::begin_transaction(conn).map_err(DbError::from)?;
    finish(conn, f)
}

pub(super) fn write_transaction<T, E, F>(conn: &mut DbConnection, f: F) -> Result<T, E>
where
    F: FnOnce(&mut DbConnection) -> Result<T, E>,
    E: From<DbError>,
{
    match conn {
        DbConnection::Sqlite(sqlite) => {
            AnsiTransactionManager::begin_transaction_sql(sqlite, "BEGIN IMMEDIATE")
        }
        DbConnection::Postgres(_) => Manager::begin_transaction(conn),
    }
    .map_err(DbError::from)?;
    finish(conn, f)
}

/// Key of the PostgreSQL advisory lock that serialises migrations ("odop").
const MIGRATION_LOCK: i64 = 0x6f64_6f70;

/// A write transaction that also excludes every other migration run: on
/// SQLite `BEGIN IMMEDIATE` already takes the database's one write lock; on
/// PostgreSQL a transaction-scoped advisory lock does, and ends with the
/// transaction whatever happens. Diesel runs each migration inside it as a
/// savepoint.
pub(super) fn migration_transaction<T, F>(conn: &mut DbConnection, f: F) -> Result<T, DbError>
where
    F: FnOnce(&mut DbConnection) -> Result<T, DbError>,
{
    write_transaction(conn, |conn| {
        if let DbConnection::Postgres(pg) = conn {
            diesel::sql_query("SELECT pg_advisory_xact_lock($1)")
                .bind::<diesel::sql_types::BigInt, _>(MIGRATION_LOCK)
                .execute(pg)?;
        }
        f(conn)
    })
}

/// Commits on success and rolls back on failure, keeping the caller's error.
fn finish<T, E, F>(conn: &mut DbConnection, f: F) -> Result<T, E>
where
    F: FnOnce(&mut DbConnection) -> Result<T, E>,
    E: From<DbError>,
{
    match f(conn) {
        Ok(value) => match Manager::commit_transaction(conn) {
            Ok(()) => Ok(value),
            Err(commit) => {
                let _ = Manager::rollback_transaction(conn);
                Err(DbError::from(commit).into())
            }
        },
        Err(user_error) => {
            if let Err(rollback) = Manager::rollback_transaction(conn) {
                tracing::error!(error = %rollback, "rollback failed");
            }
            Err(user_error)
        }
    }
}

/// Brings the query planner's statistics up to date, so the listing pages
/// walk their composite indexes rather than sorting every listing: SQLite
/// analyses the tables whose statistics are missing or stale (cheap when
/// nothing changed), PostgreSQL samples every table.
pub fn refresh_planner_statistics(conn: &mut DbConnection) -> Result<(), DbError> {
    let statement = match conn {
        DbConnection::Sqlite(_) => "PRAGMA optimize=0x10002",
        DbConnection::Postgres(_) => "ANALYZE",
    };
    diesel::sql_query(statement).execute(conn)?;
    Ok(())
}
