//! Origin names (search-config/origins.json) on both engines: a word naming
//! a place ("Banarasi", "Benares", "Surat") also finds the listings from
//! there, first, without hiding the listings that hold the word as typed; the
//! page says how it read the query and links to the words as written.

use odop_bazaar::search::{ProductDocument, SearchEngine, SearchQuery, SearchResults};

use crate::harness::{Backend, TestApp};
use crate::search::{UP, fixtures, id, product, test_meilisearch};
use test_macros::backend_test;

const GUJARAT: (&str, &str) = ("Gujarat", "gujarat");
const SURAT: (&str, &str) = ("Surat", "surat");
const VARANASI: (&str, &str) = ("Varanasi", "varanasi");

/// The contract fixtures (one Banarasi saree from Varanasi among them) and
/// listings that test the reading: more from Varanasi without the word, and
/// the word or the place name in listings from elsewhere.
fn documents() -> Vec<ProductDocument> {
    let listing = |n: u32, title: &str, description: &str, district: (&str, &str), state: (&str, &str)| {
        product(
            n,
            title,
            description,
            district,
            state,
            ("handloom", "Handloom goods"),
            (false, false, true),
            (10, "pieces"),
            (1000.0, 5000.0, "INR"),
            "50",
        )
    };
    let mut documents = fixtures();
    documents.extend([
        listing(21, "Silk Stole, Hand-Woven", "Light and warm.", VARANASI, UP),
        listing(22, "Wooden Toys, Lacquered", "Turned by hand.", VARANASI, UP),
        listing(
            23,
            "Banarasi Pattern Silk Saree",
            "Power-loom copy.",
            SURAT,
            GUJARAT,
        ),
        listing(24, "Zari Border Saree", "Gold thread.", SURAT, GUJARAT),
        listing(
            25,
            "Surat Singh Brass Lamp",
            "Cast brass.",
            ("Moradabad", "moradabad"),
            UP,
        ),
        listing(26, "Benares Brocade Cushion", "Cushion cover.", SURAT, GUJARAT),
        listing(27, "Benares Weave Table Runner", "Runner.", SURAT, GUJARAT),
    ]);
    documents
}

fn ids(results: &SearchResults) -> Vec<String> {
    results.hits.iter().map(|h| h.document.id.clone()).collect()
}

fn of(numbers: &[u32]) -> Vec<String> {
    numbers.iter().map(|n| id(*n)).collect()
}

fn sorted(mut ids: Vec<String>) -> Vec<String> {
    ids.sort();
    ids
}

async fn search(engine: &SearchEngine, query: SearchQuery) -> SearchResults {
    engine.search(&query).await.expect("search")
}

fn paged(q: &str, page: usize, per_page: usize) -> SearchQuery {
    SearchQuery {
        page,
        per_page,
        ..SearchQuery::text(q)
    }
}

/// What every engine does with origin names.
async fn origin_contract(engine: &SearchEngine) {
    engine.apply_settings().await.expect("settings apply");
    engine.clear().await.expect("clear");
    engine.index(&documents()).await.expect("index");

    // From Varanasi with "silk" first (the saree, then the stole), then the
    // Banarasi-pattern saree from Surat, which holds both words.
    let found = search(engine, SearchQuery::text("banarasi silk")).await;
    assert_eq!(found.total, 3, "{:?}", ids(&found));
    assert_eq!(sorted(ids(&found)[..2].to_vec()), of(&[1, 21]), "Varanasi first");
    assert_eq!(ids(&found)[2], id(23), "then the literal match from elsewhere");
    let origin = found.origin.as_ref().expect("read as an origin");
    assert_eq!(origin.words, "banarasi");
    assert_eq!(origin.districts, ["varanasi"]);
    let districts = &found.facets.district;
    let count = |slug: &str| districts.iter().find(|f| f.value == slug).map_or(0, |f| f.count);
    assert_eq!(
        (count("varanasi"), count("surat")),
        (2, 1),
        "facets count both parts"
    );

    // A misspelling reads as the origin it misspells.
    let found = search(engine, SearchQuery::text("banarsi silk")).await;
    assert_eq!(sorted(ids(&found)[..2].to_vec()), of(&[1, 21]));

    // The words as written: no reading, only listings holding both words.
    let literal = SearchQuery {
        literal: true,
        ..SearchQuery::text("banarasi silk")
    };
    let found = search(engine, literal).await;
    assert_eq!(sorted(ids(&found)), of(&[1, 23]));
    assert!(found.origin.is_none());

    // An old name alone: every listing from Varanasi, newest first, then the
    // listings from elsewhere that say "Benares".
    let found = search(engine, SearchQuery::text("Benares")).await;
    assert_eq!(found.total, 5);
    assert_eq!(ids(&found)[..3], of(&[22, 21, 1]));
    assert_eq!(sorted(ids(&found)[3..].to_vec()), of(&[26, 27]));

    // Pages cut across the two parts without losing or repeating a listing.
    let mut seen = Vec::new();
    for page in 1..=3 {
        let found = search(engine, paged("benares", page, 2)).await;
        assert_eq!(found.total, 5);
        assert_eq!(found.total_pages, 3);
        assert_eq!(found.hits.len(), if page < 3 { 2 } else { 1 }, "page {page}");
        seen.extend(ids(&found));
    }
    assert_eq!(seen[..3], of(&[22, 21, 1]));
    assert_eq!(sorted(seen), sorted(of(&[1, 21, 22, 26, 27])));

    // An origin that is also an ordinary word hides nothing: the lamp of
    // Surat Singh, from Moradabad, follows the listings from Surat.
    let found = search(engine, SearchQuery::text("surat")).await;
    assert_eq!(found.total, 5, "{:?}", ids(&found));
    assert_eq!(sorted(ids(&found)[..4].to_vec()), of(&[23, 24, 26, 27]));
    assert_eq!(ids(&found)[4], id(25));

    // A word that names no place reads as before.
    let found = search(engine, SearchQuery::text("saree")).await;
    assert!(found.origin.is_none());

    engine.clear().await.expect("clear");
}

#[actix_web::test]
async fn both_engines_read_origin_names() {
    let dir = tempfile::tempdir().expect("temp dir");
    origin_contract(&SearchEngine::embedded(dir.path()).expect("embedded engine opens")).await;
    match test_meilisearch("products_origins") {
        Some(meilisearch) => origin_contract(&meilisearch).await,
        None => eprintln!("origin names checked on the embedded engine only"),
    }
}

#[backend_test]
async fn the_page_says_how_it_read_the_query_and_links_to_the_words_as_written(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.search.index(&documents()).await.expect("index");

    let (status, page) = app.page("/search?q=Banarasi+silk").await;
    assert_eq!(status, 200);
    assert!(
        page.contains("“Banarasi”: showing products from Varanasi, Uttar Pradesh first"),
        "{page}"
    );
    assert!(
        page.contains(r#"href="?q=Banarasi+silk&amp;literal=true""#),
        "{page}"
    );
    assert!(page.contains("of 3 products"));

    let (_, page) = app.page("/search?q=Banarasi+silk&literal=true").await;
    assert!(page.contains("of 2 products"), "{page}");
    assert!(!page.contains("showing products from"));
    assert!(
        page.contains(r#"href="?q=Banarasi+silk""#),
        "a way back to the reading"
    );

    let (_, page) = app.page("/search?q=bombay").await;
    assert!(
        page.contains("Mumbai, Maharashtra and Mumbai Suburban, Maharashtra"),
        "{page}"
    );

    let response = app.get("/api/v1/products/search?q=kashmiri").await;
    assert_eq!(response.status(), 200);
    let body: serde_json::Value = response.json().await.expect("json");
    assert_eq!(body["origin"]["words"], "kashmiri");
    assert_eq!(body["origin"]["states"][0]["slug"], "jammu-and-kashmir");
    assert_eq!(body["origin"]["states"][0]["label"], "Jammu and Kashmir");
    assert_eq!(body["total"], 1, "the pashmina from Srinagar");

    let response = app.get("/api/v1/products/search?q=silk&literal=maybe").await;
    assert_eq!(response.status(), 400);
    app.stop().await;
}
