//! After a quote is accepted: what "Accept" commits to, said before the
//! click; the order summary both sides (and administrators) can print, with
//! each other's contacts and the next steps; and the header's unread badge,
//! kept with the conversations rather than counted on every page.

use diesel::prelude::*;
use odop_bazaar::accounts::Role;
use odop_bazaar::db::DbError;
use odop_bazaar::enquiries::threads;
use odop_bazaar::schema::{producers, users};

use crate::browser::{Browser, Page};
use crate::catalogue::app_with_mail;
use crate::enquiry_pages::{enquiry_fields, send_quote, signed_in_as};
use crate::harness::{Backend, TestApp};
use crate::market::{buyer, ctx_at, enquiry_input, kashi_weaves, now, user};
use test_macros::backend_test;

/// The header's badge as the page shows it: its number, or `None` without one.
fn badge(page: &Page) -> Option<u32> {
    let start = page.body.find("data-unread-badge>")? + "data-unread-badge>".len();
    let digits: String = page.body[start..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// The badge kept on the account's row.
fn kept_count(app: &TestApp, email: &str) -> i32 {
    let email = email.to_owned();
    app.db
        .read_blocking(move |conn| {
            users::table
                .filter(users::email.eq(&email))
                .select(users::unread_messages)
                .first::<i32>(conn)
                .map_err(DbError::from)
        })
        .unwrap()
}

/// Jan (Tulip Trading) enquires about Kashi Weaves' listing through the form;
/// returns the conversation's path.
async fn enquiry_from_jan(jan: &Browser, slug: &str) -> String {
    let form = format!("/products/{slug}/enquire");
    let fields = enquiry_fields("500", "Please quote for 500 stoles.");
    let sent = jan.submit(&form, &form, &fields).await;
    assert_eq!(sent.status, 303, "{}", sent.body);
    sent.location().to_owned()
}

#[backend_test]
async fn an_accepted_quote_gives_both_sides_an_order_summary_to_print(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let admin = user(&app, Role::Admin, "admin@bazaar.example", "Admin").await;
    let (_, kashi, slug) = kashi_weaves(&app, &admin).await;
    let kashi_id = kashi.id.to_string();
    app.db
        .write_blocking(move |conn| {
            diesel::update(producers::table.find(&kashi_id))
                .set((
                    producers::phone.eq(Some("+919876543210")),
                    producers::whatsapp.eq(true),
                    producers::gstin.eq(Some("09AAACK1234A1Z5")),
                ))
                .execute(conn)
                .map_err(DbError::from)
        })
        .unwrap();
    buyer(&app, "jan@tulip.example").await;
    let jan = signed_in_as(&app, "jan@tulip.example").await;
    let maker = signed_in_as(&app, "kashi@weaves.example").await;
    let thread = enquiry_from_jan(&jan, &slug).await;
    let order = format!("{thread}/order");

    assert_eq!(
        jan.get(&order).await.status,
        404,
        "{backend:?}: no summary before a quote is accepted"
    );
    assert_eq!(send_quote(&maker, &thread).await.status, 303);

    let offered = jan.get(&thread).await.body;
    let explained = offered.find("<b>Accepting</b> tells Kashi Weaves you want to order on these terms");
    let button = offered.find("Accept this quote");
    assert!(
        matches!((explained, button), (Some(e), Some(b)) if e < b),
        "{backend:?}: what accepting commits to comes before the button: {offered}"
    );
    assert!(offered.contains("It is not a payment or a signed contract"));
    assert!(offered.contains("US$5,900 for 500 pieces"), "{offered}");

    let quote_id = crate::browser::link_in(&offered, &format!("{thread}/quotes/"))
        .trim_start_matches(&format!("{thread}/quotes/"))
        .trim_end_matches("/decision")
        .to_owned();
    let accepted = jan
        .submit(
            &thread,
            &format!("{thread}/quotes/{quote_id}/decision"),
            &[("decision", "accept")],
        )
        .await;
    assert_eq!(accepted.status, 303, "{backend:?}: {}", accepted.body);
    let after = jan.get(&thread).await.body;
    assert!(
        after.contains(&format!(
            r#"<a href="{order}"><b>Order summary and next steps</b></a>"#
        )),
        "{backend:?}: the accepted quote leads to the summary: {after}"
    );
    assert!(
        !after.contains("<b>Accepting</b> tells"),
        "nothing left to accept"
    );

    let reference = format!("Q-{}", &quote_id.replace('-', "")[24..].to_uppercase());
    for (who, browser) in [("buyer", &jan), ("producer", &maker)] {
        let page = browser.get(&order).await;
        assert_eq!(page.status, 200, "{backend:?} {who}: {}", page.body);
        let body = &page.body;
        for fact in [
            "Kashi Weaves signature weave",
            "500 pieces",
            "US$11.80 per piece",
            "US$5,900",
            "USD (US Dollar)",
            "FOB</abbr> – Free On Board: loaded on the ship at the Indian port",
            "Rotterdam, Netherlands",
            "45 days from a confirmed order to dispatch",
            "Asked for before the order",
            "Export packing included.",
            &reference,
            // Both parties, with the contacts each may see.
            "Tulip Trading BV",
            "jan@tulip.example",
            "+31 20 123 4567",
            "Varanasi, Uttar Pradesh",
            "kashi@weaves.example",
            "+91 98765 43210",
            "https://wa.me/919876543210",
            "09AAACK1234A1Z5",
            // The next steps, in plain words.
            "<b>Sample.</b>",
            "<b>Proforma invoice.</b>",
            "<b>Payment terms.</b>",
            "it is not an invoice or a contract",
            "data-print hidden",
            "css/order",
        ] {
            assert!(body.contains(fact), "{backend:?} {who} sees {fact:?}: {body}");
        }
        assert_eq!(
            crate::page_weight::over_budget(browser, body).await,
            None,
            "{backend:?} {who}: the summary keeps the page budgets"
        );
        let (buyer_step, producer_step) = (
            "Tulip Trading BV a proforma invoice",
            "Kashi Weaves sends you a proforma invoice",
        );
        match who {
            "buyer" => assert!(body.contains(producer_step) && !body.contains(buyer_step)),
            _ => assert!(body.contains(buyer_step) && !body.contains(producer_step)),
        }
    }

    let moderator = signed_in_as(&app, "admin@bazaar.example").await;
    let seen = moderator.get(&order).await;
    assert_eq!(
        seen.status, 200,
        "{backend:?}: administrators may look: {}",
        seen.body
    );
    assert!(seen.body.contains("US$5,900"));
    buyer(&app, "eve@other.example").await;
    let stranger = signed_in_as(&app, "eve@other.example").await;
    assert_eq!(
        stranger.get(&order).await.status,
        404,
        "{backend:?}: another buyer reads not found"
    );
    assert_eq!(
        Browser::new(&app).get(&order).await.status,
        303,
        "signed out: to sign in"
    );

    app.run_pending_jobs().await;
    app.stop().await;
}

#[backend_test]
async fn the_header_counts_unread_messages_and_forgets_them_once_read(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let admin = user(&app, Role::Admin, "admin@bazaar.example", "Admin").await;
    let (_, _, slug) = kashi_weaves(&app, &admin).await;
    buyer(&app, "jan@tulip.example").await;
    let jan = signed_in_as(&app, "jan@tulip.example").await;
    let maker = signed_in_as(&app, "kashi@weaves.example").await;
    assert_eq!(
        badge(&maker.get("/dashboard").await),
        None,
        "{backend:?}: nothing waits"
    );

    let thread = enquiry_from_jan(&jan, &slug).await;
    let home = maker.get("/states").await;
    assert_eq!(badge(&home), Some(1), "{backend:?}: on any page: {}", home.body);
    assert!(
        home.body
            .contains("1<span class=\"visually-hidden\"> unread</span>")
    );
    assert_eq!(
        badge(&jan.get("/states").await),
        None,
        "the writer has nothing to read"
    );

    for message in ["Yes, we weave these.", "Photos follow."] {
        let replied = maker
            .submit(&thread, &format!("{thread}/messages"), &[("message", message)])
            .await;
        assert_eq!(replied.status, 303);
    }
    assert_eq!(badge(&jan.get("/dashboard").await), Some(2), "{backend:?}");
    assert_eq!(
        badge(&maker.get("/dashboard").await),
        None,
        "{backend:?}: replying is reading"
    );

    // Opening the page changes nothing; the page's script marks it read and
    // takes this conversation's messages off the badge.
    let page = jan.get(&thread).await;
    assert_eq!(badge(&page), Some(2));
    assert!(page.body.contains("data-unread=\"2\""), "{}", page.body);
    assert_eq!(kept_count(&app, "jan@tulip.example"), 2);
    assert_eq!(
        jan.script_post(&page, &format!("{thread}/read")).await.status,
        204
    );
    assert_eq!(badge(&jan.get("/dashboard").await), None, "{backend:?}");
    assert_eq!(kept_count(&app, "jan@tulip.example"), 0);

    // A conversation reported as spam leaves the producer's badge with it.
    let again = jan
        .submit(
            &thread,
            &format!("{thread}/messages"),
            &[("message", "Any news?")],
        )
        .await;
    assert_eq!(again.status, 303);
    assert_eq!(badge(&maker.get("/dashboard").await), Some(1));
    let reported = maker.submit(&thread, &format!("{thread}/report-spam"), &[]).await;
    assert_eq!(reported.status, 303, "{}", reported.body);
    assert_eq!(badge(&maker.get("/dashboard").await), None, "{backend:?}");
    assert_eq!(kept_count(&app, "kashi@weaves.example"), 0);

    app.run_pending_jobs().await;
    app.stop().await;
}

/// Buyers writing to one producer at the same moment each add to the badge:
/// no recount is made without the others' messages (on PostgreSQL, without
/// the account rows held first, two of three runs counted fewer than six).
#[backend_test]
async fn messages_arriving_together_all_count_on_the_badge(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let admin = user(&app, Role::Admin, "admin@bazaar.example", "Admin").await;
    let (_, _, slug) = kashi_weaves(&app, &admin).await;
    let mut buyers = Vec::new();
    for i in 0..6 {
        buyers.push(buyer(&app, &format!("buyer{i}@tulip.example")).await);
    }
    let sends = buyers.into_iter().enumerate().map(|(i, jan)| {
        let db = app.db.clone();
        let slug = slug.clone();
        let ctx = ctx_at(&app, now(), &format!("198.51.100.{}", 10 + i));
        async move {
            db.write(move |conn| threads::send_enquiry(conn, &jan, &slug, &enquiry_input("Hello"), &ctx))
                .await
                .map(|_| ())
        }
    });
    for sent in futures_util::future::join_all(sends).await {
        sent.unwrap();
    }
    assert_eq!(kept_count(&app, "kashi@weaves.example"), 6, "{backend:?}");
    app.run_pending_jobs().await;
    app.stop().await;
}
