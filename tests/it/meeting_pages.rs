//! Buyer-seller meets through the web pages, on both databases: an organiser
//! creates and publishes an event, a producer applies and a buyer registers,
//! the organiser approves both, the buyer books a slot shown in both zones,
//! and the producer accepts from the confirmation page the e-mail links to —
//! opening that page changes nothing.

use chrono::{Duration, NaiveDateTime};
use odop_bazaar::accounts::Role;
use odop_bazaar::catalogue::repo as catalogue_repo;
use odop_bazaar::meetings::model::{Meeting, MeetingStatus, Participant};
use odop_bazaar::meetings::repo;

use crate::browser::{Browser, Page, link_in};
use crate::catalogue::app_with_mail;
use crate::harness::{Backend, TestApp};
use crate::market::{PASSWORD, buyer, now, producer, user};
use test_macros::backend_test;

pub async fn signed_in(app: &TestApp, email: &str) -> Browser {
    let browser = Browser::new(app);
    assert_eq!(browser.sign_in(email, PASSWORD).await.status, 303);
    crate::two_factor::give_second_factor_if_asked(&browser).await;
    browser
}

fn event_fields(today: NaiveDateTime) -> Vec<(&'static str, String)> {
    let first_day = today.date() + Duration::days(30);
    vec![
        ("title", "Silk and stoles meet".into()),
        (
            "description",
            "Producers of handloom silk meet importers from the Netherlands.".into(),
        ),
        ("time_zone", "Asia/Kolkata".into()),
        ("first_day", first_day.to_string()),
        ("days", "1".into()),
        ("window_start", "14:00".into()),
        ("window_end", "16:00".into()),
        ("breaks", String::new()),
        ("slot_minutes", "30".into()),
        ("gap_minutes", "0".into()),
        (
            "booking_opens",
            (today - Duration::days(1)).format("%Y-%m-%dT%H:%M").to_string(),
        ),
        (
            "booking_closes",
            format!("{}T12:00", first_day - Duration::days(1)),
        ),
        ("request_mode", "accept".into()),
        ("request_expiry_minutes", "2880".into()),
        ("daily_cap", "6".into()),
        ("approval", "organiser".into()),
        ("sectors", "handloom".into()),
        ("producer_capacity", "40".into()),
        (
            "co_hosts",
            "Embassy of India, The Hague https://www.indianembassynetherlands.gov.in".into(),
        ),
    ]
}

fn borrowed<'a>(fields: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    fields.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

fn participant(app: &TestApp, slug: &str, email: &str) -> Participant {
    let (slug, email) = (slug.to_owned(), email.to_owned());
    app.db
        .read_blocking(move |conn| {
            let event = repo::event_by_slug(conn, &slug)?.unwrap();
            let user = odop_bazaar::accounts::repo::find_user_by_email(conn, &email)?.unwrap();
            repo::participant_of(conn, &event.id, &user.id)
        })
        .unwrap()
        .unwrap()
}

fn meeting(app: &TestApp, id: &str) -> Meeting {
    let id = id.to_owned();
    app.db
        .read_blocking(move |conn| repo::find_meeting(conn, &id))
        .unwrap()
        .unwrap()
}

fn slot_values(page: &Page) -> Vec<String> {
    page.body
        .match_indices("name=\"starts_at\" value=\"")
        .map(|(at, marker)| {
            page.body[at + marker.len()..]
                .chars()
                .take_while(|c| *c != '"')
                .collect()
        })
        .collect()
}

#[backend_test]
async fn a_meet_is_organised_booked_and_accepted_through_the_pages(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    user(&app, Role::Organiser, "council@epch.example", "Export Council").await;
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
    buyer(&app, "someone@else.example").await;
    let product_id = {
        let slug = product_slug.clone();
        app.db
            .read_blocking(move |conn| catalogue_repo::product_by_slug(conn, &slug))
            .unwrap()
            .unwrap()
            .id
            .to_string()
    };
    let organiser = signed_in(&app, "council@epch.example").await;

    // The form names the field it cannot take; a good one saves a draft.
    let mut fields = event_fields(now());
    fields[2].1 = "Mars/Olympus".into();
    fields[18].1 = "The embassy, without its address".into();
    let refused = organiser
        .submit("/dashboard/events/new", "/dashboard/events", &borrowed(&fields))
        .await;
    assert_eq!(refused.status, 422);
    assert!(
        refused.body.contains("is not a time zone we know") && refused.body.contains("then its web address"),
        "{}",
        refused.body
    );
    let fields = event_fields(now());
    let created = organiser
        .submit("/dashboard/events/new", "/dashboard/events", &borrowed(&fields))
        .await;
    assert_eq!(created.status, 303, "{}", created.body);
    let manage = created.location().to_owned();
    let slug = manage.trim_start_matches("/dashboard/events/").to_owned();
    assert_eq!(
        Browser::new(&app).get(&format!("/events/{slug}")).await.status,
        404,
        "a draft is not public"
    );
    let published = organiser.submit(&manage, &format!("{manage}/publish"), &[]).await;
    assert_eq!(published.status, 303);

    // Public: listed, with the programme and the next step for a visitor.
    let (status, list) = app.page("/events").await;
    assert_eq!(status, 200);
    assert!(list.contains("Silk and stoles meet"));
    let (_, public) = app.page(&format!("/events/{slug}")).await;
    assert!(public.contains("Sign in</a> or"), "{public}");
    assert!(
        public.contains(">Embassy of India, The Hague</a>") && public.contains("0 of 40 places taken"),
        "{public}"
    );

    // The producer applies with a listing, the buyer registers; the organiser approves.
    let seller = signed_in(&app, &weaver.email).await;
    let event_path = format!("/events/{slug}");
    let apply = seller
        .submit(
            &event_path,
            &format!("{event_path}/participation"),
            &[
                ("products", &product_id),
                ("pitch", "Pit-loom katan silk from Varanasi."),
            ],
        )
        .await;
    assert_eq!(apply.status, 303, "{}", apply.body);
    let visitor = signed_in(&app, &importer.email).await;
    let register = visitor
        .submit(
            &event_path,
            &format!("{event_path}/participation"),
            &[("pitch", "Silk stoles for shops in the Netherlands.")],
        )
        .await;
    assert_eq!(register.status, 303, "{}", register.body);
    for email in [&weaver.email, &importer.email] {
        let p = participant(&app, &slug, email);
        let decided = organiser
            .submit(
                &manage,
                &format!("{manage}/participants/{}", p.id),
                &[("decision", "approve")],
            )
            .await;
        assert_eq!(decided.status, 303, "{}", decided.body);
    }
    let (_, public) = app.page(&event_path).await;
    assert!(
        public.contains("Kashi Weaves") && public.contains(&product_slug),
        "{public}"
    );

    // The buyer sees the producer's free times on both clocks and asks for the first.
    let seller_id = participant(&app, &slug, &weaver.email).id;
    let book = format!("{event_path}/book?with={seller_id}");
    let booking = visitor.get(&book).await;
    assert_eq!(booking.status, 200, "{}", booking.body);
    assert!(
        booking.body.contains("CET (UTC+01:00) · 14:00 IST (UTC+05:30)"),
        "{}",
        booking.body
    );
    let slots = slot_values(&booking);
    assert_eq!(slots.len(), 4, "14:00 to 16:00 in 30-minute meetings");
    let off_grid = visitor
        .submit(
            &book,
            &format!("{event_path}/meetings"),
            &[
                ("with", seller_id.as_str()),
                ("starts_at", "2001-01-01T00:00:00+00:00"),
                ("message", "Hello"),
            ],
        )
        .await;
    assert_eq!(off_grid.status, 422);
    assert!(
        off_grid.body.contains("not on the event&#x27;s programme")
            || off_grid.body.contains("not on the event's programme"),
        "{}",
        off_grid.body
    );
    let asked = visitor
        .submit(
            &book,
            &format!("{event_path}/meetings"),
            &[
                ("with", seller_id.as_str()),
                ("starts_at", &slots[0]),
                ("message", "Shall we talk about stoles?"),
            ],
        )
        .await;
    assert_eq!(
        (asked.status, asked.location()),
        (303, "/dashboard/meetings"),
        "{}",
        asked.body
    );
    assert_eq!(
        slot_values(&visitor.get(&book).await).len(),
        3,
        "the asked time is held"
    );

    // The e-mail's link opens a confirmation page, which decides nothing.
    app.run_pending_jobs().await;
    let request_mail = smtp
        .messages()
        .into_iter()
        .find(|m| m.to == weaver.email && m.subject.contains("asks for a meeting"))
        .unwrap();
    let confirm = link_in(
        request_mail.text.as_deref().unwrap(),
        &format!("{}/dashboard/meetings/", app.address),
    );
    let meeting_id = confirm
        .trim_start_matches(&format!("{}/dashboard/meetings/", app.address))
        .trim_end_matches("/accept")
        .to_owned();
    let page = seller.get(&confirm).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Accept this meeting?"));
    assert_eq!(meeting(&app, &meeting_id).status, MeetingStatus::Requested);
    assert_eq!(
        Browser::new(&app).get(&confirm).await.status,
        303,
        "anonymous: sign in first"
    );
    let stranger = signed_in(&app, "someone@else.example").await;
    assert_eq!(stranger.get(&confirm).await.status, 404);
    let agenda = seller.get("/dashboard/meetings").await;
    assert!(
        agenda.body.contains("Tulip Trading BV") && agenda.body.contains("IST (UTC+05:30) · "),
        "{}",
        agenda.body
    );

    // The buyer cannot accept for the producer; the producer accepts by POST.
    let path = format!("/dashboard/meetings/{meeting_id}/accept");
    assert_eq!(
        visitor.submit("/dashboard/meetings", &path, &[]).await.status,
        409
    );
    let accepted = seller.submit(&path, &path, &[]).await;
    assert_eq!(accepted.status, 303);
    assert_eq!(meeting(&app, &meeting_id).status, MeetingStatus::Accepted);
    assert_eq!(
        seller.submit(&path, &path, &[]).await.status,
        409,
        "a second acceptance"
    );

    app.run_pending_jobs().await;
    let mail = smtp.messages();
    for email in [&weaver.email, &importer.email] {
        assert!(
            mail.iter().any(|m| &m.to == email
                && m.subject.contains("Meeting confirmed")
                && m.raw.contains("METHOD:REQUEST")),
            "{email} got no invitation"
        );
    }

    // The directory filters: the producer is not verified.
    let filtered = visitor.get(&format!("{event_path}/book?verified=on")).await;
    assert!(filtered.body.contains("0 of 1 shown"), "{}", filtered.body);

    // The producer blocks a time: the buyer is no longer offered it.
    let hours = format!("{event_path}/availability");
    let own_hours = seller.get(&hours).await;
    assert_eq!(own_hours.status, 200);
    assert!(
        own_hours.body.contains("14:30 IST (UTC+05:30)"),
        "{}",
        own_hours.body
    );
    let blocked = seller
        .submit(&hours, &format!("{hours}/block"), &[("starts_at", &slots[3])])
        .await;
    assert_eq!(blocked.status, 303);
    assert_eq!(slot_values(&visitor.get(&book).await).len(), 2);
    let bad_zone = seller
        .submit(
            &hours,
            &hours,
            &[
                ("day", ""),
                ("time_zone", "Asia/Atlantis"),
                ("hours_start", "10:00"),
                ("hours_end", "19:00"),
            ],
        )
        .await;
    assert_eq!(bad_zone.status, 422);
    assert!(
        bad_zone.body.contains("is not a time zone we know"),
        "{}",
        bad_zone.body
    );

    // The buyer proposes another time; the meeting keeps its own until the
    // producer takes the new one on the confirmation page.
    let meeting_page = format!("/dashboard/meetings/{meeting_id}");
    let propose = format!("{meeting_page}/propose");
    let offered = visitor.get(&propose).await;
    assert_eq!(slot_values(&offered), vec![slots[1].clone(), slots[2].clone()]);
    let proposed = visitor
        .submit(&propose, &propose, &[("starts_at", &slots[2])])
        .await;
    assert_eq!(
        (proposed.status, proposed.location()),
        (303, meeting_page.as_str())
    );
    assert_eq!(
        meeting(&app, &meeting_id).starts_at.and_utc().to_rfc3339(),
        slots[0]
    );
    assert!(
        seller
            .get(&meeting_page)
            .await
            .body
            .contains("waiting for your answer"),
        "the producer sees the proposal"
    );
    let take = format!("{meeting_page}/accept-move");
    assert!(seller.get(&take).await.body.contains("Move this meeting?"));
    assert_eq!(seller.submit(&take, &take, &[]).await.status, 303);
    let moved = meeting(&app, &meeting_id);
    assert_eq!(
        (moved.starts_at.and_utc().to_rfc3339(), moved.sequence),
        (slots[2].clone(), 1)
    );

    // The meeting's page opens its video room ten minutes before the start.
    let page = seller.get(&meeting_page).await;
    assert!(
        page.body.contains("appears here 10 minutes before") && !page.body.contains("Join the meeting"),
        "{}",
        page.body
    );
    assert_eq!(stranger.get(&meeting_page).await.status, 404);
    app.clock.advance(moved.starts_at - now() - Duration::minutes(5));
    // A month on, the old session has timed out: the producer signs in again.
    let seller = signed_in(&app, &weaver.email).await;
    let page = seller.get(&meeting_page).await;
    let room = moved.video_url.unwrap();
    let room_name = room.rsplit('/').next().unwrap();
    assert!(
        page.body.contains(&format!(
            "{room_name}\" rel=\"noopener\" target=\"_blank\">Join the meeting"
        )),
        "{}",
        page.body
    );
    app.run_pending_jobs().await;
    let mail = smtp.messages();
    assert!(
        mail.iter()
            .any(|m| m.to == weaver.email && m.subject.contains("proposes another time"))
    );
    for email in [&weaver.email, &importer.email] {
        assert!(
            mail.iter()
                .any(|m| &m.to == email && m.subject.starts_with("Meeting moved"))
        );
    }
    app.stop().await;
}
