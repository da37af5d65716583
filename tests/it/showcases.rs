//! Showcases over HTTP, on both databases: an organiser curates one (banner,
//! products found in the editor and from a product page, notes, order,
//! pavilions) and schedules it; it shows on `/`, `/showcases`, the feed and
//! the sitemap only inside its window. A product that stops being published
//! leaves it at once and its curator is e-mailed. Only the curator and
//! admins edit it, by URL or by form; bad input is named beside its field
//! and saves nothing.

use chrono::TimeDelta;
use diesel::prelude::*;
use odop_bazaar::accounts::Role;
use odop_bazaar::catalogue::repo as catalogue_repo;
use odop_bazaar::db::DbError;
use odop_bazaar::schema::{showcase_banners, showcase_items, showcases};
use odop_bazaar::showcases::model::{Phase, day_in_india};
use odop_bazaar::showcases::views;
use reqwest::multipart::{Form, Part};

use crate::browser::{Browser, Page};
use crate::catalogue::{app_with_mail, signed_in};
use crate::harness::{Backend, TestApp};
use crate::market::{PASSWORD, kashi_weaves, producer, user};
use test_macros::backend_test;

/// A wide PNG banner: indigo with a turmeric band.
fn png_banner() -> Vec<u8> {
    let image = image::RgbImage::from_fn(1600, 700, |_, y| {
        if (300..400).contains(&y) {
            image::Rgb([224, 165, 38])
        } else {
            image::Rgb([31, 42, 90])
        }
    });
    let mut bytes = std::io::Cursor::new(Vec::new());
    image.write_to(&mut bytes, image::ImageFormat::Png).unwrap();
    bytes.into_inner()
}

/// Posts the showcase form (multipart, the token first) from `page_path` to `action`.
async fn send_form(
    browser: &Browser,
    page_path: &str,
    action: &str,
    fields: &[(&str, String)],
    banner: Option<(Vec<u8>, &str)>,
) -> Page {
    let token = browser.get(page_path).await.csrf_token();
    let mut form = Form::new().text("csrf_token", token);
    for (name, value) in fields {
        form = form.text(name.to_string(), value.clone());
    }
    let part = match banner {
        Some((bytes, name)) => Part::bytes(bytes).file_name(name.to_owned()),
        // What a browser sends for a file field left empty.
        None => Part::bytes(Vec::new()).file_name(""),
    };
    browser.post_multipart(action, form.part("banner", part)).await
}

/// The day in India `days` after today on the app's clock, as the form takes it.
fn india_day(app: &TestApp, days: i64) -> String {
    (day_in_india(app.clock.now()) + TimeDelta::days(days)).to_string()
}

fn showcase_fields(app: &TestApp, title: &str, from: i64, until: i64) -> Vec<(&'static str, String)> {
    vec![
        ("title", title.into()),
        ("slug", String::new()),
        (
            "theme",
            "Pit-loom silk, brass and spice from Uttar Pradesh's districts, chosen for buyers in the Gulf."
                .into(),
        ),
        ("pavilions", "district".into()),
        ("sections", String::new()),
        ("event", String::new()),
        ("live_from", india_day(app, from)),
        ("live_until", india_day(app, until)),
        ("featured", "on".into()),
        ("banner_alt", "Indigo cloth with a turmeric band".into()),
    ]
}

fn product_id(app: &TestApp, slug: &str) -> String {
    let slug = slug.to_owned();
    app.db
        .read_blocking(move |conn| catalogue_repo::product_by_slug(conn, &slug))
        .unwrap()
        .unwrap()
        .id
        .to_string()
}

fn showcase_count(app: &TestApp) -> i64 {
    app.db
        .read_blocking(|conn| showcases::table.count().get_result(conn).map_err(DbError::from))
        .unwrap()
}

/// Products in every showcase together.
fn item_count(app: &TestApp) -> i64 {
    app.db
        .read_blocking(|conn| {
            showcase_items::table
                .count()
                .get_result(conn)
                .map_err(DbError::from)
        })
        .unwrap()
}

/// The showcase's slug by its id.
fn slug_of(app: &TestApp, id: &str) -> String {
    let id = id.to_owned();
    app.db
        .read_blocking(move |conn| {
            showcases::table
                .find(id)
                .select(showcases::slug)
                .first::<String>(conn)
                .map_err(DbError::from)
        })
        .unwrap()
}

/// Creates a showcase through the form; returns its editor's path.
pub async fn create(browser: &Browser, app: &TestApp, title: &str, from: i64, until: i64) -> String {
    let created = send_form(
        browser,
        "/dashboard/showcases/new",
        "/dashboard/showcases",
        &showcase_fields(app, title, from, until),
        None,
    )
    .await;
    assert_eq!(created.status, 303, "{}", created.body);
    created.location().to_owned()
}

pub async fn add(browser: &Browser, editor: &str, product: &str) -> Page {
    browser
        .submit(
            editor,
            &format!("{editor}/items"),
            &[("product", product), ("q", "")],
        )
        .await
}

/// Published listings in three districts, indexed for search.
async fn three_producers(app: &TestApp) -> [String; 3] {
    let admin = user(app, Role::Admin, "admin@bazaar.example", "Asha Admin").await;
    let (_, _, silk) = kashi_weaves(app, &admin).await;
    let (_, _, brass) = producer(
        app,
        Some(&admin),
        "brass@moradabad.example",
        "Moradabad Brassworks",
        "moradabad",
        "handicraft",
    )
    .await;
    let (_, _, chikan) = producer(
        app,
        Some(&admin),
        "chikan@lucknow.example",
        "Lucknow Chikan House",
        "lucknow",
        "handicraft",
    )
    .await;
    app.run_pending_jobs().await;
    [silk, brass, chikan]
}

/// The position of each needle in `body`, which must hold them all.
fn order_of(body: &str, needles: &[&str]) -> Vec<usize> {
    needles
        .iter()
        .map(|n| {
            body.find(n)
                .unwrap_or_else(|| panic!("{n} is not on the page:\n{body}"))
        })
        .collect()
}

fn json_ld(body: &str) -> serde_json::Value {
    let start = body
        .find("<script type=\"application/ld+json\">")
        .expect("JSON-LD")
        + 35;
    let end = start + body[start..].find("</script>").unwrap();
    serde_json::from_str(&body[start..end]).expect("the JSON-LD parses")
}

/// The `loc`s of a sitemap (or sitemap index).
fn locs(xml: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(xml).expect("the sitemap is XML");
    doc.descendants()
        .filter(|n| n.has_tag_name("loc"))
        .filter_map(|n| n.text().map(str::to_owned))
        .collect()
}

/// Every URL in the site's sitemaps, following the index.
async fn sitemap_urls(app: &TestApp) -> Vec<String> {
    let (status, index) = app.page("/sitemap.xml").await;
    assert_eq!(status, 200);
    let mut urls = Vec::new();
    for child in locs(&index) {
        let path = child.trim_start_matches(&app.address);
        let (status, xml) = app.page(path).await;
        assert_eq!(status, 200, "{child}");
        urls.extend(locs(&xml));
    }
    urls
}

/// The titles of the feed's entries, after checking it is Atom.
async fn feed_titles(app: &TestApp) -> Vec<String> {
    let response = app.get("/showcases.atom").await;
    assert_eq!(response.status(), 200);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/atom+xml")
    );
    let xml = response.text().await.unwrap();
    assert!(!xml.contains("&#x2F;"), "links are written as they are: {xml}");
    let doc = roxmltree::Document::parse(&xml).expect("the feed is XML");
    let feed = doc.root_element();
    assert_eq!(feed.tag_name().name(), "feed");
    assert_eq!(feed.tag_name().namespace(), Some("http://www.w3.org/2005/Atom"));
    for required in ["id", "title", "updated"] {
        assert!(
            feed.children().any(|c| c.has_tag_name(required)),
            "feed {required}"
        );
    }
    feed.children()
        .filter(|c| c.has_tag_name("entry"))
        .map(|entry| {
            for required in ["id", "title", "updated", "link"] {
                assert!(
                    entry.children().any(|c| c.has_tag_name(required)),
                    "entry {required}"
                );
            }
            entry
                .children()
                .find(|c| c.has_tag_name("title"))
                .and_then(|t| t.text())
                .unwrap_or_default()
                .to_owned()
        })
        .collect()
}

#[backend_test]
async fn an_organiser_curates_a_showcase_that_shows_only_inside_its_window(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let [silk, brass, chikan] = three_producers(&app).await;
    let organiser = signed_in(&app, Role::Organiser, "council@epch.example").await;
    let title = "Crafts of Uttar Pradesh";

    // Scheduled from tomorrow for a week, with a banner.
    let fields = showcase_fields(&app, title, 1, 7);
    let created = send_form(
        &organiser,
        "/dashboard/showcases/new",
        "/dashboard/showcases",
        &fields,
        Some((png_banner(), "banner.png")),
    )
    .await;
    assert_eq!(created.status, 303, "{backend:?}: {}", created.body);
    let editor = created.location().to_owned();
    let id = editor.trim_start_matches("/dashboard/showcases/").to_owned();
    let slug = slug_of(&app, &id);
    assert_eq!(slug, "crafts-of-uttar-pradesh");

    // Found in the editor's search, added from it and from a product page.
    let found = organiser.get(&format!("{editor}?q=weave")).await;
    assert!(
        found.body.contains("Kashi Weaves signature weave"),
        "{}",
        found.body
    );
    assert_eq!(
        add(&organiser, &editor, &product_id(&app, &silk)).await.status,
        303
    );
    assert_eq!(
        add(&organiser, &editor, &product_id(&app, &brass)).await.status,
        303
    );
    let product_page = format!("/products/{chikan}");
    let page = organiser.get(&product_page).await;
    assert!(
        page.body.contains("Add to a showcase") && page.body.contains(title),
        "{}",
        page.body
    );
    let added = organiser
        .submit(
            &product_page,
            "/dashboard/showcases/add",
            &[
                ("showcase", &id),
                ("product", &product_id(&app, &chikan)),
                ("note", "Shadow-work chikankari, hand-embroidered on mulmul."),
                ("back", &product_page),
            ],
        )
        .await;
    assert_eq!(
        (added.status, added.location()),
        (303, product_page.as_str()),
        "{}",
        added.body
    );

    // A note, and the last product moved to the top.
    let brass_id = product_id(&app, &brass);
    let noted = organiser
        .submit(
            &editor,
            &format!("{editor}/items/{brass_id}"),
            &[
                ("note", "Hand-engraved brass from the Peetal Nagri."),
                ("section", ""),
            ],
        )
        .await;
    assert_eq!(noted.status, 303, "{}", noted.body);
    let chikan_id = product_id(&app, &chikan);
    let moved = organiser
        .submit(
            &editor,
            &format!("{editor}/items/{chikan_id}/move"),
            &[("to", "first")],
        )
        .await;
    assert_eq!(moved.status, 303, "{}", moved.body);
    let items = organiser.get(&editor).await.body;
    assert!(
        items.contains(&format!(
            r#"<h3 class="sitem__title"><a href="/products/{chikan}">Lucknow Chikan House signature weave</a></h3>"#
        )),
        "{backend:?}: the editor names each item: {items}"
    );

    // A draft: its curator previews it, no one else sees it.
    let public = format!("/showcases/{slug}");
    let preview = organiser.get(&public).await;
    assert_eq!(preview.status, 200);
    assert!(
        preview.body.contains("Preview: This showcase is a draft."),
        "{}",
        preview.body
    );
    assert_eq!(
        app.page(&public).await.0,
        404,
        "{backend:?}: a draft is not public"
    );

    let published = organiser.submit(&editor, &format!("{editor}/publish"), &[]).await;
    assert_eq!(published.status, 303, "{}", published.body);

    // Published, but its first day is tomorrow: nowhere yet.
    let absent =
        |what: &str, body: &str| assert!(!body.contains(title), "{backend:?}: {what} shows it:\n{body}");
    assert_eq!(app.page(&public).await.0, 404, "not live yet");
    absent("/", &app.page("/").await.1);
    absent("/showcases", &app.page("/showcases").await.1);
    assert!(!sitemap_urls(&app).await.iter().any(|u| u.ends_with(&public)));
    assert!(feed_titles(&app).await.is_empty());

    // Tomorrow it is live everywhere: home (featured), list, page, feed, sitemap.
    app.clock.advance(TimeDelta::days(1));
    let (_, home) = app.page("/").await;
    assert!(
        home.contains(title) && home.contains(&public),
        "{backend:?}: {home}"
    );
    let (_, list) = app.page("/showcases").await;
    assert!(list.contains(title) && list.contains("3 products"), "{list}");
    let (status, page) = app.page(&public).await;
    assert_eq!(status, 200);
    assert!(!page.contains("Preview"));
    let positions = order_of(
        &page,
        &[
            "Lucknow Chikan House signature weave",
            "Kashi Weaves signature weave",
            "Moradabad Brassworks signature weave",
        ],
    );
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "the curator's order: {positions:?}"
    );
    assert!(page.contains("Hand-engraved brass from the Peetal Nagri."));
    assert!(page.contains("Shadow-work chikankari, hand-embroidered on mulmul."));
    // Pavilions by district, in the order their first product comes.
    let pavilions = order_of(
        &page,
        &[
            "id=\"pavilion-1\">Lucknow, Uttar Pradesh",
            "id=\"pavilion-2\">Varanasi, Uttar Pradesh",
            "id=\"pavilion-3\">Moradabad, Uttar Pradesh",
        ],
    );
    assert!(pavilions.windows(2).all(|w| w[0] < w[1]));
    assert!(page.contains(&format!("<meta property=\"og:title\" content=\"{title}\">")));
    assert!(
        page.contains("<meta property=\"og:image\" content=\"http"),
        "the banner is the image"
    );
    let data = json_ld(&page);
    assert_eq!(data["@type"], "ItemList");
    assert_eq!(data["name"], title);
    assert_eq!(data["numberOfItems"], 3);
    let items = data["itemListElement"].as_array().unwrap();
    assert_eq!(items[0]["position"], 1);
    assert!(items[0]["url"].as_str().unwrap().ends_with(&product_page));
    assert_eq!(items[2]["name"], "Moradabad Brassworks signature weave");
    assert_eq!(feed_titles(&app).await, [title]);
    assert!(sitemap_urls(&app).await.iter().any(|u| u.ends_with(&public)));

    // After its last day it is gone again; its curator still previews it (the
    // organiser's session timed out over the week, so the service is asked).
    app.clock.advance(TimeDelta::days(7));
    assert_eq!(app.page(&public).await.0, 404, "{backend:?}: ended");
    absent("/", &app.page("/").await.1);
    absent("/showcases", &app.page("/showcases").await.1);
    assert!(!sitemap_urls(&app).await.iter().any(|u| u.ends_with(&public)));
    assert!(feed_titles(&app).await.is_empty());
    let (now, wanted) = (app.clock.now(), slug.clone());
    let phase = app
        .db
        .read_blocking(move |conn| {
            let curator =
                odop_bazaar::accounts::repo::find_user_by_email(conn, "council@epch.example")?.unwrap();
            Ok::<_, odop_bazaar::showcases::ShowcaseError>(
                views::public_page(conn, &wanted, Some(&curator), now)?.phase,
            )
        })
        .unwrap();
    assert_eq!(phase, Phase::Ended);

    app.run_pending_jobs().await;
    app.stop().await;
}

#[backend_test]
async fn a_product_that_stops_being_published_leaves_at_once_and_its_curator_is_told(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    let [silk, brass, _] = three_producers(&app).await;
    let organiser = signed_in(&app, Role::Organiser, "council@epch.example").await;
    let editor = create(&organiser, &app, "Gifts for a delegation", 0, 30).await;
    for slug in [&silk, &brass] {
        assert_eq!(
            add(&organiser, &editor, &product_id(&app, slug)).await.status,
            303
        );
    }
    assert_eq!(
        organiser
            .submit(&editor, &format!("{editor}/publish"), &[])
            .await
            .status,
        303
    );
    let public = format!(
        "/showcases/{}",
        slug_of(&app, editor.trim_start_matches("/dashboard/showcases/"))
    );
    assert!(
        app.page(&public)
            .await
            .1
            .contains("Moradabad Brassworks signature weave")
    );
    let before = smtp.messages().len();

    // The producer archives the listing: the showcase drops it on the next read.
    let seller = Browser::new(&app);
    assert_eq!(
        seller.sign_in("brass@moradabad.example", PASSWORD).await.status,
        303
    );
    let brass_id = product_id(&app, &brass);
    let edit = format!("/dashboard/products/{brass_id}/edit");
    let archived = seller
        .submit(&edit, &format!("/dashboard/products/{brass_id}/archive"), &[])
        .await;
    assert_eq!(archived.status, 303, "{}", archived.body);
    let (status, page) = app.page(&public).await;
    assert_eq!(status, 200);
    assert!(
        !page.contains("Moradabad Brassworks signature weave")
            && page.contains("Kashi Weaves signature weave"),
        "{backend:?}: {page}"
    );
    assert_eq!(json_ld(&page)["numberOfItems"], 1);
    assert!(
        organiser
            .get(&editor)
            .await
            .body
            .contains("Not shown: the listing is archived.")
    );

    app.run_pending_jobs().await;
    let mails = smtp.messages();
    let told: Vec<_> = mails[before..]
        .iter()
        .filter(|m| m.envelope_to.iter().any(|to| to == "council@epch.example"))
        .filter(|m| m.subject.contains("left your showcase"))
        .collect();
    assert_eq!(
        told.len(),
        1,
        "{backend:?}: one e-mail to the curator: {:?}",
        told.iter().map(|m| &m.subject).collect::<Vec<_>>()
    );
    let text = told[0].text.clone().unwrap_or_default();
    assert!(
        told[0].subject.contains("Moradabad Brassworks signature weave")
            && text.contains("Gifts for a delegation")
            && text.contains("now archived")
            && text.contains(&editor),
        "{}\n{text}",
        told[0].subject
    );
    app.stop().await;
}

#[backend_test]
async fn only_its_curator_and_admins_edit_a_showcase(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let [silk, ..] = three_producers(&app).await;
    let silk_id = product_id(&app, &silk);
    let owner = signed_in(&app, Role::Organiser, "council@epch.example").await;
    let editor = create(&owner, &app, "Silk for Europe", 0, 10).await;
    let id = editor.trim_start_matches("/dashboard/showcases/").to_owned();
    let public = format!("/showcases/{}", slug_of(&app, &id));

    // Another organiser: every URL and form of it reads as missing.
    let other = signed_in(&app, Role::Organiser, "mission@embassy.example").await;
    assert_eq!(other.get(&editor).await.status, 404, "{backend:?}");
    assert_eq!(
        other.get(&public).await.status,
        404,
        "a draft is not theirs to preview"
    );
    let token = other.get("/dashboard/showcases").await.csrf_token();
    let posts = [
        (format!("{editor}/items"), vec![("product", silk_id.as_str())]),
        (format!("{editor}/publish"), vec![]),
        (format!("{editor}/items/{silk_id}/delete"), vec![]),
        (format!("{editor}/banner/delete"), vec![]),
        (
            "/dashboard/showcases/add".to_owned(),
            vec![
                ("showcase", id.as_str()),
                ("product", silk_id.as_str()),
                ("back", "/"),
            ],
        ),
    ];
    for (path, fields) in posts {
        let mut fields = fields;
        fields.push(("csrf_token", &token));
        assert_eq!(
            other.post(&path, &fields).await.status,
            404,
            "{backend:?}: {path}"
        );
    }
    let update = send_form(
        &other,
        "/dashboard/showcases",
        &editor,
        &showcase_fields(&app, "Taken", 0, 3),
        None,
    )
    .await;
    assert_eq!(update.status, 404, "{backend:?}: the details form");
    assert!(
        !other
            .get("/dashboard/showcases")
            .await
            .body
            .contains("Silk for Europe")
    );
    let items = item_count(&app);
    assert_eq!(items, 0, "nothing was added through the other organiser");

    // Other roles are turned away from the curators' pages; visitors sign in first.
    let seller = Browser::new(&app);
    assert_eq!(seller.sign_in("kashi@weaves.example", PASSWORD).await.status, 303);
    assert_eq!(seller.get("/dashboard/showcases").await.status, 403);
    assert_eq!(seller.get(&editor).await.status, 403);
    let visitor = Browser::new(&app).get(&editor).await;
    assert_eq!(visitor.status, 303);
    assert!(visitor.location().starts_with("/login"));

    // An admin edits any showcase.
    let admin = signed_in(&app, Role::Admin, "ops@bazaar.example").await;
    assert!(
        admin
            .get("/dashboard/showcases")
            .await
            .body
            .contains("Silk for Europe")
    );
    assert_eq!(admin.get(&editor).await.status, 200);
    assert_eq!(add(&admin, &editor, &silk_id).await.status, 303, "{backend:?}");
    assert_eq!(admin.get(&public).await.status, 200, "an admin previews it");

    app.run_pending_jobs().await;
    app.stop().await;
}

#[backend_test]
async fn bad_input_is_named_beside_its_field_and_saves_nothing(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let [silk, ..] = three_producers(&app).await;
    let organiser = signed_in(&app, Role::Organiser, "council@epch.example").await;
    let editor = create(&organiser, &app, "Silk for Europe", 0, 10).await;
    let before = showcase_count(&app);
    let new = "/dashboard/showcases/new";

    // The last day before the first, a taken address, a banner that is no image: all named at once.
    let mut fields = showcase_fields(&app, "Another silk showcase", 5, 2);
    fields[1].1 = "silk-for-europe".into();
    let refused = send_form(
        &organiser,
        new,
        "/dashboard/showcases",
        &fields,
        Some((b"GIF89a, or so it says".to_vec(), "banner.png")),
    )
    .await;
    assert_eq!(refused.status, 422, "{backend:?}");
    for message in [
        "The last day cannot come before the first",
        "Another showcase has the address “silk-for-europe”",
        "field__error\" id=\"banner-error\"",
        "Another silk showcase",
    ] {
        assert!(refused.body.contains(message), "{message}:\n{}", refused.body);
    }
    assert_eq!(showcase_count(&app), before, "{backend:?}: nothing saved");
    let banners: i64 = app
        .db
        .read_blocking(|conn| {
            showcase_banners::table
                .count()
                .get_result(conn)
                .map_err(DbError::from)
        })
        .unwrap();
    assert_eq!(banners, 0);

    // A good banner with a bad date saves neither.
    let mut fields = showcase_fields(&app, "Another silk showcase", 1, 1);
    fields[6].1 = "next Monday".into();
    let refused = send_form(
        &organiser,
        new,
        "/dashboard/showcases",
        &fields,
        Some((png_banner(), "b.png")),
    )
    .await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("“next Monday” is not a date"));
    assert!(
        refused.body.contains("choose it again"),
        "the page says the file was not kept"
    );
    assert_eq!(showcase_count(&app), before);

    // Products: unknown, unpublished, twice; a note too long; publishing with nothing in it.
    let published = organiser.submit(&editor, &format!("{editor}/publish"), &[]).await;
    assert_eq!(published.status, 422);
    assert!(
        published
            .body
            .contains("Add at least one published product before publishing.")
    );
    let unknown = add(&organiser, &editor, "not-a-product").await;
    assert_eq!(unknown.status, 422);
    assert!(unknown.body.contains("There is no such product on the site"));
    let draft = {
        let seller = Browser::new(&app);
        assert_eq!(seller.sign_in("kashi@weaves.example", PASSWORD).await.status, 303);
        crate::catalogue::create_listing(&seller, "Unfinished dupatta").await
    };
    let unpublished = add(&organiser, &editor, &draft).await;
    assert_eq!(unpublished.status, 422);
    assert!(
        unpublished
            .body
            .contains("“Unfinished dupatta” is not published (draft)"),
        "{}",
        unpublished.body
    );
    let silk_id = product_id(&app, &silk);
    assert_eq!(add(&organiser, &editor, &silk_id).await.status, 303);
    let twice = add(&organiser, &editor, &silk_id).await;
    assert_eq!(twice.status, 422);
    assert!(twice.body.contains("is in this showcase already"));
    let long = "A very long note. ".repeat(40);
    let noted = organiser
        .submit(
            &editor,
            &format!("{editor}/items/{silk_id}"),
            &[("note", &long), ("section", "")],
        )
        .await;
    assert_eq!(noted.status, 422);
    assert!(noted.body.contains("Keep this under 500 characters"));
    assert!(noted.body.contains(long.trim()), "the note typed comes back");
    let quick = organiser
        .submit(
            &format!("/products/{silk}"),
            "/dashboard/showcases/add",
            &[("showcase", ""), ("product", &silk_id), ("back", "/")],
        )
        .await;
    assert_eq!(quick.status, 422);
    assert!(quick.body.contains("Choose one of your showcases."));

    let items = item_count(&app);
    assert_eq!(items, 1, "{backend:?}: only the one good addition");
    app.run_pending_jobs().await;
    app.stop().await;
}
