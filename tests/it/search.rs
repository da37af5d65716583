//! Search: one contract suite run against every engine (the embedded index
//! always, Meilisearch when `MEILI_URL` is set), the index jobs with the
//! engine down and back, and the `/search` page and API.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, Mutex};

use chrono::Utc;
use odop_bazaar::db::{Db, DbConnection, DbResult};
use odop_bazaar::jobs::{Job, JobFailure, JobHandler, Worker};
use odop_bazaar::search::maintenance::{self, DocumentSource};
use odop_bazaar::search::{
    self, Filters, ProductDocument, SearchEngine, SearchQuery, SearchResults, SortOrder,
};

use crate::harness::{Backend, TestApp};
use test_macros::backend_test;

// ---------- Fixtures ----------

#[expect(clippy::too_many_arguments)]
pub(crate) fn product(
    n: u32,
    title: &str,
    description: &str,
    (district, district_slug): (&str, &str),
    (state, state_slug): (&str, &str),
    (sector, category): (&str, &str),
    (gi, verified, export_ready): (bool, bool, bool),
    (moq, unit): (i64, &str),
    (price_min, price_max, currency): (f64, f64, &str),
    hs_chapter: &str,
) -> ProductDocument {
    ProductDocument {
        id: format!("0190000{n:02}-0000-7000-8000-000000000000"),
        slug: format!("product-{n}"),
        title: title.to_owned(),
        description: description.to_owned(),
        odop_name: None,
        producer_name: format!("Producer {n}"),
        producer_slug: format!("producer-{n}"),
        producer_verified: verified,
        district_name: district.to_owned(),
        district_slug: district_slug.to_owned(),
        state_name: state.to_owned(),
        state_slug: state_slug.to_owned(),
        sector: sector.to_owned(),
        sector_name: sector.to_owned(),
        category: category.to_owned(),
        gi_tagged: gi,
        gi_name: None,
        materials: String::new(),
        export_ready,
        moq,
        moq_unit: unit.to_owned(),
        price_min,
        price_max,
        currency: currency.to_owned(),
        price_min_eur: None,
        price_max_eur: None,
        hs_code: Some(format!("{hs_chapter}0000")),
        hs_chapter: Some(hs_chapter.to_owned()),
        image: None,
        image_alt: None,
        published_at: 1_700_000_000 + i64::from(n) * 100,
        language: Default::default(),
        translations: Vec::new(),
    }
}

pub(crate) const UP: (&str, &str) = ("Uttar Pradesh", "uttar-pradesh");

pub(crate) fn fixtures() -> Vec<ProductDocument> {
    let mut docs = vec![
        product(
            1,
            "Banarasi Silk Saree with Zari Border",
            "Pure silk woven by hand in Varanasi, with gold zari brocade and a heavy pallu.",
            ("Varanasi", "varanasi"),
            UP,
            ("handloom", "Silk sarees"),
            (true, true, true),
            (10, "pieces"),
            (8000.0, 25000.0, "INR"),
            "50",
        ),
        product(
            2,
            "Lakadong Turmeric Powder",
            "High-curcumin turmeric grown on the hills of Meghalaya, sun-dried and stone-ground.",
            ("West Jaintia Hills", "west-jaintia-hills"),
            ("Meghalaya", "meghalaya"),
            ("agriculture", "Spices"),
            (true, false, true),
            (100, "kg"),
            (4.0, 6.0, "USD"),
            "09",
        ),
        product(
            3,
            "Chikankari Kurta, White on White",
            "Hand embroidery from Lucknow on fine cotton mulmul, shadow work and phanda stitches.",
            ("Lucknow", "lucknow"),
            UP,
            ("textile", "Embroidered garments"),
            (true, true, false),
            (50, "pieces"),
            (900.0, 2400.0, "INR"),
            "62",
        ),
        product(
            4,
            "Kolhapuri Chappal, Vegetable-Tanned Leather",
            "Hand-stitched leather sandals with a plaited toe strap, made by cobblers in Kolhapur.",
            ("Kolhapur", "kolhapur"),
            ("Maharashtra", "maharashtra"),
            ("handicraft", "Leather footwear"),
            (true, false, true),
            (200, "pairs"),
            (12.0, 20.0, "EUR"),
            "64",
        ),
        product(
            5,
            "Mithila Makhana, Roasted",
            "Popped lotus seeds from the ponds of Darbhanga, roasted with rock salt.",
            ("Darbhanga", "darbhanga"),
            ("Bihar", "bihar"),
            ("food-processing", "Dry fruits and snacks"),
            (true, true, true),
            (500, "kg"),
            (650.0, 900.0, "INR"),
            "08",
        ),
        product(
            6,
            "Pashmina Shawl, Hand-Spun",
            "Fine Changthangi wool spun and woven by hand in Srinagar.",
            ("Srinagar", "srinagar"),
            ("Jammu and Kashmir", "jammu-and-kashmir"),
            ("handloom", "Shawls"),
            (true, true, true),
            (5, "pieces"),
            (180.0, 450.0, "USD"),
            "62",
        ),
        product(
            7,
            "Cotton Dhurrie, Flat-Woven",
            "Reversible flat-woven floor covering from Panipat looms.",
            ("Panipat", "panipat"),
            ("Haryana", "haryana"),
            ("textile", "Rugs and dhurries"),
            (false, false, true),
            (20, "pieces"),
            (35.0, 90.0, "USD"),
            "57",
        ),
        product(
            8,
            "Brass Diya & Lamp Set <4 pieces>",
            "Sand-cast brass lamps polished by hand in Moradabad.",
            ("Moradabad", "moradabad"),
            UP,
            ("handicraft", "Brassware"),
            (false, true, true),
            (100, "pieces"),
            (150.0, 400.0, "INR"),
            "74",
        ),
        product(
            9,
            "Amla Candy, Sweet and Tangy",
            "आंवला कैंडी: gooseberries from Pratapgarh preserved in jaggery syrup.",
            ("Pratapgarh", "uttar-pradesh-pratapgarh"),
            UP,
            ("food-processing", "Preserves"),
            (false, false, false),
            (50, "kg"),
            (180.0, 260.0, "INR"),
            "20",
        ),
        product(
            10,
            "Chanderi Saree in Silk-Cotton",
            "Sheer silk-cotton weave with gold buttis from the looms of Chanderi.",
            ("Ashoknagar", "ashoknagar"),
            ("Madhya Pradesh", "madhya-pradesh"),
            ("handloom", "Silk sarees"),
            (true, false, true),
            (10, "pieces"),
            (3500.0, 9000.0, "INR"),
            "50",
        ),
    ];
    docs[1].gi_name = Some("Lakadong Turmeric".into());
    docs[0].materials = "silk, zari".into();
    docs
}

pub(crate) fn id(n: u32) -> String {
    format!("0190000{n:02}-0000-7000-8000-000000000000")
}

fn ids(results: &SearchResults) -> Vec<String> {
    results.hits.iter().map(|h| h.document.id.clone()).collect()
}

fn set(results: &SearchResults) -> BTreeSet<String> {
    ids(results).into_iter().collect()
}

fn of(numbers: &[u32]) -> BTreeSet<String> {
    numbers.iter().map(|n| id(*n)).collect()
}

fn filtered(filters: Filters) -> SearchQuery {
    SearchQuery {
        filters,
        ..SearchQuery::default()
    }
}

async fn search(engine: &SearchEngine, query: SearchQuery) -> SearchResults {
    engine.search(&query).await.expect("search")
}

async fn text(engine: &SearchEngine, q: &str) -> SearchResults {
    search(engine, SearchQuery::text(q)).await
}

fn count(values: &[search::model::FacetCount], value: &str) -> usize {
    values.iter().find(|f| f.value == value).map_or(0, |f| f.count)
}

// ---------- The contract ----------

/// What every engine must do with the same documents and queries.
async fn contract(engine: &SearchEngine) {
    engine.apply_settings().await.expect("settings apply");
    engine.clear().await.expect("clear");
    engine.index(&fixtures()).await.expect("index");

    // Synonyms across scripts and transliterations.
    assert_eq!(set(&text(engine, "हल्दी").await), of(&[2]), "हल्दी finds turmeric");
    // A glossary word is not a typo of another word: "haldi" is not "handi…" misspelt.
    assert_eq!(
        set(&text(engine, "haldi").await),
        of(&[2]),
        "haldi finds turmeric, not handicrafts"
    );
    assert_eq!(set(&text(engine, "Indian gooseberry").await), of(&[9]));
    assert_eq!(set(&text(engine, "आंवला").await), of(&[9]));
    assert_eq!(set(&text(engine, "rug").await), of(&[7]), "rug finds the dhurrie");
    assert_eq!(set(&text(engine, "fox nut").await), of(&[5]));
    assert_eq!(set(&text(engine, "cashmere").await), of(&[6]));
    assert_eq!(set(&text(engine, "kolhapuri sandal").await), of(&[4]));

    // Typos: one from 5 letters, two from 9, none on short words.
    assert_eq!(set(&text(engine, "banarsi saree").await), of(&[1]));
    assert_eq!(set(&text(engine, "turmric").await), of(&[2]));
    assert_eq!(set(&text(engine, "chikankri").await), of(&[3]));
    assert!(
        text(engine, "slik").await.hits.is_empty(),
        "no typos on four letters"
    );

    // The last word is a prefix; stop words are ignored.
    // (With a typo too, as Meilisearch does: "chand" ~ "chang…", "cand…"; the exact prefix ranks first.)
    assert_eq!(ids(&text(engine, "chand").await)[0], id(10));
    assert_eq!(set(&text(engine, "makh").await), of(&[5]));
    assert_eq!(set(&text(engine, "chanderi").await), of(&[10]));
    assert_eq!(set(&text(engine, "silk from the varanasi").await), of(&[1]));
    assert_eq!(set(&text(engine, "silk saree").await), of(&[1, 10]));

    // Facet counts over everything.
    let all = search(engine, SearchQuery::default()).await;
    assert_eq!(all.total, 10);
    let facets = &all.facets;
    assert_eq!(count(&facets.state, "uttar-pradesh"), 4);
    assert_eq!(count(&facets.sector, "handloom"), 3);
    assert_eq!(count(&facets.sector, "food-processing"), 2);
    assert_eq!(count(&facets.category, "Silk sarees"), 2);
    assert_eq!(count(&facets.currency, "INR"), 6);
    assert_eq!(count(&facets.currency, "USD"), 3);
    assert_eq!(count(&facets.hs_chapter, "62"), 2);
    assert_eq!(count(&facets.district, "lucknow"), 1);
    assert_eq!((facets.gi, facets.verified, facets.export_ready), (7, 5, 8));

    // Every filter, and facet counts within a filter.
    let up = search(
        engine,
        filtered(Filters {
            state: Some("uttar-pradesh".into()),
            ..Filters::default()
        }),
    )
    .await;
    assert_eq!(set(&up), of(&[1, 3, 8, 9]));
    assert_eq!(up.total, 4);
    assert_eq!(count(&up.facets.sector, "handloom"), 1);
    assert_eq!(count(&up.facets.sector, "food-processing"), 1);
    assert_eq!(up.facets.verified, 3);
    let cases: Vec<(Filters, &[u32])> = vec![
        (
            Filters {
                district: Some("lucknow".into()),
                ..Filters::default()
            },
            &[3],
        ),
        (
            Filters {
                sector: Some("handloom".into()),
                ..Filters::default()
            },
            &[1, 6, 10],
        ),
        (
            Filters {
                category: Some("Silk sarees".into()),
                ..Filters::default()
            },
            &[1, 10],
        ),
        (
            Filters {
                gi: true,
                ..Filters::default()
            },
            &[1, 2, 3, 4, 5, 6, 10],
        ),
        (
            Filters {
                verified: true,
                ..Filters::default()
            },
            &[1, 3, 5, 6, 8],
        ),
        (
            Filters {
                export_ready: true,
                ..Filters::default()
            },
            &[1, 2, 4, 5, 6, 7, 8, 10],
        ),
        (
            Filters {
                moq_max: Some(20),
                ..Filters::default()
            },
            &[1, 6, 7, 10],
        ),
        (
            Filters {
                currency: Some("EUR".into()),
                ..Filters::default()
            },
            &[4],
        ),
        (
            Filters {
                hs_chapter: Some("50".into()),
                ..Filters::default()
            },
            &[1, 10],
        ),
        (
            Filters {
                currency: Some("INR".into()),
                price_min: Some(1000.0),
                price_max: Some(5000.0),
                ..Filters::default()
            },
            &[3, 10],
        ),
        (
            Filters {
                state: Some("uttar-pradesh".into()),
                gi: true,
                verified: true,
                ..Filters::default()
            },
            &[1, 3],
        ),
    ];
    for (filters, expected) in cases {
        let results = search(engine, filtered(filters.clone())).await;
        assert_eq!(set(&results), of(expected), "{filters:?}");
        assert_eq!(results.total, expected.len(), "{filters:?}");
    }
    let handloom_silk = search(
        engine,
        SearchQuery {
            filters: Filters {
                sector: Some("handloom".into()),
                ..Filters::default()
            },
            ..SearchQuery::text("silk")
        },
    )
    .await;
    assert_eq!(set(&handloom_silk), of(&[1, 10]));

    // Sorting.
    let inr = Filters {
        currency: Some("INR".into()),
        ..Filters::default()
    };
    let by = |sort| SearchQuery {
        sort,
        filters: inr.clone(),
        ..SearchQuery::default()
    };
    let expect_order = |numbers: &[u32]| numbers.iter().map(|n| id(*n)).collect::<Vec<_>>();
    assert_eq!(
        ids(&search(engine, by(SortOrder::PriceAsc)).await),
        expect_order(&[8, 9, 5, 3, 10, 1])
    );
    assert_eq!(
        ids(&search(engine, by(SortOrder::PriceDesc)).await),
        expect_order(&[1, 10, 3, 5, 8, 9])
    );
    assert_eq!(
        ids(&search(engine, by(SortOrder::Newest)).await),
        expect_order(&[10, 9, 8, 5, 3, 1])
    );
    let newest_saree = SearchQuery {
        sort: SortOrder::Newest,
        ..SearchQuery::text("saree")
    };
    assert_eq!(ids(&search(engine, newest_saree).await), expect_order(&[10, 1]));

    // Pagination: exact totals, every result once.
    let mut seen = Vec::new();
    for page in 1..=4 {
        let results = search(
            engine,
            SearchQuery {
                page,
                per_page: 3,
                ..SearchQuery::default()
            },
        )
        .await;
        assert_eq!((results.total, results.total_pages), (10, 4), "page {page}");
        assert_eq!(results.hits.len(), if page == 4 { 1 } else { 3 }, "page {page}");
        seen.extend(ids(&results));
    }
    assert_eq!(seen.iter().collect::<BTreeSet<_>>().len(), 10);
    let beyond = search(
        engine,
        SearchQuery {
            page: 5,
            per_page: 3,
            ..SearchQuery::default()
        },
    )
    .await;
    assert!(beyond.hits.is_empty());
    assert_eq!(beyond.total, 10);

    // Highlighting: matches marked, everything escaped.
    let hit = &text(engine, "banarasi").await.hits[0];
    assert_eq!(
        hit.title_html,
        "<mark>Banarasi</mark> Silk Saree with Zari Border"
    );
    let hit = &text(engine, "brass").await.hits[0];
    assert_eq!(
        hit.title_html,
        "<mark>Brass</mark> Diya &amp; Lamp Set &lt;4 pieces&gt;"
    );
    assert!(
        hit.snippet_html.contains("<mark>brass</mark> lamps"),
        "{}",
        hit.snippet_html
    );
    let hit = &text(engine, "haldi").await.hits[0];
    assert!(
        hit.title_html.contains("<mark>Turmeric</mark>"),
        "{}",
        hit.title_html
    );

    // An edit is visible after re-indexing; versions follow the content.
    let before = engine.versions().await.expect("versions");
    assert_eq!(before.len(), 10);
    let mut dhurrie = fixtures().remove(6);
    dhurrie.title = "Cotton Dhurrie, Indigo Stripe".into();
    engine
        .index(std::slice::from_ref(&dhurrie))
        .await
        .expect("re-index");
    assert_eq!(set(&text(engine, "indigo").await), of(&[7]));
    assert_eq!(
        search(engine, SearchQuery::default()).await.total,
        10,
        "replaced, not added"
    );
    let after = engine.versions().await.expect("versions");
    assert_ne!(before[&id(7)], after[&id(7)]);
    assert_eq!(before[&id(1)], after[&id(1)]);

    // Counts alone, several at once (a search that found nothing tries looser
    // ones): the same totals as the searches, and in the order asked.
    let asked = [
        SearchQuery {
            text: "haldi".into(),
            ..SearchQuery::default()
        },
        SearchQuery::default(),
        SearchQuery {
            text: "zzzz".into(),
            ..SearchQuery::default()
        },
        SearchQuery {
            text: "turmric".into(),
            ..filtered(Filters {
                state: Some("meghalaya".into()),
                ..Filters::default()
            })
        },
    ];
    assert_eq!(
        engine.totals(&asked).await.expect("totals"),
        [1, 10, 0, 1],
        "counted like searches, typos corrected and filters applied"
    );
    assert!(engine.totals(&[]).await.expect("no totals").is_empty());

    // A deleted product is gone.
    engine.delete(&[id(9)]).await.expect("delete");
    assert!(text(engine, "amla").await.hits.is_empty());
    assert_eq!(search(engine, SearchQuery::default()).await.total, 9);
    assert_eq!(engine.versions().await.expect("versions").len(), 9);

    engine.clear().await.expect("clear");
    assert_eq!(search(engine, SearchQuery::default()).await.total, 0);

    real_words_are_not_corrected(engine).await;
}

/// A word the index holds as typed is never corrected to a glossary entry
/// near it ("wooden" is not a typo of "woolen"); a real misspelling still is.
async fn real_words_are_not_corrected(engine: &SearchEngine) {
    let mut toys = fixtures().remove(3);
    toys.id = id(11);
    toys.title = "Wooden Toys, Lacquered".into();
    toys.description = "Turned and lacquered by hand in Channapatna.".into();
    let mut carpet = fixtures().remove(6);
    carpet.id = id(12);
    carpet.title = "Woollen Carpet, Hand-Knotted".into();
    carpet.description = "Hand-knotted in Bhadohi.".into();
    // Asked before the index holds "wooden": an answer remembered then
    // (Meilisearch keeps them a minute) must not outlive the write below.
    text(engine, "wooden toys").await;
    engine.index(&[toys, carpet]).await.expect("index");
    assert_eq!(
        set(&text(engine, "wooden").await),
        of(&[11]),
        "wooden stays wooden"
    );
    assert_eq!(set(&text(engine, "wooden toys").await), of(&[11]));
    assert_eq!(
        set(&text(engine, "woolan carpet").await),
        of(&[12]),
        "a misspelling is still corrected through the glossary"
    );
    assert_eq!(
        set(&text(engine, "woolen").await),
        of(&[12]),
        "nor is woolen a typo of wooden"
    );
    engine.clear().await.expect("clear");
}

#[actix_web::test]
async fn the_embedded_engine_keeps_the_contract() {
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = SearchEngine::embedded(dir.path()).expect("embedded engine opens");
    contract(&engine).await;
}

/// Meilisearch at `MEILI_URL` with an index of its own named from `prefix`,
/// or `None` (and a note in the output) when it is not set.
pub(crate) fn test_meilisearch(prefix: &str) -> Option<SearchEngine> {
    let Some(url) = std::env::var("MEILI_URL").ok().filter(|u| !u.is_empty()) else {
        eprintln!("MEILI_URL not set: Meilisearch tests skipped");
        return None;
    };
    let key = std::env::var("MEILI_API_KEY").ok().filter(|k| !k.is_empty());
    let index = format!("{prefix}_{}", uuid::Uuid::now_v7().simple());
    Some(SearchEngine::meilisearch_index(&url, key.as_deref(), &index).expect("client"))
}

#[actix_web::test]
async fn meilisearch_keeps_the_contract() {
    if let Some(engine) = test_meilisearch("products_test") {
        contract(&engine).await;
    }
}

#[actix_web::test]
async fn the_embedded_index_survives_a_restart() {
    let dir = tempfile::tempdir().expect("temp dir");
    {
        let engine = SearchEngine::embedded(dir.path()).expect("opens");
        engine.index(&fixtures()).await.expect("index");
    }
    let reopened = SearchEngine::embedded(dir.path()).expect("reopens");
    assert_eq!(set(&text(&reopened, "turmeric").await), of(&[2]));
}

// ---------- Jobs: the engine down, then back ----------

/// The catalogue as the index jobs see it: published documents by id.
#[derive(Clone, Default)]
struct FakeCatalogue(Arc<Mutex<BTreeMap<String, ProductDocument>>>);

impl FakeCatalogue {
    fn publish(&self, documents: Vec<ProductDocument>) {
        let mut map = self.0.lock().expect("lock");
        for d in documents {
            map.insert(d.id.clone(), d);
        }
    }

    fn unpublish(&self, id: &str) {
        self.0.lock().expect("lock").remove(id);
    }

    fn documents(&self, ids: &[String]) -> Vec<ProductDocument> {
        let map = self.0.lock().expect("lock");
        ids.iter().filter_map(|id| map.get(id).cloned()).collect()
    }
}

impl DocumentSource for FakeCatalogue {
    fn published_ids(&self, _: &mut DbConnection, after: Option<&str>, limit: i64) -> DbResult<Vec<String>> {
        let map = self.0.lock().expect("lock");
        Ok(map
            .keys()
            .filter(|id| after.is_none_or(|a| id.as_str() > a))
            .take(usize::try_from(limit).expect("limit"))
            .cloned()
            .collect())
    }

    fn documents(&self, _: &mut DbConnection, ids: &[String]) -> DbResult<Vec<ProductDocument>> {
        Ok(FakeCatalogue::documents(self, ids))
    }
}

/// The search arms of the application's job handler, with the fake catalogue as loader.
struct SearchJobs {
    db: Db,
    engine: Arc<SearchEngine>,
    catalogue: FakeCatalogue,
}

impl JobHandler for SearchJobs {
    async fn perform(&self, job: &Job) -> Result<(), JobFailure> {
        match job.kind.as_str() {
            search::INDEX_PRODUCTS => {
                let source: Arc<dyn DocumentSource> = Arc::new(self.catalogue.clone());
                search::jobs::index_products(&self.engine, &self.db, job, &source).await
            }
            search::REMOVE_PRODUCTS => search::jobs::remove_products(&self.engine, job).await,
            other => Err(JobFailure::permanent(format!("unexpected job {other}"))),
        }
    }
}

async fn run_all(app: &TestApp, handler: SearchJobs) -> usize {
    let worker = Worker::new(app.db.clone(), Arc::new(handler));
    let mut total = 0;
    loop {
        match worker.run_once().await.expect("queue reachable") {
            0 => return total,
            n => total += n,
        }
    }
}

#[actix_web::test]
async fn index_jobs_wait_out_an_engine_outage_and_lose_nothing() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let catalogue = FakeCatalogue::default();
    let docs = fixtures();
    catalogue.publish(docs.clone());
    let all_ids: Vec<String> = docs.iter().map(|d| d.id.clone()).collect();
    let now = Utc::now().naive_utc();
    app.db
        .write_blocking(|conn| {
            search::enqueue_index(conn, &all_ids[..6], now)?;
            search::enqueue_index(conn, &all_ids[6..], now)?;
            search::enqueue_remove(conn, &[id(99)], now)
        })
        .expect("enqueue");
    assert_eq!(app.pending_job_count(), 3);

    // Meilisearch is unreachable (nothing listens on port 1): every job fails and waits.
    let down = Arc::new(SearchEngine::meilisearch("http://127.0.0.1:1", None).expect("client"));
    let ran = run_all(
        &app,
        SearchJobs {
            db: app.db.clone(),
            engine: down,
            catalogue: catalogue.clone(),
        },
    )
    .await;
    assert_eq!(ran, 3);
    assert_eq!(app.pending_job_count(), 3, "failed jobs stay queued for a retry");
    let jobs = app
        .db
        .read_blocking(|conn| odop_bazaar::jobs::repo::list(conn, false, 50))
        .expect("jobs");
    let search_jobs: Vec<&Job> = jobs.iter().filter(|j| j.kind.starts_with("search.")).collect();
    assert_eq!(search_jobs.len(), 3);
    for job in &search_jobs {
        assert_eq!((job.status.as_str(), job.attempts), ("queued", 1));
        assert!(
            job.last_error
                .as_deref()
                .is_some_and(|e| e.contains("unavailable")),
            "{:?}",
            job.last_error
        );
        assert!(job.run_at > Utc::now().naive_utc(), "waits for its backoff");
    }

    // The engine is back (here: the embedded one) and the retries come due.
    let dir = tempfile::tempdir().expect("temp dir");
    let up = Arc::new(SearchEngine::embedded(dir.path()).expect("embedded"));
    catalogue.unpublish(&id(9));
    app.make_jobs_due();
    let ran = run_all(
        &app,
        SearchJobs {
            db: app.db.clone(),
            engine: up.clone(),
            catalogue: catalogue.clone(),
        },
    )
    .await;
    assert_eq!(ran, 3);
    assert_eq!(app.pending_job_count(), 0);
    let report = maintenance::verify(&app.db, &up, Arc::new(catalogue.clone()), 4)
        .await
        .expect("verify");
    assert!(report.is_clean(), "{report:?}");
    assert_eq!(report.checked, 9);
    assert!(
        text(&up, "amla").await.hits.is_empty(),
        "the unpublished product was removed"
    );
}

#[actix_web::test]
async fn verify_finds_missing_stale_and_extra_documents_and_reindex_repairs_them() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = SearchEngine::embedded(dir.path()).expect("embedded");
    let catalogue = FakeCatalogue::default();
    let docs = fixtures();
    catalogue.publish(docs[..8].to_vec());
    // In the index: 1–7 (2 edited since), and 10, which is not published.
    let mut indexed = docs[..7].to_vec();
    indexed[1].title = "An old title".into();
    indexed.push(docs[9].clone());
    engine.index(&indexed).await.expect("index");

    let source: Arc<dyn DocumentSource> = Arc::new(catalogue.clone());
    let report = maintenance::verify(&app.db, &engine, source.clone(), 3)
        .await
        .expect("verify");
    assert_eq!(report.checked, 8);
    assert_eq!(report.missing, vec![id(8)]);
    assert_eq!(report.stale, vec![id(2)]);
    assert_eq!(report.extra, vec![id(10)]);

    // An index update queued earlier is covered by the reindex and dropped.
    let queued_at = Utc::now().naive_utc() - chrono::TimeDelta::seconds(1);
    app.db
        .write_blocking(move |conn| search::enqueue_index(conn, &[id(2)], queued_at))
        .expect("enqueue");
    assert_eq!(app.pending_job_count(), 1);

    let progress = Mutex::new(Vec::new());
    let done = maintenance::reindex(&app.db, &engine, source.clone(), 3, &|done, total| {
        progress.lock().expect("lock").push((done, total));
    })
    .await
    .expect("reindex");
    assert_eq!((done.indexed, done.removed, done.superseded_jobs), (8, 1, 1));
    assert_eq!(app.pending_job_count(), 0);
    assert_eq!(progress.lock().expect("lock").last(), Some(&(8, 8)));
    let report = maintenance::verify(&app.db, &engine, source, 3)
        .await
        .expect("verify");
    assert!(report.is_clean(), "{report:?}");
}

#[actix_web::test]
async fn the_application_worker_handles_search_jobs() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    app.search.index(&fixtures()).await.expect("index");
    let now = Utc::now().naive_utc();
    // Neither product is in the catalogue: indexing them removes them, as does search.remove.
    app.db
        .write_blocking(|conn| {
            search::enqueue_index(conn, &[id(1)], now)?;
            search::enqueue_remove(conn, &[id(2)], now)
        })
        .expect("enqueue");
    assert_eq!(app.run_pending_jobs().await, 2);
    assert_eq!(app.pending_job_count(), 0);
    let all = app.search.search(&SearchQuery::default()).await.expect("search");
    assert_eq!(all.total, 8);
    assert!(!set(&all).contains(&id(1)) && !set(&all).contains(&id(2)));
}

// ---------- Pages and API ----------

pub(crate) async fn app_with_products(backend: Backend) -> TestApp {
    let app = TestApp::spawn(backend).await;
    app.search.index(&fixtures()).await.expect("index");
    app
}

#[backend_test]
async fn the_search_page_shows_results_filters_and_pages(backend: Backend) {
    let app = app_with_products(backend).await;

    let (status, home) = app.page("/").await;
    assert_eq!(status, 200);
    assert!(
        home.contains(r#"action="/search""#) && home.contains(r#"name="q""#),
        "header search box"
    );

    let (status, page) = app.page("/search?q=banarsi+saree").await;
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("<mark>Banarasi</mark>"), "highlighted title");
    assert!(page.contains(r#"href="/districts/varanasi">Varanasi</a> · Uttar Pradesh"#));
    assert!(page.contains("GI-tagged") && page.contains("Export-ready") && page.contains("Verified"));
    assert!(page.contains("₹8,000 – 25,000 per piece") && page.contains("10 pieces"));
    assert!(
        page.contains(r#"value="banarsi saree""#),
        "the query stays in the box"
    );
    assert!(page.contains("js/search.js"), "search-as-you-type script");

    let (_, page) = app.page("/search?state=uttar-pradesh").await;
    assert!(page.contains("of 4 products"), "count");
    assert!(
        page.contains("Remove filter: </span>Uttar Pradesh"),
        "active filter with its name"
    );
    assert!(page.contains("Food processing"), "sector facet with its name");

    let (_, page) = app.page("/search?per_page=3&page=2").await;
    assert!(page.contains("Showing 4–6 of 10 products"), "{page}");
    assert!(page.contains(r#"rel="prev""#) && page.contains(r#"rel="next""#));

    let (_, page) = app
        .page("/search?q=%E0%A4%B9%E0%A4%B2%E0%A5%8D%E0%A4%A6%E0%A5%80")
        .await;
    assert!(
        page.contains("Lakadong <mark>Turmeric</mark> Powder"),
        "Devanagari query"
    );

    let (status, fragment) = app.page("/search/results?q=haldi").await;
    assert_eq!(status, 200);
    assert!(!fragment.contains("<html") && fragment.contains("<mark>Turmeric</mark>"));
    app.stop().await;
}

#[backend_test]
async fn a_search_without_results_suggests_ways_forward(backend: Backend) {
    let app = app_with_products(backend).await;
    let (status, page) = app.page("/search?q=makhana&state=kerala").await;
    assert_eq!(status, 200);
    assert!(page.contains("Nothing matches"), "{page}");
    assert!(
        page.contains("without filters") && page.contains(r#"href="?q=makhana""#),
        "relaxed search"
    );
    assert!(
        page.contains(r#"href="/districts/darbhanga""#),
        "districts known for makhana"
    );
    assert!(page.contains(r#"href="/sectors/"#), "related sectors");

    let (_, page) = app.page("/search?q=pashmina+zzzz").await;
    assert!(
        page.contains("Nothing matches") && page.contains(r#"href="?q=pashmina""#),
        "without the last word"
    );
    let (_, page) = app.page("/search?q=pashmina+zzzz&state=kerala").await;
    assert!(
        page.contains("“pashmina”, without filters"),
        "fewer words, no filters"
    );
    let (_, page) = app.page("/search?q=handloom+zzzz").await;
    assert!(
        page.contains(r#"href="/sectors/handloom""#),
        "sectors named like the words"
    );
    app.stop().await;
}

#[actix_web::test]
async fn the_api_returns_hits_facets_total_and_timing() {
    let app = app_with_products(Backend::Sqlite).await;
    let response = app.get("/api/v1/products/search?q=haldi&state=meghalaya").await;
    assert_eq!(response.status().as_u16(), 200);
    let body: serde_json::Value = response.json().await.expect("json");
    assert_eq!(body["total"], 1);
    assert_eq!(body["hits"][0]["document"]["id"], id(2));
    assert!(
        body["hits"][0]["title_html"]
            .as_str()
            .is_some_and(|t| t.contains("<mark>"))
    );
    assert!(body["took_ms"].is_u64());
    assert_eq!(body["facets"]["state"][0]["label"], "Meghalaya");

    let body: serde_json::Value = app
        .get("/api/v1/products/search?sector=handloom&sort=price_desc&per_page=2")
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(
        (body["total"].as_u64(), body["total_pages"].as_u64()),
        (Some(3), Some(2))
    );
    assert_eq!(body["facets"]["sector"][0]["label"], "Handloom");
    app.stop().await;
}

#[actix_web::test]
async fn bad_parameters_are_a_clear_400_never_a_500() {
    let app = app_with_products(Backend::Sqlite).await;
    let long = "haldi ".repeat(1700);
    let cases = [
        ("sort=cheapest", "sort"),
        ("page=0", "page"),
        ("price_min=abc", "price_min"),
        ("per_page=1000", "per_page"),
        ("sector=spaceships", "spaceships"),
        ("gi=maybe", "gi"),
        ("q=a&q=b", "duplicate"),
    ];
    for (params, mentions) in cases {
        let (status, page) = app.page(&format!("/search?{params}")).await;
        assert_eq!(status, 400, "{params}");
        assert!(
            page.contains(mentions) && page.contains("<html"),
            "{params}: {page}"
        );

        let response = app.get(&format!("/api/v1/products/search?{params}")).await;
        assert_eq!(response.status().as_u16(), 400, "{params}");
        let content_type = response.headers()["content-type"]
            .to_str()
            .expect("ascii")
            .to_owned();
        assert_eq!(content_type, "application/problem+json");
        let problem: serde_json::Value = response.json().await.expect("json");
        assert!(
            problem["detail"].as_str().is_some_and(|d| d.contains(mentions)),
            "{problem}"
        );
    }
    let (status, page) = app.page(&format!("/search?q={}", long.replace(' ', "+"))).await;
    assert_eq!(status, 400);
    assert!(page.contains("too long"));
    let response = app
        .get(&format!("/api/v1/products/search?q={}", long.replace(' ', "+")))
        .await;
    assert_eq!(response.status().as_u16(), 400);

    // The problem is told in the reader's language.
    let (status, page) = app.page("/search?sector=spaceships&lang=hi").await;
    assert_eq!(status, 400);
    assert!(page.contains("“spaceships” नाम का कोई क्षेत्र नहीं है।"), "{page}");
    let response = app.get("/api/v1/products/search?page=0&lang=ar").await;
    assert_eq!(response.status().as_u16(), 400);
    let problem: serde_json::Value = response.json().await.expect("json");
    assert!(
        problem["detail"]
            .as_str()
            .is_some_and(|d| d.starts_with("يجب أن تكون “page” رقمًا من 1 إلى")),
        "{problem}"
    );
    app.stop().await;
}
