use std::time::Duration;

use odop_bazaar::db;

use crate::harness::{Backend, TestApp};
use test_macros::backend_test;

#[backend_test]
async fn health_and_readiness(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.allow_leftover_jobs("the test reverts the schema, jobs table and all");
    assert_eq!(app.get("/healthz").await.status(), 200);
    let ready = app.get("/readyz").await;
    assert_eq!(ready.status(), 200, "{backend:?}");
    let body: serde_json::Value = ready.json().await.unwrap();
    assert_eq!(body["status"], "ready");

    // With the schema behind the binary, the instance is not ready.
    {
        let mut conn = app.db.get().unwrap();
        db::revert_all_migrations(&mut conn).unwrap();
    }
    let not_ready = app.get("/readyz").await;
    assert_eq!(not_ready.status(), 503, "{backend:?}");
    assert!(not_ready.headers().contains_key("retry-after"));
    app.stop().await;
}

#[backend_test]
async fn an_exhausted_pool_answers_503_with_retry_after_instead_of_hanging(backend: Backend) {
    let app = TestApp::spawn_with(
        backend,
        &[("DATABASE_POOL_SIZE", "2"), ("DATABASE_TIMEOUT_SECS", "1")],
    )
    .await;
    assert_eq!(app.get("/states").await.status(), 200);
    let held: Vec<_> = (0..2).map(|_| app.db.get().unwrap()).collect();

    let started = std::time::Instant::now();
    let page = app.get("/states").await;
    assert_eq!(page.status(), 503, "{backend:?}");
    assert_eq!(page.headers()["retry-after"], "5");
    assert!(page.text().await.unwrap().contains("busy"));
    let api = app.get("/api/v1/states").await;
    assert_eq!(api.status(), 503);
    assert_eq!(api.headers()["content-type"], "application/problem+json");
    assert!(started.elapsed() < Duration::from_secs(10), "bounded wait");

    drop(held);
    assert_eq!(
        app.get("/states").await.status(),
        200,
        "recovers once connections are free"
    );
    app.stop().await;
}
