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

#[backend_test]
async fn a_draft_is_generated_alike_reviewed_and_published_once(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    let council = user(&app, Role::Organiser, "council@epch.example", "Export Council").await;
    user(&app, Role::Organiser, "desk@mission.example", "Another Mission").await;
    let admin = user(&app, Role::Admin, "admin@bazaar.example", "Admin").await;
    let mut input = event_input("Hosted buyers week", now());
    input.daily_cap = "1".into();
    let event = published_event(&app, &council, input).await;
    let slug = event.slug.clone();

    let (weaver_account, weaver, _) = approved_producer(
        &app,
        &council,
        &event,
        ("weaver@kashi.example", "Kashi Weaves", "varanasi", "handloom"),
        Some(&admin),
    )
    .await;
    let (_, carver, _) = approved_producer(
        &app,
        &council,
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
