//! Virtual buyer-seller meetings through the library's services, on both
//! databases: an event from creation to booked meetings, the checks that
//! refuse bad input, expiry on a controllable clock, and the database
//! keeping a slot to one holder under concurrent requests.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use odop_bazaar::accounts::{Role, User, changes};
use odop_bazaar::catalogue::repo as catalogue_repo;
use odop_bazaar::db::{Db, DbError};
use odop_bazaar::i18n::{Language, Locale, scoped};
use odop_bazaar::meetings::booking::{self, PairBooking, RequestInput};
use odop_bazaar::meetings::events::{self, EventInput};
use odop_bazaar::meetings::model::{
    CancelledBy, Event, Meeting, MeetingStatus, Participant, ParticipantStatus,
};
use odop_bazaar::meetings::notify::Links;
use odop_bazaar::meetings::participation::{self, Decision, ParticipationInput};
use odop_bazaar::meetings::{MeetingError, PairSlots, Slot, display};
use odop_bazaar::schema::{meeting_holds, meetings};

use crate::catalogue::app_with_mail;
use crate::harness::{Backend, TestApp};
use crate::market::{Site, buyer, now, producer, user};
use crate::smtp::ReceivedEmail;
use test_macros::backend_test;

pub fn links(app: &TestApp) -> Links {
    Links::new(app.base_url())
}

/// An event in India's zone 30 days ahead, booking open from an hour ago:
/// 14:00–18:00 IST is inside both a producer's default hours and an
/// Amsterdam buyer's.
pub fn event_input(title: &str, today: NaiveDateTime) -> EventInput {
    let first_day = today.date() + Duration::days(30);
    EventInput {
        title: title.into(),
        description: "Handloom and handicraft producers meet importers from the Netherlands.".into(),
        time_zone: "Asia/Kolkata".into(),
        first_day: first_day.to_string(),
        days: "2".into(),
        window_start: "14:00".into(),
        window_end: "18:00".into(),
        breaks: "16:00-16:30".into(),
        slot_minutes: "20".into(),
        gap_minutes: "10".into(),
        booking_opens: (today - Duration::days(1)).format("%Y-%m-%dT%H:%M").to_string(),
        booking_closes: (first_day - Duration::days(1))
            .format("%Y-%m-%dT18:00")
            .to_string(),
        request_mode: "accept".into(),
        request_expiry_minutes: "1440".into(),
        daily_cap: "8".into(),
        approval: "organiser".into(),
        ..EventInput::default()
    }
}

async fn write<T: Send + 'static>(
    db: &Db,
    f: impl FnOnce(&mut odop_bazaar::db::DbConnection) -> Result<T, MeetingError> + Send + 'static,
) -> Result<T, MeetingError> {
    db.write(f).await
}

pub async fn published_event(app: &TestApp, organiser: &User, input: EventInput) -> Event {
    let organiser = organiser.clone();
    write(&app.db, move |conn| {
        let event = events::create_event(conn, &organiser, &input, now())?;
        events::publish_event(conn, &organiser, &event.slug, now())
    })
    .await
    .unwrap()
}

pub async fn take_part(
    app: &TestApp,
    who: &User,
    slug: &str,
    products: Vec<String>,
) -> Result<Participant, MeetingError> {
    let (who, slug, links) = (who.clone(), slug.to_owned(), links(app));
    let input = ParticipationInput {
        pitch: "Handwoven silk from our own looms; we export to Europe.".into(),
        products: products.join(","),
        ..ParticipationInput::default()
    };
    write(&app.db, move |conn| {
        participation::take_part(conn, &who, &slug, &input, &links, now())
    })
    .await
}

pub async fn decide(
    app: &TestApp,
    organiser: &User,
    slug: &str,
    participant: &Participant,
    approve: bool,
) -> Result<Participant, MeetingError> {
    let (organiser, slug, id, links) = (
        organiser.clone(),
        slug.to_owned(),
        participant.id.to_string(),
        links(app),
    );
    write(&app.db, move |conn| {
        let decision = Decision {
            approve,
            note: "See you there.".into(),
            ..Decision::default()
        };
        participation::decide(conn, &organiser, (&slug, &id), &decision, &links, now())
    })
    .await
}

pub async fn pair(
    app: &TestApp,
    who: &User,
    slug: &str,
    with: &Participant,
    at: NaiveDateTime,
) -> PairBooking {
    let (who, slug, with) = (who.clone(), slug.to_owned(), with.id.to_string());
    app.db
        .read(move |conn| booking::slots_for_pair(conn, &who, &slug, &with, at))
        .await
        .unwrap()
}

pub fn common(booking: &PairBooking) -> Vec<Slot> {
    match &booking.slots {
        PairSlots::Common(slots) => slots.clone(),
        PairSlots::Nearest(_) => panic!("the pair should have slots in common"),
    }
}

async fn request_at(
    app: &TestApp,
    who: &User,
    slug: &str,
    with: &Participant,
    starts_at: String,
    at: NaiveDateTime,
) -> Result<Meeting, MeetingError> {
    let (who, slug, links) = (who.clone(), slug.to_owned(), links(app));
    let input = RequestInput {
        with: with.id.to_string(),
        starts_at,
        message: "We import silk stoles for shops in the Netherlands; shall we talk about your range?".into(),
        ..RequestInput::default()
    };
    write(&app.db, move |conn| {
        booking::request_meeting(conn, &who, &slug, &input, &links, at)
    })
    .await
}

pub async fn request(
    app: &TestApp,
    who: &User,
    slug: &str,
    with: &Participant,
    slot: &Slot,
) -> Result<Meeting, MeetingError> {
    request_at(app, who, slug, with, slot.starts_at.to_rfc3339(), now()).await
}

pub type Answer = fn(
    &mut odop_bazaar::db::DbConnection,
    &User,
    &str,
    &Links,
    NaiveDateTime,
) -> Result<Meeting, MeetingError>;

pub async fn answer(
    app: &TestApp,
    who: &User,
    meeting: &Meeting,
    action: Answer,
) -> Result<Meeting, MeetingError> {
    let (who, id, links) = (who.clone(), meeting.id.to_string(), links(app));
    write(&app.db, move |conn| action(conn, &who, &id, &links, now())).await
}

pub fn accept(
    c: &mut odop_bazaar::db::DbConnection,
    u: &User,
    id: &str,
    l: &Links,
    n: NaiveDateTime,
) -> Result<Meeting, MeetingError> {
    booking::accept(c, u, id, l, n)
}

fn decline(
    c: &mut odop_bazaar::db::DbConnection,
    u: &User,
    id: &str,
    l: &Links,
    n: NaiveDateTime,
) -> Result<Meeting, MeetingError> {
    booking::decline(c, u, id, "Fully booked that afternoon.", l, n)
}

fn cancel(
    c: &mut odop_bazaar::db::DbConnection,
    u: &User,
    id: &str,
    l: &Links,
    n: NaiveDateTime,
) -> Result<Meeting, MeetingError> {
    booking::cancel(c, u, id, "Our flight was moved.", l, n)
}

fn field_errors(result: Result<impl std::fmt::Debug, MeetingError>) -> Vec<&'static str> {
    match result {
        Err(MeetingError::Invalid(errors)) => errors.keys().copied().collect(),
        other => panic!("expected field errors, got {other:?}"),
    }
}

/// The `text/calendar` part of an e-mail, unfolded.
pub fn invitation(mail: &ReceivedEmail) -> String {
    use mail_parser::MimeHeaders;
    let message = mail_parser::MessageParser::default().parse(&mail.raw).unwrap();
    let ics = message
        .attachments()
        .find(|part| part.is_content_type("text", "calendar"))
        .and_then(|part| part.text_contents().map(str::to_owned))
        .unwrap_or_else(|| panic!("“{}” has no invitation", mail.subject));
    ics.replace("\r\n ", "")
}

pub fn mail_to<'a>(mail: &'a [ReceivedEmail], to: &str, subject: &str) -> Vec<&'a ReceivedEmail> {
    mail.iter()
        .filter(|m| m.to == to && m.subject.contains(subject))
        .collect()
}

fn holds_at(app: &TestApp, slot: &Slot) -> i64 {
    let start = slot.starts_at.naive_utc();
    app.db
        .read_blocking(move |conn| {
            meeting_holds::table
                .filter(meeting_holds::slot_start.eq(start))
                .count()
                .get_result(conn)
                .map_err(DbError::from)
        })
        .unwrap()
}

#[backend_test]
async fn the_event_form_names_each_field_it_cannot_take(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let organiser = user(&app, Role::Organiser, "council@epch.example", "Export Council").await;
    let today = now();
    let cases: Vec<(EventInput, &str)> = vec![
        (
            EventInput {
                time_zone: "Asia/Bombay2".into(),
                ..event_input("Silk meet", today)
            },
            "time_zone",
        ),
        (
            EventInput {
                window_end: "13:00".into(),
                ..event_input("Silk meet", today)
            },
            "window_end",
        ),
        (
            EventInput {
                slot_minutes: "90".into(),
                ..event_input("Silk meet", today)
            },
            "slot_minutes",
        ),
        (
            EventInput {
                first_day: (today.date() - Duration::days(1)).to_string(),
                ..event_input("Silk meet", today)
            },
            "first_day",
        ),
        (
            EventInput {
                booking_closes: event_input("x", today).booking_opens,
                ..event_input("Silk meet", today)
            },
            "booking_closes",
        ),
    ];
    for (input, field) in cases {
        let organiser = organiser.clone();
        let result = write(&app.db, move |conn| {
            events::create_event(conn, &organiser, &input, now())
        })
        .await;
        assert_eq!(field_errors(result), vec![field], "{backend:?}");
    }
    let producer_account = user(&app, Role::Producer, "weaver@kashi.example", "Kashi Weaves").await;
    let input = event_input("Silk meet", today);
    let refused = write(&app.db, move |conn| {
        events::create_event(conn, &producer_account, &input, now())
    })
    .await;
    assert!(matches!(refused, Err(MeetingError::NotAllowed(_))), "{refused:?}");
    app.stop().await;
}

#[backend_test]
async fn an_event_goes_from_draft_to_booked_meetings_and_frees_slots_again(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    let organiser = user(&app, Role::Organiser, "council@epch.example", "Export Council").await;
    let stranger = user(&app, Role::Organiser, "other@council.example", "Another Council").await;
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
    let product_id = {
        let slug = product_slug.clone();
        app.db
            .read_blocking(move |conn| catalogue_repo::product_by_slug(conn, &slug))
            .unwrap()
            .unwrap()
            .id
            .to_string()
    };

    // A draft takes no one; published, it takes applications.
    let draft = {
        let (organiser, input) = (organiser.clone(), event_input("Silk and stoles meet", now()));
        write(&app.db, move |conn| {
            events::create_event(conn, &organiser, &input, now())
        })
        .await
        .unwrap()
    };
    let slug = draft.slug.clone();
    assert!(matches!(
        take_part(&app, &weaver, &slug, vec![product_id.clone()]).await,
        Err(MeetingError::NotFound)
    ));
    {
        let (organiser, slug) = (organiser.clone(), slug.clone());
        write(&app.db, move |conn| {
            events::publish_event(conn, &organiser, &slug, now())
        })
        .await
        .unwrap();
    }
    assert_eq!(
        field_errors(take_part(&app, &weaver, &slug, vec!["not-my-listing".into()]).await),
        vec!["products"]
    );
    let seller = take_part(&app, &weaver, &slug, vec![product_id]).await.unwrap();
    let visitor = take_part(&app, &importer, &slug, vec![]).await.unwrap();
    assert_eq!(seller.status, ParticipantStatus::Pending);
    assert_eq!(visitor.time_zone, "Europe/Amsterdam");

    // Only this event's organisers decide, and only the approved book.
    assert!(matches!(
        decide(&app, &stranger, &slug, &seller, true).await,
        Err(MeetingError::NotFound)
    ));
    let seller = decide(&app, &organiser, &slug, &seller, true).await.unwrap();
    let early = request_at(&app, &importer, &slug, &seller, String::new(), now()).await;
    assert!(matches!(early, Err(MeetingError::NotAllowed(_))), "{early:?}");
    let visitor = decide(&app, &organiser, &slug, &visitor, true).await.unwrap();
    assert!(matches!(
        decide(&app, &organiser, &slug, &visitor, false).await,
        Err(MeetingError::Changed(_))
    ));

    // The pair's slots lie inside both parties' hours; 16:00–16:30 IST is a break.
    let booking = pair(&app, &importer, &slug, &seller, now()).await;
    let slots = common(&booking);
    assert_eq!(slots.len(), 14, "{slots:?}");
    let first = slots[0];
    assert_eq!(first.starts_at.format("%H:%M").to_string(), "08:30"); // 14:00 IST

    let off_grid = (first.starts_at + Duration::minutes(5)).to_rfc3339();
    assert_eq!(
        field_errors(request_at(&app, &importer, &slug, &seller, off_grid, now()).await),
        vec!["starts_at"]
    );

    // Requested: the slot is held for both, the producer is asked.
    let meeting = request(&app, &importer, &slug, &seller, &first).await.unwrap();
    assert_eq!(meeting.status, MeetingStatus::Requested);
    assert!(!common(&pair(&app, &importer, &slug, &seller, now()).await).contains(&first));
    assert_eq!(holds_at(&app, &first), 2);

    // The buyer cannot accept for the producer; a second acceptance is a conflict.
    assert!(matches!(
        answer(&app, &importer, &meeting, accept).await,
        Err(MeetingError::NotAllowed(_))
    ));
    let accepted = answer(&app, &weaver, &meeting, accept).await.unwrap();
    assert_eq!(accepted.status, MeetingStatus::Accepted);
    assert!(
        accepted
            .video_url
            .as_deref()
            .is_some_and(|u| u.starts_with("https://meet.jit.si/"))
    );
    assert!(matches!(
        answer(&app, &weaver, &meeting, accept).await,
        Err(MeetingError::Changed(_))
    ));

    // Cancelled by the buyer: calendars drop it (same UID, SEQUENCE + 1), the slot is free.
    let cancelled = answer(&app, &importer, &meeting, cancel).await.unwrap();
    assert_eq!(
        (cancelled.status, cancelled.sequence),
        (MeetingStatus::Cancelled, 1)
    );
    assert_eq!(holds_at(&app, &first), 0);
    assert!(common(&pair(&app, &importer, &slug, &seller, now()).await).contains(&first));

    // Requested again and declined: free again.
    let again = request(&app, &importer, &slug, &seller, &first).await.unwrap();
    let declined = answer(&app, &weaver, &again, decline).await.unwrap();
    assert_eq!(declined.status, MeetingStatus::Declined);
    assert_eq!(holds_at(&app, &first), 0);

    // Unanswered, it expires a day later on the clock and the slot is free.
    let pending = request(&app, &importer, &slug, &seller, &first).await.unwrap();
    let later = now() + Duration::minutes(24 * 60 + 1);
    assert!(!common(&pair(&app, &importer, &slug, &seller, now()).await).contains(&first));
    assert!(common(&pair(&app, &importer, &slug, &seller, later).await).contains(&first));
    let expired = write(&app.db, move |conn| booking::expire_lapsed(conn, later))
        .await
        .unwrap();
    assert_eq!(expired, 1);
    assert_eq!(holds_at(&app, &first), 0);
    let late_accept = {
        let (weaver, id, links) = (weaver.clone(), pending.id.to_string(), links(&app));
        write(&app.db, move |conn| {
            booking::accept(conn, &weaver, &id, &links, later)
        })
        .await
    };
    assert!(
        matches!(late_accept, Err(MeetingError::Changed(_))),
        "{late_accept:?}"
    );

    // Every step was e-mailed; the accepted meeting carries its invitation.
    app.run_pending_jobs().await;
    let mail = smtp.messages();
    assert_eq!(mail_to(&mail, &weaver.email, "You take part").len(), 1);
    assert_eq!(mail_to(&mail, &weaver.email, "asks for a meeting").len(), 3);
    assert_eq!(
        mail_to(&mail, &importer.email, "declined your meeting request").len(),
        1
    );
    let uid = format!("UID:{}", accepted.uid);
    for person in [&weaver, &importer] {
        let confirmed = mail_to(&mail, &person.email, "Meeting confirmed");
        assert_eq!(confirmed.len(), 1);
        let ics = invitation(confirmed[0]);
        for line in [
            "METHOD:REQUEST",
            uid.as_str(),
            "SEQUENCE:0",
            "DTSTART:",
            "BEGIN:VALARM",
            "meet.jit.si",
        ] {
            assert!(ics.contains(line), "{line} missing from\n{ics}");
        }
        let withdrawn = invitation(mail_to(&mail, &person.email, "Meeting cancelled")[0]);
        for line in ["METHOD:CANCEL", uid.as_str(), "SEQUENCE:1"] {
            assert!(withdrawn.contains(line), "{line} missing from\n{withdrawn}");
        }
    }
    assert!(
        mail_to(&mail, &weaver.email, "asks for a meeting")[0]
            .text
            .as_deref()
            .is_some_and(|t| t.contains("IST (UTC+05:30) · ") && t.contains("CET (UTC+01:00)"))
    );
    app.stop().await;
}

#[backend_test]
async fn booking_refuses_cancelled_events_and_full_days(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let organiser = user(&app, Role::Organiser, "council@epch.example", "Export Council").await;
    let (weaver, _, _) = producer(
        &app,
        None,
        "weaver@kashi.example",
        "Kashi Weaves",
        "varanasi",
        "handloom",
    )
    .await;
    let importer = buyer(&app, "jan@tulip.example").await;
    let input = EventInput {
        approval: "automatic".into(),
        daily_cap: "1".into(),
        request_mode: "instant".into(),
        ..event_input("Capped meet", now())
    };
    let event = published_event(&app, &organiser, input).await;
    let slug = event.slug.clone();
    let product = {
        let id = weaver.id.to_string();
        app.db
            .read_blocking(move |conn| {
                let producer = catalogue_repo::producer_by_user(conn, &id)?.unwrap();
                catalogue_repo::products_of_producer(conn, &producer.id)
            })
            .unwrap()[0]
            .id
            .to_string()
    };
    let seller = take_part(&app, &weaver, &slug, vec![product]).await.unwrap();
    take_part(&app, &importer, &slug, vec![]).await.unwrap();
    let slots = common(&pair(&app, &importer, &slug, &seller, now()).await);

    // Instant mode confirms at once; the cap of one a day refuses a second that day.
    let first = request(&app, &importer, &slug, &seller, &slots[0]).await.unwrap();
    assert_eq!(first.status, MeetingStatus::Accepted);
    assert_eq!(
        field_errors(request(&app, &importer, &slug, &seller, &slots[1]).await),
        vec!["starts_at"]
    );

    // Cancelling the event cancels the meeting and frees its slot; booking is refused.
    {
        let (organiser, slug, links) = (organiser.clone(), slug.clone(), links(&app));
        write(&app.db, move |conn| {
            events::cancel_event(conn, &organiser, &slug, &links, now())
        })
        .await
        .unwrap();
    }
    // What cancelled it is kept as data, worded for each reader; no words
    // are stored as its reason.
    let id = first.id.to_string();
    let ended: (MeetingStatus, Option<CancelledBy>, Option<String>) = app
        .db
        .read_blocking(move |conn| {
            meetings::table
                .find(id)
                .select((meetings::status, meetings::cancelled_by, meetings::reason))
                .first(conn)
                .map_err(DbError::from)
        })
        .unwrap();
    assert_eq!(ended, (MeetingStatus::Cancelled, Some(CancelledBy::Event), None));
    assert_eq!(holds_at(&app, &slots[0]), 0);
    let refused = request(&app, &importer, &slug, &seller, &slots[2]).await;
    assert!(matches!(refused, Err(MeetingError::NotAllowed(_))), "{refused:?}");
    app.run_pending_jobs().await;
    app.stop().await;
}

#[backend_test]
async fn twenty_buyers_asking_for_one_producer_slot_at_once_leave_one_holding_it(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let organiser = user(&app, Role::Organiser, "council@epch.example", "Export Council").await;
    let (weaver, _, product_slug) = producer(
        &app,
        None,
        "weaver@kashi.example",
        "Kashi Weaves",
        "varanasi",
        "handloom",
    )
    .await;
    let input = EventInput {
        approval: "automatic".into(),
        ..event_input("Crowded meet", now())
    };
    let event = published_event(&app, &organiser, input).await;
    let slug = event.slug.clone();
    let product = {
        let slug = product_slug.clone();
        app.db
            .read_blocking(move |c| catalogue_repo::product_by_slug(c, &slug))
            .unwrap()
            .unwrap()
            .id
            .to_string()
    };
    let seller = take_part(&app, &weaver, &slug, vec![product]).await.unwrap();
    let mut buyers = Vec::new();
    for n in 0..20 {
        let account = buyer(&app, &format!("buyer{n}@importers.example")).await;
        take_part(&app, &account, &slug, vec![]).await.unwrap();
        buyers.push(account);
    }
    let slot = common(&pair(&app, &buyers[0], &slug, &seller, now()).await)[0];

    let attempts = buyers.iter().map(|b| request(&app, b, &slug, &seller, &slot));
    let results = futures_util::future::join_all(attempts).await;
    let won = results.iter().filter(|r| r.is_ok()).count();
    let taken = results
        .iter()
        .filter(|r| matches!(r, Err(MeetingError::SlotTaken)))
        .count();
    assert_eq!((won, taken), (1, 19), "{backend:?}: {results:?}");
    assert_eq!(holds_at(&app, &slot), 2, "the winner's hold and the producer's");
    let rows: i64 = app
        .db
        .read_blocking(|conn| meetings::table.count().get_result(conn).map_err(DbError::from))
        .unwrap();
    assert_eq!(rows, 1, "the refused requests left nothing behind");
    app.run_pending_jobs().await;
    app.stop().await;
}

#[backend_test]
async fn hours_in_ones_own_zone_blocked_slots_and_co_organisers_shape_the_booking(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let organiser = user(&app, Role::Organiser, "council@epch.example", "Export Council").await;
    let co = user(&app, Role::Organiser, "mission@embassy.example", "Embassy").await;
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
    let input = EventInput {
        approval: "automatic".into(),
        ..event_input("Hours meet", now())
    };
    let event = published_event(&app, &organiser, input).await;
    let slug = event.slug.clone();

    // A co-organiser has the owner's rights; a producer cannot be one.
    {
        let (organiser, co, weaver, slug) = (organiser.clone(), co.clone(), weaver.clone(), slug.clone());
        let refused = write(&app.db, move |conn| {
            let refused = events::add_co_organiser(conn, &organiser, &slug, &weaver, now());
            events::add_co_organiser(conn, &organiser, &slug, &co, now())?;
            events::organised(conn, &co, &slug)?;
            Ok(refused)
        })
        .await
        .unwrap();
        assert_eq!(field_errors(refused), vec!["email"]);
    }

    let product = {
        let slug = product_slug.clone();
        app.db
            .read_blocking(move |c| catalogue_repo::product_by_slug(c, &slug))
            .unwrap()
            .unwrap()
            .id
            .to_string()
    };
    let seller = take_part(&app, &weaver, &slug, vec![product]).await.unwrap();
    take_part(&app, &importer, &slug, vec![]).await.unwrap();
    let set_hours =
        |day: Option<chrono::NaiveDate>, hours: (&'static str, &'static str), zone: &'static str| {
            let (importer, slug) = (importer.clone(), slug.clone());
            write(&app.db, move |conn| {
                participation::set_hours(conn, &importer, &slug, day, hours, zone, now())
            })
        };
    assert_eq!(
        field_errors(set_hours(None, ("09:00", "17:00"), "Mars/Olympus").await),
        vec!["time_zone"]
    );
    assert_eq!(
        field_errors(set_hours(None, ("17:00", "09:00"), "Europe/Amsterdam").await),
        vec!["hours_end"]
    );
    assert_eq!(
        field_errors(
            set_hours(
                Some(event.first_day - Duration::days(1)),
                ("09:00", "17:00"),
                "Europe/Amsterdam"
            )
            .await
        ),
        vec!["day"]
    );

    // 09:00–10:00 in New York is 19:30–20:30 in India: nothing in common, the nearest shown
    // with how far outside each side's hours.
    set_hours(None, ("09:00", "10:00"), "America/New_York")
        .await
        .unwrap();
    match pair(&app, &importer, &slug, &seller, now()).await.slots {
        PairSlots::Nearest(near) => {
            assert!(!near.is_empty());
            assert!(near[0].first_outside_by > Duration::zero(), "{near:?}");
            assert_eq!(
                near[0].second_outside_by,
                Duration::zero(),
                "inside the producer's hours"
            );
        }
        PairSlots::Common(slots) => panic!("nothing should be common: {slots:?}"),
    }
    // Early on the first day only: that day's slots come back, the second day's do not.
    set_hours(Some(event.first_day), ("03:00", "08:00"), "America/New_York")
        .await
        .unwrap();
    let slots = common(&pair(&app, &importer, &slug, &seller, now()).await);
    assert_eq!(slots.len(), 7, "{slots:?}");

    // A blocked slot is gone for the pair, and cannot be blocked twice or off the grid.
    let block = |at: String| {
        let (weaver, slug) = (weaver.clone(), slug.clone());
        write(&app.db, move |conn| {
            booking::block_slot(conn, &weaver, &slug, &at, now())
        })
    };
    block(slots[0].starts_at.to_rfc3339()).await.unwrap();
    assert!(matches!(
        block(slots[0].starts_at.to_rfc3339()).await,
        Err(MeetingError::SlotTaken)
    ));
    assert_eq!(
        field_errors(block((slots[0].starts_at + Duration::minutes(1)).to_rfc3339()).await),
        vec!["starts_at"]
    );
    let after = common(&pair(&app, &importer, &slug, &seller, now()).await);
    assert_eq!(after, slots[1..].to_vec());
    app.run_pending_jobs().await;
    app.stop().await;
}

async fn propose(app: &TestApp, who: &User, meeting: &Meeting, slot: &Slot) -> Result<Meeting, MeetingError> {
    let (who, id, links) = (who.clone(), meeting.id.to_string(), links(app));
    let input = booking::ProposalInput {
        starts_at: slot.starts_at.to_rfc3339(),
    };
    write(&app.db, move |conn| {
        booking::propose(conn, &who, &id, &input, &links, now())
    })
    .await
}

fn accept_move(
    c: &mut odop_bazaar::db::DbConnection,
    u: &User,
    id: &str,
    l: &Links,
    n: NaiveDateTime,
) -> Result<Meeting, MeetingError> {
    booking::accept_move(c, u, id, l, n)
}

fn keep_time(
    c: &mut odop_bazaar::db::DbConnection,
    u: &User,
    id: &str,
    l: &Links,
    n: NaiveDateTime,
) -> Result<Meeting, MeetingError> {
    booking::keep_time(c, u, id, l, n)
}

#[backend_test]
async fn a_meeting_moves_only_when_the_other_side_takes_the_new_time(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    let organiser = user(&app, Role::Organiser, "council@epch.example", "Export Council").await;
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
    let rival = buyer(&app, "eva@stoffen.example").await;
    let product_id = app
        .db
        .read_blocking(move |conn| catalogue_repo::product_by_slug(conn, &product_slug))
        .unwrap()
        .unwrap()
        .id
        .to_string();
    let slug = published_event(&app, &organiser, event_input("Moving meet", now()))
        .await
        .slug;
    let seller = take_part(&app, &weaver, &slug, vec![product_id]).await.unwrap();
    let seller = decide(&app, &organiser, &slug, &seller, true).await.unwrap();
    for who in [&importer, &rival] {
        let visitor = take_part(&app, who, &slug, vec![]).await.unwrap();
        decide(&app, &organiser, &slug, &visitor, true).await.unwrap();
    }
    let slots = common(&pair(&app, &importer, &slug, &seller, now()).await);
    let (first, second, third) = (slots[0], slots[1], slots[2]);

    // A request still waiting moves at once and goes back to the side that asked.
    let asked = request(&app, &importer, &slug, &seller, &first).await.unwrap();
    assert_eq!(
        field_errors(propose(&app, &weaver, &asked, &first).await),
        vec!["starts_at"]
    );
    let countered = propose(&app, &weaver, &asked, &second).await.unwrap();
    assert_eq!(countered.status, MeetingStatus::Requested);
    assert_eq!(countered.starts_at, second.starts_at.naive_utc());
    assert_eq!(countered.recipient_id.to_string(), asked.requester_id.to_string());
    assert_eq!((holds_at(&app, &first), holds_at(&app, &second)), (0, 2));
    assert!(matches!(
        answer(&app, &weaver, &countered, accept).await,
        Err(MeetingError::NotAllowed(_))
    ));
    let accepted = answer(&app, &importer, &countered, accept).await.unwrap();

    // An accepted meeting keeps its time while a move waits; the proposed
    // slot is held for both, so no one else takes it meanwhile.
    let proposed = propose(&app, &importer, &accepted, &third).await.unwrap();
    assert_eq!(
        (proposed.starts_at, proposed.proposed_starts_at),
        (second.starts_at.naive_utc(), Some(third.starts_at.naive_utc()))
    );
    assert!(matches!(
        request(&app, &rival, &slug, &seller, &third).await,
        Err(MeetingError::SlotTaken)
    ));
    assert!(matches!(
        answer(&app, &importer, &proposed, accept_move).await,
        Err(MeetingError::NotAllowed(_))
    ));

    // Kept: the proposed slot is free again and the time stands.
    let kept = answer(&app, &weaver, &proposed, keep_time).await.unwrap();
    assert_eq!((kept.proposed_starts_at, kept.sequence), (None, 0));
    assert_eq!(holds_at(&app, &third), 0);

    // Proposed again and taken: the meeting moves, its old slot is free,
    // and calendars update the same entry (same UID, SEQUENCE + 1).
    let proposed = propose(&app, &importer, &kept, &third).await.unwrap();
    let moved = answer(&app, &weaver, &proposed, accept_move).await.unwrap();
    assert_eq!(
        (
            moved.starts_at,
            moved.proposed_starts_at,
            moved.sequence,
            moved.uid.as_str()
        ),
        (third.starts_at.naive_utc(), None, 1, accepted.uid.as_str())
    );
    assert!(matches!(
        answer(&app, &weaver, &proposed, accept_move).await,
        Err(MeetingError::NotAllowed(_))
    ));
    assert_eq!((holds_at(&app, &second), holds_at(&app, &third)), (0, 2));
    // The rival reads Hindi: the invitation to their meeting is written for
    // them in Hindi, and the producer's copy in English.
    changes::change_language(&app.db, &rival, Some(Language::Hi), now())
        .await
        .unwrap();
    let rivals = request(&app, &rival, &slug, &seller, &second).await.unwrap();
    answer(&app, &weaver, &rivals, accept).await.unwrap();

    app.run_pending_jobs().await;
    let mail = smtp.messages();
    assert_eq!(mail_to(&mail, &weaver.email, "proposes another time").len(), 2);
    assert_eq!(mail_to(&mail, &importer.email, "stays at its time").len(), 1);
    let uid = format!("UID:{}", accepted.uid);
    for person in [&weaver, &importer] {
        let updated = mail_to(&mail, &person.email, "Meeting moved");
        assert_eq!(updated.len(), 1);
        let ics = invitation(updated[0]);
        let start = format!("DTSTART:{}", third.starts_at.format("%Y%m%dT%H%M%SZ"));
        for line in ["METHOD:REQUEST", uid.as_str(), "SEQUENCE:1", start.as_str()] {
            assert!(ics.contains(line), "{line} missing from\n{ics}");
        }
    }
    let to_rival = mail
        .iter()
        .find(|m| m.to == rival.email && m.content_type == "multipart/mixed")
        .map(invitation)
        .unwrap_or_else(|| panic!("{backend:?}: no invitation to the rival"));
    let rivals_uid = format!("UID:{}", rivals.uid);
    let to_weaver = mail_to(&mail, &weaver.email, "Meeting confirmed")
        .into_iter()
        .map(invitation)
        .find(|ics| ics.contains(&rivals_uid))
        .unwrap_or_else(|| panic!("{backend:?}: no invitation to the producer"));
    // Both sides' times are on the rival's clock first: theirs asked.
    let (amsterdam, kolkata) = (chrono_tz::Europe::Amsterdam, chrono_tz::Asia::Kolkata);
    let when = |language| {
        scoped(Locale::new(language), || {
            display::in_both_zones(second.starts_at, amsterdam, kolkata)
        })
        .replace(',', "\\,")
    };
    for line in [
        rivals_uid.as_str(),
        &when(Language::Hi),
        "वीडियो रूम: https://meet.jit.si/",
        "बैठक का पेज: ",
    ] {
        assert!(to_rival.contains(line), "{line} missing from\n{to_rival}");
    }
    for line in [
        &when(Language::En),
        "Video room: https://meet.jit.si/",
        "Meeting page: ",
    ] {
        assert!(to_weaver.contains(line), "{line} missing from\n{to_weaver}");
    }
    app.stop().await;
}
