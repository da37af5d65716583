//! The defences of docs/SECURITY.md, each shown over HTTP on both databases.

use std::time::Duration;

use odop_bazaar::accounts::{api_tokens, password};
use odop_bazaar::settings::Settings;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::browser::Browser;
use crate::harness::{TestApp, backends};
use crate::market::{PASSWORD, buyer, ctx};

/// The session cookie a sign-in answer set, as a `Cookie` header value.
fn session_cookie(page: &crate::browser::Page) -> String {
    let set = page.headers["set-cookie"].to_str().unwrap();
    set.split(';').next().unwrap().to_owned()
}

/// GET `path` with nothing but `cookie`, as someone who copied it would.
async fn with_cookie(app: &TestApp, path: &str, cookie: &str) -> u16 {
    app.client
        .get(app.url(path))
        .header("cookie", cookie)
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

#[actix_web::test]
async fn sign_in_follows_next_only_to_pages_of_this_site() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        buyer(&app, "next@example.com").await;
        let browser = Browser::new(&app);
        browser.sign_in("next@example.com", PASSWORD).await;
        let base = url::Url::parse(&app.address).unwrap();
        for bypass in [
            "//evil.example",
            "/\\evil.example",
            "/\t/evil.example",
            "/\n/evil.example",
            "https:evil.example",
            "/%2F%2Fevil.example",
            "/\\\\evil.example",
            "\\/evil.example",
            "/.//evil.example",
        ] {
            let query: String = url::form_urlencoded::byte_serialize(bypass.as_bytes()).collect();
            let page = browser.get(&format!("/login?next={query}")).await;
            assert_eq!(page.status, 303, "{backend:?} {bypass:?}");
            let location = page.location();
            let followed = base.join(location).unwrap();
            assert_eq!(
                followed.origin(),
                base.origin(),
                "{backend:?} {bypass:?} -> {location}"
            );
        }
        let page = browser.get("/login?next=%2Fenquiries%3Ftab%3Dopen").await;
        assert_eq!(page.location(), "/enquiries?tab=open");
        app.stop().await;
    }
}

#[actix_web::test]
async fn signing_out_ends_a_copied_cookie() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        buyer(&app, "copied@example.com").await;
        let browser = Browser::new(&app);
        let signed_in = browser.sign_in("copied@example.com", PASSWORD).await;
        let copy = session_cookie(&signed_in);
        assert_eq!(with_cookie(&app, "/account", &copy).await, 200, "{backend:?}");

        let account = browser.get("/account").await;
        let token = account.csrf_token();
        assert_eq!(
            browser.post("/logout", &[("csrf_token", &token)]).await.status,
            303
        );
        assert_eq!(
            with_cookie(&app, "/account", &copy).await,
            303,
            "{backend:?}: the copy is signed out too"
        );
        app.stop().await;
    }
}

#[actix_web::test]
async fn signing_out_everywhere_else_ends_the_other_browsers() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        buyer(&app, "two@example.com").await;
        let first = Browser::new(&app);
        let copy = session_cookie(&first.sign_in("two@example.com", PASSWORD).await);
        let second = Browser::new(&app);
        second.sign_in("two@example.com", PASSWORD).await;

        let account = second.get("/account").await;
        assert_eq!(account.status, 200);
        assert_eq!(
            account.headers["cache-control"], "no-store",
            "signed-in pages are personal"
        );
        assert!(
            account.body.contains("Where you are signed in"),
            "{}",
            account.body
        );
        assert_eq!(
            account.body.matches("/account/sessions/").count(),
            3,
            "two devices and 'everywhere else'"
        );
        assert!(account.body.contains("This device") && account.body.contains("network 127.0.0.0"));

        let done = second
            .submit("/account", "/account/sessions/end-others", &[])
            .await;
        assert_eq!(done.location(), "/account#sessions");
        assert!(
            second
                .get("/account")
                .await
                .body
                .contains("One other device is signed out.")
        );
        assert_eq!(first.get("/account").await.status, 303, "{backend:?}");
        assert_eq!(with_cookie(&app, "/account", &copy).await, 303, "{backend:?}");
        assert_eq!(second.get("/account").await.status, 200, "{backend:?}");
        app.stop().await;
    }
}

#[actix_web::test]
async fn a_password_change_ends_every_other_session() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        buyer(&app, "change@example.com").await;
        let first = Browser::new(&app);
        first.sign_in("change@example.com", PASSWORD).await;
        let second = Browser::new(&app);
        second.sign_in("change@example.com", PASSWORD).await;
        let changed = second
            .submit(
                "/account",
                "/account/password",
                &[
                    ("current_password", PASSWORD),
                    ("new_password", "violet harbour kettle drum"),
                ],
            )
            .await;
        assert_eq!(changed.status, 303, "{backend:?}: {}", changed.body);
        assert_eq!(first.get("/account").await.status, 303, "{backend:?}");
        assert_eq!(second.get("/account").await.status, 200, "{backend:?}");
        app.stop().await;
    }
}

#[actix_web::test]
async fn rate_limits_count_the_client_behind_a_trusted_proxy() {
    for backend in backends() {
        let app = TestApp::spawn_with(backend, &[("TRUSTED_PROXIES", "127.0.0.0/8")]).await;
        let attempt = |client: &'static str, n: usize| {
            let app = &app;
            async move {
                let login = Browser::new(app).get("/login").await;
                let token = login.csrf_token();
                let email = format!("nobody{n}@example.com");
                app.client
                    .post(app.url("/login"))
                    .header("x-forwarded-for", format!("1.2.3.4, {client}"))
                    .header("cookie", session_cookie(&login))
                    .form(&[
                        ("email", email.as_str()),
                        ("password", "wrong"),
                        ("csrf_token", &token),
                    ])
                    .send()
                    .await
                    .unwrap()
                    .status()
                    .as_u16()
            }
        };
        for n in 0..20 {
            assert_eq!(attempt("198.51.100.1", n).await, 401, "{backend:?}");
        }
        assert_eq!(
            attempt("198.51.100.1", 20).await,
            429,
            "{backend:?}: this client is over its limit"
        );
        assert_eq!(
            attempt("198.51.100.2", 21).await,
            401,
            "{backend:?}: another client is not"
        );
        app.stop().await;
    }
}

#[actix_web::test]
async fn forwarding_headers_are_ignored_unless_the_proxy_is_trusted() {
    let dir = tempfile::tempdir().unwrap();
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        let data_dir = dir.path().display().to_string();
        Settings::from_sources(&Default::default(), move |k| {
            if k == "DATA_DIR" {
                return Some(data_dir.clone());
            }
            pairs.iter().find(|(n, _)| *n == k).map(|(_, v)| (*v).to_owned())
        })
    };
    let error = env(&[("TRUSTED_PROXIES", "10.0.0.0/8, proxy.example")]).unwrap_err();
    assert_eq!(error.variable, "TRUSTED_PROXIES");
    assert!(error.message.contains("proxy.example"), "{}", error.message);
    assert!(env(&[]).unwrap().trusted_proxies.is_empty());
    let trusted = env(&[("TRUSTED_PROXIES", "10.0.0.0/8, 2001:db8::1")]).unwrap();
    assert_eq!(trusted.trusted_proxies.len(), 2);
}

#[actix_web::test]
async fn https_sites_send_hsts_and_a_host_prefixed_cookie() {
    for backend in backends() {
        let secure = TestApp::spawn_with(backend, &[("BASE_URL", "https://bazaar.example.org")]).await;
        let home = secure.get("/").await;
        assert_eq!(home.headers()["strict-transport-security"], "max-age=31536000");
        let page = Browser::new(&secure).get("/login").await;
        let cookie = page.headers["set-cookie"].to_str().unwrap();
        assert!(cookie.starts_with("__Host-odop_session="), "{cookie}");
        assert!(cookie.contains("Secure") && cookie.contains("Path=/") && !cookie.contains("Domain"));
        secure.stop().await;

        let plain = TestApp::spawn(backend).await;
        assert!(
            plain
                .get("/")
                .await
                .headers()
                .get("strict-transport-security")
                .is_none()
        );
        plain.stop().await;
    }
}

#[actix_web::test]
async fn personal_answers_are_not_stored_by_caches() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let user = buyer(&app, "cache@example.com").await;
        let secret = api_tokens::create(&app.db, &user, "tool", &ctx(&app))
            .await
            .unwrap()
            .secret;
        let api = app
            .client
            .get(app.url("/api/v1/enquiries"))
            .bearer_auth(&secret)
            .send()
            .await
            .unwrap();
        assert_eq!(api.status(), 200, "{backend:?}");
        assert_eq!(api.headers()["cache-control"], "no-store");

        let browser = Browser::new(&app);
        browser.sign_in("cache@example.com", PASSWORD).await;
        assert_eq!(
            browser.get("/dashboard").await.headers["cache-control"],
            "no-store"
        );
        let anonymous = app.get("/states").await;
        assert!(
            anonymous
                .headers()
                .get("cache-control")
                .is_none_or(|v| v != "no-store")
        );
        app.stop().await;
    }
}

#[actix_web::test]
async fn generated_secrets_are_private_and_strong() {
    let dir = tempfile::tempdir().unwrap();
    let data_dir = dir.path().display().to_string();
    Settings::from_sources(&Default::default(), |k| {
        (k == "DATA_DIR").then(|| data_dir.clone())
    })
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.path().join("session.key"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "{mode:o}");
    }

    assert!(password::GENERATED_BITS >= 80);
    let generated = password::generate();
    let symbols = generated.chars().filter(|c| *c != '-').count();
    assert_eq!(symbols * 5, password::GENERATED_BITS as usize, "{generated}");
    assert_ne!(generated, password::generate());
}

#[actix_web::test]
async fn config_hides_a_password_in_the_query_string() {
    let dir = tempfile::tempdir().unwrap();
    let data_dir = dir.path().display().to_string();
    let settings = Settings::from_sources(&Default::default(), |k| match k {
        "DATA_DIR" => Some(data_dir.clone()),
        "DATABASE_URL" => Some("postgres://app@db/bazaar?sslmode=require&password=hunter2".into()),
        _ => None,
    })
    .unwrap();
    let shown = settings.database_url.redacted();
    assert!(
        !shown.contains("hunter2") && shown.contains("password=****") && shown.contains("sslmode=require"),
        "{shown}"
    );
    let (_, listed, _) = settings
        .origins
        .iter()
        .find(|(n, _, _)| n == "DATABASE_URL")
        .unwrap();
    assert!(!listed.contains("hunter2"), "{listed}");
}

#[actix_web::test]
async fn a_bearer_header_does_not_excuse_a_page_form_from_its_token() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        buyer(&app, "bearer@example.com").await;
        let browser = Browser::new(&app);
        let cookie = session_cookie(&browser.sign_in("bearer@example.com", PASSWORD).await);
        let forged = app
            .client
            .post(app.url("/logout"))
            .header("cookie", &cookie)
            .bearer_auth("odop_anything")
            .send()
            .await
            .unwrap();
        assert_eq!(forged.status(), 403, "{backend:?}");
        app.stop().await;
    }
}

#[actix_web::test]
async fn a_request_body_that_trickles_in_is_cut_off() {
    for backend in backends() {
        let app = TestApp::spawn_with(backend, &[("BODY_TIMEOUT_SECS", "1")]).await;
        let address = app.address.trim_start_matches("http://").to_owned();
        let mut stream = tokio::net::TcpStream::connect(&address).await.unwrap();
        let head = format!(
            "POST /login HTTP/1.1\r\nHost: {address}\r\nContent-Type: application/x-www-form-urlencoded\r\n\
             Content-Length: 1000\r\n\r\nemail=a"
        );
        stream.write_all(head.as_bytes()).await.unwrap();
        let mut answer = vec![0u8; 256];
        let read = tokio::time::timeout(Duration::from_secs(10), stream.read(&mut answer))
            .await
            .expect("the server answers instead of waiting for the rest")
            .unwrap();
        let answer = String::from_utf8_lossy(&answer[..read]);
        assert!(answer.starts_with("HTTP/1.1 408"), "{backend:?}: {answer}");
        app.stop().await;
    }
}
