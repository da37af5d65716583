//! What came of meetings, on both databases, over HTTP with the in-process
//! SMTP server and the controllable clock: each side is asked once when an
//! accepted meeting has ended (never for a cancelled one), says how it went
//! on the meeting's outcome page, sees only their own answer, and 90 days
//! later is asked once what happened since. A stranger finds nothing.

use chrono::Duration;
use diesel::prelude::*;
use odop_bazaar::catalogue::repo as catalogue_repo;
use odop_bazaar::db::DbError;
use odop_bazaar::enquiries::threads;
use odop_bazaar::meetings::events::EventInput;
use odop_bazaar::meetings::model::Meeting;
use odop_bazaar::meetings::outcomes::{FOLLOW_UP_AFTER, HowItWent, Outcome, SinceThen, TookPlace};
use odop_bazaar::schema::meeting_outcomes;

use crate::browser::Browser;
use crate::harness::Backend;
use crate::market::{PASSWORD, buyer, ctx, enquiry_input};
use crate::meeting_reminders::{Meet, meet};
use test_macros::backend_test;

const ASKED: &str = "How did your meeting with";
const FOLLOW_UP: &str = "90 days on: what came of your meeting";

/// An event whose requests confirm at once, so a request is a meeting.
async fn instant(backend: Backend) -> Meet {
    meet(backend, |input| EventInput {
        request_mode: "instant".into(),
        ..input
    })
    .await
}

fn outcomes_of(m: &Meet, meeting: &Meeting) -> Vec<Outcome> {
    let id = meeting.id.clone();
    m.app
        .db
        .read_blocking(move |conn| {
            meeting_outcomes::table
                .filter(meeting_outcomes::meeting_id.eq(&id))
                .select(Outcome::as_select())
                .load(conn)
                .map_err(DbError::from)
        })
        .unwrap()
}

fn outcome_path(meeting: &Meeting) -> String {
    format!("/dashboard/meetings/{}/outcome", meeting.id)
}

fn follow_up_path(meeting: &Meeting) -> String {
    format!("/dashboard/meetings/{}/follow-up", meeting.id)
}

#[backend_test]
async fn each_side_is_asked_once_after_the_end_and_says_how_it_went(backend: Backend) {
    let m = instant(backend).await;
    let slots = m.slots();
    let (buyer_page, seller_page) = (m.browser(&m.importer).await, m.browser(&m.weaver).await);
    let held = m.ask(&buyer_page, &m.seller, &slots[0]).await;
    let cancelled = m.ask(&buyer_page, &m.seller, &slots[1]).await;
    m.answer(
        &seller_page,
        &cancelled,
        "cancel",
        &[("reason", "Our loom broke down.")],
    )
    .await;
    // The buyer and the producer have written to each other before.
    let product = m.seller.product_ids.clone();
    let slug = m
        .app
        .db
        .read_blocking(move |conn| catalogue_repo::find_product(conn, &product))
        .unwrap()
        .unwrap()
        .slug;
    let (importer, c) = (m.importer.clone(), ctx(&m.app));
    let thread = m
        .app
        .db
        .write_blocking(move |conn| {
            threads::send_enquiry(
                conn,
                &importer,
                &slug,
                &enquiry_input("Please quote 500 stoles."),
                &c,
            )
        })
        .unwrap();
    m.app.run_pending_jobs().await;

    // Before the end, nothing is asked and nothing can be said.
    let page = buyer_page.get(&outcome_path(&held)).await;
    assert_eq!(page.status, 200, "{backend:?}");
    assert!(page.body.contains("has not taken place yet"), "{}", page.body);
    let early = buyer_page
        .submit(
            &outcome_path(&held),
            &outcome_path(&held),
            &[("took_place", "yes"), ("result", "information")],
        )
        .await;
    assert_eq!(early.status, 422, "{backend:?}: {}", early.body);
    assert!(early.body.contains("has not taken place yet"), "{}", early.body);
    assert!(outcomes_of(&m, &held).is_empty(), "{backend:?}: nothing saved");
    m.at(held.ends_at - Duration::minutes(1)).await;
    assert!(m.received(ASKED).is_empty(), "{backend:?}: not before the end");

    // At the end, each side once; the cancelled meeting's end passes unasked.
    m.at(cancelled.ends_at + Duration::minutes(1)).await;
    let asked = m.received(ASKED);
    let mut to: Vec<&str> = asked.iter().map(|mail| mail.to.as_str()).collect();
    to.sort_unstable();
    let mut both = vec![m.importer.email.as_str(), m.weaver.email.as_str()];
    both.sort_unstable();
    assert_eq!(to, both, "{backend:?}");
    for mail in &asked {
        let text = mail.text.as_deref().unwrap();
        assert!(
            text.contains(&format!("{}{}", m.app.address, outcome_path(&held))),
            "{text}"
        );
        assert!(!text.contains(cancelled.id.as_str()), "{text}");
    }
    m.app.make_jobs_due();
    m.app.run_pending_jobs().await;
    assert_eq!(m.received(ASKED).len(), 2, "{backend:?}: asked once");

    // The agenda asks on the past meeting; the link opens the form, which decides nothing.
    let (buyer_page, seller_page) = (m.browser(&m.importer).await, m.browser(&m.weaver).await);
    let agenda = buyer_page.get("/dashboard/meetings").await;
    assert!(agenda.body.contains("How did it go?"), "{}", agenda.body);
    assert!(agenda.body.contains(&outcome_path(&held)), "{}", agenda.body);
    let form = buyer_page.get(&outcome_path(&held)).await;
    assert_eq!(form.status, 200);
    assert!(form.body.contains("The other side did not come"), "{}", form.body);
    assert!(
        form.body.contains(&format!("<option value=\"{}\"", thread.id)),
        "the thread to link: {}",
        form.body
    );
    assert!(outcomes_of(&m, &held).is_empty());

    // Bad input: every field's message, nothing saved.
    let refused = buyer_page
        .submit(
            &outcome_path(&held),
            &outcome_path(&held),
            &[
                ("took_place", "yes"),
                ("expected_value", "25,000"),
                ("currency", "XYZ"),
                ("enquiry_id", "someone-elses-thread"),
            ],
        )
        .await;
    assert_eq!(refused.status, 422, "{backend:?}");
    for message in [
        "Choose how the meeting went.",
        "“XYZ” is not a currency we know",
        "Choose one of your conversations with them, or none.",
    ] {
        assert!(refused.body.contains(message), "{message}: {}", refused.body);
    }
    assert!(
        outcomes_of(&m, &held).is_empty(),
        "{backend:?}: nothing half-saved"
    );

    // A stranger to the meeting finds no such page.
    let stranger = buyer(&m.app, "eve@elsewhere.example").await;
    let eve = Browser::new(&m.app);
    assert_eq!(eve.sign_in(&stranger.email, PASSWORD).await.status, 303);
    crate::two_factor::give_second_factor_if_asked(&eve).await;
    assert_eq!(eve.get(&outcome_path(&held)).await.status, 404, "{backend:?}");
    let posted = eve
        .submit(
            "/dashboard/meetings",
            &outcome_path(&held),
            &[("took_place", "no_show")],
        )
        .await;
    assert_eq!(posted.status, 404, "{backend:?}");
    assert_eq!(eve.get(&follow_up_path(&held)).await.status, 404, "{backend:?}");

    let saved = buyer_page
        .submit(
            &outcome_path(&held),
            &outcome_path(&held),
            &[
                ("took_place", "yes"),
                ("result", "samples_requested"),
                ("expected_value", "25,000"),
                ("currency", "usd"),
                ("enquiry_id", thread.id.as_str()),
                ("note", "They want 50 samples in indigo."),
            ],
        )
        .await;
    assert_eq!(saved.status, 303, "{backend:?}: {}", saved.body);
    let outcomes = outcomes_of(&m, &held);
    assert_eq!(outcomes.len(), 1, "{backend:?}");
    let mine = &outcomes[0];
    assert_eq!(mine.participant_id, m.visitor.id);
    assert_eq!(
        (
            mine.took_place,
            mine.result,
            mine.expected_minor,
            mine.expected_currency.as_deref()
        ),
        (
            TookPlace::Yes,
            Some(HowItWent::SamplesRequested),
            Some(2_500_000),
            Some("USD")
        )
    );
    assert_eq!(mine.enquiry_id.as_ref(), Some(&thread.id));
    let agenda = buyer_page.get("/dashboard/meetings").await;
    assert!(
        agenda
            .body
            .contains("You said: Yes, it took place · Samples requested"),
        "{}",
        agenda.body
    );
    let again = buyer_page.get(&outcome_path(&held)).await;
    assert!(
        again.body.contains("25,000"),
        "the saved value, to change: {}",
        again.body
    );

    // The producer sees their own question still open, and nothing of the buyer's answer.
    let theirs = seller_page.get(&outcome_path(&held)).await;
    assert_eq!(theirs.status, 200);
    assert!(!theirs.body.contains("50 samples in indigo"), "{}", theirs.body);
    assert!(!theirs.body.contains("25,000"), "{}", theirs.body);
    let agenda = seller_page.get("/dashboard/meetings").await;
    assert!(agenda.body.contains("How did it go?"), "{}", agenda.body);
    m.app.stop().await;
}

#[backend_test]
async fn ninety_days_on_a_side_whose_meeting_took_place_is_asked_once_what_happened(backend: Backend) {
    let m = instant(backend).await;
    let slots = m.slots();
    let buyer_page = m.browser(&m.importer).await;
    let held = m.ask(&buyer_page, &m.seller, &slots[0]).await;
    m.at(held.ends_at + Duration::minutes(5)).await;
    let (buyer_page, seller_page) = (m.browser(&m.importer).await, m.browser(&m.weaver).await);
    for (page, fields) in [
        (&buyer_page, [("took_place", "yes"), ("result", "quotation")]),
        (&seller_page, [("took_place", "no_show"), ("result", "")]),
    ] {
        let saved = page
            .submit(&outcome_path(&held), &outcome_path(&held), &fields)
            .await;
        assert_eq!(saved.status, 303, "{backend:?}: {}", saved.body);
    }

    // Before 90 days: the follow-up is not open, and says when it opens.
    let opens = held.ends_at + FOLLOW_UP_AFTER;
    m.at(opens - Duration::hours(1)).await;
    assert!(m.received(FOLLOW_UP).is_empty(), "{backend:?}");
    let buyer_page = m.browser(&m.importer).await;
    let early = buyer_page
        .submit(
            &follow_up_path(&held),
            &follow_up_path(&held),
            &[("since", "negotiation")],
        )
        .await;
    assert_eq!(early.status, 422, "{backend:?}");
    assert!(early.body.contains("The follow-up opens on"), "{}", early.body);

    // At 90 days the buyer is asked; the producer, whose meeting did not take place, is not.
    m.at(opens + Duration::minutes(1)).await;
    let asked = m.received(FOLLOW_UP);
    assert_eq!(asked.len(), 1, "{backend:?}");
    assert_eq!(asked[0].to, m.importer.email);
    let text = asked[0].text.as_deref().unwrap();
    assert!(
        text.contains(&format!("{}{}", m.app.address, follow_up_path(&held))),
        "{text}"
    );

    let buyer_page = m.browser(&m.importer).await;
    let agenda = buyer_page.get("/dashboard/meetings").await;
    assert!(
        agenda.body.contains("90 days on: what happened since?"),
        "{}",
        agenda.body
    );
    let refused = buyer_page
        .submit(
            &follow_up_path(&held),
            &follow_up_path(&held),
            &[
                ("since", "order_placed"),
                ("order_value", "12000"),
                ("order_currency", "ZZZ"),
            ],
        )
        .await;
    assert_eq!(refused.status, 422, "{backend:?}");
    assert!(
        refused.body.contains("“ZZZ” is not a currency we know"),
        "{}",
        refused.body
    );
    assert!(outcomes_of(&m, &held).iter().all(|o| o.followed_up_at.is_none()));

    let answered = buyer_page
        .submit(
            &follow_up_path(&held),
            &follow_up_path(&held),
            &[
                ("since", "order_placed"),
                ("order_value", "12000"),
                ("order_currency", "EUR"),
                ("note", "First order of 400 stoles."),
            ],
        )
        .await;
    assert_eq!(answered.status, 303, "{backend:?}: {}", answered.body);
    let shown = buyer_page.get(&follow_up_path(&held)).await;
    assert!(shown.body.contains("Order placed"), "{}", shown.body);
    assert!(shown.body.contains("€12,000"), "{}", shown.body);

    // A second answer changes nothing.
    let twice = buyer_page
        .submit(
            &follow_up_path(&held),
            &follow_up_path(&held),
            &[("since", "nothing")],
        )
        .await;
    assert_eq!(twice.status, 422, "{backend:?}");
    assert!(
        twice.body.contains("You answered this follow-up on"),
        "{}",
        twice.body
    );
    let mine = outcomes_of(&m, &held)
        .into_iter()
        .find(|o| o.participant_id == m.visitor.id)
        .unwrap();
    assert_eq!(
        (mine.follow_up, mine.order_minor, mine.order_currency.as_deref()),
        (Some(SinceThen::OrderPlaced), Some(1_200_000), Some("EUR"))
    );
    m.app.make_jobs_due();
    m.app.run_pending_jobs().await;
    assert_eq!(m.received(FOLLOW_UP).len(), 1, "{backend:?}: asked once");
    m.app.stop().await;
}
