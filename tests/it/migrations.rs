use diesel::RunQueryDsl;
use diesel::dsl::count_star;
use diesel::prelude::*;
use odop_bazaar::db::{self, Db};
use odop_bazaar::schema::states;

use crate::harness::{TestStorage, backends};

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

#[test]
fn migrations_run_up_down_and_up_again() {
    for backend in backends() {
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
}
