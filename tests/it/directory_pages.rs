use crate::harness::{Backend, TestApp};
use test_macros::backend_test;

#[backend_test]
async fn directory_pages_show_the_real_data(backend: Backend) {
    let app = TestApp::spawn(backend).await;

    let (status, home) = app.page("/").await;
    assert_eq!(status, 200, "{backend:?}");
    for text in [
        "1,241",
        "787",
        "695",
        "/states/uttar-pradesh",
        "/sectors/handloom",
    ] {
        assert!(home.contains(text), "home page lacks {text}");
    }

    let (status, states) = app.page("/states").await;
    assert_eq!(status, 200);
    assert!(states.matches("href=\"/states/").count() >= 36);
    for name in [
        "Uttar Pradesh",
        "Ladakh",
        "Tamil Nadu",
        "Jammu and Kashmir",
        "Dadra and Nagar Haveli and Daman and Diu",
    ] {
        assert!(states.contains(name), "/states lacks {name}");
    }

    let (status, state) = app.page("/states/uttar-pradesh").await;
    assert_eq!(status, 200);
    assert!(state.contains("/districts/varanasi") && state.contains("Silk Products"));

    let (status, district) = app.page("/districts/varanasi").await;
    assert_eq!(status, 200);
    for text in [
        "Varanasi",
        "Uttar Pradesh",
        "Silk Products",
        "Pink Enamel (Gulaabi Minakari)",
        "Wooden Lacquer Ware",
        "/sectors/handicraft",
    ] {
        assert!(district.contains(text), "Varanasi's page lacks {text}");
    }
    assert!(district.contains("GI"), "GI-tagged products are marked");

    let (status, bilaspur) = app.page("/districts/chhattisgarh-bilaspur").await;
    assert_eq!(status, 200);
    assert!(bilaspur.contains("Chhattisgarh"));

    let (status, sector) = app.page("/sectors/handloom").await;
    assert_eq!(status, 200);
    assert!(sector.contains("Handloom") && sector.contains("/districts/"));

    let (status, gi) = app.page("/gi").await;
    assert_eq!(status, 200);
    assert!(gi.contains("Darjeeling Tea") && gi.contains("Pochampalli Ikat"));
    let (status, crafts) = app.page("/gi?category=handicraft").await;
    assert_eq!(status, 200);
    assert!(crafts.contains("Pochampalli Ikat") && !crafts.contains("Darjeeling Tea"));
    let (status, _) = app.page("/gi?category=nonsense").await;
    assert_eq!(status, 404);

    let (status, about) = app.page("/about/data").await;
    assert_eq!(status, 200);
    for text in [
        "One District One Product",
        "Local Government Directory",
        "Geographical Indications Registry",
        "Harmonized System",
    ] {
        assert!(about.contains(text), "/about/data lacks {text}");
    }
    app.stop().await;
}

#[actix_web::test]
async fn unknown_pages_get_a_styled_404_and_the_api_a_problem() {
    let app = TestApp::spawn(crate::harness::Backend::Sqlite).await;
    for path in [
        "/no-such-page",
        "/districts/atlantis",
        "/states/narnia",
        "/sectors/space",
    ] {
        let response = app.get(path).await;
        assert_eq!(response.status(), 404, "{path}");
        assert!(
            response.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/html")
        );
        let body = response.text().await.unwrap();
        assert!(
            body.contains("site.css") && body.contains("<h1"),
            "{path} is a styled page"
        );
    }
    let response = app.get("/api/v1/districts/atlantis").await;
    assert_eq!(response.status(), 404);
    assert_eq!(response.headers()["content-type"], "application/problem+json");
    let problem: serde_json::Value = response.json().await.unwrap();
    assert_eq!(problem["status"], 404);
    assert!(problem["detail"].as_str().unwrap().contains("atlantis"));
    let response = app.get("/api/v1/nothing-here").await;
    assert_eq!(response.status(), 404);
    assert_eq!(response.headers()["content-type"], "application/problem+json");
    app.stop().await;
}

#[backend_test]
async fn api_serves_states_and_districts_as_json(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let states: serde_json::Value = app.get("/api/v1/states").await.json().await.unwrap();
    let list = states["states"].as_array().unwrap();
    assert_eq!(list.len(), 36, "{backend:?}");
    let up = list.iter().find(|s| s["slug"] == "uttar-pradesh").unwrap();
    assert_eq!(up["district_count"], 75);

    let state: serde_json::Value = app
        .get("/api/v1/states/uttar-pradesh")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(state["state"]["name"], "Uttar Pradesh");
    assert_eq!(state["districts"].as_array().unwrap().len(), 75);

    let district: serde_json::Value = app.get("/api/v1/districts/varanasi").await.json().await.unwrap();
    assert_eq!(district["district"]["lgd_code"], 187);
    let products: Vec<&str> = district["products"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert!(products.contains(&"Silk Products"), "{products:?}");
    app.stop().await;
}

#[actix_web::test]
async fn every_response_carries_security_headers() {
    let app = TestApp::spawn(crate::harness::Backend::Sqlite).await;
    for path in [
        "/",
        "/no-such-page",
        "/api/v1/states",
        "/healthz",
        "/static/css/site.css",
    ] {
        let response = app.get(path).await;
        let headers = response.headers();
        let csp = headers["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'"),
            "{path}"
        );
        assert!(!csp.contains("unsafe-inline"), "{path}");
        assert_eq!(headers["x-content-type-options"], "nosniff", "{path}");
        assert!(headers.contains_key("referrer-policy"), "{path}");
    }
    app.stop().await;
}

#[actix_web::test]
async fn head_requests_get_the_status_and_headers_of_get_without_a_body() {
    let app = TestApp::spawn(crate::harness::Backend::Sqlite).await;
    for (path, status) in [
        ("/", 200),
        ("/districts/varanasi", 200),
        ("/search?q=haldi", 200),
        ("/api/v1/states", 200),
        ("/no-such-page", 404),
        ("/search?page=0", 400),
    ] {
        let get = app.get(path).await;
        let head = app.client.head(app.url(path)).send().await.expect("request");
        assert_eq!(head.status(), status, "{path}");
        assert_eq!(head.status(), get.status(), "{path}");
        assert_eq!(
            head.headers()["content-type"],
            get.headers()["content-type"],
            "{path}"
        );
        assert!(head.bytes().await.unwrap().is_empty(), "{path}");
    }
    app.stop().await;
}

#[actix_web::test]
async fn static_files_are_cached_and_revalidated() {
    let app = TestApp::spawn(crate::harness::Backend::Sqlite).await;
    let (_, home) = app.page("/").await;
    let start = home
        .find("/static/css/site.css?v=")
        .expect("fingerprinted stylesheet link");
    let href: String = home[start..].chars().take_while(|c| *c != '"').collect();
    let response = app.get(&href).await;
    assert_eq!(response.status(), 200);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/css")
    );
    let cache = response.headers()["cache-control"].to_str().unwrap();
    assert!(
        cache.contains("max-age=31536000") && cache.contains("immutable"),
        "{cache}"
    );
    let etag = response.headers()["etag"].to_str().unwrap().to_owned();

    let plain = app.get("/static/css/site.css").await;
    assert!(
        plain.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("max-age=3600")
    );
    let revalidated = app
        .client
        .get(app.url("/static/css/site.css"))
        .header("If-None-Match", etag)
        .send()
        .await
        .unwrap();
    assert_eq!(revalidated.status(), 304);
    assert_eq!(app.get("/static/nothing.css").await.status(), 404);
    app.stop().await;
}
