//! Issue #14's time-zone cases through HTTP, on both databases: an event in
//! Europe/London across the last Sunday of March, in the fortnight when New
//! York has changed its clocks and Europe has not; a buyer in New York, a
//! producer in Kolkata (+05:30) and one in Kathmandu (+05:45). The slots
//! offered (UTC instants, with the time outside each side's hours) and the
//! times shown on both clocks are checked to the minute, before and after a
//! booking holds one of them.
//!
//! The unit tests of `schedule`, `availability` and `display` cover each
//! rule alone (a skipped or doubled local time, a quarter-hour offset, the
//! other party's date); this puts them together through the API and pages.
//!
//! The event is laid in the first spring far enough ahead for booking to be
//! open, so the dates are computed; every expected instant and offset is
//! written out.

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use odop_bazaar::accounts::{Role, User};
use odop_bazaar::enquiries::buyers::{self, BuyerProfileInput};
use odop_bazaar::meetings::events::EventInput;
use odop_bazaar::meetings::model::Participant;
use odop_bazaar::meetings::participation;
use odop_bazaar::meetings::repo;
use reqwest::Method;
use serde_json::{Value, json};

use crate::api::api;
use crate::enquiries_api::token;
use crate::harness::{Backend, TestApp};
use crate::market::{now, producer, product_id, user};
use crate::meeting_pages::signed_in;
use crate::meetings::{published_event, take_part};
use test_macros::backend_test;

/// The last Sunday of March (Europe's change to summer time) at least 40
/// days ahead; the US changed on the second Sunday, two weeks or more before.
fn europes_spring_sunday(today: NaiveDate) -> NaiveDate {
    let mut year = today.year();
    loop {
        let march_31 = NaiveDate::from_ymd_opt(year, 3, 31).unwrap();
        let sunday = march_31 - Duration::days(i64::from(march_31.weekday().num_days_from_sunday()));
        if sunday - today >= Duration::days(40) {
            return sunday;
        }
        year += 1;
    }
}

/// Friday to Monday around that Sunday in London, 09:00–14:00 in 30-minute
/// slots: 09:00–13:30 UTC starts on Friday and Saturday (GMT), 08:00–12:30
/// UTC on Sunday and Monday (BST).
fn london_event(friday: NaiveDate) -> EventInput {
    EventInput {
        title: "London spring meet".into(),
        description: "Indian producers meet North American importers in London.".into(),
        time_zone: "Europe/London".into(),
        first_day: friday.to_string(),
        days: "4".into(),
        window_start: "09:00".into(),
        window_end: "14:00".into(),
        breaks: String::new(),
        slot_minutes: "30".into(),
        gap_minutes: "0".into(),
        booking_opens: (now() - Duration::days(1)).format("%Y-%m-%dT%H:%M").to_string(),
        booking_closes: format!("{}T18:00", friday - Duration::days(1)),
        request_mode: "accept".into(),
        request_expiry_minutes: "1440".into(),
        daily_cap: "8".into(),
        approval: "automatic".into(),
        ..EventInput::default()
    }
}

/// A producer with one published listing, taking part.
async fn producer_in(
    app: &TestApp,
    slug: &str,
    email: &str,
    name: &str,
    district: &str,
) -> (User, Participant) {
    let (account, _, product_slug) = producer(app, None, email, name, district, "handloom").await;
    let place = take_part(app, &account, slug, vec![product_id(app, &product_slug)])
        .await
        .unwrap();
    (account, place)
}

/// What the API offers `token` with participant `with`: (in common, the
/// zones, and each slot as (UTC start, mine, theirs, minutes outside mine,
/// minutes outside theirs)).
type Offered = (
    bool,
    String,
    String,
    Vec<(DateTime<Utc>, String, String, i64, i64)>,
);

async fn offered(app: &TestApp, slug: &str, token: &str, with: &Participant) -> Offered {
    let reply = api(
        app,
        Method::GET,
        &format!("/api/v1/events/{slug}/slots?with={}", with.id),
        Some(token),
        None,
    )
    .await;
    assert_eq!(reply.status, 200, "{}", reply.json);
    let text = |v: &Value| v.as_str().unwrap().to_owned();
    let slots = reply.json["slots"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["starts_at"].as_str().unwrap().parse().unwrap(),
                text(&s["mine"]),
                text(&s["theirs"]),
                s["outside_my_hours_minutes"].as_i64().unwrap(),
                s["outside_their_hours_minutes"].as_i64().unwrap(),
            )
        })
        .collect();
    (
        reply.json["in_common"].as_bool().unwrap(),
        text(&reply.json["my_time_zone"]),
        text(&reply.json["their_time_zone"]),
        slots,
    )
}

#[backend_test]
async fn london_new_york_kolkata_and_kathmandu_across_the_spring_change(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let sunday = europes_spring_sunday(now().date());
    let (friday, saturday, monday) = (
        sunday - Duration::days(2),
        sunday - Duration::days(1),
        sunday + Duration::days(1),
    );
    let at = |day: NaiveDate, h: u32, m: u32| day.and_hms_opt(h, m, 0).unwrap().and_utc();
    let day = |d: NaiveDate| d.format("%a %-d %b").to_string();
    let long_day = |d: NaiveDate| d.format("%a, %-d %b %Y").to_string();

    let organiser = user(&app, Role::Organiser, "events@ukibc.example", "Business Council").await;
    let slug = published_event(&app, &organiser, london_event(friday)).await.slug;
    let (kolkata_account, kolkata) =
        producer_in(&app, &slug, "weaver@kashi.example", "Kashi Weaves", "varanasi").await;
    let (kathmandu_account, kathmandu) =
        producer_in(&app, &slug, "thangka@patan.example", "Patan Thangka", "jaipur").await;
    {
        let (account, slug) = (kathmandu_account.clone(), slug.clone());
        app.db
            .write(move |conn| {
                participation::set_hours(
                    conn,
                    &account,
                    &slug,
                    None,
                    ("10:00", "19:00"),
                    "Asia/Kathmandu",
                    now(),
                )
            })
            .await
            .unwrap();
    }
    // A buyer whose profile says New York registers: 09:00–17:00 on that clock.
    let importer = user(&app, Role::Buyer, "ana@hudson.example", "Ana Reyes").await;
    {
        let importer = importer.clone();
        let input = BuyerProfileInput {
            company: "Hudson Home Goods".into(),
            country: "US".into(),
            buyer_type: "importer".into(),
            sectors: "handloom".into(),
            time_zone: "America/New_York".into(),
            ..BuyerProfileInput::default()
        };
        app.db
            .write(move |conn| buyers::save_profile(conn, &importer, &input, now()))
            .await
            .unwrap();
    }
    let buyer = take_part(&app, &importer, &slug, vec![]).await.unwrap();
    assert_eq!(
        (
            buyer.time_zone.as_str(),
            buyer.hours_start.as_str(),
            buyer.hours_end.as_str()
        ),
        ("America/New_York", "09:00", "17:00")
    );
    let (ana, kashi) = (token(&app, &importer).await, token(&app, &kolkata_account).await);

    // New York (EDT, UTC-4) 09:00–17:00 is 13:00–21:00 UTC; Kolkata 10:00–19:00 is
    // 04:30–13:30 UTC: only 13:00–13:30 UTC is in both. London's grid has it on
    // Friday and Saturday (13:00 GMT); from Sunday the window ends at 13:00 UTC.
    let ny = |d: NaiveDate, hm: &str| format!("{}, {hm} EDT (UTC-04:00)", day(d));
    let ist = |d: NaiveDate, hm: &str| format!("{}, {hm} IST (UTC+05:30)", day(d));
    let npt = |d: NaiveDate, hm: &str| format!("{}, {hm} (UTC+05:45)", day(d));
    let both_in_common = vec![
        (at(friday, 13, 0), ny(friday, "09:00"), ist(friday, "18:30"), 0, 0),
        (
            at(saturday, 13, 0),
            ny(saturday, "09:00"),
            ist(saturday, "18:30"),
            0,
            0,
        ),
    ];
    assert_eq!(
        offered(&app, &slug, &ana, &kolkata).await,
        (
            true,
            "America/New_York".to_owned(),
            "Asia/Kolkata".to_owned(),
            both_in_common
        )
    );
    // The producer is offered the same instants on their own clock first.
    let (_, mine, theirs, slots) = offered(&app, &slug, &kashi, &buyer).await;
    assert_eq!(
        (mine.as_str(), theirs.as_str()),
        ("Asia/Kolkata", "America/New_York")
    );
    assert_eq!(
        slots,
        vec![
            (at(friday, 13, 0), ist(friday, "18:30"), ny(friday, "09:00"), 0, 0),
            (
                at(saturday, 13, 0),
                ist(saturday, "18:30"),
                ny(saturday, "09:00"),
                0,
                0
            ),
        ]
    );

    // Kathmandu 10:00–19:00 (UTC+05:45) is 04:15–13:15 UTC: nothing in common.
    // The nearest: 13:00 UTC is 15 minutes past the producer's hours, 12:30 UTC
    // half an hour before the buyer's (and on the grid every day).
    let expected_nearest = vec![
        (
            at(friday, 13, 0),
            ny(friday, "09:00"),
            npt(friday, "18:45"),
            0,
            15,
        ),
        (
            at(saturday, 13, 0),
            ny(saturday, "09:00"),
            npt(saturday, "18:45"),
            0,
            15,
        ),
        (
            at(friday, 12, 30),
            ny(friday, "08:30"),
            npt(friday, "18:15"),
            30,
            0,
        ),
        (
            at(saturday, 12, 30),
            ny(saturday, "08:30"),
            npt(saturday, "18:15"),
            30,
            0,
        ),
        (
            at(sunday, 12, 30),
            ny(sunday, "08:30"),
            npt(sunday, "18:15"),
            30,
            0,
        ),
        (
            at(monday, 12, 30),
            ny(monday, "08:30"),
            npt(monday, "18:15"),
            30,
            0,
        ),
    ];
    assert_eq!(
        offered(&app, &slug, &ana, &kathmandu).await,
        (
            false,
            "America/New_York".to_owned(),
            "Asia/Kathmandu".to_owned(),
            expected_nearest
        )
    );

    // The pages say the same on both clocks: the programme's hours a day
    // (London, then the buyer's zone) and the booking page's choices.
    let browser = signed_in(&app, &importer.email).await;
    let event_page = browser.get(&format!("/events/{slug}")).await;
    for line in [
        format!(
            "{}, 09:00–14:00 GMT (UTC+00:00) · 05:00–10:00 EDT (UTC-04:00)",
            long_day(friday)
        ),
        format!(
            "{}, 09:00–14:00 BST (UTC+01:00) · 04:00–09:00 EDT (UTC-04:00)",
            long_day(sunday)
        ),
        format!(
            "{}, 09:00–14:00 BST (UTC+01:00) · 04:00–09:00 EDT (UTC-04:00)",
            long_day(monday)
        ),
    ] {
        assert!(event_page.body.contains(&line), "{line}\n{}", event_page.body);
    }
    let booking = browser
        .get(&format!("/events/{slug}/book?with={}", kathmandu.id))
        .await;
    assert!(
        booking.body.contains(&format!(
            "{}, 09:00 EDT (UTC-04:00) · 18:45 (UTC+05:45) <small>(15 min outside theirs)</small>",
            long_day(friday)
        )),
        "{}",
        booking.body
    );
    assert!(booking.body.contains(&format!(
        "{}, 08:30 EDT (UTC-04:00) · 18:15 (UTC+05:45) <small>(30 min outside your hours)</small>",
        long_day(monday)
    )));

    // The buyer asks for Saturday's slot, written on their own clock.
    let asked = api(
        &app,
        Method::POST,
        &format!("/api/v1/events/{slug}/meetings"),
        Some(&ana),
        Some(&json!({
            "with": kolkata.id,
            "starts_at": format!("{saturday}T09:00:00-04:00"),
            "message": "Shall we talk about cotton dhurries for spring?",
        })),
    )
    .await;
    assert_eq!(asked.status, 201, "{}", asked.json);
    let meeting = {
        let id = asked.json["id"].as_str().unwrap().to_owned();
        app.db
            .read_blocking(move |conn| repo::find_meeting(conn, &id))
            .unwrap()
            .unwrap()
    };
    assert_eq!(meeting.starts_at.and_utc(), at(saturday, 13, 0));
    let agenda = |token: String| {
        let app = &app;
        async move { api(app, Method::GET, "/api/v1/me/meetings", Some(&token), None).await }
    };
    assert_eq!(
        agenda(ana.clone()).await.json["requests_sent"][0]["when"],
        format!(
            "{}, 09:00 EDT (UTC-04:00) · 18:30 IST (UTC+05:30)",
            long_day(saturday)
        )
    );
    assert_eq!(
        agenda(kashi.clone()).await.json["requests_received"][0]["when"],
        format!(
            "{}, 18:30 IST (UTC+05:30) · 09:00 EDT (UTC-04:00)",
            long_day(saturday)
        )
    );

    // Saturday 13:00 UTC is now held for the buyer: gone for both producers.
    assert_eq!(
        offered(&app, &slug, &ana, &kolkata).await.3,
        vec![(at(friday, 13, 0), ny(friday, "09:00"), ist(friday, "18:30"), 0, 0)]
    );
    let (_, _, _, nearest) = offered(&app, &slug, &ana, &kathmandu).await;
    let starts: Vec<DateTime<Utc>> = nearest.iter().map(|s| s.0).collect();
    assert_eq!(
        starts,
        vec![
            at(friday, 13, 0),
            at(friday, 12, 30),
            at(saturday, 12, 30),
            at(sunday, 12, 30),
            at(monday, 12, 30),
            // 09:30 EDT, 45 minutes past 19:00 in Kathmandu.
            at(friday, 13, 30),
        ]
    );
    assert_eq!((nearest[5].3, nearest[5].4), (0, 45));
    app.run_pending_jobs().await;
    app.stop().await;
}
