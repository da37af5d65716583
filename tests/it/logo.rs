//! Producers' logos: upload, show, refuse, remove — only one's own.

use diesel::prelude::*;
use odop_bazaar::accounts::Role;
use odop_bazaar::db::DbError;
use odop_bazaar::schema::{producers, products};

use crate::browser::{Browser, Page};
use crate::catalogue::{app_with_mail, create_listing, producer_with_profile, signed_in};
use crate::harness::{Backend, TestApp};
use test_macros::backend_test;

/// A square PNG logo: an indigo disc on white.
pub fn png_logo(side: u32) -> Vec<u8> {
    let centre = side as f32 / 2.0;
    let image = image::RgbImage::from_fn(side, side, |x, y| {
        let (dx, dy) = (x as f32 - centre, y as f32 - centre);
        if dx * dx + dy * dy < centre * centre * 0.6 {
            image::Rgb([31, 42, 90])
        } else {
            image::Rgb([255, 255, 255])
        }
    });
    let mut bytes = std::io::Cursor::new(Vec::new());
    image.write_to(&mut bytes, image::ImageFormat::Png).unwrap();
    bytes.into_inner()
}

pub async fn upload_logo(browser: &Browser, bytes: Vec<u8>, name: &str) -> Page {
    let token = browser.get("/dashboard/profile").await.csrf_token();
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", token.clone())
        .part(
            "logo",
            reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned()),
        );
    browser.post_multipart("/dashboard/profile/logo", form).await
}

/// (logo hash, width) of the producer with this slug.
fn logo_of(app: &TestApp, slug: &str) -> (Option<String>, Option<i32>) {
    let slug = slug.to_owned();
    app.db
        .read_blocking(move |c| {
            producers::table
                .filter(producers::slug.eq(slug))
                .select((producers::logo_hash, producers::logo_width))
                .first(c)
                .map_err(DbError::from)
        })
        .unwrap()
}

/// The URL path of one WebP variant of the logo, as pages name it.
fn variant(hash: &str, width: u32) -> String {
    format!("/media/{}/{}-{width}.webp", &hash[..2], &hash[2..])
}

#[backend_test]
async fn a_producer_adds_a_logo_that_buyers_see_and_can_remove_it(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let producer = producer_with_profile(&app, "weaver@example.in", "Kashi Weaves").await;
    let before = Browser::new(&app).get("/producers/kashi-weaves").await;
    assert!(
        before.body.contains("aria-hidden=\"true\">KW</span>"),
        "{backend:?}: initials stand in"
    );
    assert!(
        producer
            .get("/dashboard/profile")
            .await
            .body
            .contains("Until you add a logo")
    );

    let saved = upload_logo(&producer, png_logo(400), "logo.png").await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    assert_eq!(saved.location(), "/dashboard/profile#logo");
    let (hash, width) = logo_of(&app, "kashi-weaves");
    let hash = hash.expect("the logo is recorded");
    assert_eq!(width, Some(400));

    let dashboard = producer.get("/dashboard/profile").await;
    assert!(dashboard.body.contains(&variant(&hash, 320)) && dashboard.body.contains("Remove the logo"));
    let public = Browser::new(&app).get("/producers/kashi-weaves").await;
    assert!(
        public.body.contains(&variant(&hash, 320)),
        "the producer page shows the logo"
    );
    assert!(public.body.contains("alt=\"Logo of Kashi Weaves\""));
    assert!(!public.body.contains(">KW</span>"));
    assert_eq!(Browser::new(&app).get(&variant(&hash, 400)).await.status, 200);
    let id = create_listing(&producer, "Katan silk saree").await;
    let slug: String = app
        .db
        .read_blocking(move |c| {
            products::table
                .find(id)
                .select(products::slug)
                .first(c)
                .map_err(DbError::from)
        })
        .unwrap();
    let product = producer.get(&format!("/products/{slug}")).await;
    assert!(
        product.body.contains(&variant(&hash, 320)),
        "the product page's producer card shows it"
    );
    assert!(
        product.body.contains(&format!(
            r#""logo":"{}"#,
            app.settings.base_url.join("/media/").unwrap()
        )),
        "the structured data names the logo"
    );

    // A file that is not an image is refused next to the field; the logo stays.
    let refused = upload_logo(&producer, b"<?php system($_GET['c']); ?>".to_vec(), "logo.png").await;
    assert_eq!(refused.status, 422);
    assert!(
        refused.body.contains("not a JPEG, PNG or WebP"),
        "{}",
        refused.body
    );
    assert!(refused.body.contains("The logo was not changed"));
    assert!(
        refused.body.contains("Kashi Weaves"),
        "the profile form is all there"
    );
    assert_eq!(logo_of(&app, "kashi-weaves").0.as_deref(), Some(hash.as_str()));
    let nothing = upload_logo(&producer, Vec::new(), "").await;
    assert_eq!(nothing.status, 422);
    assert!(nothing.body.contains("Choose a logo to upload."));

    let removed = producer
        .submit("/dashboard/profile", "/dashboard/profile/logo/delete", &[])
        .await;
    assert_eq!(removed.status, 303);
    assert_eq!(logo_of(&app, "kashi-weaves"), (None, None));
    assert!(
        Browser::new(&app)
            .get("/producers/kashi-weaves")
            .await
            .body
            .contains(">KW</span>")
    );
    assert_eq!(
        Browser::new(&app).get(&variant(&hash, 320)).await.status,
        404,
        "the unused files are deleted"
    );
    app.stop().await;
}

#[actix_web::test]
async fn nobody_else_can_change_a_producers_logo() {
    let (app, _smtp) = app_with_mail(Backend::Sqlite).await;
    let owner = producer_with_profile(&app, "owner@example.in", "Owner Looms").await;
    assert_eq!(upload_logo(&owner, png_logo(300), "owner.png").await.status, 303);
    let (owner_logo, _) = logo_of(&app, "owner-looms");
    assert!(owner_logo.is_some());

    // Another producer's logo routes act on their own profile only.
    let other = producer_with_profile(&app, "other@example.in", "Other Looms").await;
    assert_eq!(upload_logo(&other, png_logo(500), "other.png").await.status, 303);
    assert!(logo_of(&app, "other-looms").0.is_some());
    assert_eq!(logo_of(&app, "owner-looms").0, owner_logo);
    let removed = other
        .submit("/dashboard/profile", "/dashboard/profile/logo/delete", &[])
        .await;
    assert_eq!(removed.status, 303);
    assert_eq!(logo_of(&app, "other-looms").0, None);
    assert_eq!(logo_of(&app, "owner-looms").0, owner_logo);

    // Without the owner's form token nothing is changed, and other roles have no logo form.
    let form = reqwest::multipart::Form::new().part(
        "logo",
        reqwest::multipart::Part::bytes(png_logo(300)).file_name("x.png"),
    );
    assert_eq!(
        owner.post_multipart("/dashboard/profile/logo", form).await.status,
        403
    );
    let buyer = signed_in(&app, Role::Buyer, "buyer@example.com").await;
    let token = buyer.get("/account").await.csrf_token();
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", token.clone())
        .part(
            "logo",
            reqwest::multipart::Part::bytes(png_logo(300)).file_name("x.png"),
        );
    let page = buyer.post_multipart("/dashboard/profile/logo", form).await;
    assert_eq!(page.status, 403);
    let newcomer = signed_in(&app, Role::Producer, "new@example.in").await;
    assert_eq!(
        upload_logo(&newcomer, png_logo(300), "x.png").await.status,
        409,
        "a profile first"
    );
    assert_eq!(logo_of(&app, "owner-looms").0, owner_logo);
    app.stop().await;
}
