//! Security properties over HTTP (docs/SECURITY.md names the test for each).

use odop_bazaar::accounts::{Role, api_tokens};
use odop_bazaar::settings::Settings;

use crate::browser::Browser;
use crate::harness::{Backend, TestApp};
use crate::market::{self, PASSWORD};
use test_macros::backend_test;

#[backend_test]
async fn after_sign_in_only_this_sites_pages_are_followed(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    market::user(&app, Role::Buyer, "nia@example.org", "Nia Okafor").await;
    let browser = Browser::new(&app);
    let signed_in = browser
        .submit(
            "/login?next=%2Fsearch%3Fq%3Dhaldi",
            "/login",
            &[
                ("email", "nia@example.org"),
                ("password", PASSWORD),
                ("next", "/search?q=haldi"),
            ],
        )
        .await;
    assert_eq!(signed_in.location(), "/search?q=haldi", "{backend:?}");
    for bypass in [
        "%2F%09%2Fevil.example",
        "%2F%2Fevil.example",
        "%2F%5Cevil.example",
        "%2F%0D%0A%2Fevil.example",
        "https%3Aevil.example",
        "https%3A%2F%2Fevil.example",
    ] {
        let page = browser.get(&format!("/login?next={bypass}")).await;
        assert_eq!(
            (page.status, page.location()),
            (303, "/dashboard"),
            "{backend:?}: {bypass}"
        );
    }
    app.stop().await;
}

#[actix_web::test]
async fn over_https_browsers_are_told_to_stay_on_it_and_the_cookie_is_host_only() {
    let app = TestApp::spawn_with(Backend::Sqlite, &[("BASE_URL", "https://bazaar.example.org")]).await;
    let login = app.get("/login").await;
    assert_eq!(login.headers()["strict-transport-security"], "max-age=31536000");
    let cookie = login.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(cookie.starts_with("__Host-odop_session="), "{cookie}");
    assert!(
        cookie.contains("Secure") && cookie.contains("Path=/") && !cookie.contains("Domain"),
        "{cookie}"
    );
    app.stop().await;

    let plain = TestApp::spawn(Backend::Sqlite).await;
    let login = plain.get("/login").await;
    assert!(
        !login.headers().contains_key("strict-transport-security"),
        "not over plain http"
    );
    let cookie = login.headers()["set-cookie"].to_str().unwrap();
    assert!(cookie.starts_with("odop_session="), "{cookie}");
    plain.stop().await;
}

#[backend_test]
async fn personal_pages_and_api_answers_are_never_stored_by_caches(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    market::user(&app, Role::Producer, "meena@example.in", "Meena Kumari").await;
    let anonymous = app.get("/districts/varanasi").await;
    assert!(
        !anonymous.headers().contains_key("cache-control"),
        "{backend:?}: public pages may be cached"
    );

    let browser = Browser::new(&app);
    browser.sign_in("meena@example.in", PASSWORD).await;
    for path in ["/dashboard", "/account", "/districts/varanasi"] {
        let page = browser.get(path).await;
        assert_eq!(page.status, 200, "{backend:?}: {path}");
        assert_eq!(page.headers["cache-control"], "no-store", "{backend:?}: {path}");
    }
    let buyer = market::buyer(&app, "jan@tulip.example").await;
    let issued = api_tokens::create(&app.db, &buyer, "sourcing tool", &market::ctx(&app))
        .await
        .unwrap();
    let api = app
        .client
        .get(app.url("/api/v1/enquiries"))
        .bearer_auth(&issued.secret)
        .send()
        .await
        .unwrap();
    assert_eq!(api.status(), 200, "{backend:?}");
    assert_eq!(api.headers()["cache-control"], "no-store");
    app.run_pending_jobs().await;
    app.stop().await;
}

#[actix_web::test]
async fn a_request_body_that_stops_arriving_is_given_up_on() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    let app = TestApp::spawn_with(Backend::Sqlite, &[("BODY_TIMEOUT_SECS", "1")]).await;
    let port = app.address.rsplit(':').next().unwrap().to_owned();
    let mut stream = tokio::net::TcpStream::connect(format!("127.0.0.1:{port}"))
        .await
        .unwrap();
    let head = format!(
        "POST /login HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nOrigin: http://127.0.0.1:{port}\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\nConnection: close\r\n\r\nemail="
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    let started = std::time::Instant::now();
    let mut answer = String::new();
    tokio::time::timeout(
        std::time::Duration::from_secs(15),
        stream.read_to_string(&mut answer),
    )
    .await
    .expect("answered instead of waiting for the rest of the body")
    .unwrap();
    assert!(
        started.elapsed() >= std::time::Duration::from_millis(900),
        "{answer}"
    );
    let status: u16 = answer.split(' ').nth(1).unwrap().parse().unwrap();
    assert!((400..500).contains(&status), "{answer}");
    app.stop().await;
}

// Server-side sessions, the client address behind a proxy, and the API's CSRF exemption.

/// The session cookie a sign-in answer set, as a `Cookie` header value.
fn session_cookie(page: &crate::browser::Page) -> String {
    page.set_cookie("odop_session")
        .split(';')
        .next()
        .unwrap()
        .to_owned()
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

#[backend_test]
async fn signing_out_ends_a_copied_cookie(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    market::buyer(&app, "copied@example.com").await;
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

#[backend_test]
async fn signing_out_everywhere_else_ends_the_other_browsers(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    market::buyer(&app, "two@example.com").await;
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
    app.run_pending_jobs().await;
    app.stop().await;
}

#[backend_test]
async fn a_password_change_ends_every_other_session(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    market::buyer(&app, "change@example.com").await;
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
    app.run_pending_jobs().await;
    app.stop().await;
}

#[backend_test]
async fn rate_limits_count_the_client_behind_a_trusted_proxy(backend: Backend) {
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

#[actix_web::test]
async fn trusted_proxies_are_validated_at_start_up() {
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

#[backend_test]
async fn a_bearer_header_does_not_excuse_a_page_form_from_its_token(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    market::buyer(&app, "bearer@example.com").await;
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
