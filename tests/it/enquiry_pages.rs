//! The enquiry and buy-request pages as people use them: forms sent from a
//! browser, what each side sees, and who is turned away.

use diesel::prelude::*;
use odop_bazaar::accounts::Role;
use odop_bazaar::db::DbError;
use odop_bazaar::schema::users;

use crate::browser::{Browser, Page};
use crate::catalogue::app_with_mail;
use crate::harness::{Backend, TestApp};
use crate::market::{PASSWORD, buyer, kashi_weaves, producer, user};
use test_macros::backend_test;

pub async fn signed_in_as(app: &TestApp, email: &str) -> Browser {
    let browser = Browser::new(app);
    assert_eq!(browser.sign_in(email, PASSWORD).await.status, 303);
    crate::two_factor::give_second_factor_if_asked(&browser).await;
    browser
}

pub fn enquiry_fields<'a>(quantity: &'a str, message: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("quantity", quantity),
        ("unit", "pieces"),
        ("target_price", "12.50"),
        ("currency", "usd"),
        ("incoterm", "FOB"),
        ("destination_country", "NL"),
        ("destination_port", "Rotterdam"),
        ("required_by", ""),
        ("sample_wanted", "on"),
        ("message", message),
        ("website", ""),
    ]
}

/// The producer quotes US$11.80 a piece, FOB, in conversation `thread`.
pub async fn send_quote(maker: &Browser, thread: &str) -> Page {
    let valid_until = (chrono::Utc::now().date_naive() + chrono::TimeDelta::days(20)).to_string();
    let fields = [
        ("unit_price", "11.80"),
        ("currency", "USD"),
        ("moq", "200"),
        ("moq_unit", "pieces"),
        ("lead_time_days", "45"),
        ("incoterm", "FOB"),
        ("valid_until", &valid_until),
        ("notes", "Export packing included."),
    ];
    maker.submit(thread, &format!("{thread}/quotes"), &fields).await
}

fn notice(page: &Page) -> &str {
    let start = page.body.find("notice-banner").expect("a notice");
    &page.body[start
        ..page.body[start..]
            .find("</p>")
            .map_or(page.body.len(), |end| start + end)]
}

#[backend_test]
async fn a_buyer_enquires_through_the_form_and_both_sides_see_the_conversation(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let admin = user(&app, Role::Admin, "admin@bazaar.example", "Admin").await;
    kashi_weaves(&app, &admin).await;
    let (.., slug) = producer(
        &app,
        Some(&admin),
        "jaipur@looms.example",
        "Jaipur Looms",
        "jaipur",
        "handloom",
    )
    .await;
    buyer(&app, "jan@tulip.example").await;
    let jan = signed_in_as(&app, "jan@tulip.example").await;
    let form_path = format!("/products/{slug}/enquire");

    let form = jan.get(&form_path).await;
    assert_eq!(form.status, 200, "{backend:?}: {}", form.body);
    assert!(form.body.contains("Jaipur Looms"));
    assert!(
        form.body.contains(r#"<option value="NL" selected>"#),
        "destination defaults to the buyer's country"
    );

    let refused = jan
        .submit(
            &form_path,
            &form_path,
            &enquiry_fields("-5", "Please quote for 500 stoles."),
        )
        .await;
    assert_eq!(refused.status, 422, "{backend:?}");
    assert!(refused.body.contains("at least 1"));
    assert!(
        refused.body.contains("Please quote for 500 stoles."),
        "typed text kept"
    );

    let sent = jan
        .submit(
            &form_path,
            &form_path,
            &enquiry_fields("500", "Please quote for 500 stoles."),
        )
        .await;
    assert_eq!(sent.status, 303, "{backend:?}: {}", sent.body);
    let thread = sent.location().to_owned();
    assert!(thread.starts_with("/dashboard/enquiries/"), "{thread}");
    let page = jan.get(&thread).await;
    assert_eq!(page.status, 200);
    assert!(notice(&page).contains("Your enquiry was sent to Jaipur Looms; we e-mailed you a copy."));
    assert!(
        jan.get("/dashboard/enquiries")
            .await
            .body
            .contains("Jaipur Looms")
    );

    let maker = signed_in_as(&app, "jaipur@looms.example").await;
    let inbox = maker.get("/dashboard/enquiries").await;
    assert!(
        inbox.body.contains(&thread) && inbox.body.contains("1 unread"),
        "{}",
        inbox.body
    );
    assert!(
        maker.get("/dashboard").await.body.contains("count--alert"),
        "unread badge on the dashboard"
    );
    let before = maker.get(&thread).await;
    assert!(before.body.contains("Shown once you reply"));
    // Opening the page (as a mail scanner would) leaves it unread; the
    // page's own script marks it read.
    assert!(maker.get("/dashboard/enquiries").await.body.contains("1 unread"));
    assert!(before.body.contains(&format!("data-mark-read=\"{thread}/read\"")));
    let read = maker.script_post(&before, &format!("{thread}/read")).await;
    assert_eq!(read.status, 204, "{backend:?}: {}", read.body);
    assert!(!maker.get("/dashboard/enquiries").await.body.contains("1 unread"));
    let jan_reads_it = jan
        .script_post(&jan.get(&thread).await, &format!("{thread}/read"))
        .await;
    assert_eq!(jan_reads_it.status, 204);
    let stranger = signed_in_as(&app, "kashi@weaves.example").await;
    let page = stranger.get("/dashboard").await;
    let refused = stranger.script_post(&page, &format!("{thread}/read")).await;
    assert_eq!(
        refused.status, 404,
        "another account's conversation stays unknown"
    );
    assert!(
        !before.body.contains("jan@tulip.example"),
        "contacts hidden before the reply"
    );
    let replied = maker
        .submit(
            &thread,
            &format!("{thread}/messages"),
            &[("message", "Yes, we can weave these.")],
        )
        .await;
    assert_eq!(replied.status, 303);
    let after = maker.get(&thread).await;
    assert!(
        after.body.contains("jan@tulip.example"),
        "contacts shown once replied"
    );
    assert!(after.body.contains("Yes, we can weave these."));

    let stranger = signed_in_as(&app, "kashi@weaves.example").await;
    assert_eq!(stranger.get(&thread).await.status, 404, "{backend:?}");
    let token = stranger.get("/dashboard").await.csrf_token();
    let post = stranger
        .post(
            &format!("{thread}/messages"),
            &[("message", "Hello"), ("csrf_token", &token)],
        )
        .await;
    assert_eq!(post.status, 404);

    app.run_pending_jobs().await;
    app.stop().await;
}

#[actix_web::test]
async fn the_pages_turn_away_who_may_not_use_them() {
    let (app, _smtp) = app_with_mail(Backend::Sqlite).await;
    let admin = user(&app, Role::Admin, "admin@bazaar.example", "Admin").await;
    let (.., slug) = kashi_weaves(&app, &admin).await;
    let form_path = format!("/products/{slug}/enquire");

    let anonymous = Browser::new(&app).get(&form_path).await;
    assert_eq!(anonymous.status, 303);
    assert!(anonymous.location().starts_with("/login?next=%2Fproducts%2F"));

    let maker = signed_in_as(&app, "kashi@weaves.example").await;
    let page = maker.get(&form_path).await;
    assert_eq!(page.status, 403);
    assert!(page.body.contains("Only buyer accounts can send enquiries"));
    assert_eq!(maker.get("/dashboard/rfqs").await.status, 403);
    assert_eq!(maker.get("/admin/rfqs").await.status, 403);

    user(&app, Role::Buyer, "new@buyer.example", "New Buyer").await;
    app.db
        .write_blocking(|conn| {
            diesel::update(users::table.filter(users::email.eq("new@buyer.example")))
                .set(users::email_verified_at.eq(None::<chrono::NaiveDateTime>))
                .execute(conn)
                .map_err(DbError::from)
        })
        .unwrap();
    let unverified = signed_in_as(&app, "new@buyer.example").await;
    for path in [
        form_path.as_str(),
        "/dashboard/rfqs/new",
        "/dashboard/buy-requests",
        "/admin/spam",
    ] {
        let page = unverified.get(path).await;
        assert_eq!((page.status, page.location()), (303, "/confirm-email"), "{path}");
    }
    let page = unverified.get("/confirm-email").await;
    assert!(page.body.contains("Confirm your e-mail address"), "{}", page.body);
    app.run_pending_jobs().await;
    app.stop().await;
}

#[actix_web::test]
async fn a_buy_request_goes_from_the_form_through_review_to_an_answer() {
    let (app, _smtp) = app_with_mail(Backend::Sqlite).await;
    let admin = user(&app, Role::Admin, "admin@bazaar.example", "Admin").await;
    kashi_weaves(&app, &admin).await;
    buyer(&app, "jan@tulip.example").await;
    let jan = signed_in_as(&app, "jan@tulip.example").await;

    let deadline = (chrono::Utc::now() + chrono::TimeDelta::days(20))
        .format("%Y-%m-%d")
        .to_string();
    let fields = |title: &'static str| {
        vec![
            ("title", title),
            ("details", "Silk stoles in pastel shades, 70 x 200 cm."),
            ("quantity", "2,000"),
            ("unit", "pieces"),
            ("sector", "handloom"),
            ("category", "Stoles"),
            ("states", "9"),
            ("districts", ""),
            ("hs_code", ""),
            ("destination_country", "NL"),
            ("website", ""),
        ]
    };
    let mut bad = fields("Silk");
    bad.push(("deadline", "2020-01-01"));
    let refused = jan.submit("/dashboard/rfqs/new", "/dashboard/rfqs", &bad).await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("in the past"));
    assert!(
        refused.body.contains(r#"value="9" checked"#),
        "the ticked state stays ticked"
    );

    let mut good = fields("Handwoven silk stoles");
    good.push(("deadline", &deadline));
    let posted = jan.submit("/dashboard/rfqs/new", "/dashboard/rfqs", &good).await;
    assert_eq!(posted.status, 303, "{}", posted.body);
    let rfq_path = posted.location().to_owned();
    let id = rfq_path.trim_start_matches("/dashboard/rfqs/").to_owned();
    assert!(jan.get(&rfq_path).await.body.contains("Waiting for approval"));

    let moderator = signed_in_as(&app, "admin@bazaar.example").await;
    assert!(
        moderator
            .get("/admin")
            .await
            .body
            .contains("Buy requests to review")
    );
    let review = format!("/admin/rfqs/{id}/review");
    let no_note = moderator
        .submit("/admin/rfqs", &review, &[("decision", "reject"), ("note", "")])
        .await;
    assert_eq!(no_note.status, 422);
    let approved = moderator
        .submit("/admin/rfqs", &review, &[("decision", "approve")])
        .await;
    assert_eq!(approved.status, 303);
    assert!(notice(&moderator.get("/admin/rfqs").await).contains("went to 1 matching producer."));

    let maker = signed_in_as(&app, "kashi@weaves.example").await;
    let received = maker.get("/dashboard/buy-requests").await.body;
    assert!(received.contains("Handwoven silk stoles"), "{received}");
    assert!(
        received.contains("Buyer in Netherlands"),
        "buyer's country by name"
    );
    assert!(!received.contains(">Answered<"), "not answered yet");
    let request = format!("/dashboard/buy-requests/{id}");
    let asked = maker.get(&request).await.body;
    assert!(
        asked.contains("<dd>Uttar Pradesh</dd>"),
        "places by name: {asked}"
    );
    let answered = maker
        .submit(
            &request,
            &format!("{request}/respond"),
            &[
                ("message", "We weave these in Varanasi."),
                ("include_quote", "on"),
                ("unit_price", "11.80"),
                ("currency", "USD"),
                ("moq", "500"),
                ("moq_unit", "pieces"),
                ("lead_time_days", "40"),
                ("incoterm", "FOB"),
                ("valid_until", &deadline),
                ("notes", ""),
            ],
        )
        .await;
    assert_eq!(answered.status, 303, "{}", answered.body);
    let thread = answered.location().to_owned();
    assert!(thread.starts_with("/dashboard/enquiries/"));

    let page = jan.get(&rfq_path).await;
    assert!(page.body.contains("Kashi Weaves") && page.body.contains(&thread));
    assert!(page.body.contains("<dd>Uttar Pradesh</dd>"), "places by name");
    let received = maker.get("/dashboard/buy-requests").await.body;
    assert!(
        received.contains(">Answered<"),
        "answered once the producer replied"
    );
    let conversation = jan.get(&thread).await;
    assert!(conversation.body.contains("Accept this quote"));
    app.run_pending_jobs().await;
    app.stop().await;
}

/// The issue's whole flow: enquiry → producer e-mail with the right link →
/// quote → buyer e-mail → accepted → closed as won, both sides agreeing.
#[backend_test]
async fn an_enquiry_becomes_an_accepted_quote_with_an_email_at_every_step(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    let admin = user(&app, Role::Admin, "admin@bazaar.example", "Admin").await;
    let (.., slug) = kashi_weaves(&app, &admin).await;
    buyer(&app, "jan@tulip.example").await;
    let jan = signed_in_as(&app, "jan@tulip.example").await;
    let form_path = format!("/products/{slug}/enquire");
    let sent = jan
        .submit(
            &form_path,
            &form_path,
            &enquiry_fields("500", "Please quote for 500 stoles, FOB."),
        )
        .await;
    assert_eq!(sent.status, 303, "{backend:?}: {}", sent.body);
    let thread = sent.location().to_owned();

    app.run_pending_jobs().await;
    let to_producer = smtp
        .messages()
        .into_iter()
        .find(|m| m.to == "kashi@weaves.example" && m.subject.starts_with("New enquiry"))
        .unwrap_or_else(|| panic!("{backend:?}: the producer is e-mailed"));
    let link = crate::browser::link_in(
        to_producer.text.as_deref().unwrap(),
        app.settings.base_url.as_str(),
    );
    assert!(link.ends_with(&thread), "{link} leads to {thread}");
    assert!(
        smtp.messages()
            .iter()
            .any(|m| m.to == "jan@tulip.example" && m.subject.contains("enquiry")),
        "{backend:?}: the buyer gets a copy"
    );

    let maker = signed_in_as(&app, "kashi@weaves.example").await;
    assert_eq!(maker.get(&link).await.status, 200);
    let quoted = send_quote(&maker, &thread).await;
    assert_eq!(quoted.status, 303, "{backend:?}: {}", quoted.body);
    app.run_pending_jobs().await;
    let to_buyer = smtp
        .messages()
        .into_iter()
        .find(|m| m.to == "jan@tulip.example" && m.subject.to_lowercase().contains("quote"))
        .unwrap_or_else(|| panic!("{backend:?}: the buyer hears of the quote"));
    let text = to_buyer.text.unwrap_or_default();
    assert!(
        text.contains("US$11.80 per piece") && text.contains(&thread),
        "{text}"
    );

    let page = jan.get(&thread).await;
    let marker = format!("{thread}/quotes/");
    let start = page.body.find(&marker).expect("an accept form") + marker.len();
    let quote_id: String = page.body[start..].chars().take_while(|c| *c != '/').collect();
    let accepted = jan
        .submit(
            &thread,
            &format!("{thread}/quotes/{quote_id}/decision"),
            &[("decision", "accept")],
        )
        .await;
    assert_eq!(accepted.status, 303, "{backend:?}: {}", accepted.body);
    for side in [&jan, &maker] {
        let inbox = side.get("/dashboard/enquiries").await;
        assert!(
            inbox.body.contains("Quote accepted"),
            "{backend:?}: {}",
            inbox.body
        );
        assert!(side.get(&thread).await.body.contains("Quote accepted"));
    }
    app.run_pending_jobs().await;
    assert!(
        smtp.messages()
            .iter()
            .any(|m| m.to == "kashi@weaves.example" && m.subject.to_lowercase().contains("accepted")),
        "{backend:?}: the producer hears of the decision"
    );

    let closed = maker
        .submit(&thread, &format!("{thread}/close"), &[("outcome", "won")])
        .await;
    assert_eq!(closed.status, 303, "{backend:?}: {}", closed.body);
    for side in [&jan, &maker] {
        let page = side.get(&thread).await;
        assert!(
            page.body.contains("Closed") && page.body.contains("Won"),
            "{backend:?}"
        );
    }
    app.run_pending_jobs().await;
    assert!(
        smtp.messages()
            .iter()
            .any(|m| m.to == "jan@tulip.example" && m.subject.to_lowercase().contains("closed"))
    );
    app.stop().await;
}
