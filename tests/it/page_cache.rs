//! The rendered-page cache never serves a page older than the catalogue:
//! a listing renamed, archived or published through this instance shows on
//! the very next request to every page that lists it, and one changed by
//! another process within a moment, on both databases.

use diesel::prelude::*;
use odop_bazaar::catalogue::demo;
use odop_bazaar::db::{DbConnection, DbError};
use odop_bazaar::schema::{districts, producers, products, states};

use crate::browser::Browser;
use crate::harness::{Backend, TestApp};
use test_macros::backend_test;

struct Listed {
    id: String,
    title: String,
    pages: Vec<String>,
}

#[backend_test]
async fn listing_changes_show_at_once_on_cached_pages(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let listed = newest_demo_listing(&app);
    let visitor = Browser::new(&app);
    let hits_before = page_cache_hits();
    for path in &listed.pages {
        for _ in 0..2 {
            let page = visitor.get(path).await;
            assert_eq!(page.status, 200, "{backend:?} {path}");
            assert!(page.body.contains(&listed.title), "{backend:?} {path} lists it");
        }
    }
    assert!(
        page_cache_hits() >= hits_before + listed.pages.len() as u64,
        "{backend:?}: the second visit to each page is served from the cache"
    );

    update_listing(&app, &listed.id, |id, c| {
        diesel::update(products::table.find(id))
            .set(products::title.eq("Renamed katan silk stole"))
            .execute(c)
    });
    for path in &listed.pages {
        let page = visitor.get(path).await;
        assert!(
            page.body.contains("Renamed katan silk stole") && !page.body.contains(&listed.title),
            "{backend:?} {path} shows the new title at once"
        );
    }

    update_listing(&app, &listed.id, |id, c| {
        diesel::update(products::table.find(id))
            .set(products::status.eq("archived"))
            .execute(c)
    });
    let (product_page, listings) = listed.pages.split_last().unwrap();
    assert_eq!(visitor.get(product_page).await.status, 404, "{backend:?}");
    for path in listings {
        let page = visitor.get(path).await;
        assert!(
            !page.body.contains("Renamed katan silk stole"),
            "{backend:?} {path} drops the archived listing at once"
        );
    }

    update_listing(&app, &listed.id, |id, c| {
        diesel::update(products::table.find(id))
            .set(products::status.eq("published"))
            .execute(c)
    });
    for path in &listed.pages {
        let page = visitor.get(path).await;
        assert!(
            page.body.contains("Renamed katan silk stole"),
            "{backend:?} {path} shows the published listing at once"
        );
    }
    app.stop().await;
}

#[backend_test]
async fn a_change_made_by_another_process_shows_within_a_moment(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let listed = newest_demo_listing(&app);
    let visitor = Browser::new(&app);
    let district = &listed.pages[2];
    for _ in 0..2 {
        assert!(visitor.get(district).await.body.contains(&listed.title));
    }
    // Another instance, or the command line: its own pool, writes this
    // instance does not count.
    let elsewhere =
        odop_bazaar::db::Db::connect(&app.settings.database_url, 1, std::time::Duration::from_secs(5))
            .unwrap();
    let id = listed.id.clone();
    elsewhere
        .write_blocking(move |c| {
            diesel::update(products::table.find(&id))
                .set(products::title.eq("Katan silk stole, renamed elsewhere"))
                .execute(c)
                .map_err(DbError::from)
        })
        .unwrap();
    // The watcher reads the generation every 50 ms; two seconds is far more
    // than it needs even on a busy machine, and far less than forever.
    let started = std::time::Instant::now();
    loop {
        if visitor.get(district).await.body.contains("renamed elsewhere") {
            break;
        }
        assert!(
            started.elapsed() < std::time::Duration::from_secs(2),
            "{backend:?}: a change made by another process never showed"
        );
        actix_web::rt::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    app.stop().await;
}

/// Seeds demo listings and returns the newest with the pages that list it
/// (home, state, district, sector), its own page last.
fn newest_demo_listing(app: &TestApp) -> Listed {
    app.db
        .write_blocking(|conn| {
            let now = chrono::Utc::now().naive_utc();
            demo::seed_demo(conn, 40, &demo::SectorPhotos::new(), now, &mut |_| {})
        })
        .unwrap();
    let title = "Katan silk stole".to_owned();
    let (id, slug, sector, district, state) = app
        .db
        .write_blocking(|c| {
            let id: String = products::table.select(products::id).first(c)?;
            // The only newest listing, under a title no markup escapes.
            let later = chrono::Utc::now().naive_utc() + chrono::Duration::minutes(1);
            diesel::update(products::table.find(&id))
                .set((products::title.eq(&title), products::published_at.eq(later)))
                .execute(c)?;
            products::table
                .find(&id)
                .inner_join(producers::table.inner_join(districts::table.inner_join(states::table)))
                .select((
                    products::id,
                    products::slug,
                    products::sector,
                    districts::slug,
                    states::slug,
                ))
                .first::<(String, String, String, String, String)>(c)
                .map_err(DbError::from)
        })
        .unwrap();
    Listed {
        id,
        title,
        pages: vec![
            "/".to_owned(),
            format!("/states/{state}"),
            format!("/districts/{district}"),
            format!("/sectors/{sector}"),
            format!("/products/{slug}"),
        ],
    }
}

/// A change written straight to the listing's row, as every write path ends up doing.
fn update_listing(
    app: &TestApp,
    id: &str,
    change: impl FnOnce(&str, &mut DbConnection) -> QueryResult<usize>,
) {
    app.db
        .write_blocking(|c| change(id, c).map_err(DbError::from))
        .unwrap();
}

/// `page_cache_hits_total` so far in this process (servers in one test binary share it).
fn page_cache_hits() -> u64 {
    odop_bazaar::telemetry::prometheus::recorder()
        .render()
        .lines()
        .find_map(|line| line.strip_prefix("page_cache_hits_total "))
        .map_or(0, |value| value.trim().parse::<f64>().unwrap() as u64)
}
