//! Buyer-seller meets through `/api/v1` with API tokens, on both databases:
//! an event created with RFC 3339 booking times and published, a producer
//! and a buyer taking part, a pair's slots on both clocks, a request, its
//! acceptance and cancellation with the calendar entry following, and the
//! refusals the pages make, as problem documents.

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, Utc};
use icalendar::{Calendar, CalendarComponent, Component, EventStatus};
use odop_bazaar::accounts::Role;
use odop_bazaar::catalogue::repo as catalogue_repo;
use odop_bazaar::meetings::repo;
use reqwest::Method;
use serde_json::{Value, json};

use crate::api::{Reply, api};
use crate::catalogue::app_with_mail;
use crate::enquiries_api::token;
use crate::harness::{Backend, TestApp};
use crate::market::{buyer, now, producer, user};
use test_macros::backend_test;

/// The people of a meet, each with an API token.
struct Meet {
    slug: String,
    first_day: NaiveDate,
    organiser: String,
    weaver: String,
    importer: String,
    /// Kashi Weaves' published listing.
    product_id: String,
}

/// An event in India's zone 30 days ahead, 14:00–18:00 with a break at
/// 16:00, booking sent as instants: open since yesterday (written at
/// UTC+01:00) and closing at 12:30 UTC the day before, 18:00 in India.
fn event_fields(opens: DateTime<Utc>, first_day: NaiveDate) -> Value {
    let opens = opens.with_timezone(&FixedOffset::east_opt(3600).unwrap());
    json!({
        "title": "Silk and stoles meet",
        "description": "Handloom producers meet importers from Europe and Japan.",
        "time_zone": "Asia/Kolkata",
        "first_day": first_day.to_string(),
        "days": 2,
        "window_start": "14:00",
        "window_end": "18:00",
        "breaks": "16:00-16:30",
        "slot_minutes": 20,
        "gap_minutes": 10,
        "booking_opens": opens.format("%Y-%m-%dT%H:%M:00%:z").to_string(),
        "booking_closes": format!("{}T12:30:00Z", first_day - Duration::days(1)),
        "request_mode": "accept",
        "request_expiry_minutes": 1440,
        "daily_cap": 8,
        "approval": "organiser",
    })
}

fn field_names(reply: &Reply) -> Vec<&str> {
    assert!(
        reply.content_type.starts_with("application/problem+json"),
        "{}: {}",
        reply.status,
        reply.json
    );
    reply.json["errors"]
        .as_object()
        .map(|errors| errors.keys().map(String::as_str).collect())
        .unwrap_or_default()
}

/// A published event of `organiser`, created by API; the creation's
/// answer shows the booking times on the event's clock.
async fn published_event(app: &TestApp, organiser: &str) -> (String, NaiveDate) {
    let first_day = now().date() + Duration::days(30);
    let opens = (now() - Duration::days(1)).and_utc();
    let fields = event_fields(opens, first_day);
    let created = api(
        app,
        Method::POST,
        "/api/v1/events",
        Some(organiser),
        Some(&fields),
    )
    .await;
    assert_eq!(created.status, 201, "{}", created.json);
    let slug = created.json["slug"].as_str().unwrap().to_owned();
    assert_eq!(
        created.headers["location"],
        format!("/api/v1/events/{slug}").as_str()
    );
    assert_eq!(created.json["phase"], "draft");
    let settings = &created.json["settings"];
    assert_eq!(
        settings["booking_closes"],
        format!("{}T18:00", first_day - Duration::days(1)),
        "12:30 UTC is 18:00 in India"
    );
    let opens_in_india = opens.with_timezone(&chrono_tz::Asia::Kolkata);
    assert_eq!(
        settings["booking_opens"],
        opens_in_india.format("%Y-%m-%dT%H:%M").to_string()
    );
    assert_eq!(
        created.json["booking_closes_at"],
        format!("{}T12:30:00Z", first_day - Duration::days(1))
    );

    let published = api(
        app,
        Method::POST,
        &format!("/api/v1/events/{slug}/publish"),
        Some(organiser),
        None,
    )
    .await;
    assert_eq!(published.status, 200, "{}", published.json);
    assert_eq!(published.json["phase"], "booking_open");
    (slug, first_day)
}

/// An organiser's published event, Kashi Weaves and a Dutch importer, each
/// with a token.
async fn meet(app: &TestApp) -> Meet {
    let organiser = user(app, Role::Organiser, "council@epch.example", "Export Council").await;
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
    let product_id = app
        .db
        .read_blocking(move |conn| catalogue_repo::product_by_slug(conn, &product_slug))
        .unwrap()
        .unwrap()
        .id
        .to_string();
    let organiser_token = token(app, &organiser).await;
    let (slug, first_day) = published_event(app, &organiser_token).await;
    Meet {
        slug,
        first_day,
        organiser: organiser_token,
        weaver: token(app, &weaver).await,
        importer: token(app, &importer).await,
        product_id,
    }
}

/// `token`'s participation, approved by the organiser; its participant id.
async fn approved(app: &TestApp, meet: &Meet, token: &str, application: Value) -> String {
    let slug = &meet.slug;
    let applied = api(
        app,
        Method::POST,
        &format!("/api/v1/events/{slug}/participation"),
        Some(token),
        Some(&application),
    )
    .await;
    assert_eq!(applied.status, 201, "{}", applied.json);
    assert_eq!(
        applied.headers["location"],
        format!("/api/v1/events/{slug}/participation").as_str()
    );
    assert_eq!(applied.json["status"], "pending");
    let id = applied.json["id"].as_str().unwrap().to_owned();
    let decided = api(
        app,
        Method::POST,
        &format!("/api/v1/events/{slug}/participants/{id}/approve"),
        Some(&meet.organiser),
        None,
    )
    .await;
    assert_eq!(decided.status, 200, "{}", decided.json);
    assert_eq!(decided.json["status"], "approved");
    id
}

async fn calendar(app: &TestApp, meeting: &str, token: &str) -> (u16, String, String) {
    let response = app
        .client
        .get(app.url(&format!("/api/v1/meetings/{meeting}/invite.ics")))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let content_type = response.headers()["content-type"].to_str().unwrap().to_owned();
    (status, content_type, response.text().await.unwrap())
}

/// The one event of an invitation, with the calendar's METHOD.
fn invitation(ics: &str) -> (String, icalendar::Event) {
    let calendar: Calendar = ics.parse().unwrap_or_else(|e| panic!("{e}\n{ics}"));
    let method = calendar.property_value("METHOD").unwrap_or_default().to_owned();
    let event = calendar
        .components
        .into_iter()
        .find_map(|c| match c {
            CalendarComponent::Event(event) => Some(event),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no event in\n{ics}"));
    (method, event)
}

fn day_label(day: NaiveDate) -> String {
    day.format("%a %-d %b").to_string()
}

#[backend_test]
async fn a_meet_is_booked_accepted_and_cancelled_through_the_api(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    let meet = meet(&app).await;
    let slug = meet.slug.clone();
    let stranger = token(&app, &buyer(&app, "eve@other.example").await).await;

    let listed = api(&app, Method::GET, "/api/v1/events", None, None).await;
    assert_eq!(listed.json["events"][0]["slug"], slug.as_str(), "{backend:?}");

    let seller = approved(
        &app,
        &meet,
        &meet.weaver,
        json!({ "pitch": "Handwoven Banarasi silk from our own looms.", "products": [meet.product_id] }),
    )
    .await;
    let visitor = approved(
        &app,
        &meet,
        &meet.importer,
        json!({ "pitch": "Silk stoles for shops in the Netherlands and Japan." }),
    )
    .await;

    // An approved producer sees the approved buyers, whom they can meet.
    let others = api(
        &app,
        Method::GET,
        &format!("/api/v1/events/{slug}/participants"),
        Some(&meet.weaver),
        None,
    )
    .await;
    assert_eq!(others.status, 200, "{}", others.json);
    let others = others.json["participants"].as_array().unwrap().clone();
    assert_eq!(others.len(), 1, "{others:?}");
    assert_eq!(others[0]["id"], visitor.as_str());
    assert_eq!(others[0]["name"], "Tulip Trading BV");

    // Hours the buyer keeps on a Tokyo clock: none in common with the producer's
    // 10:00–19:00 in India, so the nearest are offered, saying how far outside.
    let hours = |day1: (&str, &str), day2: (&str, &str)| {
        json!({ "time_zone": "Asia/Tokyo", "days": [
            { "date": meet.first_day.to_string(), "start": day1.0, "end": day1.1 },
            { "date": (meet.first_day + Duration::days(1)).to_string(), "start": day2.0, "end": day2.1 },
        ]})
    };
    let availability = format!("/api/v1/events/{slug}/availability");
    let set = api(
        &app,
        Method::PUT,
        &availability,
        Some(&meet.importer),
        Some(&hours(("06:00", "07:00"), ("06:00", "07:00"))),
    )
    .await;
    assert_eq!(set.status, 200, "{}", set.json);
    assert_eq!(set.json["time_zone"], "Asia/Tokyo");
    let slots_path = format!("/api/v1/events/{slug}/slots?with={seller}");
    let nearest = api(&app, Method::GET, &slots_path, Some(&meet.importer), None).await;
    assert_eq!(nearest.status, 200, "{}", nearest.json);
    assert_eq!(nearest.json["in_common"], false);
    assert!(nearest.json["note"].is_string(), "{}", nearest.json);
    let first = &nearest.json["slots"][0];
    assert!(first["outside_my_hours_minutes"].as_i64().unwrap() > 0, "{first}");
    assert_eq!(first["outside_their_hours_minutes"], 0, "{first}");

    // 17:30–20:00 and 18:00–19:00 in Tokyo are 14:00–16:30 and 14:30–15:30 in India:
    // four slots (16:00 is a break) and two.
    api(
        &app,
        Method::PUT,
        &availability,
        Some(&meet.importer),
        Some(&hours(("17:30", "20:00"), ("18:00", "19:00"))),
    )
    .await;
    let offered = api(&app, Method::GET, &slots_path, Some(&meet.importer), None).await;
    assert_eq!(offered.json["in_common"], true, "{}", offered.json);
    assert!(offered.json.get("note").is_none());
    assert_eq!(offered.json["with"]["name"], "Kashi Weaves");
    let slots = offered.json["slots"].as_array().unwrap();
    assert_eq!(slots.len(), 6, "{backend:?}: {slots:?}");
    let day = day_label(meet.first_day);
    assert_eq!(slots[0]["starts_at"], format!("{}T08:30:00Z", meet.first_day));
    assert_eq!(slots[0]["ends_at"], format!("{}T08:50:00Z", meet.first_day));
    assert_eq!(slots[0]["mine"], format!("{day}, 17:30 JST (UTC+09:00)"));
    assert_eq!(slots[0]["theirs"], format!("{day}, 14:00 IST (UTC+05:30)"));
    let starts_at = slots[0]["starts_at"].as_str().unwrap().to_owned();
    let later = slots[1]["starts_at"].as_str().unwrap().to_owned();

    // A time off the grid is refused by name; the slot offered is requested.
    let request = |starts_at: &str| {
        json!({
            "with": seller,
            "starts_at": starts_at,
            "message": "We import silk stoles; shall we talk about your range?",
            "products": [meet.product_id],
        })
    };
    let meetings = format!("/api/v1/events/{slug}/meetings");
    let off_grid = api(
        &app,
        Method::POST,
        &meetings,
        Some(&meet.importer),
        Some(&request(&format!("{}T08:35:00Z", meet.first_day))),
    )
    .await;
    assert_eq!(off_grid.status, 422, "{}", off_grid.json);
    assert_eq!(field_names(&off_grid), ["starts_at"]);
    let requested = api(
        &app,
        Method::POST,
        &meetings,
        Some(&meet.importer),
        Some(&request(&starts_at)),
    )
    .await;
    assert_eq!(requested.status, 201, "{}", requested.json);
    let id = requested.json["id"].as_str().unwrap().to_owned();
    assert_eq!(
        requested.headers["location"],
        format!("/api/v1/meetings/{id}").as_str()
    );
    assert_eq!(requested.json["status"], "requested");
    assert_eq!(
        requested.json["products"][0]["title"],
        "Kashi Weaves signature weave"
    );
    let stored = {
        let id = id.clone();
        app.db
            .read_blocking(move |conn| repo::find_meeting(conn, &id))
            .unwrap()
            .unwrap()
    };
    assert_eq!(stored.product_ids, meet.product_id);

    // The buyer cannot accept for the producer; there is no invitation yet.
    let meeting = format!("/api/v1/meetings/{id}");
    let own = api(
        &app,
        Method::POST,
        &format!("{meeting}/accept"),
        Some(&meet.importer),
        None,
    )
    .await;
    assert_eq!(own.status, 409, "{}", own.json);
    assert_eq!(own.json["detail"], "The other side answers this request.");
    assert_eq!(calendar(&app, &id, &meet.importer).await.0, 409);

    let mine = api(&app, Method::GET, "/api/v1/me/meetings", Some(&meet.weaver), None).await;
    assert_eq!(
        mine.json["requests_received"][0]["id"],
        id.as_str(),
        "{}",
        mine.json
    );
    let theirs = api(
        &app,
        Method::GET,
        "/api/v1/me/meetings",
        Some(&meet.importer),
        None,
    )
    .await;
    assert_eq!(
        theirs.json["requests_sent"][0]["id"],
        id.as_str(),
        "{}",
        theirs.json
    );

    // Accepted once; a second acceptance is a conflict.
    let accepted = api(
        &app,
        Method::POST,
        &format!("{meeting}/accept"),
        Some(&meet.weaver),
        None,
    )
    .await;
    assert_eq!(accepted.status, 200, "{}", accepted.json);
    assert_eq!(accepted.json["status"], "accepted");
    let again = api(
        &app,
        Method::POST,
        &format!("{meeting}/accept"),
        Some(&meet.weaver),
        None,
    )
    .await;
    assert_eq!(again.status, 409, "{}", again.json);

    let date = meet.first_day.format("%a, %-d %b %Y");
    for (token, when) in [
        (
            &meet.weaver,
            format!("{date}, 14:00 IST (UTC+05:30) · 17:30 JST (UTC+09:00)"),
        ),
        (
            &meet.importer,
            format!("{date}, 17:30 JST (UTC+09:00) · 14:00 IST (UTC+05:30)"),
        ),
    ] {
        let agenda = api(&app, Method::GET, "/api/v1/me/meetings", Some(token), None).await;
        let upcoming = &agenda.json["upcoming"];
        assert_eq!(upcoming[0]["id"], id.as_str(), "{}", agenda.json);
        assert_eq!(upcoming[0]["when"], when);
        for open in ["requests_received", "requests_sent"] {
            assert!(agenda.json[open].as_array().unwrap().is_empty());
        }
    }

    // The invitation, to participants only.
    let (status, content_type, ics) = calendar(&app, &id, &meet.importer).await;
    assert_eq!(status, 200, "{ics}");
    assert!(
        content_type.starts_with("text/calendar; method=REQUEST"),
        "{content_type}"
    );
    let (method, invited) = invitation(&ics);
    assert_eq!(method, "REQUEST");
    assert_eq!(invited.get_uid(), Some(stored.uid.as_str()));
    assert_eq!(invited.get_sequence(), Some(0));
    assert_eq!(calendar(&app, &id, &stranger).await.0, 404);
    let peek = api(&app, Method::GET, &meeting, Some(&stranger), None).await;
    assert_eq!(peek.status, 404, "{}", peek.json);

    // Moved: the buyer proposes a later slot, the producer takes it, and the
    // calendar entry moves (same UID, SEQUENCE raised) instead of doubling.
    let proposed = api(
        &app,
        Method::POST,
        &format!("{meeting}/propose"),
        Some(&meet.importer),
        Some(&json!({ "starts_at": later })),
    )
    .await;
    assert_eq!(proposed.status, 200, "{}", proposed.json);
    assert!(proposed.json["proposed_when"].is_string(), "{}", proposed.json);
    let own_move = api(
        &app,
        Method::POST,
        &format!("{meeting}/accept-move"),
        Some(&meet.importer),
        None,
    )
    .await;
    assert_eq!(own_move.status, 409, "{}", own_move.json);
    let moved = api(
        &app,
        Method::POST,
        &format!("{meeting}/accept-move"),
        Some(&meet.weaver),
        None,
    )
    .await;
    assert_eq!(moved.status, 200, "{}", moved.json);
    assert_eq!(moved.json["starts_at"], later.as_str());
    let (_, _, ics) = calendar(&app, &id, &meet.importer).await;
    let (method, rescheduled) = invitation(&ics);
    assert_eq!(method, "REQUEST");
    assert_eq!(rescheduled.get_uid(), Some(stored.uid.as_str()));
    assert_eq!(rescheduled.get_sequence(), Some(1));

    // Cancelled by the buyer: the entry is withdrawn, same UID, SEQUENCE raised.
    let cancelled = api(
        &app,
        Method::POST,
        &format!("{meeting}/cancel"),
        Some(&meet.importer),
        Some(&json!({ "reason": "Our flight was moved." })),
    )
    .await;
    assert_eq!(cancelled.status, 200, "{}", cancelled.json);
    assert_eq!(cancelled.json["status"], "cancelled");
    assert_eq!(cancelled.json["reason"], "Our flight was moved.");
    let (status, content_type, ics) = calendar(&app, &id, &meet.weaver).await;
    assert_eq!(status, 200, "{ics}");
    assert!(
        content_type.starts_with("text/calendar; method=CANCEL"),
        "{content_type}"
    );
    let (method, withdrawn) = invitation(&ics);
    assert_eq!(method, "CANCEL");
    assert_eq!(withdrawn.get_uid(), Some(stored.uid.as_str()));
    assert_eq!(withdrawn.get_sequence(), Some(2));
    assert_eq!(withdrawn.get_status(), Some(EventStatus::Cancelled));
    let past = api(
        &app,
        Method::GET,
        "/api/v1/me/meetings",
        Some(&meet.importer),
        None,
    )
    .await;
    assert_eq!(past.json["past"][0]["id"], id.as_str(), "{}", past.json);
    assert!(past.json["upcoming"].as_array().unwrap().is_empty());

    // The freed slot, asked for again and declined, never reaches a calendar.
    let again = api(
        &app,
        Method::POST,
        &meetings,
        Some(&meet.importer),
        Some(&request(&starts_at)),
    )
    .await;
    assert_eq!(again.status, 201, "{}", again.json);
    let second = again.json["id"].as_str().unwrap().to_owned();
    let declined = api(
        &app,
        Method::POST,
        &format!("/api/v1/meetings/{second}/decline"),
        Some(&meet.weaver),
        Some(&json!({ "reason": "Fully booked that afternoon." })),
    )
    .await;
    assert_eq!(declined.status, 200, "{}", declined.json);
    assert_eq!(declined.json["status"], "declined");
    assert_eq!(calendar(&app, &second, &meet.importer).await.0, 409);

    app.run_pending_jobs().await;
    let mail = smtp.messages();
    for person in ["weaver@kashi.example", "jan@tulip.example"] {
        assert!(
            mail.iter()
                .any(|m| m.to == person && m.subject.contains("Meeting confirmed")),
            "{backend:?}: {person}"
        );
    }
    app.stop().await;
}

#[backend_test]
async fn organisers_actions_are_refused_to_other_roles_and_to_other_events_organisers(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let meet = meet(&app).await;
    let slug = meet.slug.clone();
    let rival = token(
        &app,
        &user(&app, Role::Organiser, "other@council.example", "Another Council").await,
    )
    .await;
    let event = format!("/api/v1/events/{slug}");
    let participants = format!("{event}/participants");

    // A buyer is not an organiser: 403, whichever event.
    let fields = event_fields(now().and_utc(), meet.first_day);
    let created = api(
        &app,
        Method::POST,
        "/api/v1/events",
        Some(&meet.importer),
        Some(&fields),
    )
    .await;
    assert_eq!(created.status, 403, "{backend:?}: {}", created.json);
    assert_eq!(
        created.json["detail"],
        "This part of the API is for organiser accounts."
    );
    let changed = api(
        &app,
        Method::PATCH,
        &event,
        Some(&meet.importer),
        Some(&json!({ "title": "Mine now" })),
    )
    .await;
    assert_eq!(changed.status, 403, "{}", changed.json);

    let applied = api(
        &app,
        Method::POST,
        &format!("{event}/participation"),
        Some(&meet.weaver),
        Some(&json!({ "pitch": "Handwoven silk.", "products": [meet.product_id] })),
    )
    .await;
    let applicant = applied.json["id"].as_str().unwrap().to_owned();
    let approve = format!("{participants}/{applicant}/approve");
    let by_buyer = api(&app, Method::POST, &approve, Some(&meet.importer), None).await;
    assert_eq!(by_buyer.status, 403, "{}", by_buyer.json);

    // Another event's organiser: the event's people and settings do not exist for them.
    let listed = api(&app, Method::GET, &participants, Some(&rival), None).await;
    assert_eq!(listed.status, 404, "{}", listed.json);
    let by_rival = api(
        &app,
        Method::POST,
        &approve,
        Some(&rival),
        Some(&json!({ "note": "Welcome" })),
    )
    .await;
    assert_eq!(by_rival.status, 404, "{}", by_rival.json);
    let patched = api(
        &app,
        Method::PATCH,
        &event,
        Some(&rival),
        Some(&json!({ "title": "Mine now" })),
    )
    .await;
    assert_eq!(patched.status, 404, "{}", patched.json);

    // The owner sees the applicant waiting; the applicant, not approved, sees no one.
    let listed = api(&app, Method::GET, &participants, Some(&meet.organiser), None).await;
    assert_eq!(listed.json["participants"][0]["id"], applicant.as_str());
    assert_eq!(listed.json["participants"][0]["status"], "pending");
    let unapproved = api(&app, Method::GET, &participants, Some(&meet.weaver), None).await;
    assert_eq!(unapproved.status, 404, "{}", unapproved.json);

    // A change names the field it cannot take and saves nothing; the fields sent
    // replace those and the rest stay, booking times included.
    let unknown_zone = api(
        &app,
        Method::PATCH,
        &event,
        Some(&meet.organiser),
        Some(&json!({ "title": "Silk, stoles and saris meet", "time_zone": "Mars/Olympus" })),
    )
    .await;
    assert_eq!(unknown_zone.status, 422, "{}", unknown_zone.json);
    assert_eq!(field_names(&unknown_zone), ["time_zone"]);
    let before = api(&app, Method::GET, &event, None, None).await;
    assert_eq!(before.json["title"], "Silk and stoles meet");
    let retitled = api(
        &app,
        Method::PATCH,
        &event,
        Some(&meet.organiser),
        Some(&json!({ "title": "Silk, stoles and saris meet" })),
    )
    .await;
    assert_eq!(retitled.status, 200, "{}", retitled.json);
    assert_eq!(retitled.json["title"], "Silk, stoles and saris meet");
    assert_eq!(retitled.json["settings"], {
        let mut settings = before.json["settings"].clone();
        settings["title"] = json!("Silk, stoles and saris meet");
        settings
    });

    // Hours: an unknown zone and a day that is not the event's are named, and
    // a refused day leaves the good ones unsaved too.
    let availability = format!("{event}/availability");
    let day = |date: NaiveDate| json!({ "date": date.to_string(), "start": "09:00", "end": "17:00" });
    let zone = api(
        &app,
        Method::PUT,
        &availability,
        Some(&meet.weaver),
        Some(&json!({ "time_zone": "Asia/Varanasi", "days": [day(meet.first_day)] })),
    )
    .await;
    assert_eq!(zone.status, 422, "{}", zone.json);
    assert_eq!(field_names(&zone), ["time_zone"]);
    let off_day = api(
        &app,
        Method::PUT,
        &availability,
        Some(&meet.weaver),
        Some(&json!({
            "time_zone": "Asia/Kolkata",
            "days": [day(meet.first_day), day(meet.first_day - Duration::days(1))],
        })),
    )
    .await;
    assert_eq!(off_day.status, 422, "{}", off_day.json);
    assert_eq!(field_names(&off_day), ["days"]);
    let participation = format!("{event}/participation");
    let own = api(&app, Method::GET, &participation, Some(&meet.weaver), None).await;
    assert_eq!(own.json["days"], json!([]), "{}", own.json);

    // Declined, with a note the applicant reads.
    let decline = format!("{participants}/{applicant}/decline");
    let declined = api(
        &app,
        Method::POST,
        &decline,
        Some(&meet.organiser),
        Some(&json!({ "note": "This meet is for handicrafts only." })),
    )
    .await;
    assert_eq!(declined.status, 200, "{}", declined.json);
    assert_eq!(declined.json["status"], "declined");
    let own = api(&app, Method::GET, &participation, Some(&meet.weaver), None).await;
    assert_eq!(own.json["status"], "declined");
    assert_eq!(own.json["decision_note"], "This meet is for handicrafts only.");

    // A draft exists for its organisers only; a token sent must be in use.
    let draft = api(&app, Method::POST, "/api/v1/events", Some(&rival), Some(&fields)).await;
    assert_eq!(draft.status, 201, "{}", draft.json);
    let draft = format!("/api/v1/events/{}", draft.json["slug"].as_str().unwrap());
    for (token, status) in [
        (None, 404),
        (Some(meet.organiser.as_str()), 404),
        (Some(rival.as_str()), 200),
    ] {
        let seen = api(&app, Method::GET, &draft, token, None).await;
        assert_eq!(seen.status, status, "{token:?}: {}", seen.json);
    }
    // A draft's programme can move to another zone; booking left out keeps its instants.
    let moved = api(
        &app,
        Method::PATCH,
        &draft,
        Some(&rival),
        Some(&json!({ "time_zone": "Asia/Dubai" })),
    )
    .await;
    assert_eq!(moved.status, 200, "{}", moved.json);
    let closes = format!("{}T12:30:00Z", meet.first_day - Duration::days(1));
    assert_eq!(moved.json["booking_closes_at"], closes.as_str());
    assert!(
        moved.json["settings"]["booking_closes"]
            .as_str()
            .unwrap()
            .ends_with("T16:30"),
        "12:30 UTC is 16:30 in Dubai: {}",
        moved.json
    );
    let unknown = api(&app, Method::GET, &event, Some("odop_not-a-token"), None).await;
    assert_eq!(unknown.status, 401, "{}", unknown.json);

    app.run_pending_jobs().await;
    app.stop().await;
}
