//! One listing reads the same everywhere: its price, worded once by
//! `odop_bazaar::format`, on its district page, its own page, the search
//! results and its producer's page.

use diesel::prelude::*;
use odop_bazaar::db::DbError;
use odop_bazaar::schema::products;
use odop_bazaar::search;

use crate::harness::{Backend, TestApp};
use crate::market::{now, producer, user};
use test_macros::backend_test;

/// The HTML-escaped text of the first element that opens with `opening`.
fn text_after<'a>(page: &'a str, opening: &str) -> Option<&'a str> {
    let start = page.find(opening)? + opening.len();
    let end = page[start..].find('<')?;
    Some(&page[start..start + end])
}

#[backend_test]
async fn a_listing_reads_the_same_price_on_every_page(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = user(
        &app,
        odop_bazaar::accounts::Role::Admin,
        "admin@odop.example",
        "Admin",
    )
    .await;
    let (_, maker, slug) = producer(
        &app,
        Some(&admin),
        "looms@kashi.example",
        "Kashi Looms",
        "varanasi",
        "handloom",
    )
    .await;
    // Paise and a range: the wording that used to differ between pages.
    let changed = slug.clone();
    app.db
        .write(move |conn| {
            let id: String = products::table
                .filter(products::slug.eq(&changed))
                .select(products::id)
                .first(conn)?;
            diesel::update(products::table.filter(products::id.eq(&id)))
                .set((products::price_min.eq(850_050), products::price_max.eq(2_400_000)))
                .execute(conn)?;
            search::enqueue_index(conn, &[id], now())?;
            Ok::<_, DbError>(())
        })
        .await
        .unwrap();
    app.run_pending_jobs().await;

    let expected = "₹8,500.50 – 24,000 per piece";
    let card = r#"<p class="pcard__price">"#;
    let pages = [
        ("district", "/districts/varanasi".to_owned(), card),
        (
            "product",
            format!("/products/{slug}"),
            r#"<dd class="pdp__price">"#,
        ),
        ("search", "/search?q=kashi+looms".to_owned(), card),
        ("producer", format!("/producers/{}", maker.slug), card),
    ];
    for (name, path, opening) in pages {
        let (status, page) = app.page(&path).await;
        assert_eq!(status, 200, "{name} page");
        assert_eq!(
            text_after(&page, opening),
            Some(expected),
            "price on the {name} page"
        );
        assert!(
            !page.contains("INR 8,500"),
            "no second wording on the {name} page"
        );
    }
    let (_, fragment) = app.page("/search/results?q=kashi+looms").await;
    assert_eq!(text_after(&fragment, card), Some(expected), "live search results");
    assert_eq!(app.pending_job_count(), 0);
    app.stop().await;
}
