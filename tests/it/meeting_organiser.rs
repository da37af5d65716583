//! What an event's organisers add beside the programme, through the pages:
//! a banner photo (refused when it is not a picture), and a meeting's own
//! video link, which both sides receive as the same calendar entry updated.
//! Another organiser reaches none of it.

use odop_bazaar::accounts::{Role, User};
use odop_bazaar::catalogue::repo as catalogue_repo;
use odop_bazaar::meetings::banner;
use odop_bazaar::meetings::model::{Event, Meeting};
use odop_bazaar::meetings::repo;

use crate::browser::{Browser, Page};
use crate::catalogue::app_with_mail;
use crate::harness::{Backend, TestApp};
use crate::market::{PASSWORD, buyer, now, producer, user};
use crate::meetings::{
    accept, answer, common, decide, event_input, invitation, mail_to, pair, published_event, request,
    take_part,
};
use test_macros::backend_test;

async fn signed_in(app: &TestApp, email: &str) -> Browser {
    let browser = Browser::new(app);
    assert_eq!(browser.sign_in(email, PASSWORD).await.status, 303);
    crate::two_factor::give_second_factor_if_asked(&browser).await;
    browser
}

/// A wide PNG: a turmeric band across indigo.
fn png_banner(width: u32, height: u32) -> Vec<u8> {
    let image = image::RgbImage::from_fn(width, height, |_, y| {
        if y > height / 3 && y < 2 * height / 3 {
            image::Rgb([227, 160, 8])
        } else {
            image::Rgb([31, 42, 90])
        }
    });
    let mut bytes = std::io::Cursor::new(Vec::new());
    image.write_to(&mut bytes, image::ImageFormat::Png).unwrap();
    bytes.into_inner()
}

async fn upload_banner(browser: &Browser, slug: &str, bytes: Vec<u8>, name: &str) -> Page {
    let page = format!("/dashboard/events/{slug}");
    let token = browser.get(&page).await.csrf_token();
    let form = reqwest::multipart::Form::new().text("csrf_token", token).part(
        "banner",
        reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned()),
    );
    browser.post_multipart(&format!("{page}/banner"), form).await
}

fn banner_hash(app: &TestApp, event: &Event) -> Option<String> {
    let id = event.id.clone();
    app.db
        .read_blocking(move |conn| banner::banner_of(conn, &id))
        .unwrap()
        .map(|b| b.hash)
}

fn reloaded(app: &TestApp, meeting: &Meeting) -> Meeting {
    let id = meeting.id.to_string();
    app.db
        .read_blocking(move |conn| repo::find_meeting(conn, &id))
        .unwrap()
        .unwrap()
}

/// A published event with a producer and a buyer approved, and a meeting
/// the buyer asked for and the producer accepted.
async fn accepted_meeting(app: &TestApp, council: &User) -> (Event, Meeting, User, User) {
    let (weaver, _, product_slug) = producer(
        app,
        None,
        "weaver@kashi.example",
        "Kashi Weaves",
        "varanasi",
        "handloom",
    )
    .await;
    let importer = buyer(app, "jan@tulip.example").await;
    let product = app
        .db
        .read_blocking(move |conn| catalogue_repo::product_by_slug(conn, &product_slug))
        .unwrap()
        .unwrap();
    let event = published_event(app, council, event_input("Silk and stoles meet", now())).await;
    let seller = take_part(app, &weaver, &event.slug, vec![product.id.to_string()])
        .await
        .unwrap();
    let guest = take_part(app, &importer, &event.slug, Vec::new()).await.unwrap();
    for participant in [&seller, &guest] {
        decide(app, council, &event.slug, participant, true)
            .await
            .unwrap();
    }
    let slots = common(&pair(app, &importer, &event.slug, &seller, now()).await);
    let requested = request(app, &importer, &event.slug, &seller, &slots[0])
        .await
        .unwrap();
    let accepted = answer(app, &weaver, &requested, accept).await.unwrap();
    (event, accepted, weaver, importer)
}

#[backend_test]
async fn an_organiser_gives_the_event_a_banner_and_a_meeting_its_own_video_link(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    let council = user(&app, Role::Organiser, "council@epch.example", "Export Council").await;
    user(&app, Role::Organiser, "desk@mission.example", "Another Mission").await;
    let (event, meeting, weaver, importer) = accepted_meeting(&app, &council).await;
    let slug = event.slug.clone();
    let organiser = signed_in(&app, "council@epch.example").await;
    let stranger = signed_in(&app, "desk@mission.example").await;

    // A file that is not a picture is refused beside the field; nothing changes.
    let refused = upload_banner(&organiser, &slug, b"not a picture".to_vec(), "banner.png").await;
    assert_eq!(refused.status, 422, "{backend:?}");
    assert!(
        refused.body.contains("The banner was not changed"),
        "{}",
        refused.body
    );
    assert!(refused.body.contains("id=\"banner-error\""), "{}", refused.body);
    assert_eq!(banner_hash(&app, &event), None);

    // Another organiser cannot give this event a banner.
    let foreign = upload_banner(&stranger, &slug, png_banner(1500, 500), "banner.png").await;
    assert_eq!(foreign.status, 404, "{backend:?}");

    // A picture becomes the banner of the event's page and its card in the list.
    let saved = upload_banner(&organiser, &slug, png_banner(1500, 500), "banner.png").await;
    assert_eq!(saved.status, 303, "{backend:?}: {}", saved.body);
    let hash = banner_hash(&app, &event).expect("the banner is saved");
    let variant = format!("/media/{}/{}-", &hash[..2], &hash[2..]);
    let public = Browser::new(&app);
    for path in [format!("/events/{slug}"), "/events".to_owned()] {
        let page = public.get(&path).await;
        assert!(
            page.body.contains(&variant),
            "{path} shows no banner:\n{}",
            page.body
        );
    }
    assert_eq!(public.get(&format!("{variant}800.jpg")).await.status, 200);

    // Removing it deletes its files, which nothing else shows.
    let removed = organiser
        .submit(
            &format!("/dashboard/events/{slug}"),
            &format!("/dashboard/events/{slug}/banner/delete"),
            &[],
        )
        .await;
    assert_eq!(removed.status, 303);
    assert_eq!(banner_hash(&app, &event), None);
    assert!(
        !public
            .get(&format!("/events/{slug}"))
            .await
            .body
            .contains(&variant)
    );
    assert_eq!(public.get(&format!("{variant}800.jpg")).await.status, 404);

    // The organiser's list of the day's meetings names both sides and their clocks.
    let meetings = format!("/dashboard/events/{slug}/meetings");
    let list = organiser.get(&meetings).await;
    assert_eq!(list.status, 200);
    for text in [
        "Tulip Trading BV and Kashi Weaves",
        "Accepted",
        "IST (UTC+05:30)",
        "meet.jit.si",
    ] {
        assert!(list.body.contains(text), "{text} missing from\n{}", list.body);
    }
    assert_eq!(stranger.get(&meetings).await.status, 404);

    // A link that is not https is refused beside its field, what was typed kept.
    let action = format!("{meetings}/{}/video", meeting.id);
    let bad = organiser
        .submit(&meetings, &action, &[("video_url", "http://zoom.example/j/42")])
        .await;
    assert_eq!(bad.status, 422, "{backend:?}");
    assert!(
        bad.body
            .contains("Paste the meeting&#x27;s https:&#x2F;&#x2F; address"),
        "{}",
        bad.body
    );
    assert!(
        bad.body
            .contains("value=\"http:&#x2F;&#x2F;zoom.example&#x2F;j&#x2F;42\""),
        "{}",
        bad.body
    );
    assert_eq!(reloaded(&app, &meeting).video_url, meeting.video_url);
    let foreign = stranger
        .submit(
            "/dashboard",
            &action,
            &[("video_url", "https://zoom.example/j/1")],
        )
        .await;
    assert_eq!(foreign.status, 404, "{backend:?}");
    assert_eq!(reloaded(&app, &meeting).sequence, meeting.sequence);

    // A pasted link goes into the meeting and both calendars: same UID, SEQUENCE + 1.
    let link = "https://zoom.example/j/8123456789?pwd=silk";
    let moved = organiser.submit(&meetings, &action, &[("video_url", link)]).await;
    assert_eq!(moved.status, 303, "{}", moved.body);
    let now_held = reloaded(&app, &meeting);
    assert_eq!(now_held.video_url.as_deref(), Some(link));
    assert_eq!(now_held.sequence, meeting.sequence + 1);
    app.run_pending_jobs().await;
    let mail = smtp.messages();
    for person in [&weaver, &importer] {
        let updated = mail_to(&mail, &person.email, "New video room");
        assert_eq!(updated.len(), 1, "{}", person.email);
        let ics = invitation(updated[0]);
        let sequence = format!("SEQUENCE:{}", meeting.sequence + 1);
        for line in [
            "METHOD:REQUEST",
            &format!("UID:{}", meeting.uid),
            &sequence,
            "zoom.example/j/8123456789",
        ] {
            assert!(ics.contains(line), "{line} missing from\n{ics}");
        }
    }
    let seen = signed_in(&app, &importer.email)
        .await
        .get(&format!("/dashboard/meetings/{}", meeting.id))
        .await;
    assert!(seen.body.contains("zoom.example"), "{}", seen.body);

    app.stop().await;
}
