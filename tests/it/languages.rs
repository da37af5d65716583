//! The interface's languages (issue #20): which one a request gets, and what
//! every page says about it.

use odop_bazaar::accounts::Role;
use odop_bazaar::accounts::repo::find_user_by_email;
use odop_bazaar::i18n::Language;
use test_macros::backend_test;

use crate::browser::Browser;
use crate::harness::{Backend, TestApp};
use crate::market::user;
use crate::meeting_pages::signed_in;

async fn get_with(app: &TestApp, path: &str, headers: &[(&str, &str)]) -> (u16, String) {
    let mut request = reqwest::Client::new().get(format!("{}{path}", app.address));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    // Tera escapes the slashes of attribute values.
    let page = response.text().await.unwrap().replace("&#x2F;", "/");
    (status, page)
}

#[actix_web::test]
async fn the_browser_s_language_gives_the_page_its_words_and_direction() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let (status, arabic) = get_with(&app, "/states", &[("Accept-Language", "fr-FR, ar;q=0.9")]).await;
    assert_eq!(status, 200);
    assert!(arabic.contains(r#"<html lang="ar" dir="rtl">"#), "{arabic}");
    assert!(arabic.contains(">الولايات</a>"));
    // The other versions of the page, for search engines and for the menu.
    for code in ["en", "hi", "ar"] {
        let alternate = format!(
            r#"<link rel="alternate" hreflang="{code}" href="{}/states?lang={code}">"#,
            app.address
        );
        assert!(arabic.contains(&alternate), "no {code} alternate");
    }
    // The brand is English in every language, and says so.
    assert!(arabic.contains(r#"<span lang="en" dir="ltr">ODOP <b>Bazaar</b></span>"#));

    let (_, hindi) = get_with(&app, "/states?lang=hi", &[("Accept-Language", "ar")]).await;
    assert!(hindi.contains(r#"<html lang="hi" dir="ltr">"#));
    assert!(hindi.contains(">राज्य</a>"));

    let (_, english) = get_with(&app, "/states", &[]).await;
    assert!(english.contains(r#"<html lang="en" dir="ltr">"#));
    assert!(english.contains(">States</a>"));
}

#[actix_web::test]
async fn unknown_or_malformed_languages_fall_back_to_english_never_an_error() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    for (path, headers) in [
        ("/states?lang=xx", vec![]),
        ("/states?lang=%3Cscript%3E", vec![("Accept-Language", ";;q=,,")]),
        (
            "/states",
            vec![("Cookie", "lang=klingon"), ("Accept-Language", "de-DE")],
        ),
        ("/states?lang=", vec![("Accept-Language", "*")]),
    ] {
        let (status, page) = get_with(&app, path, &headers).await;
        assert_eq!(status, 200, "{path} {headers:?}");
        assert!(
            page.contains(r#"<html lang="en" dir="ltr">"#),
            "{path} {headers:?}"
        );
    }
    // The menu's handler keeps the current language for a name it does not know.
    let browser = Browser::new(&app);
    let answer = browser.get("/language?to=zz&next=/states").await;
    assert_eq!(answer.status, 303);
    assert!(answer.set_cookie("lang").starts_with("lang=en;"));
}

#[actix_web::test]
async fn the_language_menu_works_without_script_and_only_goes_back_to_this_site() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let browser = Browser::new(&app);
    let page = browser.get("/states?page=1").await.body.replace("&#x2F;", "/");
    // A plain link per language, back to this page.
    assert!(
        page.contains(r#"<a href="/language?to=hi&amp;next=%2Fstates%3Fpage%3D1" hreflang="hi" lang="hi" dir="ltr">हिन्दी</a>"#),
        "{page}"
    );
    let chosen = browser.get("/language?to=hi&next=/states").await;
    assert_eq!(chosen.status, 303);
    assert_eq!(chosen.location(), "/states");
    let cookie = chosen.set_cookie("lang");
    assert!(
        cookie.starts_with("lang=hi;") && cookie.contains("Path=/"),
        "{cookie}"
    );
    // The cookie now speaks for the browser, over its Accept-Language.
    let states = browser.get("/states").await.body;
    assert!(states.contains(r#"<html lang="hi" dir="ltr">"#));
    let home = browser.get("/").await.body;
    assert!(home.contains(r#"<html lang="hi" dir="ltr">"#));

    // A page's own destination is carried in its menu; another site's is not.
    let login = browser
        .get("/login?next=%2Fshortlist")
        .await
        .body
        .replace("&#x2F;", "/");
    assert!(login.contains("next=%2Flogin%3Fnext%3D%252Fshortlist"), "{login}");
    let login = browser
        .get("/login?next=https%3A%2F%2Fevil.example%2F")
        .await
        .body;
    assert!(!login.contains("evil.example"));

    let elsewhere = browser.get("/language?to=ar&next=https://evil.example/").await;
    assert_eq!(elsewhere.location(), "/");
    let protocol_relative = browser.get("/language?to=ar&next=//evil.example/").await;
    assert_eq!(protocol_relative.location(), "/");
}

#[actix_web::test]
async fn a_kept_page_is_kept_once_per_language() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    for _ in 0..2 {
        let (_, english) = get_with(&app, "/states", &[]).await;
        let (_, arabic) = get_with(&app, "/states", &[("Accept-Language", "ar")]).await;
        let (_, hindi) = get_with(&app, "/states", &[("Cookie", "lang=hi")]).await;
        assert!(english.contains(r#"lang="en" dir="ltr">"#));
        assert!(arabic.contains(r#"lang="ar" dir="rtl">"#));
        assert!(hindi.contains(r#"lang="hi" dir="ltr">"#));
    }
}

#[backend_test]
async fn a_signed_in_person_s_choice_is_saved_to_the_account(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    user(&app, Role::Buyer, "jan@tulip.example", "Jan de Vries").await;
    let jan = signed_in(&app, "jan@tulip.example").await;
    let page = jan.get("/states").await;
    // Signed in, the menu is a form: it changes the account.
    assert!(
        page.body
            .contains(r#"<form class="lang-menu__list" method="post" action="/language">"#)
    );
    let saved = jan
        .post(
            "/language",
            &[
                ("csrf_token", &page.csrf_token()),
                ("to", "ar"),
                ("next", "/states"),
            ],
        )
        .await;
    assert_eq!(saved.status, 303);
    assert_eq!(saved.location(), "/states");
    let account = app
        .db
        .read_blocking(|conn| find_user_by_email(conn, "jan@tulip.example"))
        .unwrap()
        .unwrap();
    assert_eq!(account.language, Some(Language::Ar));
    // The account's language beats the browser's cookie and header.
    let (_, anonymous) = get_with(&app, "/states", &[("Accept-Language", "hi")]).await;
    assert!(anonymous.contains(r#"lang="hi""#));
    let page = jan.get("/states").await.body;
    assert!(page.contains(r#"<html lang="ar" dir="rtl">"#));

    // Without the form token nothing changes.
    let forged = jan.post("/language", &[("to", "hi"), ("next", "/")]).await;
    assert_eq!(forged.status, 403);
}

#[actix_web::test]
async fn a_form_s_problems_are_told_in_the_reader_s_language() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let browser = Browser::new(&app);
    assert_eq!(browser.get("/language?to=hi&next=/signup").await.status, 303);
    let refused = browser
        .submit(
            "/signup",
            "/signup",
            &[
                ("role", "producer"),
                ("name", ""),
                ("email", ""),
                ("password", ""),
            ],
        )
        .await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("अपना नाम लिखें।"), "{}", refused.body);
    assert!(refused.body.contains("अपना ईमेल पता लिखें।"));
    assert!(!refused.body.contains("Enter your name."));

    // Numbers typed with the digits a Hindi or Arabic keyboard offers are read.
    let mut checks = odop_bazaar::domain::Checks::new();
    assert_eq!(checks.whole("moq", "१,२००", 1..=10_000), Some(1200));
}

#[actix_web::test]
async fn a_refusal_page_is_written_in_the_reader_s_language() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let (status, missing) = get_with(&app, "/states/atlantis?lang=ar", &[]).await;
    assert_eq!(status, 404);
    assert!(missing.contains(r#"<html lang="ar" dir="rtl">"#));
    assert!(missing.contains("لا توجد لدينا ولاية باسم"), "{missing}");
    assert!(!missing.contains("We have no state"));

    user(&app, Role::Buyer, "jan@tulip.example", "Jan de Vries").await;
    let jan = signed_in(&app, "jan@tulip.example").await;
    let refused = jan.get("/dashboard/products?lang=ar").await;
    assert_eq!(refused.status, 403);
    assert!(refused.body.contains(r#"<html lang="ar" dir="rtl">"#));
    assert!(
        refused.body.contains("هذه الصفحة مخصّصة للمنتجين."),
        "{}",
        refused.body
    );
    assert!(!refused.body.contains("This page is for producers."));
}

#[backend_test]
async fn the_account_pages_read_in_arabic_and_the_account_page_sets_the_language(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (status, login) = get_with(&app, "/login?lang=ar", &[]).await;
    assert_eq!(status, 200);
    assert!(login.contains(r#"<html lang="ar" dir="rtl">"#));
    assert!(login.contains("نسيت كلمة المرور؟"), "{login}");
    for english in [
        "Forgotten your password?",
        "E-mail address",
        "New to ODOP Bazaar?",
    ] {
        assert!(!login.contains(english), "{english} left on the sign-in page");
    }

    user(&app, Role::Buyer, "jan@tulip.example", "Jan de Vries").await;
    let jan = signed_in(&app, "jan@tulip.example").await;
    let account = jan.get("/account?lang=ar").await;
    assert!(account.body.contains(r#"<html lang="ar" dir="rtl">"#));
    assert!(account.body.contains("أين سجّلت الدخول"), "{}", account.body);
    for english in ["Account settings", "Where you are signed in", "Create a token"] {
        assert!(
            !account.body.contains(english),
            "{english} left on the account page"
        );
    }

    // A language we do not ship is told next to the field, and nothing changes.
    let token = account.csrf_token();
    let refused = jan
        .post("/account/language", &[("csrf_token", &token), ("language", "fr")])
        .await;
    assert_eq!(refused.status, 422);
    assert!(
        refused.body.contains(r#"id="language-error""#)
            && refused.body.contains("Choose one of the languages in the list."),
        "{}",
        refused.body
    );
    let saved = jan
        .post("/account/language", &[("csrf_token", &token), ("language", "hi")])
        .await;
    assert_eq!(saved.status, 303);
    assert_eq!(saved.location(), "/account");
    let stored = app
        .db
        .read_blocking(|conn| find_user_by_email(conn, "jan@tulip.example"))
        .unwrap()
        .unwrap();
    assert_eq!(stored.language, Some(Language::Hi));
    let page = jan.get("/account").await.body;
    assert!(page.contains(r#"<html lang="hi" dir="ltr">"#));
    assert!(page.contains("साइट और आपके ईमेल अब हिन्दी में हैं।"), "{page}");
    assert!(page.contains(r#"<option value="hi" selected>हिन्दी</option>"#));
}
