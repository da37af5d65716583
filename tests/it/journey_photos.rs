//! Photos from a phone (issue #17 item 4), in Chromium at 390 px: several
//! chosen at once, each made smaller in the browser and sent with its own
//! progress bar, the description taken from the product's name, and a photo
//! the site refuses shown with its reason while the others are kept.

use diesel::prelude::*;
use fantoccini::Locator;
use odop_bazaar::db::DbError;
use odop_bazaar::schema::product_images;

use crate::catalogue::{app_with_mail, create_listing, jpeg_photo, producer_with_profile};
use crate::chromium::{open_browser, start_driver, wait_until_within};
use crate::harness::Backend;
use crate::journeys::{press, sign_in, text};

/// (alt text, width) of the listing's photos, in order.
fn photos_of(app: &crate::harness::TestApp, id: &str) -> Vec<(String, i32)> {
    let id = id.to_owned();
    app.db
        .read_blocking(move |c| {
            product_images::table
                .filter(product_images::product_id.eq(id))
                .order(product_images::position)
                .select((product_images::alt_text, product_images::width))
                .load(c)
                .map_err(DbError::from)
        })
        .unwrap()
}

#[actix_web::test]
async fn a_producer_on_a_phone_sends_several_photos_at_once_made_smaller_first() {
    let Some(driver) = start_driver().await else {
        return;
    };
    let (app, _smtp) = app_with_mail(Backend::Sqlite).await;
    let producer = producer_with_profile(&app, "rani@example.org", "Rani Handlooms").await;
    let id = create_listing(&producer, "Banarasi zari stole").await;
    // Without a script the form sends one photo, its description already the product's name.
    let form = producer.get(&format!("/dashboard/products/{id}/edit")).await.body;
    assert!(
        form.contains(r#"name="alt" type="text" required maxlength="250" value="Banarasi zari stole""#),
        "{form}"
    );
    let phone = open_browser(&driver, 390).await;
    sign_in(&phone, &app, "rani@example.org").await;
    phone
        .goto(&app.url(&format!("/dashboard/products/{id}/edit")))
        .await
        .expect("edit page");

    // The camera roll: a large photo, a small one, and a file that is not a photo.
    let dir = tempfile::tempdir().unwrap();
    let large = dir.path().join("IMG_2041.jpg");
    std::fs::write(&large, jpeg_photo(4000, 3000)).unwrap();
    let small = dir.path().join("IMG_2042.jpg");
    std::fs::write(&small, jpeg_photo(1200, 900)).unwrap();
    let broken = dir.path().join("IMG_2043.jpg");
    std::fs::write(&broken, b"this is not a photo").unwrap();
    let field = phone
        .find(Locator::Css("form.photo-upload input[type='file']"))
        .await
        .expect("file field");
    assert_eq!(field.attr("multiple").await.unwrap().as_deref(), Some("true"));
    let chosen = [&large, &small, &broken]
        .map(|p| p.display().to_string())
        .join("\n");
    field.send_keys(&chosen).await.expect("chosen");
    phone
        .find(Locator::Css("form.photo-upload button[type='submit']"))
        .await
        .expect("button")
        .click()
        .await
        .expect("pressed");

    // The refused one says why, the others are in, and nothing reloads the page over the message.
    // Three uploads, each processed into its sizes by a debug build: a minute
    // is ample while the whole suite runs beside it (15 s was not, once).
    wait_until_within(
        &phone,
        "return document.querySelectorAll('.upload-list__item--done').length === 2 \
         && document.querySelectorAll('.upload-list__item--failed').length === 1;",
        "two photos added and one refused",
        std::time::Duration::from_secs(60),
    )
    .await;
    let list = phone
        .find(Locator::Css(".upload-list"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(list.contains("IMG_2043.jpg"), "{list}");
    assert!(
        list.contains("not a JPEG, PNG or WebP photo"),
        "the reason is shown: {list}"
    );
    assert!(
        phone.find(Locator::Css(".upload-list button")).await.is_err(),
        "a refusal is not offered again"
    );

    let photos = photos_of(&app, &id);
    assert_eq!(photos.len(), 2, "{photos:?}");
    assert_eq!(photos[0].0, "Banarasi zari stole, photo 1");
    assert_eq!(photos[1].0, "Banarasi zari stole, photo 2");
    assert_eq!(
        photos[0].1, 2400,
        "the 4,000 px photo was made smaller before sending"
    );
    assert_eq!(photos[1].1, 1200, "a small photo is sent as it is");

    // The page read again lists both.
    phone
        .goto(&app.url(&format!("/dashboard/products/{id}/edit")))
        .await
        .expect("edit page");
    let page = text(&phone).await;
    assert!(page.contains("Photos 2 of 12"), "{page}");

    // With every photo taken, the page is read again by itself.
    let another = dir.path().join("IMG_2044.jpg");
    std::fs::write(&another, jpeg_photo(900, 900)).unwrap();
    phone
        .find(Locator::Css("form.photo-upload input[type='file']"))
        .await
        .expect("file field")
        .send_keys(&another.display().to_string())
        .await
        .expect("chosen");
    press(&phone, "form.photo-upload").await;
    let page = text(&phone).await;
    assert!(page.contains("Photos 3 of 12"), "{page}");
    assert_eq!(photos_of(&app, &id)[2].0, "Banarasi zari stole");
    phone.close().await.expect("browser closes");
    app.run_pending_jobs().await;
    app.stop().await;
}
