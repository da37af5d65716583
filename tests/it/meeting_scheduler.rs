//! The organisers' scheduler through the pages, on both databases with the
//! in-process SMTP server: the grid of an event day, a meeting booked for a
//! hosted buyer (both invited), moved (the same calendar entry updated) and
//! cancelled (withdrawn), conflicts refused with their reason and nothing
//! changed, the audit log, and no one else let in.

use chrono::SecondsFormat;
use odop_bazaar::accounts::{Role, User, changes};
use odop_bazaar::i18n::Language;
use odop_bazaar::meetings::events::EventInput;
use odop_bazaar::meetings::model::{CancelledBy, Event, Meeting, MeetingStatus, Participant};
use odop_bazaar::meetings::participation::{self, Decision};
use odop_bazaar::meetings::schedule::LocalSpan;
use odop_bazaar::meetings::scheduler::{self, GridFilter};
use odop_bazaar::meetings::{MeetingError, Slot, repo};
use odop_bazaar::meetings::{booking, demo};
use odop_bazaar::schema::{event_audit, meetings};

use crate::browser::{Browser, Page};
use crate::catalogue::app_with_mail;
use crate::directory_plans::statements_of;
use crate::harness::{Backend, TestApp};
use crate::market::{PASSWORD, Site, buyer, now, producer, product_id, user};
use crate::meetings::{event_input, invitation, links, mail_to, published_event, take_part};
use test_macros::backend_test;

async fn signed_in(app: &TestApp, email: &str) -> Browser {
    let browser = Browser::new(app);
    assert_eq!(browser.sign_in(email, PASSWORD).await.status, 303);
    crate::two_factor::give_second_factor_if_asked(&browser).await;
    browser
}

fn slot_value(slot: &Slot) -> String {
    slot.starts_at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// Approves `participant`, as a hosted buyer when `hosted`.
async fn approve(app: &TestApp, organiser: &User, slug: &str, participant: &Participant, hosted: bool) {
    let (organiser, slug, id, links) = (
        organiser.clone(),
        slug.to_owned(),
        participant.id.to_string(),
        links(app),
    );
    app.db
        .write(move |conn| {
            let decision = Decision {
                approve: true,
                note: String::new(),
                hosted,
            };
            participation::decide(conn, &organiser, (&slug, &id), &decision, &links, now())
        })
        .await
        .unwrap();
}

/// The meetings of the event, oldest first.
fn meetings_of(app: &TestApp, event: &Event) -> Vec<Meeting> {
    use diesel::prelude::*;
    let id = event.id.clone();
    app.db
        .read_blocking(move |conn| {
            meetings::table
                .filter(meetings::event_id.eq(&id))
                .order(meetings::created_at)
                .select(Meeting::as_select())
                .load(conn)
                .map_err(odop_bazaar::db::DbError::from)
        })
        .unwrap()
}

fn reloaded(app: &TestApp, meeting: &Meeting) -> Meeting {
    let id = meeting.id.to_string();
    app.db
        .read_blocking(move |conn| repo::find_meeting(conn, &id))
        .unwrap()
        .unwrap()
}

fn error_of(page: &Page) -> &str {
    let start = page
        .body
        .find("class=\"field__error\"")
        .unwrap_or_else(|| panic!("no field error on\n{}", page.body));
    &page.body[start..(start + 300).min(page.body.len())]
}

struct Fixture {
    event: Event,
    slots: Vec<Slot>,
    weaver: User,
    importer: User,
    seller: Participant,
    second: Participant,
    guest: Participant,
}

/// An event confirming requests at once, two approved producers and an
/// approved hosted buyer from Amsterdam.
async fn fixture(app: &TestApp, council: &User, request_mode: &str) -> Fixture {
    let (weaver, _, weave) = producer(
        app,
        None,
        "weaver@kashi.example",
        "Kashi Weaves",
        "varanasi",
        "handloom",
    )
    .await;
    let (looms, _, loom) = producer(
        app,
        None,
        "looms@banaras.example",
        "Banaras Looms",
        "varanasi",
        "handloom",
    )
    .await;
    let importer = buyer(app, "jan@tulip.example").await;
    let input = EventInput {
        request_mode: request_mode.into(),
        ..event_input("Silk and stoles meet", now())
    };
    let event = published_event(app, council, input).await;
    let seller = take_part(app, &weaver, &event.slug, vec![product_id(app, &weave)])
        .await
        .unwrap();
    let second = take_part(app, &looms, &event.slug, vec![product_id(app, &loom)])
        .await
        .unwrap();
    let guest = take_part(app, &importer, &event.slug, Vec::new()).await.unwrap();
    for (participant, hosted) in [(&seller, false), (&second, false), (&guest, true)] {
        approve(app, council, &event.slug, participant, hosted).await;
    }
    let slots = event.schedule().unwrap().grid().slots;
    Fixture {
        event,
        slots,
        weaver,
        importer,
        seller,
        second,
        guest,
    }
}

#[backend_test]
async fn an_organiser_books_moves_and_cancels_a_hosted_buyers_meeting(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    let council = user(&app, Role::Organiser, "council@epch.example", "Export Council").await;
    user(&app, Role::Organiser, "desk@mission.example", "Another Mission").await;
    let f = fixture(&app, &council, "instant").await;
    let slug = f.event.slug.clone();
    let organiser = signed_in(&app, "council@epch.example").await;
    let schedule = format!("/dashboard/events/{slug}/schedule");

    // The grid lists both sides against the first day's slots, all free.
    let grid = organiser.get(&schedule).await;
    assert_eq!(grid.status, 200, "{backend:?}: {}", grid.body);
    for text in [
        "Kashi Weaves",
        "Banaras Looms",
        "Tulip Trading BV",
        "hosted",
        "14:00",
        "08:30 UTC",
    ] {
        assert!(grid.body.contains(text), "{text} missing from\n{}", grid.body);
    }
    assert!(!grid.body.contains("class=\"cell--booked\""), "{}", grid.body);

    // Booking for the hosted buyer: accepted at once, both invited with an .ics.
    let book = format!("{schedule}/book");
    let day = f.slots[0].starts_at.date_naive().to_string();
    let first = slot_value(&f.slots[0]);
    let booked = organiser
        .submit(
            &schedule,
            &book,
            &[
                ("buyer", f.guest.id.as_str()),
                ("producer", f.seller.id.as_str()),
                ("starts_at", first.as_str()),
                ("message", ""),
                ("day", day.as_str()),
            ],
        )
        .await;
    assert_eq!(booked.status, 303, "{backend:?}: {}", booked.body);
    let meeting = meetings_of(&app, &f.event).pop().expect("a meeting is booked");
    assert_eq!(meeting.status, MeetingStatus::Accepted);
    assert_eq!(meeting.requester_id, f.guest.id);
    assert_eq!(meeting.starts_at, f.slots[0].starts_at.naive_utc());
    app.run_pending_jobs().await;
    let mail = smtp.messages();
    for person in [&f.weaver, &f.importer] {
        let confirmed = mail_to(&mail, &person.email, "Meeting confirmed");
        assert_eq!(confirmed.len(), 1, "{}", person.email);
        let ics = invitation(confirmed[0]);
        for line in ["METHOD:REQUEST", &format!("UID:{}", meeting.uid), "SEQUENCE:0"] {
            assert!(ics.contains(line), "{line} missing from\n{ics}");
        }
    }

    // Moved to another free slot: the same calendar entry, SEQUENCE raised.
    let page = format!("{schedule}/meetings/{}", meeting.id);
    let moving = format!("{page}/move");
    let second_slot = slot_value(&f.slots[1]);
    let moved = organiser
        .submit(&page, &moving, &[("starts_at", second_slot.as_str())])
        .await;
    assert_eq!(moved.status, 303, "{backend:?}: {}", moved.body);
    let now_held = reloaded(&app, &meeting);
    assert_eq!(now_held.starts_at, f.slots[1].starts_at.naive_utc());
    assert_eq!(now_held.sequence, 1);
    app.run_pending_jobs().await;
    let mail = smtp.messages();
    for person in [&f.weaver, &f.importer] {
        let updated = mail_to(&mail, &person.email, "Meeting moved");
        assert_eq!(updated.len(), 1, "{}", person.email);
        let ics = invitation(updated[0]);
        for line in ["METHOD:REQUEST", &format!("UID:{}", meeting.uid), "SEQUENCE:1"] {
            assert!(ics.contains(line), "{line} missing from\n{ics}");
        }
    }

    // A slot the producer blocked, and one where the buyer meets someone
    // else, are refused with the reason; the meeting stays where it was.
    let (weaver, blocked) = (f.weaver.clone(), slot_value(&f.slots[2]));
    let block = (slug.clone(), blocked.clone());
    app.db
        .write(move |conn| booking::block_slot(conn, &weaver, &block.0, &block.1, now()))
        .await
        .unwrap();
    let other_slot = slot_value(&f.slots[3]);
    let other = organiser
        .submit(
            &schedule,
            &book,
            &[
                ("buyer", f.guest.id.as_str()),
                ("producer", f.second.id.as_str()),
                ("starts_at", other_slot.as_str()),
                ("day", day.as_str()),
            ],
        )
        .await;
    assert_eq!(other.status, 303, "{backend:?}: {}", other.body);
    for (slot, reason) in [
        (&blocked, "Kashi Weaves blocked this time"),
        (
            &other_slot,
            "Tulip Trading BV has another meeting or request at this time",
        ),
    ] {
        let refused = organiser
            .submit(&page, &moving, &[("starts_at", slot.as_str())])
            .await;
        assert_eq!(refused.status, 422, "{backend:?}: {}", refused.body);
        assert!(
            error_of(&refused).contains(reason),
            "{reason}: {}",
            error_of(&refused)
        );
        assert_eq!(reloaded(&app, &meeting), now_held);
    }

    // The grid shows the day as it stands: booked, blocked, free.
    let grid = organiser.get(&format!("{schedule}?day={day}")).await;
    for text in [
        "class=\"cell--booked\"",
        "Booked</small>Kashi Weaves",
        "Booked</small>Banaras Looms",
        "class=\"cell--blocked\">Blocked",
        "<td>Free</td>",
    ] {
        assert!(grid.body.contains(text), "{text} missing from\n{}", grid.body);
    }
    let producers = organiser
        .get(&format!("{schedule}?day={day}&side=producer"))
        .await;
    assert!(!producers.body.contains("Buyer, hosted"), "{}", producers.body);
    assert!(
        producers.body.contains("2 of 3 participants match"),
        "{}",
        producers.body
    );

    // Outside the producer's hours it is refused, unless the organiser overrides.
    let seller = f.seller.id.clone();
    app.db
        .write(move |conn| {
            let time = |h, m| chrono::NaiveTime::from_hms_opt(h, m, 0).unwrap();
            let hours = LocalSpan::new(time(14, 0), time(15, 30)).unwrap();
            repo::set_daily_hours(conn, &seller, hours, now()).map_err(MeetingError::from)
        })
        .await
        .unwrap();
    let late = slot_value(
        f.slots
            .iter()
            .find(|s| s.starts_at.format("%H:%M").to_string() == "11:30")
            .unwrap(),
    );
    let refused = organiser
        .submit(&page, &moving, &[("starts_at", late.as_str())])
        .await;
    assert_eq!(refused.status, 422, "{backend:?}: {}", refused.body);
    assert!(
        error_of(&refused).contains("outside Kashi Weaves&#x27;s hours (by 110 min)"),
        "{}",
        error_of(&refused)
    );
    assert_eq!(reloaded(&app, &meeting), now_held);
    let overridden = organiser
        .submit(
            &page,
            &moving,
            &[("starts_at", late.as_str()), ("outside_hours", "on")],
        )
        .await;
    assert_eq!(overridden.status, 303, "{backend:?}: {}", overridden.body);
    assert_eq!(reloaded(&app, &meeting).sequence, 2);

    // Cancelled: both sides get the calendar entry withdrawn, and are told
    // in their own language that the organisers cancelled it, with the
    // reason typed; the weaver reads Hindi.
    changes::change_language(&app.db, &f.weaver, Some(Language::Hi), now())
        .await
        .unwrap();
    let cancelled = organiser
        .submit(
            &page,
            &format!("{page}/cancel"),
            &[("reason", "The buyer's flight was moved.")],
        )
        .await;
    assert_eq!(cancelled.status, 303, "{backend:?}: {}", cancelled.body);
    let ended = reloaded(&app, &meeting);
    assert_eq!(
        (ended.status, ended.cancelled_by, ended.reason.as_deref()),
        (
            MeetingStatus::Cancelled,
            Some(CancelledBy::Organisers),
            Some("The buyer's flight was moved.")
        )
    );
    app.run_pending_jobs().await;
    let mail = smtp.messages();
    let title = &f.event.title;
    let in_hindi = format!("{title} के आयोजकों ने रद्द की।");
    let in_english = format!("Cancelled by the organisers of {title}.");
    for (person, subject, by_organisers) in [
        (&f.weaver, "बैठक रद्द", &in_hindi),
        (&f.importer, "Meeting cancelled", &in_english),
    ] {
        let withdrawn = mail_to(&mail, &person.email, subject);
        assert_eq!(withdrawn.len(), 1, "{}", person.email);
        let text = withdrawn[0].text.as_deref().unwrap();
        for line in [by_organisers.as_str(), "The buyer's flight was moved."] {
            assert!(text.contains(line), "{line} missing from\n{text}");
        }
        let ics = invitation(withdrawn[0]);
        for line in ["METHOD:CANCEL", &format!("UID:{}", meeting.uid), "SEQUENCE:3"] {
            assert!(ics.contains(line), "{line} missing from\n{ics}");
        }
    }
    let weaver = signed_in(&app, &f.weaver.email).await;
    let own = weaver.get(&format!("/dashboard/meetings/{}", meeting.id)).await;
    assert_eq!(own.status, 200, "{backend:?}: {}", own.body);
    assert!(own.body.contains(&in_hindi), "{}", own.body);

    // A meeting cancelled before cancellations kept who cancelled them shows
    // the English words stored then, marked as English.
    let (id, old_reason) = (meeting.id.to_string(), in_english.clone());
    app.db
        .write_blocking(move |conn| {
            use diesel::prelude::*;
            diesel::update(meetings::table.find(id))
                .set((
                    meetings::reason.eq(old_reason),
                    meetings::cancelled_by.eq(None::<CancelledBy>),
                ))
                .execute(conn)
                .map_err(odop_bazaar::db::DbError::from)
        })
        .unwrap();
    let own = weaver.get(&format!("/dashboard/meetings/{}", meeting.id)).await;
    let marked = format!(r#"<span lang="en">{in_english}</span>"#);
    assert!(own.body.contains(&marked), "{marked} missing from\n{}", own.body);
    assert!(!own.body.contains(&in_hindi), "{}", own.body);

    // The audit log lists every action, newest first.
    let audit = organiser.get(&format!("/dashboard/events/{slug}/audit")).await;
    assert_eq!(audit.status, 200);
    let at = |text: &str| {
        audit
            .body
            .find(text)
            .unwrap_or_else(|| panic!("{text} missing from\n{}", audit.body))
    };
    assert!(at(">Cancelled<") < at(">Moved<"), "{}", audit.body);
    assert!(at(">Moved<") < at(">Booked<"), "{}", audit.body);
    assert_eq!(audit.body.matches(">Moved<").count(), 2, "{}", audit.body);
    assert_eq!(audit.body.matches(">Booked<").count(), 2, "{}", audit.body);
    assert!(audit.body.contains("Export Council"), "{}", audit.body);
    assert!(
        audit.body.contains("The buyer&#x27;s flight was moved."),
        "{}",
        audit.body
    );

    // Read in Hindi, the entries are worded in Hindi; one written before the
    // log kept its facts still shows, as the English line it stored.
    let old_line = "Tulip Trading BV with Kashi Weaves, Tue 2 Mar, 14:30 IST (UTC+05:30)";
    let (event_id, actor_id) = (f.event.id.to_string(), council.id.to_string());
    app.db
        .write_blocking(move |conn| {
            use diesel::prelude::*;
            diesel::insert_into(event_audit::table)
                .values((
                    event_audit::id.eq("0190aa00-0000-7000-8000-000000000001"),
                    event_audit::event_id.eq(event_id),
                    event_audit::actor_id.eq(actor_id),
                    event_audit::action.eq("booked"),
                    event_audit::detail.eq(old_line),
                    event_audit::at.eq(now() - chrono::TimeDelta::days(1)),
                ))
                .execute(conn)
                .map_err(odop_bazaar::db::DbError::from)
        })
        .unwrap();
    let hindi = organiser
        .get(&format!("/dashboard/events/{slug}/audit?lang=hi"))
        .await;
    assert_eq!(hindi.status, 200, "{backend:?}: {}", hindi.body);
    for text in [
        "Tulip Trading BV की Kashi Weaves के साथ बैठक, ",
        "The buyer&#x27;s flight was moved.",
        &format!(r#"<td lang="en" dir="ltr">{old_line}</td>"#),
    ] {
        assert!(hindi.body.contains(text), "{text} missing from\n{}", hindi.body);
    }

    // Another organiser and a participant find no such pages.
    for email in ["desk@mission.example", "weaver@kashi.example"] {
        let stranger = signed_in(&app, email).await;
        for path in [&schedule, &page, &format!("/dashboard/events/{slug}/audit")] {
            assert_eq!(stranger.get(path).await.status, 404, "{email} {path}");
        }
        let foreign = stranger
            .submit(
                "/dashboard",
                &book,
                &[
                    ("buyer", f.guest.id.as_str()),
                    ("producer", f.seller.id.as_str()),
                    ("starts_at", first.as_str()),
                ],
            )
            .await;
        assert_eq!(foreign.status, 404, "{email}");
    }
    assert_eq!(meetings_of(&app, &f.event).len(), 2);

    app.run_pending_jobs().await;
    app.stop().await;
}

#[backend_test]
async fn a_booking_that_needs_acceptance_is_a_request_the_producer_answers(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    let council = user(&app, Role::Organiser, "council@epch.example", "Export Council").await;
    let f = fixture(&app, &council, "accept").await;
    let organiser = signed_in(&app, "council@epch.example").await;
    let schedule = format!("/dashboard/events/{}/schedule", f.event.slug);
    let book = format!("{schedule}/book");
    let first = slot_value(&f.slots[0]);

    // Not for a producer in the buyer's place, nor a buyer the event does not host.
    let wrong = organiser
        .submit(
            &schedule,
            &book,
            &[
                ("buyer", f.second.id.as_str()),
                ("producer", f.seller.id.as_str()),
                ("starts_at", first.as_str()),
            ],
        )
        .await;
    assert_eq!(wrong.status, 422, "{backend:?}: {}", wrong.body);
    assert!(
        wrong
            .body
            .contains("Choose one of the event&#x27;s hosted buyers."),
        "{}",
        wrong.body
    );
    assert!(meetings_of(&app, &f.event).is_empty());

    let booked = organiser
        .submit(
            &schedule,
            &book,
            &[
                ("buyer", f.guest.id.as_str()),
                ("producer", f.seller.id.as_str()),
                ("starts_at", first.as_str()),
                ("message", "Jan is in Delhi that week; please meet him."),
            ],
        )
        .await;
    assert_eq!(booked.status, 303, "{backend:?}: {}", booked.body);
    let meeting = meetings_of(&app, &f.event).pop().expect("a request is made");
    assert_eq!(meeting.status, MeetingStatus::Requested);
    app.run_pending_jobs().await;
    let mail = smtp.messages();
    assert_eq!(
        mail_to(&mail, &f.weaver.email, "asks for a meeting").len(),
        1,
        "the producer answers the request"
    );
    let grid = organiser.get(&schedule).await;
    assert!(
        grid.body.contains("Pending</small>Tulip Trading BV"),
        "{}",
        grid.body
    );

    app.run_pending_jobs().await;
    app.stop().await;
}

#[backend_test]
async fn the_grid_of_300_producers_and_500_buyers_reads_a_page_in_a_few_queries(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let at = now();
    crate::market::demo_event(&app.db, app.base_url(), at);
    let admin = user(&app, Role::Admin, "admin@bazaar.example", "Site Admin").await;
    let browser = signed_in(&app, "admin@bazaar.example").await;
    let schedule = format!("/dashboard/events/{}/schedule", demo::SLUG);

    // An admin sees any event's grid: 800 participants, 25 to a page, under the page budget.
    let started = std::time::Instant::now();
    let first = browser.get(&schedule).await;
    let took = started.elapsed();
    eprintln!(
        "{backend:?}: the first page of the demo grid in {took:?}, {} bytes",
        first.body.len()
    );
    assert_eq!(first.status, 200, "{backend:?}");
    assert!(first.body.contains("Showing 1–25 of 800."), "{}", first.body);
    assert_eq!(first.body.matches("<th scope=\"row\">").count(), 25);
    assert!(first.body.contains("class=\"cell--booked\""), "{}", first.body);
    assert!(
        first.body.len() < 60_000,
        "{} bytes: the page budget is 60 kB",
        first.body.len()
    );
    let buyers = browser.get(&format!("{schedule}?side=buyer&page=20")).await;
    assert!(
        buyers
            .body
            .contains("500 of 800 participants match. Showing 476–500."),
        "{}",
        buyers.body
    );

    // Its cost does not grow with the event: the same few queries for any page.
    let (user, filter) = (admin.clone(), GridFilter::default());
    let counted = app
        .db
        .read_blocking(move |conn| {
            let mut counted = Vec::new();
            for page in [1, 32] {
                let statements = statements_of(conn, |conn| {
                    scheduler::day_grid(conn, &user, demo::SLUG, (None, &filter, page), at)?;
                    Ok(())
                })?;
                counted.push(statements.len());
            }
            Ok::<_, anyhow::Error>(counted)
        })
        .unwrap();
    assert!(
        counted.iter().all(|&n| n <= 12),
        "{backend:?}: {counted:?} queries"
    );
    app.run_pending_jobs().await;
    app.stop().await;
}
