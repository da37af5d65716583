//! Enquiries and buy requests through the library's services, on both
//! databases, with a real SMTP server: matching, closing rules, abuse
//! controls, the 48-hour reminder on a controlled clock, and an SMTP outage.

use std::collections::HashSet;

use chrono::TimeDelta;
use diesel::prelude::*;
use odop_bazaar::accounts::{Role, User, changes};
use odop_bazaar::db::DbError;
use odop_bazaar::enquiries::rfqs::{self, ResponseInput, RfqInput};
use odop_bazaar::enquiries::threads::{self, EnquiryInput, QuoteInput};
use odop_bazaar::enquiries::{EnquiryError, views};
use odop_bazaar::format::dates;
use odop_bazaar::i18n::{Language, Locale, scoped};
use odop_bazaar::schema::{enquiries, jobs, rfqs as rfq_table};

use crate::catalogue::app_with_mail;
use crate::harness::{Backend, TestApp};
use crate::market::{buyer, ctx, ctx_at, enquiry_input, kashi_weaves, now, producer, published, user};
use crate::smtp::ReceivedEmail;
use test_macros::backend_test;

fn sent_to<'a>(mail: &'a [ReceivedEmail], to: &str) -> Vec<&'a ReceivedEmail> {
    mail.iter().filter(|m| m.to == to).collect()
}

fn count_rows(app: &TestApp) -> (i64, i64) {
    app.db
        .read_blocking(|conn| {
            let enquiries: i64 = enquiries::table.count().get_result(conn)?;
            let rfqs: i64 = rfq_table::table.count().get_result(conn)?;
            Ok::<_, DbError>((enquiries, rfqs))
        })
        .unwrap()
}

pub fn rfq_input(sector: &str, states: &str, deadline_days: i64) -> RfqInput {
    RfqInput {
        title: "Handwoven silk stoles for spring collection".into(),
        details: "We need 2,000 silk stoles in pastel shades, 70 x 200 cm, for our spring range.".into(),
        quantity: "2000".into(),
        unit: "pieces".into(),
        sector: sector.into(),
        category: "Stoles".into(),
        states: states.into(),
        districts: String::new(),
        hs_code: "621410".into(),
        deadline: (now() + TimeDelta::days(deadline_days))
            .date()
            .format("%Y-%m-%d")
            .to_string(),
        target_price: "6.50".into(),
        currency: "usd".into(),
        incoterm: "FOB".into(),
        destination_country: "NL".into(),
        destination_port: "Rotterdam".into(),
        samples_wanted: "on".into(),
        website: String::new(),
    }
}

fn quote_input(price: &str) -> QuoteInput {
    QuoteInput {
        unit_price: price.into(),
        currency: "USD".into(),
        moq: "200".into(),
        moq_unit: "pieces".into(),
        lead_time_days: "45".into(),
        incoterm: "FOB".into(),
        valid_until: (now() + TimeDelta::days(30))
            .date()
            .format("%Y-%m-%d")
            .to_string(),
        notes: "Price includes export packing.".into(),
    }
}

async fn post_rfq(app: &TestApp, buyer: &User, input: RfqInput) -> Result<String, EnquiryError> {
    let buyer = buyer.clone();
    let ctx = ctx(app);
    app.db
        .write(move |conn| rfqs::post(conn, &buyer, &input, &ctx).map(|r| r.id.to_string()))
        .await
}

async fn approve(app: &TestApp, admin: &User, id: &str) -> usize {
    let (admin, id, ctx) = (admin.clone(), id.to_owned(), ctx(app));
    app.db
        .write(move |conn| rfqs::review(conn, &admin, &id, true, "", &ctx))
        .await
        .unwrap()
}

async fn respond_with_quote(app: &TestApp, producer: &User, rfq_id: &str) -> Result<String, EnquiryError> {
    let input = ResponseInput {
        message: "We weave these stoles on handlooms; here is our offer.".into(),
        include_quote: "yes".into(),
        quote: quote_input("6.40"),
    };
    let (producer, rfq_id, ctx) = (producer.clone(), rfq_id.to_owned(), ctx(app));
    app.db
        .write(move |conn| rfqs::respond(conn, &producer, &rfq_id, &input, &ctx).map(|e| e.id.to_string()))
        .await
}

#[backend_test]
async fn an_approved_buy_request_reaches_only_verified_producers_that_match(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    let admin = user(&app, Role::Admin, "admin@bazaar.example", "Asha Admin").await;
    let buyer = buyer(&app, "jan@tulip.example").await;
    let up = "9"; // Uttar Pradesh's LGD code
    let (match_user, ..) = kashi_weaves(&app, &admin).await;
    let (jaipur_user, ..) = producer(
        &app,
        Some(&admin),
        "jaipur@block.example",
        "Jaipur Looms",
        "jaipur",
        "handloom",
    )
    .await;
    let (unverified_user, ..) =
        producer(&app, None, "new@loom.example", "New Loom", "varanasi", "handloom").await;
    let (crafts_user, _, crafts_slug) = producer(
        &app,
        Some(&admin),
        "wood@crafts.example",
        "Wood Crafts",
        "varanasi",
        "handicraft",
    )
    .await;
    assert!(published(&app, &crafts_slug));

    let id = post_rfq(&app, &buyer, rfq_input("handloom", up, 20))
        .await
        .unwrap();
    app.run_pending_jobs().await;
    let review = sent_to(&smtp.messages(), &admin.email)
        .into_iter()
        .find(|m| m.subject.starts_with("Buy request to review"))
        .cloned()
        .unwrap_or_else(|| panic!("{backend:?}: the admin is asked to review"));
    assert!(review.text.as_deref().unwrap_or_default().contains("/admin/rfqs"));
    assert_eq!(
        sent_to(&smtp.messages(), &match_user.email)
            .iter()
            .filter(|m| m.subject.contains("stoles"))
            .count(),
        0,
        "{backend:?}: nothing reaches producers before approval"
    );

    assert_eq!(approve(&app, &admin, &id).await, 1, "{backend:?}");
    app.run_pending_jobs().await;
    let mail = smtp.messages();
    let matched = sent_to(&mail, &match_user.email);
    let offer = matched
        .iter()
        .find(|m| m.subject.contains("stoles"))
        .unwrap_or_else(|| panic!("{backend:?}: the matching producer is e-mailed"));
    let text = offer.text.as_deref().unwrap_or_default();
    assert!(text.contains(&format!("/dashboard/buy-requests/{id}")), "{text}");
    assert!(!text.contains(&buyer.email), "no buyer address in the e-mail");
    for other in [&jaipur_user, &unverified_user, &crafts_user] {
        assert!(
            !sent_to(&mail, &other.email)
                .iter()
                .any(|m| m.subject.contains("stoles")),
            "{backend:?}: {} must not be e-mailed",
            other.email
        );
    }
    let approved = sent_to(&mail, &buyer.email);
    assert!(
        approved.iter().any(|m| m.subject.contains("approved")),
        "{backend:?}"
    );

    // The producer sees it in the dashboard list; the others do not.
    let listed = |u: &User| {
        let u = u.clone();
        app.db
            .read_blocking(move |conn| views::producer_rfqs(conn, &u))
            .unwrap()
    };
    assert_eq!(listed(&match_user).len(), 1);
    assert!(listed(&jaipur_user).is_empty());
    // …and cannot open it by id.
    let (jaipur, rfq_id) = (jaipur_user.clone(), id.clone());
    let opened = app
        .db
        .read_blocking(move |conn| views::producer_rfq(conn, &jaipur, &rfq_id));
    assert!(matches!(opened, Err(EnquiryError::NotFound)), "{backend:?}");
    app.stop().await;
}

#[backend_test]
async fn a_buy_request_closes_after_ten_quotes_by_its_buyer_or_at_its_deadline(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    let admin = user(&app, Role::Admin, "admin@bazaar.example", "Asha Admin").await;
    let buyer = buyer(&app, "jan@tulip.example").await;
    let mut producers = Vec::new();
    for i in 0..11 {
        let (account, ..) = producer(
            &app,
            Some(&admin),
            &format!("weaver{i}@looms.example"),
            &format!("Loom {i}"),
            "varanasi",
            "handloom",
        )
        .await;
        producers.push(account);
    }
    let id = post_rfq(&app, &buyer, rfq_input("handloom", "", 20))
        .await
        .unwrap();
    assert_eq!(approve(&app, &admin, &id).await, 11, "{backend:?}");
    for (i, producer) in producers.iter().take(10).enumerate() {
        respond_with_quote(&app, producer, &id)
            .await
            .unwrap_or_else(|e| panic!("{backend:?}: quote {i}: {e}"));
    }
    let page = {
        let (b, id) = (buyer.clone(), id.clone());
        app.db
            .read_blocking(move |conn| views::buyer_rfq(conn, &b, &id))
            .unwrap()
    };
    assert_eq!(page.rfq.status, "closed", "{backend:?}: ten quotes close it");
    assert_eq!(page.quotes, 10);
    assert_eq!(page.responses.len(), 10);
    let late = respond_with_quote(&app, &producers[10], &id).await;
    assert!(
        matches!(late, Err(EnquiryError::NotAllowed(_))),
        "{backend:?}: {late:?}"
    );
    app.run_pending_jobs().await;
    assert!(
        sent_to(&smtp.messages(), &buyer.email)
            .iter()
            .any(|m| m.subject.contains("closed")),
        "{backend:?}: the buyer hears it closed"
    );

    // Closed by its buyer: nobody else can close it.
    let second = post_rfq(&app, &buyer, rfq_input("handloom", "", 20))
        .await
        .unwrap();
    approve(&app, &admin, &second).await;
    let (stranger, sid, c) = (producers[0].clone(), second.clone(), ctx(&app));
    let refused = app
        .db
        .write(move |conn| rfqs::close_by_buyer(conn, &stranger, &sid, &c))
        .await;
    assert!(matches!(refused, Err(EnquiryError::NotFound)), "{backend:?}");
    let (b, sid, c) = (buyer.clone(), second.clone(), ctx(&app));
    app.db
        .write(move |conn| rfqs::close_by_buyer(conn, &b, &sid, &c))
        .await
        .unwrap();
    let after = respond_with_quote(&app, &producers[1], &second).await;
    assert!(matches!(after, Err(EnquiryError::NotAllowed(_))));

    // At its deadline: posted and approved ten days ago, due five days ago.
    let past = now() - TimeDelta::days(10);
    let mut input = rfq_input("handloom", "", 0);
    input.deadline = (past + TimeDelta::days(5)).date().format("%Y-%m-%d").to_string();
    let (b, c) = (buyer.clone(), ctx_at(&app, past, "198.51.100.9"));
    let third = app
        .db
        .write(move |conn| rfqs::post(conn, &b, &input, &c).map(|r| r.id))
        .await
        .unwrap();
    let (a, tid, c) = (admin.clone(), third.clone(), ctx_at(&app, past, "198.51.100.9"));
    app.db
        .write(move |conn| rfqs::review(conn, &a, &tid, true, "", &c))
        .await
        .unwrap();
    app.run_pending_jobs().await;
    let (b, tid) = (buyer.clone(), third.clone());
    let page = app
        .db
        .read_blocking(move |conn| views::buyer_rfq(conn, &b, &tid))
        .unwrap();
    assert_eq!(
        page.rfq.status, "closed",
        "{backend:?}: the deadline job closed it"
    );
    assert_eq!(page.rfq.close_reason_label, Some("Its deadline passed"));
    app.stop().await;
}

/// A bad enquiry is refused field by field and leaves nothing behind.
#[actix_web::test]
async fn bad_enquiries_are_refused_with_a_message_per_field_and_nothing_saved() {
    let (app, _smtp) = app_with_mail(crate::harness::Backend::Sqlite).await;
    let admin = user(&app, Role::Admin, "admin@bazaar.example", "Asha Admin").await;
    let buyer = buyer(&app, "jan@tulip.example").await;
    let (.., slug) = kashi_weaves(&app, &admin).await;
    let jobs_before: i64 = app
        .db
        .read_blocking(|conn| jobs::table.count().get_result(conn).map_err(DbError::from))
        .unwrap();
    type Spoil = Box<dyn Fn(&mut threads::EnquiryInput)>;
    let cases: Vec<(&str, Spoil)> = vec![
        ("incoterm", Box::new(|i| i.incoterm = "FOO".into())),
        ("quantity", Box::new(|i| i.quantity = "-5".into())),
        ("quantity", Box::new(|i| i.quantity = "99999999999".into())),
        ("required_by", Box::new(|i| i.required_by = "2020-01-01".into())),
        ("message", Box::new(|i| i.message = "x".repeat(1024 * 1024))),
        ("currency", Box::new(|i| i.currency = "XYZ".into())),
        (
            "destination_country",
            Box::new(|i| i.destination_country = "ZZ".into()),
        ),
        (
            "message",
            Box::new(|i| i.message = "See https://a.example https://b.example https://c.example".into()),
        ),
        ("form", Box::new(|i| i.website = "http://spam.example".into())),
    ];
    for (field, spoil) in cases {
        let mut input = enquiry_input("We would like to order silk stoles.");
        spoil(&mut input);
        let (b, s, c) = (buyer.clone(), slug.clone(), ctx(&app));
        let result = app
            .db
            .write(move |conn| threads::send_enquiry(conn, &b, &s, &input, &c))
            .await;
        match result {
            Err(EnquiryError::Invalid(errors)) => {
                assert!(errors.contains_key(field), "{field}: {errors:?}");
                assert!(!errors[field].to_string().is_empty());
            }
            other => panic!("{field}: expected a field error, got {other:?}"),
        }
    }
    assert_eq!(count_rows(&app), (0, 0), "nothing saved");
    let jobs_after: i64 = app
        .db
        .read_blocking(|conn| jobs::table.count().get_result(conn).map_err(DbError::from))
        .unwrap();
    assert_eq!(jobs_before, jobs_after, "no e-mail queued");

    // An unverified buyer may not write at all.
    let ctx0 = ctx(&app);
    let unverified = odop_bazaar::accounts::signup::sign_up(
        &app.db,
        odop_bazaar::accounts::signup::SignUpInput {
            name: "Eve".into(),
            email: "eve@unverified.example".into(),
            password: crate::catalogue::PASSWORD.into(),
            role: "buyer".into(),
            company: "Eve Imports".into(),
            country: "DE".into(),
            next: None,
            language: Default::default(),
        },
        &ctx0,
    )
    .await;
    assert!(unverified.is_ok());
    let eve = app
        .db
        .read_blocking(|conn| odop_bazaar::accounts::repo::find_user_by_email(conn, "eve@unverified.example"))
        .unwrap()
        .unwrap();
    let (s, c) = (slug.clone(), ctx(&app));
    let refused = app
        .db
        .write(move |conn| threads::send_enquiry(conn, &eve, &s, &enquiry_input("Hello"), &c))
        .await;
    assert!(
        matches!(refused, Err(EnquiryError::EmailNotVerified)),
        "{refused:?}"
    );
    app.run_pending_jobs().await;
    app.stop().await;
}

#[actix_web::test]
async fn enquiries_are_rate_limited_per_buyer() {
    let (app, _smtp) = app_with_mail(crate::harness::Backend::Sqlite).await;
    let admin = user(&app, Role::Admin, "admin@bazaar.example", "Asha Admin").await;
    let buyer = buyer(&app, "jan@tulip.example").await;
    let (.., slug) = kashi_weaves(&app, &admin).await;
    for i in 0..21 {
        let (b, s, c) = (
            buyer.clone(),
            slug.clone(),
            ctx_at(&app, now(), &format!("203.0.113.{i}")),
        );
        let result = app
            .db
            .write(move |conn| threads::send_enquiry(conn, &b, &s, &enquiry_input("Please quote."), &c))
            .await;
        match (i, result) {
            (0..20, Ok(_)) => {}
            (20, Err(EnquiryError::RateLimited(wait))) => assert!(wait.0 > 0),
            (i, other) => panic!("enquiry {i}: {other:?}"),
        }
    }
    assert_eq!(count_rows(&app).0, 20, "the refused one was not saved");
    app.run_pending_jobs().await;
    app.stop().await;
}

/// The reminder job is scheduled 48 hours after the enquiry; enquiries made
/// on a clock set back in time show which ones are due.
#[backend_test]
async fn an_unanswered_enquiry_reminds_the_producer_after_48_hours(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    let admin = user(&app, Role::Admin, "admin@bazaar.example", "Asha Admin").await;
    let buyer = buyer(&app, "jan@tulip.example").await;
    let (weaver, _, slug) = kashi_weaves(&app, &admin).await;
    let send_at = |hours_ago: i64, message: &'static str| {
        let (b, s) = (buyer.clone(), slug.clone());
        let c = ctx_at(&app, now() - TimeDelta::hours(hours_ago), "198.51.100.7");
        app.db
            .write(move |conn| threads::send_enquiry(conn, &b, &s, &enquiry_input(message), &c))
    };
    let waiting = send_at(49, "Forty-nine hours ago").await.unwrap();
    let _recent = send_at(47, "Forty-seven hours ago").await.unwrap();
    let answered = send_at(50, "Answered in time").await.unwrap();
    let (w, id, c) = (
        weaver.clone(),
        answered.id.clone(),
        ctx_at(&app, now() - TimeDelta::hours(49), "10.0.0.1"),
    );
    app.db
        .write(move |conn| threads::reply(conn, &w, &id, "Thank you, we can make these.", &c))
        .await
        .unwrap();

    app.run_pending_jobs().await;
    let reminders: Vec<_> = sent_to(&smtp.messages(), &weaver.email)
        .into_iter()
        .filter(|m| {
            m.subject.to_lowercase().contains("waiting") || m.subject.to_lowercase().contains("remind")
        })
        .cloned()
        .collect();
    assert_eq!(
        reminders.len(),
        1,
        "{backend:?}: {:?}",
        reminders.iter().map(|m| &m.subject).collect::<Vec<_>>()
    );
    let text = reminders[0].text.as_deref().unwrap_or_default();
    assert!(
        text.contains(&format!("/dashboard/enquiries/{}", waiting.id)),
        "{text}"
    );

    // Running the jobs again sends nothing more.
    app.run_pending_jobs().await;
    let again = sent_to(&smtp.messages(), &weaver.email)
        .into_iter()
        .filter(|m| m.subject == reminders[0].subject)
        .count();
    assert_eq!(again, 1);
    app.stop().await;
}

/// An e-mail's figures and dates are written in its recipient's language,
/// whoever's request caused it: an enquiry sent from an Arabic page reaches
/// a producer who reads Hindi with Indian grouping and a Devanagari month,
/// and its copy reaches the English-reading buyer in English.
#[backend_test]
async fn an_enquiry_s_emails_are_written_in_each_recipient_s_formats(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    let admin = user(&app, Role::Admin, "admin@bazaar.example", "Asha Admin").await;
    let buyer = buyer(&app, "jan@tulip.example").await;
    let (weaver, _, slug) = kashi_weaves(&app, &admin).await;
    changes::change_language(&app.db, &weaver, Some(Language::Hi), now())
        .await
        .unwrap();
    let needed = (now() + TimeDelta::days(60)).date();
    let input = EnquiryInput {
        quantity: "100000".into(),
        required_by: needed.format("%Y-%m-%d").to_string(),
        ..enquiry_input("A lakh of stoles, please.")
    };
    let c = ctx_at(&app, now(), "198.51.100.7");
    scoped(Locale::new(Language::Ar), || {
        app.db
            .write_blocking(|conn| threads::send_enquiry(conn, &buyer, &slug, &input, &c))
    })
    .unwrap();
    app.run_pending_jobs().await;

    let mail = smtp.messages();
    let about_it = |to: &str| {
        sent_to(&mail, to)
            .into_iter()
            .filter_map(|m| m.text.clone())
            .find(|text| text.contains("A lakh of stoles"))
            .unwrap_or_else(|| panic!("{backend:?}: no e-mail about the enquiry to {to}"))
    };
    let (received, copy) = (about_it(&weaver.email), about_it(&buyer.email));
    let in_hindi = scoped(Locale::new(Language::Hi), || dates::long_day(needed));
    assert!(
        in_hindi.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c)),
        "{in_hindi}"
    );
    // The quantity in the reader's unit words too, not the stored English unit.
    assert!(
        received.contains("1,00,000 पीस") && received.contains(&in_hindi),
        "{backend:?}: {received}"
    );
    assert!(
        copy.contains("100,000 pieces") && copy.contains(&dates::long_day(needed)),
        "{backend:?}: {copy}"
    );
    app.stop().await;
}

#[backend_test]
async fn contacts_are_revealed_to_the_producer_only_after_a_reply(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let admin = user(&app, Role::Admin, "admin@bazaar.example", "Asha Admin").await;
    let buyer = buyer(&app, "jan@tulip.example").await;
    let (weaver, producer_row, slug) = kashi_weaves(&app, &admin).await;
    let (b, s, c) = (buyer.clone(), slug.clone(), ctx(&app));
    let enquiry = app
        .db
        .write(move |conn| threads::send_enquiry(conn, &b, &s, &enquiry_input("Please quote."), &c))
        .await
        .unwrap();
    let view = |u: &User| {
        let (u, id) = (u.clone(), enquiry.id.clone());
        app.db
            .write_blocking(move |conn| views::thread(conn, &u, &id, now().date()))
    };
    let before = view(&weaver).unwrap();
    assert!(before.buyer.contacts_hidden && before.buyer.email.is_none() && before.buyer.phone.is_none());
    assert_eq!(before.buyer.company.as_deref(), Some("Tulip Trading BV"));
    assert!(
        view(&buyer).unwrap().buyer.email.is_some(),
        "buyers see their own details"
    );

    let (w, id, c) = (weaver.clone(), enquiry.id.clone(), ctx(&app));
    app.db
        .write(move |conn| threads::reply(conn, &w, &id, "Happy to help.", &c))
        .await
        .unwrap();
    let after = view(&weaver).unwrap();
    assert_eq!(
        after.buyer.email.as_deref(),
        Some("jan@tulip.example"),
        "{backend:?}"
    );
    assert_eq!(after.buyer.phone.as_deref(), Some("+31 20 123 4567"));
    assert_eq!(after.status, "replied");

    // Strangers cannot open it.
    let stranger = user(&app, Role::Buyer, "other@buyer.example", "Other Buyer").await;
    assert!(matches!(view(&stranger), Err(EnquiryError::NotFound)));
    let (other_producer, ..) = producer(
        &app,
        Some(&admin),
        "other@weaves.example",
        "Other Weaves",
        "varanasi",
        "handloom",
    )
    .await;
    assert!(matches!(view(&other_producer), Err(EnquiryError::NotFound)));

    // Response time appears after three answered enquiries.
    let pid = producer_row.id.clone();
    let typical = |app: &TestApp| {
        let pid = pid.clone();
        app.db
            .read_blocking(move |conn| threads::typical_reply_time(conn, &pid))
            .unwrap()
    };
    assert_eq!(typical(&app), None, "one answer is not yet a habit");
    for _ in 0..2 {
        let (b, s, c) = (
            buyer.clone(),
            slug.clone(),
            ctx_at(&app, now() - TimeDelta::hours(30), "10.1.1.1"),
        );
        let e = app
            .db
            .write(move |conn| threads::send_enquiry(conn, &b, &s, &enquiry_input("Again."), &c))
            .await
            .unwrap();
        let (w, c) = (weaver.clone(), ctx(&app));
        app.db
            .write(move |conn| threads::reply(conn, &w, &e.id, "Yes.", &c))
            .await
            .unwrap();
    }
    assert_eq!(
        typical(&app).map(|m| m.to_string()).as_deref(),
        Some("within 2 days"),
        "{backend:?}"
    );
    app.run_pending_jobs().await;
    app.stop().await;
}

/// SMTP is down while 200 enquiries are sent: every e-mail is delivered
/// once it is back, and none twice.
#[backend_test]
async fn enquiry_emails_survive_an_smtp_outage(backend: Backend) {
    let (app, mut smtp) = app_with_mail(backend).await;
    let admin = user(&app, Role::Admin, "admin@bazaar.example", "Asha Admin").await;
    let (weaver, _, slug) = kashi_weaves(&app, &admin).await;
    let mut buyers = Vec::new();
    for i in 0..10 {
        buyers.push(buyer(&app, &format!("buyer{i}@importers.example")).await);
    }
    app.run_pending_jobs().await;
    let before = smtp.messages().len();
    smtp.stop().await;
    for (i, b) in buyers.iter().enumerate() {
        for n in 0..20 {
            let (b, s) = (b.clone(), slug.clone());
            let c = ctx_at(&app, now(), &format!("192.0.2.{}", i * 20 + n));
            app.db
                .write(move |conn| {
                    threads::send_enquiry(conn, &b, &s, &enquiry_input(&format!("Enquiry {i}-{n}")), &c)
                })
                .await
                .unwrap();
        }
    }
    app.run_pending_jobs().await;
    assert_eq!(
        smtp.messages().len(),
        before,
        "{backend:?}: nothing sent while SMTP is down"
    );

    smtp.restart().await;
    // The reminders are 48 hours away; make only the e-mails due.
    app.db
        .write_blocking(|conn| {
            diesel::update(
                jobs::table
                    .filter(jobs::kind.eq("mail.send"))
                    .filter(jobs::status.eq("queued")),
            )
            .set(jobs::run_at.eq(now()))
            .execute(conn)
            .map_err(DbError::from)
        })
        .unwrap();
    app.run_pending_jobs().await;
    let mail = smtp.messages();
    let new: Vec<_> = mail[before..].iter().collect();
    assert_eq!(new.len(), 400, "{backend:?}: 200 to the producer, 200 copies");
    let ids: HashSet<_> = new.iter().map(|m| m.message_id.clone()).collect();
    assert_eq!(ids.len(), 400, "{backend:?}: none twice");
    assert_eq!(new.iter().filter(|m| m.to == weaver.email).count(), 200);
    app.stop().await;
}

#[backend_test]
async fn a_spam_report_hides_the_conversation_and_a_suspended_buyer_is_shut_out(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let admin = user(&app, Role::Admin, "admin@bazaar.example", "Asha Admin").await;
    let spammer = buyer(&app, "spam@bulk.example").await;
    let (weaver, _, slug) = kashi_weaves(&app, &admin).await;
    let (b, s, c) = (spammer.clone(), slug.clone(), ctx(&app));
    let enquiry = app
        .db
        .write(move |conn| threads::send_enquiry(conn, &b, &s, &enquiry_input("Cheap watches!!!"), &c))
        .await
        .unwrap();

    // Only the producer can report it.
    let (b, id) = (spammer.clone(), enquiry.id.clone());
    let refused = app
        .db
        .write(move |conn| threads::report_spam(conn, &b, &id, now()))
        .await;
    assert!(matches!(refused, Err(EnquiryError::NotAllowed(_))), "{backend:?}");
    let (w, id) = (weaver.clone(), enquiry.id.clone());
    app.db
        .write(move |conn| threads::report_spam(conn, &w, &id, now()))
        .await
        .unwrap();

    let w = weaver.clone();
    let inbox = app.db.read_blocking(move |conn| views::inbox(conn, &w)).unwrap();
    assert!(
        inbox.threads.is_empty() && inbox.unread_total == 0,
        "{backend:?}: hidden from the producer"
    );
    let (w, id, c) = (weaver.clone(), enquiry.id.clone(), ctx(&app));
    let reopened = app
        .db
        .write(move |conn| threads::reply(conn, &w, &id, "hello", &c))
        .await;
    assert!(matches!(reopened, Err(EnquiryError::NotFound)));
    // The reported buyer is shut out of that producer at once: no reply in
    // the conversation, no new enquiry, so no more e-mail from them.
    let (b, id, c) = (spammer.clone(), enquiry.id.clone(), ctx(&app));
    let more = app
        .db
        .write(move |conn| threads::reply(conn, &b, &id, "Still there?", &c))
        .await;
    assert!(
        matches!(more, Err(EnquiryError::NotAllowed(_))),
        "{backend:?}: {more:?}"
    );
    let (b, s, c) = (spammer.clone(), slug.clone(), ctx(&app));
    let again = app
        .db
        .write(move |conn| threads::send_enquiry(conn, &b, &s, &enquiry_input("Watches again"), &c))
        .await;
    assert!(
        matches!(again, Err(EnquiryError::NotAllowed(_))),
        "{backend:?}: {again:?}"
    );
    let flagged = app.db.read_blocking(views::reported_buyers).unwrap();
    assert_eq!(flagged.len(), 1);
    assert_eq!(flagged[0]["email"], "spam@bulk.example");
    assert_eq!(flagged[0]["reports"], 1);

    // An admin suspends the buyer: sign-in is refused and nothing more can be sent.
    let browser = crate::browser::Browser::new(&app);
    assert_eq!(
        browser
            .sign_in(&spammer.email, crate::market::PASSWORD)
            .await
            .status,
        303
    );
    odop_bazaar::accounts::admin_users::set_suspended(
        &app.db,
        &admin,
        spammer.id.to_string(),
        true,
        "spam".into(),
        odop_bazaar::catalogue::suspension::follow_account,
        &ctx(&app),
    )
    .await
    .unwrap();
    let dashboard = browser.get("/dashboard").await;
    assert_eq!(dashboard.status, 303, "{backend:?}: the running session ends");
    let again = crate::browser::Browser::new(&app)
        .sign_in(&spammer.email, crate::market::PASSWORD)
        .await;
    assert_eq!(again.status, 403, "{backend:?}: {}", again.body);
    assert!(again.body.contains("suspended"));
    app.run_pending_jobs().await;
    app.stop().await;
}

#[backend_test]
async fn messages_in_a_conversation_are_rate_limited_per_account(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let admin = user(&app, Role::Admin, "admin@bazaar.example", "Asha Admin").await;
    let jan = buyer(&app, "jan@tulip.example").await;
    let (_, _, slug) = kashi_weaves(&app, &admin).await;
    let (b, s, c) = (jan.clone(), slug.clone(), ctx(&app));
    let enquiry = app
        .db
        .write(move |conn| threads::send_enquiry(conn, &b, &s, &enquiry_input("Silk sarees"), &c))
        .await
        .unwrap();
    let reply = |n: usize| {
        let (b, id, c) = (jan.clone(), enquiry.id.clone(), ctx(&app));
        app.db
            .write(move |conn| threads::reply(conn, &b, &id, &format!("Message {n}"), &c))
    };
    for n in 0..60 {
        reply(n).await.unwrap();
    }
    let over = reply(60).await;
    assert!(
        matches!(over, Err(EnquiryError::RateLimited(_))),
        "{backend:?}: {over:?}"
    );
    app.run_pending_jobs().await;
    app.stop().await;
}
