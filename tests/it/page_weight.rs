//! The UI brief's page budgets, on every page a visitor, producer, buyer,
//! organiser and admin reach by following links: HTML under 60 kB, the
//! stylesheets a page links under 40 kB and its scripts under 30 kB, as
//! served (stylesheets go out minified). Pages are found by crawling from
//! each person's start pages, a few of each kind (`/products/…` counts once
//! however many listings there are), so a new page is checked without being
//! listed here. The crawl runs in every language the site ships: a page
//! in Hindi or Arabic weighs more (three bytes a letter), and every page
//! must render in each with no message missing (a missing one is a 500).

use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};

use odop_bazaar::accounts::{Role, User};
use odop_bazaar::catalogue::listings::ListingInput;
use odop_bazaar::catalogue::translations::{self, TranslationInput};
use odop_bazaar::catalogue::values::Decision;
use odop_bazaar::catalogue::{CatalogueError, moderation, repo as catalogue_repo};
use odop_bazaar::i18n::Language;

use crate::browser::Browser;
use crate::catalogue::gi_named;
use crate::harness::{Backend, TestApp};
use crate::market::{Site, buyer, demo_event, listing_input, now, photo_rows, producer_listing, user};
use crate::meeting_pages::signed_in;

const HTML_BUDGET: usize = 60_000;
const CSS_BUDGET: usize = 40_000;
const JS_BUDGET: usize = 30_000;
/// Pages of one kind looked at, and pages in all for one person.
const PER_KIND: usize = 3;
const PER_PERSON: usize = 120;

/// What a page weighs: its HTML and the stylesheets and scripts it links.
struct Weight {
    html: usize,
    css: usize,
    js: usize,
}

/// The page's kind: its path with every part after the first made a `*`,
/// except the last of three or more when it is a word, not an id
/// (`/events/*/schedule`, `/events/*/meetings/*`).
fn kind_of(path: &str) -> String {
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
    parts
        .iter()
        .enumerate()
        .map(|(i, part)| {
            let word = !part.chars().any(|c| c.is_ascii_digit());
            if i == 0 || (parts.len() >= 3 && i == parts.len() - 1 && word) {
                *part
            } else {
                "*"
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// Same-site page links worth weighing: not files, feeds or exports.
fn links(html: &str) -> Vec<String> {
    html.split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(|href| href.replace("&amp;", "&"))
        .filter(|href| href.starts_with('/') && !href.starts_with("//"))
        .map(|href| href.split('#').next().unwrap_or_default().to_owned())
        .filter(|href| {
            let path = href.split('?').next().unwrap_or_default();
            !href.is_empty()
                && !path.starts_with("/static/")
                && !path.starts_with("/media/")
                && !path.starts_with("/metrics")
                && path != "/language"
                && ![".pdf", ".csv", ".ics", ".xml", ".atom", ".txt", ".json"]
                    .iter()
                    .any(|ext| path.ends_with(ext))
        })
        .collect()
}

/// The `attribute="…"` values of the tags that open with `opening`.
fn linked(html: &str, opening: &str, attribute: &str) -> Vec<String> {
    let marker = format!("{attribute}=\"");
    html.split(opening)
        .skip(1)
        .filter_map(|tag| {
            let tag = tag.split('>').next()?;
            let start = tag.find(&marker)? + marker.len();
            Some(tag[start..].split('"').next()?.replace("&amp;", "&"))
        })
        .collect()
}

struct Weigher<'a> {
    browser: &'a Browser,
    files: HashMap<String, usize>,
}

impl Weigher<'_> {
    async fn file(&mut self, url: &str) -> usize {
        if let Some(size) = self.files.get(url) {
            return *size;
        }
        let page = self.browser.get(url).await;
        assert_eq!(page.status, 200, "{url}");
        self.files.insert(url.to_owned(), page.body.len());
        page.body.len()
    }

    async fn weigh(&mut self, html: &str) -> Weight {
        let mut weight = Weight {
            html: html.len(),
            css: 0,
            js: 0,
        };
        for href in linked(html, "<link rel=\"stylesheet\"", "href") {
            weight.css += self.file(&href).await;
        }
        for src in linked(html, "<script", "src") {
            weight.js += self.file(&src).await;
        }
        weight
    }
}

/// Whether `html`, with the stylesheets and scripts it links fetched as
/// `browser`, keeps the budgets; the weights when it does not. For pages
/// the crawl does not reach (a conversation's order summary).
pub async fn over_budget(browser: &Browser, html: &str) -> Option<(usize, usize, usize)> {
    let mut weigher = Weigher {
        browser,
        files: HashMap::new(),
    };
    let w = weigher.weigh(html).await;
    (w.html > HTML_BUDGET || w.css > CSS_BUDGET || w.js > JS_BUDGET).then_some((w.html, w.css, w.js))
}

/// Crawls from `starts` as `browser` and weighs every page found; returns
/// path → weight. Every page must be written in `lang` and none may fail.
async fn crawl(browser: &Browser, starts: &[&str], lang: &str) -> BTreeMap<String, Weight> {
    let mut weigher = Weigher {
        browser,
        files: HashMap::new(),
    };
    let mut queue: VecDeque<String> = starts.iter().map(|s| (*s).to_owned()).collect();
    let mut seen: HashSet<String> = queue.iter().cloned().collect();
    let mut per_kind: HashMap<String, usize> = HashMap::new();
    let mut weights = BTreeMap::new();
    while let Some(path) = queue.pop_front() {
        if weights.len() >= PER_PERSON {
            break;
        }
        let taken = per_kind.entry(kind_of(&path)).or_default();
        if *taken >= PER_KIND && !starts.contains(&path.as_str()) {
            continue;
        }
        *taken += 1;
        let page = browser.get(&path).await;
        let is_html = page
            .headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("text/html"));
        assert!(
            page.status < 500,
            "{path} in {lang}: {}\n{}",
            page.status,
            page.body
        );
        if page.status != 200 || !is_html {
            continue;
        }
        let opening = format!("<html lang=\"{lang}\"");
        assert!(page.body.contains(&opening), "{path} is not in {lang}");
        for link in links(&page.body) {
            if seen.insert(link.clone()) {
                queue.push_back(link);
            }
        }
        let weight = weigher.weigh(&page.body).await;
        weights.insert(path, weight);
    }
    weights
}

/// The heaviest form a producer meets, weighed on every crawl: a listing
/// written in Hindi that claims a GI, with four photos and a translation,
/// published. Returns the path of its edit form.
async fn heavy_listing(app: &TestApp, admin: &User) -> String {
    let gi = gi_named(app, "Banaras Brocades and Sarees");
    let listing = ListingInput {
        title: "बनारसी कटान रेशम साड़ी, असली ज़री बॉर्डर".into(),
        description:
            "वाराणसी के गड्ढा करघों पर हाथ से बुनी शुद्ध कटान रेशम की साड़ी, असली ज़री के बॉर्डर और ब्लाउज़ पीस के साथ।"
                .into(),
        language: "hi".into(),
        gi_product: gi.to_string(),
        ..listing_input("Kashi Looms", "handloom")
    };
    let (owner, _, slug) = producer_listing(
        app,
        Some(admin),
        "looms@weight.example",
        "Kashi Looms",
        "varanasi",
        listing,
    )
    .await;
    let (admin, base_url) = (admin.clone(), app.base_url().clone());
    app.db
        .write(move |conn| {
            let product = catalogue_repo::product_by_slug(conn, &slug)?.ok_or(CatalogueError::NotFound)?;
            photo_rows(conn, &product.id, 1..4, now())?;
            let english = TranslationInput {
                language: "en".into(),
                title: "Banarasi katan silk saree, real zari border".into(),
                description: "Pure katan silk saree handwoven on pit looms in Varanasi, with a real zari border and a blouse piece.".into(),
            };
            translations::save_listing_translation(conn, &owner, &product.id, &english, now())?;
            moderation::decide(conn, &admin, &product.id, Decision::Approve, "", &base_url, now())?;
            Ok::<_, CatalogueError>(format!("/dashboard/products/{}/edit", product.id))
        })
        .await
        .unwrap()
}

#[actix_web::test]
async fn every_page_keeps_the_weight_budgets() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    demo_event(&app.db, app.base_url(), now());
    let admin = user(&app, Role::Admin, "admin@weight.example", "Asha Admin").await;
    let heavy_form = heavy_listing(&app, &admin).await;
    buyer(&app, "buyer@weight.example").await;
    user(&app, Role::Organiser, "council@weight.example", "Export Council").await;

    let visitor = Browser::new(&app);
    let people = [
        (
            "visitor",
            None,
            vec![
                "/",
                "/search?q=silk",
                "/events",
                "/showcases",
                "/login",
                "/signup",
            ],
        ),
        (
            "producer",
            Some("looms@weight.example"),
            vec!["/", "/me/products", "/enquiries", heavy_form.as_str()],
        ),
        (
            "buyer",
            Some("buyer@weight.example"),
            vec!["/", "/enquiries", "/rfqs/new"],
        ),
        (
            "organiser",
            Some("council@weight.example"),
            vec!["/", "/dashboard/events/new"],
        ),
        (
            "admin",
            Some("admin@weight.example"),
            vec![
                "/",
                "/admin",
                "/dashboard/events/demo-buyer-seller-meet/schedule",
                "/dashboard/events/demo-buyer-seller-meet/report",
            ],
        ),
    ];
    let mut over = Vec::new();
    let mut pages = 0;
    for lang in Language::ALL.iter().map(|language| language.as_str()) {
        for (person, email, starts) in &people {
            let signed;
            let browser = match email {
                Some(email) => {
                    signed = signed_in(&app, email).await;
                    &signed
                }
                None => &visitor,
            };
            // The language menu's link, as a person would choose it.
            let chosen = browser.get(&format!("/language?to={lang}&next=/")).await;
            assert_eq!(chosen.status, 303);
            let weights = crawl(browser, starts, lang).await;
            assert!(
                weights.len() >= starts.len(),
                "{person}: only {} pages",
                weights.len()
            );
            pages += weights.len();
            for (path, weight) in &weights {
                if weight.html >= HTML_BUDGET || weight.css >= CSS_BUDGET || weight.js >= JS_BUDGET {
                    over.push(format!(
                        "{person} {lang} {path}: HTML {} B, CSS {} B, JS {} B",
                        weight.html, weight.css, weight.js
                    ));
                }
            }
            let heaviest = |part: fn(&Weight) -> usize| {
                weights
                    .iter()
                    .max_by_key(|(_, w)| part(w))
                    .map(|(path, w)| format!("{} B ({path})", part(w)))
                    .unwrap_or_default()
            };
            eprintln!(
                "{person} in {lang}: {} pages; heaviest HTML {}, CSS {}, JS {}",
                weights.len(),
                heaviest(|w| w.html),
                heaviest(|w| w.css),
                heaviest(|w| w.js)
            );
        }
    }
    assert!(pages > 300, "the crawl found only {pages} pages");
    assert!(
        over.is_empty(),
        "over the budget (HTML 60 kB, CSS 40 kB, JS 30 kB):\n{}",
        over.join("\n")
    );
    app.run_pending_jobs().await;
    app.stop().await;
}

#[test]
fn kinds_group_pages_of_the_same_shape() {
    assert_eq!(kind_of("/products/kashi-silk?x=1"), "products/*");
    assert_eq!(
        kind_of("/dashboard/events/meet/schedule"),
        "dashboard/*/*/schedule"
    );
    assert_eq!(kind_of("/events/meet/meetings/01JX2Q"), "events/*/*/*");
    assert_eq!(kind_of("/"), "");
}
