//! The journeys that exist end to end, typed and clicked in Chromium as a
//! person would: a producer on a phone (390 px) from sign-up to a listing
//! buyers find, a buyer from sign-up through search and an enquiry to an
//! accepted quote, and a buyer booking a meeting at a buyer-seller meet that
//! the producer accepts on a phone. Skipped like the other browser tests
//! without chromedriver.

use fantoccini::{Client, Locator};
use odop_bazaar::accounts::Role;
use odop_bazaar::meetings::events::EventInput;
use odop_bazaar::meetings::model::MeetingStatus;
use odop_bazaar::meetings::repo as meetings_repo;

use crate::browser::{Browser, link_in};
use crate::catalogue::{app_with_mail, jpeg_photo, listing_fields, profile_fields, signed_in};
use crate::chromium::{open_browser, start_driver};
use crate::harness::{Backend, TestApp};
use crate::market::{PASSWORD, buyer, kashi_weaves, now, producer, product_id, user};
use crate::meetings::{event_input, published_event, take_part};
use crate::smtp::SmtpServer;

/// Fills `fields` of the form `form` (a CSS selector) the way a person does:
/// typing into text fields, picking from lists, ticking boxes and radios.
pub async fn fill(page: &Client, form: &str, fields: &[(&str, &str)]) {
    for (name, value) in fields {
        let css = format!("{form} [name='{name}']");
        let field = page
            .find(Locator::Css(&css))
            .await
            .unwrap_or_else(|_| panic!("no field {name} in {form}"));
        let tag = field.tag_name().await.expect("tag");
        let kind = field.attr("type").await.expect("type").unwrap_or_default();
        match (tag.as_str(), kind.as_str()) {
            // Options written without a value attribute are chosen by their text.
            ("select", _) => match field.select_by_value(value).await {
                Ok(()) => {}
                Err(_) => field.select_by_label(value).await.expect("an option"),
            },
            (_, "checkbox" | "radio") => {
                let choice = format!("{form} [name='{name}'][value='{value}']");
                let choice = match page.find(Locator::Css(&choice)).await {
                    Ok(exact) => exact,
                    Err(_) => field,
                };
                if !choice.is_selected().await.expect("state") {
                    choice.click().await.expect("ticked");
                }
            }
            (_, "hidden") => {}
            _ => {
                field.clear().await.expect("cleared");
                field.send_keys(value).await.expect("typed");
            }
        }
    }
}

/// Presses the submit button of `form` and waits for the page it leads to.
pub async fn press(page: &Client, form: &str) {
    // A mark on this page: gone once the next one has loaded.
    page.execute("window.leaving = true;", vec![])
        .await
        .expect("script runs");
    page.find(Locator::Css(&format!("{form} button[type='submit']")))
        .await
        .unwrap_or_else(|_| panic!("no button in {form}"))
        .click()
        .await
        .expect("pressed");
    let started = std::time::Instant::now();
    loop {
        let arrived = page
            .execute(
                "return window.leaving === undefined && document.readyState === 'complete';",
                vec![],
            )
            .await;
        if matches!(arrived, Ok(serde_json::Value::Bool(true))) {
            return;
        }
        assert!(started.elapsed().as_secs() < 15, "{form} led nowhere");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

pub async fn text(page: &Client) -> String {
    page.find(Locator::Css("main"))
        .await
        .expect("a main element")
        .text()
        .await
        .expect("its text")
}

async fn path(page: &Client) -> String {
    page.current_url().await.expect("a URL").path().to_owned()
}

/// Signs up in the browser with the sign-up form, confirms the address
/// through the e-mailed link and signs in.
async fn sign_up(page: &Client, app: &TestApp, smtp: &SmtpServer, fields: &[(&str, &str)], email: &str) {
    page.goto(&app.url("/signup")).await.expect("sign-up page");
    fill(page, "form[action='/signup']", fields).await;
    press(page, "form[action='/signup']").await;
    assert!(
        text(page).await.contains("Check your inbox"),
        "{}",
        text(page).await
    );
    app.run_pending_jobs().await;
    let mail = smtp
        .messages()
        .into_iter()
        .rev()
        .find(|m| m.to == email)
        .expect("the confirmation e-mail");
    let link = link_in(
        mail.text.as_deref().expect("a text part"),
        &format!("{}/verify-email?token=", app.address),
    );
    page.goto(&link).await.expect("the link opens");
    sign_in(page, app, email).await;
    assert_eq!(path(page).await, "/dashboard", "{}", text(page).await);
}

/// The text of the agenda's section `id` ("upcoming", "received", "sent").
async fn agenda_section(page: &Client, app: &TestApp, id: &str) -> String {
    page.goto(&app.url("/dashboard/meetings")).await.expect("agenda");
    page.find(Locator::Css(&format!("section[aria-labelledby='{id}']")))
        .await
        .unwrap_or_else(|_| panic!("no section {id} on the agenda"))
        .text()
        .await
        .expect("its text")
}

#[actix_web::test]
async fn a_producer_on_a_phone_lists_a_product_that_buyers_then_find() {
    let Some(driver) = start_driver().await else {
        return;
    };
    let (app, smtp) = app_with_mail(Backend::Sqlite).await;
    let moderator = signed_in(&app, Role::Admin, "moderator@bazaar.example").await;
    let phone = open_browser(&driver, 390).await;

    let email = "rani@example.org";
    let account = [
        ("role", "producer"),
        ("name", "Rani Devi"),
        ("email", email),
        ("password", PASSWORD),
    ];
    sign_up(&phone, &app, &smtp, &account, email).await;

    phone.goto(&app.url("/dashboard/profile")).await.expect("profile");
    fill(
        &phone,
        "form[action='/dashboard/profile']",
        &profile_fields("Rani Handlooms", "187"),
    )
    .await;
    press(&phone, "form[action='/dashboard/profile']").await;
    let profile = text(&phone).await;
    assert!(profile.contains("Three generations of weavers"), "{profile}");

    phone
        .goto(&app.url("/dashboard/products/new"))
        .await
        .expect("new listing");
    let title = "Banarasi zari stole";
    fill(
        &phone,
        "form[action='/dashboard/products/new']",
        &listing_fields(title),
    )
    .await;
    press(&phone, "form[action='/dashboard/products/new']").await;
    let edit = path(&phone).await;
    assert!(edit.ends_with("/edit"), "{edit}: {}", text(&phone).await);
    let id = edit
        .trim_start_matches("/dashboard/products/")
        .trim_end_matches("/edit")
        .to_owned();

    // The phone's camera roll: a JPEG file chosen in the file field.
    let photo = tempfile::Builder::new()
        .suffix(".jpg")
        .tempfile()
        .expect("a file");
    std::fs::write(photo.path(), jpeg_photo(1600, 1200)).expect("written");
    let upload = "form.photo-upload";
    phone
        .find(Locator::Css(&format!("{upload} [name='photo']")))
        .await
        .expect("file field")
        .send_keys(&photo.path().to_string_lossy())
        .await
        .expect("chosen");
    fill(
        &phone,
        upload,
        &[("alt", "A cream stole with a gold zari border")],
    )
    .await;
    press(&phone, upload).await;
    assert!(
        text(&phone).await.contains("Photos 1 of 12"),
        "{}",
        text(&phone).await
    );

    press(&phone, &format!("form[action='/dashboard/products/{id}/submit']")).await;
    assert!(
        text(&phone).await.contains("Waiting for review"),
        "{}",
        text(&phone).await
    );

    let decision = format!("/admin/products/{id}/decision");
    let approved = moderator
        .submit(
            "/admin/products",
            &decision,
            &[("decision", "approve"), ("note", "")],
        )
        .await;
    assert_eq!(approved.status, 303, "{}", approved.body);
    app.run_pending_jobs().await;

    phone.goto(&app.url("/")).await.expect("home");
    phone
        .goto(&app.url("/search?q=zari+stole"))
        .await
        .expect("search");
    let found = text(&phone).await;
    assert!(found.contains(title), "{found}");
    phone.close().await.expect("browser closes");
    app.stop().await;
}

#[actix_web::test]
async fn a_buyer_searches_enquires_and_accepts_a_quote() {
    let Some(driver) = start_driver().await else {
        return;
    };
    let (app, smtp) = app_with_mail(Backend::Sqlite).await;
    let admin = user(&app, Role::Admin, "admin@bazaar.example", "Admin").await;
    let (_, _, slug) = kashi_weaves(&app, &admin).await;
    app.run_pending_jobs().await;
    let page = open_browser(&driver, 1280).await;

    let email = "jan@tulip.example";
    let account = [
        ("role", "buyer"),
        ("name", "Jan de Vries"),
        ("email", email),
        ("password", PASSWORD),
        ("company", "Tulip Imports"),
        ("country", "NL"),
    ];
    sign_up(&page, &app, &smtp, &account, email).await;

    // On a laptop the header is one row with a buyer's links, even in
    // Arabic, whose labels run widest.
    page.goto(&app.url("/?lang=ar")).await.expect("home in Arabic");
    let header = header_height(&page).await;
    assert!(header < 80.0, "header {header} px high");

    page.goto(&app.url("/")).await.expect("home");
    let search = page
        .find(Locator::Css("input[name='q']"))
        .await
        .expect("a search box");
    search.send_keys("signature weave\n").await.expect("typed");
    page.find(Locator::Css(&format!("a[href='/products/{slug}']")))
        .await
        .expect("the listing in the results")
        .click()
        .await
        .expect("opened");
    page.find(Locator::LinkText("Send an enquiry"))
        .await
        .expect("the enquiry button")
        .click()
        .await
        .expect("opened");
    let form = format!("form[action='/products/{slug}/enquire']");
    fill(
        &page,
        &form,
        &[
            ("quantity", "500"),
            ("unit", "pieces"),
            ("target_price", "12.50"),
            ("currency", "USD"),
            ("incoterm", "FOB"),
            ("destination_country", "NL"),
            ("destination_port", "Rotterdam"),
            ("message", "Please quote for 500 stoles, FOB Nhava Sheva."),
        ],
    )
    .await;
    press(&page, &form).await;
    let thread = path(&page).await;
    assert!(
        thread.starts_with("/dashboard/enquiries/"),
        "{thread}: {}",
        text(&page).await
    );

    // The producer answers with a quote from their own browser.
    let maker = Browser::new(&app);
    assert_eq!(maker.sign_in("kashi@weaves.example", PASSWORD).await.status, 303);
    let quoted = crate::enquiry_pages::send_quote(&maker, &thread).await;
    assert_eq!(quoted.status, 303, "{}", quoted.body);

    page.refresh().await.expect("reloaded");
    page.find(Locator::XPath("//button[normalize-space()='Accept this quote']"))
        .await
        .expect("the accept button")
        .click()
        .await
        .expect("accepted");
    let answer = text(&page).await;
    assert!(answer.contains("Quote accepted"), "{answer}");
    assert!(!answer.contains("Accept this quote"), "{answer}");
    page.close().await.expect("browser closes");
    app.run_pending_jobs().await;
    app.stop().await;
}

#[actix_web::test]
async fn a_buyer_books_a_meeting_and_the_producer_accepts_it_on_a_phone() {
    let Some(driver) = start_driver().await else {
        return;
    };
    let (app, smtp) = app_with_mail(Backend::Sqlite).await;
    let organiser = user(&app, Role::Organiser, "council@epch.example", "Export Council").await;
    let (weaver, _, product_slug) = producer(
        &app,
        None,
        "weaver@kashi.example",
        "Kashi Weaves",
        "varanasi",
        "handloom",
    )
    .await;
    let importer = buyer(&app, "jan@tulip.example").await;
    let input = EventInput {
        approval: "automatic".into(),
        ..event_input("Silk and stoles meet", now())
    };
    let slug = published_event(&app, &organiser, input).await.slug;
    let product = product_id(&app, &product_slug);
    take_part(&app, &weaver, &slug, vec![product.clone()])
        .await
        .unwrap();
    take_part(&app, &importer, &slug, vec![]).await.unwrap();
    app.run_pending_jobs().await;

    // The buyer, on a laptop, goes from the event to the producer's free times.
    let laptop = open_browser(&driver, 1280).await;
    sign_in(&laptop, &app, &importer.email).await;
    laptop
        .goto(&app.url(&format!("/events/{slug}")))
        .await
        .expect("event page");
    laptop
        .find(Locator::LinkText("Choose whom to meet"))
        .await
        .expect("the booking link")
        .click()
        .await
        .expect("opened");
    laptop
        .find(Locator::LinkText("Kashi Weaves"))
        .await
        .expect("the producer in the directory")
        .click()
        .await
        .expect("opened");
    let choices = laptop
        .find_all(Locator::Css("input[name='starts_at']"))
        .await
        .expect("the free times");
    assert!(choices.len() > 2, "{}", text(&laptop).await);
    let chosen = choices[1]
        .attr("value")
        .await
        .expect("a value")
        .expect("its time");
    let label = laptop
        .find(Locator::XPath(&format!(
            "//input[@value='{chosen}']/following-sibling::span"
        )))
        .await
        .expect("its label")
        .text()
        .await
        .expect("its text");
    assert!(
        label.contains("CET (UTC+01:00) · ") && label.contains("IST (UTC+05:30)"),
        "{label}"
    );
    let form = format!("form[action='/events/{slug}/meetings']");
    fill(
        &laptop,
        &form,
        &[
            ("starts_at", &chosen),
            ("products", product.as_str()),
            (
                "message",
                "We import silk stoles for shops in the Netherlands; shall we talk?",
            ),
        ],
    )
    .await;
    press(&laptop, &form).await;
    assert_eq!(
        path(&laptop).await,
        "/dashboard/meetings",
        "{}",
        text(&laptop).await
    );
    let sent = agenda_section(&laptop, &app, "sent").await;
    assert!(sent.contains("Kashi Weaves") && sent.contains(&label), "{sent}");

    // The producer, on a phone, opens the request and accepts it on the page that asks first.
    let phone = open_browser(&driver, 390).await;
    sign_in(&phone, &app, &weaver.email).await;
    let received = agenda_section(&phone, &app, "received").await;
    assert!(received.contains("Tulip Trading BV"), "{received}");
    phone
        .find(Locator::Css("section[aria-labelledby='received'] a.button"))
        .await
        .expect("the Accept link")
        .click()
        .await
        .expect("opened");
    assert!(text(&phone).await.contains("Accept this meeting?"));
    let meeting_id = path(&phone)
        .await
        .trim_start_matches("/dashboard/meetings/")
        .trim_end_matches("/accept")
        .to_owned();
    let stored = |id: String| {
        app.db
            .read_blocking(move |conn| meetings_repo::find_meeting(conn, &id))
            .unwrap()
            .unwrap()
    };
    assert_eq!(
        stored(meeting_id.clone()).status,
        MeetingStatus::Requested,
        "opening the page decides nothing"
    );
    press(
        &phone,
        &format!("form[action='/dashboard/meetings/{meeting_id}/accept']"),
    )
    .await;
    assert_eq!(path(&phone).await, format!("/dashboard/meetings/{meeting_id}"));
    let accepted = text(&phone).await;
    // The producer reads the time on their clock first: the label's second half.
    let on_their_clock = label.split(" · ").nth(1).expect("two clocks");
    assert!(
        accepted.contains("Accepted") && accepted.contains(&format!(", {on_their_clock} · ")),
        "{accepted}"
    );
    assert_eq!(stored(meeting_id).status, MeetingStatus::Accepted);

    // Both see it among their confirmed meetings.
    let producers_view = agenda_section(&phone, &app, "upcoming").await;
    assert!(producers_view.contains("Tulip Trading BV"), "{producers_view}");
    let buyers_view = agenda_section(&laptop, &app, "upcoming").await;
    assert!(
        buyers_view.contains("Kashi Weaves") && buyers_view.contains(&label),
        "{buyers_view}"
    );
    app.run_pending_jobs().await;
    for email in [&weaver.email, &importer.email] {
        assert!(
            smtp.messages()
                .iter()
                .any(|m| &m.to == email && m.subject.contains("Meeting confirmed")),
            "{email} got no invitation"
        );
    }
    laptop.close().await.expect("browser closes");
    phone.close().await.expect("browser closes");
    app.stop().await;
}

/// Signs in through the sign-in form.
pub async fn sign_in(page: &Client, app: &TestApp, email: &str) {
    page.goto(&app.url("/login")).await.expect("sign-in page");
    fill(
        page,
        "form[action='/login']",
        &[("email", email), ("password", PASSWORD)],
    )
    .await;
    press(page, "form[action='/login']").await;
}

/// How tall the site's header is on `page`, in CSS pixels.
async fn header_height(page: &Client) -> f64 {
    page.execute(
        "return document.querySelector('.site-header').getBoundingClientRect().height;",
        vec![],
    )
    .await
    .expect("script runs")
    .as_f64()
    .expect("a height")
}

/// Types `typed` into the place finder in `field` (the `.field` around a
/// place list) and taps the match whose name is `name`.
async fn pick_place(page: &Client, field: &str, typed: &str, name: &str) {
    let finder = page
        .find(Locator::Css(&format!("{field} input.picker__find")))
        .await
        .expect("the search box the script adds");
    finder.clear().await.expect("cleared");
    finder.send_keys(typed).await.expect("typed");
    let option = format!("//button[contains(@class, 'picker__option')][b[normalize-space()='{name}']]");
    page.find(Locator::XPath(&option))
        .await
        .unwrap_or_else(|_| panic!("{name} is not offered for “{typed}”"))
        .click()
        .await
        .expect("tapped");
}

#[actix_web::test]
async fn on_a_phone_districts_are_found_by_typing_in_english_or_hindi() {
    let Some(driver) = start_driver().await else {
        return;
    };
    let (app, _smtp) = app_with_mail(Backend::Sqlite).await;
    user(&app, Role::Producer, "rani@example.org", "Rani Devi").await;
    crate::market::buyer(&app, "jan@tulip.example").await;
    let phone = open_browser(&driver, 390).await;

    // Signed in on a phone, the header is the brand, "Menu", the search
    // box and the language menu; "Menu" opens the links.
    sign_in(&phone, &app, "rani@example.org").await;
    let header = header_height(&phone).await;
    assert!(header < 130.0, "header {header} px high");
    // Asked of the page, not of WebDriver's `is_displayed`, which takes
    // whatever is in a closed <details> for hidden: the open Menu shows the
    // account menu's list without opening it.
    let shown = |page: &Client| {
        let page = page.clone();
        async move {
            let script =
                r#"return document.querySelector("form[action='/logout'] button").checkVisibility();"#;
            page.execute(script, vec![])
                .await
                .expect("script runs")
                .as_bool()
                .expect("shown or not")
        }
    };
    assert!(!shown(&phone).await, "folded away");
    phone
        .find(Locator::LinkText("Menu"))
        .await
        .expect("the Menu link")
        .click()
        .await
        .expect("opened");
    assert!(shown(&phone).await, "the menu opens");

    // A producer finds Varanasi by its Hindi name; the plain list follows.
    phone.goto(&app.url("/dashboard/profile")).await.expect("profile");
    let form = "form[action='/dashboard/profile']";
    fill(
        &phone,
        form,
        &[
            ("business_name", "Rani Handlooms"),
            ("kind", "artisan"),
            ("address", "Lallapura, Varanasi"),
        ],
    )
    .await;
    let district = ".field:has(> select#district)";
    pick_place(&phone, district, "वाराणसी", "Varanasi").await;
    let chosen = phone
        .execute(
            "var s = document.getElementById('district'); return s.options[s.selectedIndex].text + ' / ' + document.querySelector('.picker__status').textContent;",
            vec![],
        )
        .await
        .expect("script runs");
    assert_eq!(chosen, "Varanasi / Chosen: Varanasi, Uttar Pradesh.");
    press(&phone, form).await;
    let profile = text(&phone).await;
    assert!(profile.contains("Varanasi · Uttar Pradesh"), "{profile}");
    phone.close().await.expect("browser closes");

    // A buyer names several districts of a buy request without Ctrl-click.
    let phone = open_browser(&driver, 390).await;
    sign_in(&phone, &app, "jan@tulip.example").await;
    phone
        .goto(&app.url("/dashboard/rfqs/new"))
        .await
        .expect("the form");
    let form = "form[action='/dashboard/rfqs']";
    fill(
        &phone,
        form,
        &[
            ("title", "Brass and wool from the north"),
            ("details", "Brass planters and hand-knotted rugs."),
            ("quantity", "400"),
            ("unit", "pieces"),
            ("sector", "handicraft"),
        ],
    )
    .await;
    phone
        .execute(
            "document.getElementById('deadline').value = arguments[0];",
            vec![serde_json::json!(
                (chrono::Utc::now() + chrono::TimeDelta::days(20))
                    .format("%Y-%m-%d")
                    .to_string()
            )],
        )
        .await
        .expect("a date");
    let districts = ".field:has(> select#districts)";
    assert!(
        !phone
            .find(Locator::Css("select#districts"))
            .await
            .expect("the plain list")
            .is_displayed()
            .await
            .expect("shown or not"),
        "the Ctrl-click list gives way to the search box"
    );
    pick_place(&phone, districts, "Jaipur", "Jaipur").await;
    pick_place(&phone, districts, "मुरादाबाद", "Moradabad").await;
    pick_place(&phone, districts, "agr", "Agra").await;
    phone
        .find(Locator::Css("button[aria-label='Remove Agra, Uttar Pradesh']"))
        .await
        .expect("Agra's Remove button")
        .click()
        .await
        .expect("removed");
    let listed = phone
        .find(Locator::Css(".picker__chosen"))
        .await
        .expect("the chosen places")
        .text()
        .await
        .expect("their text");
    assert!(
        listed.contains("Jaipur, Rajasthan")
            && listed.contains("Moradabad, Uttar Pradesh")
            && !listed.contains("Agra"),
        "{listed}"
    );
    press(&phone, form).await;
    let request = text(&phone).await;
    assert!(request.contains("Waiting for approval"), "{request}");
    assert!(
        request.contains("Jaipur") && request.contains("Moradabad") && !request.contains("Agra"),
        "{request}"
    );
    phone.close().await.expect("browser closes");
    app.run_pending_jobs().await;
    app.stop().await;
}
