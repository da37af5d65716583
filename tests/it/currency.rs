//! Prices in the buyer's currency (issue #20 item 4): reference rates
//! fetched by the daily job from a local stand-in for the ECB, shown beside
//! a listing's own price and a quote's with their rate and date, hidden
//! once stale, kept when a file does not read, and used by price filters
//! and the comparison of quotes across currencies.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

use chrono::{NaiveDate, TimeDelta, Utc};
use odop_bazaar::accounts::Role;
use odop_bazaar::currency::{Currency, PerEur, RateTable, ecb, fetch, rates};
use odop_bazaar::format::DateStyle;
use odop_bazaar::search::SearchEngine;
use odop_bazaar::search::model::{Filters, SearchQuery, SortOrder};
use reqwest::Method;
use test_macros::backend_test;

use crate::api::{api, create_api_token};
use crate::catalogue::app_with_mail;
use crate::enquiry_pages::signed_in_as;
use crate::harness::{Backend, TestApp};
use crate::market::{self, listing_input};
use crate::search::{UP, id, product, test_meilisearch};
use crate::shortlist::{answered_request, order_of};

/// A stand-in for the bank on 127.0.0.1: every request gets the file the
/// test last put in it.
struct RatesServer {
    url: String,
    file: Arc<Mutex<String>>,
}

impl RatesServer {
    fn start(file: String) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}/eurofxref-daily.xml", listener.local_addr().unwrap());
        let file = Arc::new(Mutex::new(file));
        let served = file.clone();
        std::thread::spawn(move || {
            for mut stream in listener.incoming().flatten() {
                // The request fits one read; its content does not matter.
                let mut request = [0u8; 4096];
                let _ = stream.read(&mut request);
                let body = served.lock().unwrap().clone();
                let _ = write!(
                    stream,
                    "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
            }
        });
        Self { url, file }
    }

    fn serve(&self, file: String) {
        *self.file.lock().unwrap() = file;
    }
}

/// The bank's daily file for `date`: one euro buys 1.05 dollars and 87.5
/// rupees, so a rupee is exactly 0.012 dollars.
fn ecb_file(date: NaiveDate) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
  <gesmes:subject>Reference rates</gesmes:subject>
  <gesmes:Sender><gesmes:name>European Central Bank</gesmes:name></gesmes:Sender>
  <Cube>
    <Cube time='{date}'>
      <Cube currency='USD' rate='1.0500'/>
      <Cube currency='GBP' rate='0.8400'/>
      <Cube currency='INR' rate='87.5000'/>
    </Cube>
  </Cube>
</gesmes:Envelope>"#
    )
}

fn stored_rates(app: &TestApp) -> Option<RateTable> {
    app.db.read_blocking(rates::latest).unwrap()
}

async fn page_with_cookie(app: &TestApp, path: &str, cookie: &str) -> (u16, String) {
    let response = app
        .client
        .get(app.url(path))
        .header("Cookie", cookie)
        .send()
        .await
        .unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

#[backend_test]
async fn prices_show_in_the_buyer_s_currency_at_the_fetched_rates_while_they_are_fresh(backend: Backend) {
    let yesterday = Utc::now().date_naive() - TimeDelta::days(1);
    let bank = RatesServer::start(ecb_file(yesterday));
    let app = TestApp::spawn_with(backend, &[("RATES_URL", &bank.url)]).await;
    let admin = market::user(&app, Role::Admin, "admin@bazaar.example", "Admin").await;
    let mut stole = listing_input("Asha Weaves", "handloom");
    (stole.price_min, stole.price_max) = ("8500".into(), "24000".into());
    let (_, _, slug) = market::producer_listing(
        &app,
        Some(&admin),
        "asha@weaves.example",
        "Asha Weaves",
        "varanasi",
        stole,
    )
    .await;
    let (_, _, cheap) = market::producer(
        &app,
        Some(&admin),
        "ravi@weaves.example",
        "Ravi Weaves",
        "varanasi",
        "handloom",
    )
    .await;
    let product = format!("/products/{slug}");
    let (_, before) = page_with_cookie(&app, &product, "currency=USD").await;
    assert!(!before.contains("≈"), "{backend:?}: no rates yet, no conversion");

    // Start-up queued a fetch, as no rates were stored: the job fetches the
    // file, stores it with its date and re-indexes the listings.
    app.run_pending_jobs().await;
    let stored = stored_rates(&app).expect("rates stored");
    assert_eq!(stored.date, yesterday);
    assert_eq!(
        stored.per_eur(Currency::USD),
        Some(PerEur::from_millionths(1_050_000))
    );
    assert_eq!(
        stored.per_eur(Currency::INR),
        Some(PerEur::from_millionths(87_500_000))
    );

    // A visitor whose menu chose dollars: the figure, its rate and date on
    // hover, and the page's footnote.
    let day = DateStyle::Day.date(yesterday);
    let (status, page) = page_with_cookie(&app, &product, "currency=USD").await;
    assert_eq!(status, 200);
    assert!(
        page.contains(&format!(
            "₹8,500 – 24,000 per piece · <span title=\"1 INR = 0.012 USD, ECB reference rate of {day}\">≈\u{a0}US$102 – 288</span>"
        )),
        "{backend:?}: {page}"
    );
    assert!(
        page.contains(&format!(
            "Converted at ECB reference rates of {day}; approximate."
        )),
        "{page}"
    );
    // The cards of the producer's page convert too, each in its own figures.
    let (_, cards) = page_with_cookie(&app, "/districts/varanasi", "currency=GBP").await;
    assert!(cards.contains("≈\u{a0}£82 – 230"), "{backend:?}: {cards}");
    assert!(cards.contains("≈\u{a0}£9.60 – 19.20"), "{cards}");

    // Unknown currencies are passed over: English without a region shows prices as listed.
    for cookie in ["currency=XYZ", "currency=%FF%FE", "currency="] {
        let (status, page) = page_with_cookie(&app, &product, cookie).await;
        assert_eq!(status, 200, "{cookie}");
        assert!(!page.contains("≈\u{a0}"), "{cookie}: {page}");
    }
    let region = app
        .client
        .get(app.url(&product))
        .header("Accept-Language", "en-GB")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        region.contains("≈\u{a0}£82 – 230"),
        "the region's currency: {region}"
    );

    // The menu keeps a visitor's choice in a cookie; a code without a rate changes nothing.
    let chosen = app.get(&format!("/currency?to=gbp&next={product}")).await;
    assert_eq!(chosen.status(), 303);
    let cookie = chosen.headers().get("set-cookie").unwrap().to_str().unwrap();
    assert!(cookie.starts_with("currency=GBP;"), "{cookie}");
    let refused = app.get("/currency?to=XAF&next=/").await;
    assert!(refused.headers().get("set-cookie").is_none());

    // A signed-in buyer saves the currency to the account, which any browser then follows.
    market::buyer(&app, "jan@tulip.example").await;
    let jan = signed_in_as(&app, "jan@tulip.example").await;
    let saved = jan
        .submit(&product, "/currency", &[("to", "USD"), ("next", &product)])
        .await;
    assert_eq!(saved.status, 303);
    let elsewhere = signed_in_as(&app, "jan@tulip.example").await;
    let page = elsewhere.get(&product).await.body;
    assert!(
        page.contains("≈\u{a0}US$102 – 288"),
        "{backend:?}: the account's currency: {page}"
    );

    // Prices typed in dollars find rupee listings by their converted range.
    let (_, found) = page_with_cookie(&app, "/search?price_min=100&price_max=110", "currency=USD").await;
    assert!(
        found.contains(&format!("/products/{slug}\"")),
        "{backend:?}: {found}"
    );
    assert!(!found.contains(&format!("/products/{cheap}\"")), "{found}");
    let (_, found) = page_with_cookie(&app, "/search?price_max=30", "currency=USD").await;
    assert!(found.contains(&format!("/products/{cheap}\"")), "{found}");
    assert!(!found.contains(&format!("/products/{slug}\"")), "{found}");

    // A file that does not read leaves the stored rates as they were.
    bank.serve("<gesmes:Envelope><Cube><Cube time='2026-12-0".into());
    app.db
        .write_blocking(|conn| fetch::enqueue_now(conn, app.clock.now()))
        .unwrap();
    app.run_pending_jobs().await;
    assert_eq!(stored_rates(&app).map(|t| t.date), Some(yesterday));
    let (_, page) = page_with_cookie(&app, &product, "currency=USD").await;
    assert!(page.contains("≈\u{a0}US$102 – 288"), "{page}");

    // Rates older than a week convert nothing.
    app.clock.advance(TimeDelta::days(8));
    let (status, page) = page_with_cookie(&app, &product, "currency=USD").await;
    assert_eq!(status, 200);
    assert!(
        !page.contains("≈\u{a0}") && !page.contains("Converted at"),
        "{backend:?}: stale: {page}"
    );
    // The daily job, due by now, tries again and keeps the old ones.
    app.run_pending_jobs().await;
    assert_eq!(stored_rates(&app).map(|t| t.date), Some(yesterday));
    app.stop().await;
}

/// The conversation `name`'s link on `page` leads to.
fn thread_of(page: &str, name: &str) -> String {
    let at = page
        .find(&format!(">{name}</a>"))
        .unwrap_or_else(|| panic!("{name} in {page}"));
    let start = page[..at].rfind("/dashboard/enquiries/").unwrap();
    page[start..at].trim_end_matches('"').to_owned()
}

#[backend_test]
async fn quotes_show_in_the_buyer_s_currency_and_compare_across_currencies_at_the_rates(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let id = answered_request(&app).await;
    let yesterday = Utc::now().date_naive() - TimeDelta::days(1);
    let published = ecb::parse(&ecb_file(yesterday)).unwrap();
    let now = app.clock.now();
    app.db
        .write_blocking(move |conn| rates::store(conn, &published, now))
        .unwrap();
    let jan = signed_in_as(&app, "jan@tulip.example").await;
    let chosen = jan
        .submit(
            "/dashboard",
            "/currency",
            &[("to", "GBP"), ("next", "/dashboard")],
        )
        .await;
    assert_eq!(chosen.status, 303, "{}", chosen.body);

    // Quiet Looms, who answered without a price, quotes ₹600 a piece:
    // US$7.20, between Kashi Weaves' US$7.10 and Hardoi Looms' US$8.00.
    let compare = format!("/dashboard/rfqs/{id}/compare");
    let quiet_thread = thread_of(&jan.get(&compare).await.body, "Quiet Looms");
    let quiet = signed_in_as(&app, "quiet@looms.example").await;
    let valid_until = (Utc::now().date_naive() + TimeDelta::days(20)).to_string();
    let quoted = quiet
        .submit(
            &quiet_thread,
            &format!("{quiet_thread}/quotes"),
            &[
                ("unit_price", "600"),
                ("currency", "INR"),
                ("moq", "1000"),
                ("moq_unit", "pieces"),
                ("lead_time_days", "30"),
                ("incoterm", "FOB"),
                ("valid_until", &valid_until),
                ("notes", ""),
            ],
        )
        .await;
    assert_eq!(quoted.status, 303, "{backend:?}: {}", quoted.body);

    // A dollar is exactly £0.80 at these rates.
    let day = DateStyle::Day.date(yesterday);
    let in_pounds = |figure: &str| {
        format!(" · <span title=\"1 USD = 0.8 GBP, ECB reference rate of {day}\">≈\u{a0}£{figure}</span>")
    };
    let footnote = format!("Converted at ECB reference rates of {day}; approximate.");
    let page = jan.get(&compare).await.body;
    assert!(
        page.contains(&format!("<td>US$6.40 per piece{}</td>", in_pounds("5.12"))),
        "{backend:?}: {page}"
    );
    assert!(
        page.contains("₹600 per piece · <span title=\"1 INR = 0.0096 GBP"),
        "{page}"
    );
    assert!(page.contains("≈\u{a0}£5.76</span>"), "{page}");
    assert!(page.contains(&footnote));
    assert!(page.contains("Prices in different currencies are compared at ECB reference rates."));
    let names = ["Kashi Weaves", "Mau Looms", "Hardoi Looms", "Quiet Looms"];
    assert_eq!(
        order_of(&page, &names),
        ["Mau Looms", "Kashi Weaves", "Quiet Looms", "Hardoi Looms"],
        "{backend:?}: cheapest first, at the rates"
    );

    // The quote card in the conversation converts its price and total.
    let mau_thread = thread_of(&page, "Mau Looms");
    let thread = jan.get(&mau_thread).await.body;
    assert!(
        thread.contains(&format!(
            r#"<p class="quote-card__price">US$6.40 per piece{}</p>"#,
            in_pounds("5.12")
        )),
        "{backend:?}: {thread}"
    );
    assert!(
        thread.contains(&format!("US$12,800 for 2,000 pieces{}", in_pounds("10,200"))),
        "{thread}"
    );
    assert!(thread.contains(&footnote));
    // The API shares the quote's view, without the page's conversion.
    let token = create_api_token(&jan, "Quotes").await;
    let api_thread = mau_thread.replace("/dashboard/", "/api/v1/");
    let read = api(&app, Method::GET, &api_thread, Some(&token), None).await;
    assert_eq!(read.status, 200, "{}", read.json);
    let quote = read.json["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find_map(|entry| entry["quote"].as_object())
        .expect("a quote");
    assert_eq!(quote["price"], "US$6.40 per piece");
    assert!(!quote.contains_key("converted"), "{quote:?}");

    // Once the rates are stale nothing is converted, and different
    // currencies are grouped again (a week on, Jan signs in again).
    app.clock.advance(TimeDelta::days(8));
    let jan = signed_in_as(&app, "jan@tulip.example").await;
    let page = jan.get(&compare).await.body;
    assert!(
        !page.contains("≈\u{a0}") && !page.contains("Converted at"),
        "{backend:?}: {page}"
    );
    assert!(page.contains("Prices in different currencies are grouped by currency"));
    assert_eq!(
        order_of(&page, &names),
        ["Quiet Looms", "Mau Looms", "Kashi Weaves", "Hardoi Looms"],
        "rupees before dollars"
    );
    app.run_pending_jobs().await;
    app.stop().await;
}

/// Listings in rupees, dollars and a currency without a rate, with the
/// euro prices the catalogue gives them at 1.05 dollars and 87.5 rupees.
fn priced_listings(rates: &RateTable) -> Vec<odop_bazaar::search::ProductDocument> {
    let listing = |n: u32, (low, high, currency): (f64, f64, &str)| {
        let mut document = product(
            n,
            &format!("Stole {n}"),
            "Handwoven.",
            ("Varanasi", "varanasi"),
            UP,
            ("handloom", "Stoles"),
            (false, false, false),
            (10, "pieces"),
            (low, high, currency),
            "62",
        );
        let code = Currency::parse(currency).unwrap();
        document.price_min_eur = rates.to_eur(low, code);
        document.price_max_eur = rates.to_eur(high, code);
        document
    };
    vec![
        listing(1, (8500.0, 24000.0, "INR")),
        listing(2, (1000.0, 2000.0, "INR")),
        listing(3, (120.0, 130.0, "USD")),
        listing(4, (100.0, 200.0, "XAF")),
    ]
}

async fn prices_compare_across_currencies(engine: &SearchEngine) {
    let rates = RateTable::new(
        NaiveDate::from_ymd_opt(2026, 12, 4).unwrap(),
        [
            (Currency::USD, PerEur::parse("1.05").unwrap()),
            (Currency::INR, PerEur::parse("87.5").unwrap()),
        ],
    );
    engine.apply_settings().await.unwrap();
    engine.clear().await.unwrap();
    engine.index(&priced_listings(&rates)).await.unwrap();
    let usd = rates.per_eur(Currency::USD).map(PerEur::as_f64);
    let found = |query: SearchQuery| async move {
        let results = engine.search(&query).await.unwrap();
        results
            .hits
            .iter()
            .map(|h| h.document.id.clone())
            .collect::<Vec<_>>()
    };
    let priced = |low: f64, high: f64, currency: &str, rate: Option<f64>| {
        let mut filters = Filters {
            price_min: Some(low),
            price_max: Some(high),
            ..Filters::default()
        };
        filters.price_in(currency, rate);
        SearchQuery {
            filters,
            sort: SortOrder::PriceAsc,
            ..SearchQuery::default()
        }
    };
    let kind = engine.kind();
    // US$100–110 reaches ₹8,500–24,000 (US$102–288) only.
    assert_eq!(
        found(priced(100.0, 110.0, "USD", usd)).await,
        vec![id(1)],
        "{kind}"
    );
    // US$125–200: the rupee listing and the dollar one, cheapest first.
    assert_eq!(
        found(priced(125.0, 200.0, "USD", usd)).await,
        vec![id(1), id(3)],
        "{kind}"
    );
    // A currency without a rate compares its own listings as listed.
    assert_eq!(
        found(priced(150.0, 300.0, "XAF", None)).await,
        vec![id(4)],
        "{kind}"
    );
    // Sorting by price follows the euro prices; a listing without one comes last.
    let all = SearchQuery {
        sort: SortOrder::PriceAsc,
        ..SearchQuery::default()
    };
    assert_eq!(found(all).await, vec![id(2), id(1), id(3), id(4)], "{kind}");
    let all = SearchQuery {
        sort: SortOrder::PriceDesc,
        ..SearchQuery::default()
    };
    assert_eq!(found(all).await, vec![id(1), id(3), id(2), id(4)], "{kind}");
}

#[actix_web::test]
async fn price_filters_compare_across_currencies_on_the_embedded_engine() {
    let dir = tempfile::tempdir().unwrap();
    prices_compare_across_currencies(&SearchEngine::embedded(dir.path()).unwrap()).await;
}

#[actix_web::test]
async fn price_filters_compare_across_currencies_on_meilisearch() {
    if let Some(engine) = test_meilisearch("products_currency") {
        prices_compare_across_currencies(&engine).await;
    }
}
