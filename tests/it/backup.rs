//! Backups of a running SQLite site, their restore, and migrations started by
//! several instances at once.

use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use chrono::Utc;
use diesel::prelude::*;
use odop_bazaar::backup::{self, BackupError};
use odop_bazaar::db::{self, Db, DbError};
use odop_bazaar::schema::audit_events;

use crate::harness::{Backend, TestStorage};
use test_macros::backend_test;

fn open(storage: &TestStorage) -> Db {
    let settings = storage.settings(&[]);
    Db::connect(&settings.database_url, 4, Duration::from_secs(5)).unwrap()
}

/// Writes audit rows numbered 0, 1, 2, … one transaction each, until told to stop.
fn write_numbered_rows(db: Db, committed: Arc<AtomicUsize>, stop: Arc<AtomicBool>) {
    let mut n = 0usize;
    while !stop.load(Ordering::Relaxed) {
        db.write_blocking(|conn| {
            diesel::insert_into(audit_events::table)
                .values((
                    audit_events::id.eq(format!("{n:08}")),
                    audit_events::event.eq("backup.test"),
                    audit_events::detail.eq(""),
                    audit_events::created_at.eq(Utc::now().naive_utc()),
                ))
                .execute(conn)
                .map_err(DbError::from)
        })
        .unwrap();
        n += 1;
        committed.store(n, Ordering::SeqCst);
    }
}

fn numbered_rows(db: &Db) -> Vec<String> {
    db.read_blocking(|conn| {
        audit_events::table
            .filter(audit_events::event.eq("backup.test"))
            .select(audit_events::id)
            .order(audit_events::id)
            .load::<String>(conn)
            .map_err(DbError::from)
    })
    .unwrap()
}

#[test]
fn a_backup_taken_under_write_load_restores_every_row_committed_before_it() {
    let site = TestStorage::new(Backend::Sqlite);
    let settings = site.settings(&[]);
    let db = open(&site);
    db::run_pending_migrations(&mut db.get().unwrap()).unwrap();
    let photo = settings.media_dir.join("ab").join("cdef-320.webp");
    std::fs::create_dir_all(photo.parent().unwrap()).unwrap();
    std::fs::write(&photo, b"stored photo").unwrap();
    std::fs::write(settings.data_dir.join("session.key"), "k".repeat(64)).unwrap();

    let committed = Arc::new(AtomicUsize::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let writer = std::thread::spawn({
        let (db, committed, stop) = (db.clone(), committed.clone(), stop.clone());
        move || write_numbered_rows(db, committed, stop)
    });
    while committed.load(Ordering::SeqCst) < 200 {
        std::thread::sleep(Duration::from_millis(5));
    }
    let target = site.dir.path().join("backup");
    let before = committed.load(Ordering::SeqCst);
    let manifest = backup::backup(&settings, &db, &target).unwrap();
    std::thread::sleep(Duration::from_millis(50));
    stop.store(true, Ordering::Relaxed);
    writer.join().unwrap();
    let written = committed.load(Ordering::SeqCst);
    assert!(written > before, "the writer kept going during the backup");
    assert_eq!(manifest.media_files, 1);
    assert!(manifest.session_key);
    assert!(
        matches!(
            backup::backup(&settings, &db, &target),
            Err(BackupError::TargetNotEmpty(_))
        ),
        "a backup never mixes into an earlier one"
    );

    let fresh = TestStorage::new(Backend::Sqlite);
    let fresh_settings = fresh.settings(&[]);
    backup::restore(&fresh_settings, &target, false).unwrap();
    let rows = numbered_rows(&open(&fresh));
    assert!(
        rows.len() >= before,
        "{} rows restored, {before} committed before the backup",
        rows.len()
    );
    assert!(rows.len() <= written);
    let expected: Vec<String> = (0..rows.len()).map(|n| format!("{n:08}")).collect();
    assert_eq!(
        rows, expected,
        "a consistent snapshot: a prefix of the commits, no gaps"
    );
    let restored_photo = fresh_settings.media_dir.join("ab").join("cdef-320.webp");
    assert_eq!(std::fs::read(restored_photo).unwrap(), b"stored photo");
    let key = fresh_settings.data_dir.join("session.key");
    assert_eq!(std::fs::read_to_string(&key).unwrap(), "k".repeat(64));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&key).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }

    // The restored site exists now: a second restore needs --force and keeps it aside.
    assert!(matches!(
        backup::restore(&fresh_settings, &target, false),
        Err(BackupError::DatabaseExists(_))
    ));
    backup::restore(&fresh_settings, &target, true).unwrap();
    let kept = std::fs::read_dir(&fresh_settings.data_dir)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .contains(".before-restore-")
        })
        .count();
    assert_eq!(kept, 1);
}

#[test]
fn backup_and_restore_from_the_command_line_rebuild_the_search_index() {
    let site = TestStorage::new(Backend::Sqlite);
    let run = |storage: &TestStorage, args: &[&str]| {
        let output = Command::new(env!("CARGO_BIN_EXE_odop-bazaar"))
            .current_dir(storage.dir.path())
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .envs(storage.env())
            .args(args)
            .output()
            .unwrap();
        let text =
            String::from_utf8_lossy(&output.stdout).into_owned() + &String::from_utf8_lossy(&output.stderr);
        (output.status.code(), text)
    };
    assert_eq!(run(&site, &["migrate"]).0, Some(0));
    let target = site.dir.path().join("nightly").display().to_string();
    let (code, text) = run(&site, &["backup", &target]);
    assert_eq!(code, Some(0), "{text}");
    assert!(text.contains("Backed up the database"), "{text}");

    let fresh = TestStorage::new(Backend::Sqlite);
    let (code, text) = run(&fresh, &["restore", &target]);
    assert_eq!(code, Some(0), "{text}");
    assert!(text.contains("Restored the backup"), "{text}");
    assert!(text.contains("Indexed 0 published products"), "{text}");
    let (code, text) = run(&fresh, &["restore", &target]);
    assert_eq!(code, Some(1), "{text}");
    assert!(text.contains("--force"), "{text}");
}

#[backend_test(postgres)]
fn backup_on_postgresql_points_to_pg_dump(backend: Backend) {
    let storage = TestStorage::new(backend);
    let db = open(&storage);
    let outcome = backup::backup(&storage.settings(&[]), &db, &storage.dir.path().join("b"));
    let error = outcome.unwrap_err();
    assert!(matches!(error, BackupError::NotSqlite));
    assert!(error.to_string().contains("pg_dump"));
}

#[backend_test]
fn instances_starting_at_once_apply_each_migration_once(backend: Backend) {
    let storage = TestStorage::new(backend);
    let instances: Vec<Db> = (0..4).map(|_| open(&storage)).collect();
    let barrier = Arc::new(std::sync::Barrier::new(instances.len()));
    let runs: Vec<_> = instances
        .into_iter()
        .map(|db| {
            let barrier = barrier.clone();
            std::thread::spawn(move || {
                let mut conn = db.get().unwrap();
                barrier.wait();
                db::run_pending_migrations(&mut conn)
            })
        })
        .collect();
    let applied: Vec<Vec<String>> = runs
        .into_iter()
        .map(|run| run.join().unwrap().expect("every instance starts"))
        .collect();
    let total: usize = applied.iter().map(Vec::len).sum();
    let migrations = std::fs::read_dir("migrations/sqlite").unwrap().count();
    assert_eq!(total, migrations, "{backend:?}: {applied:?}");
    assert_eq!(applied.iter().filter(|a| !a.is_empty()).count(), 1, "{backend:?}");
}
