//! Printable catalogues, on both databases: a live showcase's, a district's
//! and a producer's PDF are made by the job their first request queues
//! (202 until then), served at a stable address with the version as ETag,
//! and made anew when a product changes. What the PDF says is read back
//! from it: the text (a Hindi title exactly as stored, read with pdftotext), the QR codes (each
//! decodes to its product's address), the pages and the embedded fonts.
//! A producer with nothing published and a draft showcase have none (404).

use std::collections::BTreeSet;
use std::process::Command;

use chrono::TimeDelta;
use diesel::prelude::*;
use odop_bazaar::accounts::Role;
use odop_bazaar::catalogue::model::ProductTranslation;
use odop_bazaar::catalogue::repo as catalogue_repo;
use odop_bazaar::catalogue::views::price_per_unit;
use odop_bazaar::db::DbError;
use odop_bazaar::i18n::Language;
use odop_bazaar::media::MediaStore;
use odop_bazaar::print::PRINT_CATALOGUE;
use odop_bazaar::schema::{jobs, product_images, products};

use crate::catalogue::{app_with_mail, signed_in};
use crate::harness::{Backend, TestApp};
use crate::market::{kashi_weaves, producer, product_id, user};
use crate::showcases::{add, create};
use test_macros::backend_test;

/// Stored exactly like this; its conjuncts (स्त, र्म) and matras must survive.
const HINDI_TITLE: &str = "हस्तनिर्मित बनारसी रेशमी साड़ी";
/// The producer's Arabic translation of a listing: joined letters, right to left.
const ARABIC_TITLE: &str = "ساري بنارسي من الحرير";

/// A 1200 × 900 JPEG: a warm gradient, like a photo of cloth.
fn jpeg_photo() -> Vec<u8> {
    let image = image::RgbImage::from_fn(1200, 900, |x, y| image::Rgb([(x / 5) as u8, (y / 4) as u8, 90]));
    let mut bytes = std::io::Cursor::new(Vec::new());
    image.write_to(&mut bytes, image::ImageFormat::Jpeg).unwrap();
    bytes.into_inner()
}

/// Gives the listing at `slug` a real stored photo as its cover.
async fn give_photo(app: &TestApp, slug: &str) {
    let stored = MediaStore::from_settings(&app.settings)
        .unwrap()
        .store_upload(jpeg_photo())
        .await
        .unwrap();
    let id = product_id(app, slug);
    app.db
        .write_blocking(move |conn| {
            diesel::update(product_images::table.filter(product_images::product_id.eq(id)))
                .set((
                    product_images::hash.eq(&stored.hash),
                    product_images::width.eq(stored.width as i32),
                    product_images::height.eq(stored.height as i32),
                ))
                .execute(conn)
                .map_err(DbError::from)
        })
        .unwrap();
}

/// A saved change to a listing, as the dashboard's save makes it.
fn change_listing(app: &TestApp, slug: &str, title: &str) {
    let (slug, title) = (slug.to_owned(), title.to_owned());
    let later = app.clock.now() + TimeDelta::minutes(5);
    app.db
        .write_blocking(move |conn| {
            diesel::update(products::table.filter(products::slug.eq(slug)))
                .set((products::title.eq(title), products::updated_at.eq(later)))
                .execute(conn)
                .map_err(DbError::from)
        })
        .unwrap();
}

fn queued_print_jobs(app: &TestApp) -> i64 {
    app.db
        .read_blocking(|conn| {
            jobs::table
                .filter(jobs::kind.eq(PRINT_CATALOGUE))
                .filter(jobs::status.eq("queued"))
                .count()
                .get_result(conn)
                .map_err(DbError::from)
        })
        .unwrap()
}

/// What a test reads from a PDF.
struct Pdf {
    pages: usize,
    text: String,
    /// Whether `text` was read by pdftotext, exact for Devanagari too.
    text_exact: bool,
    qr_urls: BTreeSet<String>,
    embedded_fonts: Vec<String>,
}

fn read_pdf(bytes: &[u8]) -> Pdf {
    assert!(bytes.starts_with(b"%PDF-"), "not a PDF");
    let doc = lopdf::Document::load_mem(bytes).expect("the PDF parses");
    let numbers: Vec<u32> = doc.get_pages().keys().copied().collect();
    let (text, text_exact) = match pdftotext(bytes) {
        Some(text) => (text, true),
        None => (doc.extract_text(&numbers).expect("the text extracts"), false),
    };
    let mut qr_urls = BTreeSet::new();
    let mut embedded_fonts = Vec::new();
    for object in doc.objects.values() {
        match object {
            lopdf::Object::Stream(stream)
                if stream.dict.get(b"Subtype").and_then(|s| s.as_name()).ok()
                    == Some(b"Image".as_slice()) =>
            {
                let filter = stream.dict.get(b"Filter").and_then(|f| f.as_name()).ok();
                if filter == Some(b"DCTDecode".as_slice()) {
                    continue; // a photo
                }
                let width = stream.dict.get(b"Width").unwrap().as_i64().unwrap() as u32;
                let height = stream.dict.get(b"Height").unwrap().as_i64().unwrap() as u32;
                let pixels = stream.decompressed_content().expect("the image inflates");
                assert_eq!(
                    pixels.len(),
                    (width * height) as usize,
                    "one grey byte per module"
                );
                let code = image::GrayImage::from_raw(width, height, pixels).unwrap();
                let big = image::imageops::resize(
                    &code,
                    width * 8,
                    height * 8,
                    image::imageops::FilterType::Nearest,
                );
                let mut prepared = rqrr::PreparedImage::prepare(big);
                let grids = prepared.detect_grids();
                assert_eq!(grids.len(), 1, "one QR code per image");
                qr_urls.insert(grids[0].decode().expect("the QR code decodes").1);
            }
            lopdf::Object::Dictionary(dict)
                if dict.get(b"Type").and_then(|t| t.as_name()).ok() == Some(b"FontDescriptor".as_slice())
                    && dict.has(b"FontFile2") =>
            {
                let name = dict.get(b"FontName").and_then(|n| n.as_name()).unwrap();
                embedded_fonts.push(String::from_utf8_lossy(name).into_owned());
            }
            _ => {}
        }
    }
    Pdf {
        pages: numbers.len(),
        text,
        text_exact,
        qr_urls,
        embedded_fonts,
    }
}

/// The PDF's text as poppler reads it (its ToUnicode handling is exact for
/// Devanagari clusters, where lopdf's `extract_text` scrambles them), or
/// `None` where poppler-utils is not installed: a fresh machine needs only the
/// Rust toolchain. CI sets `PDFTOTEXT`, so there a missing tool fails instead.
fn pdftotext(bytes: &[u8]) -> Option<String> {
    let program = match std::env::var_os("PDFTOTEXT") {
        Some(required) => required,
        None => {
            let installed = std::env::var_os("PATH")
                .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join("pdftotext").is_file()));
            if !installed {
                eprintln!(
                    "SKIPPED: exact Devanagari text check of catalogues — pdftotext not installed (apt-get install poppler-utils, or set PDFTOTEXT)"
                );
                return None;
            }
            "pdftotext".into()
        }
    };
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("catalogue.pdf");
    std::fs::write(&file, bytes).unwrap();
    let output = Command::new(&program)
        .args(["-enc", "UTF-8"])
        .arg(&file)
        .arg("-")
        .output()
        .unwrap_or_else(|e| panic!("{}: {e}", program.to_string_lossy()));
    assert!(output.status.success(), "pdftotext failed");
    Some(String::from_utf8(output.stdout).unwrap())
}

async fn get_pdf(app: &TestApp, path: &str) -> reqwest::Response {
    app.get(path).await
}

fn absolute(app: &TestApp, path: &str) -> String {
    app.settings.base_url.join(path).unwrap().to_string()
}

#[backend_test]
async fn a_showcase_catalogue_is_made_by_a_job_and_prints_every_product(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let admin = user(&app, Role::Admin, "admin@bazaar.example", "Asha Admin").await;
    let (_, _, silk) = kashi_weaves(&app, &admin).await;
    let (_, _, brass) = producer(
        &app,
        Some(&admin),
        "brass@moradabad.example",
        "Moradabad Brassworks",
        "moradabad",
        "handicraft",
    )
    .await;
    change_listing(&app, &silk, HINDI_TITLE);
    give_photo(&app, &silk).await;
    app.run_pending_jobs().await;

    let organiser = signed_in(&app, Role::Organiser, "council@epch.example").await;
    let editor = create(&organiser, &app, "Crafts of Uttar Pradesh", 0, 7).await;
    for product in [&silk, &brass] {
        assert_eq!(
            add(&organiser, &editor, &product_id(&app, product)).await.status,
            303
        );
    }
    // A draft has no catalogue, for its curator as for anyone.
    let pdf_path = "/showcases/crafts-of-uttar-pradesh/catalogue.pdf";
    assert_eq!(app.page(pdf_path).await.0, 404, "{backend:?}: a draft");
    assert_eq!(organiser.get(pdf_path).await.status, 404);
    let published = organiser.submit(&editor, &format!("{editor}/publish"), &[]).await;
    assert_eq!(published.status, 303, "{}", published.body);

    // The live page links to it; the first requests queue one job and say so.
    let (_, page) = app.page("/showcases/crafts-of-uttar-pradesh").await;
    assert!(
        page.contains(pdf_path) && page.contains("Download catalogue (PDF)"),
        "{page}"
    );
    for _ in 0..2 {
        let response = get_pdf(&app, pdf_path).await;
        assert_eq!(response.status(), 202, "{backend:?}");
        assert_eq!(response.headers()["retry-after"], "5");
        let body = response.text().await.unwrap();
        assert!(
            body.contains("is being prepared") && body.contains("2 products"),
            "{body}"
        );
    }
    assert_eq!(queued_print_jobs(&app), 1, "{backend:?}: one job for one version");
    app.run_pending_jobs().await;

    let response = get_pdf(&app, pdf_path).await;
    assert_eq!(response.status(), 200, "{backend:?}");
    assert_eq!(response.headers()["content-type"], "application/pdf");
    let disposition = response.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        disposition.starts_with("inline")
            && disposition.contains("odop-bazaar-showcase-crafts-of-uttar-pradesh-en.pdf"),
        "{disposition}"
    );
    let etag = response.headers()["etag"].to_str().unwrap().to_owned();
    let pdf = read_pdf(&response.bytes().await.unwrap());

    assert_eq!(pdf.pages, 1 + 1 + 2, "cover, contents, a page per product");
    let (silk_product, brass_product) = app
        .db
        .read_blocking(|conn| {
            Ok::<_, DbError>((
                catalogue_repo::product_by_slug(conn, &silk)?.unwrap(),
                catalogue_repo::product_by_slug(conn, &brass)?.unwrap(),
            ))
        })
        .unwrap();
    for expected in [
        "Crafts of Uttar Pradesh",
        HINDI_TITLE,
        "Moradabad Brassworks signature weave",
        "Kashi Weaves",
        &price_per_unit(&silk_product, 2),
        &price_per_unit(&brass_product, 2),
        "Page 4 of 4",
    ]
    // Without pdftotext the Devanagari cluster order cannot be read back exactly.
    .into_iter()
    .filter(|expected| pdf.text_exact || *expected != HINDI_TITLE)
    {
        assert!(
            pdf.text.contains(expected),
            "{backend:?}: “{expected}” is not in:\n{}",
            pdf.text
        );
    }
    assert!(!pdf.text.contains("kashi@weaves.example"), "no e-mail address");
    let expected: BTreeSet<String> = [
        absolute(&app, "/showcases/crafts-of-uttar-pradesh"),
        absolute(&app, &format!("/products/{silk}")),
        absolute(&app, &format!("/products/{brass}")),
    ]
    .into();
    assert_eq!(pdf.qr_urls, expected, "each QR code names its page");
    for family in ["NotoSans-", "NotoSansDevanagari-"] {
        assert!(
            pdf.embedded_fonts.iter().any(|f| f.contains(family)),
            "{family} is embedded: {:?}",
            pdf.embedded_fonts
        );
    }

    // Stable while nothing changes: same ETag, and a revalidation is a 304.
    let again = get_pdf(&app, pdf_path).await;
    assert_eq!(again.headers()["etag"].to_str().unwrap(), etag);
    let revalidated = app
        .client
        .get(format!("{}{pdf_path}", app.address))
        .header("If-None-Match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(revalidated.status(), 304);

    // A file that goes missing (removed by hand, an old backup restored) is made again.
    std::fs::remove_dir_all(app.settings.data_dir.join("catalogues")).unwrap();
    assert_eq!(get_pdf(&app, pdf_path).await.status(), 202, "{backend:?}");
    app.run_pending_jobs().await;
    let remade = get_pdf(&app, pdf_path).await;
    assert_eq!(remade.status(), 200, "{backend:?}");
    assert_eq!(remade.headers()["etag"].to_str().unwrap(), etag);

    // A changed product is a new version: prepared again, then served.
    change_listing(&app, &brass, "Moradabad engraved brass vase");
    assert_eq!(get_pdf(&app, pdf_path).await.status(), 202, "{backend:?}");
    app.run_pending_jobs().await;
    let renewed = get_pdf(&app, pdf_path).await;
    assert_eq!(renewed.status(), 200);
    assert_ne!(renewed.headers()["etag"].to_str().unwrap(), etag);
    let pdf = read_pdf(&renewed.bytes().await.unwrap());
    assert!(pdf.text.contains("Moradabad engraved brass vase"), "{}", pdf.text);

    // The district and the producer have theirs too, linked from their pages.
    for (page_path, pages) in [("/districts/varanasi", 3), ("/producers/kashi-weaves", 3)] {
        let (_, page) = app.page(page_path).await;
        let pdf_path = format!("{page_path}/catalogue.pdf");
        assert!(page.contains(&pdf_path), "{page_path} links its catalogue");
        assert_eq!(get_pdf(&app, &pdf_path).await.status(), 202);
        app.run_pending_jobs().await;
        let response = get_pdf(&app, &pdf_path).await;
        assert_eq!(response.status(), 200, "{backend:?}: {pdf_path}");
        let pdf = read_pdf(&response.bytes().await.unwrap());
        assert_eq!(pdf.pages, pages, "{pdf_path}");
        assert!(
            !pdf.text_exact || pdf.text.contains(HINDI_TITLE),
            "{pdf_path}: {}",
            pdf.text
        );
    }

    // In the reader's language, each a file of its own: the Arabic one in
    // Noto Sans Arabic with the producer's Arabic title, the Hindi one in
    // Hindi words and Indian digit grouping.
    let (slug, at) = (silk.clone(), app.clock.now());
    app.db
        .write_blocking(move |conn| {
            let product = catalogue_repo::product_by_slug(conn, &slug)?.unwrap();
            catalogue_repo::save_product_translation(
                conn,
                &ProductTranslation {
                    product_id: product.id,
                    language: Language::Ar,
                    title: ARABIC_TITLE.to_owned(),
                    description: "حرير منسوج يدويًا في فاراناسي.".to_owned(),
                    updated_at: at,
                },
            )
        })
        .unwrap();
    for (language, words) in [
        ("ar", ["كتالوج", "المحتويات", ARABIC_TITLE]),
        ("hi", ["उत्पादक", "विषय-सूची", "पृष्ठ 3 / 3"]),
    ] {
        let pdf_path = format!("/producers/kashi-weaves/catalogue.pdf?lang={language}");
        assert_eq!(
            get_pdf(&app, &pdf_path).await.status(),
            202,
            "{language}: its own file"
        );
        app.run_pending_jobs().await;
        let response = get_pdf(&app, &pdf_path).await;
        assert_eq!(response.status(), 200, "{backend:?}: {pdf_path}");
        assert_eq!(response.headers()["content-language"], language);
        let pdf = read_pdf(&response.bytes().await.unwrap());
        assert_eq!(pdf.pages, 3, "{pdf_path}");
        if language == "ar" {
            assert!(
                pdf.embedded_fonts.iter().any(|f| f.contains("NotoSansArabic-")),
                "{:?}",
                pdf.embedded_fonts
            );
        }
        for expected in words.into_iter().filter(|_| pdf.text_exact) {
            assert!(
                pdf.text.contains(expected),
                "{pdf_path}: “{expected}” is not in:\n{}",
                pdf.text
            );
        }
    }
    app.stop().await;
}

#[backend_test]
async fn there_is_no_catalogue_of_nothing(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let admin = user(&app, Role::Admin, "admin@bazaar.example", "Asha Admin").await;
    let (_, producer, silk) = kashi_weaves(&app, &admin).await;
    app.db
        .write_blocking(move |conn| {
            diesel::update(products::table.filter(products::slug.eq(silk)))
                .set(products::status.eq("archived"))
                .execute(conn)
                .map_err(DbError::from)
        })
        .unwrap();
    let (status, body) = app
        .page(&format!("/producers/{}/catalogue.pdf", producer.slug))
        .await;
    assert_eq!(status, 404, "{backend:?}");
    assert!(
        body.contains("Kashi Weaves has no published listing yet, so there is no catalogue to print."),
        "{body}"
    );
    let (status, body) = app.page("/districts/varanasi/catalogue.pdf").await;
    assert_eq!(status, 404);
    assert!(
        body.contains("No producer in Varanasi has a published listing yet"),
        "{body}"
    );
    let (status, body) = app.page("/showcases/no-such-showcase/catalogue.pdf").await;
    assert_eq!(status, 404);
    assert!(
        body.contains("We have no showcase called “no-such-showcase”."),
        "{body}"
    );
    assert_eq!(queued_print_jobs(&app), 0, "nothing was queued");
    app.run_pending_jobs().await;
    app.stop().await;
}

#[backend_test]
async fn the_command_line_writes_a_catalogue_with_a_progress_bar(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let admin = user(&app, Role::Admin, "admin@bazaar.example", "Asha Admin").await;
    let (_, producer, _) = kashi_weaves(&app, &admin).await;
    app.run_pending_jobs().await;
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("kashi.pdf");
    let database = match &app.settings.database_url {
        odop_bazaar::settings::DatabaseUrl::Sqlite(path) => format!("sqlite://{}", path.display()),
        odop_bazaar::settings::DatabaseUrl::Postgres(url) => url.expose().to_owned(),
    };
    let output = Command::new(env!("CARGO_BIN_EXE_odop-bazaar"))
        .current_dir(out.path())
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("DATA_DIR", &app.settings.data_dir)
        .env("DATABASE_URL", database)
        .env("BASE_URL", app.settings.base_url.as_str())
        .env("SESSION_KEY", "k".repeat(64))
        .env("RUST_LOG", "warn")
        .args(["catalogue", "pdf", "--producer", &producer.slug, "-o"])
        .arg(&file)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{backend:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stdout.contains("kashi.pdf: 1 product,"), "{stdout}");
    let pdf = read_pdf(&std::fs::read(&file).unwrap());
    assert_eq!(pdf.pages, 3);
    assert!(pdf.text.contains("Kashi Weaves signature weave"), "{}", pdf.text);

    let missing = Command::new(env!("CARGO_BIN_EXE_odop-bazaar"))
        .args(["catalogue", "pdf", "-o", "x.pdf"])
        .output()
        .unwrap();
    assert!(!missing.status.success(), "a subject is required");
    app.stop().await;
}
