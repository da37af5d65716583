//! Pages in a real browser: Chromium driven through chromedriver (Debian's
//! `chromium` and `chromium-driver`). `CHROMEDRIVER` names the driver and
//! makes these tests required (`.ci/run` sets it); without it they use
//! `/usr/bin/chromedriver` when installed and otherwise say they were skipped.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::wd::Capabilities;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::json;

use crate::harness::Backend;
use crate::search::app_with_products;

/// A chromedriver process on a free loopback port, stopped when dropped.
pub struct Driver {
    process: Child,
    url: String,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

fn chromedriver_path() -> Option<PathBuf> {
    if let Some(required) = std::env::var_os("CHROMEDRIVER") {
        let path = PathBuf::from(required);
        assert!(path.exists(), "CHROMEDRIVER={} does not exist", path.display());
        return Some(path);
    }
    let installed = PathBuf::from("/usr/bin/chromedriver");
    installed.exists().then_some(installed)
}

pub async fn start_driver() -> Option<Driver> {
    let Some(path) = chromedriver_path() else {
        eprintln!(
            "SKIPPED: browser test — no /usr/bin/chromedriver (apt-get install chromium chromium-driver, or set CHROMEDRIVER)"
        );
        return None;
    };
    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port();
    let process = Command::new(path)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver starts");
    let driver = Driver {
        process,
        url: format!("http://127.0.0.1:{port}"),
    };
    let started = Instant::now();
    while reqwest::get(format!("{}/status", driver.url)).await.is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "chromedriver did not answer"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Some(driver)
}

/// A headless Chromium window `width` pixels wide.
pub async fn open_browser(driver: &Driver, width: u32) -> Client {
    let mut capabilities = Capabilities::new();
    capabilities.insert(
        "goog:chromeOptions".to_owned(),
        json!({ "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", format!("--window-size={width},900")] }),
    );
    ClientBuilder::new(HttpConnector::new())
        .capabilities(capabilities)
        .connect(&driver.url)
        .await
        .expect("a Chromium session")
}

/// Evaluates `script` (a function body) until it returns true.
pub async fn wait_until(browser: &Client, script: &str, what: &str) {
    wait_until_within(browser, script, what, Duration::from_secs(15)).await;
}

/// [`wait_until`] for work the server does at length (photos processed by
/// a debug build while the rest of the suite runs beside it).
pub async fn wait_until_within(browser: &Client, script: &str, what: &str, limit: Duration) {
    let started = Instant::now();
    loop {
        let value = browser.execute(script, vec![]).await.expect("script runs");
        if value == json!(true) {
            return;
        }
        assert!(started.elapsed() < limit, "timed out waiting: {what}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[actix_web::test]
async fn typing_in_the_search_box_refreshes_the_results_in_place() {
    let Some(driver) = start_driver().await else {
        return;
    };
    let app = app_with_products(Backend::Sqlite).await;
    let browser = open_browser(&driver, 1280).await;

    browser.goto(&app.url("/search")).await.expect("search page");
    let body = browser.find(Locator::Id("search-body")).await.expect("results");
    assert!(body.text().await.expect("text").contains("of 10 products"));
    // Marks this page: a full reload (the form submitting) would lose it.
    browser
        .execute("window.stillHere = true;", vec![])
        .await
        .expect("script runs");

    let input = browser
        .find(Locator::Css("[data-live-search]"))
        .await
        .expect("live search box");
    input.send_keys("haldi").await.expect("typing");
    wait_until(
        &browser,
        "return location.search === '?q=haldi' \
           && document.querySelector('#search-body mark') !== null;",
        "results for haldi with the address bar following",
    )
    .await;
    let results = body.text().await.expect("text");
    assert!(results.contains("Lakadong Turmeric Powder"), "{results}");
    assert!(!results.contains("Banarasi"), "{results}");
    let marked = browser
        .execute(
            "return Array.from(document.querySelectorAll('#search-body h3 mark, #search-body h2 mark')).map(m => m.textContent);",
            vec![],
        )
        .await
        .expect("script runs");
    assert!(marked.to_string().contains("Turmeric"), "{marked}");
    let kept = browser
        .execute("return window.stillHere === true;", vec![])
        .await
        .expect("script runs");
    assert_eq!(
        kept,
        json!(true),
        "the page was reloaded instead of updated in place"
    );

    browser.close().await.expect("browser closes");
    app.stop().await;
}
