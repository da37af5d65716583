use diesel::RunQueryDsl;
use diesel::dsl::count_star;
use diesel::prelude::*;
use odop_bazaar::db::{self, Db};
use odop_bazaar::schema::states;

use crate::harness::{Backend, TestStorage};
use test_macros::backend_test;

fn dir_names(path: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(path)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn both_backends_have_the_same_migration_directories() {
    let sqlite = dir_names("migrations/sqlite");
    let postgres = dir_names("migrations/postgres");
    assert!(!sqlite.is_empty());
    assert_eq!(sqlite, postgres);
    for name in &sqlite {
        for backend in ["sqlite", "postgres"] {
            for file in ["up.sql", "down.sql"] {
                let path = format!("migrations/{backend}/{name}/{file}");
                assert!(std::path::Path::new(&path).exists(), "{path} is missing");
            }
        }
    }
}

/// Diesel records a migration by the version before the first `_`; two
/// folders with one version (easy when branches merge) leave the second
/// never applied, and every query on its tables fails.
#[test]
fn every_migration_has_a_version_of_its_own() {
    let names = dir_names("migrations/sqlite");
    let mut versions: Vec<&str> = names
        .iter()
        .map(|name| name.split_once('_').map_or(name.as_str(), |(v, _)| v))
        .collect();
    versions.dedup();
    assert_eq!(
        versions.len(),
        names.len(),
        "two migrations share a version: {names:?}"
    );
}

/// Migrations whose SQLite and PostgreSQL files may differ, and why. Every
/// other migration is written once in portable SQL and must be the same
/// text in both folders, so a fix made to one cannot miss the other.
const INTENTIONAL_DIFFERENCES: &[(&str, &str)] = &[
    (
        "2026-12-05-000002_catalogue_generation",
        "trigger syntax: SQLite has only row triggers with inline bodies, PostgreSQL statement triggers calling a function",
    ),
    (
        "2026-12-07-000300_reply_times_contacts_gi",
        "the same trigger syntax, and minutes between two timestamps (julianday on SQLite, EXTRACT(EPOCH …) on PostgreSQL)",
    ),
    (
        "2026-12-07-000200_showcases",
        "the showcase tables bump the catalogue generation: the same trigger syntax difference",
    ),
    (
        "2026-12-23-000100_listing_translations",
        "the translation tables bump the catalogue generation: the same trigger syntax difference",
    ),
];

#[test]
fn both_backends_run_the_same_sql_except_where_a_difference_is_named() {
    for name in dir_names("migrations/sqlite") {
        let named = INTENTIONAL_DIFFERENCES
            .iter()
            .any(|(migration, _)| *migration == name);
        for file in ["up.sql", "down.sql"] {
            let read = |backend: &str| {
                std::fs::read_to_string(format!("migrations/{backend}/{name}/{file}")).unwrap()
            };
            let same = read("sqlite") == read("postgres");
            assert!(
                same || named,
                "{name}/{file} differs between the backends: make it portable, or name the difference in INTENTIONAL_DIFFERENCES"
            );
        }
    }
    for (migration, reason) in INTENTIONAL_DIFFERENCES {
        assert!(!reason.is_empty(), "{migration}: say why it differs");
    }
}

#[backend_test]
fn migrations_run_up_down_and_up_again(backend: Backend) {
    let storage = TestStorage::new(backend);
    let settings = storage.settings(&[]);
    let db = Db::connect(&settings.database_url, 2, std::time::Duration::from_secs(5)).unwrap();
    let mut conn = db.get().unwrap();
    let applied = db::run_pending_migrations(&mut conn).unwrap();
    assert_eq!(applied.len(), dir_names("migrations/sqlite").len(), "{backend:?}");
    assert!(!db::has_pending_migrations(&mut conn).unwrap());
    let count: i64 = states::table.select(count_star()).get_result(&mut *conn).unwrap();
    assert_eq!(count, 0);

    let reverted = db::revert_all_migrations(&mut conn).unwrap();
    assert_eq!(reverted, applied.len(), "{backend:?}");
    assert!(db::has_pending_migrations(&mut conn).unwrap());
    assert!(
        states::table
            .select(count_star())
            .get_result::<i64>(&mut *conn)
            .is_err(),
        "tables are gone"
    );

    let again = db::run_pending_migrations(&mut conn).unwrap();
    assert_eq!(again, applied, "{backend:?}");
    let count: i64 = states::table.count().get_result(&mut *conn).unwrap();
    assert_eq!(count, 0);
}
