//! Accounts over HTTP with a real SMTP server in the test process.

use std::collections::HashSet;

use chrono::Utc;
use diesel::prelude::*;
use odop_bazaar::accounts::{RequestContext, Role, User, admin_users, changes};
use odop_bazaar::db::DbError;
use odop_bazaar::i18n::Language;
use odop_bazaar::schema::{audit_events, users};

use crate::browser::{Browser, link_in};
use crate::harness::{Backend, TestApp};
use crate::smtp::SmtpServer;
use test_macros::backend_test;

const PASSWORD: &str = "copper lantern river mango";

async fn app_with_mail(backend: Backend) -> (TestApp, SmtpServer) {
    let smtp = SmtpServer::start().await;
    let app = TestApp::spawn_with(backend, &[("SMTP_URL", &smtp.url())]).await;
    (app, smtp)
}

fn producer_form<'a>(name: &'a str, email: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("role", "producer"),
        ("name", name),
        ("email", email),
        ("password", PASSWORD),
    ]
}

async fn create(app: &TestApp, role: Role, email: &str) -> User {
    let ctx = RequestContext {
        ip: None,
        base_url: url::Url::parse(&app.address).unwrap(),
        now: Utc::now().naive_utc(),
    };
    admin_users::create_user(&app.db, role, email, "Test Person", PASSWORD, None, &ctx)
        .await
        .unwrap()
}

fn user_count(app: &TestApp) -> i64 {
    app.db
        .read_blocking(|c| users::table.count().get_result(c).map_err(DbError::from))
        .unwrap()
}

fn audit_events_named(app: &TestApp, event: &str) -> i64 {
    let event = event.to_owned();
    app.db
        .read_blocking(move |c| {
            audit_events::table
                .filter(audit_events::event.eq(event))
                .count()
                .get_result(c)
                .map_err(DbError::from)
        })
        .unwrap()
}

#[backend_test]
async fn sign_up_verify_sign_in_dashboard_sign_out(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    let browser = Browser::new(&app);

    let page = browser
        .submit(
            "/signup",
            "/signup",
            &producer_form("Rani Devi", "Rani@Example.org"),
        )
        .await;
    assert_eq!(page.status, 200, "{backend:?}: {}", page.body);
    assert!(page.body.contains("Check your inbox"));
    assert_eq!(app.run_pending_jobs().await, 1);
    assert_eq!(app.pending_job_count(), 0);

    let mails = smtp.messages();
    assert_eq!(mails.len(), 1);
    assert_eq!(mails[0].envelope_to, ["rani@example.org"]);
    let text = mails[0].text.clone().unwrap();
    let link = link_in(&text, &format!("{}/verify-email?token=", app.address));
    assert!(
        mails[0]
            .html
            .as_deref()
            .unwrap()
            .contains(&link.replace('&', "&amp;"))
    );

    // Signed in before verifying: every page of the account sends to the
    // one that asks for the confirmation (and offers a new link).
    let signed_in = browser.sign_in("rani@example.org", PASSWORD).await;
    assert_eq!((signed_in.status, signed_in.location()), (303, "/dashboard"));
    for path in ["/dashboard", "/account", "/dashboard/profile"] {
        let page = browser.get(path).await;
        assert_eq!((page.status, page.location()), (303, "/confirm-email"), "{path}");
    }
    let confirm = browser.get("/confirm-email").await;
    assert_eq!(confirm.status, 200);
    assert!(confirm.body.contains("rani@example.org") && confirm.body.contains("/verify-email/resend"));

    let confirmed = browser.get(&link).await;
    assert_eq!(confirmed.status, 200, "{}", confirmed.body);
    let dashboard = browser.get("/dashboard").await;
    assert_eq!(dashboard.status, 200, "verified now");
    assert!(dashboard.body.contains("Rani Devi"));
    let confirm = browser.get("/confirm-email").await;
    assert_eq!((confirm.status, confirm.location()), (303, "/dashboard"));
    assert_eq!(browser.get(&link).await.status, 400, "a link works once");

    let signed_out = browser.submit("/dashboard", "/logout", &[]).await;
    assert_eq!((signed_out.status, signed_out.location()), (303, "/"));
    let again = browser.get("/dashboard").await;
    assert_eq!(
        (again.status, again.location()),
        (303, "/login?next=%2Fdashboard")
    );
    assert_eq!(audit_events_named(&app, "email_verified"), 1);
    assert_eq!(audit_events_named(&app, "sign_in_succeeded"), 1);
    app.stop().await;
}

#[actix_web::test]
async fn buyers_give_company_and_country_and_bad_input_keeps_what_was_typed() {
    let (app, _smtp) = app_with_mail(Backend::Sqlite).await;
    let browser = Browser::new(&app);
    let page = browser
        .submit(
            "/signup",
            "/signup",
            &[
                ("role", "buyer"),
                ("name", "Jan de Vries"),
                ("email", "jan@importer.nl"),
                ("password", "short"),
                ("company", ""),
                ("country", "XX"),
            ],
        )
        .await;
    assert_eq!(page.status, 422);
    assert!(page.body.contains("at least 10"), "password message");
    assert!(page.body.contains("company"), "company message");
    assert!(
        page.body.contains("jan@importer.nl") && page.body.contains("Jan de Vries"),
        "typed values kept"
    );
    assert_eq!(user_count(&app), 0);

    let page = browser
        .submit(
            "/signup",
            "/signup",
            &[
                ("role", "buyer"),
                ("name", "Jan de Vries"),
                ("email", "jan@importer.nl"),
                ("password", PASSWORD),
                ("company", "Tulip Imports BV"),
                ("country", "NL"),
            ],
        )
        .await;
    assert_eq!(page.status, 200, "{}", page.body);
    let (company, country): (Option<String>, Option<String>) = app
        .db
        .read_blocking(|c| {
            users::table
                .select((users::company, users::country_code))
                .first(c)
                .map_err(DbError::from)
        })
        .unwrap();
    assert_eq!(
        (company.as_deref(), country.as_deref()),
        (Some("Tulip Imports BV"), Some("NL"))
    );
    app.run_pending_jobs().await;
    app.stop().await;
}

#[backend_test]
async fn a_duplicate_address_gets_the_same_answer_and_its_owner_an_email(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    create(&app, Role::Producer, "kiran@example.in").await;
    let browser = Browser::new(&app);
    let page = browser
        .submit(
            "/signup",
            "/signup",
            &producer_form("Someone Else", "kiran@example.in"),
        )
        .await;
    assert_eq!(page.status, 200, "{backend:?}");
    assert!(page.body.contains("Check your inbox"), "no account enumeration");
    assert_eq!(user_count(&app), 1);
    app.run_pending_jobs().await;
    let mails = smtp.messages();
    assert_eq!(mails.len(), 1);
    assert!(
        mails[0].text.as_deref().unwrap().contains("/forgot-password"),
        "tells the owner how to get in"
    );
    app.stop().await;
}

#[backend_test]
async fn wrong_password_and_unknown_account_read_the_same(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    create(&app, Role::Buyer, "buyer@example.com").await;
    let browser = Browser::new(&app);
    let wrong = browser
        .sign_in("buyer@example.com", "not the password at all")
        .await;
    let unknown = browser.sign_in("nobody@example.com", PASSWORD).await;
    assert_eq!(wrong.status, 401, "{backend:?}");
    assert_eq!(unknown.status, 401);
    assert!(wrong.body.contains("e-mail address or password is wrong"));
    assert!(unknown.body.contains("e-mail address or password is wrong"));
    assert!(
        wrong.body.contains("buyer@example.com"),
        "the address stays in the form"
    );
    assert_eq!(audit_events_named(&app, "sign_in_failed"), 2);
    assert_eq!(browser.get("/dashboard").await.status, 303);
    app.stop().await;
}

#[backend_test]
async fn password_reset_by_email(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    create(&app, Role::Producer, "meena@example.in").await;
    let browser = Browser::new(&app);

    let unknown = browser
        .submit(
            "/forgot-password",
            "/forgot-password",
            &[("email", "ghost@example.in")],
        )
        .await;
    let known = browser
        .submit(
            "/forgot-password",
            "/forgot-password",
            &[("email", "meena@example.in")],
        )
        .await;
    assert_eq!((unknown.status, known.status), (200, 200), "{backend:?}");
    let strip = |body: &str| {
        body.replace("ghost@example.in", "X")
            .replace("meena@example.in", "X")
    };
    assert_eq!(
        strip(&unknown.body),
        strip(&known.body),
        "the answer does not reveal accounts"
    );
    app.run_pending_jobs().await;
    let mails = smtp.messages();
    assert_eq!(mails.len(), 1, "only the real account gets mail");
    let link = link_in(
        mails[0].text.as_deref().unwrap(),
        &format!("{}/reset-password?token=", app.address),
    );

    let form = browser.get(&link).await;
    assert_eq!(form.status, 200);
    let token = link.split("token=").nth(1).unwrap();
    let weak = browser
        .submit(
            &link.replace(&app.address, ""),
            "/reset-password",
            &[("token", token), ("password", "password123")],
        )
        .await;
    assert_eq!(weak.status, 422);
    let done = browser
        .submit(
            &link.replace(&app.address, ""),
            "/reset-password",
            &[("token", token), ("password", "a brand new phrase for meena")],
        )
        .await;
    assert_eq!((done.status, done.location()), (303, "/login"));
    assert_eq!(
        browser.sign_in("meena@example.in", PASSWORD).await.status,
        401,
        "old password no longer works"
    );
    assert_eq!(
        browser
            .sign_in("meena@example.in", "a brand new phrase for meena")
            .await
            .status,
        303
    );
    assert_eq!(browser.get(&link).await.status, 400, "the link is spent");
    app.run_pending_jobs().await;
    app.stop().await;
}

/// The reset e-mail is written in the account's language, whatever the
/// language of the page that asked for it.
#[backend_test]
async fn a_password_reset_reaches_a_hindi_reader_in_hindi(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    let user = create(&app, Role::Producer, "sunita@example.in").await;
    changes::change_language(&app.db, &user, Some(Language::Hi), Utc::now().naive_utc())
        .await
        .unwrap();
    let browser = Browser::new(&app);
    let asked = browser
        .submit(
            "/forgot-password",
            "/forgot-password",
            &[("email", "sunita@example.in")],
        )
        .await;
    assert_eq!(asked.status, 200, "{backend:?}");
    app.run_pending_jobs().await;

    let mails = smtp.messages();
    assert_eq!(mails.len(), 1);
    let mail = &mails[0];
    assert_eq!(mail.subject, "अपना ODOP बाज़ार पासवर्ड फिर से सेट करें");
    let text = mail.text.as_deref().unwrap();
    assert!(text.starts_with("नमस्ते Test Person,"), "{text}");
    assert!(text.contains("लिंक 1 घंटे तक मान्य है।"), "{text}");
    assert!(!text.contains("Someone asked"), "{text}");
    link_in(text, &format!("{}/reset-password?token=", app.address));
    let html = mail.html.as_deref().unwrap();
    assert!(html.contains(r#"<html lang="hi" dir="ltr">"#), "{html}");
    assert!(html.contains("नया पासवर्ड चुनें"), "{html}");
    assert!(html.contains("यह अपने-आप भेजा गया संदेश है"), "the layout too");
    app.stop().await;
}

#[backend_test]
async fn state_changes_without_a_valid_token_are_refused_and_change_nothing(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let browser = Browser::new(&app);
    browser.get("/signup").await;

    let missing = browser
        .post("/signup", &producer_form("Forged", "forged@example.org"))
        .await;
    assert_eq!(missing.status, 403, "{backend:?}");
    assert!(missing.body.contains("Reload the page"), "{}", missing.body);
    let mut wrong = producer_form("Forged", "forged@example.org");
    wrong.push(("csrf_token", "not-the-token"));
    assert_eq!(browser.post("/signup", &wrong).await.status, 403);
    assert_eq!(user_count(&app), 0, "nothing saved");

    // The right token from another site is still refused.
    let token = browser.get("/signup").await.csrf_token();
    let mut fields = producer_form("Forged", "forged@example.org");
    fields.push(("csrf_token", &token));
    let cross_site = reqwest::Client::new()
        .post(app.url("/signup"))
        .header("Origin", "https://evil.example")
        .form(&fields)
        .send()
        .await
        .unwrap();
    assert_eq!(cross_site.status(), 403);
    let json = browser.post("/logout", &[]).await;
    assert_eq!(json.status, 403);
    assert_eq!(user_count(&app), 0);
    app.stop().await;
}

#[backend_test]
async fn repeated_sign_in_attempts_are_rate_limited(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    create(&app, Role::Buyer, "target@example.com").await;
    // Per account, whichever address the attempts come from.
    let mut last = None;
    for i in 0..11u8 {
        let browser = Browser::from_address(&app, format!("127.0.1.{}", i + 1).parse().unwrap());
        last = Some(
            browser
                .sign_in("target@example.com", "guessing wrongly again")
                .await,
        );
    }
    let limited = last.unwrap();
    assert_eq!(limited.status, 429, "{backend:?}");
    assert!(
        limited.headers["retry-after"]
            .to_str()
            .unwrap()
            .parse::<i64>()
            .unwrap()
            > 0
    );
    assert!(limited.body.contains("Too many attempts"));

    // Per address, whichever account is tried.
    let browser = Browser::from_address(&app, "127.0.2.1".parse().unwrap());
    let mut statuses = Vec::new();
    for i in 0..21 {
        statuses.push(
            browser
                .sign_in(&format!("someone{i}@example.com"), "whatever it is")
                .await
                .status,
        );
    }
    assert_eq!(statuses[..20].iter().filter(|s| **s == 401).count(), 20);
    assert_eq!(statuses[20], 429);
    app.stop().await;
}

#[actix_web::test]
async fn session_cookie_flags() {
    let (app, _smtp) = app_with_mail(Backend::Sqlite).await;
    create(&app, Role::Buyer, "flags@example.com").await;
    let page = Browser::new(&app).sign_in("flags@example.com", PASSWORD).await;
    let cookie = page.set_cookie("odop_session");
    assert!(cookie.starts_with("odop_session="), "{cookie}");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/"),
        "{cookie}"
    );
    assert!(!cookie.contains("Secure"), "plain http in tests: {cookie}");
    app.stop().await;

    let secure = TestApp::spawn_with(Backend::Sqlite, &[("BASE_URL", "https://bazaar.example.org")]).await;
    let page = Browser::new(&secure).get("/login").await;
    let cookie = page.headers["set-cookie"].to_str().unwrap();
    assert!(cookie.contains("Secure"), "{cookie}");
    let anonymous = secure.get("/states").await;
    assert!(
        anonymous.headers().get("set-cookie").is_none(),
        "browsing needs no cookie"
    );
    secure.stop().await;
}

#[backend_test]
async fn admin_pages_need_an_admin(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    create(&app, Role::Producer, "maker@example.in").await;
    create(&app, Role::Admin, "admin@example.org").await;

    let anonymous = Browser::new(&app).get("/admin/users").await;
    assert_eq!(
        (anonymous.status, anonymous.location()),
        (303, "/login?next=%2Fadmin%2Fusers"),
        "{backend:?}"
    );

    let producer = Browser::new(&app);
    producer.sign_in("maker@example.in", PASSWORD).await;
    let refused = producer.get("/admin").await;
    assert_eq!(refused.status, 403);
    assert!(
        refused.body.contains("<h1") && refused.body.contains("administrator"),
        "a styled 403"
    );

    let admin = Browser::new(&app);
    let signed_in = admin
        .submit(
            "/login?next=%2Fadmin",
            "/login",
            &[
                ("email", "admin@example.org"),
                ("password", PASSWORD),
                ("next", "/admin"),
            ],
        )
        .await;
    assert_eq!(signed_in.location(), "/admin");
    crate::two_factor::give_second_factor_if_asked(&admin).await;
    for path in ["/admin", "/admin/users", "/admin/audit", "/admin/jobs"] {
        assert_eq!(admin.get(path).await.status, 200, "{path}");
    }
    assert!(admin.get("/admin/users").await.body.contains("maker@example.in"));
    app.run_pending_jobs().await;
    app.stop().await;
}

#[actix_web::test]
async fn sign_in_only_follows_local_next_targets() {
    let (app, _smtp) = app_with_mail(Backend::Sqlite).await;
    create(&app, Role::Buyer, "next@example.com").await;
    for (next, expected) in [
        ("//evil.example/x", "/dashboard"),
        ("https://evil.example", "/dashboard"),
        ("/gi", "/gi"),
    ] {
        let browser = Browser::new(&app);
        let page = browser
            .submit(
                "/login",
                "/login",
                &[
                    ("email", "next@example.com"),
                    ("password", PASSWORD),
                    ("next", next),
                ],
            )
            .await;
        assert_eq!(page.location(), expected, "{next}");
    }
    app.run_pending_jobs().await;
    app.stop().await;
}

#[backend_test]
async fn account_changes_and_their_audit_trail(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    create(&app, Role::Producer, "old@example.in").await;
    let phone = Browser::new(&app);
    let laptop = Browser::new(&app);
    phone.sign_in("old@example.in", PASSWORD).await;
    laptop.sign_in("old@example.in", PASSWORD).await;

    let renamed = phone
        .submit("/account", "/account/name", &[("name", "Lakshmi Weaves")])
        .await;
    assert_eq!(renamed.status, 303, "{backend:?}");
    assert!(phone.get("/account").await.body.contains("Lakshmi Weaves"));

    let wrong = phone
        .submit(
            "/account",
            "/account/password",
            &[
                ("current_password", "nope nope nope"),
                ("new_password", "silk threads from kanchipuram"),
            ],
        )
        .await;
    assert_eq!(wrong.status, 422);
    assert!(wrong.body.contains("not your current password"));
    let changed = phone
        .submit(
            "/account",
            "/account/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", "silk threads from kanchipuram"),
            ],
        )
        .await;
    assert_eq!(changed.status, 303);
    assert_eq!(phone.get("/account").await.status, 200, "this session goes on");
    assert_eq!(
        laptop.get("/account").await.status,
        303,
        "other sessions end with the old password"
    );

    let moved = phone
        .submit(
            "/account",
            "/account/email",
            &[
                ("new_email", "new@example.in"),
                ("email_password", "silk threads from kanchipuram"),
            ],
        )
        .await;
    assert_eq!(moved.status, 303);
    app.run_pending_jobs().await;
    let mail = smtp
        .messages()
        .into_iter()
        .find(|m| m.envelope_to == ["new@example.in"])
        .expect("confirmation to the new address");
    let link = link_in(
        mail.text.as_deref().unwrap(),
        &format!("{}/verify-email?token=", app.address),
    );
    assert_eq!(phone.get(&link).await.status, 200);
    assert!(phone.get("/account").await.body.contains("new@example.in"));
    for event in ["password_changed", "email_changed"] {
        assert_eq!(audit_events_named(&app, event), 1, "{event}");
    }
    app.run_pending_jobs().await;
    app.stop().await;
}

#[backend_test]
async fn admins_invite_organisers_and_change_roles(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    create(&app, Role::Admin, "admin@example.org").await;
    let admin = Browser::new(&app);
    admin.sign_in("admin@example.org", PASSWORD).await;
    crate::two_factor::give_second_factor_if_asked(&admin).await;
    let created = admin
        .submit(
            "/admin/users",
            "/admin/users",
            &[
                ("email", "council@epch.example"),
                ("name", "Export Council"),
                ("role", "organiser"),
            ],
        )
        .await;
    assert_eq!(created.status, 303, "{backend:?}: {}", created.body);
    app.run_pending_jobs().await;
    let invite = smtp
        .messages()
        .into_iter()
        .find(|m| m.envelope_to == ["council@epch.example"])
        .expect("invitation");
    let link = link_in(
        invite.text.as_deref().unwrap(),
        &format!("{}/reset-password?token=", app.address),
    );
    let organiser = Browser::new(&app);
    let token = link.split("token=").nth(1).unwrap();
    organiser
        .submit(
            &link.replace(&app.address, ""),
            "/reset-password",
            &[("token", token), ("password", "showcase of district crafts")],
        )
        .await;
    assert_eq!(
        organiser
            .sign_in("council@epch.example", "showcase of district crafts")
            .await
            .status,
        303
    );

    let id: String = app
        .db
        .read_blocking(|c| {
            users::table
                .filter(users::email.eq("council@epch.example"))
                .select(users::id)
                .first(c)
                .map_err(DbError::from)
        })
        .unwrap();
    let changed = admin
        .submit(
            "/admin/users",
            &format!("/admin/users/{id}/role"),
            &[("role", "admin")],
        )
        .await;
    assert_eq!(changed.status, 303);
    assert_eq!(audit_events_named(&app, "role_changed"), 1);
    let english = admin.get("/admin/audit").await.body;
    assert!(english.contains("role_changed"), "{english}");
    assert!(english.contains("Organiser → Administrator"), "{english}");

    // Read in Hindi, the change is worded in Hindi; an event recorded
    // before events kept their facts shows the English words it stored.
    app.db
        .write_blocking(|conn| {
            diesel::insert_into(audit_events::table)
                .values((
                    audit_events::id.eq("0190aa00-0000-7000-8000-000000000002"),
                    audit_events::user_id.eq(&id),
                    audit_events::event.eq("signed_up"),
                    audit_events::detail.eq("as producer"),
                    audit_events::created_at.eq(Utc::now().naive_utc()),
                ))
                .execute(conn)
                .map_err(DbError::from)
        })
        .unwrap();
    let hindi = admin.get("/admin/audit?lang=hi").await.body;
    for text in [
        "आयोजक → प्रशासक",
        r#"<td class="cell-long" lang="en" dir="ltr">as producer</td>"#,
    ] {
        assert!(hindi.contains(text), "{text} missing from\n{hindi}");
    }
    app.run_pending_jobs().await;
    app.stop().await;
}

#[backend_test]
async fn emails_queued_while_smtp_is_down_all_arrive_once_it_is_back(backend: Backend) {
    let (app, mut smtp) = app_with_mail(backend).await;
    smtp.stop().await;
    // Fifty people sign up from five addresses (ten each, the per-address limit).
    for i in 0..50u8 {
        let browser = Browser::from_address(&app, format!("127.0.3.{}", i / 10 + 1).parse().unwrap());
        let email = format!("maker{i}@example.in");
        let page = browser
            .submit("/signup", "/signup", &producer_form("Maker", &email))
            .await;
        assert_eq!(page.status, 200, "{backend:?} sign-up {i}: {}", page.body);
    }
    assert_eq!(app.run_pending_jobs().await, 50);
    assert_eq!(app.pending_job_count(), 50, "all wait for a retry");
    assert!(smtp.messages().is_empty());

    smtp.restart().await;
    app.make_jobs_due();
    assert_eq!(app.run_pending_jobs().await, 50);
    assert_eq!(app.pending_job_count(), 0);
    let mails = smtp.messages();
    assert_eq!(mails.len(), 50, "{backend:?}");
    let ids: HashSet<_> = mails.iter().map(|m| m.message_id.clone()).collect();
    let recipients: HashSet<_> = mails.iter().map(|m| m.envelope_to.join(",")).collect();
    assert_eq!((ids.len(), recipients.len()), (50, 50), "none twice");
    app.stop().await;
}

#[backend_test]
async fn the_users_list_finds_people_by_name_or_email_a_page_at_a_time(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    create(&app, Role::Admin, "admin@example.org").await;
    for n in 0..27 {
        create(&app, Role::Buyer, &format!("buyer{n:02}@tulip.example")).await;
    }
    let ctx = RequestContext {
        ip: None,
        base_url: url::Url::parse(&app.address).unwrap(),
        now: Utc::now().naive_utc(),
    };
    admin_users::create_user(
        &app.db,
        Role::Producer,
        "looms@kashi.example",
        "Kashi Looms",
        PASSWORD,
        None,
        &ctx,
    )
    .await
    .unwrap();
    create(&app, Role::Buyer, "percent@example.org").await;

    let admin = Browser::new(&app);
    admin.sign_in("admin@example.org", PASSWORD).await;
    crate::two_factor::give_second_factor_if_asked(&admin).await;
    let rows = |page: &str| page.matches("<th scope=\"row\">").count();
    // Tera writes the slashes of an address as `&#x2F;`.
    let links = |page: &str| page.replace("&#x2F;", "/");

    // 30 people: 25 on the first page, the rest on the second.
    let first = admin.get("/admin/users").await;
    assert_eq!(rows(&first.body), 25, "{}", first.body);
    assert!(first.body.contains("Showing 1–25 of 30"), "{}", first.body);
    assert!(links(&first.body).contains(r#"href="/admin/users?page=2""#));
    let second = admin.get("/admin/users?page=2").await;
    assert_eq!(rows(&second.body), 5);

    // Part of a name in another case, or of an address; the role kept.
    let found = admin.get("/admin/users?q=KASHI").await;
    assert_eq!(rows(&found.body), 1);
    assert!(found.body.contains("looms@kashi.example") && found.body.contains("matching “KASHI”"));
    let buyers = admin.get("/admin/users?role=buyer&q=tulip").await;
    assert_eq!(rows(&buyers.body), 25);
    assert!(links(&buyers.body).contains(r#"href="/admin/users?role=buyer&amp;q=tulip&amp;page=2""#));
    assert!(
        links(&buyers.body).contains(r#"href="/admin/users?role=producer&amp;q=tulip""#),
        "role links keep the search"
    );
    let none = admin.get("/admin/users?role=producer&q=tulip").await;
    assert!(
        none.body.contains("No one with this role matches “tulip”"),
        "{}",
        none.body
    );
    // A wildcard is a character to look for, not "anything".
    assert_eq!(rows(&admin.get("/admin/users?q=%25").await.body), 0);
    assert_eq!(rows(&admin.get("/admin/users?q=_").await.body), 0);
    app.run_pending_jobs().await;
    app.stop().await;
}
