//! API tokens and the product JSON API, on both databases.

use diesel::prelude::*;
use odop_bazaar::accounts::Role;
use odop_bazaar::db::DbError;
use odop_bazaar::schema::products;
use reqwest::Method;
use serde_json::{Value, json};

use crate::browser::{Browser, Page};
use crate::catalogue::{
    app_with_mail, create_listing, jpeg_photo, producer_with_profile, signed_in, upload_photo,
};
use crate::harness::{Backend, TestApp};
use test_macros::backend_test;

/// Creates a token on the account page and returns its secret, shown once.
pub async fn create_api_token(browser: &Browser, name: &str) -> String {
    let page = browser
        .submit("/account", "/account/api-tokens", &[("token_name", name)])
        .await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert_eq!(page.headers["cache-control"], "no-store");
    page.body
        .match_indices("odop_")
        .map(|(at, _)| {
            page.body[at..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-'))
                .collect::<String>()
        })
        .find(|candidate| candidate.len() > 40)
        .unwrap_or_else(|| panic!("no token secret on the page:\n{}", page.body))
}

pub struct Reply {
    pub status: u16,
    pub content_type: String,
    pub headers: reqwest::header::HeaderMap,
    pub json: Value,
}

/// One API request without cookies, with `token` as a bearer token when given.
pub async fn api(
    app: &TestApp,
    method: Method,
    path: &str,
    token: Option<&str>,
    body: Option<&Value>,
) -> Reply {
    let mut request = app.client.request(method, app.url(path));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    if let Some(body) = body {
        request = request.json(body);
    }
    send(request).await
}

/// Sends an API request and reads its answer.
async fn send(request: reqwest::RequestBuilder) -> Reply {
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let content_type = headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let text = response.text().await.unwrap();
    Reply {
        status,
        content_type,
        headers,
        json: serde_json::from_str(&text).unwrap_or(Value::Null),
    }
}

fn listing_json(title: &str) -> Value {
    json!({
        "title": title,
        "description": "Handwoven pure katan silk saree with real zari border, woven on pit looms in Varanasi.",
        "sector": "handloom",
        "category": "Silk sarees",
        "odop_product": "varanasi-silk-products",
        "hs_code": "50072010",
        "gi_product": null,
        "materials": "Katan silk, zari",
        "moq": 10,
        "moq_unit": "pieces",
        "price_min": 8500,
        "price_max": "24000.50",
        "currency": "INR",
        "monthly_capacity": 120,
        "lead_time_days": 30,
        "samples_available": true,
        "export_ready": false,
        "certifications": "Silk Mark",
    })
}

fn title_in_db(app: &TestApp, id: &str) -> Option<String> {
    let id = id.to_owned();
    app.db
        .read_blocking(move |c| {
            products::table
                .find(id)
                .select(products::title)
                .first::<String>(c)
                .optional()
                .map_err(DbError::from)
        })
        .unwrap()
}

fn product_count(app: &TestApp) -> i64 {
    app.db
        .read_blocking(|c| products::table.count().get_result(c).map_err(DbError::from))
        .unwrap()
}

fn is_problem(reply: &Reply) -> bool {
    reply.content_type.starts_with("application/problem+json")
}

#[backend_test]
async fn a_producer_manages_listings_through_the_api(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let producer = producer_with_profile(&app, "weaver@example.in", "Kashi Weaves").await;
    let token = create_api_token(&producer, "Stock sync").await;
    assert!(token.starts_with("odop_"));
    let account = producer.get("/account").await.body;
    assert!(
        account.contains("Stock sync") && account.contains("never used"),
        "{backend:?}"
    );
    assert!(!account.contains(&token), "the secret is shown only once");
    let token = Some(token.as_str());

    let created = api(
        &app,
        Method::POST,
        "/api/v1/me/products",
        token,
        Some(&listing_json("Katan silk saree")),
    )
    .await;
    assert_eq!(created.status, 201, "{backend:?}: {}", created.json);
    let id = created.json["id"].as_str().unwrap().to_owned();
    assert_eq!(
        created.headers["location"],
        format!("/api/v1/me/products/{id}").as_str()
    );
    let listing = &created.json;
    assert_eq!(listing["status"], "draft");
    assert_eq!(listing["moq"], 10);
    assert_eq!(listing["price_min"], "8500");
    assert_eq!(listing["price_max"], "24000.50");
    assert_eq!(listing["samples_available"], true);
    assert_eq!(listing["export_ready"], false);
    assert_eq!(listing["producer"]["business_name"], "Kashi Weaves");
    assert_eq!(listing["producer"]["district"], "Varanasi");

    // What a program reads it can send back with a change.
    let mut read = api(
        &app,
        Method::GET,
        &format!("/api/v1/me/products/{id}"),
        token,
        None,
    )
    .await;
    assert_eq!(read.status, 200);
    read.json["title"] = json!("Katan silk saree, red");
    let updated = api(
        &app,
        Method::PUT,
        &format!("/api/v1/me/products/{id}"),
        token,
        Some(&read.json),
    )
    .await;
    assert_eq!(updated.status, 200, "{}", updated.json);
    assert_eq!(updated.json["title"], "Katan silk saree, red");
    assert_eq!(updated.json["price_max"], "24000.50");
    assert_eq!(title_in_db(&app, &id).as_deref(), Some("Katan silk saree, red"));

    let mine = api(&app, Method::GET, "/api/v1/me/products", token, None).await;
    assert_eq!(mine.status, 200);
    assert_eq!(mine.json["products"].as_array().unwrap().len(), 1);

    let no_photo = api(
        &app,
        Method::POST,
        &format!("/api/v1/me/products/{id}/submit"),
        token,
        None,
    )
    .await;
    assert_eq!(no_photo.status, 409);
    assert!(is_problem(&no_photo));
    assert!(
        no_photo.json["detail"]
            .as_str()
            .unwrap()
            .contains("Add at least one photo")
    );
    let added = upload_photo(
        &producer,
        &id,
        jpeg_photo(1200, 900),
        "saree.jpg",
        "Red saree, folded",
    )
    .await;
    assert_eq!(added.status, 303);
    let submitted = api(
        &app,
        Method::POST,
        &format!("/api/v1/me/products/{id}/submit"),
        token,
        None,
    )
    .await;
    assert_eq!(submitted.status, 200, "{}", submitted.json);
    assert_eq!(submitted.json["status"], "submitted");
    let photo = &submitted.json["photos"][0];
    assert_eq!(photo["alt"], "Red saree, folded");
    assert!(photo["url"].as_str().unwrap().ends_with("-1200.jpg"));
    assert_eq!(
        Browser::new(&app)
            .get(photo["url"].as_str().unwrap())
            .await
            .status,
        200
    );

    let slug = submitted.json["slug"].as_str().unwrap().to_owned();
    let public_path = format!("/api/v1/products/{slug}");
    assert_eq!(
        api(&app, Method::GET, &public_path, None, None).await.status,
        404,
        "not public before approval"
    );
    let admin = signed_in(&app, Role::Admin, "admin@example.org").await;
    let approved = admin
        .submit(
            "/admin/products",
            &format!("/admin/products/{id}/decision"),
            &[("decision", "approve"), ("note", "")],
        )
        .await;
    assert_eq!(approved.status, 303);
    let public = api(&app, Method::GET, &public_path, None, None).await;
    assert_eq!(public.status, 200);
    assert_eq!(public.json["status"], "published");
    assert_eq!(public.json["title"], "Katan silk saree, red");
    assert!(public.json.get("address").is_none() && public.json["producer"].get("address").is_none());

    let draft = api(
        &app,
        Method::POST,
        "/api/v1/me/products",
        token,
        Some(&listing_json("Second saree")),
    )
    .await;
    let draft_id = draft.json["id"].as_str().unwrap().to_owned();
    let deleted = api(
        &app,
        Method::DELETE,
        &format!("/api/v1/me/products/{draft_id}"),
        token,
        None,
    )
    .await;
    assert_eq!(deleted.status, 204);
    assert_eq!(title_in_db(&app, &draft_id), None);
    assert_eq!(
        api(
            &app,
            Method::GET,
            &format!("/api/v1/me/products/{draft_id}"),
            token,
            None
        )
        .await
        .status,
        404
    );
    let published_delete = api(
        &app,
        Method::DELETE,
        &format!("/api/v1/me/products/{id}"),
        token,
        None,
    )
    .await;
    assert_eq!(
        published_delete.status, 409,
        "a published listing is archived, not deleted"
    );

    assert!(
        !producer.get("/account").await.body.contains("never used"),
        "last use recorded"
    );
    app.run_pending_jobs().await;
    assert_eq!(app.pending_job_count(), 0);
    app.stop().await;
}

#[backend_test]
async fn another_producers_listings_are_out_of_reach_by_api(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let owner = producer_with_profile(&app, "owner@example.in", "Owner Looms").await;
    let id = create_listing(&owner, "Owner's saree").await;
    let other = producer_with_profile(&app, "other@example.in", "Other Looms").await;
    let token = create_api_token(&other, "Other's script").await;
    let token = Some(token.as_str());

    let path = format!("/api/v1/me/products/{id}");
    let changed = listing_json("Stolen title");
    for (method, path, body) in [
        (Method::GET, path.clone(), None),
        (Method::PUT, path.clone(), Some(&changed)),
        (Method::DELETE, path.clone(), None),
        (Method::POST, format!("{path}/submit"), None),
    ] {
        let reply = api(&app, method.clone(), &path, token, body).await;
        assert_eq!(reply.status, 404, "{backend:?} {method} {path}");
        assert!(is_problem(&reply));
    }
    let theirs = api(&app, Method::GET, "/api/v1/me/products", token, None).await;
    assert_eq!(theirs.status, 200);
    assert_eq!(theirs.json["products"], json!([]), "nothing of the owner's");
    assert_eq!(title_in_db(&app, &id).as_deref(), Some("Owner's saree"));

    let buyer = signed_in(&app, Role::Buyer, "buyer@example.com").await;
    let buyer_token = create_api_token(&buyer, "Sourcing sheet").await;
    let refused = api(&app, Method::GET, "/api/v1/me/products", Some(&buyer_token), None).await;
    assert_eq!(refused.status, 403);
    assert!(is_problem(&refused));
    assert!(refused.json["detail"].as_str().unwrap().contains("producer"));

    let newcomer = signed_in(&app, Role::Producer, "new@example.in").await;
    let newcomer_token = create_api_token(&newcomer, "Script").await;
    let no_profile = api(
        &app,
        Method::POST,
        "/api/v1/me/products",
        Some(&newcomer_token),
        Some(&changed),
    )
    .await;
    assert_eq!(no_profile.status, 409);
    assert!(
        no_profile.json["detail"]
            .as_str()
            .unwrap()
            .contains("producer profile")
    );
    assert_eq!(product_count(&app), 1);
    app.run_pending_jobs().await;
    app.stop().await;
}

#[backend_test]
async fn the_api_needs_a_token_in_use(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let producer = producer_with_profile(&app, "weaver@example.in", "Kashi Weaves").await;
    let token = create_api_token(&producer, "Stock sync").await;

    let missing = api(&app, Method::GET, "/api/v1/me/products", None, None).await;
    assert_eq!(missing.status, 401, "{backend:?}");
    assert!(is_problem(&missing));
    assert_eq!(missing.headers["www-authenticate"], "Bearer");
    assert!(
        missing.json["detail"]
            .as_str()
            .unwrap()
            .starts_with("Send an API token")
    );
    let posted = api(
        &app,
        Method::POST,
        "/api/v1/me/products",
        None,
        Some(&listing_json("Saree")),
    )
    .await;
    assert_eq!(posted.status, 401, "a POST without a token is told to send one");
    assert!(
        posted.json["detail"]
            .as_str()
            .unwrap()
            .starts_with("Send an API token")
    );
    for bad in ["odop_not-a-real-token", "", "some-other-token"] {
        let reply = api(&app, Method::GET, "/api/v1/me/products", Some(bad), None).await;
        assert_eq!(reply.status, 401, "{bad}");
        assert!(
            reply.json["detail"]
                .as_str()
                .unwrap()
                .starts_with("Send an API token")
        );
    }
    let basic = app
        .client
        .get(app.url("/api/v1/me/products"))
        .basic_auth("weaver@example.in", Some(crate::catalogue::PASSWORD))
        .send()
        .await
        .unwrap();
    assert_eq!(basic.status().as_u16(), 401);
    assert_eq!(
        api(&app, Method::GET, "/api/v1/me/products", Some(&token), None)
            .await
            .status,
        200
    );

    // Another account cannot revoke it; its owner can.
    let account = producer.get("/account").await;
    let revoke_path = crate::browser::link_in(&account.body, "/account/api-tokens/");
    let stranger = signed_in(&app, Role::Producer, "stranger@example.in").await;
    assert_eq!(stranger.submit("/account", &revoke_path, &[]).await.status, 404);
    assert_eq!(
        api(&app, Method::GET, "/api/v1/me/products", Some(&token), None)
            .await
            .status,
        200
    );
    let revoked = producer.submit("/account", &revoke_path, &[]).await;
    assert_eq!(revoked.status, 303);
    let account = producer.get("/account").await.body;
    assert!(
        account.contains("is revoked") && account.contains("Revoked"),
        "{account}"
    );
    let refused = api(&app, Method::GET, "/api/v1/me/products", Some(&token), None).await;
    assert_eq!(refused.status, 401);
    assert!(refused.json["detail"].as_str().unwrap().contains("revoked"));

    let unnamed = producer
        .submit("/account", "/account/api-tokens", &[("token_name", "  ")])
        .await;
    assert_eq!(unnamed.status, 422);
    assert!(unnamed.body.contains("Name the token"));
    app.run_pending_jobs().await;
    app.stop().await;
}

/// Issue #20: a problem's title and detail are written in the language the
/// program asks for, refusals of the domain and of the web layer alike.
#[backend_test]
async fn a_refusal_is_told_in_the_caller_s_language(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let producer = producer_with_profile(&app, "weaver@example.in", "Kashi Weaves").await;
    let token = create_api_token(&producer, "Stock sync").await;
    let created = api(
        &app,
        Method::POST,
        "/api/v1/me/products",
        Some(&token),
        Some(&listing_json("Katan silk saree")),
    )
    .await;
    assert_eq!(created.status, 201, "{backend:?}: {}", created.json);
    let submit = app.url(&format!(
        "/api/v1/me/products/{}/submit",
        created.json["id"].as_str().unwrap()
    ));

    let hindi = send(
        app.client
            .post(&submit)
            .bearer_auth(&token)
            .header("Accept-Language", "hi-IN, en;q=0.5"),
    )
    .await;
    assert_eq!(hindi.status, 409, "{backend:?}");
    assert!(is_problem(&hindi));
    assert_eq!(hindi.json["title"], "टकराव");
    assert_eq!(
        hindi.json["detail"],
        "लिस्टिंग जाँच के लिए भेजने से पहले कम से कम एक फ़ोटो जोड़ें।"
    );
    let english = send(app.client.post(&submit).bearer_auth(&token)).await;
    assert_eq!(english.json["title"], "Conflict");
    assert_eq!(
        english.json["detail"],
        "Add at least one photo before sending the listing for review."
    );

    let arabic = send(
        app.client
            .get(app.url("/api/v1/me/products"))
            .header("Accept-Language", "ar"),
    )
    .await;
    assert_eq!(arabic.status, 401);
    assert_eq!(arabic.headers["www-authenticate"], "Bearer");
    let detail = arabic.json["detail"].as_str().unwrap();
    assert!(detail.starts_with("أرسل رمز API"), "{detail}");
    app.run_pending_jobs().await;
    app.stop().await;
}

#[backend_test]
async fn bad_input_comes_back_as_field_errors(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let producer = producer_with_profile(&app, "weaver@example.in", "Kashi Weaves").await;
    let secret = create_api_token(&producer, "Stock sync").await;
    let token = Some(secret.as_str());

    let mut bad = listing_json("");
    bad["moq"] = json!(-5);
    bad["hs_code"] = json!("999999");
    bad["currency"] = json!("XYZ");
    let refused = api(&app, Method::POST, "/api/v1/me/products", token, Some(&bad)).await;
    assert_eq!(refused.status, 422, "{backend:?}: {}", refused.json);
    assert!(is_problem(&refused));
    let errors = &refused.json["errors"];
    assert!(errors["title"].as_str().unwrap().contains("at least 3"));
    assert!(errors["moq"].as_str().unwrap().contains("at least 1"));
    assert!(
        errors["hs_code"]
            .as_str()
            .unwrap()
            .contains("999999 is not an HS 2022 subheading")
    );
    assert!(errors["currency"].as_str().unwrap().contains("XYZ"));
    assert!(errors.get("sector").is_none(), "only the fields in error");
    assert_eq!(product_count(&app), 0);

    let created = api(
        &app,
        Method::POST,
        "/api/v1/me/products",
        token,
        Some(&listing_json("Katan silk saree")),
    )
    .await;
    let id = created.json["id"].as_str().unwrap().to_owned();
    let refused = api(
        &app,
        Method::PUT,
        &format!("/api/v1/me/products/{id}"),
        token,
        Some(&bad),
    )
    .await;
    assert_eq!(refused.status, 422);
    assert!(refused.json["errors"]["moq"].is_string());
    assert_eq!(title_in_db(&app, &id).as_deref(), Some("Katan silk saree"));

    let not_an_object = api(
        &app,
        Method::POST,
        "/api/v1/me/products",
        token,
        Some(&json!(["title"])),
    )
    .await;
    assert_eq!(not_an_object.status, 400);
    assert!(
        not_an_object.json["detail"]
            .as_str()
            .unwrap()
            .contains("JSON object")
    );
    let not_json = app
        .client
        .post(app.url("/api/v1/me/products"))
        .bearer_auth(&secret)
        .header("content-type", "text/plain")
        .body("title=Saree")
        .send()
        .await
        .unwrap();
    assert_eq!(not_json.status().as_u16(), 400);
    assert!(not_json.text().await.unwrap().contains("application/json"));
    app.run_pending_jobs().await;
    app.stop().await;
}

fn page_json(page: &Page) -> Value {
    serde_json::from_str(&page.body).unwrap_or(Value::Null)
}

#[backend_test]
async fn bearer_requests_skip_csrf_and_never_use_cookies(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let producer = producer_with_profile(&app, "weaver@example.in", "Kashi Weaves").await;
    let token = create_api_token(&producer, "Stock sync").await;
    let body = listing_json("Katan silk saree");

    // The site's own scripts: the session works, with the form token.
    let no_csrf = producer
        .send_json(Method::POST, "/api/v1/me/products", &body, &[])
        .await;
    assert_eq!(
        no_csrf.status, 403,
        "{backend:?}: a cookie POST without the token is refused"
    );
    assert!(
        page_json(&no_csrf)["detail"]
            .as_str()
            .unwrap()
            .contains("expired or did not come from this site")
    );
    let csrf = producer.get("/account").await.csrf_token();
    let with_csrf = producer
        .send_json(
            Method::POST,
            "/api/v1/me/products",
            &body,
            &[("x-csrf-token", &csrf)],
        )
        .await;
    assert_eq!(with_csrf.status, 201, "{}", with_csrf.body);

    // A bearer POST needs no form token…
    let bearer = api(
        &app,
        Method::POST,
        "/api/v1/me/products",
        Some(&token),
        Some(&body),
    )
    .await;
    assert_eq!(bearer.status, 201);
    // …and gets nothing from the session that comes with it.
    let header = "Bearer odop_not-a-real-token";
    let borrowed = producer
        .send_json(
            Method::POST,
            "/api/v1/me/products",
            &body,
            &[("authorization", header)],
        )
        .await;
    assert_eq!(borrowed.status, 401);
    let id = create_listing(&producer, "Draft to keep").await;
    let delete = producer
        .send_json(
            Method::POST,
            &format!("/dashboard/products/{id}/delete"),
            &json!({}),
            &[("authorization", header)],
        )
        .await;
    assert_eq!(
        delete.status, 403,
        "outside /api/ a bearer header does not excuse the form token"
    );
    assert_eq!(title_in_db(&app, &id).as_deref(), Some("Draft to keep"));
    assert_eq!(product_count(&app), 3);
    app.run_pending_jobs().await;
    app.stop().await;
}
