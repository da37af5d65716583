//! What buyers and producers see along the marketplace's journeys (issue
//! #17): sign-up that remembers why the buyer came, the producer's phone for
//! follow-up, typical reply times where buyers decide, units on prices,
//! totals on quotes, and the error summary naming its fields.

use chrono::TimeDelta;
use odop_bazaar::accounts::{Role, User};
use odop_bazaar::enquiries::threads::{self, QuoteInput};

use crate::browser::{Browser, Page, link_in};
use crate::catalogue::app_with_mail;
use crate::harness::{Backend, TestApp};
use crate::market::{PASSWORD, buyer, ctx, ctx_at, district_code, enquiry_input, kashi_weaves, now, user};
use crate::smtp::SmtpServer;
use test_macros::backend_test;

/// The value of the hidden field `name` (as written, entities and all).
fn hidden(page: &Page, name: &str) -> String {
    let marker = format!("type=\"hidden\" name=\"{name}\" value=\"");
    let start = page
        .body
        .find(&marker)
        .unwrap_or_else(|| panic!("no hidden {name} in:\n{}", page.body))
        + marker.len();
    page.body[start..].chars().take_while(|c| *c != '"').collect()
}

/// A path written in an attribute, as the page's autoescape writes it.
fn in_attribute(path: &str) -> String {
    path.replace('/', "&#x2F;")
}

#[backend_test]
async fn a_buyer_who_signs_up_to_enquire_is_brought_back_to_the_enquiry_form(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    let admin = user(&app, Role::Admin, "admin@bazaar.example", "Admin").await;
    let (.., slug) = kashi_weaves(&app, &admin).await;
    let enquire = format!("/products/{slug}/enquire");
    let encoded = format!("%2Fproducts%2F{slug}%2Fenquire");
    let browser = Browser::new(&app);

    let product = browser.get(&format!("/products/{slug}")).await;
    assert!(product.body.contains(&format!("{enquire}\">Send an enquiry")));
    let asked = browser.get(&enquire).await;
    assert_eq!(
        (asked.status, asked.location()),
        (303, format!("/login?next={encoded}").as_str())
    );

    // The sign-in page says why it is asked and offers a buyer's account.
    let login = browser.get(asked.location()).await;
    assert_eq!(login.status, 200, "{backend:?}");
    assert!(
        login.body.contains(
            "Sign in, or create a free buyer account, to send your enquiry to Kashi Weaves about “Kashi Weaves signature weave”."
        ),
        "{}",
        login.body
    );
    let signup_href = format!("/signup?role=buyer&next={encoded}");
    assert!(login.body.contains(&format!(
        "<a href=\"{signup_href}\">Create a free buyer account</a>"
    )));

    let signup = browser.get(&signup_href).await;
    assert!(
        signup
            .body
            .contains("Create a free buyer account to send your enquiry to Kashi Weaves")
    );
    assert!(signup.body.contains(r#"value="buyer" checked"#), "buyer chosen");
    assert_eq!(hidden(&signup, "next"), in_attribute(&enquire));
    let email = "jan@tulip.example";
    let sent = browser
        .submit(
            &signup_href,
            "/signup",
            &[
                ("role", "buyer"),
                ("name", "Jan de Vries"),
                ("email", email),
                ("password", PASSWORD),
                ("company", "Tulip Imports"),
                ("country", "NL"),
                ("next", &enquire),
            ],
        )
        .await;
    assert_eq!(sent.status, 200, "{backend:?}: {}", sent.body);
    assert!(
        sent.body
            .contains("The link brings you back to your enquiry to Kashi Weaves")
    );
    assert!(
        sent.body
            .contains(&format!("href=\"/login?next={encoded}\">Go to sign in"))
    );

    // The e-mailed link confirms the address and leads on to the enquiry.
    app.run_pending_jobs().await;
    let mail = smtp
        .messages()
        .into_iter()
        .find(|m| m.to == email)
        .expect("the confirmation e-mail");
    let link = link_in(
        mail.text.as_deref().unwrap(),
        &format!("{}/verify-email?token=", app.address),
    );
    assert!(link.ends_with(&format!("&next={encoded}")), "{link}");
    let confirmed = Browser::new(&app).get(&link).await;
    assert_eq!(confirmed.status, 200, "{backend:?}: {}", confirmed.body);
    assert!(confirmed.body.contains("Next: your enquiry to Kashi Weaves"));
    assert!(confirmed.body.contains(&format!(
        "href=\"/login?next={encoded}\">Sign in to write your enquiry</a>"
    )));

    // The first sign-in lands on the enquiry form, the listing filled in.
    let login = browser.get(&format!("/login?next={encoded}")).await;
    assert_eq!(hidden(&login, "next"), in_attribute(&enquire));
    let signed_in = browser
        .submit(
            &format!("/login?next={encoded}"),
            "/login",
            &[("email", email), ("password", PASSWORD), ("next", &enquire)],
        )
        .await;
    assert_eq!((signed_in.status, signed_in.location()), (303, enquire.as_str()));
    let form = browser.get(&enquire).await;
    assert_eq!(form.status, 200, "{backend:?}: {}", form.body);
    assert!(
        form.body.contains("Kashi Weaves signature weave")
            && form.body.contains(r#"<option value="NL" selected>"#)
    );
    app.run_pending_jobs().await;
    app.stop().await;
}

#[backend_test]
async fn a_destination_on_another_site_is_never_carried(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    let browser = Browser::new(&app);
    for next in ["https://evil.example/", "//evil.example", "/\\evil.example"] {
        let query: String = url::form_urlencoded::byte_serialize(next.as_bytes()).collect();
        let signup = browser.get(&format!("/signup?next={query}")).await;
        assert_eq!(signup.status, 200);
        assert!(!signup.body.contains("name=\"next\""), "{next}");
        assert!(!signup.body.contains("evil.example"), "{next}");
    }
    let sent = browser
        .submit(
            "/signup",
            "/signup",
            &[
                ("role", "producer"),
                ("name", "Rani Devi"),
                ("email", "rani@example.org"),
                ("password", PASSWORD),
                ("next", "//evil.example/x"),
            ],
        )
        .await;
    assert_eq!(sent.status, 200, "{backend:?}");
    app.run_pending_jobs().await;
    let text = smtp.messages()[0].text.clone().unwrap();
    let link = link_in(&text, &format!("{}/verify-email?token=", app.address));
    assert!(!link.contains("next="), "{link}");
    let forged = format!("{link}&next=https%3A%2F%2Fevil.example%2F");
    let confirmed = browser.get(&forged).await;
    assert_eq!(confirmed.status, 200);
    assert!(!confirmed.body.contains("evil.example"), "{}", confirmed.body);
    app.stop().await;
}

/// A site with Kashi Weaves' listing, published and indexed, and Jan, a
/// buyer: the weaver's account, the listing's slug and Jan's account.
async fn kashi_weaves_and_jan(backend: Backend) -> (TestApp, SmtpServer, User, String, User) {
    let (app, smtp) = app_with_mail(backend).await;
    let admin = user(&app, Role::Admin, "admin@bazaar.example", "Admin").await;
    let (weaver, _, slug) = kashi_weaves(&app, &admin).await;
    app.run_pending_jobs().await;
    let jan = buyer(&app, "jan@tulip.example").await;
    (app, smtp, weaver, slug, jan)
}

async fn signed_in_as(app: &TestApp, email: &str) -> Browser {
    let browser = Browser::new(app);
    assert_eq!(browser.sign_in(email, PASSWORD).await.status, 303);
    browser
}

/// Kashi Weaves' profile as `market::producer` made it, with `phone`.
fn kashi_profile<'a>(district: &'a str, phone: &'a str, whatsapp: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("business_name", "Kashi Weaves"),
        ("kind", "artisan"),
        ("district", district),
        ("address", "Main bazaar"),
        ("languages", "Hindi, English"),
        ("incoterms", "FOB"),
        ("phone", phone),
        ("whatsapp", whatsapp),
    ]
}

/// Jan asks Kashi Weaves for 500 pieces, `hours_ago`; the conversation's id.
async fn enquiry_from_jan(app: &TestApp, jan: &User, slug: &str, hours_ago: i64) -> String {
    let (buyer, slug, ctx) = (
        jan.clone(),
        slug.to_owned(),
        ctx_at(app, now() - TimeDelta::hours(hours_ago), "10.1.1.1"),
    );
    app.db
        .write(move |conn| threads::send_enquiry(conn, &buyer, &slug, &enquiry_input("Please quote."), &ctx))
        .await
        .unwrap()
        .id
        .to_string()
}

async fn reply_as(app: &TestApp, producer: &User, thread: &str, message: &str) {
    let (producer, thread, message, ctx) =
        (producer.clone(), thread.to_owned(), message.to_owned(), ctx(app));
    app.db
        .write(move |conn| threads::reply(conn, &producer, &thread, &message, &ctx))
        .await
        .unwrap();
}

#[backend_test]
async fn a_producers_phone_reaches_the_buyer_once_they_have_answered(backend: Backend) {
    let (app, smtp, weaver, slug, jan) = kashi_weaves_and_jan(backend).await;
    let varanasi = district_code(&app, "varanasi").to_string();
    let maker = signed_in_as(&app, "kashi@weaves.example").await;

    let refused = maker
        .submit(
            "/dashboard/profile",
            "/dashboard/profile",
            &kashi_profile(&varanasi, "98765 4321", "on"),
        )
        .await;
    assert_eq!(refused.status, 422, "{backend:?}");
    assert!(
        refused
            .body
            .contains(r##"<a href="#phone">Phone for buyers: An Indian number has 10 digits after +91"##)
    );
    assert!(
        refused.body.contains(r#"value="98765 4321""#),
        "what was typed is kept"
    );
    let saved = maker
        .submit(
            "/dashboard/profile",
            "/dashboard/profile",
            &kashi_profile(&varanasi, "98765 43210", "on"),
        )
        .await;
    assert_eq!(saved.status, 303, "{backend:?}: {}", saved.body);
    let profile = maker.get("/dashboard/profile").await;
    assert!(profile.body.contains(r#"value="+91 98765 43210""#));
    assert!(profile.body.contains(r#"name="whatsapp" value="on" checked"#));
    let public = maker.get(saved.location()).await;
    assert!(!public.body.contains("98765"), "not on the public page");

    let thread = enquiry_from_jan(&app, &jan, &slug, 1).await;
    let thread_path = format!("/dashboard/enquiries/{thread}");
    let buyer_side = signed_in_as(&app, "jan@tulip.example").await;
    let before = buyer_side.get(&thread_path).await;
    assert_eq!(before.status, 200, "{backend:?}");
    assert!(
        before
            .body
            .contains("Once they reply, you see each other's e-mail address and phone number.")
    );
    assert!(!before.body.contains("98765") && !before.body.contains("kashi@weaves.example"));

    reply_as(&app, &weaver, &thread, "Yes, we weave these.").await;
    let after = buyer_side.get(&thread_path).await;
    assert!(
        !after.body.contains("Once they reply"),
        "the note goes once they have"
    );
    assert!(
        after
            .body
            .contains(r#"<a href="tel:+919876543210">+91 98765 43210</a>"#),
        "{}",
        after.body
    );
    assert!(after.body.contains(r#"href="https://wa.me/919876543210""#));
    assert!(after.body.contains("mailto:kashi@weaves.example"));

    // The new-enquiry e-mail says what to do next.
    app.run_pending_jobs().await;
    let mail = smtp
        .messages()
        .into_iter()
        .find(|m| m.to == "kashi@weaves.example" && m.subject.starts_with("New enquiry"))
        .expect("the new-enquiry e-mail");
    let text = mail.text.unwrap();
    assert!(text.contains("What to do next:"), "{text}");
    assert!(text.contains("press “Send a quote” on the same page"), "{text}");
    app.stop().await;
}

#[backend_test]
async fn buyers_see_the_typical_reply_time_on_product_pages_and_search_results(backend: Backend) {
    let (app, _smtp, weaver, slug, jan) = kashi_weaves_and_jan(backend).await;
    let product_path = format!("/products/{slug}");
    let (status, product) = app.page(&product_path).await;
    assert_eq!(status, 200);
    assert!(
        !product.contains("usually replies"),
        "no figure before three answers"
    );

    for hours_ago in [1, 30, 30] {
        let thread = enquiry_from_jan(&app, &jan, &slug, hours_ago).await;
        reply_as(&app, &weaver, &thread, "Yes.").await;
    }
    // The anonymous page kept before the answers is not served again.
    let (_, product) = app.page(&product_path).await;
    assert!(
        product.contains("<b class=\"reply-time\">Kashi Weaves usually replies within 2 days.</b>"),
        "{backend:?}: {product}"
    );
    let (_, results) = app.page("/search?q=signature+weave").await;
    assert!(
        results.contains("<span class=\"pcard__reply\">, usually replies within 2 days</span>"),
        "{backend:?}: {results}"
    );
    let (_, producer_page) = app.page("/producers/kashi-weaves").await;
    assert!(producer_page.contains("Usually replies within 2 days"));
    app.run_pending_jobs().await;
    app.stop().await;
}

#[backend_test]
async fn prices_name_their_unit_and_a_quote_shows_its_total(backend: Backend) {
    let (app, smtp, weaver, slug, jan) = kashi_weaves_and_jan(backend).await;

    let (_, product) = app.page(&format!("/products/{slug}")).await;
    assert!(product.contains("₹1,000 – 2,000 per piece"), "{product}");
    let (_, results) = app.page("/search?q=signature+weave").await;
    assert!(results.contains("₹1,000 – 2,000 per piece"), "{results}");

    let thread = enquiry_from_jan(&app, &jan, &slug, 1).await;
    let quote = |moq: &str| QuoteInput {
        unit_price: "11.80".into(),
        currency: "USD".into(),
        moq: moq.into(),
        moq_unit: "pieces".into(),
        lead_time_days: "45".into(),
        incoterm: "FOB".into(),
        valid_until: (now() + TimeDelta::days(20)).date().to_string(),
        notes: String::new(),
    };
    let send = |input: QuoteInput| {
        let (producer, thread, ctx) = (weaver.clone(), thread.clone(), ctx(&app));
        app.db
            .write(move |conn| threads::send_quote(conn, &producer, &thread, &input, &ctx))
    };
    send(quote("200")).await.unwrap();
    let buyer_side = signed_in_as(&app, "jan@tulip.example").await;
    let page = buyer_side.get(&format!("/dashboard/enquiries/{thread}")).await;
    assert!(
        page.body
            .contains("<dt>Target price</dt><dd>US$12.50 per piece</dd>"),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains(r#"<p class="quote-card__price">US$11.80 per piece</p>"#)
    );
    assert!(
        page.body
            .contains("<dt>Total</dt><dd>US$5,900 for 500 pieces</dd>"),
        "{}",
        page.body
    );

    // Asked for fewer than the minimum order: the total is the minimum order's.
    send(quote("1000")).await.unwrap();
    let page = buyer_side.get(&format!("/dashboard/enquiries/{thread}")).await;
    assert!(
        page.body
            .contains("<dt>Total</dt><dd>US$11,800 for the minimum order of 1,000 pieces</dd>")
    );

    app.run_pending_jobs().await;
    let quote_mails: Vec<String> = smtp
        .messages()
        .into_iter()
        .filter(|m| m.to == "jan@tulip.example")
        .filter_map(|m| m.text)
        .filter(|text| text.contains("Price: US$11.80 per piece"))
        .collect();
    assert_eq!(quote_mails.len(), 2, "{backend:?}");
    assert!(
        quote_mails
            .iter()
            .any(|t| t.contains("Total: US$5,900 for 500 pieces")),
        "{quote_mails:?}"
    );
    app.stop().await;
}

/// The items of a page's error summary.
fn summary_items(page: &Page) -> Vec<String> {
    let start = page.body.find("error-summary__list").expect("an error summary");
    let list = &page.body[start..start + page.body[start..].find("</ul>").expect("its end")];
    list.split("<li>")
        .skip(1)
        .map(|item| item.trim().to_owned())
        .collect()
}

#[backend_test]
async fn every_item_of_an_error_summary_names_its_field(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let browser = Browser::new(&app);
    let refused = browser
        .submit(
            "/signup",
            "/signup",
            &[("role", ""), ("name", ""), ("email", "nobody"), ("password", "")],
        )
        .await;
    assert_eq!(refused.status, 422, "{backend:?}");
    let items = summary_items(&refused);
    assert_eq!(items.len(), 4, "{items:?}");
    for (field, label) in [
        ("role", "Producer or buyer"),
        ("name", "Your name"),
        ("email", "E-mail address"),
        ("password", "Choose a password"),
    ] {
        assert!(
            items
                .iter()
                .any(|item| item.starts_with(&format!("<a href=\"#{field}\">{label}: "))),
            "{field}: {items:?}"
        );
    }
    app.stop().await;
}

#[backend_test]
async fn the_directory_lists_banaras_brocades_once_and_doubles_no_word(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (status, register) = app.page("/gi").await;
    assert_eq!(status, 200, "{backend:?}");
    assert_eq!(register.matches("Banaras Brocades and Sarees").count(), 1);
    let (status, district) = app.page("/districts/ahilyanagar").await;
    assert_eq!(status, 200, "{backend:?}");
    assert!(
        district.contains("engaged in the processing of milk"),
        "{district}"
    );
    assert!(!district.contains("the the"));
    app.stop().await;
}
