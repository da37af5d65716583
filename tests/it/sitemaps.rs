//! The sitemap and robots.txt over HTTP, on both databases: the index names
//! a file per kind of public page with its newest change; each file holds
//! the pages the public may see with their `lastmod`, in the protocol's
//! shape; drafts, a suspended producer and what is not yet published are
//! absent; listings and producers split into numbered files past
//! `SITEMAP_URLS_PER_FILE`; robots.txt keeps crawlers out of the private
//! paths and names the index.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDateTime, TimeDelta};
use diesel::prelude::*;
use odop_bazaar::accounts::Role;
use odop_bazaar::accounts::admin_users;
use odop_bazaar::catalogue::listings;
use odop_bazaar::db::DbError;
use odop_bazaar::meetings::events;
use odop_bazaar::schema::{districts, products};
use odop_bazaar::showcases::ShowcaseError;
use odop_bazaar::showcases::model::day_in_india;
use odop_bazaar::showcases::service::{self as showcases, BannerUpload, ShowcaseInput};

use crate::harness::{Backend, TestApp};
use crate::market::{ctx, kashi_weaves, listing_input, now, producer, product_id, user};
use crate::meetings::{event_input, published_event};
use test_macros::backend_test;

const NAMESPACE: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";

/// A sitemap file (or the index) as read: each `loc` with its `lastmod`.
type Urls = BTreeMap<String, Option<String>>;

/// Fetches `path` and checks it is a sitemap document of the protocol: XML
/// served as XML, the root `root` in the sitemap namespace, each child
/// (`url` or `sitemap`) holding one absolute `loc` on the site and at most one
/// `lastmod` in the W3C datetime format (UTC, to the second).
async fn read_sitemap(app: &TestApp, path: &str, root: &str) -> Urls {
    let response = app.get(path).await;
    assert_eq!(response.status(), 200, "{path}");
    let content_type = response.headers()["content-type"].to_str().unwrap().to_owned();
    assert!(
        content_type.starts_with("application/xml"),
        "{path}: {content_type}"
    );
    let xml = response.text().await.unwrap();
    assert!(
        xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"),
        "{xml}"
    );
    let doc = roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{path} is not XML ({e}):\n{xml}"));
    let top = doc.root_element();
    assert_eq!(
        (top.tag_name().namespace(), top.tag_name().name()),
        (Some(NAMESPACE), root)
    );
    let child = if root == "urlset" { "url" } else { "sitemap" };
    let mut urls = Urls::new();
    for node in top.children().filter(roxmltree::Node::is_element) {
        assert_eq!(node.tag_name().name(), child, "{path}");
        let field = |name: &str| -> Vec<String> {
            node.children()
                .filter(|n| n.tag_name().name() == name && n.tag_name().namespace() == Some(NAMESPACE))
                .map(|n| n.text().unwrap_or_default().to_owned())
                .collect()
        };
        let locs = field("loc");
        assert_eq!(locs.len(), 1, "{path}: one loc per {child}");
        let loc = locs[0].clone();
        assert!(
            loc.starts_with(&format!("{}/", app.address)),
            "{path}: {loc} is absolute"
        );
        let lastmods = field("lastmod");
        assert!(lastmods.len() <= 1, "{path}: {loc}");
        let lastmod = lastmods.first().cloned();
        if let Some(at) = &lastmod {
            let parsed = DateTime::parse_from_rfc3339(at).unwrap_or_else(|_| panic!("{loc}: {at}"));
            assert_eq!(at, &parsed.format("%Y-%m-%dT%H:%M:%SZ").to_string(), "{loc}");
        }
        assert!(urls.insert(loc.clone(), lastmod).is_none(), "{path}: {loc} twice");
    }
    assert!(urls.len() <= 50_000, "{path}");
    urls
}

/// The index, by file path (`/sitemaps/…`).
async fn index(app: &TestApp) -> Urls {
    read_sitemap(app, "/sitemap.xml", "sitemapindex")
        .await
        .into_iter()
        .map(|(loc, at)| (loc.trim_start_matches(&app.address).to_owned(), at))
        .collect()
}

/// A file of the sitemap, by page path.
async fn file(app: &TestApp, path: &str) -> Urls {
    read_sitemap(app, path, "urlset")
        .await
        .into_iter()
        .map(|(loc, at)| (loc.trim_start_matches(&app.address).to_owned(), at))
        .collect()
}

/// When a listing last changed, as the sitemap writes it.
fn changed(app: &TestApp, slug: &str) -> String {
    let slug = slug.to_owned();
    let at: NaiveDateTime = app
        .db
        .read_blocking(move |conn| {
            products::table
                .filter(products::slug.eq(slug))
                .select(products::updated_at)
                .first(conn)
                .map_err(DbError::from)
        })
        .unwrap();
    w3c(at)
}

fn w3c(at: NaiveDateTime) -> String {
    at.and_utc().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// Sets a listing's last change, so files can be told apart by it.
async fn set_changed(app: &TestApp, slug: &str, at: NaiveDateTime) {
    let slug = slug.to_owned();
    app.db
        .write(move |conn| {
            diesel::update(products::table.filter(products::slug.eq(slug)))
                .set(products::updated_at.eq(at))
                .execute(conn)
                .map_err(DbError::from)
        })
        .await
        .unwrap();
}

/// The published listings' slugs in the order of their ids, the sitemap's order.
fn in_id_order(app: &TestApp) -> Vec<String> {
    app.db
        .read_blocking(|conn| {
            products::table
                .filter(products::status.eq("published"))
                .order(products::id.asc())
                .select(products::slug)
                .load(conn)
                .map_err(DbError::from)
        })
        .unwrap()
}

fn showcase_input(app: &TestApp, title: &str) -> ShowcaseInput {
    let today = day_in_india(app.clock.now());
    ShowcaseInput {
        title: title.into(),
        theme: "Silk and brass from Uttar Pradesh.".into(),
        pavilions: "none".into(),
        live_from: today.to_string(),
        live_until: (today + TimeDelta::days(10)).to_string(),
        ..ShowcaseInput::default()
    }
}

#[backend_test]
async fn every_public_page_is_in_a_sitemap_with_its_last_change(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = user(&app, Role::Admin, "admin@bazaar.example", "Asha Admin").await;
    let (weaver, kashi, silk) = kashi_weaves(&app, &admin).await;
    let (_, moradabad, brass) = producer(
        &app,
        Some(&admin),
        "brass@moradabad.example",
        "Moradabad Brassworks",
        "moradabad",
        "handicraft",
    )
    .await;
    let (fraud, suspended, withheld) = producer(
        &app,
        Some(&admin),
        "fake@gi.example",
        "Fake GI Traders",
        "lucknow",
        "handicraft",
    )
    .await;
    admin_users::set_suspended(
        &app.db,
        &admin,
        fraud.id.to_string(),
        true,
        "Fake GI claims".into(),
        odop_bazaar::catalogue::suspension::follow_account,
        &ctx(&app),
    )
    .await
    .unwrap();
    let owner = weaver.clone();
    let draft = app
        .db
        .write(move |conn| {
            listings::create_listing(
                conn,
                &owner,
                &listing_input("Unfinished Stole", "handloom"),
                now(),
            )
        })
        .await
        .unwrap()
        .slug;

    let organiser = user(&app, Role::Organiser, "council@epch.example", "Export Council").await;
    let fair = published_event(&app, &organiser, event_input("Varanasi Buyer-Seller Meet", now())).await;
    let planner = organiser.clone();
    let unpublished = app
        .db
        .write(move |conn| events::create_event(conn, &planner, &event_input("Secret Meet", now()), now()))
        .await
        .unwrap();

    let (curator, silk_id) = (organiser.clone(), product_id(&app, &silk));
    let live_input = showcase_input(&app, "Silk of Kashi");
    let draft_input = showcase_input(&app, "Brass of Moradabad");
    let (live, hidden) = app
        .db
        .write(move |conn| {
            let live = showcases::create_showcase(conn, &curator, &live_input, BannerUpload::Keep, now())?;
            showcases::add_product(conn, &curator, live.id.as_str(), &silk_id, "", now())?;
            let live = showcases::publish(conn, &curator, live.id.as_str(), now())?;
            let hidden = showcases::create_showcase(conn, &curator, &draft_input, BannerUpload::Keep, now())?;
            showcases::add_product(conn, &curator, hidden.id.as_str(), &silk_id, "", now())?;
            Ok::<_, ShowcaseError>((live, hidden))
        })
        .await
        .unwrap();
    app.run_pending_jobs().await;

    // The index names each file once, with its newest change.
    let index = index(&app).await;
    let newest = changed(&app, &silk).max(changed(&app, &brass));
    let files: Vec<&str> = index.keys().map(String::as_str).collect();
    assert_eq!(
        files,
        [
            "/sitemaps/districts.xml",
            "/sitemaps/events.xml",
            "/sitemaps/gi.xml",
            "/sitemaps/pages.xml",
            "/sitemaps/producers-1.xml",
            "/sitemaps/products-1.xml",
            "/sitemaps/sectors.xml",
            "/sitemaps/showcases.xml",
            "/sitemaps/states.xml",
        ],
        "{backend:?}"
    );
    assert_eq!(
        index["/sitemaps/products-1.xml"],
        Some(newest.clone()),
        "{backend:?}"
    );
    assert_eq!(index["/sitemaps/districts.xml"], Some(newest.clone()));
    assert_eq!(index["/sitemaps/events.xml"], Some(w3c(fair.updated_at)));
    assert_eq!(index["/sitemaps/showcases.xml"], Some(w3c(live.last_change())));
    assert_eq!(
        index["/sitemaps/gi.xml"], None,
        "the seeder alone writes the GI register"
    );

    let mut seen = Urls::new();
    for path in index.keys() {
        let urls = file(&app, path).await;
        // Each file's newest page is the index's lastmod for it.
        assert_eq!(
            urls.values().flatten().max(),
            index[path].as_ref(),
            "{backend:?}: {path}"
        );
        seen.extend(urls);
    }

    // Listings and producers the public may see, each with its last change.
    let products = file(&app, "/sitemaps/products-1.xml").await;
    assert_eq!(
        products,
        Urls::from([
            (format!("/products/{silk}"), Some(changed(&app, &silk))),
            (format!("/products/{brass}"), Some(changed(&app, &brass))),
        ]),
        "{backend:?}: not the draft {draft} nor the suspended producer's {withheld}"
    );
    let producers = file(&app, "/sitemaps/producers-1.xml").await;
    let mut expected = vec![
        format!("/producers/{}", kashi.slug),
        format!("/producers/{}", moradabad.slug),
    ];
    expected.sort();
    assert_eq!(
        producers.keys().cloned().collect::<Vec<_>>(),
        expected,
        "{backend:?}: not {}",
        suspended.slug
    );
    assert_eq!(
        producers[&format!("/producers/{}", kashi.slug)],
        Some(changed(&app, &silk))
    );

    // The directory's pages change with their newest listing.
    let states = file(&app, "/sitemaps/states.xml").await;
    assert_eq!(states["/states"], Some(newest.clone()));
    assert_eq!(states["/states/uttar-pradesh"], Some(newest.clone()));
    assert_eq!(
        states["/states/kerala"], None,
        "{backend:?}: nothing listed there yet"
    );
    let district_count: i64 = app
        .db
        .read_blocking(|conn| districts::table.count().get_result(conn).map_err(DbError::from))
        .unwrap();
    let district_urls = file(&app, "/sitemaps/districts.xml").await;
    assert_eq!(
        district_urls.len() as i64,
        district_count,
        "{backend:?}: every district"
    );
    assert_eq!(district_urls["/districts/varanasi"], Some(changed(&app, &silk)));
    assert_eq!(district_urls["/districts/moradabad"], Some(changed(&app, &brass)));
    assert_eq!(
        district_urls["/districts/lucknow"], None,
        "{backend:?}: its one listing is withheld"
    );
    let sectors = file(&app, "/sitemaps/sectors.xml").await;
    assert_eq!(sectors.len(), 9);
    assert_eq!(sectors["/sectors/handloom"], Some(changed(&app, &silk)));
    assert_eq!(sectors["/sectors/handicraft"], Some(changed(&app, &brass)));
    assert_eq!(sectors["/sectors/marine"], None);
    let gi = file(&app, "/sitemaps/gi.xml").await;
    assert!(
        gi.contains_key("/gi") && gi.contains_key("/gi?category=handicraft"),
        "{gi:?}"
    );

    // Published events and live showcases, each after its list page.
    let events = file(&app, "/sitemaps/events.xml").await;
    assert_eq!(
        events,
        Urls::from([
            ("/events".to_owned(), Some(w3c(fair.updated_at))),
            (format!("/events/{}", fair.slug), Some(w3c(fair.updated_at))),
        ]),
        "{backend:?}: not the unpublished {}",
        unpublished.slug
    );
    let showcase_urls = file(&app, "/sitemaps/showcases.xml").await;
    assert_eq!(
        showcase_urls.keys().collect::<Vec<_>>(),
        ["/showcases".to_owned(), format!("/showcases/{}", live.slug)]
            .iter()
            .collect::<Vec<_>>(),
        "{backend:?}: not the draft {}",
        hidden.slug
    );
    let pages = file(&app, "/sitemaps/pages.xml").await;
    assert_eq!(pages["/"], Some(newest.clone()));
    assert!(pages.contains_key("/about/data"));
    assert!(
        !seen.keys().any(|u| u.starts_with("/search")),
        "{backend:?}: search pages are noindex"
    );

    // Every page listed answers the public (the districts are all alike).
    for path in seen.keys().filter(|p| !p.starts_with("/districts/")) {
        assert_eq!(app.page(path).await.0, 200, "{backend:?}: {path}");
    }
    // And what was left out does not.
    for path in [
        format!("/products/{draft}"),
        format!("/products/{withheld}"),
        format!("/producers/{}", suspended.slug),
        format!("/events/{}", unpublished.slug),
        format!("/showcases/{}", hidden.slug),
    ] {
        assert_eq!(app.page(&path).await.0, 404, "{backend:?}: {path}");
    }
    for missing in [
        "/sitemaps/products-2.xml",
        "/sitemaps/products-0.xml",
        "/sitemaps/secrets.xml",
    ] {
        assert_eq!(app.page(missing).await.0, 404, "{backend:?}: {missing}");
    }
    app.stop().await;
}

#[backend_test]
async fn listings_and_producers_split_into_files_past_the_limit(backend: Backend) {
    let app = TestApp::spawn_with(backend, &[("SITEMAP_URLS_PER_FILE", "2")]).await;
    let admin = user(&app, Role::Admin, "admin@bazaar.example", "Asha Admin").await;
    for (email, name, district) in [
        ("kashi@weaves.example", "Kashi Weaves", "varanasi"),
        ("brass@moradabad.example", "Moradabad Brassworks", "moradabad"),
        ("chikan@lucknow.example", "Lucknow Chikan House", "lucknow"),
        ("marble@agra.example", "Agra Marble Inlay", "agra"),
        ("carpets@bhadohi.example", "Bhadohi Carpets", "bhadohi"),
    ] {
        producer(&app, Some(&admin), email, name, district, "handicraft").await;
    }
    app.run_pending_jobs().await;
    // Listings are filed in the order of their ids; give each its own last
    // change, the first the newest, so each file's newest is its first.
    let slugs = in_id_order(&app);
    assert_eq!(slugs.len(), 5);
    let start = now() - TimeDelta::days(30);
    for (i, slug) in slugs.iter().enumerate() {
        set_changed(&app, slug, start - TimeDelta::hours(i as i64)).await;
    }

    let index = index(&app).await;
    let products: Vec<(&str, Option<String>)> = index
        .iter()
        .filter(|(path, _)| path.starts_with("/sitemaps/products-"))
        .map(|(path, at)| (path.as_str(), at.clone()))
        .collect();
    assert_eq!(
        products,
        [
            ("/sitemaps/products-1.xml", Some(changed(&app, &slugs[0]))),
            ("/sitemaps/products-2.xml", Some(changed(&app, &slugs[2]))),
            ("/sitemaps/products-3.xml", Some(changed(&app, &slugs[4]))),
        ],
        "{backend:?}"
    );
    let producer_files: Vec<&String> = index
        .keys()
        .filter(|path| path.starts_with("/sitemaps/producers-"))
        .collect();
    assert_eq!(producer_files.len(), 3, "{backend:?}: {producer_files:?}");

    // The files hold every listing once, two at most each, in the order of ids.
    let mut listed = Vec::new();
    for n in 1..=3 {
        let urls = file(&app, &format!("/sitemaps/products-{n}.xml")).await;
        assert_eq!(urls.len(), if n < 3 { 2 } else { 1 }, "{backend:?}: file {n}");
        let mut in_file: Vec<&String> = slugs
            .iter()
            .filter(|s| urls.contains_key(&format!("/products/{s}")))
            .collect();
        in_file.sort_by_key(|s| slugs.iter().position(|x| x == *s));
        listed.extend(in_file.into_iter().cloned());
    }
    assert_eq!(listed, slugs, "{backend:?}");
    let mut producers = 0;
    for n in 1..=3 {
        producers += file(&app, &format!("/sitemaps/producers-{n}.xml")).await.len();
    }
    assert_eq!(producers, 5, "{backend:?}");
    assert_eq!(app.page("/sitemaps/products-4.xml").await.0, 404, "{backend:?}");
    assert_eq!(app.page("/sitemaps/producers-4.xml").await.0, 404, "{backend:?}");
    app.stop().await;
}

#[backend_test]
async fn robots_txt_keeps_crawlers_to_the_public_pages_and_names_the_sitemap(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let response = app.get("/robots.txt").await;
    assert_eq!(response.status(), 200);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/plain")
    );
    let body = response.text().await.unwrap();
    let lines: Vec<&str> = body.lines().collect();
    assert!(lines.contains(&"User-agent: *"), "{body}");
    assert!(
        lines.contains(&format!("Sitemap: {}/sitemap.xml", app.address).as_str()),
        "the sitemap by its absolute address: {body}"
    );
    let disallowed: Vec<&str> = lines
        .iter()
        .filter_map(|l| l.strip_prefix("Disallow: "))
        .collect();
    for private in [
        "/dashboard",
        "/admin",
        "/api/",
        "/account",
        "/login",
        "/signup",
        "/forgot-password",
        "/reset-password",
        "/meetings.ics",
        "/products/*/enquire",
        "/events/*/book",
    ] {
        assert!(disallowed.contains(&private), "{backend:?}: {private} in\n{body}");
    }
    // No rule covers a public page.
    for public in [
        "/",
        "/products/x",
        "/producers/x",
        "/districts/x",
        "/events/x",
        "/showcases",
        "/gi",
        "/search",
    ] {
        assert!(
            !disallowed
                .iter()
                .any(|rule| !rule.contains('*') && public.starts_with(rule)),
            "{backend:?}: {public} is disallowed"
        );
    }
    app.stop().await;
}
