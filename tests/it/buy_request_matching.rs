//! Buy requests with their price and delivery terms, matched to producers by
//! what they make (issue #17, item 9), as the buyer, the admin and the
//! producers see them over HTTP.

use odop_bazaar::accounts::Role;
use odop_bazaar::catalogue::listings::ListingInput;

use crate::browser::Browser;
use crate::catalogue::app_with_mail;
use crate::enquiry_pages::signed_in_as;
use crate::harness::{Backend, TestApp};
use crate::market::{buyer, listing_input, producer_listing, user};
use crate::smtp::SmtpServer;
use test_macros::backend_test;

fn listing(title: &str, sector: &str, category: &str, materials: &str) -> ListingInput {
    ListingInput {
        title: title.into(),
        category: category.into(),
        materials: materials.into(),
        ..listing_input(title, sector)
    }
}

/// Varanasi's silk producer, whose brocade is filed under "Textile" and
/// linked to the district's ODOP product (Silk Products, HS 5007), and three
/// handloom weavers elsewhere in Uttar Pradesh who make no silk.
async fn uttar_pradesh_weavers(app: &TestApp) {
    let admin = user(app, Role::Admin, "admin@bazaar.example", "Asha Admin").await;
    let brocade = ListingInput {
        odop_product: "varanasi-silk-products".into(),
        hs_code: "500720".into(),
        ..listing("Katan brocade yardage", "textile", "Fabrics", "Mulberry")
    };
    producer_listing(
        app,
        Some(&admin),
        "silk@kashi.example",
        "Kashi Silk House",
        "varanasi",
        brocade,
    )
    .await;
    for (email, name, district, title) in [
        ("durrie@mau.example", "Mau Durrie Works", "mau", "Cotton durrie"),
        (
            "towels@hardoi.example",
            "Hardoi Handlooms",
            "hardoi",
            "Terry towels",
        ),
        (
            "sheets@barabanki.example",
            "Barabanki Weavers",
            "bara-banki",
            "Handloom bedsheets",
        ),
    ] {
        let weave = listing(title, "handloom", "Home textiles", "Cotton");
        producer_listing(app, Some(&admin), email, name, district, weave).await;
    }
}

/// The weavers, and Jan, a buyer from the Netherlands, signed in.
async fn jan_and_the_weavers(backend: Backend) -> (TestApp, SmtpServer, Browser) {
    let (app, smtp) = app_with_mail(backend).await;
    uttar_pradesh_weavers(&app).await;
    buyer(&app, "jan@tulip.example").await;
    let jan = signed_in_as(&app, "jan@tulip.example").await;
    (app, smtp, jan)
}

fn in_days(days: i64) -> String {
    (chrono::Utc::now() + chrono::TimeDelta::days(days))
        .format("%Y-%m-%d")
        .to_string()
}

/// Posts a buy request through the form; answers its page path.
async fn post_request(buyer: &Browser, fields: &[(&str, &str)]) -> String {
    let posted = buyer
        .submit("/dashboard/rfqs/new", "/dashboard/rfqs", fields)
        .await;
    assert_eq!(posted.status, 303, "{}", posted.body);
    posted.location().to_owned()
}

fn subjects_to(smtp: &SmtpServer, to: &str, about: &str) -> usize {
    smtp.messages()
        .iter()
        .filter(|m| m.to == to && m.subject.contains(about))
        .count()
}

#[backend_test]
async fn banarasi_silk_sarees_reach_varanasis_silk_producer_and_not_the_cotton_weavers(backend: Backend) {
    let (app, smtp, jan) = jan_and_the_weavers(backend).await;
    let deadline = in_days(20);
    let rfq_path = post_request(
        &jan,
        &[
            ("title", "Banarasi silk sarees"),
            (
                "details",
                "Pure silk sarees with zari borders, 6.3 m with blouse piece.",
            ),
            ("quantity", "300"),
            ("unit", "pieces"),
            ("sector", "handloom"),
            ("category", "Sarees"),
            ("hs_code", ""),
            ("deadline", &deadline),
            ("target_price", "45"),
            ("currency", "eur"),
            ("incoterm", "CIF"),
            ("destination_country", "DE"),
            ("destination_port", "Hamburg"),
            ("samples_wanted", "on"),
            ("states", "9"),
            ("districts", ""),
            ("website", ""),
        ],
    )
    .await;
    let id = rfq_path.trim_start_matches("/dashboard/rfqs/").to_owned();
    let own = jan.get(&rfq_path).await.body;
    for terms in ["per piece", "CIF", "Hamburg, Germany", "Wanted before ordering"] {
        assert!(
            own.contains(terms),
            "{backend:?}: the buyer's page shows {terms}: {own}"
        );
    }

    // The admin sees who will receive it, and why, before approving.
    let moderator = signed_in_as(&app, "admin@bazaar.example").await;
    let queue = moderator.get("/admin/rfqs").await.body;
    assert!(
        queue.contains("1 producer will receive it"),
        "{backend:?}: {queue}"
    );
    assert!(queue.contains("Kashi Silk House</a>, Varanasi"), "{queue}");
    assert!(
        queue.contains("Makes Silk Products, an ODOP product the request names"),
        "{queue}"
    );
    for other in ["Mau Durrie Works", "Hardoi Handlooms", "Barabanki Weavers"] {
        assert!(
            !queue.contains(other),
            "{backend:?}: {other} makes no silk: {queue}"
        );
    }
    let approved = moderator
        .submit(
            "/admin/rfqs",
            &format!("/admin/rfqs/{id}/review"),
            &[("decision", "approve")],
        )
        .await;
    assert_eq!(approved.status, 303);
    assert!(
        moderator
            .get("/admin/rfqs")
            .await
            .body
            .contains("went to 1 matching producer.")
    );

    app.run_pending_jobs().await;
    assert_eq!(
        subjects_to(&smtp, "silk@kashi.example", "Banarasi silk sarees"),
        1,
        "{backend:?}"
    );
    for other in [
        "durrie@mau.example",
        "towels@hardoi.example",
        "sheets@barabanki.example",
    ] {
        assert_eq!(
            subjects_to(&smtp, other, "Banarasi silk sarees"),
            0,
            "{backend:?}: {other}"
        );
    }
    let mail = smtp
        .messages()
        .into_iter()
        .find(|m| m.to == "silk@kashi.example" && m.subject.contains("Banarasi"))
        .unwrap();
    let text = mail.text.unwrap_or_default();
    assert!(
        text.contains("Incoterm: CIF") && text.contains("Ship to: Hamburg, Germany"),
        "{text}"
    );
    assert!(
        text.contains("Samples: Wanted before ordering") && text.contains("Answer by: "),
        "{text}"
    );

    // The producer reads "Answer by", the terms, and answers; the
    // conversation carries the terms and no "Needed by".
    let maker = signed_in_as(&app, "silk@kashi.example").await;
    let request = format!("/dashboard/buy-requests/{id}");
    let asked = maker.get(&request).await.body;
    assert!(asked.contains("Answer by"), "{backend:?}: {asked}");
    assert!(
        !asked.contains("Needed by") && !asked.contains("Answers by"),
        "{asked}"
    );
    for terms in [
        "per piece",
        "<dd>CIF</dd>",
        "Hamburg, Germany",
        "Wanted before ordering",
    ] {
        assert!(asked.contains(terms), "{backend:?}: the producer sees {terms}");
    }
    let answered = maker
        .submit(
            &request,
            &format!("{request}/respond"),
            &[
                ("message", "Our Katan silk sarees are woven in Varanasi."),
                ("include_quote", ""),
            ],
        )
        .await;
    assert_eq!(answered.status, 303, "{}", answered.body);
    let thread = maker.get(answered.location()).await.body;
    assert!(
        !thread.contains("Needed by"),
        "{backend:?}: the answer deadline is no delivery date"
    );
    assert!(
        thread.contains("Hamburg"),
        "{backend:?}: the destination carries over: {thread}"
    );
    app.run_pending_jobs().await;
    app.stop().await;
}

#[backend_test]
async fn a_request_naming_an_hs_chapter_reaches_who_lists_goods_in_it(backend: Backend) {
    let (app, smtp, jan) = jan_and_the_weavers(backend).await;
    let deadline = in_days(20);
    let rfq_path = post_request(
        &jan,
        &[
            ("title", "Woven fabric for cushions"),
            ("details", "Metre lengths for cushion covers, 140 cm wide."),
            ("quantity", "800"),
            ("unit", "metres"),
            ("sector", "handloom"),
            ("category", ""),
            ("hs_code", "500720"),
            ("deadline", &deadline),
            ("destination_country", "NL"),
            ("website", ""),
        ],
    )
    .await;
    let moderator = signed_in_as(&app, "admin@bazaar.example").await;
    let queue = moderator.get("/admin/rfqs").await.body;
    assert!(
        queue.contains("1 producer will receive it"),
        "{backend:?}: {queue}"
    );
    assert!(
        queue.contains("Lists goods of HS chapter 50 (Silk)"),
        "{backend:?}: {queue}"
    );
    let id = rfq_path.trim_start_matches("/dashboard/rfqs/");
    moderator
        .submit(
            "/admin/rfqs",
            &format!("/admin/rfqs/{id}/review"),
            &[("decision", "approve")],
        )
        .await;
    app.run_pending_jobs().await;
    assert_eq!(
        subjects_to(&smtp, "silk@kashi.example", "cushions"),
        1,
        "{backend:?}"
    );
    assert_eq!(
        subjects_to(&smtp, "durrie@mau.example", "cushions"),
        0,
        "{backend:?}"
    );
    app.stop().await;
}

#[backend_test]
async fn an_unknown_currency_is_refused_beside_its_field_and_nothing_typed_is_lost(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    buyer(&app, "jan@tulip.example").await;
    let jan = signed_in_as(&app, "jan@tulip.example").await;
    let form = jan.get("/dashboard/rfqs/new").await.body;
    assert!(
        form.contains(r#"<option value="NL" selected>"#),
        "destination defaults to the buyer's country"
    );
    let deadline = in_days(10);
    let refused = jan
        .submit(
            "/dashboard/rfqs/new",
            "/dashboard/rfqs",
            &[
                ("title", "Brass diyas for Diwali"),
                ("details", "Hand-cast brass oil lamps, 8 cm."),
                ("quantity", "5000"),
                ("unit", "pieces"),
                ("sector", "handicraft"),
                ("deadline", &deadline),
                ("target_price", "1.20"),
                ("currency", "XQZ"),
                ("incoterm", "FOB"),
                ("destination_country", "NL"),
                ("destination_port", "Rotterdam"),
                ("website", ""),
            ],
        )
        .await;
    assert_eq!(refused.status, 422, "{backend:?}");
    assert!(
        refused.body.contains("“XQZ” is not a currency we know"),
        "{}",
        refused.body
    );
    assert!(
        refused.body.contains(r##"href="#currency""##),
        "the summary links to the field"
    );
    for kept in [
        "Brass diyas for Diwali",
        "Hand-cast brass oil lamps",
        r#"value="1.20""#,
        r#"value="Rotterdam""#,
    ] {
        assert!(refused.body.contains(kept), "{backend:?}: {kept} is kept");
    }
    assert_eq!(
        refused.body.matches("not a currency we know").count(),
        2,
        "beside the field and in the summary"
    );
    app.stop().await;
}
