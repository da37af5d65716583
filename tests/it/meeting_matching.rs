//! Suggested matches over HTTP, on both databases: a hand-made buyer and
//! producers whose reasons are known in advance, read from both sides; the
//! "must meet" mark set and taken back, seen by the organisers; and
//! strangers finding nothing.

use diesel::prelude::*;
use odop_bazaar::accounts::{Role, User};
use odop_bazaar::catalogue::repo as catalogue_repo;
use odop_bazaar::db::DbError;
use odop_bazaar::meetings::model::{Event, Participant};
use odop_bazaar::meetings::participation::{self, ParticipationInput};
use odop_bazaar::schema::{gi_products, odop_products, products};

use crate::browser::Browser;
use crate::harness::{Backend, TestApp};
use crate::market::{PASSWORD, buyer, district_code, now, producer, user};
use crate::meetings::{decide, event_input, links, published_event, take_part};
use test_macros::backend_test;

pub async fn signed_in(app: &TestApp, email: &str) -> Browser {
    let browser = Browser::new(app);
    assert_eq!(browser.sign_in(email, PASSWORD).await.status, 303, "{email}");
    crate::two_factor::give_second_factor_if_asked(&browser).await;
    browser
}

/// A buyer's registration with what they source.
pub async fn register_buyer(
    app: &TestApp,
    who: &User,
    slug: &str,
    hs_codes: &str,
    volumes: &str,
) -> Participant {
    let (who, slug, links) = (who.clone(), slug.to_owned(), links(app));
    let input = ParticipationInput {
        pitch: "We import handwoven silk for shops in the Netherlands.".into(),
        hs_codes: hs_codes.into(),
        volumes: volumes.into(),
        ..ParticipationInput::default()
    };
    app.db
        .write(move |conn| participation::take_part(conn, &who, &slug, &input, &links, now()))
        .await
        .unwrap()
}

/// The GI whose name it is and the ODOP product of Varanasi, as seeded.
fn banaras_gi_and_odop(app: &TestApp) -> ((i32, String), String) {
    let varanasi = district_code(app, "varanasi");
    app.db
        .read_blocking(move |conn| {
            let gi = gi_products::table
                .filter(gi_products::name.like("%Banaras%"))
                .order(gi_products::id)
                .select((gi_products::id, gi_products::name))
                .first::<(i32, String)>(conn)?;
            let odop = odop_products::table
                .filter(odop_products::district_code.eq(varanasi))
                .order(odop_products::position)
                .select(odop_products::slug)
                .first::<String>(conn)?;
            Ok::<_, DbError>((gi, odop))
        })
        .unwrap()
}

/// Gives the listing `slug` an HS code, a GI, its district's ODOP product,
/// a capacity, a certification and export readiness.
fn silk_listing(app: &TestApp, slug: &str, gi: i32, odop: &str) {
    let (slug, odop) = (slug.to_owned(), odop.to_owned());
    app.db
        .write_blocking(move |conn| {
            diesel::update(products::table.filter(products::slug.eq(slug)))
                .set((
                    products::hs_code.eq("500720"),
                    products::gi_product_id.eq(gi),
                    products::odop_product_slug.eq(odop),
                    products::monthly_capacity.eq(2000),
                    products::moq_unit.eq("m"),
                    products::certifications.eq("Silk Mark"),
                    products::export_ready.eq(true),
                ))
                .execute(conn)
                .map_err(DbError::from)
        })
        .unwrap();
}

fn product_id(app: &TestApp, slug: &str) -> String {
    let slug = slug.to_owned();
    app.db
        .read_blocking(move |conn| catalogue_repo::product_by_slug(conn, &slug))
        .unwrap()
        .unwrap()
        .id
        .to_string()
}

/// A producer approved into `event` with their one listing.
pub async fn approved_producer(
    app: &TestApp,
    organiser: &User,
    event: &Event,
    (email, name, district, sector): (&str, &str, &str, &str),
    verify_by: Option<&User>,
) -> (User, Participant, String) {
    let (account, _, slug) = producer(app, verify_by, email, name, district, sector).await;
    let participant = take_part(app, &account, &event.slug, vec![product_id(app, &slug)])
        .await
        .unwrap();
    let participant = decide(app, organiser, &event.slug, &participant, true)
        .await
        .unwrap();
    (account, participant, slug)
}

#[backend_test]
async fn suggestions_give_their_reasons_and_either_side_marks_must_meet(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let council = user(&app, Role::Organiser, "council@epch.example", "Export Council").await;
    user(&app, Role::Organiser, "desk@mission.example", "Another Mission").await;
    let admin = user(&app, Role::Admin, "admin@bazaar.example", "Admin").await;
    let event = published_event(&app, &council, event_input("Silk and stoles meet", now())).await;
    let slug = event.slug.clone();

    let (_, weaver, silk) = approved_producer(
        &app,
        &council,
        &event,
        ("weaver@kashi.example", "Kashi Weaves", "varanasi", "handloom"),
        Some(&admin),
    )
    .await;
    let ((gi, gi_name), odop) = banaras_gi_and_odop(&app);
    silk_listing(&app, &silk, gi, &odop);
    let (_, grower, _) = approved_producer(
        &app,
        &council,
        &event,
        (
            "grower@spice.example",
            "Malabar Spice Growers",
            "varanasi",
            "agriculture",
        ),
        None,
    )
    .await;
    let importer = buyer(&app, "jan@tulip.example").await;
    let guest = register_buyer(&app, &importer, &slug, "5007", "1,500 m a month").await;
    let guest = decide(&app, &council, &slug, &guest, true).await.unwrap();
    buyer(&app, "someone@else.example").await;

    // The buyer sees the weaver with every reason, and not the spice grower.
    let jan = signed_in(&app, "jan@tulip.example").await;
    let suggestions = format!("/events/{slug}/suggestions");
    let page = jan.get(&suggestions).await;
    assert_eq!(page.status, 200, "{backend:?}: {}", page.body);
    for text in [
        "Kashi Weaves",
        "HS 500720 matches your 5007",
        "Handloom, a sector you buy in",
        &format!("GI-tagged {gi_name}"),
        "their district&#x27;s ODOP product",
        "capacity 2,000 m&#x2F;month covers your 1,500",
        "certified: Silk Mark",
        "export-ready",
        "verified producer",
        &format!("/events/{slug}/book?with={}", weaver.id),
    ] {
        assert!(page.body.contains(text), "{text} missing from\n{}", page.body);
    }
    assert!(!page.body.contains("Malabar Spice Growers"), "{}", page.body);

    // The weaver sees the buyer with the same reasons, worded for them.
    let kashi = signed_in(&app, "weaver@kashi.example").await;
    let theirs = kashi.get(&suggestions).await;
    assert_eq!(theirs.status, 200);
    for text in [
        "Tulip Trading BV",
        "they source HS 5007, your 500720",
        "your capacity 2,000 m&#x2F;month covers their 1,500",
    ] {
        assert!(theirs.body.contains(text), "{text} missing from\n{}", theirs.body);
    }
    // The spice grower matches no buyer.
    let malabar = signed_in(&app, "grower@spice.example").await;
    let none = malabar.get(&suggestions).await;
    assert!(
        none.body.contains("No one on the other side matches yet."),
        "{}",
        none.body
    );

    // The buyer marks the weaver "must meet"; the organisers see the mark.
    let weaver_id = weaver.id.to_string();
    let marked = jan
        .submit(
            &suggestions,
            &format!("/events/{slug}/must-meet"),
            &[("with", &weaver_id)],
        )
        .await;
    assert_eq!(marked.status, 303, "{}", marked.body);
    let again = jan
        .submit(
            &suggestions,
            &format!("/events/{slug}/must-meet"),
            &[("with", &weaver_id)],
        )
        .await;
    assert_eq!(again.status, 303, "marking twice keeps one mark");
    assert!(jan.get(&suggestions).await.body.contains("Take back “must meet”"));
    let organiser = signed_in(&app, "council@epch.example").await;
    let draft = format!("/dashboard/events/{slug}/draft");
    let marks = organiser.get(&draft).await;
    assert_eq!(marks.status, 200, "{}", marks.body);
    assert!(
        marks
            .body
            .contains("<th scope=\"row\">Tulip Trading BV</th><td>Kashi Weaves</td>"),
        "{}",
        marks.body
    );
    assert!(marks.body.contains("Marks (1), by who marked"), "{}", marks.body);

    // The weaver marks the buyer too, a producer may mark only the other side,
    // and marks are taken back.
    let guest_id = guest.id.to_string();
    let back = kashi
        .submit(
            &suggestions,
            &format!("/events/{slug}/must-meet"),
            &[("with", &guest_id)],
        )
        .await;
    assert_eq!(back.status, 303);
    let grower_id = grower.id.to_string();
    let same_side = kashi
        .submit(
            &suggestions,
            &format!("/events/{slug}/must-meet"),
            &[("with", &grower_id)],
        )
        .await;
    assert_eq!(same_side.status, 404);
    assert!(
        organiser
            .get(&draft)
            .await
            .body
            .contains("Marks (2), by who marked")
    );
    let taken_back = jan
        .submit(
            &suggestions,
            &format!("/events/{slug}/must-meet/remove"),
            &[("with", &weaver_id)],
        )
        .await;
    assert_eq!(taken_back.status, 303);
    assert!(!jan.get(&suggestions).await.body.contains("Take back “must meet”"));
    let left = organiser.get(&draft).await.body;
    assert!(left.contains("Marks (1), by who marked"), "{left}");
    assert!(
        !left.contains("<th scope=\"row\">Tulip Trading BV</th>"),
        "{left}"
    );

    // Strangers find nothing: a buyer not taking part, another organiser.
    let stranger = signed_in(&app, "someone@else.example").await;
    assert_eq!(stranger.get(&suggestions).await.status, 404);
    let foreign = stranger
        .submit(
            "/events",
            &format!("/events/{slug}/must-meet"),
            &[("with", &weaver_id)],
        )
        .await;
    assert_eq!(foreign.status, 404);
    let other_organiser = signed_in(&app, "desk@mission.example").await;
    assert_eq!(other_organiser.get(&draft).await.status, 404);
    assert_eq!(jan.get(&draft).await.status, 404);
    app.run_pending_jobs().await;
}
