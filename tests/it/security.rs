//! Security properties over HTTP (docs/SECURITY.md names the test for each).

use odop_bazaar::accounts::{Role, api_tokens};

use crate::browser::Browser;
use crate::harness::{Backend, TestApp, backends};
use crate::market::{self, PASSWORD};

#[actix_web::test]
async fn after_sign_in_only_this_sites_pages_are_followed() {
    for backend in backends() {
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

#[actix_web::test]
async fn personal_pages_and_api_answers_are_never_stored_by_caches() {
    for backend in backends() {
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
        app.stop().await;
    }
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
