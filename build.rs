//! Rebuilds when a migration is added or changed: `embed_migrations!` reads
//! the folders at compile time, and cargo does not watch them by itself.
//! Also tells the integration tests whether PostgreSQL is there to test on:
//! with `TEST_DATABASE_URL` set, `cfg(postgres_tests)` makes the PostgreSQL
//! half of every `#[backend_test]` run; without it that half is ignored.

fn main() {
    println!("cargo:rerun-if-changed=migrations");
    println!("cargo::rerun-if-env-changed=TEST_DATABASE_URL");
    println!("cargo::rustc-check-cfg=cfg(postgres_tests)");
    if std::env::var("TEST_DATABASE_URL").is_ok_and(|url| !url.is_empty()) {
        println!("cargo::rustc-cfg=postgres_tests");
    }
}
