//! Filters on a phone (issue #17 item 10): the filter sheet keeps its place
//! between choices, shows the number of products they leave and applies
//! them with one button; without a script every filter is still a link.
//! Categories read in a buyer's words, not the ODOP list's ranks.

use fantoccini::Locator;
use serde_json::json;

use crate::chromium::{open_browser, start_driver, wait_until};
use crate::harness::{Backend, TestApp};
use crate::search::fixtures;
use test_macros::backend_test;

/// The search fixtures and a listing made from the ODOP list, whose
/// category is the list's rank of the product in its district.
async fn app_with_an_odop_ranked_listing(backend: Backend) -> TestApp {
    let app = TestApp::spawn(backend).await;
    let mut documents = fixtures();
    let mut ranked = documents[0].clone();
    ranked.id = "01900099-0000-7000-8000-000000000000".into();
    ranked.slug = "demo-varanasi-banarasi-silk-saree-1".into();
    ranked.title = "Banarasi Silk Saree — export grade".into();
    ranked.category = "Primary".into();
    documents.push(ranked);
    app.search.index(&documents).await.expect("index");
    app
}

/// The text of the sheet's "Show N products" link.
fn apply_button(page: &str) -> &str {
    let start = page.find("data-apply>").expect("the sheet's button") + "data-apply>".len();
    &page[start..start + page[start..].find("</a>").expect("its end")]
}

#[backend_test]
async fn the_sheet_ends_in_one_button_with_the_count_and_categories_read_as_words(backend: Backend) {
    let app = app_with_an_odop_ranked_listing(backend).await;

    let (status, page) = app.page("/search").await;
    assert_eq!(status, 200, "{backend:?}: {page}");
    assert_eq!(apply_button(&page), "Show 11 products");
    assert!(
        page.contains(r##"href="?#search-results" data-apply>"##),
        "without a script it leads to the results: {page}"
    );
    assert!(
        page.contains(r#"<span class="facet__label">The district&#x27;s signature product</span>"#),
        "{backend:?}: the ODOP rank in words: {page}"
    );
    assert!(!page.contains(">Primary<"), "{page}");
    assert!(
        page.contains(r#"<span class="facet__label">Silk sarees</span>"#),
        "producers' own words kept"
    );

    // Every choice in the sheet is still a link that works without a script.
    let (_, page) = app.page("/search?state=uttar-pradesh").await;
    assert_eq!(apply_button(&page), "Show 5 products");
    assert!(
        page.contains(r#"href="?state=uttar-pradesh#search-results" data-apply"#),
        "{page}"
    );
    let (_, page) = app.page("/search?category=Primary").await;
    assert!(
        page.contains("Remove filter: </span>The district&#x27;s signature product"),
        "{backend:?}: the filter in use, in words: {page}"
    );
    assert_eq!(apply_button(&page), "Show 1 product");
    let (_, page) = app.page("/search?category=Primary&lang=hi").await;
    assert!(
        page.contains("<span class=\"facet__label\">ज़िले का ख़ास उत्पाद</span>"),
        "{backend:?}: the rank in the reader's language: {page}"
    );

    // What the sheet's script fetches for a choice: the same sheet and count.
    let (status, fragment) = app
        .page("/search/results?state=uttar-pradesh&sector=handloom")
        .await;
    assert_eq!(status, 200);
    assert!(!fragment.contains("<html"));
    assert_eq!(apply_button(&fragment), "Show 2 products");
    let (_, none) = app.page("/search/results?state=meghalaya&sector=handloom").await;
    assert_eq!(apply_button(&none), "No products match: remove a filter");

    let api: serde_json::Value = app
        .get("/api/v1/products/search?q=banarasi")
        .await
        .json()
        .await
        .expect("json");
    let labels = api["facets"]["category"].to_string();
    assert!(
        labels.contains(r#""value":"Primary","label":"The district's signature product""#),
        "{labels}"
    );
    app.stop().await;
}

#[actix_web::test]
async fn on_a_phone_the_filter_sheet_stays_open_and_applies_with_one_button() {
    let Some(driver) = start_driver().await else {
        return;
    };
    let app = app_with_an_odop_ranked_listing(Backend::Sqlite).await;
    let phone = open_browser(&driver, 390).await;
    phone.goto(&app.url("/search")).await.expect("search page");
    // Marks this page: a full reload would lose it.
    phone
        .execute("window.stillHere = true;", vec![])
        .await
        .expect("script runs");
    let summary = || async {
        phone
            .find(Locator::Id("search-summary"))
            .await
            .expect("the count above the results")
            .text()
            .await
            .expect("its text")
    };
    assert!(summary().await.contains("of 11 products"));

    phone
        .find(Locator::Css(".filters__summary"))
        .await
        .expect("the Filters button")
        .click()
        .await
        .expect("opened");
    let tap = |label: &'static str| {
        let phone = phone.clone();
        async move {
            let script = format!(
                "const link = Array.from(document.querySelectorAll('[data-filters] .facet__list a')) \
                   .find(a => a.querySelector('.facet__label').textContent === {label:?}); \
                 link.scrollIntoView({{block: 'center'}}); return link !== undefined;"
            );
            assert_eq!(
                phone.execute(&script, vec![]).await.expect("found"),
                json!(true),
                "{label}"
            );
            phone
                .find(Locator::XPath(&format!(
                    "//*[@data-filters]//a[.//span[@class='facet__label' and text()='{label}']]"
                )))
                .await
                .expect("the choice")
                .click()
                .await
                .expect("tapped");
        }
    };

    tap("Uttar Pradesh").await;
    wait_until(
        &phone,
        "return document.querySelector('[data-apply]').textContent === 'Show 5 products';",
        "the sheet counts the products the choice leaves",
    )
    .await;
    let state = phone
        .execute(
            "return [document.querySelector('[data-filters]').open, location.search, window.stillHere === true, \
                     document.querySelector('[data-filters] a[aria-current]').textContent.trim()];",
            vec![],
        )
        .await
        .expect("script runs");
    let state = state.as_array().expect("a list").clone();
    assert_eq!(
        state[0..3],
        [json!(true), json!(""), json!(true)],
        "the sheet stays open, nothing applied or reloaded yet: {state:?}"
    );
    assert!(
        state[3].to_string().contains("Uttar Pradesh"),
        "the choice is ticked: {state:?}"
    );
    assert!(
        summary().await.contains("of 11 products"),
        "the results wait for the button"
    );

    tap("Handloom").await;
    wait_until(
        &phone,
        "return document.querySelector('[data-apply]').textContent === 'Show 2 products';",
        "a second choice counts with the first",
    )
    .await;
    phone
        .find(Locator::Css("[data-apply]"))
        .await
        .expect("the button")
        .click()
        .await
        .expect("pressed");
    wait_until(
        &phone,
        "return location.search === '?state=uttar-pradesh&sector=handloom' \
           && document.getElementById('search-summary').textContent.includes('of 2 products');",
        "one button applies both choices",
    )
    .await;
    let after = phone
        .execute(
            "return [document.querySelector('[data-filters]').open, window.stillHere === true];",
            vec![],
        )
        .await
        .expect("script runs");
    assert_eq!(
        after,
        json!([false, true]),
        "the sheet closes over the results, without a reload"
    );

    phone.back().await.expect("back");
    wait_until(
        &phone,
        "return location.search === '' \
           && document.getElementById('search-summary').textContent.includes('of 11 products');",
        "Back shows the search before the filters",
    )
    .await;
    phone.close().await.expect("browser closes");
    app.stop().await;
}
