//! Issue #13, items 1, 2, 5 and 13: what a change of credentials undoes and
//! who hears of it, and the limits that come before any password work.

use diesel::prelude::*;
use odop_bazaar::accounts::Role;
use odop_bazaar::db::DbError;
use odop_bazaar::schema::jobs;
use reqwest::Method;

use crate::api::{api, create_api_token};
use crate::browser::{Browser, link_in};
use crate::catalogue::{PASSWORD, app_with_mail, signed_in};
use crate::harness::{Backend, TestApp};
use crate::smtp::SmtpServer;
use test_macros::backend_test;

/// The reset link e-mailed to `email` after asking for one.
async fn reset_link(app: &TestApp, smtp: &SmtpServer, email: &str) -> String {
    let browser = Browser::new(app);
    let asked = browser
        .submit("/forgot-password", "/forgot-password", &[("email", email)])
        .await;
    assert!(asked.status < 400, "{}", asked.body);
    app.run_pending_jobs().await;
    let mail = smtp
        .messages()
        .into_iter()
        .rev()
        .find(|m| m.envelope_to == [email] && m.subject.contains("Reset"))
        .expect("a reset e-mail");
    link_in(
        mail.text.as_deref().unwrap(),
        &format!("{}/reset-password?token=", app.address),
    )
}

/// Follows a reset link and sets `password`: the status of the form's
/// answer, or of the link's page when it shows no form.
async fn reset_with(app: &TestApp, link: &str, password: &str) -> u16 {
    let token = link.split("token=").nth(1).unwrap();
    let browser = Browser::new(app);
    let path = link.replace(&app.address, "");
    let page = browser.get(&path).await;
    if page.status != 200 {
        return page.status;
    }
    browser
        .submit(
            &path,
            "/reset-password",
            &[("token", token), ("password", password)],
        )
        .await
        .status
}

fn subjects_to(smtp: &SmtpServer, email: &str) -> Vec<String> {
    smtp.messages()
        .into_iter()
        .filter(|m| m.envelope_to == [email])
        .map(|m| m.subject)
        .collect()
}

#[backend_test]
async fn a_squatted_address_gets_no_api_token_and_a_reset_revokes_every_token(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;

    // Someone signs up with another person's address: until it is
    // confirmed the account can make no token.
    let squatter = Browser::new(&app);
    let form = [
        ("role", "producer"),
        ("name", "Not Rani"),
        ("email", "rani@example.org"),
        ("password", "squatting on this address"),
    ];
    assert_eq!(squatter.submit("/signup", "/signup", &form).await.status, 200);
    assert_eq!(
        squatter
            .sign_in("rani@example.org", "squatting on this address")
            .await
            .status,
        303
    );
    let refused = squatter
        .submit(
            "/confirm-email",
            "/account/api-tokens",
            &[("token_name", "Stock sync")],
        )
        .await;
    assert_eq!(
        (refused.status, refused.location()),
        (303, "/confirm-email"),
        "{backend:?}"
    );
    app.run_pending_jobs().await;

    // A confirmed account's tokens all stop working when the password is reset.
    let owner = signed_in(&app, Role::Producer, "owner@example.org").await;
    let token = create_api_token(&owner, "Stock sync").await;
    assert_eq!(
        api(&app, Method::GET, "/api/v1/enquiries", Some(&token), None)
            .await
            .status,
        200
    );
    let link = reset_link(&app, &smtp, "owner@example.org").await;
    assert_eq!(reset_with(&app, &link, "a brand new river of words").await, 303);
    let after = api(&app, Method::GET, "/api/v1/enquiries", Some(&token), None).await;
    assert_eq!(after.status, 401, "{backend:?}: the token was revoked");
    assert_eq!(
        owner.get("/account").await.status,
        303,
        "{backend:?}: the session ended"
    );
    app.run_pending_jobs().await;
    app.stop().await;
}

#[backend_test]
async fn sign_ups_over_the_limit_are_refused_before_the_password_is_judged(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let browser = Browser::new(&app);
    for i in 0..10 {
        let email = format!("buyer{i}@example.org");
        let form = [
            ("role", "producer"),
            ("name", "Asha Verma"),
            ("email", email.as_str()),
            ("password", "copper lantern river mango"),
        ];
        assert_eq!(
            browser.submit("/signup", "/signup", &form).await.status,
            200,
            "{backend:?}"
        );
    }
    // A weak password would be a 422 if it were judged: the limit answers first.
    let form = [
        ("role", "producer"),
        ("name", "Asha Verma"),
        ("email", "one-more@example.org"),
        ("password", "password"),
    ];
    let refused = browser.submit("/signup", "/signup", &form).await;
    assert_eq!(refused.status, 429, "{backend:?}: {}", refused.body);
    app.run_pending_jobs().await;
    app.stop().await;
}

#[backend_test]
async fn a_password_change_retires_links_and_tokens_and_each_change_is_e_mailed(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    let owner = signed_in(&app, Role::Buyer, "owner@example.org").await;
    let token = create_api_token(&owner, "Sourcing tool").await;
    // A reset link and an e-mail change are outstanding…
    let reset = reset_link(&app, &smtp, "owner@example.org").await;
    let moved = owner
        .submit(
            "/account",
            "/account/email",
            &[("new_email", "new@example.org"), ("email_password", PASSWORD)],
        )
        .await;
    assert!(moved.status < 400, "{backend:?}: {}", moved.body);
    app.run_pending_jobs().await;
    let change = smtp
        .messages()
        .into_iter()
        .find(|m| m.envelope_to == ["new@example.org"])
        .expect("the confirmation to the new address");
    let change_link = link_in(
        change.text.as_deref().unwrap(),
        &format!("{}/verify-email?token=", app.address),
    );

    // …when the password is changed: neither link works any more, nor the token.
    let changed = owner
        .submit(
            "/account",
            "/account/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", "a brand new river of words"),
            ],
        )
        .await;
    assert_eq!(changed.status, 303, "{backend:?}: {}", changed.body);
    assert_eq!(
        reset_with(&app, &reset, "yet another river of words").await,
        400,
        "{backend:?}"
    );
    assert_eq!(
        Browser::new(&app).get(&change_link).await.status,
        400,
        "{backend:?}"
    );
    let api_after = api(&app, Method::GET, "/api/v1/enquiries", Some(&token), None).await;
    assert_eq!(api_after.status, 401, "{backend:?}");
    app.run_pending_jobs().await;
    let told = subjects_to(&smtp, "owner@example.org");
    for notice in [
        "A new API token, “Sourcing tool”, was created on ODOP Bazaar",
        "Your password was changed on ODOP Bazaar",
    ] {
        assert!(
            told.iter().any(|s| s == notice),
            "{backend:?}: {notice} in {told:?}"
        );
    }
    app.stop().await;
}

#[backend_test]
async fn an_address_change_is_told_to_the_old_address_and_retires_reset_links(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    let owner = signed_in(&app, Role::Buyer, "old@example.org").await;
    let reset = reset_link(&app, &smtp, "old@example.org").await;
    owner
        .submit(
            "/account",
            "/account/email",
            &[("new_email", "new@example.org"), ("email_password", PASSWORD)],
        )
        .await;
    app.run_pending_jobs().await;
    let change = smtp
        .messages()
        .into_iter()
        .find(|m| m.envelope_to == ["new@example.org"])
        .expect("the confirmation to the new address");
    let link = link_in(
        change.text.as_deref().unwrap(),
        &format!("{}/verify-email?token=", app.address),
    );
    assert_eq!(owner.get(&link).await.status, 200, "{backend:?}");
    assert_eq!(
        reset_with(&app, &reset, "a brand new river of words").await,
        400,
        "{backend:?}"
    );
    app.run_pending_jobs().await;
    let notice = "Your sign-in address was changed on ODOP Bazaar";
    assert!(
        subjects_to(&smtp, "old@example.org").iter().any(|s| s == notice),
        "{backend:?}"
    );
    assert!(
        subjects_to(&smtp, "new@example.org").iter().any(|s| s == notice),
        "{backend:?}"
    );
    app.stop().await;
}

#[backend_test]
async fn the_address_form_does_not_tell_whether_an_address_has_an_account_and_limits_guesses(
    backend: Backend,
) {
    let (app, smtp) = app_with_mail(backend).await;
    signed_in(&app, Role::Buyer, "taken@example.org").await;
    let owner = signed_in(&app, Role::Buyer, "owner@example.org").await;
    let answer = |email: &'static str| {
        let owner = &owner;
        async move {
            let page = owner
                .submit(
                    "/account",
                    "/account/email",
                    &[("new_email", email), ("email_password", PASSWORD)],
                )
                .await;
            let shown = owner.get(page.location()).await.body;
            (
                page.status,
                page.location().to_owned(),
                shown.replace(email, "ADDRESS"),
            )
        }
    };
    let free = answer("free@example.org").await;
    let taken = answer("taken@example.org").await;
    assert_eq!(free, taken, "{backend:?}: the same answer either way");
    app.run_pending_jobs().await;
    assert_eq!(
        subjects_to(&smtp, "taken@example.org").len(),
        0,
        "{backend:?}: nothing sent"
    );

    // Five guesses at the current password per quarter hour, right or wrong.
    let guesser = signed_in(&app, Role::Buyer, "guesser@example.org").await;
    let mut statuses = Vec::new();
    for _ in 0..6 {
        let guess = guesser
            .submit(
                "/account",
                "/account/password",
                &[
                    ("current_password", "not my password at all"),
                    ("new_password", "a brand new river"),
                ],
            )
            .await;
        statuses.push(guess.status);
    }
    assert_eq!(statuses, [422, 422, 422, 422, 422, 429], "{backend:?}");
    app.stop().await;
}

#[backend_test]
async fn a_sent_email_leaves_no_live_link_in_the_jobs_table(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let browser = Browser::new(&app);
    let form = [
        ("role", "producer"),
        ("name", "Asha Verma"),
        ("email", "asha@example.org"),
        ("password", "copper lantern river mango"),
    ];
    browser.submit("/signup", "/signup", &form).await;
    assert_eq!(app.run_pending_jobs().await, 1);
    let payloads: Vec<String> = app
        .db
        .read_blocking(|c| jobs::table.select(jobs::payload).load(c).map_err(DbError::from))
        .unwrap();
    assert!(!payloads.is_empty());
    for payload in payloads {
        assert!(!payload.contains("token="), "{backend:?}: {payload}");
    }
    app.stop().await;
}

#[backend_test]
async fn guessing_at_a_password_cannot_lock_out_a_browser_that_signed_in_before(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let owner = signed_in(&app, Role::Buyer, "target@example.com").await;
    owner.submit("/dashboard", "/logout", &[]).await;
    for i in 0..11u8 {
        let guesser = Browser::from_address(&app, format!("127.0.1.{}", i + 1).parse().unwrap());
        guesser
            .sign_in("target@example.com", "guessing wrongly again")
            .await;
    }
    let stranger = Browser::from_address(&app, "127.0.4.1".parse().unwrap());
    assert_eq!(
        stranger.sign_in("target@example.com", PASSWORD).await.status,
        429,
        "{backend:?}: a new browser waits, even with the right password"
    );
    let again = owner.sign_in("target@example.com", PASSWORD).await;
    assert_eq!(again.status, 303, "{backend:?}: the owner's browser gets through");
    app.run_pending_jobs().await;
    app.stop().await;
}

#[backend_test]
async fn a_sign_in_from_a_browser_the_account_never_used_is_e_mailed(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    let first = signed_in(&app, Role::Buyer, "owner@example.org").await;
    first.submit("/dashboard", "/logout", &[]).await;
    first.sign_in("owner@example.org", PASSWORD).await;
    app.run_pending_jobs().await;
    let notices = |smtp: &SmtpServer| {
        subjects_to(smtp, "owner@example.org")
            .into_iter()
            .filter(|s| s.starts_with("Someone signed in"))
            .count()
    };
    assert_eq!(notices(&smtp), 0, "{backend:?}: the first browser, twice");
    Browser::new(&app).sign_in("owner@example.org", PASSWORD).await;
    app.run_pending_jobs().await;
    assert_eq!(notices(&smtp), 1, "{backend:?}: a second browser");
    app.stop().await;
}
