//! Two-factor sign-in (issue #13, item 10): enrolment by QR code and a
//! typed-back code, the second step of signing in, recovery codes, and the
//! roles that must use it. The test computes codes as an authenticator app
//! would, from the key the enrolment page shows.

use chrono::Utc;
use odop_bazaar::accounts::Role;
use totp_rs::{Algorithm, Secret, TOTP};

use crate::browser::{Browser, Page};
use crate::catalogue::{PASSWORD, app_with_mail, signed_in};
use crate::harness::{Backend, TestApp};
use crate::market::user;
use test_macros::backend_test;

/// An authenticator app holding the key shown on the enrolment page.
struct App(TOTP);

impl App {
    fn from_page(page: &Page) -> Self {
        let marker = r#"<code class="secret-key">"#;
        let start = page.body.find(marker).expect("the key is shown") + marker.len();
        let key: String = page.body[start..]
            .chars()
            .take_while(|c| *c != '<')
            .filter(|c| !c.is_whitespace())
            .collect();
        let bytes = Secret::Encoded(key).to_bytes().unwrap();
        Self(TOTP::new(Algorithm::SHA1, 6, 1, 30, bytes, None, "test".into()).unwrap())
    }

    /// The code the app shows `steps` × 30 seconds from now.
    fn code(&self, steps: i64) -> String {
        self.0.generate((Utc::now().timestamp() + steps * 30) as u64)
    }
}

/// What enrolling leaves: the app, the recovery codes, and the code that
/// turned it on (spent).
struct Enrolled {
    phone: App,
    recovery_codes: Vec<String>,
    spent: String,
}

/// Turns two-factor sign-in on for the signed-in `browser`.
async fn enrol(browser: &Browser) -> Enrolled {
    let page = browser
        .submit("/account/two-factor", "/account/two-factor/start", &[])
        .await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert_eq!(page.headers["cache-control"], "no-store");
    assert!(page.body.contains("<svg role=\"img\""), "a QR code");
    let app = App::from_page(&page);
    let wrong = browser
        .submit(
            "/account/two-factor",
            "/account/two-factor/confirm",
            &[("code", "000000")],
        )
        .await;
    assert_eq!(wrong.status, 422);
    assert!(wrong.body.contains("That code is not right"));
    let spent = app.code(0);
    let done = browser
        .submit(
            "/account/two-factor",
            "/account/two-factor/confirm",
            &[("code", &spent)],
        )
        .await;
    assert_eq!(done.status, 200, "{}", done.body);
    let codes: Vec<String> = done
        .body
        .match_indices("<li><code>")
        .map(|(at, m)| {
            done.body[at + m.len()..]
                .chars()
                .take_while(|c| *c != '<')
                .collect()
        })
        .collect();
    assert_eq!(codes.len(), 10);
    Enrolled {
        phone: app,
        recovery_codes: codes,
        spent,
    }
}

/// For tests of other things done by admins and organisers: turns
/// two-factor sign-in on when the site asks for it, as such a person must
/// before anything else.
pub async fn give_second_factor_if_asked(browser: &Browser) {
    if browser.get("/dashboard").await.location() == "/account/two-factor" {
        enrol(browser).await;
    }
}

/// As [`give_second_factor_if_asked`], on a site whose clock has been moved
/// to `now`: the app's codes follow the site's clock, as a phone's would.
pub async fn give_second_factor_at(browser: &Browser, now: chrono::NaiveDateTime) {
    if browser.get("/dashboard").await.location() != "/account/two-factor" {
        return;
    }
    let page = browser
        .submit("/account/two-factor", "/account/two-factor/start", &[])
        .await;
    assert_eq!(page.status, 200, "{}", page.body);
    let code = App::from_page(&page).0.generate(now.and_utc().timestamp() as u64);
    let done = browser
        .submit(
            "/account/two-factor",
            "/account/two-factor/confirm",
            &[("code", &code)],
        )
        .await;
    assert_eq!(done.status, 200, "{}", done.body);
}

/// Signs in with the password; the answer is the redirect to the code step.
async fn password_step(app: &TestApp, email: &str) -> Browser {
    let browser = Browser::new(app);
    let page = browser.sign_in(email, PASSWORD).await;
    assert_eq!((page.status, page.location()), (303, "/login/code"));
    browser
}

async fn code_step(browser: &Browser, code: &str) -> Page {
    browser
        .submit("/login/code", "/login/code", &[("code", code)])
        .await
}

#[backend_test]
async fn with_two_factor_on_signing_in_asks_for_a_code_that_works_once(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let buyer = signed_in(&app, Role::Buyer, "nia@example.org").await;
    let Enrolled { phone, spent, .. } = enrol(&buyer).await;
    assert!(
        buyer
            .get("/account/two-factor")
            .await
            .body
            .contains("You have 10 unused recovery codes")
    );

    let browser = password_step(&app, "nia@example.org").await;
    let not_yet = browser.get("/dashboard").await;
    assert_eq!(
        not_yet.location(),
        "/login?next=%2Fdashboard",
        "{backend:?}: no session before the code"
    );
    let replayed = code_step(&browser, &spent).await;
    assert_eq!(
        replayed.status, 422,
        "{backend:?}: the code used to turn it on is spent"
    );
    let next = code_step(&browser, &phone.code(1)).await;
    assert_eq!((next.status, next.location()), (303, "/dashboard"), "{backend:?}");
    assert_eq!(browser.get("/dashboard").await.status, 200);
    app.run_pending_jobs().await;
    app.stop().await;
}

#[backend_test]
async fn a_recovery_code_signs_in_once_and_the_owner_is_told(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    let buyer = signed_in(&app, Role::Buyer, "nia@example.org").await;
    let codes = enrol(&buyer).await.recovery_codes;
    let first = password_step(&app, "nia@example.org").await;
    let used = code_step(&first, &codes[3].to_uppercase()).await;
    assert_eq!(used.status, 303, "{backend:?}: {}", used.body);
    let again = password_step(&app, "nia@example.org").await;
    assert_eq!(code_step(&again, &codes[3]).await.status, 422, "{backend:?}");
    app.run_pending_jobs().await;
    assert!(
        smtp.messages().iter().any(|m| m
            .subject
            .starts_with("A recovery code was used to sign in (9 left)")),
        "{backend:?}"
    );
    app.stop().await;
}

#[backend_test]
async fn admins_and_organisers_must_turn_it_on_and_cannot_turn_it_off(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    for (role, email, page) in [
        (Role::Admin, "admin@example.org", "/admin"),
        (Role::Organiser, "council@example.org", "/dashboard"),
    ] {
        user(&app, role, email, "Someone").await;
        let browser = Browser::new(&app);
        browser.sign_in(email, PASSWORD).await;
        let sent = browser.get(page).await;
        assert_eq!(
            (sent.status, sent.location()),
            (303, "/account/two-factor"),
            "{backend:?} {role:?}"
        );
        assert!(
            browser
                .get("/account/two-factor")
                .await
                .body
                .contains("must sign in with two factors")
        );
        let phone = enrol(&browser).await.phone;
        assert_eq!(
            browser.get(page).await.status,
            200,
            "{backend:?} {role:?}: this session gave a code"
        );
        let off = browser
            .submit(
                "/account/two-factor",
                "/account/two-factor/disable",
                &[("code", &phone.code(1))],
            )
            .await;
        assert_eq!(off.status, 409, "{backend:?} {role:?}");
    }
    app.run_pending_jobs().await;
    app.stop().await;
}

#[backend_test]
async fn guesses_at_the_code_are_limited(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let buyer = signed_in(&app, Role::Buyer, "nia@example.org").await;
    enrol(&buyer).await;
    let browser = password_step(&app, "nia@example.org").await;
    let mut statuses = Vec::new();
    for guess in ["111111", "222222", "333333", "444444", "555555"] {
        statuses.push(code_step(&browser, guess).await.status);
    }
    // The wrong code while turning it on counted as well.
    assert_eq!(statuses, [422, 422, 422, 429, 429], "{backend:?}");
    app.run_pending_jobs().await;
    app.stop().await;
}
