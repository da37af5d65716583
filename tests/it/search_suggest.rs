//! Suggestions as a buyer types (`/api/v1/suggest`): the directory's names,
//! the glossary and origin names, and listing titles from the engine in use,
//! the same on both engines; bad input answered quickly and empty.

use std::time::{Duration, Instant};

use fantoccini::Locator;
use fantoccini::key::Key;
use serde_json::json;

use odop_bazaar::catalogue;
use odop_bazaar::search::SearchEngine;
use odop_bazaar::search::suggest::{MAX_SUGGESTIONS, Suggester, Suggestion, SuggestionKind};

use crate::chromium::{open_browser, start_driver, wait_until};
use crate::harness::{Backend, TestApp};
use crate::search::{app_with_products, fixtures, product, test_meilisearch};
use test_macros::backend_test;

async fn suggest(suggester: &Suggester, engine: &SearchEngine, typed: &str) -> Vec<Suggestion> {
    suggester
        .suggest(engine, typed)
        .await
        .expect("suggestions")
        .to_vec()
}

fn find<'a>(found: &'a [Suggestion], label: &str) -> Option<&'a Suggestion> {
    found.iter().find(|s| s.label == label)
}

/// Names that begin with the typed text come before those where a later word does.
fn begins_first(found: &[Suggestion], typed: &str) -> bool {
    let begins: Vec<bool> = found
        .iter()
        .map(|s| s.label.to_lowercase().starts_with(&typed.to_lowercase()))
        .collect();
    begins.windows(2).all(|pair| pair[0] || !pair[1])
}

/// What every engine must suggest from the seeded directory and the
/// search contract's listings.
async fn suggestion_contract(app: &TestApp, engine: &SearchEngine) {
    engine.index(&fixtures()).await.expect("index");
    let suggester = Suggester::new(app.db.clone(), catalogue::listing_counts);
    let kind = engine.kind();

    let found = suggest(&suggester, engine, "varan").await;
    let varanasi = find(&found, "Varanasi, Uttar Pradesh").unwrap_or_else(|| panic!("{kind}: {found:?}"));
    assert_eq!(
        (varanasi.kind, varanasi.url.as_str(), varanasi.lang.as_deref()),
        (SuggestionKind::District, "/districts/varanasi", None)
    );

    let found = suggest(&suggester, engine, "Uttar Prad").await;
    let state = find(&found, "Uttar Pradesh").unwrap_or_else(|| panic!("{kind}: {found:?}"));
    assert_eq!(
        (state.kind, state.url.as_str()),
        (SuggestionKind::State, "/states/uttar-pradesh")
    );

    let found = suggest(&suggester, engine, "makh").await;
    let makhana = find(&found, "Makhana").unwrap_or_else(|| panic!("{kind}: {found:?}"));
    assert_eq!(
        (makhana.kind, makhana.url.as_str()),
        (SuggestionKind::OdopProduct, "/search?q=Makhana")
    );
    let listing = find(&found, "Mithila Makhana, Roasted").unwrap_or_else(|| panic!("{kind}: {found:?}"));
    assert_eq!(
        (listing.kind, listing.url.as_str()),
        (SuggestionKind::Product, "/products/product-5"),
        "a listing whose later word begins so"
    );
    assert!(begins_first(&found, "makh"), "{kind}: {found:?}");

    let found = suggest(&suggester, engine, "aranmula").await;
    let mirror = find(&found, "Aranmula Kannadi").unwrap_or_else(|| panic!("{kind}: {found:?}"));
    assert_eq!(
        (mirror.kind, mirror.url.as_str()),
        (SuggestionKind::GiProduct, "/search?q=Aranmula+Kannadi")
    );
    // Both on the ODOP list and a GI: one suggestion.
    let found = suggest(&suggester, engine, "darjeeling t").await;
    assert_eq!(
        found.iter().filter(|s| s.label == "Darjeeling Tea").count(),
        1,
        "{kind}: {found:?}"
    );

    // The glossary: a Hindi name offers itself with the English one.
    let found = suggest(&suggester, engine, "hal").await;
    let haldi = find(&found, "Haldi (turmeric)").unwrap_or_else(|| panic!("{kind}: {found:?}"));
    assert_eq!(
        (haldi.kind, haldi.url.as_str(), haldi.lang.as_deref()),
        (SuggestionKind::OdopProduct, "/search?q=haldi", None),
        "turmeric is on the ODOP list"
    );
    let found = suggest(&suggester, engine, "हल्").await;
    let haldi = find(&found, "हल्दी (turmeric)").unwrap_or_else(|| panic!("{kind}: {found:?}"));
    assert_eq!(haldi.lang.as_deref(), Some("hi"));
    assert!(haldi.url.starts_with("/search?q=%E0%A4%B9"), "{}", haldi.url);

    // Origin names, in both scripts, lead to a search that reads them.
    let found = suggest(&suggester, engine, "banar").await;
    let origin =
        find(&found, "Banarasi (Varanasi, Uttar Pradesh)").unwrap_or_else(|| panic!("{kind}: {found:?}"));
    assert_eq!(
        (origin.kind, origin.url.as_str()),
        (SuggestionKind::District, "/search?q=banarasi")
    );
    assert!(
        find(&found, "Banarasi Silk Saree with Zari Border").is_some(),
        "{kind}: the listing among the GI names: {found:?}"
    );
    assert_eq!(found.len(), MAX_SUGGESTIONS, "{kind}: {found:?}");
    let found = suggest(&suggester, engine, "वाराण").await;
    let origin =
        find(&found, "वाराणसी (Varanasi, Uttar Pradesh)").unwrap_or_else(|| panic!("{kind}: {found:?}"));
    assert_eq!(origin.lang.as_deref(), Some("hi"));
    let found = suggest(&suggester, engine, "bomb").await;
    assert!(
        find(&found, "Bombay (Mumbai and Mumbai Suburban, Maharashtra)").is_some(),
        "{kind}: {found:?}"
    );

    // Listing titles: whole words, the last begun; not a typo, nor a synonym.
    let found = suggest(&suggester, engine, "kolhapuri chap").await;
    let chappal = find(&found, "Kolhapuri Chappal, Vegetable-Tanned Leather")
        .unwrap_or_else(|| panic!("{kind}: {found:?}"));
    assert_eq!(chappal.url, "/products/product-4");
    let found = suggest(&suggester, engine, "tumeric pow").await;
    assert!(found.is_empty(), "{kind}: {found:?}");
    let found = suggest(&suggester, engine, "haldi pow").await;
    assert!(found.is_empty(), "{kind}: {found:?}");

    // A listing published since shows at once.
    let found = suggest(&suggester, engine, "kantha").await;
    assert!(
        found.iter().all(|s| !s.url.starts_with("/products/")),
        "{kind}: {found:?}"
    );
    engine
        .index(&[product(
            40,
            "Kantha Stitch Throw",
            "Layered cotton with running stitch.",
            ("Birbhum", "birbhum"),
            ("West Bengal", "west-bengal"),
            ("textile", "Throws"),
            (false, false, true),
            (20, "pieces"),
            (25.0, 40.0, "USD"),
            "63",
        )])
        .await
        .expect("index");
    let found = suggest(&suggester, engine, "kantha").await;
    assert!(find(&found, "Kantha Stitch Throw").is_some(), "{kind}: {found:?}");

    let long = "haldi ".repeat(170);
    for typed in ["", " ", "h", "ह", "  a  ", long.as_str()] {
        assert!(
            suggest(&suggester, engine, typed).await.is_empty(),
            "{kind}: {typed:?}"
        );
    }
    engine.clear().await.expect("clear");
}

#[actix_web::test]
async fn both_engines_suggest_the_same_names_and_listings() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let dir = tempfile::tempdir().expect("temp dir");
    let embedded = SearchEngine::embedded(dir.path()).expect("embedded engine opens");
    suggestion_contract(&app, &embedded).await;
    let Some(meilisearch) = test_meilisearch("products_suggest") else {
        eprintln!("suggestions checked on the embedded engine only");
        app.stop().await;
        return;
    };
    suggestion_contract(&app, &meilisearch).await;

    // Identical answers, listing titles included.
    embedded.index(&fixtures()).await.expect("index");
    meilisearch.index(&fixtures()).await.expect("index");
    // One suggester per engine, as each site has: answers are kept per site.
    let (on_embedded, on_meilisearch) = (
        Suggester::new(app.db.clone(), catalogue::listing_counts),
        Suggester::new(app.db.clone(), catalogue::listing_counts),
    );
    for typed in [
        "sa",
        "ch",
        "silk",
        "ban",
        "ma",
        "co",
        "hal",
        "हल्",
        "pashmina sh",
        "br",
    ] {
        assert_eq!(
            suggest(&on_embedded, &embedded, typed).await,
            suggest(&on_meilisearch, &meilisearch, typed).await,
            "{typed}"
        );
    }
    meilisearch.clear().await.expect("clear");
    app.stop().await;
}

#[backend_test]
async fn the_api_suggests_and_answers_bad_input_quickly_and_empty(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.search.index(&fixtures()).await.expect("index");

    let response = app.get("/api/v1/suggest?q=hal").await;
    assert_eq!(response.status(), 200);
    let found: serde_json::Value = response.json().await.expect("json");
    let haldi = found
        .as_array()
        .and_then(|all| all.iter().find(|s| s["label"] == "Haldi (turmeric)"))
        .unwrap_or_else(|| panic!("{found}"));
    assert_eq!(
        haldi,
        &serde_json::json!({"label": "Haldi (turmeric)", "kind": "odop_product", "url": "/search?q=haldi"})
    );
    let found: serde_json::Value = app
        .get("/api/v1/suggest?q=%E0%A4%B9%E0%A4%B2%E0%A5%8D")
        .await
        .json()
        .await
        .expect("json");
    assert!(
        found.as_array().is_some_and(|all| all
            .iter()
            .any(|s| s["lang"] == "hi" && s["label"] == "हल्दी (turmeric)")),
        "{found}"
    );

    let long = "a".repeat(1000);
    for query in ["", "?q=", "?q=a", "?q=%20%20", &format!("?q={long}")] {
        let started = Instant::now();
        let response = app.get(&format!("/api/v1/suggest{query}")).await;
        assert!(started.elapsed() < Duration::from_millis(500), "{query}");
        assert_eq!(response.status(), 200, "{query}");
        let found: serde_json::Value = response.json().await.expect("json");
        assert_eq!(found, serde_json::json!([]), "{query}");
    }
    let response = app.get("/api/v1/suggest?q=a&q=b").await;
    assert_eq!(response.status(), 400);
    assert_eq!(response.headers()["content-type"], "application/problem+json");
    app.stop().await;
}

#[actix_web::test]
async fn the_search_box_is_a_combobox_on_a_phone() {
    let Some(driver) = start_driver().await else {
        return;
    };
    let app = app_with_products(Backend::Sqlite).await;
    let browser = open_browser(&driver, 390).await;
    browser.goto(&app.url("/")).await.expect("home page");
    let input = browser
        .find(Locator::Id("site-search-q"))
        .await
        .expect("the header's search box");
    let attribute = |name: &'static str| {
        let input = input.clone();
        async move { input.attr(name).await.expect("attribute") }
    };
    assert_eq!(attribute("role").await.as_deref(), Some("combobox"));
    assert_eq!(attribute("aria-expanded").await.as_deref(), Some("false"));
    assert_eq!(attribute("aria-autocomplete").await.as_deref(), Some("list"));
    let list = attribute("aria-controls").await.expect("aria-controls");
    let listbox = browser
        .find(Locator::Id(&list))
        .await
        .expect("the list it controls");
    assert_eq!(
        listbox.attr("role").await.expect("role").as_deref(),
        Some("listbox")
    );

    input.send_keys("banar").await.expect("typing");
    wait_until(
        &browser,
        "const list = document.getElementById('site-search-q-suggestions'); \
         return !list.hidden && list.children.length === 8 \
           && document.getElementById('site-search-q').getAttribute('aria-expanded') === 'true' \
           && document.querySelector('form[data-suggest] [role=status]').textContent === '8 suggestions';",
        "eight suggestions shown and announced",
    )
    .await;
    let fits = browser
        .execute(
            "const r = document.getElementById('site-search-q-suggestions').getBoundingClientRect(); \
             return r.left >= 0 && r.right <= window.innerWidth && r.width > 300;",
            vec![],
        )
        .await
        .expect("script runs");
    assert_eq!(fits, json!(true), "the list fits a 390 px screen");
    let first = browser
        .execute(
            "const o = document.querySelector('#site-search-q-suggestions [role=option]'); \
             return o.textContent;",
            vec![],
        )
        .await
        .expect("script runs");
    assert_eq!(
        first,
        json!("Banarasi (Varanasi, Uttar Pradesh)District"),
        "label and kind"
    );

    let highlighted = "const input = document.getElementById('site-search-q'); \
         const id = input.getAttribute('aria-activedescendant'); \
         const options = Array.from(document.querySelectorAll('#site-search-q-suggestions [role=option]')); \
         const selected = options.filter(o => o.getAttribute('aria-selected') === 'true'); \
         return [id, selected.length === 1 && selected[0].id === id ? options.indexOf(selected[0]) : -1];";
    let at = |expected: i64| {
        let browser = browser.clone();
        async move {
            let found = browser.execute(highlighted, vec![]).await.expect("script runs");
            assert_eq!(
                found,
                json!([format!("site-search-q-suggestions-{expected}"), expected])
            );
        }
    };
    input.send_keys(&Key::Down).await.expect("arrow down");
    at(0).await;
    input.send_keys(&Key::Down).await.expect("arrow down");
    at(1).await;
    input.send_keys(&Key::Up).await.expect("arrow up");
    at(0).await;
    input.send_keys(&Key::Up).await.expect("arrow up");
    at(7).await;

    input.send_keys(&Key::Escape).await.expect("escape");
    assert_eq!(attribute("aria-expanded").await.as_deref(), Some("false"));
    assert!(!listbox.is_displayed().await.expect("displayed"));
    assert_eq!(attribute("aria-activedescendant").await, None);

    input.send_keys(&Key::Down).await.expect("arrow down");
    assert_eq!(attribute("aria-expanded").await.as_deref(), Some("true"));
    at(0).await;
    input.send_keys(&Key::Enter).await.expect("enter");
    wait_until(
        &browser,
        "return location.pathname === '/search' && location.search === '?q=banarasi';",
        "the highlighted suggestion followed",
    )
    .await;

    browser.close().await.expect("browser closes");
    app.stop().await;
}
