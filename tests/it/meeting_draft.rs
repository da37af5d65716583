//! The draft schedule for hosted buyers over HTTP, on both databases: the
//! settings checked, a draft generated twice alike, inside everyone's hours
//! and the caps, with the producer left out told why; a move onto a taken
//! slot or outside someone's hours refused, a move to a free slot and a
//! removal taken; no e-mail until publication, the invitations after it,
//! and a second publication refused. Strangers find no draft.

use chrono::{NaiveTime, Timelike};
use odop_bazaar::accounts::{Role, User};
use odop_bazaar::meetings::draft::{model::DraftMeeting, repo as draft_repo, review};
use odop_bazaar::meetings::matching::wishes;
use odop_bazaar::meetings::model::{Event, MeetingStatus, Participant};
use odop_bazaar::meetings::participation::{self, Decision};
use odop_bazaar::meetings::schedule::LocalSpan;
use odop_bazaar::meetings::{MeetingError, repo};

use crate::catalogue::app_with_mail;
use crate::harness::{Backend, TestApp};
use crate::market::{buyer, now, user};
use crate::meeting_matching::{approved_producer, register_buyer, signed_in};
use crate::meetings::{event_input, links, mail_to, published_event};
use test_macros::backend_test;

async fn hosted(app: &TestApp, organiser: &User, event: &Event, who: &User) -> Participant {
    let registered = register_buyer(app, who, &event.slug, "5007", "1,500 m a month").await;
    let (organiser, slug, id, links) = (
        organiser.clone(),
        event.slug.clone(),
        registered.id.to_string(),
        links(app),
    );
    app.db
        .write(move |conn| {
            let decision = Decision {
                approve: true,
                note: String::new(),
                hosted: true,
            };
            participation::decide(conn, &organiser, (&slug, &id), &decision, &links, now())
        })
        .await
        .unwrap()
}

fn drafted(app: &TestApp, event: &Event) -> Vec<DraftMeeting> {
    let id = event.id.clone();
    app.db
        .read_blocking(move |conn| draft_repo::meetings_of(conn, &id))
        .unwrap()
}

fn ist(meeting: &DraftMeeting) -> NaiveTime {
    meeting
        .starts_at
        .and_utc()
        .with_timezone(&chrono_tz::Asia::Kolkata)
        .time()
}

/// An event (daily cap one) with two approved producers whose listings a
/// 5007 buyer matches: the weaver (verified) and the carver.
async fn weaver_and_carver(
    app: &TestApp,
    (council, admin): (&User, &User),
    title: &str,
) -> (Event, (User, Participant), (User, Participant)) {
    let mut input = event_input(title, now());
    input.daily_cap = "1".into();
    let event = published_event(app, council, input).await;
    let (weaver_account, weaver, _) = approved_producer(
        app,
        council,
        &event,
        ("weaver@kashi.example", "Kashi Weaves", "varanasi", "handloom"),
        Some(admin),
    )
    .await;
    let (carver_account, carver, _) = approved_producer(
        app,
        council,
        &event,
        (
            "carver@lucknow.example",
            "Lucknow Carvers",
            "lucknow",
            "handicraft",
        ),
        None,
    )
    .await;
    (event, (weaver_account, weaver), (carver_account, carver))
}

#[backend_test]
async fn a_draft_is_generated_alike_reviewed_and_published_once(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    let council = user(&app, Role::Organiser, "council@epch.example", "Export Council").await;
    user(&app, Role::Organiser, "desk@mission.example", "Another Mission").await;
    let admin = user(&app, Role::Admin, "admin@bazaar.example", "Admin").await;
    let (event, (weaver_account, weaver), (_, carver)) =
        weaver_and_carver(&app, (&council, &admin), "Hosted buyers week").await;
    let slug = event.slug.clone();

    approved_producer(
        &app,
        &council,
        &event,
        (
            "grower@spice.example",
            "Malabar Spice Growers",
            "varanasi",
            "agriculture",
        ),
        None,
    )
    .await;
    let jan = buyer(&app, "jan@tulip.example").await;
    let eva = buyer(&app, "eva@tulip.example").await;
    let first = hosted(&app, &council, &event, &jan).await;
    let second = hosted(&app, &council, &event, &eva).await;
    // The weaver meets only from 16:30 IST; the second buyer must meet the carver.
    let (weaver_id, late) = (
        weaver.id.clone(),
        LocalSpan::new(
            NaiveTime::from_hms_opt(16, 30, 0).unwrap(),
            NaiveTime::from_hms_opt(19, 0, 0).unwrap(),
        )
        .unwrap(),
    );
    app.db
        .write_blocking(move |conn| repo::set_daily_hours(conn, &weaver_id, late, now()))
        .unwrap();
    let (eva_user, carver_id) = (eva.clone(), carver.id.to_string());
    let target = slug.clone();
    app.db
        .write(move |conn| wishes::mark(conn, &eva_user, &target, &carver_id, now()))
        .await
        .unwrap();
    app.run_pending_jobs().await;

    let organiser = signed_in(&app, "council@epch.example").await;
    let page = format!("/dashboard/events/{slug}/draft");
    let empty = organiser.get(&page).await;
    assert_eq!(empty.status, 200, "{}", empty.body);
    assert!(
        empty.body.contains("2 hosted buyers and 3 approved producers"),
        "{}",
        empty.body
    );

    // Settings are checked beside their fields; nothing is drafted.
    let bad = organiser
        .submit(
            &page,
            &page,
            &[
                ("per_buyer", "lots"),
                ("min_per_producer", "1"),
                ("max_share_percent", "50"),
            ],
        )
        .await;
    assert_eq!(bad.status, 422, "{backend:?}: {}", bad.body);
    assert!(bad.body.contains("“lots” is not a whole number."), "{}", bad.body);
    assert!(drafted(&app, &event).is_empty());

    let settings = [
        ("per_buyer", "2"),
        ("min_per_producer", "1"),
        ("max_share_percent", "50"),
    ];
    let made = organiser.submit(&page, &page, &settings).await;
    assert_eq!(made.status, 303, "{backend:?}: {}", made.body);
    let draft = drafted(&app, &event);
    let key = |meetings: &[DraftMeeting]| {
        meetings
            .iter()
            .map(|m| (m.buyer_id.clone(), m.producer_id.clone(), m.starts_at, m.basis))
            .collect::<Vec<_>>()
    };
    // Each hosted buyer meets both matching producers, one a day (the daily cap).
    assert_eq!(draft.len(), 4, "{draft:?}");
    assert!(
        draft.iter().any(|m| m.buyer_id == second.id
            && m.producer_id == carver.id
            && m.basis.as_str() == "must_meet")
    );
    for party in [&first.id, &second.id, &weaver.id, &carver.id] {
        let mut days: Vec<_> = draft
            .iter()
            .filter(|m| m.buyer_id == *party || m.producer_id == *party)
            .map(|m| m.starts_at.date())
            .collect();
        days.sort();
        let all = days.len();
        days.dedup();
        assert_eq!(days.len(), all, "{party} has two meetings on one day");
    }
    for m in draft.iter().filter(|m| m.producer_id == weaver.id) {
        assert!(
            ist(m).hour() * 60 + ist(m).minute() >= 16 * 60 + 30,
            "{m:?} is before the weaver's hours"
        );
    }
    let shown = organiser.get(&page).await.body;
    for text in [
        "Malabar Spice Growers",
        "No hosted buyer&#x27;s interests match",
        "Producers with none</th><td>1</td>",
        "Must meet",
    ] {
        assert!(shown.contains(text), "{text} missing from\n{shown}");
    }

    // The same input gives the same draft.
    assert_eq!(organiser.submit(&page, &page, &settings).await.status, 303);
    assert_eq!(key(&drafted(&app, &event)), key(&draft));

    // Nothing is sent, and nothing booked, before publication.
    app.run_pending_jobs().await;
    let mail = smtp.messages();
    assert!(
        !mail.iter().any(|m| m.subject.starts_with("Meeting")),
        "{:?}",
        mail.iter().map(|m| &m.subject).collect::<Vec<_>>()
    );
    let event_id = event.id.clone();
    let booked = move |app: &TestApp| {
        let id = event_id.clone();
        app.db
            .read_blocking(move |conn| {
                Ok::<_, MeetingError>(
                    repo::participants_of(conn, &id, None, None)?
                        .iter()
                        .map(|p| repo::meetings_of(conn, &p.id))
                        .collect::<Result<Vec<_>, _>>()?
                        .into_iter()
                        .flatten()
                        .map(|m| (m.id.to_string(), m.status))
                        .collect::<std::collections::BTreeMap<_, _>>(),
                )
            })
            .unwrap()
    };
    assert!(booked(&app).is_empty());

    // A move onto a time the buyer has another draft meeting at is refused; so
    // is one outside the weaver's hours. Nothing moves.
    let draft = drafted(&app, &event);
    let of_first: Vec<&DraftMeeting> = draft.iter().filter(|m| m.buyer_id == first.id).collect();
    let (one, other) = (of_first[0], of_first[1]);
    let move_path = |m: &DraftMeeting| format!("{page}/meetings/{}/move", m.id);
    let at = |t: chrono::NaiveDateTime| t.and_utc().to_rfc3339();
    let clash = organiser
        .submit(
            &move_path(one),
            &move_path(one),
            &[("starts_at", &at(other.starts_at))],
        )
        .await;
    assert_eq!(clash.status, 422, "{}", clash.body);
    assert!(
        clash
            .body
            .contains("Tulip Trading BV has another meeting in the draft at this time."),
        "{}",
        clash.body
    );
    let weavers = draft.iter().find(|m| m.producer_id == weaver.id).unwrap();
    let early = weavers.starts_at.date().and_hms_opt(8, 30, 0).unwrap(); // 14:00 IST
    let outside = organiser
        .submit(
            &move_path(weavers),
            &move_path(weavers),
            &[("starts_at", &at(early))],
        )
        .await;
    assert_eq!(outside.status, 422, "{}", outside.body);
    assert!(
        outside
            .body
            .contains("This time is outside Kashi Weaves&#x27;s hours."),
        "{}",
        outside.body
    );
    assert_eq!(key(&drafted(&app, &event)), key(&draft));

    // A move to a free slot is taken.
    let (council_user, target, which) = (council.clone(), slug.clone(), one.id.to_string());
    let free = app
        .db
        .read_blocking(move |conn| {
            let reviewed = review::reviewed(conn, &council_user, &target, &which)?;
            review::free_slots(conn, &reviewed, now())
        })
        .unwrap();
    let to = free
        .iter()
        .find(|s| s.starts_at.date_naive() == one.starts_at.date())
        .expect("a free slot that day");
    let moved = organiser
        .submit(
            &move_path(one),
            &move_path(one),
            &[("starts_at", &to.starts_at.to_rfc3339())],
        )
        .await;
    assert_eq!(moved.status, 303, "{}", moved.body);
    let draft = drafted(&app, &event);
    assert!(
        draft
            .iter()
            .any(|m| m.id == one.id && m.starts_at == to.starts_at.naive_utc())
    );

    // A removal is taken.
    let gone = draft
        .iter()
        .find(|m| m.buyer_id == second.id && m.producer_id == weaver.id)
        .unwrap();
    let removed = organiser
        .submit(&page, &format!("{page}/meetings/{}/remove", gone.id), &[])
        .await;
    assert_eq!(removed.status, 303);
    assert_eq!(drafted(&app, &event).len(), 3);

    // Strangers find no draft and cannot publish it.
    let stranger = signed_in(&app, "desk@mission.example").await;
    assert_eq!(stranger.get(&page).await.status, 404);
    assert_eq!(
        stranger
            .submit("/dashboard", &format!("{page}/publish"), &[])
            .await
            .status,
        404
    );
    let buyer_browser = signed_in(&app, "jan@tulip.example").await;
    assert_eq!(
        buyer_browser.submit("/dashboard", &page, &settings).await.status,
        404
    );
    assert!(booked(&app).is_empty());

    // Publishing books the three meetings as accepted; the invitations go out now.
    let published = organiser.submit(&page, &format!("{page}/publish"), &[]).await;
    assert_eq!(published.status, 303, "{}", published.body);
    let meetings = booked(&app);
    assert_eq!(meetings.len(), 3);
    assert!(meetings.values().all(|s| *s == MeetingStatus::Accepted));
    app.run_pending_jobs().await;
    let mail = smtp.messages();
    assert_eq!(mail_to(&mail, "jan@tulip.example", "Meeting confirmed").len(), 2);
    assert_eq!(mail_to(&mail, "eva@tulip.example", "Meeting confirmed").len(), 1);
    assert_eq!(
        mail_to(&mail, &weaver_account.email, "Meeting confirmed").len(),
        1
    );
    let done = organiser.get(&page).await.body;
    assert!(done.contains("Published on"), "{done}");

    // A second publication, or a new draft, is refused with the reason; nothing more is booked.
    for action in [format!("{page}/publish"), page.clone()] {
        let again = organiser.submit(&page, &action, &settings).await;
        assert_eq!(again.status, 409, "{action}: {}", again.body);
        assert!(again.body.contains("was published on"), "{}", again.body);
    }
    assert_eq!(booked(&app).len(), 3);
}

/// The meetings booked for `who` (any status).
fn booked_for(app: &TestApp, who: &Participant) -> Vec<odop_bazaar::meetings::model::Meeting> {
    let id = who.id.clone();
    app.db
        .read_blocking(move |conn| repo::meetings_of(conn, &id))
        .unwrap()
}

#[backend_test]
async fn the_draft_is_reviewed_on_the_grid_and_publication_checks_it_again(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    let council = user(&app, Role::Organiser, "council@epch.example", "Export Council").await;
    let admin = user(&app, Role::Admin, "admin@bazaar.example", "Admin").await;
    let (event, (weaver_account, weaver), (carver_account, carver)) =
        weaver_and_carver(&app, (&council, &admin), "Grid review week").await;
    let slug = event.slug.clone();
    let jan = buyer(&app, "jan@tulip.example").await;
    let hosted_buyer = hosted(&app, &council, &event, &jan).await;
    app.run_pending_jobs().await;

    let organiser = signed_in(&app, "council@epch.example").await;
    let draft_page = format!("/dashboard/events/{slug}/draft");
    let settings = [
        ("per_buyer", "2"),
        ("min_per_producer", "1"),
        ("max_share_percent", "50"),
    ];
    assert_eq!(
        organiser.submit(&draft_page, &draft_page, &settings).await.status,
        303
    );
    let draft = drafted(&app, &event);
    assert_eq!(draft.len(), 2, "{backend:?}: {draft:?}");
    let zone = chrono_tz::Asia::Kolkata;
    let day_of = |m: &DraftMeeting| m.starts_at.and_utc().with_timezone(&zone).date_naive();

    // The grid shows each draft meeting on both parties' rows, as a draft,
    // in words as well as colour, with the way to its review page.
    let first = &draft[0];
    let grid = organiser
        .get(&format!(
            "/dashboard/events/{slug}/schedule?day={}",
            day_of(first)
        ))
        .await;
    assert_eq!(grid.status, 200, "{backend:?}: {}", grid.body);
    let review = format!("{draft_page}/meetings/{}/move?from=schedule", first.id);
    assert_eq!(grid.body.matches(&review).count(), 2, "{}", grid.body);
    for text in [
        "class=\"cell--draft\"",
        "<small>Draft</small>",
        "Draft: not yet published, nobody told",
        "The draft schedule is not published yet; this day has 1 of its meetings",
    ] {
        assert!(grid.body.contains(text), "{text} missing from\n{}", grid.body);
    }

    // Moved from the grid, by the draft's own rules: a refused time keeps the
    // grid as the way back; a free one moves it and returns to the grid.
    let page = organiser.get(&review).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("Back to the schedule"), "{}", page.body);
    let move_path = format!("{draft_page}/meetings/{}/move", first.id);
    let same = organiser
        .submit(
            &review,
            &move_path,
            &[
                ("starts_at", &first.starts_at.and_utc().to_rfc3339()),
                ("from", "schedule"),
            ],
        )
        .await;
    assert_eq!(same.status, 422, "{}", same.body);
    assert!(
        same.body.contains("This is the meeting&#x27;s time already"),
        "{}",
        same.body
    );
    let (council_user, target, which) = (council.clone(), slug.clone(), first.id.to_string());
    let free = app
        .db
        .read_blocking(move |conn| {
            let reviewed = review::reviewed(conn, &council_user, &target, &which)?;
            review::free_slots(conn, &reviewed, now())
        })
        .unwrap();
    let to = free
        .iter()
        .find(|s| s.starts_at.with_timezone(&zone).date_naive() == day_of(first))
        .expect("a free slot that day");
    let moved = organiser
        .submit(
            &review,
            &move_path,
            &[("starts_at", &to.starts_at.to_rfc3339()), ("from", "schedule")],
        )
        .await;
    assert_eq!(moved.status, 303, "{}", moved.body);
    assert_eq!(
        moved.location(),
        format!("/dashboard/events/{slug}/schedule?day={}", day_of(first))
    );
    assert!(
        drafted(&app, &event)
            .iter()
            .any(|m| m.id == first.id && m.starts_at == to.starts_at.naive_utc())
    );

    // Removed from the grid, back to the grid.
    let second = &draft[1];
    let removed = organiser
        .submit(
            &format!("{draft_page}/meetings/{}/move?from=schedule", second.id),
            &format!("{draft_page}/meetings/{}/remove", second.id),
            &[("from", "schedule")],
        )
        .await;
    assert_eq!(removed.status, 303, "{}", removed.body);
    assert_eq!(
        removed.location(),
        format!("/dashboard/events/{slug}/schedule?day={}", day_of(second))
    );
    assert_eq!(drafted(&app, &event).len(), 1);

    // Nothing is booked or sent while the draft is reviewed.
    app.run_pending_jobs().await;
    assert!(booked_for(&app, &hosted_buyer).is_empty(), "{backend:?}");
    assert!(
        !smtp.messages().iter().any(|m| m.subject.starts_with("Meeting")),
        "{backend:?}"
    );

    // A fresh draft; then the world moves on. The weaver's hours change, and
    // another buyer books the carver on the day of the carver's draft meeting
    // (the daily limit is one).
    assert_eq!(
        organiser.submit(&draft_page, &draft_page, &settings).await.status,
        303
    );
    let draft = drafted(&app, &event);
    assert_eq!(draft.len(), 2, "{backend:?}");
    let weavers = draft.iter().find(|m| m.producer_id == weaver.id).unwrap().clone();
    let carvers = draft.iter().find(|m| m.producer_id == carver.id).unwrap().clone();
    let (weaver_id, evening) = (
        weaver.id.clone(),
        LocalSpan::new(
            NaiveTime::from_hms_opt(18, 0, 0).unwrap(),
            NaiveTime::from_hms_opt(20, 0, 0).unwrap(),
        )
        .unwrap(),
    );
    app.db
        .write_blocking(move |conn| repo::set_daily_hours(conn, &weaver_id, evening, now()))
        .unwrap();
    let eva = buyer(&app, "eva@tulip.example").await;
    let eva_place = register_buyer(&app, &eva, &slug, "4420", "300 boxes").await;
    let (deciding, target, id, mail_links) = (
        council.clone(),
        slug.clone(),
        eva_place.id.to_string(),
        links(&app),
    );
    app.db
        .write(move |conn| {
            let decision = Decision {
                approve: true,
                note: String::new(),
                hosted: false,
            };
            participation::decide(conn, &deciding, (&target, &id), &decision, &mail_links, now())
        })
        .await
        .unwrap();
    let other_slot = event
        .schedule()
        .unwrap()
        .grid()
        .slots
        .into_iter()
        .find(|s| {
            s.starts_at.with_timezone(&zone).date_naive() == day_of(&carvers)
                && s.starts_at.naive_utc() != carvers.starts_at
        })
        .unwrap();
    let eva_browser = signed_in(&app, "eva@tulip.example").await;
    let book = format!("/events/{slug}/book?with={}", carver.id);
    let asked = eva_browser
        .submit(
            &book,
            &format!("/events/{slug}/meetings"),
            &[
                ("with", carver.id.as_str()),
                ("starts_at", &other_slot.starts_at.to_rfc3339()),
                ("message", "Do you make carved boxes for tea?"),
            ],
        )
        .await;
    assert_eq!(asked.status, 303, "{}", asked.body);
    app.run_pending_jobs().await;
    let before = smtp.messages().len();

    // The draft page says which meetings no longer fit and why, before any publication.
    let shown = organiser.get(&draft_page).await;
    for text in [
        "Meetings that no longer fit, and why (2)",
        "The time is outside Kashi Weaves&#x27;s hours now.",
        "Lucknow Carvers already has as many meetings that day as the event allows (1).",
    ] {
        assert!(shown.body.contains(text), "{text} missing from\n{}", shown.body);
    }

    // Publication refuses, naming each, and saves nothing.
    let publish = format!("{draft_page}/publish");
    let refused = organiser.submit(&draft_page, &publish, &[]).await;
    assert_eq!(refused.status, 409, "{backend:?}: {}", refused.body);
    assert!(
        refused
            .body
            .contains("Nothing was published:</strong> 2 meetings no longer fit."),
        "{}",
        refused.body
    );
    assert!(booked_for(&app, &hosted_buyer).is_empty(), "{backend:?}");
    assert_eq!(drafted(&app, &event).len(), 2);
    let not_published = organiser.get(&draft_page).await;
    assert!(
        !not_published.body.contains("Published on"),
        "{}",
        not_published.body
    );
    // The grid marks them too.
    let grid = organiser
        .get(&format!(
            "/dashboard/events/{slug}/schedule?day={}",
            day_of(&carvers)
        ))
        .await;
    assert!(grid.body.contains("class=\"cell--draft_unfit\""), "{}", grid.body);
    assert!(grid.body.contains("Draft, no longer fits"), "{}", grid.body);

    // The weaver's hours come back; the organiser leaves the carver's meeting
    // out explicitly and publishes the rest.
    let (weaver_id, afternoon) = (
        weaver.id.clone(),
        LocalSpan::new(
            NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
            NaiveTime::from_hms_opt(19, 0, 0).unwrap(),
        )
        .unwrap(),
    );
    app.db
        .write_blocking(move |conn| repo::set_daily_hours(conn, &weaver_id, afternoon, now()))
        .unwrap();
    // Leaving out a meeting that fits leaves it in: only conflicting ones go.
    let leave_out = format!("{},{}", carvers.id, weavers.id);
    let published = organiser
        .submit(&draft_page, &publish, &[("leave_out", &leave_out)])
        .await;
    assert_eq!(published.status, 303, "{backend:?}: {}", published.body);
    let booked = booked_for(&app, &hosted_buyer);
    assert_eq!(booked.len(), 1, "{backend:?}: {booked:?}");
    assert_eq!(booked[0].recipient_id, weaver.id);
    assert_eq!(booked[0].status, MeetingStatus::Accepted);
    assert_eq!(
        drafted(&app, &event).len(),
        1,
        "{backend:?}: the left-out one is gone"
    );
    app.run_pending_jobs().await;
    let mail = smtp.messages();
    let since = &mail[before..];
    assert_eq!(mail_to(since, "jan@tulip.example", "Meeting confirmed").len(), 1);
    assert_eq!(
        mail_to(since, &weaver_account.email, "Meeting confirmed").len(),
        1
    );
    assert!(mail_to(since, &carver_account.email, "Meeting confirmed").is_empty());
    let done = organiser.get(&draft_page).await.body;
    assert!(done.contains("Published on"), "{done}");
    let grid = organiser
        .get(&format!(
            "/dashboard/events/{slug}/schedule?day={}",
            day_of(&weavers)
        ))
        .await;
    assert!(!grid.body.contains("cell--draft"), "{}", grid.body);
    app.stop().await;
}
