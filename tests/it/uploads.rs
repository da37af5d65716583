//! What an upload costs the site: the form token travels in the body (read
//! before the file), every byte of the request counts against the cap, and
//! each account may send only so many images and import files an hour.

use crate::browser::{Browser, Page};
use crate::catalogue::{app_with_mail, producer_with_profile};
use crate::harness::Backend;
use test_macros::backend_test;

fn logo_form(token: Option<&str>, bytes: Vec<u8>) -> reqwest::multipart::Form {
    let form = reqwest::multipart::Form::new();
    let form = match token {
        Some(token) => form.text("csrf_token", token.to_owned()),
        None => form,
    };
    form.part(
        "logo",
        reqwest::multipart::Part::bytes(bytes).file_name("logo.png"),
    )
}

async fn token(browser: &Browser) -> String {
    browser.get("/dashboard/profile").await.csrf_token()
}

#[backend_test]
async fn an_uploads_token_travels_first_in_the_body_never_in_the_url(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let producer = producer_with_profile(&app, "weaver@example.in", "Kashi Weaves").await;
    let token = token(&producer).await;
    let not_an_image = || b"not an image".to_vec();

    let in_url = producer
        .post_multipart(
            &format!("/dashboard/profile/logo?csrf_token={token}"),
            logo_form(None, not_an_image()),
        )
        .await;
    assert_eq!(in_url.status, 403, "{backend:?}: a token in the URL is not taken");

    let after_the_file = reqwest::multipart::Form::new()
        .part(
            "logo",
            reqwest::multipart::Part::bytes(not_an_image()).file_name("logo.png"),
        )
        .text("csrf_token", token.clone());
    let late = producer
        .post_multipart("/dashboard/profile/logo", after_the_file)
        .await;
    assert_eq!(late.status, 403, "only the first part is read for the token");

    let first = producer
        .post_multipart("/dashboard/profile/logo", logo_form(Some(&token), not_an_image()))
        .await;
    assert_eq!(
        first.status, 422,
        "{backend:?}: accepted, then the file refused: {}",
        first.body
    );
    assert!(first.body.contains("field__error"));

    // The page's own form sends the token as its first field, with no token in the action.
    let form = producer.get("/dashboard/profile").await.body;
    let start = form
        .find("action=\"/dashboard/profile/logo\"")
        .expect("the logo form");
    let rest = &form[start..];
    assert!(
        rest.find("name=\"csrf_token\"").unwrap() < rest.find("type=\"file\"").unwrap(),
        "the token field comes before the file"
    );
    app.stop().await;
}

/// A multipart body of `parts` empty fields whose headers are each about a
/// kilobyte: no content at all, only framing.
fn framing_only(token: &str, parts: usize) -> Vec<u8> {
    let mut body = format!("--XyZ\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n{token}\r\n")
        .into_bytes();
    let part = format!(
        "--XyZ\r\nContent-Disposition: form-data; name=\"{}\"\r\n\r\n\r\n",
        "a".repeat(1000)
    );
    for _ in 0..parts {
        body.extend_from_slice(part.as_bytes());
    }
    body.extend_from_slice(b"--XyZ--\r\n");
    body
}

/// Refused for its size: a 413, the form's message, or the connection
/// closed before the rest of the body was taken.
fn too_large(page: Option<&Page>) -> bool {
    page.is_none_or(|page| page.status == 413 || (page.status == 422 && page.body.contains("larger than")))
}

#[backend_test]
async fn every_byte_of_a_request_counts_against_the_upload_cap(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let producer = producer_with_profile(&app, "weaver@example.in", "Kashi Weaves").await;
    let token = token(&producer).await;
    let content_type = "multipart/form-data; boundary=XyZ";
    // A small form of the same shape is read as usual.
    let small = producer
        .post_raw(
            "/dashboard/profile/logo",
            content_type,
            framing_only(&token, 10).into(),
        )
        .await
        .expect("an answer");
    assert_eq!(small.status, 422, "{backend:?}: {}", small.body);
    assert!(small.body.contains("Choose a logo"));
    // 22,000 parts of framing, over 20 MB with no file content at all, sent
    // without a length: cut off as it passes the cap.
    let chunks: Vec<Result<Vec<u8>, std::io::Error>> = framing_only(&token, 22_000)
        .chunks(64 * 1024)
        .map(|c| Ok(c.to_vec()))
        .collect();
    let streamed = producer
        .post_raw(
            "/dashboard/profile/logo",
            content_type,
            reqwest::Body::wrap_stream(futures_util::stream::iter(chunks)),
        )
        .await;
    assert!(
        too_large(streamed.as_ref()),
        "{backend:?}: {:?}",
        streamed.as_ref().map(|p| (p.status, &p.body))
    );

    // The same body with its length declared is refused before it is read.
    let declared = producer
        .post_raw(
            "/dashboard/profile/logo",
            content_type,
            framing_only(&token, 22_000).into(),
        )
        .await;
    assert!(
        declared.as_ref().is_none_or(|page| page.status == 413),
        "{backend:?}: refused on its declared length"
    );

    app.stop().await;
}

#[backend_test]
async fn each_account_sends_only_so_many_images_and_imports_an_hour(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let producer = producer_with_profile(&app, "weaver@example.in", "Kashi Weaves").await;
    let token = token(&producer).await;
    // Counted before the file is looked at, so files that are not images count too.
    for n in 0..60 {
        let page = producer
            .post_multipart("/dashboard/profile/logo", logo_form(Some(&token), vec![b'x'; 10]))
            .await;
        assert!(!page.body.contains("in the last hour"), "upload {n}");
    }
    let over = producer
        .post_multipart("/dashboard/profile/logo", logo_form(Some(&token), vec![b'x'; 10]))
        .await;
    assert_eq!(over.status, 422, "{backend:?}");
    assert!(
        over.body.contains("You have sent 60 images in the last hour"),
        "{}",
        over.body
    );

    let csv = "title,sector,moq,moq_unit,price_min,currency,lead_time_days\n";
    let import = || {
        reqwest::multipart::Form::new()
            .text("csrf_token", token.clone())
            .part(
                "file",
                reqwest::multipart::Part::bytes(csv.as_bytes().to_vec()).file_name("products.csv"),
            )
    };
    for _ in 0..10 {
        let page = producer
            .post_multipart("/dashboard/products/import", import())
            .await;
        assert_eq!(page.status, 200, "{backend:?}: {}", page.body);
    }
    let over = producer
        .post_multipart("/dashboard/products/import", import())
        .await;
    assert_eq!(over.status, 422, "{backend:?}");
    assert!(
        over.body
            .contains("You have sent 10 import files in the last hour")
    );
    app.stop().await;
}
