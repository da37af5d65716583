//! `/api/v1/enquiries` with API tokens: the same permissions as the
//! dashboard, on both databases.

use odop_bazaar::accounts::{User, api_tokens};
use odop_bazaar::format::dates;
use odop_bazaar::i18n::{Language, Locale, scoped};
use serde_json::{Value, json};

use crate::catalogue::app_with_mail;
use crate::harness::{Backend, TestApp};
use crate::market::{buyer, ctx, kashi_weaves, producer, user};
use test_macros::backend_test;

pub async fn token(app: &TestApp, user: &User) -> String {
    api_tokens::create(&app.db, user, "sourcing tool", &ctx(app))
        .await
        .unwrap()
        .secret
}

async fn call(
    app: &TestApp,
    method: reqwest::Method,
    path: &str,
    token: Option<&str>,
    body: Option<Value>,
) -> (u16, Value) {
    let mut request = app.client.request(method, app.url(path));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    if let Some(body) = body {
        request = request.json(&body);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap_or(Value::String(text)))
}

fn new_enquiry(slug: &str) -> Value {
    json!({
        "product": slug,
        "quantity": 500,
        "unit": "pieces",
        "target_price": "12.50",
        "currency": "USD",
        "incoterm": "CIF",
        "destination_country": "NL",
        "destination_port": "Rotterdam",
        "sample_wanted": true,
        "message": "Please quote for 500 stoles, CIF Rotterdam."
    })
}

#[backend_test]
async fn buyers_and_producers_use_the_enquiries_api_within_their_own_conversations(backend: Backend) {
    use reqwest::Method;
    let (app, smtp) = app_with_mail(backend).await;
    let admin = user(
        &app,
        odop_bazaar::accounts::Role::Admin,
        "admin@bazaar.example",
        "Asha Admin",
    )
    .await;
    let jan = buyer(&app, "jan@tulip.example").await;
    let eve = buyer(&app, "eve@other.example").await;
    let (weaver, _, slug) = kashi_weaves(&app, &admin).await;
    let (rival, ..) = producer(
        &app,
        Some(&admin),
        "rival@weaves.example",
        "Rival Weaves",
        "varanasi",
        "handloom",
    )
    .await;
    let (jan_t, eve_t, weaver_t, rival_t) = (
        token(&app, &jan).await,
        token(&app, &eve).await,
        token(&app, &weaver).await,
        token(&app, &rival).await,
    );

    let (status, body) = call(&app, Method::GET, "/api/v1/enquiries", None, None).await;
    assert_eq!(status, 401, "{backend:?}: {body}");

    let (status, body) = call(
        &app,
        Method::POST,
        "/api/v1/enquiries",
        Some(&jan_t),
        Some(new_enquiry(&slug)),
    )
    .await;
    assert_eq!(status, 201, "{backend:?}: {body}");
    let id = body["id"].as_str().unwrap().to_owned();
    assert_eq!(body["status"], "new");
    assert_eq!(body["terms"]["incoterm"], "CIF");
    assert_eq!(body["terms"]["destination"], "Rotterdam, Netherlands");

    // Bad input: a problem+json with a message per field, nothing saved.
    let mut bad = new_enquiry(&slug);
    bad["incoterm"] = json!("FOO");
    bad["quantity"] = json!(-3);
    bad["currency"] = json!("XYZ");
    let (status, body) = call(&app, Method::POST, "/api/v1/enquiries", Some(&jan_t), Some(bad)).await;
    assert_eq!(status, 422, "{backend:?}: {body}");
    for field in ["incoterm", "quantity", "currency"] {
        assert!(body["errors"][field].is_string(), "{field}: {body}");
    }
    let (_, inbox) = call(&app, Method::GET, "/api/v1/enquiries", Some(&jan_t), None).await;
    assert_eq!(
        inbox["threads"].as_array().unwrap().len(),
        1,
        "{backend:?}: {inbox}"
    );

    // The producer sees it, replies and quotes.
    let (_, inbox) = call(&app, Method::GET, "/api/v1/enquiries", Some(&weaver_t), None).await;
    assert_eq!(inbox["threads"][0]["id"], id.as_str());
    assert_eq!(inbox["unread_total"], 1);
    let path = format!("/api/v1/enquiries/{id}");
    let (status, body) = call(&app, Method::GET, &path, Some(&weaver_t), None).await;
    assert_eq!(status, 200);
    assert!(body["buyer"]["email"].is_null(), "hidden before a reply: {body}");
    let (status, body) = call(
        &app,
        Method::POST,
        &format!("{path}/messages"),
        Some(&weaver_t),
        Some(json!({ "message": "Thank you, we can weave these." })),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    assert_eq!(body["status"], "replied");
    assert_eq!(body["buyer"]["email"], "jan@tulip.example");
    let valid_until = chrono::Utc::now().date_naive() + chrono::TimeDelta::days(30);
    let quote = json!({
        "unit_price": "11.80", "currency": "USD", "moq": 200, "moq_unit": "pieces",
        "lead_time_days": 45, "incoterm": "CIF", "valid_until": valid_until.to_string()
    });
    // The answer words the quote in the caller's language, as the
    // conversation fetched after does.
    let token = &weaver_t;
    let in_hindi = |request: reqwest::RequestBuilder| async move {
        let response = request
            .bearer_auth(token)
            .header("Accept-Language", "hi")
            .send()
            .await
            .unwrap();
        (
            response.status().as_u16(),
            response.json::<Value>().await.unwrap(),
        )
    };
    let (status, body) = in_hindi(app.client.post(app.url(&format!("{path}/quotes"))).json(&quote)).await;
    assert_eq!(status, 201, "{body}");
    assert_eq!(body["status"], "quoted");
    let (_, fetched) = in_hindi(app.client.get(app.url(&path))).await;
    let quoted = |thread: &Value| {
        let entries = thread["entries"].as_array().cloned().unwrap_or_default();
        let entry = entries.into_iter().find(|e| e["kind"] == "quote");
        entry.map(|e| e["quote"].clone()).unwrap_or_default()
    };
    let (answered, fetched) = (quoted(&body), quoted(&fetched));
    let hindi_day = scoped(Locale::new(Language::Hi), || dates::long_day(valid_until));
    assert_eq!(
        answered["valid_until_words"],
        hindi_day.as_str(),
        "{backend:?}: {body}"
    );
    for field in ["valid_until_words", "price", "moq", "total"] {
        assert_eq!(answered[field], fetched[field], "{backend:?}: {field}");
    }
    // A buyer cannot quote.
    let (status, _) = call(
        &app,
        Method::POST,
        &format!("{path}/quotes"),
        Some(&jan_t),
        Some(quote.clone()),
    )
    .await;
    assert_eq!(status, 409);

    // Strangers: 404 on read, reply and quote; nothing in their lists.
    for stranger in [&eve_t, &rival_t] {
        let (status, _) = call(&app, Method::GET, &path, Some(stranger), None).await;
        assert_eq!(status, 404, "{backend:?}");
        let (status, _) = call(
            &app,
            Method::POST,
            &format!("{path}/messages"),
            Some(stranger),
            Some(json!({ "message": "hi" })),
        )
        .await;
        assert_eq!(status, 404, "{backend:?}");
        let (status, _) = call(
            &app,
            Method::POST,
            &format!("{path}/quotes"),
            Some(stranger),
            Some(quote.clone()),
        )
        .await;
        assert_eq!(status, 404, "{backend:?}");
        let (_, inbox) = call(&app, Method::GET, "/api/v1/enquiries", Some(stranger), None).await;
        assert_eq!(inbox["threads"].as_array().unwrap().len(), 0);
    }

    // The buyer reads the quote: a GET changes nothing, marking it read is a POST.
    let (_, body) = call(&app, Method::GET, &path, Some(&jan_t), None).await;
    let entries = body["entries"].as_array().unwrap();
    let quote = entries.iter().find(|e| e["kind"] == "quote").unwrap();
    assert_eq!(quote["quote"]["price"], "US$11.80 per piece");
    let (_, inbox) = call(&app, Method::GET, "/api/v1/enquiries", Some(&jan_t), None).await;
    assert_ne!(inbox["unread_total"], 0);
    let (status, _) = call(&app, Method::POST, &format!("{path}/read"), Some(&eve_t), None).await;
    assert_eq!(status, 404);
    let (status, _) = call(&app, Method::POST, &format!("{path}/read"), Some(&jan_t), None).await;
    assert_eq!(status, 204);
    let (_, inbox) = call(&app, Method::GET, "/api/v1/enquiries", Some(&jan_t), None).await;
    assert_eq!(inbox["unread_total"], 0);

    app.run_pending_jobs().await;
    let mail = smtp.messages();
    assert!(
        mail.iter()
            .any(|m| m.to == weaver.email && m.subject.starts_with("New enquiry")),
        "{backend:?}"
    );
    assert!(
        mail.iter()
            .any(|m| m.to == jan.email && m.subject.contains("message")),
        "{backend:?}"
    );
    app.stop().await;
}
