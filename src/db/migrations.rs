//! Migrations for both backends, embedded in the binary. The two folders
//! hold the same directory names; a test keeps them in step.

use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

use super::{DbConnection, DbError, DbResult};

const SQLITE: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES: EmbeddedMigrations = embed_migrations!("migrations/postgres");

fn failed(e: impl std::fmt::Display) -> DbError {
    DbError::Migration(e.to_string())
}

/// Runs pending migrations and returns the names of those applied. They run
/// in one transaction that holds the migration lock, so instances starting
/// at once migrate one after the other (the later ones find nothing to do),
/// and a failing migration leaves none of the batch applied.
pub fn run_pending_migrations(conn: &mut DbConnection) -> DbResult<Vec<String>> {
    super::connection::migration_transaction(conn, |conn| {
        let applied = match conn {
            DbConnection::Sqlite(c) => c.run_pending_migrations(SQLITE).map_err(failed)?,
            DbConnection::Postgres(c) => c.run_pending_migrations(POSTGRES).map_err(failed)?,
        };
        Ok(applied.iter().map(ToString::to_string).collect())
    })
}

pub fn has_pending_migrations(conn: &mut DbConnection) -> DbResult<bool> {
    match conn {
        DbConnection::Sqlite(c) => c.has_pending_migration(SQLITE).map_err(failed),
        DbConnection::Postgres(c) => c.has_pending_migration(POSTGRES).map_err(failed),
    }
}

/// Reverts every applied migration (used by the migration round-trip test).
pub fn revert_all_migrations(conn: &mut DbConnection) -> DbResult<usize> {
    let reverted = match conn {
        DbConnection::Sqlite(c) => c.revert_all_migrations(SQLITE).map_err(failed)?,
        DbConnection::Postgres(c) => c.revert_all_migrations(POSTGRES).map_err(failed)?,
    };
    Ok(reverted.len())
}
