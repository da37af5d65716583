//! Listings in more than one language (issue #20 item 3): the edit page's
//! "Other languages" form on both databases, the product page in the
//! reader's language, and every language in both search engines.

use odop_bazaar::accounts::Role;
use odop_bazaar::catalogue::translations::{self, TranslationInput};
use odop_bazaar::catalogue::values::Decision;
use odop_bazaar::catalogue::{moderation, repo as catalogue_repo};
use odop_bazaar::i18n::Language;
use odop_bazaar::search::model::DocumentTranslation;
use odop_bazaar::search::{ProductDocument, SearchEngine, SearchQuery};
use reqwest::Method;
use serde_json::json;
use test_macros::backend_test;

use crate::api::{api, create_api_token};
use crate::catalogue::{
    app_with_mail, create_listing, listing_fields, producer_with_profile, profile_fields,
};
use crate::harness::Backend;
use crate::market::{self, now};
use crate::search::{UP, id, product, test_meilisearch};

const HINDI_TITLE: &str = "बनारसी रेशमी साड़ी";
const HINDI_DESCRIPTION: &str =
    "वाराणसी के गड्ढा करघों पर हाथ से बुनी शुद्ध कतान रेशम की साड़ी, असली ज़री की किनारी के साथ।";

#[backend_test]
async fn a_producer_translates_a_listing_and_readers_get_their_language(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let browser = producer_with_profile(&app, "weaver@example.in", "Kashi Weaves").await;
    let id = create_listing(&browser, "Banarasi katan silk saree").await;
    let edit = format!("/dashboard/products/{id}/edit");
    let action = format!("/dashboard/products/{id}/translations");
    let translate = |language: &'static str, title: String, description: &'static str| {
        vec![
            ("translation_language", language.to_owned()),
            ("translation_title", title),
            ("translation_description", description.to_owned()),
        ]
    };
    let send = |fields: Vec<(&'static str, String)>| {
        let (browser, edit, action) = (&browser, edit.clone(), action.clone());
        async move {
            let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            browser.submit(&edit, &action, &fields).await
        }
    };

    // Bad input: the message next to its field, what was typed kept.
    let too_long = send(translate("hi", "स".repeat(121), HINDI_DESCRIPTION)).await;
    assert_eq!(too_long.status, 422, "{}", too_long.body);
    assert!(
        too_long.body.contains(r#"id="translation_title-error""#),
        "{}",
        too_long.body
    );
    assert!(
        too_long.body.contains(HINDI_DESCRIPTION),
        "the description typed is kept"
    );
    let same = send(translate("en", "Banarasi saree".into(), HINDI_DESCRIPTION)).await;
    assert_eq!(same.status, 422);
    assert!(
        same.body
            .contains("The listing is written in English: choose another language.")
    );

    // Added, then changed.
    let added = send(translate("hi", "रेशमी साड़ी".into(), HINDI_DESCRIPTION)).await;
    assert_eq!(added.status, 303, "{}", added.body);
    let changed = send(translate("hi", HINDI_TITLE.into(), HINDI_DESCRIPTION)).await;
    assert_eq!(changed.status, 303);
    let form = browser.get(&format!("{edit}?translate=hi")).await;
    assert!(
        form.body.contains(&format!(r#"value="{HINDI_TITLE}""#)),
        "the form opens the kept translation"
    );

    // A Hindi page shows the translation unmarked and says so; an Arabic
    // page falls back to the English, marked as English.
    let page = format!("/products/{}", listing_slug(&browser, &id).await);
    let hindi = browser.get(&format!("{page}?lang=hi")).await;
    assert!(
        hindi
            .body
            .contains(&format!(r#"<h1 class="pdp__title">{HINDI_TITLE}</h1>"#)),
        "{}",
        hindi.body
    );
    assert!(hindi.body.contains("हिन्दी में दिखाया गया है, उत्पादक का अनुवाद।"));
    assert!(
        hindi
            .body
            .contains(r#"<details id="original" class="original" lang="en""#)
    );
    let arabic = browser.get(&format!("{page}?lang=ar")).await;
    assert!(
        arabic
            .body
            .contains(r#"<h1 class="pdp__title" lang="en" dir="ltr">Banarasi katan silk saree</h1>"#)
    );
    assert!(arabic.body.contains("مكتوب بالإنجليزية"));

    // The API reads the translation, writes another, and refuses bad input as a problem.
    let token = create_api_token(&browser, "Translations").await;
    let token = Some(token.as_str());
    let at = |language: &str| format!("/api/v1/me/products/{id}/translations/{language}");
    let read = api(
        &app,
        Method::GET,
        &format!("/api/v1/me/products/{id}"),
        token,
        None,
    )
    .await;
    assert_eq!(
        (
            read.json["language"].as_str(),
            read.json["translations"][0]["title"].as_str()
        ),
        (Some("en"), Some(HINDI_TITLE))
    );
    let arabic_title = json!({"title": "ساري حرير بنارسي", "description": "ساري من حرير الكتان منسوج يدويًا في فاراناسي بحافة من الزري الحقيقي."});
    let written = api(&app, Method::PUT, &at("ar"), token, Some(&arabic_title)).await;
    assert_eq!(written.status, 200, "{}", written.json);
    assert_eq!(written.json["translations"].as_array().map(Vec::len), Some(2));
    let refused = api(&app, Method::PUT, &at("en"), token, Some(&json!({"title": "x"}))).await;
    assert_eq!(refused.status, 422);
    assert!(refused.content_type.starts_with("application/problem+json"));
    assert!(
        refused.json["errors"]["translation_language"].is_string(),
        "{}",
        refused.json
    );
    assert!(refused.json["errors"]["translation_title"].is_string());
    let deleted = api(&app, Method::DELETE, &at("ar"), token, None).await;
    assert_eq!(deleted.json["translations"].as_array().map(Vec::len), Some(1));

    // The listing's own language cannot take a language it has a translation in…
    let mut fields = listing_fields("Banarasi katan silk saree");
    fields.push(("language", "hi"));
    let refused = browser.submit(&edit, &edit, &fields).await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("The listing has a Hindi translation"));
    // …until it is removed; then an English page marks the Hindi text.
    let removed = browser
        .submit(
            &edit,
            &format!("/dashboard/products/{id}/translations/hi/remove"),
            &[],
        )
        .await;
    assert_eq!(removed.status, 303);
    let mut fields = listing_fields(HINDI_TITLE);
    fields.retain(|(k, _)| *k != "description");
    fields.extend([("description", HINDI_DESCRIPTION), ("language", "hi")]);
    assert_eq!(browser.submit(&edit, &edit, &fields).await.status, 303);
    let english = browser.get(&format!("{page}?lang=en")).await;
    assert!(
        english.body.contains(&format!(
            r#"<h1 class="pdp__title" lang="hi" dir="ltr">{HINDI_TITLE}</h1>"#
        )),
        "{}",
        english.body
    );
    assert!(english.body.contains("Written in Hindi"));
    // The profile's story in other languages, from the profile page's own form.
    let story = "तीन पीढ़ियों से गड्ढा करघों पर बुनने वाले बुनकर।";
    let long = "क".repeat(4001);
    let refused = browser
        .submit(
            "/dashboard/profile",
            "/dashboard/profile/stories",
            &[("story_hi", long.as_str()), ("story_ar", "")],
        )
        .await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains(r#"id="story_hi-error""#));
    let saved = browser
        .submit(
            "/dashboard/profile",
            "/dashboard/profile/stories",
            &[("story_hi", story), ("story_ar", "")],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let hindi = browser.get("/producers/kashi-weaves?lang=hi").await;
    assert!(
        hindi.body.contains(&format!("<div><p>{story}</p></div>")),
        "{}",
        hindi.body
    );
    let arabic = browser.get("/producers/kashi-weaves?lang=ar").await;
    assert!(
        arabic
            .body
            .contains(r#"<div lang="en" dir="ltr"><p>Three generations of weavers on pit looms.</p></div>"#)
    );

    // The notice of the new API token.
    app.run_pending_jobs().await;
    app.stop().await;
}

#[backend_test]
async fn a_producer_says_which_language_the_profile_s_story_is_written_in(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let browser = producer_with_profile(&app, "weaver@example.in", "Kashi Weaves").await;
    let form = browser.get("/dashboard/profile").await;
    assert!(
        form.body
            .contains(r#"<select class="input" id="language" name="language">"#),
        "{}",
        form.body
    );
    assert!(
        form.body
            .contains(r#"<option value="en" selected>English</option>"#)
    );
    let story = "तीन पीढ़ियों से गड्ढा करघों पर बुनने वाले बुनकर।";
    let profile = |language: &'static str| {
        let mut fields = profile_fields("Kashi Weaves", "187");
        fields.retain(|(name, _)| *name != "story");
        fields.extend([("story", story), ("language", language)]);
        fields
    };
    let save = |language: &'static str| {
        let browser = &browser;
        async move {
            browser
                .submit("/dashboard/profile", "/dashboard/profile", &profile(language))
                .await
        }
    };

    let unknown = save("fr").await;
    assert_eq!(unknown.status, 422, "{backend:?}");
    assert!(unknown.body.contains("Choose one of the languages offered."));
    assert!(
        unknown.body.contains(story),
        "the story typed is kept: {}",
        unknown.body
    );

    // Written in Hindi: readers of other languages get it marked as Hindi,
    // and the "Other languages" form offers English and Arabic.
    assert_eq!(save("hi").await.status, 303, "{backend:?}");
    let english = browser.get("/producers/kashi-weaves?lang=en").await;
    assert!(
        english
            .body
            .contains(&format!(r#"<div lang="hi" dir="ltr"><p>{story}</p></div>"#)),
        "{backend:?}: {}",
        english.body
    );
    let form = browser.get("/dashboard/profile").await;
    assert!(form.body.contains(r#"<option value="hi" selected>"#));
    assert!(form.body.contains(r#"name="story_en""#) && !form.body.contains(r#"name="story_hi""#));
    let english_story = "Three generations of weavers on pit looms.";
    let added = browser
        .submit(
            "/dashboard/profile",
            "/dashboard/profile/stories",
            &[("story_en", english_story), ("story_ar", "")],
        )
        .await;
    assert_eq!(added.status, 303, "{}", added.body);
    let english = browser.get("/producers/kashi-weaves?lang=en").await;
    assert!(
        english
            .body
            .contains(&format!("<div><p>{english_story}</p></div>")),
        "{}",
        english.body
    );

    // The story's own language cannot become one it is kept in under "Other languages".
    let refused = save("en").await;
    assert_eq!(refused.status, 422, "{backend:?}");
    assert!(
        refused.body.contains(
            "Your story already has an English version under Other languages: empty it there first, or keep the language as it was."
        ),
        "{}",
        refused.body
    );
    app.run_pending_jobs().await;
    app.stop().await;
}

#[backend_test]
async fn a_card_s_photo_is_described_in_the_reader_s_version_of_the_listing(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let admin = market::user(&app, Role::Admin, "admin@bazaar.example", "Admin").await;
    let (owner, _, slug) = market::producer(
        &app,
        Some(&admin),
        "asha@weaves.example",
        "Asha Weaves",
        "varanasi",
        "handloom",
    )
    .await;
    let base_url = app.settings.base_url.clone();
    app.db
        .write(move |conn| {
            let product = catalogue_repo::product_by_slug(conn, &slug)?.expect("the listing");
            let hindi = TranslationInput {
                language: "hi".into(),
                title: HINDI_TITLE.into(),
                description: HINDI_DESCRIPTION.into(),
            };
            translations::save_listing_translation(conn, &owner, &product.id, &hindi, now())?;
            moderation::decide(conn, &admin, &product.id, Decision::Approve, "", &base_url, now())
        })
        .await
        .unwrap();
    app.run_pending_jobs().await;

    // The producer described the photo in English, the listing's language;
    // readers of the Hindi translation get its title instead, and Arabic
    // readers the English description, marked as English.
    for page in ["/districts/varanasi?", "/search?q=weave&"] {
        let read = |lang: &'static str| {
            let app = &app;
            async move { app.get(&format!("{page}lang={lang}")).await.text().await.unwrap() }
        };
        let hindi = read("hi").await;
        assert!(
            hindi.contains(&format!(r#"alt="{HINDI_TITLE}">"#)),
            "{backend:?} {page}: {hindi}"
        );
        let english = read("en").await;
        assert!(
            english.contains(r#"alt="A handwoven stole">"#),
            "{backend:?} {page}: {english}"
        );
        let arabic = read("ar").await;
        assert!(
            arabic.contains(r#"alt="A handwoven stole" lang="en" dir="ltr">"#),
            "{backend:?} {page}: {arabic}"
        );
    }
    app.stop().await;
}

async fn listing_slug(browser: &crate::browser::Browser, id: &str) -> String {
    let edit = browser.get(&format!("/dashboard/products/{id}/edit")).await;
    let at = edit
        .body
        .find(r#"href="/products/"#)
        .expect("a link to the listing")
        + r#"href="/products/"#.len();
    edit.body[at..].split('"').next().unwrap().to_owned()
}

/// An English listing, a Hindi one, and an English one with a Hindi translation.
fn documents() -> Vec<ProductDocument> {
    let place = ("Varanasi", "varanasi");
    let doc = |n, title: &str, description: &str| {
        product(
            n,
            title,
            description,
            place,
            UP,
            ("agriculture", "Spices"),
            (false, true, true),
            (100, "kg"),
            (300.0, 500.0, "INR"),
            "09",
        )
    };
    let english = doc(
        1,
        "Lakadong turmeric powder",
        "High-curcumin turmeric from the hills of Meghalaya, sun-dried and stone-ground.",
    );
    let hindi = ProductDocument {
        language: Language::Hi,
        ..doc(
            2,
            "जैविक हल्दी की गांठें",
            "खेत से सीधे, धूप में सुखाई गई जैविक हल्दी की साबुत गांठें।",
        )
    };
    let translated = ProductDocument {
        translations: vec![DocumentTranslation {
            language: Language::Hi,
            title: "हाथ से छपी सूती चादर".into(),
            description: "बगरू की ठप्पा छपाई वाली सूती चादर, प्राकृतिक रंगों में।".into(),
        }],
        ..doc(
            3,
            "Hand block printed cotton bedsheet",
            "Bagru dabu printed cotton bedsheet in natural dyes, king size.",
        )
    };
    vec![english, hindi, translated]
}

async fn every_language_is_found(engine: &SearchEngine) {
    engine.apply_settings().await.expect("settings");
    engine.clear().await.expect("clear");
    engine.index(&documents()).await.expect("index");
    let found = |q: &'static str| async move {
        let results = engine.search(&SearchQuery::text(q)).await.expect("search");
        let mut ids: Vec<String> = results.hits.iter().map(|h| h.document.id.clone()).collect();
        ids.sort();
        (ids, results)
    };
    // Through the glossary: a Hindi word finds the English listing, an English one the Hindi listing.
    assert_eq!(found("हल्दी").await.0, vec![id(1), id(2)]);
    assert_eq!(found("turmeric").await.0, vec![id(1), id(2)]);
    // A translation is searched like the listing's own words, and highlighted for the card.
    let (ids, results) = found("चादर").await;
    assert_eq!(ids, vec![id(3)]);
    assert_eq!(
        results.hits[0].translated_titles_html,
        vec![(Language::Hi, "हाथ से छपी सूती <mark>चादर</mark>".to_owned())]
    );
}

#[actix_web::test]
async fn the_embedded_engine_finds_every_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    every_language_is_found(&SearchEngine::embedded(dir.path()).expect("opens")).await;
}

#[actix_web::test]
async fn meilisearch_finds_every_language() {
    if let Some(engine) = test_meilisearch("translations_test") {
        every_language_is_found(&engine).await;
    }
}
