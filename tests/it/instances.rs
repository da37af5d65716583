//! Several instances on one PostgreSQL database (issue #19 item 4): the
//! real binary started twice beside the test's own site, sharing the
//! database, `SESSION_KEY`, `MEDIA_DIR` and Meilisearch, each with its own
//! `DATA_DIR`. A visitor signed in on one is signed in on the other, each job
//! runs once whichever worker claims it, a rate limit counts across both, and
//! a photo uploaded to one is served by the other. Without Meilisearch, a
//! second instance with its own embedded index is refused at start-up.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use odop_bazaar::mail::OutgoingEmail;
use serde_json::json;

use crate::browser::Browser;
use crate::catalogue::{app_with_mail, producer_with_profile};
use crate::harness::{Backend, TestApp};
use crate::logo::{png_logo, upload_logo};
use test_macros::backend_test;

/// A `serve` process of the binary on the test site's database.
struct Instance {
    process: Child,
    base: String,
    _data_dir: tempfile::TempDir,
}

impl Drop for Instance {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Starts the binary on `app`'s database with its session key and media
/// folder, the extra environment `env`, and its own data folder.
fn start(app: &TestApp, env: &[(&str, &str)]) -> Instance {
    let data_dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let odop_bazaar::settings::DatabaseUrl::Postgres(url) = &app.settings.database_url else {
        panic!("several instances share PostgreSQL");
    };
    let process = Command::new(env!("CARGO_BIN_EXE_odop-bazaar"))
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("DATABASE_URL", url.expose())
        .env("DATA_DIR", data_dir.path())
        .env("MEDIA_DIR", &app.settings.media_dir)
        .env("SESSION_KEY", "k".repeat(64))
        .env("BIND", format!("127.0.0.1:{port}"))
        .env("BASE_URL", &base)
        .env("RUST_LOG", "warn")
        // No fetch of the real rates from a test (the harness sets the same).
        .env("RATES_URL", "off")
        .envs(env.iter().copied())
        .arg("serve")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    Instance {
        process,
        base,
        _data_dir: data_dir,
    }
}

/// Waits until `instance` answers `/readyz`, or returns what it said on
/// its way out if it exited instead.
async fn ready(instance: &mut Instance) -> Result<(), String> {
    let started = Instant::now();
    let client = reqwest::Client::new();
    loop {
        if let Some(status) = instance.process.try_wait().unwrap() {
            let mut said = String::new();
            if let Some(mut stderr) = instance.process.stderr.take() {
                std::io::Read::read_to_string(&mut stderr, &mut said).unwrap();
            }
            return Err(format!("exited with {status}: {said}"));
        }
        if let Ok(answer) = client.get(format!("{}/readyz", instance.base)).send().await
            && answer.status() == 200
        {
            return Ok(());
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "{} did not start",
            instance.base
        );
        actix_web::rt::time::sleep(Duration::from_millis(100)).await;
    }
}

#[backend_test(postgres)]
async fn a_second_instance_with_its_own_embedded_index_is_refused(backend: Backend) {
    // The test's own site serves the embedded index on its database.
    let app = TestApp::spawn(backend).await;
    let mut second = start(&app, &[]);
    let refused = ready(&mut second)
        .await
        .expect_err("a second embedded index must not start");
    assert!(
        refused.contains("another instance is serving this PostgreSQL database")
            && refused.contains("MEILI_URL"),
        "{refused}"
    );
}

#[backend_test(postgres)]
async fn two_instances_share_sessions_jobs_rate_limits_and_uploads(backend: Backend) {
    let Some(meili_url) = std::env::var("MEILI_URL").ok().filter(|u| !u.is_empty()) else {
        eprintln!("MEILI_URL not set: the test of several instances skipped (they share Meilisearch)");
        return;
    };
    let meili_key = std::env::var("MEILI_API_KEY").unwrap_or_default();
    let (app, smtp) = app_with_mail(backend).await;
    let shared = [
        ("MEILI_URL", meili_url.as_str()),
        ("MEILI_API_KEY", meili_key.as_str()),
        ("SMTP_URL", &smtp.url()),
    ];
    let (mut one, mut two) = (start(&app, &shared), start(&app, &shared));
    ready(&mut one).await.unwrap();
    ready(&mut two).await.unwrap();

    // Signed in on one (through the test's site, which made the account),
    // the same cookie is a session on both.
    let producer = producer_with_profile(&app, "weaver@example.in", "Kashi Weaves").await;
    let on_one = producer.at(&one.base);
    let on_two = producer.at(&two.base);
    for (name, browser) in [("one", &on_one), ("two", &on_two)] {
        let profile = browser.get("/dashboard/profile").await;
        assert_eq!(profile.status, 200, "signed in on instance {name}");
        assert!(profile.body.contains("Kashi Weaves"));
    }

    // A logo uploaded to one is served by the other, from the shared media folder.
    let saved = upload_logo(&on_one, png_logo(400), "logo.png").await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let public = on_two.get("/producers/kashi-weaves").await.body;
    let src = public
        .split("src=\"")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap_or_default().replace("&#x2F;", "/"))
        .find(|src| src.starts_with("/media/"))
        .unwrap_or_else(|| panic!("no logo on the page served by instance two: {public}"));
    let photo = on_two.get(&src).await;
    assert_eq!(photo.status, 200, "{src} from instance two");
    assert!(
        photo.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("image/"),
        "{:?}",
        photo.headers
    );

    // A rate limit counts the attempts made everywhere: the producer signed
    // in once on the test's site; nine wrong passwords alternating between
    // the instances make ten, the account's limit, and the next is refused on either.
    let stranger = Browser::new(&app);
    for attempt in 0..9 {
        let instance = if attempt % 2 == 0 { &one } else { &two };
        let wrong = stranger
            .at(&instance.base)
            .sign_in("weaver@example.in", "not the password at all")
            .await;
        assert_ne!(wrong.status, 429, "attempt {attempt} is within the limit");
    }
    for instance in [&one, &two] {
        let refused = stranger
            .at(&instance.base)
            .sign_in("weaver@example.in", "not the password at all")
            .await;
        assert_eq!(
            refused.status, 429,
            "{} counts the other's attempts",
            instance.base
        );
    }

    // Each job runs once: sixty e-mails queued at once, taken by both
    // instances' workers, arrive once each.
    let before = smtp.messages().len();
    app.db
        .write_blocking(|conn| {
            for n in 0..60 {
                let email = OutgoingEmail::new(
                    format!("buyer-{n}@example.com"),
                    "verify_email",
                    json!({ "name": format!("Buyer {n}"), "verify_url": "http://127.0.0.1/confirm" }),
                );
                odop_bazaar::mail::enqueue(conn, email, chrono::Utc::now().naive_utc())?;
            }
            Ok::<_, odop_bazaar::db::DbError>(())
        })
        .unwrap();
    let started = Instant::now();
    while smtp.messages().len() < before + 60 {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "only {} of 60 e-mails arrived",
            smtp.messages().len() - before
        );
        actix_web::rt::time::sleep(Duration::from_millis(100)).await;
    }
    // A second delivery would come within the workers' next polls.
    actix_web::rt::time::sleep(Duration::from_secs(2)).await;
    let mut recipients: Vec<String> = smtp.messages()[before..]
        .iter()
        .map(|m| m.to.clone())
        .filter(|to| to.starts_with("buyer-"))
        .collect();
    recipients.sort();
    let delivered = recipients.len();
    recipients.dedup();
    assert_eq!((delivered, recipients.len()), (60, 60), "each e-mail sent once");
}
