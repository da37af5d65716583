//! Forms sized to their longest legal content: text in a multi-byte script
//! is three bytes a character and nine once percent-encoded, so a long Hindi
//! description is many times the size of the same number of English letters.

use diesel::prelude::*;
use odop_bazaar::db::DbError;
use odop_bazaar::schema::products;

use crate::catalogue::{app_with_mail, listing_fields, producer_with_profile, profile_fields};
use crate::harness::Backend;
use test_macros::backend_test;

/// `count` Devanagari characters ("handloom " repeated), cut at a word.
fn hindi(count: usize) -> String {
    "हथकरघा रेशम ".chars().cycle().take(count).collect()
}

#[backend_test]
async fn a_listing_with_a_long_hindi_description_is_saved(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let browser = producer_with_profile(&app, "weaver@example.in", "Kashi Weaves").await;
    let description = hindi(4_990);
    let mut fields = listing_fields("Banarasi silk saree");
    fields.retain(|(key, _)| *key != "description");
    fields.push(("description", &description));
    let page = browser
        .submit("/dashboard/products/new", "/dashboard/products/new", &fields)
        .await;
    assert_eq!(page.status, 303, "{backend:?}: {}", page.body);
    let stored: String = app
        .db
        .read_blocking(|c| {
            products::table
                .select(products::description)
                .first(c)
                .map_err(DbError::from)
        })
        .unwrap();
    assert_eq!(
        stored.chars().count(),
        description.trim().chars().count(),
        "{backend:?}"
    );
    app.stop().await;
}

#[backend_test]
async fn a_description_over_the_limit_is_explained_next_to_the_field_and_kept(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let browser = producer_with_profile(&app, "weaver@example.in", "Kashi Weaves").await;
    let description = hindi(5_200);
    let mut fields = listing_fields("Banarasi silk saree");
    fields.retain(|(key, _)| *key != "description");
    fields.push(("description", &description));
    let page = browser
        .submit("/dashboard/products/new", "/dashboard/products/new", &fields)
        .await;
    assert_eq!(page.status, 422, "{backend:?}: {}", page.body);
    assert!(
        page.body.contains(r#"id="description-error""#),
        "{backend:?}: the message stands next to the field"
    );
    assert!(
        page.body.contains(description.trim()),
        "{backend:?}: everything typed is kept"
    );
    assert!(
        page.body.contains(r#"maxlength="5000""#),
        "{backend:?}: the browser is told the limit"
    );
    app.stop().await;
}

#[backend_test]
async fn a_profile_story_of_four_thousand_hindi_characters_is_saved(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let browser = producer_with_profile(&app, "weaver@example.in", "Kashi Weaves").await;
    let story = hindi(3_990);
    let mut fields = profile_fields("Kashi Weaves", "187");
    fields.retain(|(key, _)| *key != "story");
    fields.push(("story", &story));
    let saved = browser
        .submit("/dashboard/profile", "/dashboard/profile", &fields)
        .await;
    assert_eq!(saved.status, 303, "{backend:?}: {}", saved.body);
    app.stop().await;
}
