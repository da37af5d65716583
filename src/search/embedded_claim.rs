//! One instance per PostgreSQL database may serve the embedded index.
//!
//! The embedded index lives in an instance's own `DATA_DIR`, and each
//! `search.index` job reaches only the instance whose worker claimed it. Two
//! instances sharing one PostgreSQL database with embedded indexes would each
//! index part of the catalogue and answer searches differently, and nothing
//! would say so. An instance serving the embedded index on PostgreSQL
//! therefore holds a session-level advisory lock, on a connection of its own,
//! for as long as it runs; a second instance finds it taken and refuses to
//! start, naming `MEILI_URL`, which several instances share. PostgreSQL
//! releases the lock when the holder's connection ends, so a crashed instance
//! leaves nothing behind. (SQLite sites are one process: the database is a
//! file in its `DATA_DIR`.)

use diesel::pg::PgConnection;
use diesel::sql_types::{BigInt, Bool};
use diesel::{Connection, QueryableByName, RunQueryDsl};

use crate::settings::{DatabaseUrl, Settings};

/// Key of the advisory lock ("odopsrch"); the migrations' lock is another.
const EMBEDDED_INDEX_LOCK: i64 = 0x6f64_6f70_7372_6368;

/// Held by the instance serving the embedded index on PostgreSQL: dropping
/// it closes the connection and so releases the lock.
pub struct EmbeddedIndexClaim {
    _holder: Option<PgConnection>,
}

#[derive(QueryableByName)]
struct Taken {
    #[diesel(sql_type = Bool)]
    pg_try_advisory_lock: bool,
}

impl EmbeddedIndexClaim {
    /// Claims the database for this instance's embedded index, or explains
    /// why it cannot. Nothing to claim with Meilisearch or on SQLite.
    pub fn take(settings: &Settings) -> anyhow::Result<Self> {
        let url = match (&settings.meili_url, &settings.database_url) {
            (None, DatabaseUrl::Postgres(url)) => url,
            _ => return Ok(Self { _holder: None }),
        };
        let mut holder = PgConnection::establish(url.expose())?;
        let claimed = diesel::sql_query("SELECT pg_try_advisory_lock($1)")
            .bind::<BigInt, _>(EMBEDDED_INDEX_LOCK)
            .get_result::<Taken>(&mut holder)?
            .pg_try_advisory_lock;
        if !claimed {
            anyhow::bail!(
                "another instance is serving this PostgreSQL database with its own embedded search \
                 index; several instances must share one Meilisearch (set MEILI_URL and MEILI_API_KEY \
                 on every instance, docs/DEPLOYMENT.md), or run one instance"
            );
        }
        Ok(Self {
            _holder: Some(holder),
        })
    }
}
