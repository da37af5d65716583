//! Producers and listings over HTTP, on both databases.

use chrono::Utc;
use diesel::prelude::*;
use odop_bazaar::accounts::{RequestContext, Role, admin_users};
use odop_bazaar::db::DbError;
use odop_bazaar::schema::{gi_products, moderation_decisions, products};

use crate::browser::{Browser, Page};
use crate::harness::{Backend, TestApp};
use crate::smtp::SmtpServer;
use test_macros::backend_test;

pub const PASSWORD: &str = "copper lantern river mango";

pub async fn app_with_mail(backend: Backend) -> (TestApp, SmtpServer) {
    let smtp = SmtpServer::start().await;
    let app = TestApp::spawn_with(backend, &[("SMTP_URL", &smtp.url())]).await;
    (app, smtp)
}

pub async fn signed_in(app: &TestApp, role: Role, email: &str) -> Browser {
    let ctx = RequestContext {
        ip: None,
        base_url: url::Url::parse(&app.address).unwrap(),
        now: Utc::now().naive_utc(),
    };
    admin_users::create_user(&app.db, role, email, "Test Person", PASSWORD, None, &ctx)
        .await
        .unwrap();
    let browser = Browser::new(app);
    assert_eq!(browser.sign_in(email, PASSWORD).await.status, 303);
    crate::two_factor::give_second_factor_if_asked(&browser).await;
    browser
}

pub fn profile_fields<'a>(name: &'a str, district: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("business_name", name),
        ("kind", "artisan"),
        ("district", district),
        ("address", "Lallapura, Varanasi 221002"),
        ("story", "Three generations of weavers on pit looms."),
        ("year_founded", "1987"),
        ("team_size", "12"),
        ("languages", "Hindi, English"),
        ("gstin", "09AAACH7409R1ZZ"),
        ("iec", "AAACH7409R"),
        ("udyam", "UDYAM-UP-71-0012345"),
        ("incoterms", "FOB"),
        ("incoterms", "CIF"),
        ("ports_of_loading", "Nhava Sheva"),
        ("sample_policy", "Paid samples, refunded on order"),
    ]
}

pub fn listing_fields(title: &str) -> Vec<(&str, &str)> {
    vec![
        ("title", title),
        (
            "description",
            "Handwoven pure katan silk saree with real zari border, woven on pit looms in Varanasi.",
        ),
        ("sector", "handloom"),
        ("category", "Silk sarees"),
        ("odop_product", "varanasi-silk-products"),
        ("hs_code", "50072010"),
        ("gi_product", ""),
        ("materials", "Katan silk, zari"),
        ("moq", "10"),
        ("moq_unit", "pieces"),
        ("price_min", "8500"),
        ("price_max", "24000"),
        ("currency", "INR"),
        ("monthly_capacity", "120"),
        ("lead_time_days", "30"),
        ("samples_available", "on"),
        ("export_ready", "on"),
        ("certifications", "Silk Mark"),
    ]
}

/// Signs in a producer with a profile in Varanasi; returns the browser.
pub async fn producer_with_profile(app: &TestApp, email: &str, name: &str) -> Browser {
    let browser = signed_in(app, Role::Producer, email).await;
    let saved = browser
        .submit(
            "/dashboard/profile",
            "/dashboard/profile",
            &profile_fields(name, "187"),
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    browser
}

/// Creates a draft and returns its id (from the redirect to its edit page).
pub async fn create_listing(browser: &Browser, title: &str) -> String {
    let page = browser
        .submit(
            "/dashboard/products/new",
            "/dashboard/products/new",
            &listing_fields(title),
        )
        .await;
    assert_eq!(page.status, 303, "{}", page.body);
    page.location()
        .trim_start_matches("/dashboard/products/")
        .trim_end_matches("/edit")
        .to_owned()
}

fn status_of(app: &TestApp, id: &str) -> String {
    let id = id.to_owned();
    app.db
        .read_blocking(move |c| {
            products::table
                .find(id)
                .select(products::status)
                .first::<String>(c)
                .map_err(DbError::from)
        })
        .unwrap()
}

fn errors_shown(page: &Page, texts: &[&str]) {
    assert_eq!(page.status, 422, "{}", page.body);
    for text in texts {
        assert!(page.body.contains(text), "missing message “{text}”");
    }
}

#[actix_web::test]
async fn profile_validation_explains_each_field() {
    let (app, _smtp) = app_with_mail(Backend::Sqlite).await;
    let browser = signed_in(&app, Role::Producer, "weaver@example.in").await;
    let mut fields = profile_fields("Kashi Weaves", "187");
    for (key, value) in fields.iter_mut() {
        match *key {
            "gstin" => *value = "09AAACH7409R1ZX",
            "iec" => *value = "12345",
            "udyam" => *value = "UDYAM-1",
            "year_founded" => *value = "3020",
            _ => {}
        }
    }
    fields.push(("incoterms", "FREE"));
    let page = browser
        .submit("/dashboard/profile", "/dashboard/profile", &fields)
        .await;
    errors_shown(
        &page,
        &[
            "last character does not match",
            "An IEC has 10 characters",
            "UDYAM-UP-01-0012345",
            "from 1800 to",
            "FREE",
        ],
    );
    assert!(page.body.contains("Kashi Weaves"), "typed values kept");
    app.stop().await;
}

/// The id of the GI registered as `name`.
pub fn gi_named(app: &TestApp, name: &'static str) -> i32 {
    app.db
        .read_blocking(move |c| {
            gi_products::table
                .filter(gi_products::name.eq(name))
                .select(gi_products::id)
                .order(gi_products::id)
                .first::<i32>(c)
                .map_err(DbError::from)
        })
        .unwrap()
}

/// The error written next to field `name` (not the summary's link to it).
fn field_error<'a>(page: &'a Page, name: &str) -> &'a str {
    let marker = format!("<p class=\"field__error\" id=\"{name}-error\">");
    let (_, after) = page.body.split_once(&marker).unwrap_or_default();
    after.split("</p>").next().unwrap_or_default()
}

#[backend_test]
async fn listing_validation_explains_each_field(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let browser = producer_with_profile(&app, "weaver@example.in", "Kashi Weaves").await;
    // The form offers the GIs of the producer's state (Uttar Pradesh) only.
    let form = browser.get("/dashboard/products/new").await;
    assert!(form.body.contains("Banaras Brocades and Sarees"), "{backend:?}");
    assert!(!form.body.contains("Darjeeling Tea"), "{backend:?}");
    // Chandigarh has none: the form says so instead of offering an empty list.
    let elsewhere = signed_in(&app, Role::Producer, "carver@example.in").await;
    let profile = elsewhere
        .submit(
            "/dashboard/profile",
            "/dashboard/profile",
            &profile_fields("Sector 17 Crafts", "44"),
        )
        .await;
    assert_eq!(profile.status, 303, "{backend:?}: {}", profile.body);
    let bare = elsewhere.get("/dashboard/products/new").await;
    assert!(
        bare.body.contains("No GI is registered for your state yet")
            && !bare.body.contains(r#"id="gi_product""#),
        "{backend:?}: {}",
        bare.body
    );
    let darjeeling = gi_named(&app, "Darjeeling Tea").to_string();
    let mut fields = listing_fields("Banarasi silk saree");
    for (key, value) in fields.iter_mut() {
        match *key {
            "hs_code" => *value = "999999",
            "moq" => *value = "-5",
            "price_min" => *value = "abc",
            "currency" => *value = "XYZ",
            "odop_product" => *value = "agra-leather-products",
            "lead_time_days" => *value = "9000",
            "gi_product" => *value = &darjeeling,
            _ => {}
        }
    }
    let page = browser
        .submit("/dashboard/products/new", "/dashboard/products/new", &fields)
        .await;
    errors_shown(
        &page,
        &[
            "999999 is not an HS 2022 subheading",
            "at least 1",
            "not a price",
            "XYZ",
            "your district",
            "at most 365",
        ],
    );
    assert!(
        field_error(&page, "gi_product").contains("This GI is not registered for your state"),
        "{backend:?}: {}",
        page.body
    );
    assert!(
        page.body.contains("Banarasi silk saree") && page.body.contains("Katan silk, zari"),
        "{backend:?}: typed values kept"
    );
    let count: i64 = app
        .db
        .read_blocking(|c| products::table.count().get_result(c).map_err(DbError::from))
        .unwrap();
    assert_eq!(count, 0);

    // The units are named in the reader's language, with the words
    // quantities are written in.
    assert_eq!(browser.get("/language?to=hi&next=/").await.status, 303);
    let hindi = browser.get("/dashboard/products/new").await;
    assert!(
        hindi.body.contains(r#"<option value="boxes">डिब्बे</option>"#)
            && hindi
                .body
                .contains(r#"<option value="square metres">वर्ग मीटर</option>"#),
        "{backend:?}: {}",
        hindi.body
    );
    app.stop().await;
}

#[backend_test]
async fn a_producer_cannot_touch_another_producers_listing(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let owner = producer_with_profile(&app, "owner@example.in", "Owner Looms").await;
    let id = create_listing(&owner, "Owner's saree").await;
    let other = producer_with_profile(&app, "other@example.in", "Other Looms").await;

    assert_eq!(
        other.get(&format!("/dashboard/products/{id}/edit")).await.status,
        404,
        "{backend:?}"
    );
    let token = other.get("/dashboard/products").await.csrf_token();
    let mut fields = listing_fields("Stolen title");
    fields.push(("csrf_token", &token));
    assert_eq!(
        other
            .post(&format!("/dashboard/products/{id}/edit"), &fields)
            .await
            .status,
        404
    );
    for action in ["submit", "archive", "delete"] {
        let page = other
            .post(
                &format!("/dashboard/products/{id}/{action}"),
                &[("csrf_token", &token)],
            )
            .await;
        assert_eq!(page.status, 404, "{action}");
    }
    assert!(
        !other
            .get("/dashboard/products")
            .await
            .body
            .contains("Owner&#x27;s saree")
    );
    let title: String = app
        .db
        .read_blocking({
            let id = id.clone();
            move |c| {
                products::table
                    .find(id)
                    .select(products::title)
                    .first(c)
                    .map_err(DbError::from)
            }
        })
        .unwrap();
    assert_eq!(title, "Owner's saree");
    assert_eq!(status_of(&app, &id), "draft");
    // Nobody but its producer (and admins) sees a draft's page.
    let slug: String = app
        .db
        .read_blocking({
            let id = id.clone();
            move |c| {
                products::table
                    .find(id)
                    .select(products::slug)
                    .first(c)
                    .map_err(DbError::from)
            }
        })
        .unwrap();
    assert_eq!(other.get(&format!("/products/{slug}")).await.status, 404);
    assert_eq!(
        Browser::new(&app).get(&format!("/products/{slug}")).await.status,
        404
    );
    assert_eq!(
        owner.get(&format!("/products/{slug}")).await.status,
        200,
        "the owner previews"
    );
    // Buyers have no producer dashboard at all.
    let buyer = signed_in(&app, Role::Buyer, "buyer@example.com").await;
    assert_eq!(
        buyer.get(&format!("/dashboard/products/{id}/edit")).await.status,
        403
    );
    app.stop().await;
}

#[backend_test]
async fn moderation_decisions_are_kept_and_emailed(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    let producer = producer_with_profile(&app, "weaver@example.in", "Kashi Weaves").await;
    let id = create_listing(&producer, "Banarasi silk saree").await;
    // Force it into the queue without photos (the photo rule has its own test).
    let key = id.clone();
    app.db
        .write_blocking(move |c| {
            diesel::update(products::table.find(key))
                .set(products::status.eq("submitted"))
                .execute(c)
                .map_err(DbError::from)
        })
        .unwrap();
    let admin = signed_in(&app, Role::Admin, "admin@example.org").await;
    assert!(
        admin
            .get("/admin/products")
            .await
            .body
            .contains("Banarasi silk saree")
    );

    let no_note = admin
        .submit(
            "/admin/products",
            &format!("/admin/products/{id}/decision"),
            &[("decision", "request_changes"), ("note", "")],
        )
        .await;
    assert_eq!(no_note.status, 422, "{backend:?}");
    let asked = admin
        .submit(
            "/admin/products",
            &format!("/admin/products/{id}/decision"),
            &[
                ("decision", "request_changes"),
                ("note", "Please add the saree length and blouse piece."),
            ],
        )
        .await;
    assert_eq!(asked.status, 303);
    assert_eq!(status_of(&app, &id), "changes_requested");
    app.run_pending_jobs().await;
    let mail = smtp
        .messages()
        .into_iter()
        .find(|m| m.envelope_to == ["weaver@example.in"])
        .expect("producer told");
    assert!(
        mail.text
            .as_deref()
            .unwrap()
            .contains("saree length and blouse piece")
    );
    let edit = producer.get(&format!("/dashboard/products/{id}/edit")).await;
    assert!(
        edit.body.contains("saree length and blouse piece"),
        "the note is on the edit page"
    );

    let key = id.clone();
    app.db
        .write_blocking(move |c| {
            diesel::update(products::table.find(key))
                .set(products::status.eq("submitted"))
                .execute(c)
                .map_err(DbError::from)
        })
        .unwrap();
    let approved = admin
        .submit(
            "/admin/products",
            &format!("/admin/products/{id}/decision"),
            &[("decision", "approve"), ("note", "")],
        )
        .await;
    assert_eq!(approved.status, 303);
    assert_eq!(status_of(&app, &id), "published");
    app.run_pending_jobs().await;
    assert_eq!(app.pending_job_count(), 0);
    let to_producer = smtp
        .messages()
        .into_iter()
        .filter(|m| m.envelope_to != ["admin@example.org"])
        .count();
    assert_eq!(to_producer, 2);
    let decisions: i64 = app
        .db
        .read_blocking(|c| {
            moderation_decisions::table
                .count()
                .get_result(c)
                .map_err(DbError::from)
        })
        .unwrap();
    assert_eq!(decisions, 2);
    app.stop().await;
}

#[backend_test]
async fn csv_import_creates_good_rows_and_reports_bad_ones(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let producer = producer_with_profile(&app, "weaver@example.in", "Kashi Weaves").await;
    let template = producer.get("/dashboard/products/import/template.csv").await;
    assert_eq!(template.status, 200);
    let mut csv = template.body.clone();
    csv.push_str("Wooden lacquer toy set,Hand-turned lacquered wooden toys in natural dyes from Varanasi.,Handicraft,Toys,Wooden Lacquer Ware,950300,,Wood,50,sets,350,600,INR,500,21,yes,no,\n");
    csv.push_str("Broken row,Too short,Space travel,,,,,,0,pieces,abc,,ZZZ,,,,,\n");
    csv.push_str("Darjeeling first flush tea,Orthodox leaf tea grown in the Darjeeling hills and packed in Varanasi.,Agriculture,Tea,,,Darjeeling Tea,,50,kg,350,,INR,,21,,,\n");
    let token = producer.get("/dashboard/products/import").await.csrf_token();
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", token.clone())
        .part(
            "file",
            reqwest::multipart::Part::bytes(csv.into_bytes())
                .file_name("products.csv")
                .mime_str("text/csv")
                .unwrap(),
        );
    let report = producer.post_multipart("/dashboard/products/import", form).await;
    assert_eq!(report.status, 200, "{backend:?}: {}", report.body);
    assert!(
        report.body.contains("2 created") || report.body.contains("2 listings created"),
        "{}",
        report.body
    );
    assert!(report.body.contains("line 4") || report.body.contains("Line 4"));
    assert!(report.body.contains("line 5") || report.body.contains("Line 5"));
    for reason in [
        "Choose a sector",
        "at least 1",
        "not a price",
        "ZZZ",
        "not registered for your state",
    ] {
        assert!(report.body.contains(reason), "reason “{reason}” reported");
    }
    let count: i64 = app
        .db
        .read_blocking(|c| products::table.count().get_result(c).map_err(DbError::from))
        .unwrap();
    assert_eq!(count, 2, "the refused row changed nothing");
    app.stop().await;
}

/// A small real JPEG photo (gradient), as a phone would send.
pub fn jpeg_photo(width: u32, height: u32) -> Vec<u8> {
    let image = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 120])
    });
    let mut bytes = std::io::Cursor::new(Vec::new());
    image.write_to(&mut bytes, image::ImageFormat::Jpeg).unwrap();
    bytes.into_inner()
}

pub async fn upload_photo(browser: &Browser, id: &str, bytes: Vec<u8>, name: &str, alt: &str) -> Page {
    let token = browser
        .get(&format!("/dashboard/products/{id}/edit"))
        .await
        .csrf_token();
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", token.clone())
        .text("alt", alt.to_owned())
        .part(
            "photo",
            reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned()),
        );
    browser
        .post_multipart(&format!("/dashboard/products/{id}/photos"), form)
        .await
}

#[backend_test]
async fn the_whole_producer_flow_ends_on_a_public_page(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    let producer = producer_with_profile(&app, "weaver@example.in", "Kashi Weaves").await;
    let public_profile = Browser::new(&app).get("/producers/kashi-weaves").await;
    assert_eq!(public_profile.status, 200, "{backend:?}");
    assert!(public_profile.body.contains("Kashi Weaves") && !public_profile.body.contains("Verified on"));

    let id = create_listing(&producer, "Banarasi katan silk saree").await;
    let no_photo = producer
        .submit(
            &format!("/dashboard/products/{id}/edit"),
            &format!("/dashboard/products/{id}/submit"),
            &[],
        )
        .await;
    assert_eq!(no_photo.status, 303);
    assert_eq!(
        status_of(&app, &id),
        "draft",
        "a listing needs a photo before review"
    );

    let refused = upload_photo(
        &producer,
        &id,
        b"<?php system($_GET['c']); ?>".to_vec(),
        "photo.jpg",
        "A saree",
    )
    .await;
    assert_eq!(refused.status, 422);
    assert!(
        refused.body.contains("not a JPEG, PNG or WebP"),
        "{}",
        refused.body
    );
    assert!(refused.body.contains("A saree"), "the alt text typed is kept");
    let added = upload_photo(
        &producer,
        &id,
        jpeg_photo(1200, 900),
        "saree.jpg",
        "Red Banarasi saree with gold zari border",
    )
    .await;
    assert_eq!(
        added.status,
        303,
        "{:?} {}",
        added.headers,
        &added.body[added.body.len().saturating_sub(3000)..]
    );

    let sent = producer
        .submit(
            &format!("/dashboard/products/{id}/edit"),
            &format!("/dashboard/products/{id}/submit"),
            &[],
        )
        .await;
    assert_eq!(
        sent.status,
        303,
        "{}",
        &sent.body[sent.body.find("<main").unwrap_or(0)..]
    );
    assert_eq!(status_of(&app, &id), "submitted");
    let slug: String = app
        .db
        .read_blocking({
            let id = id.clone();
            move |c| {
                products::table
                    .find(id)
                    .select(products::slug)
                    .first(c)
                    .map_err(DbError::from)
            }
        })
        .unwrap();
    assert_eq!(
        Browser::new(&app).get(&format!("/products/{slug}")).await.status,
        404,
        "not public before approval"
    );

    let admin = signed_in(&app, Role::Admin, "admin@example.org").await;
    let verified = admin.get("/admin/producers").await;
    assert!(verified.body.contains("Kashi Weaves"));
    let producer_id: String = app
        .db
        .read_blocking(|c| {
            odop_bazaar::schema::producers::table
                .select(odop_bazaar::schema::producers::id)
                .first(c)
                .map_err(DbError::from)
        })
        .unwrap();
    admin
        .submit(
            "/admin/producers",
            &format!("/admin/producers/{producer_id}/verification"),
            &[("verified", "true")],
        )
        .await;
    let approved = admin
        .submit(
            "/admin/products",
            &format!("/admin/products/{id}/decision"),
            &[("decision", "approve"), ("note", "")],
        )
        .await;
    assert_eq!(approved.status, 303);
    app.run_pending_jobs().await;
    assert_eq!(app.pending_job_count(), 0);
    assert!(smtp.messages().iter().any(|m| m.subject.contains("is now live")));

    let public = Browser::new(&app).get(&format!("/products/{slug}")).await;
    assert_eq!(public.status, 200);
    for text in [
        "Banarasi katan silk saree",
        "Kashi Weaves",
        "Varanasi",
        "Uttar Pradesh",
        "Verified on",
        "application/ld+json",
        "og:title",
        "Red Banarasi saree with gold zari border",
    ] {
        assert!(public.body.contains(text), "the product page lacks {text}");
    }
    for width in ["320w", "800w"] {
        assert!(public.body.contains(width), "srcset names the {width} variant");
    }
    let variant = public
        .body
        .split("/media/")
        .nth(1)
        .map(|rest| rest.split(['"', ' ', '?']).next().unwrap().to_owned())
        .unwrap();
    let served = Browser::new(&app).get(&format!("/media/{variant}")).await;
    assert_eq!(served.status, 200, "/media/{variant}");
    assert!(
        served.headers["cache-control"]
            .to_str()
            .unwrap()
            .contains("immutable")
    );
    let district = Browser::new(&app).get("/districts/varanasi").await;
    assert!(
        district.body.contains("Banarasi katan silk saree"),
        "listed on its district page"
    );
    let state = Browser::new(&app).get("/states/uttar-pradesh").await;
    assert!(
        state.body.contains("Banarasi katan silk saree"),
        "listed on its state page"
    );
    let sector = Browser::new(&app).get("/sectors/handloom").await;
    assert!(
        sector.body.contains("Banarasi katan silk saree"),
        "listed on its sector page"
    );
    app.stop().await;
}

#[actix_web::test]
async fn another_producers_photos_are_out_of_reach() {
    let (app, _smtp) = app_with_mail(Backend::Sqlite).await;
    let owner = producer_with_profile(&app, "owner@example.in", "Owner Looms").await;
    let id = create_listing(&owner, "Owner's saree").await;
    assert_eq!(
        upload_photo(&owner, &id, jpeg_photo(800, 600), "a.jpg", "A saree")
            .await
            .status,
        303
    );
    let image_id: String = app
        .db
        .read_blocking(|c| {
            odop_bazaar::schema::product_images::table
                .select(odop_bazaar::schema::product_images::id)
                .first(c)
                .map_err(DbError::from)
        })
        .unwrap();
    let other = producer_with_profile(&app, "other@example.in", "Other Looms").await;
    let theirs = create_listing(&other, "Other's saree").await;
    let token = other
        .get(&format!("/dashboard/products/{theirs}/edit"))
        .await
        .csrf_token();
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", token.clone())
        .text("alt", "Mine now")
        .part(
            "photo",
            reqwest::multipart::Part::bytes(jpeg_photo(800, 600)).file_name("b.jpg"),
        );
    let upload = other
        .post_multipart(&format!("/dashboard/products/{id}/photos"), form)
        .await;
    assert_eq!(upload.status, 404);
    for action in ["delete", "move", "alt"] {
        let page = other
            .post(
                &format!("/dashboard/products/{id}/photos/{image_id}/{action}"),
                &[("csrf_token", &token), ("alt", "x"), ("direction", "up")],
            )
            .await;
        assert_eq!(page.status, 404, "{action}");
    }
    let count: i64 = app
        .db
        .read_blocking(|c| {
            odop_bazaar::schema::product_images::table
                .count()
                .get_result(c)
                .map_err(DbError::from)
        })
        .unwrap();
    assert_eq!(count, 1);
    app.stop().await;
}

#[backend_test]
async fn deleting_a_draft_or_removing_a_photo_asks_first(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let producer = producer_with_profile(&app, "weaver@example.in", "Kashi Weaves").await;
    let id = create_listing(&producer, "Banarasi silk saree").await;
    let edit = format!("/dashboard/products/{id}/edit");
    let delete = format!("/dashboard/products/{id}/delete");

    // The edit page links to a question; nothing is deleted by one tap.
    let page = producer.get(&edit).await;
    assert!(
        page.body.contains(&format!("href=\"{delete}\">Delete draft</a>")),
        "{}",
        page.body
    );
    assert!(!page.body.contains(&format!("action=\"{delete}\"")));
    let question = producer.get(&delete).await;
    assert_eq!(question.status, 200, "{backend:?}");
    assert!(question.body.contains("Delete “Banarasi silk saree”?"));
    assert!(question.body.contains(&format!("action=\"{delete}\"")));
    assert!(question.body.contains(&format!("href=\"{edit}\"")), "a way back");
    let stranger = producer_with_profile(&app, "rival@example.in", "Rival Looms").await;
    assert_eq!(stranger.get(&delete).await.status, 404, "{backend:?}");

    assert_eq!(
        upload_photo(&producer, &id, jpeg_photo(800, 600), "a.jpg", "A cream saree")
            .await
            .status,
        303
    );
    let page = producer.get(&edit).await;
    let marker = format!("href=\"/dashboard/products/{id}/photos/");
    let start = page.body.find(&marker).expect("a link to remove the photo") + "href=\"".len();
    let remove: String = page.body[start..].chars().take_while(|c| *c != '"').collect();
    assert!(remove.ends_with("/delete"), "{remove}");
    let question = producer.get(&remove).await;
    assert_eq!(question.status, 200);
    assert!(question.body.contains("Remove photo 1 of “Banarasi silk saree”?"));
    assert!(question.body.contains("“A cream saree” leaves the listing."));
    let removed = producer.submit(&remove, &remove, &[]).await;
    assert_eq!(removed.status, 303, "{backend:?}");
    assert!(producer.get(&edit).await.body.contains("No photos yet"));

    let deleted = producer.submit(&delete, &delete, &[]).await;
    assert_eq!(deleted.status, 303, "{backend:?}");
    assert_eq!(producer.get(&edit).await.status, 404);
    app.run_pending_jobs().await;
    app.stop().await;
}
