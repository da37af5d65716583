//! Who is shown on the public site: a suspended producer's listings and page
//! leave it (and the search index) at once and come back on reinstatement;
//! a producer whose address is not confirmed cannot put a page up at all.

use diesel::prelude::*;
use odop_bazaar::accounts::Role;
use odop_bazaar::db::DbError;
use odop_bazaar::schema::producers;

use crate::browser::Browser;
use crate::catalogue::{app_with_mail, profile_fields, signed_in};
use crate::harness::Backend;
use crate::market::{kashi_weaves, user};
use test_macros::backend_test;

#[backend_test]
async fn a_suspended_producers_listings_leave_the_site_and_search_until_reinstated(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let moderator = user(&app, Role::Admin, "moderator@bazaar.example", "Moderator").await;
    let (weaver, maker, slug) = kashi_weaves(&app, &moderator).await;
    app.run_pending_jobs().await;
    let (product, page) = (format!("/products/{slug}"), format!("/producers/{}", maker.slug));
    let found = |body: &str| body.contains(&format!("href=\"/products/{slug}\""));
    assert_eq!(app.page(&product).await.0, 200);
    assert_eq!(app.page(&page).await.0, 200);
    assert!(
        found(&app.page("/search?q=signature+weave").await.1),
        "{backend:?}: indexed"
    );
    assert!(
        found(&app.page("/districts/varanasi").await.1),
        "{backend:?}: on the district page"
    );

    let admin = signed_in(&app, Role::Admin, "admin@bazaar.example").await;
    let action = format!("/admin/users/{}/suspend", weaver.id);
    let users = admin.get("/admin/users").await;
    assert!(users.body.contains(&action), "the users page offers it");
    let suspended = admin
        .submit("/admin/users", &action, &[("reason", "Fake GI claims")])
        .await;
    assert_eq!((suspended.status, suspended.location()), (303, "/admin/users"));
    app.run_pending_jobs().await;
    assert_eq!(app.page(&product).await.0, 404, "{backend:?}");
    assert_eq!(app.page(&page).await.0, 404, "{backend:?}");
    assert!(
        !found(&app.page("/search?q=signature+weave").await.1),
        "{backend:?}: out of the index"
    );
    assert!(
        !found(&app.page("/districts/varanasi").await.1),
        "{backend:?}: off the district page"
    );

    let action = format!("/admin/users/{}/reinstate", weaver.id);
    let reinstated = admin
        .submit("/admin/users", &action, &[("reason", "Cleared")])
        .await;
    assert_eq!(reinstated.status, 303);
    app.run_pending_jobs().await;
    assert_eq!(app.page(&product).await.0, 200, "{backend:?}: back");
    assert_eq!(app.page(&page).await.0, 200);
    assert!(
        found(&app.page("/search?q=signature+weave").await.1),
        "{backend:?}: indexed again"
    );
    app.stop().await;
}

#[backend_test]
async fn a_producer_puts_up_no_page_before_confirming_the_address(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let browser = Browser::new(&app);
    let signup = [
        ("role", "producer"),
        ("name", "Rani Devi"),
        ("email", "rani@example.org"),
        ("password", crate::market::PASSWORD),
    ];
    let page = browser.submit("/signup", "/signup", &signup).await;
    assert_eq!(page.status, 200, "{backend:?}: {}", page.body);
    assert_eq!(
        browser
            .sign_in("rani@example.org", crate::market::PASSWORD)
            .await
            .status,
        303
    );
    let token = browser.get("/confirm-email").await.csrf_token();
    let mut fields = profile_fields("Rani Handlooms", "187");
    fields.push(("csrf_token", &token));
    let saved = browser.post("/dashboard/profile", &fields).await;
    assert_eq!(
        (saved.status, saved.location()),
        (303, "/confirm-email"),
        "{backend:?}"
    );
    let profiles: i64 = app
        .db
        .read_blocking(|conn| producers::table.count().get_result(conn).map_err(DbError::from))
        .unwrap();
    assert_eq!(profiles, 0, "{backend:?}: no profile, so no public page");
    app.run_pending_jobs().await;
    app.stop().await;
}
