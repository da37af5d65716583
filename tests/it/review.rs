//! What a moderator or an admin approved stays what buyers see: changes to
//! a published listing's claims go back to review (off the site until
//! approved), and changing checked business details clears "Verified".

use odop_bazaar::accounts::Role;
use odop_bazaar::catalogue::listings::{self, ListingInput};
use odop_bazaar::catalogue::model::Product;
use odop_bazaar::catalogue::profile::{self, ProfileInput};
use odop_bazaar::catalogue::values::{Decision, ProductStatus};
use odop_bazaar::catalogue::verification;
use odop_bazaar::catalogue::{moderation, photos, repo as catalogue_repo};

use crate::harness::{Backend, TestApp};
use crate::market::{Site, kashi_weaves, listing_input, now, user};
use test_macros::backend_test;

fn product(app: &TestApp, slug: &str) -> Product {
    let slug = slug.to_owned();
    app.db
        .read_blocking(move |conn| catalogue_repo::product_by_slug(conn, &slug))
        .unwrap()
        .expect("the listing")
}

async fn save(app: &TestApp, owner: &odop_bazaar::accounts::User, id: &str, input: ListingInput) -> Product {
    let (owner, id) = (owner.clone(), id.to_owned());
    app.db
        .write(move |conn| listings::update_listing(conn, &owner, &id, &input, now()))
        .await
        .unwrap()
}

#[backend_test]
async fn changes_to_a_published_listings_claims_go_back_to_review(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let moderator = user(&app, Role::Admin, "moderator@bazaar.example", "Moderator").await;
    let (weaver, _, slug) = kashi_weaves(&app, &moderator).await;
    let id = product(&app, &slug).id.to_string();
    let page = format!("/products/{slug}");

    // Quantities and timing publish at once.
    let seasonal = ListingInput {
        moq: "25".into(),
        lead_time_days: "45".into(),
        ..listing_input("Kashi Weaves", "handloom")
    };
    let saved = save(&app, &weaver, &id, seasonal.clone()).await;
    assert_eq!(saved.status, ProductStatus::Published, "{backend:?}");
    assert_eq!(app.page(&page).await.0, 200);

    // A new claim waits for a moderator, off the site.
    let claim = ListingInput {
        description: "Now certified organic and GI-tagged, the best in India.".into(),
        ..seasonal.clone()
    };
    let saved = save(&app, &weaver, &id, claim).await;
    assert_eq!(saved.status, ProductStatus::Submitted, "{backend:?}");
    assert_eq!(
        app.page(&page).await.0,
        404,
        "{backend:?}: not shown before review"
    );
    let cheaper = ListingInput {
        price_min: "900".into(),
        ..seasonal
    };
    assert!(
        app.db
            .write({
                let (w, id) = (weaver.clone(), id.clone());
                move |conn| listings::update_listing(conn, &w, &id, &cheaper, now())
            })
            .await
            .is_err(),
        "{backend:?}: not editable while in review"
    );
    let (m, key, base) = (moderator.clone(), id.clone(), app.base_url().clone());
    let approved = app
        .db
        .write(move |conn| moderation::decide(conn, &m, &key, Decision::Approve, "", &base, now()))
        .await
        .unwrap();
    assert_eq!(approved.status, ProductStatus::Published);
    let (status, body) = app.page(&page).await;
    assert_eq!(status, 200);
    assert!(
        body.contains("Now certified organic"),
        "{backend:?}: the approved text"
    );

    // A new photo is new content: back to review with it.
    let (w, key) = (weaver.clone(), id.clone());
    let after = app
        .db
        .write(move |conn| {
            photos::attach(
                conn,
                &w,
                &key,
                &"1".repeat(64),
                1600,
                1200,
                "Another stole",
                now(),
            )
        })
        .await
        .unwrap();
    assert_eq!(after, ProductStatus::Submitted, "{backend:?}");
    assert_eq!(app.page(&page).await.0, 404);
    app.run_pending_jobs().await;
    app.stop().await;
}

#[backend_test]
async fn changing_checked_business_details_clears_verified(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = user(&app, Role::Admin, "admin@bazaar.example", "Admin").await;
    let (weaver, maker, _) = kashi_weaves(&app, &admin).await;
    assert!(maker.is_verified());
    let resave = |input: ProfileInput| {
        let owner = weaver.clone();
        app.db
            .write(move |conn| profile::save_profile(conn, &owner, &input, now()))
    };
    let story = ProfileInput {
        story: "Three generations of weavers on pit looms.".into(),
        ..ProfileInput::from_producer(&maker)
    };
    let kept = resave(story).await.unwrap();
    assert!(
        kept.is_verified(),
        "{backend:?}: the story is not a checked detail"
    );
    for (field, change) in [
        (
            "business name",
            ProfileInput {
                business_name: "Kashi Weaves and Sons".into(),
                ..ProfileInput::from_producer(&kept)
            },
        ),
        (
            "GSTIN",
            ProfileInput {
                gstin: "09AAACH7409R1ZZ".into(),
                ..ProfileInput::from_producer(&kept)
            },
        ),
        (
            "district",
            ProfileInput {
                district: crate::market::district_code(&app, "jaipur").to_string(),
                ..ProfileInput::from_producer(&kept)
            },
        ),
    ] {
        // Verified again by the admin before each change.
        let (a, id) = (admin.clone(), kept.id.to_string());
        let base_url = app.settings.base_url.clone();
        app.db
            .write(move |conn| verification::set_verified(conn, &a, &id, true, &base_url, now()))
            .await
            .unwrap();
        let changed = resave(change).await.unwrap();
        assert!(
            !changed.is_verified(),
            "{backend:?}: a new {field} waits for a check"
        );
    }
    app.run_pending_jobs().await;
    app.stop().await;
}
