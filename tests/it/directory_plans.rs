//! The query plans behind the directory pages: every statement a page runs
//! against `products` reads it through an index, and none sorts every
//! published listing. Without the composite listing indexes (migration
//! 2026-12-04-000001) the newest-first lists sort all published rows, which
//! took the state page past 2 s at 100,000 listings.
//!
//! The statements are captured from the page functions themselves (diesel's
//! instrumentation), so a query changed in the code is the query checked.
//! A few thousand listings are seeded rather than 100,000 to keep CI quick;
//! after `ANALYZE` SQLite plans from the same statistics shape, and
//! PostgreSQL is told to avoid sequential scans and sorts wherever an index
//! allows it, so a plan that still scans or sorts `products` is one no index
//! can serve, which is what a missing index looks like at any size.

use std::sync::{Arc, Mutex};

use diesel::connection::{Connection, InstrumentationEvent};
use diesel::prelude::*;
use diesel::sql_types::Text;
use odop_bazaar::catalogue::{demo, repo as catalogue_repo, views};
use odop_bazaar::db::DbConnection;
use odop_bazaar::directory::{Sector, service};
use odop_bazaar::schema::products;
use odop_bazaar::sitemaps::{self, SitemapFile};

use crate::harness::{Backend, TestApp};
use test_macros::backend_test;

const LISTINGS: usize = 5_000;

#[backend_test]
async fn directory_pages_read_products_through_indexes(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.db
        .write_blocking(|conn| {
            let now = chrono::Utc::now().naive_utc();
            demo::seed_demo(conn, LISTINGS, &demo::SectorPhotos::new(), now, &mut |_| {})
        })
        .unwrap();
    app.db
        .write_blocking(|conn| {
            let analyze = match backend {
                Backend::Sqlite => "ANALYZE",
                Backend::Postgres => "ANALYZE products",
            };
            diesel::sql_query(analyze)
                .execute(conn)
                .map_err(odop_bazaar::db::DbError::from)
        })
        .unwrap();

    let plans = app
        .db
        .read_blocking(|conn| {
            let product_slug: String = products::table
                .filter(products::status.eq("published"))
                .select(products::slug)
                .first(conn)
                .map_err(odop_bazaar::db::DbError::from)?;
            let statements = statements_of(conn, |conn| {
                service::overview(conn)?;
                views::newest_published(conn, 8)?;
                let state = service::state_detail(conn, "uttar-pradesh")?;
                views::published_in_state(conn, state.state.lgd_code, 12)?;
                let district = service::district_detail(conn, "varanasi")?;
                views::published_in_district(conn, district.district.lgd_code, 24)?;
                service::sector_detail(conn, "handloom")?;
                views::published_in_sector(conn, Sector::Handloom, 12)?;
                let product = catalogue_repo::product_by_slug(conn, &product_slug)?
                    .ok_or_else(|| anyhow::anyhow!("no product {product_slug}"))?;
                views::product_page(conn, product)?;
                Ok(())
            })?;
            if backend == Backend::Postgres {
                // Only for this transaction: prefer any index over a scan or sort.
                diesel::sql_query("SET LOCAL enable_seqscan = off").execute(conn)?;
                diesel::sql_query("SET LOCAL enable_sort = off").execute(conn)?;
            }
            statements
                .iter()
                .filter(|sql| reads_products(sql))
                .map(|sql| Ok((sql.clone(), explain(conn, backend, sql)?)))
                .collect::<anyhow::Result<Vec<(String, String)>>>()
        })
        .unwrap();

    assert!(plans.len() >= 5, "{backend:?}: captured {plans:#?}");
    for (sql, plan) in &plans {
        assert!(
            !reads_products_without_index(backend, plan),
            "{backend:?}: a full scan of products in\n{plan}\nfor {sql}"
        );
        assert!(
            !sorts_every_listing(backend, plan),
            "{backend:?}: a sort of every published listing in\n{plan}\nfor {sql}"
        );
    }
    app.stop().await;
}

/// The sitemap at the same scale, in files of 1,000: the index (each
/// file's first listing and newest change) and a listings file past the
/// first read `products` through an index and sort none of it, so a file is
/// a range of `products_status_id_updated_at`, not a load of every listing.
#[backend_test]
async fn the_sitemap_reads_products_through_indexes(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.db
        .write_blocking(|conn| {
            let now = chrono::Utc::now().naive_utc();
            demo::seed_demo(conn, LISTINGS, &demo::SectorPhotos::new(), now, &mut |_| {})?;
            let analyze = match backend {
                Backend::Sqlite => "ANALYZE",
                Backend::Postgres => "ANALYZE products",
            };
            diesel::sql_query(analyze)
                .execute(conn)
                .map_err(odop_bazaar::db::DbError::from)
        })
        .unwrap();
    let plans = app
        .db
        .read_blocking(|conn| {
            let now = chrono::Utc::now().naive_utc();
            let statements = statements_of(conn, |conn| {
                let files = sitemaps::service::index(conn, now, 1_000)?;
                anyhow::ensure!(
                    files
                        .iter()
                        .filter(|(f, _)| matches!(f, SitemapFile::Products(_)))
                        .count()
                        == 5,
                    "five files of listings in {files:?}"
                );
                for file in [
                    SitemapFile::Products(3),
                    SitemapFile::Producers(1),
                    SitemapFile::Districts,
                ] {
                    sitemaps::service::file(conn, file, now, 1_000)?;
                }
                Ok(())
            })?;
            if backend == Backend::Postgres {
                diesel::sql_query("SET LOCAL enable_seqscan = off").execute(conn)?;
                diesel::sql_query("SET LOCAL enable_sort = off").execute(conn)?;
            }
            statements
                .iter()
                .filter(|sql| reads_products(sql))
                .map(|sql| Ok((sql.clone(), explain(conn, backend, sql)?)))
                .collect::<anyhow::Result<Vec<(String, String)>>>()
        })
        .unwrap();
    assert!(plans.len() >= 10, "{backend:?}: captured {plans:#?}");
    for (sql, plan) in &plans {
        assert!(
            !reads_products_without_index(backend, plan),
            "{backend:?}: a full scan of products in\n{plan}\nfor {sql}"
        );
        assert!(
            !sorts_every_listing(backend, plan),
            "{backend:?}: a sort of every published listing in\n{plan}\nfor {sql}"
        );
    }
    app.stop().await;
}

/// The SQL of every statement `run` sends, as diesel prints it (`… -- binds: [..]`).
pub fn statements_of(
    conn: &mut DbConnection,
    run: impl FnOnce(&mut DbConnection) -> anyhow::Result<()>,
) -> anyhow::Result<Vec<String>> {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&seen);
    conn.set_instrumentation(move |event: InstrumentationEvent<'_>| {
        if let InstrumentationEvent::StartQuery { query, .. } = event {
            sink.lock().unwrap().push(query.to_string());
        }
    });
    let outcome = run(conn);
    conn.set_instrumentation(|_: InstrumentationEvent<'_>| {});
    outcome?;
    Ok(Arc::try_unwrap(seen).unwrap().into_inner().unwrap())
}

#[derive(QueryableByName)]
struct SqlitePlanRow {
    #[diesel(sql_type = Text)]
    detail: String,
}

/// The plan of `statement` as text, one node per line.
fn explain(conn: &mut DbConnection, backend: Backend, statement: &str) -> anyhow::Result<String> {
    let (sql, binds) = statement
        .split_once(" -- binds: ")
        .ok_or_else(|| anyhow::anyhow!("no binds in {statement}"))?;
    let lines: Vec<String> = match backend {
        // SQLite plans at prepare time, before values are bound.
        Backend::Sqlite => diesel::sql_query(format!("EXPLAIN QUERY PLAN {sql}"))
            .load::<SqlitePlanRow>(conn)?
            .into_iter()
            .map(|row| row.detail)
            .collect(),
        Backend::Postgres => diesel::sql_query(format!("EXPLAIN {}", with_literals(sql, binds)))
            .load::<PgPlanRow>(conn)?
            .into_iter()
            .map(|row| row.line)
            .collect(),
    };
    Ok(lines.join("\n"))
}

#[derive(QueryableByName)]
struct PgPlanRow {
    #[diesel(sql_type = Text, column_name = "QUERY PLAN")]
    line: String,
}

/// `sql` with PostgreSQL's `$n` placeholders replaced by the printed binds
/// (integers, plain strings and text enums are all these pages bind).
fn with_literals(sql: &str, binds: &str) -> String {
    let values: Vec<String> = binds
        .trim_start_matches('[')
        .trim_end_matches(']')
        .split(", ")
        .map(
            |value| match value.strip_prefix('"').and_then(|v| v.strip_suffix('"')) {
                Some(text) => format!("'{}'", text.replace('\'', "''")),
                // A text enum prints its variant (`Published`); it is stored
                // in snake case (`published`).
                None if value.starts_with(|c: char| c.is_ascii_uppercase()) => {
                    format!("'{}'", snake_case(value))
                }
                None => value.to_owned(),
            },
        )
        .collect();
    // Highest first, so `$1` does not replace the start of `$10`.
    values
        .iter()
        .enumerate()
        .rev()
        .fold(sql.to_owned(), |sql, (i, value)| {
            sql.replace(&format!("${}", i + 1), value)
        })
}

/// `ChangesRequested` → `changes_requested`.
fn snake_case(variant: &str) -> String {
    let mut out = String::new();
    for (i, c) in variant.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// Diesel quotes identifiers with backticks on SQLite and double quotes on PostgreSQL.
fn reads_products(sql: &str) -> bool {
    sql.contains("`products`") || sql.contains("\"products\"")
}

fn reads_products_without_index(backend: Backend, plan: &str) -> bool {
    plan.lines().any(|line| match backend {
        Backend::Sqlite => line.starts_with("SCAN products") && !line.contains("INDEX"),
        Backend::Postgres => line.contains("Seq Scan on products"),
    })
}

/// A sort is fine over one producer's or one key's rows; it is not when
/// `products` is read by status alone, i.e. every published listing is sorted.
fn sorts_every_listing(backend: Backend, plan: &str) -> bool {
    let sorts = plan.lines().any(|line| match backend {
        Backend::Sqlite => line.contains("USE TEMP B-TREE FOR ORDER BY"),
        Backend::Postgres => line.trim_start().trim_start_matches("-> ").starts_with("Sort"),
    });
    let by_status_alone = plan.lines().any(|line| match backend {
        Backend::Sqlite => line.contains("products") && line.contains("(status=?)"),
        Backend::Postgres => {
            line.contains("Index Cond: (products.status = ") || line.contains("Index Cond: (status = ")
        }
    });
    sorts && by_status_alone
}
