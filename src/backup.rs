//! Backups of a site on SQLite: a consistent copy of the database taken while
//! the site runs, the uploaded photos and the generated session key, and
//! their restore. PostgreSQL sites are backed up with `pg_dump`
//! (docs/OPERATIONS.md); the search index is never backed up, since it is
//! rebuilt from the database.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use chrono::{NaiveDateTime, Utc};
use diesel::connection::SimpleConnection;
use serde::{Deserialize, Serialize};

use crate::db::{Db, DbConnection, DbError};
use crate::settings::{DatabaseUrl, Settings};

/// The database file inside a backup.
const DATABASE_FILE: &str = "bazaar.db";
const MEDIA_DIR: &str = "media";
const SESSION_KEY_FILE: &str = "session.key";
const MANIFEST_FILE: &str = "backup.json";

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error(
        "backup and restore copy a SQLite site; for PostgreSQL use pg_dump and pg_restore (docs/OPERATIONS.md) and copy MEDIA_DIR"
    )]
    NotSqlite,
    #[error("{0} already holds files; name an empty or new folder")]
    TargetNotEmpty(PathBuf),
    #[error("{0} is not a backup made by odop-bazaar (no {MANIFEST_FILE})")]
    NotABackup(PathBuf),
    #[error(
        "{0} already exists; stop the site and pass --force to replace it (the old file is kept beside it)"
    )]
    DatabaseExists(PathBuf),
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: io::Error },
    #[error(transparent)]
    Db(#[from] DbError),
    #[error("the backup's manifest cannot be read: {0}")]
    Manifest(String),
}

fn io_error(path: &Path) -> impl FnOnce(io::Error) -> BackupError + '_ {
    move |source| BackupError::Io {
        path: path.to_owned(),
        source,
    }
}

/// What a backup holds, written beside it as `backup.json`.
#[derive(Debug, Serialize, Deserialize)]
pub struct Manifest {
    pub created_at: NaiveDateTime,
    pub version: String,
    pub media_files: usize,
    pub session_key: bool,
}

/// Copies the site into `target`, a new or empty folder. The database copy is
/// `VACUUM INTO`, one read transaction: every row committed before it began
/// is in the copy, nothing committed after it, and writers go on meanwhile.
/// Photos are content-addressed and never rewritten, so copying them after
/// the database leaves no row without its files.
pub fn backup(settings: &Settings, db: &Db, target: &Path) -> Result<Manifest, BackupError> {
    if !matches!(settings.database_url, DatabaseUrl::Sqlite(_)) {
        return Err(BackupError::NotSqlite);
    }
    prepare_empty(target)?;
    let copy = target.join(DATABASE_FILE);
    let mut conn = db.get()?;
    let DbConnection::Sqlite(sqlite) = &mut *conn else {
        return Err(BackupError::NotSqlite);
    };
    let quoted = copy.display().to_string().replace('\'', "''");
    sqlite
        .batch_execute(&format!("VACUUM INTO '{quoted}'"))
        .map_err(DbError::from)?;
    drop(conn);

    let media_files = copy_tree(&settings.media_dir, &target.join(MEDIA_DIR))?;
    let key = settings.data_dir.join(SESSION_KEY_FILE);
    let session_key = key.exists();
    if session_key {
        copy_private(&key, &target.join(SESSION_KEY_FILE))?;
    }
    let manifest = Manifest {
        created_at: Utc::now().naive_utc(),
        version: env!("CARGO_PKG_VERSION").to_owned(),
        media_files,
        session_key,
    };
    let text = serde_json::to_string_pretty(&manifest).map_err(|e| BackupError::Manifest(e.to_string()))?;
    let path = target.join(MANIFEST_FILE);
    fs::write(&path, text).map_err(io_error(&path))?;
    Ok(manifest)
}

/// Puts a backup in place of the site's database, photos and session key.
/// The site must be stopped. An existing database is replaced only with
/// `force`, and kept beside the new one as `….before-restore-<time>`.
pub fn restore(settings: &Settings, source: &Path, force: bool) -> Result<Manifest, BackupError> {
    let DatabaseUrl::Sqlite(database) = &settings.database_url else {
        return Err(BackupError::NotSqlite);
    };
    let manifest_path = source.join(MANIFEST_FILE);
    let text = fs::read_to_string(&manifest_path).map_err(|_| BackupError::NotABackup(source.to_owned()))?;
    let manifest: Manifest = serde_json::from_str(&text).map_err(|e| BackupError::Manifest(e.to_string()))?;

    if database.exists() {
        if !force {
            return Err(BackupError::DatabaseExists(database.clone()));
        }
        let stamp = Utc::now().format("%Y%m%dT%H%M%S");
        let kept = database.with_file_name(format!("{}.before-restore-{stamp}", file_name(database)));
        fs::rename(database, &kept).map_err(io_error(database))?;
    }
    // A write-ahead log left by the old database would be replayed into the new one.
    for suffix in ["-wal", "-shm"] {
        let side = database.with_file_name(format!("{}{suffix}", file_name(database)));
        match fs::remove_file(&side) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(io_error(&side)(e)),
            _ => {}
        }
    }
    if let Some(parent) = database.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::create_dir_all(parent).map_err(io_error(parent))?;
    }
    let copied = source.join(DATABASE_FILE);
    fs::copy(&copied, database).map_err(io_error(&copied))?;
    copy_tree(&source.join(MEDIA_DIR), &settings.media_dir)?;
    if manifest.session_key {
        copy_private(
            &source.join(SESSION_KEY_FILE),
            &settings.data_dir.join(SESSION_KEY_FILE),
        )?;
    }
    Ok(manifest)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn prepare_empty(target: &Path) -> Result<(), BackupError> {
    fs::create_dir_all(target).map_err(io_error(target))?;
    let mut entries = fs::read_dir(target).map_err(io_error(target))?;
    if entries.next().is_some() {
        return Err(BackupError::TargetNotEmpty(target.to_owned()));
    }
    Ok(())
}

/// Copies every file under `from` into `to`, keeping the layout; files already
/// there are left alone (stored photos never change under their name).
/// Returns how many files `from` holds. A missing `from` holds none.
fn copy_tree(from: &Path, to: &Path) -> Result<usize, BackupError> {
    let entries = match fs::read_dir(from) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(0),
        Err(e) => return Err(io_error(from)(e)),
    };
    fs::create_dir_all(to).map_err(io_error(to))?;
    let mut files = 0;
    for entry in entries {
        let entry = entry.map_err(io_error(from))?;
        let path = entry.path();
        let destination = to.join(entry.file_name());
        let kind = entry.file_type().map_err(io_error(&path))?;
        if kind.is_dir() {
            files += copy_tree(&path, &destination)?;
        } else if kind.is_file() {
            if destination.exists() {
                files += 1;
                continue;
            }
            match fs::copy(&path, &destination) {
                Ok(_) => files += 1,
                // A photo deleted since the folder was listed.
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => return Err(io_error(&path)(e)),
            }
        }
    }
    Ok(files)
}

/// Copies a secret, readable by its owner only.
fn copy_private(from: &Path, to: &Path) -> Result<(), BackupError> {
    let bytes = fs::read(from).map_err(io_error(from))?;
    let mut options = fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(to).map_err(io_error(to))?;
    io::Write::write_all(&mut file, &bytes).map_err(io_error(to))
}
