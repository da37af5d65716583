//! Video meetings proposed from an enquiry thread, on both databases over
//! HTTP with the in-process SMTP server: on its own (the thread's own
//! programme, which no list shows) or inside an event both take part in;
//! the other side answers on the meeting pages and both get the invitation;
//! the thread shows the meeting, the meeting links back, and its outcome
//! form offers the thread. Strangers find nothing; a slot taken meanwhile,
//! a suspended account and a closed thread are refused with nothing saved.

use chrono::Duration;
use diesel::prelude::*;
use odop_bazaar::accounts::User;
use odop_bazaar::catalogue::repo as catalogue_repo;
use odop_bazaar::db::DbError;
use odop_bazaar::enquiries::model::Enquiry;
use odop_bazaar::enquiries::threads;
use odop_bazaar::meetings::display::in_both_zones;
use odop_bazaar::meetings::model::Meeting;
use odop_bazaar::meetings::repo;
use odop_bazaar::schema::{enquiry_meetings, users};

use crate::browser::{Browser, Page};
use crate::harness::Backend;
use crate::market::{buyer, ctx, enquiry_input};
use crate::meeting_reminders::{Meet, meet};
use crate::meetings::{invitation, mail_to};
use test_macros::backend_test;

const INDIA: chrono_tz::Tz = chrono_tz::Asia::Kolkata;
const AMSTERDAM: chrono_tz::Tz = chrono_tz::Europe::Amsterdam;

/// The buyer's enquiry to the producer of `m`'s event: the thread.
async fn thread(m: &Meet) -> Enquiry {
    let product = m.seller.product_ids.clone();
    let slug = m
        .app
        .db
        .read_blocking(move |conn| catalogue_repo::find_product(conn, &product))
        .unwrap()
        .unwrap()
        .slug;
    let (importer, c) = (m.importer.clone(), ctx(&m.app));
    let thread = m
        .app
        .db
        .write_blocking(move |conn| {
            threads::send_enquiry(
                conn,
                &importer,
                &slug,
                &enquiry_input("Please quote 500 stoles."),
                &c,
            )
        })
        .unwrap();
    m.app.run_pending_jobs().await;
    thread
}

fn proposal_path(thread: &Enquiry) -> String {
    format!("/dashboard/enquiries/{}/meeting", thread.id)
}

/// The times a proposal page offers, as its radio buttons send them.
fn offered(page: &Page) -> Vec<String> {
    page.body
        .split("name=\"starts_at\" value=\"")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap().to_owned())
        .collect()
}

/// The meetings proposed in `thread`, oldest first.
fn proposed(m: &Meet, thread: &Enquiry) -> Vec<Meeting> {
    let id = thread.id.clone();
    let ids: Vec<String> = m
        .app
        .db
        .read_blocking(move |conn| {
            enquiry_meetings::table
                .filter(enquiry_meetings::enquiry_id.eq(&id))
                .order(enquiry_meetings::created_at)
                .select(enquiry_meetings::meeting_id)
                .load(conn)
                .map_err(DbError::from)
        })
        .unwrap();
    ids.iter().map(|id| m.meeting(id)).collect()
}

/// `browser` proposes a meeting in `thread` (the form token taken from the
/// agenda, which anyone signed in may open).
async fn propose(browser: &Browser, thread: &Enquiry, event: &str, starts_at: &str) -> Page {
    browser
        .submit(
            "/dashboard/meetings",
            &proposal_path(thread),
            &[
                ("event", event),
                ("starts_at", starts_at),
                ("message", "Shall we look at the indigo stoles together?"),
            ],
        )
        .await
}

async fn stranger(m: &Meet) -> Browser {
    let eve = buyer(&m.app, "eve@elsewhere.example").await;
    m.browser(&eve).await
}

#[backend_test]
async fn a_meeting_on_its_own_is_proposed_in_a_thread_accepted_and_shown_on_both_pages(backend: Backend) {
    let m = meet(backend, |input| input).await;
    let thread = thread(&m).await;
    let (buyer_page, seller_page) = (m.browser(&m.importer).await, m.browser(&m.weaver).await);

    // The page offers a meeting on its own and the event both take part in,
    // and the next 14 days' times inside both parties' hours.
    let page = buyer_page.get(&proposal_path(&thread)).await;
    assert_eq!(page.status, 200, "{backend:?}: {}", page.body);
    assert!(
        page.body.contains("Propose a video meeting with Kashi Weaves"),
        "{}",
        page.body
    );
    assert!(
        page.body.contains("On its own, outside any event"),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains(&format!("?event={}\">At Silk and stoles meet", m.event.slug)),
        "{}",
        page.body
    );
    let times = offered(&page);
    assert!(!times.is_empty(), "{backend:?}: {}", page.body);
    let first = chrono::DateTime::parse_from_rfc3339(&times[0]).unwrap().to_utc();
    assert!(
        first.naive_utc() > m.app.clock.now(),
        "{backend:?}: times ahead only"
    );
    assert!(
        first.naive_utc() < m.app.clock.now() + Duration::days(14),
        "{backend:?}: within the next 14 days"
    );

    // Bad input: every field's message, nothing saved.
    let path = proposal_path(&thread);
    let refused = buyer_page
        .submit(&path, &path, &[("starts_at", "tomorrow at noon")])
        .await;
    assert_eq!(refused.status, 422, "{backend:?}: {}", refused.body);
    assert!(
        refused.body.contains("Choose one of the times offered."),
        "{}",
        refused.body
    );
    assert!(
        proposed(&m, &thread).is_empty(),
        "{backend:?}: nothing half-saved"
    );

    // The buyer proposes; the producer is asked by e-mail.
    let sent = propose(&buyer_page, &thread, "", &times[0]).await;
    assert_eq!(sent.status, 303, "{backend:?}: {}", sent.body);
    assert_eq!(sent.location(), format!("/dashboard/enquiries/{}", thread.id));
    m.app.run_pending_jobs().await;
    let meetings = proposed(&m, &thread);
    assert_eq!(meetings.len(), 1, "{backend:?}");
    let meeting = &meetings[0];
    assert_ne!(
        meeting.event_id, m.event.id,
        "{backend:?}: on its own, not in the event"
    );
    let asked = m.received("asks for a meeting at ODOP Bazaar");
    assert_eq!(asked.len(), 1, "{backend:?}");
    assert_eq!(asked[0].to, m.weaver.email);
    let text = asked[0].text.as_deref().unwrap();
    assert!(
        text.contains(&format!("/dashboard/meetings/{}/accept", meeting.id)),
        "{text}"
    );

    // The thread shows it to both, on both clocks, with its page.
    let when_for_buyer = in_both_zones(meeting.starts_at.and_utc(), AMSTERDAM, INDIA);
    let shown = buyer_page
        .get(&format!("/dashboard/enquiries/{}", thread.id))
        .await;
    assert!(
        shown.body.contains("You proposed a video meeting"),
        "{}",
        shown.body
    );
    assert!(
        shown.body.contains(&when_for_buyer),
        "{when_for_buyer}: {}",
        shown.body
    );
    assert!(
        shown.body.contains("On its own, outside any event"),
        "{}",
        shown.body
    );
    let seen = seller_page
        .get(&format!("/dashboard/enquiries/{}", thread.id))
        .await;
    assert!(seen.body.contains("proposes a video meeting"), "{}", seen.body);
    assert!(
        seen.body.contains(&format!("/dashboard/meetings/{}", meeting.id)),
        "{}",
        seen.body
    );
    assert!(seen.body.contains("Answer the request"), "{}", seen.body);

    // The producer accepts on the meeting pages: both get the invitation.
    m.answer(&seller_page, meeting, "accept", &[]).await;
    m.app.run_pending_jobs().await;
    let confirmed = m.received("Meeting confirmed");
    for who in [&m.importer, &m.weaver] {
        let mail = mail_to(&confirmed, &who.email, "Meeting confirmed");
        assert_eq!(mail.len(), 1, "{backend:?}: {}", who.email);
        let ics = invitation(mail[0]);
        assert!(ics.contains(&format!("UID:meeting-{}@", meeting.id)), "{ics}");
        assert!(ics.contains("SEQUENCE:0"), "{ics}");
        assert!(ics.contains("ODOP Bazaar: "), "{ics}");
    }
    let accepted = m.meeting(meeting.id.as_str());
    assert!(accepted.video_url.is_some(), "{backend:?}: a video room");

    // The meeting's page leads back to the thread.
    let page = seller_page
        .get(&format!("/dashboard/meetings/{}", meeting.id))
        .await;
    assert!(page.body.contains("A meeting on its own"), "{}", page.body);
    assert!(
        page.body
            .contains(&format!("href=\"/dashboard/enquiries/{}\"", thread.id)),
        "{}",
        page.body
    );

    // The programme is no event anyone lists or opens; its parties are led to the thread.
    let slug = m
        .app
        .db
        .read_blocking({
            let id = meeting.event_id.to_string();
            move |conn| repo::find_event(conn, &id)
        })
        .unwrap()
        .unwrap()
        .slug;
    let programme = format!("/events/{slug}");
    let led = buyer_page.get(&programme).await;
    assert_eq!(
        (led.status, led.location()),
        (303, proposal_path(&thread).as_str())
    );
    let (_, events) = m.app.page("/events").await;
    assert!(
        events.contains("Silk and stoles meet") && !events.contains(&slug),
        "{events}"
    );
    let (_, sitemap) = m.app.page("/sitemaps/events.xml").await;
    assert!(!sitemap.contains(&slug), "{sitemap}");
    let (status, _) = m.app.page(&format!("/api/v1/events/{slug}")).await;
    assert_eq!(status, 404, "{backend:?}");
    let (status, _) = m.app.page(&programme).await;
    assert_eq!(status, 404, "{backend:?}: not to the public");

    // A stranger finds no such thread, proposal or programme.
    let eve = stranger(&m).await;
    assert_eq!(eve.get(&proposal_path(&thread)).await.status, 404, "{backend:?}");
    assert_eq!(
        propose(&eve, &thread, "", &times[1]).await.status,
        404,
        "{backend:?}"
    );
    assert_eq!(eve.get(&programme).await.status, 404, "{backend:?}");
    assert_eq!(
        eve.get(&format!("/dashboard/meetings/{}", meeting.id))
            .await
            .status,
        404,
        "{backend:?}"
    );
    assert_eq!(proposed(&m, &thread).len(), 1, "{backend:?}");

    // Once it has ended, the outcome form offers the thread, chosen.
    m.at(accepted.ends_at + Duration::minutes(1)).await;
    let seller_page = m.browser(&m.weaver).await;
    let form = seller_page
        .get(&format!("/dashboard/meetings/{}/outcome", meeting.id))
        .await;
    assert!(
        form.body
            .contains(&format!("<option value=\"{}\" selected", thread.id)),
        "{backend:?}: {}",
        form.body
    );
    m.app.make_jobs_due();
    m.app.run_pending_jobs().await;
    m.app.stop().await;
}

#[backend_test]
async fn a_meeting_proposed_inside_an_event_both_take_part_in_is_that_events(backend: Backend) {
    let m = meet(backend, |input| input).await;
    let thread = thread(&m).await;
    let (buyer_page, seller_page) = (m.browser(&m.importer).await, m.browser(&m.weaver).await);

    // The producer chooses the event: its times, on its programme.
    let in_event = format!("{}?event={}", proposal_path(&thread), m.event.slug);
    let page = seller_page.get(&in_event).await;
    assert_eq!(page.status, 200, "{backend:?}: {}", page.body);
    assert!(page.body.contains("At Silk and stoles meet"), "{}", page.body);
    let times = offered(&page);
    let grid: Vec<String> = m.slots().iter().map(|s| s.starts_at.to_rfc3339()).collect();
    assert!(
        !times.is_empty() && times.iter().all(|t| grid.contains(t)),
        "{backend:?}: {times:?}"
    );
    let sent = seller_page
        .submit(
            &in_event,
            &proposal_path(&thread),
            &[
                ("event", m.event.slug.as_str()),
                ("starts_at", &times[0]),
                ("message", "Let us meet at the council's event."),
            ],
        )
        .await;
    assert_eq!(sent.status, 303, "{backend:?}: {}", sent.body);
    m.app.run_pending_jobs().await;
    let meeting = proposed(&m, &thread).pop().unwrap();
    assert_eq!(meeting.event_id, m.event.id, "{backend:?}");
    assert_eq!(meeting.requester_id, m.seller.id, "{backend:?}");
    let asked = m.received("asks for a meeting at Silk and stoles meet");
    assert_eq!(asked.len(), 1, "{backend:?}");
    assert_eq!(asked[0].to, m.importer.email);

    // The thread names the event; the meeting's page names the thread.
    let shown = buyer_page
        .get(&format!("/dashboard/enquiries/{}", thread.id))
        .await;
    assert!(
        shown.body.contains("Kashi Weaves proposes a video meeting"),
        "{}",
        shown.body
    );
    assert!(shown.body.contains("At Silk and stoles meet"), "{}", shown.body);
    let page = buyer_page
        .get(&format!("/dashboard/meetings/{}", meeting.id))
        .await;
    assert!(
        page.body.contains("Proposed in your conversation"),
        "{}",
        page.body
    );
    assert!(
        page.body.contains(&format!("/events/{}", m.event.slug)),
        "{}",
        page.body
    );

    // The buyer, on a page opened before, proposes the same time: refused, nothing saved.
    let late = buyer_page
        .submit(
            &in_event,
            &proposal_path(&thread),
            &[
                ("event", m.event.slug.as_str()),
                ("starts_at", &times[0]),
                ("message", "And again."),
            ],
        )
        .await;
    assert_eq!(late.status, 422, "{backend:?}: {}", late.body);
    assert!(late.body.contains("no longer free"), "{}", late.body);
    assert_eq!(proposed(&m, &thread).len(), 1, "{backend:?}");

    // An event neither takes part in is not on offer.
    let elsewhere = propose(&buyer_page, &thread, "someone-elses-meet", &times[1]).await;
    assert_eq!(elsewhere.status, 422, "{backend:?}: {}", elsewhere.body);
    assert!(
        elsewhere
            .body
            .contains("Choose one of the events you both take part in"),
        "{}",
        elsewhere.body
    );
    assert_eq!(proposed(&m, &thread).len(), 1, "{backend:?}");

    let accepted = buyer_page
        .submit(
            &format!("/dashboard/meetings/{}/accept", meeting.id),
            &format!("/dashboard/meetings/{}/accept", meeting.id),
            &[],
        )
        .await;
    assert_eq!(accepted.status, 303, "{backend:?}: {}", accepted.body);
    m.app.run_pending_jobs().await;
    assert_eq!(m.received("Meeting confirmed").len(), 2, "{backend:?}");
    m.app.stop().await;
}

fn suspend(m: &Meet, who: &User) {
    let id = who.id.clone();
    let now = m.app.clock.now();
    m.app
        .db
        .write_blocking(move |conn| {
            diesel::update(users::table.find(&id))
                .set(users::suspended_at.eq(now))
                .execute(conn)
                .map_err(DbError::from)
        })
        .unwrap();
}

#[backend_test]
async fn a_taken_slot_a_suspended_party_and_a_closed_thread_are_refused(backend: Backend) {
    let m = meet(backend, |input| input).await;
    let thread = thread(&m).await;
    let buyer_page = m.browser(&m.importer).await;
    let times = offered(&buyer_page.get(&proposal_path(&thread)).await);

    // The first proposal holds the time; the same time again is refused
    // with the reason, and nothing of the second is saved.
    assert_eq!(propose(&buyer_page, &thread, "", &times[0]).await.status, 303);
    let again = propose(&buyer_page, &thread, "", &times[0]).await;
    assert_eq!(again.status, 422, "{backend:?}: {}", again.body);
    assert!(
        again.body.contains("This time is no longer free"),
        "{}",
        again.body
    );
    assert_eq!(proposed(&m, &thread).len(), 1, "{backend:?}");
    let page = buyer_page.get(&proposal_path(&thread)).await;
    assert!(
        !offered(&page).contains(&times[0]),
        "{backend:?}: no longer offered"
    );

    // A suspended producer is proposed nothing.
    suspend(&m, &m.weaver);
    let refused = propose(&buyer_page, &thread, "", &times[1]).await;
    assert_eq!(refused.status, 409, "{backend:?}: {}", refused.body);
    assert!(refused.body.contains("account is suspended"), "{}", refused.body);
    assert_eq!(proposed(&m, &thread).len(), 1, "{backend:?}");

    // A closed conversation takes no proposals either.
    let (importer, id, c) = (m.importer.clone(), thread.id.to_string(), ctx(&m.app));
    m.app
        .db
        .write_blocking(move |conn| threads::close(conn, &importer, &id, "lost", &c))
        .unwrap();
    let closed = buyer_page.get(&proposal_path(&thread)).await;
    assert_eq!(closed.status, 409, "{backend:?}: {}", closed.body);
    assert!(
        closed.body.contains("This conversation is closed"),
        "{}",
        closed.body
    );
    m.app.run_pending_jobs().await;
    m.app.stop().await;
}

#[backend_test]
async fn a_meeting_on_its_own_keeps_clear_of_the_parties_meetings_at_events(backend: Backend) {
    // The event falls inside the thread's next 14 days.
    let m = meet(backend, |mut input| {
        let first_day = crate::market::now().date() + Duration::days(3);
        input.first_day = first_day.to_string();
        input.booking_closes = (first_day - Duration::days(1))
            .format("%Y-%m-%dT18:00")
            .to_string();
        input
    })
    .await;
    let thread = thread(&m).await;
    let (buyer_page, seller_page) = (m.browser(&m.importer).await, m.browser(&m.weaver).await);

    // An accepted meeting at the event, 14:00–14:20 India time.
    let slots = m.slots();
    let at_event = &slots[0];
    let held = m.ask(&buyer_page, &m.seller, at_event).await;
    m.answer(&seller_page, &held, "accept", &[]).await;

    // The thread's half-hour that overlaps it is not offered; those either side are.
    let page = buyer_page.get(&proposal_path(&thread)).await;
    assert_eq!(page.status, 200, "{backend:?}: {}", page.body);
    let times = offered(&page);
    let value = |at: chrono::DateTime<chrono::Utc>| at.to_rfc3339();
    let half_hour = Duration::minutes(30);
    assert!(
        !times.contains(&value(at_event.starts_at)),
        "{backend:?}: {times:?}"
    );
    for free in [at_event.starts_at - half_hour, at_event.starts_at + half_hour] {
        assert!(times.contains(&value(free)), "{backend:?}: {free} in {times:?}");
    }
    // Nor is it taken when asked for anyway; nothing is saved.
    let refused = propose(&buyer_page, &thread, "", &value(at_event.starts_at)).await;
    assert_eq!(refused.status, 422, "{backend:?}: {}", refused.body);
    assert!(
        refused
            .body
            .contains("You have another meeting at this time, at an event; choose another time."),
        "{}",
        refused.body
    );
    assert!(proposed(&m, &thread).is_empty(), "{backend:?}");

    // A proposal for a free half-hour; the same time is then booked at the
    // event before the producer answers, so accepting is refused.
    let later = at_event.starts_at + Duration::hours(1);
    assert_eq!(propose(&buyer_page, &thread, "", &value(later)).await.status, 303);
    let on_its_own = proposed(&m, &thread).remove(0);
    let event_slot = slots.iter().find(|s| s.starts_at == later).unwrap();
    m.ask(&buyer_page, &m.seller, event_slot).await;
    let accept = format!("/dashboard/meetings/{}/accept", on_its_own.id);
    let answer = seller_page.submit(&accept, &accept, &[]).await;
    assert_eq!(answer.status, 409, "{backend:?}: {}", answer.body);
    assert!(
        answer.body.contains(
            "You have another meeting at this time, at an event, booked since it was asked for; decline it"
        ),
        "{}",
        answer.body
    );
    assert_eq!(
        m.meeting(on_its_own.id.as_str()).status,
        odop_bazaar::meetings::model::MeetingStatus::Requested,
        "{backend:?}"
    );
    m.app.run_pending_jobs().await;
    m.app.stop().await;
}

#[backend_test]
async fn a_meeting_is_proposed_from_a_thread_through_the_api(backend: Backend) {
    use reqwest::Method;
    use serde_json::json;

    use crate::api::api;
    use crate::enquiries_api::token;

    let m = meet(backend, |input| input).await;
    let thread = thread(&m).await;
    let (buyer_token, seller_token) = (token(&m.app, &m.importer).await, token(&m.app, &m.weaver).await);
    let slots_path = format!("/api/v1/enquiries/{}/meeting-slots", thread.id);
    let propose_path = format!("/api/v1/enquiries/{}/meetings", thread.id);

    // Where, and the free slots on its own (the default) or in the event.
    let offered = api(&m.app, Method::GET, &slots_path, Some(&buyer_token), None).await;
    assert_eq!(offered.status, 200, "{backend:?}: {}", offered.json);
    assert_eq!(offered.json["events"][0]["slug"], m.event.slug.as_str());
    assert!(offered.json["event"].is_null());
    assert_eq!(offered.json["slots"]["my_time_zone"], "Europe/Amsterdam");
    let starts_at = offered.json["slots"]["slots"][0]["starts_at"]
        .as_str()
        .unwrap()
        .to_owned();
    let in_event = api(
        &m.app,
        Method::GET,
        &format!("{slots_path}?event={}", m.event.slug),
        Some(&seller_token),
        None,
    )
    .await;
    assert_eq!(in_event.status, 200, "{}", in_event.json);
    assert_eq!(in_event.json["event"], m.event.slug.as_str());
    assert_eq!(in_event.json["slots"]["my_time_zone"], "Asia/Kolkata");

    // Refusals are problem documents; nothing is saved.
    let unknown_event = api(
        &m.app,
        Method::GET,
        &format!("{slots_path}?event=no-such-meet"),
        Some(&buyer_token),
        None,
    )
    .await;
    assert_eq!(unknown_event.status, 404, "{}", unknown_event.json);
    let bad = api(
        &m.app,
        Method::POST,
        &propose_path,
        Some(&buyer_token),
        Some(&json!({"starts_at": "soon", "message": ""})),
    )
    .await;
    assert_eq!(bad.status, 422, "{}", bad.json);
    assert!(bad.content_type.starts_with("application/problem+json"));
    assert!(bad.json["errors"]["starts_at"].is_string(), "{}", bad.json);
    let eve = crate::market::buyer(&m.app, "eve@elsewhere.example").await;
    let eve_token = token(&m.app, &eve).await;
    for (method, path) in [(Method::GET, &slots_path), (Method::POST, &propose_path)] {
        let body = json!({"starts_at": starts_at, "message": "Hello"});
        let hidden = api(&m.app, method, path, Some(&eve_token), Some(&body)).await;
        assert_eq!(hidden.status, 404, "{path}: {}", hidden.json);
    }
    let anonymous = api(&m.app, Method::GET, &slots_path, None, None).await;
    assert_eq!(anonymous.status, 401);
    assert!(proposed(&m, &thread).is_empty(), "{backend:?}");

    // The proposal: 201, the meeting at its address, the producer asked by e-mail.
    let made = api(
        &m.app,
        Method::POST,
        &propose_path,
        Some(&buyer_token),
        Some(
            &json!({"event": "", "starts_at": starts_at, "message": "Shall we look at the stoles together?"}),
        ),
    )
    .await;
    assert_eq!(made.status, 201, "{backend:?}: {}", made.json);
    let id = made.json["id"].as_str().unwrap().to_owned();
    assert_eq!(
        made.headers["location"],
        format!("/api/v1/meetings/{id}").as_str()
    );
    assert_eq!(made.json["status"], "requested");
    m.app.run_pending_jobs().await;
    assert_eq!(m.received("asks for a meeting at ODOP Bazaar").len(), 1);
    assert_eq!(proposed(&m, &thread).len(), 1);
    let seen = api(
        &m.app,
        Method::GET,
        &format!("/api/v1/meetings/{id}"),
        Some(&seller_token),
        None,
    )
    .await;
    assert_eq!(seen.status, 200, "{}", seen.json);

    // The same slot again is taken: 409, and nothing more is saved.
    let again = api(
        &m.app,
        Method::POST,
        &propose_path,
        Some(&seller_token),
        Some(&json!({"starts_at": starts_at, "message": "Or this?"})),
    )
    .await;
    assert_eq!(again.status, 409, "{backend:?}: {}", again.json);
    assert!(again.content_type.starts_with("application/problem+json"));
    assert_eq!(proposed(&m, &thread).len(), 1);
    m.app.run_pending_jobs().await;
    m.app.stop().await;
}
