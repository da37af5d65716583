//! The served OpenAPI document: a valid OpenAPI 3.1 document whose every
//! reference resolves, for every operation the API routes (the route test
//! itself is in src/web/openapi.rs).

use serde_json::Value;

use crate::harness::{Backend, TestApp};
use test_macros::backend_test;

#[backend_test]
async fn the_api_serves_a_valid_openapi_document_of_itself(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let response = app.get("/api/v1/openapi.json").await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/json");
    let text = response.text().await.unwrap();
    let spec = oas3::from_json(&text).unwrap();
    assert!(spec.validate_version().unwrap().minor >= 1, "{}", spec.openapi);

    let operations: Vec<_> = spec.operations().collect();
    assert_eq!(operations.len(), 45);

    // The same document worded for people at /api: every operation, its
    // summary, and the document itself linked, with no script needed.
    let (status, page) = app.page("/api").await;
    assert_eq!(status, 200);
    let page = page.replace("&#x2F;", "/");
    assert!(page.contains("href=\"/api/v1/openapi.json\""), "{page}");
    for (path, method, operation) in &operations {
        let method = method.as_str();
        assert!(page.contains(path.as_str()), "/api names {method} {path}");
        let summary = operation.summary.as_deref().unwrap_or_default();
        let summary = odop_bazaar::format::code_spans(summary);
        assert!(
            page.contains(&summary),
            "/api gives {method} {path}'s summary: {summary}"
        );
    }
    // Names the doc comments put in backticks read as code, not as backticks.
    assert!(
        page.contains("<code>Authorization: Bearer odop_…</code>"),
        "{page}"
    );
    assert!(!page.contains('`'), "a backtick shown on /api");
    reference_pages_hold_every_operation_and_type_within_the_budget(&app, &page, operations.len()).await;
    for (path, method, operation) in operations {
        let name = format!("{method} {path}");
        operation
            .parameters(&spec)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        if let Some(body) = operation.request_body(&spec).unwrap() {
            for media in body.content.values() {
                media.schema(&spec).unwrap_or_else(|e| panic!("{name} body: {e}"));
            }
        }
        let responses = operation.responses(&spec);
        assert!(!responses.is_empty(), "{name}");
        for (status, response) in responses {
            for (media_type, media) in &response.content {
                media
                    .schema(&spec)
                    .unwrap_or_else(|e| panic!("{name} {status} {media_type}: {e}"));
            }
        }
    }
    // A type missing from the components (a dangling `$ref`, nested at any
    // depth) fails here rather than in a client.
    let json: Value = serde_json::from_str(&text).unwrap();
    let mut found = Vec::new();
    references(&json, &mut found);
    assert!(found.len() > 40, "{found:?}");
    for target in found {
        let pointer = target
            .strip_prefix('#')
            .unwrap_or_else(|| panic!("{target} is not local"));
        assert!(json.pointer(pointer).is_some(), "{target} does not resolve");
    }

    let problem = spec.components.as_ref().unwrap().schemas.get("Problem");
    assert!(problem.is_some(), "the problem document's schema");
    let bearer = &spec.components.as_ref().unwrap().security_schemes;
    assert!(bearer.contains_key("bearer"));
    app.stop().await;
}

/// Every `$ref` anywhere in `value`.
fn references(value: &Value, found: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, value) in map {
                match (key.as_str(), value) {
                    ("$ref", Value::String(target)) => found.push(target.clone()),
                    _ => references(value, found),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|item| references(item, found)),
        _ => {}
    }
}

/// The reference is split so no page carries the whole document: every
/// group page linked from `/api` and every type page linked from those
/// answers, together they hold every operation once, and each stays under
/// the 60 kB page budget (docs/UI: HTML under 60 kB).
async fn reference_pages_hold_every_operation_and_type_within_the_budget(
    app: &crate::harness::TestApp,
    overview: &str,
    operation_count: usize,
) {
    const BUDGET: usize = 60_000;
    let links = |page: &str, prefix: &str| -> Vec<String> {
        let mut found: Vec<String> = page
            .split("href=\"")
            .skip(1)
            .filter_map(|rest| rest.split(['"', '#']).next())
            .filter(|href| href.starts_with(prefix) && href.len() > prefix.len())
            .map(str::to_owned)
            .collect();
        found.sort();
        found.dedup();
        found
    };
    assert!(overview.len() < BUDGET, "/api is {} bytes", overview.len());
    let groups = links(overview, "/api/");
    let groups: Vec<&String> = groups.iter().filter(|g| !g.starts_with("/api/v1")).collect();
    let mut operations = 0;
    let mut types = Vec::new();
    for group in &groups {
        let (status, page) = app.page(group).await;
        let page = page.replace("&#x2F;", "/");
        assert_eq!(status, 200, "{group}");
        assert!(page.len() < BUDGET, "{group} is {} bytes", page.len());
        if *group != "/api/types" {
            operations += page.matches("<article class=\"api-op\"").count();
        }
        types.extend(links(&page, "/api/types/"));
    }
    assert_eq!(operations, operation_count, "each operation on one group page");
    types.sort();
    types.dedup();
    assert!(types.len() > 20, "the bodies' types are linked: {types:?}");
    for name in types {
        let (status, page) = app.page(&name).await;
        assert_eq!(status, 200, "{name}");
        assert!(page.len() < BUDGET, "{name} is {} bytes", page.len());
    }
    assert_eq!(app.page("/api/no-such-group").await.0, 404);
    assert_eq!(app.page("/api/types/NoSuchType").await.0, 404);
}
