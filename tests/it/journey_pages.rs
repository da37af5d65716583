//! What buyers and producers see along the marketplace's journeys (issue
//! #17): sign-up that remembers why the buyer came, the producer's phone for
//! follow-up, typical reply times where buyers decide, units on prices,
//! totals on quotes, and the error summary naming its fields.

use odop_bazaar::accounts::Role;

use crate::browser::{Browser, Page, link_in};
use crate::catalogue::app_with_mail;
use crate::harness::Backend;
use crate::market::{PASSWORD, kashi_weaves, user};
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
            "Sign in, or create a free buyer account, to send your enquiry to <b>Kashi Weaves</b> about “Kashi Weaves signature weave”."
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
            .contains("Create a free buyer account to send your enquiry to <b>Kashi Weaves</b>")
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
            .contains("The link brings you back to your enquiry to <b>Kashi Weaves</b>")
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
    assert!(
        confirmed
            .body
            .contains("Next: your enquiry to <b>Kashi Weaves</b>")
    );
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
