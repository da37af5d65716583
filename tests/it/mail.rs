use std::collections::HashSet;
use std::sync::Arc;

use chrono::Utc;
use odop_bazaar::db::DbError;
use odop_bazaar::jobs::{Job, JobHandler, Worker, repo};
use odop_bazaar::mail::{self, OutgoingEmail};
use odop_bazaar::startup::{Application, Options};
use serde_json::json;

use crate::harness::{Backend, TestApp, TestStorage};
use crate::smtp::{ReceivedEmail, SmtpServer};
use test_macros::backend_test;

const BASE_URL: &str = "https://bazaar.example.org";

fn verify_email(to: &str, link: &str) -> OutgoingEmail {
    OutgoingEmail::new(to, "verify_email", json!({ "name": "Asha", "verify_url": link })).to_name("Asha")
}

/// Queues the e-mails in one transaction and returns their job ids.
fn enqueue(app: &TestApp, emails: Vec<OutgoingEmail>) -> Vec<String> {
    app.db
        .write_blocking(move |conn| {
            emails
                .into_iter()
                .map(|email| mail::enqueue(conn, email, Utc::now().naive_utc()))
                .collect::<Result<Vec<_>, DbError>>()
        })
        .unwrap()
}

fn job(app: &TestApp, id: &str) -> Job {
    let id = id.to_owned();
    app.db
        .read_blocking(move |conn| repo::find(conn, &id))
        .unwrap()
        .unwrap()
}

async fn spawn_with_smtp(backend: Backend, smtp: &SmtpServer) -> TestApp {
    TestApp::spawn_with(backend, &[("SMTP_URL", &smtp.url()), ("BASE_URL", BASE_URL)]).await
}

#[backend_test]
async fn a_queued_email_arrives_over_smtp_with_text_and_html_parts(backend: Backend) {
    let smtp = SmtpServer::start().await;
    let app = spawn_with_smtp(backend, &smtp).await;
    let link = format!("{BASE_URL}/account/verify?token=abc123");
    let ids = enqueue(&app, vec![verify_email("asha@example.com", &link)]);
    assert!(
        smtp.messages().is_empty(),
        "{backend:?}: nothing is sent until a worker runs"
    );

    assert_eq!(app.run_pending_jobs().await, 1);
    let received = smtp.messages();
    assert_eq!(received.len(), 1, "{backend:?}");
    let email = &received[0];
    assert_eq!(email.envelope_to, ["asha@example.com"]);
    assert_eq!(email.to, "asha@example.com");
    assert_eq!(email.subject, "Confirm your e-mail address for ODOP Bazaar");
    assert_eq!(email.content_type, "multipart/alternative");
    let text = email.text.as_deref().expect("a text/plain part");
    let html = email.html.as_deref().expect("a text/html part");
    assert!(text.contains(&link) && text.contains("24 hours"), "{text}");
    assert!(html.contains(&format!("href=\"{link}\"")), "{html}");
    assert!(
        html.contains(&format!("href=\"{BASE_URL}/\"")),
        "base_url reaches the layout"
    );
    assert_eq!(email.message_id, format!("{}@bazaar.example.org", ids[0]));
    assert!(
        email.raw.contains("no-reply@odop-bazaar.local"),
        "From is MAIL_FROM"
    );

    assert_eq!(job(&app, &ids[0]).status.as_str(), "done");
    assert_eq!(app.pending_job_count(), 0);
    app.stop().await;
}

#[backend_test]
async fn without_smtp_url_an_email_is_written_as_an_eml_file(backend: Backend) {
    let app = TestApp::spawn_with(backend, &[("BASE_URL", BASE_URL)]).await;
    let link = format!("{BASE_URL}/account/verify?token=abc123");
    let ids = enqueue(&app, vec![verify_email("asha@example.com", &link)]);
    assert_eq!(app.run_pending_jobs().await, 1);

    let files: Vec<_> = std::fs::read_dir(app.settings.data_dir.join("mail"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1, "{backend:?}: {files:?}");
    assert_eq!(files[0].extension().unwrap(), "eml");
    let email = ReceivedEmail::parse(std::fs::read_to_string(&files[0]).unwrap(), Vec::new());
    assert_eq!(email.to, "asha@example.com");
    assert_eq!(email.subject, "Confirm your e-mail address for ODOP Bazaar");
    assert!(email.text.unwrap().contains(&link));
    assert_eq!(email.message_id, format!("{}@bazaar.example.org", ids[0]));
    assert_eq!(app.pending_job_count(), 0);
    app.stop().await;
}

#[backend_test]
async fn an_email_queued_in_a_rolled_back_transaction_is_never_sent(backend: Backend) {
    let smtp = SmtpServer::start().await;
    let app = spawn_with_smtp(backend, &smtp).await;
    let email = verify_email("asha@example.com", "https://bazaar.example.org/v");
    let outcome: Result<(), DbError> = app.db.write_blocking(|conn| {
        mail::enqueue(conn, email, Utc::now().naive_utc())?;
        Err(DbError::Query(diesel::result::Error::RollbackTransaction))
    });
    assert!(outcome.is_err());
    assert_eq!(app.pending_job_count(), 0, "{backend:?}");
    assert_eq!(app.run_pending_jobs().await, 0);
    assert!(smtp.messages().is_empty());
    app.stop().await;
}

/// Performs due jobs until none is left due.
async fn drain<H: JobHandler>(worker: &Worker<H>) -> usize {
    let mut total = 0;
    loop {
        match worker.run_once().await.unwrap() {
            0 => return total,
            n => total += n,
        }
    }
}

#[backend_test]
async fn emails_queued_during_an_smtp_outage_arrive_once_each_after_it(backend: Backend) {
    let mut smtp = SmtpServer::start().await;
    let port = smtp.port();
    let app = spawn_with_smtp(backend, &smtp).await;
    // One handler throughout, as in a running server: its pool still
    // holds the connection from before the outage when the server goes.
    let worker = Worker::new(app.db.clone(), Arc::new(app.app_jobs()));
    enqueue(
        &app,
        vec![verify_email("first@example.com", &format!("{BASE_URL}/v"))],
    );
    assert_eq!(drain(&worker).await, 1);
    smtp.stop().await;

    let emails = (0..50)
        .map(|i| {
            verify_email(
                &format!("buyer{i}@example.com"),
                &format!("{BASE_URL}/account/verify?token=t{i}"),
            )
        })
        .collect();
    let ids = enqueue(&app, emails);
    assert_eq!(drain(&worker).await, 50, "{backend:?}: every job was tried");
    let now = Utc::now().naive_utc();
    for id in &ids {
        let waiting = job(&app, id);
        assert_eq!(
            (waiting.status.as_str(), waiting.attempts),
            ("queued", 1),
            "{backend:?}"
        );
        let error = waiting.last_error.unwrap_or_default();
        assert!(error.contains("SMTP server"), "{error}");
        assert!(waiting.run_at > now, "waits for its backoff");
    }
    assert_eq!(app.pending_job_count(), 50);
    assert_eq!(drain(&worker).await, 0, "nothing is due during the backoff");

    smtp.restart().await;
    assert_eq!(smtp.port(), port);
    app.make_jobs_due();
    assert_eq!(drain(&worker).await, 50);

    let received = &smtp.messages()[1..];
    assert_eq!(received.len(), 50, "{backend:?}");
    let message_ids: HashSet<String> = received.iter().map(|e| e.message_id.clone()).collect();
    let expected: HashSet<String> = ids.iter().map(|id| format!("{id}@bazaar.example.org")).collect();
    assert_eq!(message_ids, expected, "each job's message arrived exactly once");
    let recipients: HashSet<&str> = received.iter().map(|e| e.to.as_str()).collect();
    assert_eq!(recipients.len(), 50);
    assert!(ids.iter().all(|id| job(&app, id).status.as_str() == "done"));
    assert_eq!(app.pending_job_count(), 0);
    app.stop().await;
}

#[backend_test]
async fn an_email_that_can_never_be_sent_fails_for_good_and_stays_visible(backend: Backend) {
    let smtp = SmtpServer::start().await;
    let app = spawn_with_smtp(backend, &smtp).await;
    app.allow_leftover_jobs("e-mails that fail for good are what the test shows");
    let ids = enqueue(
        &app,
        vec![
            OutgoingEmail::new("asha@example.com", "no_such_template", json!({ "name": "Asha" })),
            verify_email("not an address", "https://bazaar.example.org/v"),
        ],
    );
    assert_eq!(app.run_pending_jobs().await, 2);

    let failed = app.db.read_blocking(|conn| repo::list(conn, true, 10)).unwrap();
    let failed_ids: HashSet<&str> = failed.iter().map(|j| j.id.as_str()).collect();
    assert_eq!(
        failed_ids,
        ids.iter().map(String::as_str).collect(),
        "{backend:?}"
    );
    let unknown = job(&app, &ids[0]);
    assert_eq!((unknown.status.as_str(), unknown.attempts), ("failed", 1));
    assert!(
        unknown
            .last_error
            .unwrap()
            .contains("no e-mail template 'no_such_template'")
    );
    let bad_address = job(&app, &ids[1]);
    assert_eq!(bad_address.status.as_str(), "failed");
    assert!(
        bad_address
            .last_error
            .unwrap()
            .contains("recipient address is not valid")
    );
    assert!(smtp.messages().is_empty());
    assert_eq!(app.pending_job_count(), 0);
    app.stop().await;
}

#[actix_web::test]
async fn an_unusable_smtp_url_stops_the_start_naming_smtp_url() {
    let options = Options {
        migrate: true,
        seed_if_empty: false,
        run_workers: false,
        ..Options::default()
    };
    for url in [
        "smtp://127.0.0.1:2525?tls=sometimes",
        "smtp://user:secret@127.0.0.1:2525",
    ] {
        let storage = TestStorage::new(Backend::Sqlite);
        let settings = storage.settings(&[("SMTP_URL", url)]);
        match Application::build(settings, options.clone()).await {
            Ok(_) => panic!("the application started with SMTP_URL={url}"),
            Err(error) => {
                let message = error.to_string();
                assert!(message.starts_with("SMTP_URL"), "{message}");
                assert!(!message.contains("secret"), "{message}");
            }
        }
    }
}
