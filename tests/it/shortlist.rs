//! The shortlist and the side-by-side comparison of a buy request's quotes
//! (issue #17, item 8), as buyers see them over HTTP; only their owner sees
//! either.

use chrono::TimeDelta;
use odop_bazaar::accounts::{Role, User};
use odop_bazaar::enquiries::rfqs::{self, ResponseInput};
use odop_bazaar::enquiries::threads::QuoteInput;

use serde_json::json;

use crate::browser::Browser;
use crate::catalogue::app_with_mail;
use crate::chromium::{open_browser, start_driver};
use crate::enquiries::rfq_input;
use crate::enquiry_pages::signed_in_as;
use crate::harness::{Backend, TestApp};
use crate::journeys::sign_in;
use crate::market::{buyer, ctx, kashi_weaves, now, producer, user};
use test_macros::backend_test;

#[backend_test]
async fn a_buyer_saves_listings_and_producers_and_only_they_see_the_shortlist(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let admin = user(&app, Role::Admin, "admin@bazaar.example", "Asha Admin").await;
    let (.., slug) = kashi_weaves(&app, &admin).await;
    producer(
        &app,
        Some(&admin),
        "jaipur@looms.example",
        "Jaipur Looms",
        "jaipur",
        "handloom",
    )
    .await;
    buyer(&app, "jan@tulip.example").await;
    buyer(&app, "eva@lotus.example").await;
    app.run_pending_jobs().await;
    let product = format!("/products/{slug}");

    let (_, visitor_view) = app.page(&product).await;
    assert!(
        visitor_view.contains(&format!("/login?next=/products/{slug}"))
            && visitor_view.contains("Sign in to save"),
        "{backend:?}: a visitor is offered to sign in: {visitor_view}"
    );
    let visitor = Browser::new(&app).get("/shortlist").await;
    assert!(
        visitor.status == 303 && visitor.location().starts_with("/login?next=%2Fshortlist"),
        "{backend:?}: {} {}",
        visitor.status,
        visitor.location()
    );

    let jan = signed_in_as(&app, "jan@tulip.example").await;
    let page = jan.get(&product).await.body;
    assert!(
        page.contains(&format!(r#"action="/shortlist/products/{slug}""#)),
        "{backend:?}: {page}"
    );
    let saved = jan
        .submit(
            &product,
            &format!("/shortlist/products/{slug}"),
            &[("back", &product)],
        )
        .await;
    assert_eq!(saved.status, 303, "{backend:?}: {}", saved.body);
    assert_eq!(saved.location(), product, "back to the same page");
    let page = jan.get(&product).await.body;
    assert!(
        page.contains("is saved to your shortlist"),
        "{backend:?}: the notice"
    );
    assert!(
        page.contains("★</span> Saved")
            && page.contains(&format!(r#"action="/shortlist/products/{slug}/remove""#))
    );
    // Saving twice keeps one row.
    jan.submit(
        &product,
        &format!("/shortlist/products/{slug}"),
        &[("back", &product)],
    )
    .await;

    let producer_page = "/producers/jaipur-looms";
    let kept = jan
        .submit(
            producer_page,
            "/shortlist/producers/jaipur-looms",
            &[("back", producer_page)],
        )
        .await;
    assert_eq!(kept.location(), producer_page);
    assert!(
        jan.get(producer_page)
            .await
            .body
            .contains("/shortlist/producers/jaipur-looms/remove")
    );

    // Search results carry the same button, saved or not.
    let results = jan.get("/search?q=signature+weave").await.body;
    assert!(
        results.contains(&format!(r#"action="/shortlist/products/{slug}/remove""#)),
        "{backend:?}: {results}"
    );
    assert!(
        results.contains(r#"action="/shortlist/products/jaipur-looms-signature-weave""#)
            || results.contains("☆</span> Save"),
        "{results}"
    );

    let list = jan.get("/shortlist").await;
    assert_eq!(list.status, 200);
    let body = &list.body;
    assert!(
        body.contains(&format!(
            r#"<h3 class="saved__title"><a href="/products/{slug}">Kashi Weaves signature weave</a></h3>"#
        )),
        "{backend:?}: the title as the reader reads it: {body}"
    );
    for shown in [
        "₹1,000 – 2,000 per piece",
        "10 pieces",
        "Kashi Weaves</a>, Varanasi",
        "✓ Verified",
        "Typical reply",
        "Not known yet",
        "Jaipur Looms",
    ] {
        assert!(
            body.contains(shown),
            "{backend:?}: the shortlist shows {shown}: {body}"
        );
    }
    assert!(
        body.contains(&format!(r#"href="/products/{slug}/enquire""#)),
        "a way to enquire"
    );
    assert_eq!(
        body.matches(r#"<li class="saved""#).count(),
        1,
        "{backend:?}: saved once"
    );

    // Nobody else sees it.
    let eva = signed_in_as(&app, "eva@lotus.example").await;
    let theirs = eva.get("/shortlist").await.body;
    assert!(
        !theirs.contains("Kashi Weaves signature weave") && !theirs.contains("Jaipur Looms"),
        "{backend:?}"
    );
    assert!(theirs.contains("No listings saved yet"));
    let weaver = signed_in_as(&app, "kashi@weaves.example").await;
    assert_eq!(
        weaver.get("/shortlist").await.status,
        403,
        "{backend:?}: producers keep no shortlist"
    );
    assert_eq!(
        eva.submit(
            "/shortlist",
            "/shortlist/products/no-such-listing",
            &[("back", "/shortlist")]
        )
        .await
        .status,
        404
    );
    // Another buyer's Remove changes only their own list.
    eva.submit(
        "/shortlist",
        &format!("/shortlist/products/{slug}/remove"),
        &[("back", "/shortlist")],
    )
    .await;
    assert!(
        jan.get("/shortlist")
            .await
            .body
            .contains("Kashi Weaves signature weave")
    );

    // A `back` elsewhere is not followed.
    let offsite = jan
        .submit(
            "/shortlist",
            &format!("/shortlist/products/{slug}/remove"),
            &[("back", "https://evil.example/")],
        )
        .await;
    assert_eq!(offsite.status, 303);
    assert!(offsite.location().starts_with('/'), "{}", offsite.location());
    let list = jan.get("/shortlist").await.body;
    assert!(
        !list.contains("Kashi Weaves signature weave"),
        "{backend:?}: removed"
    );
    assert!(list.contains("Jaipur Looms"), "the producer stays");
    app.run_pending_jobs().await;
    app.stop().await;
}

fn quote(price: &str, moq: &str, lead: &str, incoterm: &str, valid_days: i64) -> ResponseInput {
    ResponseInput {
        message: "Here is our offer.".into(),
        include_quote: "yes".into(),
        quote: QuoteInput {
            unit_price: price.into(),
            currency: "USD".into(),
            moq: moq.into(),
            moq_unit: "pieces".into(),
            lead_time_days: lead.into(),
            incoterm: incoterm.into(),
            valid_until: (now() + TimeDelta::days(valid_days)).date().to_string(),
            notes: String::new(),
        },
    }
}

async fn respond(app: &TestApp, producer: &User, rfq_id: &str, input: ResponseInput) {
    let (producer, rfq_id, ctx) = (producer.clone(), rfq_id.to_owned(), ctx(app));
    app.db
        .write(move |conn| rfqs::respond(conn, &producer, &rfq_id, &input, &ctx).map(|_| ()))
        .await
        .unwrap();
}

/// Where each name first appears in `body`, in the order given.
pub fn order_of<'a>(body: &str, names: &[&'a str]) -> Vec<&'a str> {
    let mut found: Vec<(usize, &str)> = names
        .iter()
        .map(|n| {
            (
                body.find(&format!(">{n}</a>"))
                    .unwrap_or_else(|| panic!("{n} in {body}")),
                *n,
            )
        })
        .collect();
    found.sort_unstable();
    found.into_iter().map(|(_, n)| n).collect()
}

/// Jan's buy request for stoles from Uttar Pradesh, answered by three
/// producers with different quotes and one without a price; its id.
pub async fn answered_request(app: &TestApp) -> String {
    let admin = user(app, Role::Admin, "admin@bazaar.example", "Asha Admin").await;
    let jan_user = buyer(app, "jan@tulip.example").await;
    let (kashi, ..) = kashi_weaves(app, &admin).await;
    let mut others = Vec::new();
    for (email, name, district) in [
        ("mau@looms.example", "Mau Looms", "mau"),
        ("hardoi@looms.example", "Hardoi Looms", "hardoi"),
        ("quiet@looms.example", "Quiet Looms", "bara-banki"),
    ] {
        others.push(
            producer(app, Some(&admin), email, name, district, "handloom")
                .await
                .0,
        );
    }
    let (input, c) = (rfq_input("handloom", "9", 20), ctx(app));
    let rfq = app
        .db
        .write(move |conn| rfqs::post(conn, &jan_user, &input, &c))
        .await
        .unwrap();
    let (a, id, c) = (admin.clone(), rfq.id.to_string(), ctx(app));
    let sent = app
        .db
        .write(move |conn| rfqs::review(conn, &a, &id, true, "", &c))
        .await
        .unwrap();
    assert_eq!(sent, 4, "all four make handloom goods in Uttar Pradesh");
    let id = rfq.id.to_string();
    respond(app, &kashi, &id, quote("7.10", "500", "30", "FOB", 30)).await;
    respond(app, &others[0], &id, quote("6.40", "1000", "45", "CIF", 10)).await;
    respond(app, &others[1], &id, quote("8.00", "200", "20", "EXW", 20)).await;
    let mut no_price = quote("0", "1", "1", "FOB", 1);
    no_price.include_quote = String::new();
    respond(app, &others[2], &id, no_price).await;

    id
}

#[backend_test]
async fn a_buy_requests_quotes_are_compared_side_by_side_sorted_by_each_column(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let id = answered_request(&app).await;
    buyer(&app, "eva@lotus.example").await;
    let jan = signed_in_as(&app, "jan@tulip.example").await;
    let request = jan.get(&format!("/dashboard/rfqs/{id}")).await.body;
    assert!(
        request.contains(&format!("/dashboard/rfqs/{id}/compare")),
        "{backend:?}: a link to compare"
    );
    let compare = format!("/dashboard/rfqs/{id}/compare");
    let page = jan.get(&compare).await;
    assert_eq!(page.status, 200, "{backend:?}: {}", page.body);
    let names = ["Kashi Weaves", "Mau Looms", "Hardoi Looms"];
    assert_eq!(
        order_of(&page.body, &names),
        ["Mau Looms", "Kashi Weaves", "Hardoi Looms"],
        "cheapest first"
    );
    for shown in [
        "US$6.40 per piece",
        "1,000 pieces",
        "45 days",
        "CIF",
        "✓ Verified",
        "Not known yet",
        "Sorted by unit price, lowest first",
    ] {
        assert!(page.body.contains(shown), "{backend:?}: {shown} in {}", page.body);
    }
    assert!(page.body.contains(r#"aria-sort="ascending""#));
    assert!(
        page.body.contains(r#"class="compare__producer""#),
        "the producer column stays in view"
    );
    assert!(page.body.contains("Answered without a price yet") && page.body.contains(">Quiet Looms</a>"));

    let by = |query: &'static str| {
        let (jan, compare) = (&jan, &compare);
        async move { jan.get(&format!("{compare}?{query}")).await.body }
    };
    let dearest = by("sort=price&order=desc").await;
    assert_eq!(
        order_of(&dearest, &names),
        ["Hardoi Looms", "Kashi Weaves", "Mau Looms"]
    );
    assert!(dearest.contains(r#"aria-sort="descending""#));
    assert_eq!(
        order_of(&by("sort=lead_time").await, &names),
        ["Hardoi Looms", "Kashi Weaves", "Mau Looms"]
    );
    assert_eq!(
        order_of(&by("sort=moq").await, &names),
        ["Hardoi Looms", "Kashi Weaves", "Mau Looms"]
    );
    assert_eq!(
        order_of(&by("sort=incoterm").await, &names),
        ["Mau Looms", "Hardoi Looms", "Kashi Weaves"]
    );
    assert_eq!(
        order_of(&by("sort=valid_until&order=desc").await, &names),
        ["Kashi Weaves", "Hardoi Looms", "Mau Looms"]
    );
    // The sorted column's link turns the order round.
    assert!(
        page.body.contains(r#"href="?sort=price&amp;order=desc""#),
        "{}",
        page.body
    );

    let eva = signed_in_as(&app, "eva@lotus.example").await;
    assert_eq!(
        eva.get(&compare).await.status,
        404,
        "{backend:?}: another buyer's request"
    );
    let maker = signed_in_as(&app, "kashi@weaves.example").await;
    assert_eq!(maker.get(&compare).await.status, 403, "{backend:?}");
    app.run_pending_jobs().await;
    app.stop().await;
}

/// The page is no wider than the window: nothing scrolls sideways but what
/// is meant to, inside its own box.
async fn fits_the_screen(page: &fantoccini::Client) -> bool {
    page.execute(
        "return document.documentElement.scrollWidth <= window.innerWidth;",
        vec![],
    )
    .await
    .expect("script runs")
        == json!(true)
}

/// Saves the page in `SCREENSHOT_DIR`, when set, for a person to look at.
async fn keep_screenshot(page: &fantoccini::Client, name: &str) {
    if let Some(dir) = std::env::var_os("SCREENSHOT_DIR") {
        let png = page.screenshot().await.expect("a screenshot");
        std::fs::write(std::path::Path::new(&dir).join(format!("{name}.png")), png).expect("written");
    }
}

/// On a 390-pixel phone the comparison scrolls sideways inside its box with
/// the producer's column held in view, and neither page is wider than the
/// screen; on a laptop the whole table fits.
#[actix_web::test]
async fn on_a_phone_the_comparison_scrolls_in_its_box_and_the_shortlist_fits() {
    let Some(driver) = start_driver().await else {
        return;
    };
    let (app, _smtp) = app_with_mail(Backend::Sqlite).await;
    let id = answered_request(&app).await;
    let jan = signed_in_as(&app, "jan@tulip.example").await;
    jan.submit(
        "/shortlist",
        "/shortlist/products/kashi-weaves-signature-weave",
        &[("back", "/shortlist")],
    )
    .await;
    jan.submit(
        "/shortlist",
        "/shortlist/producers/mau-looms",
        &[("back", "/shortlist")],
    )
    .await;
    let compare = format!("/dashboard/rfqs/{id}/compare");
    for width in [390, 1280] {
        let page = open_browser(&driver, width).await;
        sign_in(&page, &app, "jan@tulip.example").await;
        page.goto(&app.url(&compare)).await.expect("the comparison");
        assert!(
            fits_the_screen(&page).await,
            "{width} px: the page itself does not scroll sideways"
        );
        let held = page
            .execute(
                "const box = document.querySelector('.compare'); box.scrollLeft = 400; \
                 const cell = document.querySelector('tbody .compare__producer'); \
                 return [getComputedStyle(cell).position, cell.getBoundingClientRect().left >= box.getBoundingClientRect().left - 1, box.scrollWidth > box.clientWidth];",
                vec![],
            )
            .await
            .expect("script runs");
        assert_eq!(held[0], json!("sticky"), "{width} px");
        assert_eq!(held[1], json!(true), "{width} px: the producer stays in view");
        if width == 390 {
            assert_eq!(
                held[2],
                json!(true),
                "on a phone the table scrolls inside its box"
            );
        }
        page.execute("document.querySelector('.compare').scrollLeft = 0;", vec![])
            .await
            .expect("scrolled back");
        keep_screenshot(&page, &format!("compare-{width}")).await;
        page.goto(&app.url("/shortlist")).await.expect("the shortlist");
        assert!(
            fits_the_screen(&page).await,
            "{width} px: the shortlist fits the screen"
        );
        keep_screenshot(&page, &format!("shortlist-{width}")).await;
        page.close().await.expect("closed");
    }
    app.run_pending_jobs().await;
    app.stop().await;
}
