//! Rules that live in the domain, whichever door a request comes through:
//! the GI rule (a listing claims a GI of its producer's state) on the JSON API, statuses read loudly from the database,
//! typed dashboard actions, and guarded status changes under a race.

use chrono::Utc;
use diesel::prelude::*;
use odop_bazaar::accounts::{Role, repo as accounts_repo};
use odop_bazaar::catalogue::values::{Decision, ProductStatus};
use odop_bazaar::catalogue::{CatalogueError, listings, moderation, repo as catalogue_repo};
use odop_bazaar::db::DbError;
use odop_bazaar::schema::{gi_products, products};
use reqwest::Method;
use serde_json::json;

use crate::api::{api, create_api_token};
use crate::catalogue::{app_with_mail, create_listing, gi_named, producer_with_profile, signed_in};
use crate::harness::{Backend, TestApp};
use test_macros::backend_test;

/// The id of the first GI in the register whose origin is `origin` ("india" or "foreign").
fn gi_of_origin(app: &TestApp, origin: &'static str) -> i32 {
    app.db
        .read_blocking(move |c| {
            gi_products::table
                .filter(gi_products::origin.eq(origin))
                .select(gi_products::id)
                .order(gi_products::id)
                .first::<i32>(c)
                .map_err(DbError::from)
        })
        .unwrap()
}

/// Writes `status` into the row as is, as a migration or a hand edit might.
fn force_status(app: &TestApp, id: &str, status: &'static str) {
    let id = id.to_owned();
    app.db
        .write_blocking(move |c| {
            diesel::update(products::table.find(id))
                .set(products::status.eq(status))
                .execute(c)
                .map_err(DbError::from)
        })
        .unwrap();
}

fn stored_status(app: &TestApp, id: &str) -> String {
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

fn listing_with_gi(gi: i32) -> serde_json::Value {
    json!({
        "title": "Katan silk saree",
        "description": "Handwoven pure katan silk saree with real zari border, woven on pit looms in Varanasi.",
        "sector": "handloom",
        "category": "Silk sarees",
        "gi_product": gi,
        "moq": 10,
        "moq_unit": "pieces",
        "price_min": 8500,
        "currency": "INR",
        "lead_time_days": 30,
    })
}

#[backend_test]
async fn the_api_refuses_a_gi_not_registered_for_the_producers_state(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    // In Varanasi, Uttar Pradesh.
    let producer = producer_with_profile(&app, "weaver@example.in", "Kashi Weaves").await;
    let secret = create_api_token(&producer, "Stock sync").await;
    let token = Some(secret.as_str());

    let darjeeling = gi_named(&app, "Darjeeling Tea");
    for elsewhere in [gi_of_origin(&app, "foreign"), darjeeling] {
        let refused = api(
            &app,
            Method::POST,
            "/api/v1/me/products",
            token,
            Some(&listing_with_gi(elsewhere)),
        )
        .await;
        assert_eq!(refused.status, 422, "{backend:?}: {}", refused.json);
        let message = refused.json["errors"]["gi_product"].as_str().unwrap_or_default();
        assert!(
            message.contains("not registered for your state"),
            "{backend:?}: {}",
            refused.json
        );
    }

    let banaras = gi_named(&app, "Banaras Brocades and Sarees");
    let created = api(
        &app,
        Method::POST,
        "/api/v1/me/products",
        token,
        Some(&listing_with_gi(banaras)),
    )
    .await;
    assert_eq!(created.status, 201, "{backend:?}: {}", created.json);
    assert_eq!(created.json["gi_product"], json!(banaras), "{backend:?}");

    // A listing that claims another state's GI from before the rule keeps it
    // when saved again, and may not take up a third.
    let id = created.json["id"].as_str().unwrap().to_owned();
    let key = id.clone();
    app.db
        .write_blocking(move |c| {
            diesel::update(products::table.find(key))
                .set(products::gi_product_id.eq(darjeeling))
                .execute(c)
                .map_err(DbError::from)
        })
        .unwrap();
    let path = format!("/api/v1/me/products/{id}");
    let kept = api(
        &app,
        Method::PUT,
        &path,
        token,
        Some(&listing_with_gi(darjeeling)),
    )
    .await;
    assert_eq!(kept.status, 200, "{backend:?}: {}", kept.json);
    assert_eq!(kept.json["gi_product"], json!(darjeeling), "{backend:?}");
    let form = producer.get(&format!("/dashboard/products/{id}/edit")).await;
    let kept_option = format!(r#"<option value="{darjeeling}" selected>Darjeeling Tea</option>"#);
    assert!(
        form.body.contains(&kept_option),
        "{backend:?}: the form offers it"
    );
    let pochampalli = gi_named(&app, "Pochampalli Ikat");
    let moved = api(
        &app,
        Method::PUT,
        &path,
        token,
        Some(&listing_with_gi(pochampalli)),
    )
    .await;
    assert_eq!(moved.status, 422, "{backend:?}: {}", moved.json);
    app.run_pending_jobs().await;
}

#[backend_test]
async fn an_unknown_status_in_the_database_is_an_error_not_a_draft(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let producer = producer_with_profile(&app, "weaver@example.in", "Kashi Weaves").await;
    let id = create_listing(&producer, "Banarasi silk saree").await;
    force_status(&app, &id, "on_hold");

    let key = id.clone();
    let read = app
        .db
        .read_blocking(move |c| catalogue_repo::find_product(c, &key));
    let error = read.expect_err("an unknown status must not read as a listing");
    assert!(
        format!("{error:?}").contains("on_hold"),
        "{backend:?}: the error names the value: {error:?}"
    );
    let page = producer.get(&format!("/dashboard/products/{id}/edit")).await;
    assert_eq!(page.status, 500, "{backend:?}");
    assert!(!page.body.contains("Draft"), "{backend:?}");
}

#[backend_test]
async fn dashboard_actions_are_typed_and_an_unknown_one_deletes_nothing(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let producer = producer_with_profile(&app, "weaver@example.in", "Kashi Weaves").await;
    let id = create_listing(&producer, "Banarasi silk saree").await;
    let edit = format!("/dashboard/products/{id}/edit");

    for action in ["erase", "publish", "DELETE", "delete-all"] {
        let page = producer
            .submit(&edit, &format!("/dashboard/products/{id}/{action}"), &[])
            .await;
        assert!(
            matches!(page.status, 400 | 404),
            "{backend:?}: {action} answered {}",
            page.status
        );
        assert_eq!(stored_status(&app, &id), "draft", "{backend:?}: {action}");
    }
    for action in ["rename", "rotate"] {
        let page = producer
            .submit(
                &edit,
                &format!("/dashboard/products/{id}/photos/any/{action}"),
                &[],
            )
            .await;
        assert!(matches!(page.status, 400 | 404), "{backend:?}: {action}");
    }

    let archived = producer
        .submit(&edit, &format!("/dashboard/products/{id}/archive"), &[])
        .await;
    assert_eq!(archived.status, 303, "{backend:?}");
    assert_eq!(stored_status(&app, &id), "archived");
}

#[derive(Debug)]
enum Outcome {
    Done,
    /// Lost the race inside the `UPDATE`.
    Changed,
    /// Lost the race before it: read the other side's result and refused.
    Refused,
}

fn outcome<T>(result: Result<T, CatalogueError>) -> Outcome {
    match result {
        Ok(_) => Outcome::Done,
        Err(CatalogueError::Changed(_)) => Outcome::Changed,
        Err(CatalogueError::NotAllowed(_)) => Outcome::Refused,
        Err(other) => panic!("unexpected error: {other:?}"),
    }
}

/// PostgreSQL only: SQLite runs one writer at a time, so nothing races there.
#[backend_test(postgres)]
async fn approval_racing_an_archive_never_publishes_an_archived_listing(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let producer_browser = producer_with_profile(&app, "weaver@example.in", "Kashi Weaves").await;
    signed_in(&app, Role::Admin, "admin@example.org").await;
    let (producer, moderator) = app
        .db
        .read_blocking(|c| {
            Ok::<_, DbError>((
                accounts_repo::find_user_by_email(c, "weaver@example.in")?.unwrap(),
                accounts_repo::find_user_by_email(c, "admin@example.org")?.unwrap(),
            ))
        })
        .unwrap();
    let base_url = url::Url::parse(&app.address).unwrap();

    let (mut conflicts, mut published, mut archived) = (0, 0, 0);
    for round in 0..30 {
        let id = create_listing(&producer_browser, &format!("Saree number {round}")).await;
        force_status(&app, &id, "submitted");
        let now = Utc::now().naive_utc();
        let (key, user) = (id.clone(), producer.clone());
        let archive = app
            .db
            .write(move |c| listings::archive_listing(c, &user, &key, now));
        let (key, admin, url) = (id.clone(), moderator.clone(), base_url.clone());
        let approve = app
            .db
            .write(move |c| moderation::decide(c, &admin, &key, Decision::Approve, "", &url, now));
        let (archive, approve) = tokio::join!(archive, approve);
        let (archive, approve) = (outcome(archive), outcome(approve));

        let end = stored_status(&app, &id);
        match (&approve, &archive, end.as_str()) {
            // The moderator won; the producer's archive, decided on "submitted", lost.
            (Outcome::Done, Outcome::Changed, "published") => conflicts += 1,
            // The producer won; the approval, decided on "submitted", lost or saw it archived.
            (Outcome::Changed, Outcome::Done, "archived") => conflicts += 1,
            (Outcome::Refused, Outcome::Done, "archived") => {}
            // One ran wholly after the other: approved, then archived from "published".
            (Outcome::Done, Outcome::Done, "archived") => {}
            other => panic!("round {round}: illegal outcome {other:?}"),
        }
        match end.as_str() {
            "published" => published += 1,
            _ => archived += 1,
        }
        assert_ne!(
            ProductStatus::parse(&end),
            None,
            "the stored status is one the code knows"
        );
    }
    eprintln!(
        "approve/archive race: {conflicts} conflicts caught in the UPDATE, {published} published, {archived} archived"
    );
    app.run_pending_jobs().await;
}
