//! `/metrics`: off without a token, Prometheus text with one. The recorder is
//! one per process, so figures that other tests also move are checked as
//! "at least", and queue gauges through a job kind only this test uses.

use chrono::{TimeDelta, Utc};
use diesel::prelude::*;
use odop_bazaar::db::DbError;
use odop_bazaar::jobs::{NewJob, repo};
use odop_bazaar::schema::jobs;

use crate::harness::{Backend, TestApp};
use crate::smtp::SmtpServer;
use test_macros::backend_test;

const TOKEN: &str = "metrics-token-for-the-scraper-0123456789";

/// The value of the sample named exactly `series`, if present.
fn sample(text: &str, series: &str) -> Option<f64> {
    text.lines()
        .find_map(|line| line.strip_prefix(series)?.strip_prefix(' ')?.trim().parse().ok())
}

async fn scrape(app: &TestApp) -> String {
    let response = app
        .client
        .get(app.url("/metrics"))
        .bearer_auth(TOKEN)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/plain; version=0.0.4")
    );
    response.text().await.unwrap()
}

#[actix_web::test]
async fn metrics_are_off_without_a_token_and_need_it_when_on() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    assert_eq!(app.get("/metrics").await.status(), 404);
    app.stop().await;

    let app = TestApp::spawn_with(Backend::Sqlite, &[("METRICS_TOKEN", TOKEN)]).await;
    let anonymous = app.get("/metrics").await;
    assert_eq!(anonymous.status(), 401);
    assert_eq!(anonymous.headers()["www-authenticate"], "Bearer");
    let wrong = app
        .client
        .get(app.url("/metrics"))
        .bearer_auth("metrics-token-for-the-scraper-0123456788")
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 401);
    app.stop().await;
}

#[backend_test]
async fn metrics_count_requests_by_route_pool_jobs_and_mail(backend: Backend) {
    let smtp = SmtpServer::start().await;
    let app = TestApp::spawn_with(backend, &[("METRICS_TOKEN", TOKEN), ("SMTP_URL", &smtp.url())]).await;
    let ok = r#"http_requests_total{method="GET",route="/districts/{slug}",status="200"}"#;
    let missing = r#"http_requests_total{method="GET",route="/districts/{slug}",status="404"}"#;
    let before = scrape(&app).await;
    assert_eq!(app.get("/districts/varanasi").await.status(), 200);
    assert_eq!(app.get("/districts/varanasi").await.status(), 200);
    assert_eq!(app.get("/districts/atlantis").await.status(), 404);
    let after = scrape(&app).await;
    let grew = |series: &str| sample(&after, series).unwrap_or(0.0) - sample(&before, series).unwrap_or(0.0);
    assert!(grew(ok) >= 2.0, "{backend:?}: {after}");
    assert!(grew(missing) >= 1.0, "{backend:?}");
    assert!(after.contains("# TYPE http_request_duration_seconds histogram"));
    assert!(after.contains(
        r#"http_request_duration_seconds_bucket{method="GET",route="/districts/{slug}",le="0.1"}"#
    ));
    assert!(
        sample(&after, r#"db_pool_connections{state="idle"}"#).is_some(),
        "{after}"
    );
    assert!(sample(&after, "db_pool_waiting").is_some());
    assert_eq!(app.get("/search?q=silk").await.status(), 200);
    let searched = scrape(&app).await;
    assert!(
        searched.contains(r#"search_duration_seconds_count{engine="embedded"}"#),
        "{searched}"
    );

    // A job of a kind only this test uses, due ten minutes ago and not run.
    let kind: &'static str = match backend {
        Backend::Sqlite => "metrics.test_sqlite",
        Backend::Postgres => "metrics.test_postgres",
    };
    let due = Utc::now().naive_utc() - TimeDelta::minutes(10);
    app.db
        .write_blocking(|conn| repo::enqueue(conn, NewJob::new(kind, serde_json::json!({})).run_at(due), due))
        .unwrap();
    let text = scrape(&app).await;
    let queued = format!(r#"jobs{{kind="{kind}",status="queued"}}"#);
    assert_eq!(sample(&text, &queued), Some(1.0), "{text}");
    let age = sample(&text, &format!(r#"jobs_oldest_due_age_seconds{{kind="{kind}"}}"#)).unwrap();
    assert!((590.0..3600.0).contains(&age), "{age}");
    app.db
        .write_blocking(|conn| {
            diesel::delete(jobs::table.filter(jobs::kind.eq(kind)))
                .execute(conn)
                .map_err(DbError::from)
        })
        .unwrap();
    assert_eq!(
        sample(&scrape(&app).await, &queued),
        Some(0.0),
        "gone jobs read as zero"
    );

    // An e-mail sent through the outbox.
    let sent = r#"emails_sent_total{template="verify_email"}"#;
    let sent_before = sample(&scrape(&app).await, sent).unwrap_or(0.0);
    crate::browser::Browser::new(&app)
        .submit(
            "/signup",
            "/signup",
            &[
                ("role", "producer"),
                ("name", "Meena Kumari"),
                ("email", &format!("meena.{backend:?}@example.org").to_lowercase()),
                ("password", "copper lantern river mango"),
            ],
        )
        .await;
    assert_eq!(app.run_pending_jobs().await, 1);
    let sent_after = sample(&scrape(&app).await, sent).unwrap_or(0.0);
    assert!(sent_after >= sent_before + 1.0, "{sent_before} -> {sent_after}");
    app.stop().await;
}
