//! What meetings do on their own as the clock moves, on both databases:
//! reminders 24 hours and 15 minutes before each accepted meeting (following
//! a move, never for a cancelled one), the 09:00 digest of requests waiting
//! in each participant's own zone, and the private calendar feed. People
//! act through the pages; the controllable clock and the in-process SMTP
//! server show what arrives when.

use chrono::{Duration, NaiveDate, NaiveDateTime, TimeZone};
use chrono_tz::Tz;
use icalendar::{Calendar, CalendarComponent, Component, DatePerhapsTime, EventStatus};
use odop_bazaar::accounts::{Role, User, changes};
use odop_bazaar::catalogue::repo as catalogue_repo;
use odop_bazaar::i18n::Language;
use odop_bazaar::meetings::display::in_both_zones;
use odop_bazaar::meetings::events::EventInput;
use odop_bazaar::meetings::model::{Event, Meeting, Participant};
use odop_bazaar::meetings::{Slot, repo};

use crate::browser::{Browser, link_in};
use crate::catalogue::app_with_mail;
use crate::harness::{Backend, TestApp};
use crate::market::{PASSWORD, buyer, producer, user};
use crate::meetings::{decide, event_input, invitation, published_event, take_part};
use crate::smtp::{ReceivedEmail, SmtpServer};
use test_macros::backend_test;

/// An approved producer (India's clock) and buyer (Amsterdam's) in one
/// published event 30 days ahead.
pub(crate) struct Meet {
    pub(crate) app: TestApp,
    pub(crate) smtp: SmtpServer,
    pub(crate) event: Event,
    pub(crate) weaver: User,
    pub(crate) importer: User,
    pub(crate) seller: Participant,
    pub(crate) visitor: Participant,
}

pub(crate) async fn meet(backend: Backend, input: impl FnOnce(EventInput) -> EventInput) -> Meet {
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
    let event = published_event(
        &app,
        &organiser,
        input(event_input("Silk and stoles meet", crate::market::now())),
    )
    .await;
    let product = app
        .db
        .read_blocking(move |conn| catalogue_repo::product_by_slug(conn, &product_slug))
        .unwrap()
        .unwrap();
    let mut approved = Vec::new();
    for (who, products) in [(&weaver, vec![product.id.to_string()]), (&importer, Vec::new())] {
        let pending = take_part(&app, who, &event.slug, products).await.unwrap();
        approved.push(
            decide(&app, &organiser, &event.slug, &pending, true)
                .await
                .unwrap(),
        );
    }
    let visitor = approved.pop().unwrap();
    let seller = approved.pop().unwrap();
    app.run_pending_jobs().await;
    Meet {
        app,
        smtp,
        event,
        weaver,
        importer,
        seller,
        visitor,
    }
}

impl Meet {
    /// The event's programme, slot by slot.
    pub(crate) fn slots(&self) -> Vec<Slot> {
        self.event.schedule().unwrap().grid().slots
    }

    /// Signs `who` in afresh (a session times out while the clock moves on).
    pub(crate) async fn browser(&self, who: &User) -> Browser {
        let browser = Browser::new(&self.app);
        assert_eq!(browser.sign_in(&who.email, PASSWORD).await.status, 303);
        crate::two_factor::give_second_factor_if_asked(&browser).await;
        browser
    }

    /// `browser` asks participant `with` for `slot` on the booking page; the
    /// meeting made.
    pub(crate) async fn ask(&self, browser: &Browser, with: &Participant, slot: &Slot) -> Meeting {
        self.ask_in(&self.event, browser, with, slot).await
    }

    async fn ask_in(&self, event: &Event, browser: &Browser, with: &Participant, slot: &Slot) -> Meeting {
        let slug = &event.slug;
        let asked = browser
            .submit(
                &format!("/events/{slug}/book?with={}", with.id),
                &format!("/events/{slug}/meetings"),
                &[
                    ("with", with.id.as_str()),
                    ("starts_at", &slot.starts_at.to_rfc3339()),
                    ("message", "Shall we talk about silk stoles?"),
                ],
            )
            .await;
        assert_eq!(asked.status, 303, "{}", asked.body);
        let (with, at) = (with.id.clone(), slot.starts_at.naive_utc());
        self.app
            .db
            .read_blocking(move |conn| repo::meetings_of(conn, &with))
            .unwrap()
            .into_iter()
            .find(|m| m.starts_at == at)
            .unwrap()
    }

    /// `browser` confirms `action` on a meeting's confirmation page.
    pub(crate) async fn answer(
        &self,
        browser: &Browser,
        meeting: &Meeting,
        action: &str,
        fields: &[(&str, &str)],
    ) {
        let path = format!("/dashboard/meetings/{}/{action}", meeting.id);
        let done = browser.submit(&path, &path, fields).await;
        assert_eq!(done.status, 303, "{action}: {}", done.body);
    }

    /// `asker` proposes `slot` for an accepted meeting and `answerer` takes it.
    async fn move_to(&self, asker: &Browser, answerer: &Browser, meeting: &Meeting, slot: &Slot) {
        let propose = format!("/dashboard/meetings/{}/propose", meeting.id);
        let proposed = asker
            .submit(&propose, &propose, &[("starts_at", &slot.starts_at.to_rfc3339())])
            .await;
        assert_eq!(proposed.status, 303, "{}", proposed.body);
        self.answer(answerer, meeting, "accept-move", &[]).await;
    }

    pub(crate) fn meeting(&self, id: &str) -> Meeting {
        let id = id.to_owned();
        self.app
            .db
            .read_blocking(move |conn| repo::find_meeting(conn, &id))
            .unwrap()
            .unwrap()
    }

    /// Moves the clock to `at` (it only goes forward) and runs what fell due.
    pub(crate) async fn at(&self, at: NaiveDateTime) {
        let ahead = at - self.app.clock.now();
        assert!(ahead >= Duration::zero(), "the clock only moves forward");
        self.app.clock.advance(ahead);
        self.app.run_pending_jobs().await;
    }

    pub(crate) fn received(&self, subject: &str) -> Vec<ReceivedEmail> {
        self.smtp
            .messages()
            .into_iter()
            .filter(|m| m.subject.contains(subject))
            .collect()
    }
}

fn recipients(mail: &[ReceivedEmail]) -> Vec<String> {
    let mut to: Vec<String> = mail.iter().map(|m| m.to.clone()).collect();
    to.sort();
    to
}

const REMINDER: &str = "Reminder: your meeting";
const INDIA: Tz = chrono_tz::Asia::Kolkata;
const AMSTERDAM: Tz = chrono_tz::Europe::Amsterdam;

#[backend_test]
async fn each_side_is_reminded_once_24_hours_and_once_15_minutes_before(backend: Backend) {
    let m = meet(backend, |input| input).await;
    let slots = m.slots();
    let (buyer, seller) = (m.browser(&m.importer).await, m.browser(&m.weaver).await);
    let first = m.ask(&buyer, &m.seller, &slots[0]).await;
    m.answer(&seller, &first, "accept", &[]).await;
    m.app.run_pending_jobs().await;
    let first = m.meeting(first.id.as_str());
    let start = first.starts_at;

    m.at(start - Duration::hours(24) - Duration::minutes(1)).await;
    assert!(
        m.received(REMINDER).is_empty(),
        "{backend:?}: not before its time"
    );
    m.at(start - Duration::hours(24) + Duration::minutes(1)).await;
    let day_before = m.received(REMINDER);
    assert_eq!(
        recipients(&day_before),
        vec![m.importer.email.clone(), m.weaver.email.clone()],
        "{backend:?}"
    );
    for mail in &day_before {
        assert!(mail.subject.ends_with("starts in 24 hours"), "{}", mail.subject);
        let text = mail.text.as_deref().unwrap();
        let (mine, theirs) = if mail.to == m.weaver.email {
            (INDIA, AMSTERDAM)
        } else {
            (AMSTERDAM, INDIA)
        };
        assert!(
            text.contains(&in_both_zones(start.and_utc(), mine, theirs)),
            "{backend:?}: on the reader's clock, then the other's:\n{text}"
        );
        assert!(text.contains(first.video_url.as_deref().unwrap()), "{text}");
        assert!(
            text.contains(&format!("{}/dashboard/meetings/{}", m.app.address, first.id)),
            "{text}"
        );
    }

    // Near the close of booking, within 24 hours of the start, a second
    // meeting is asked for and accepted: its day-before reminder is past
    // already, and only the 15-minute one goes out.
    let closes = m.event.booking_closes_at;
    m.at(closes - Duration::minutes(10)).await;
    let (buyer, seller) = (m.browser(&m.importer).await, m.browser(&m.weaver).await);
    let late = m.ask(&buyer, &m.seller, &slots[1]).await;
    m.answer(&seller, &late, "accept", &[]).await;
    assert!(late.starts_at - m.app.clock.now() < Duration::hours(24));

    m.at(start - Duration::minutes(15) + Duration::seconds(30)).await;
    m.at(late.starts_at - Duration::minutes(15) + Duration::seconds(30))
        .await;
    let soon = m.received("Reminder: your meeting with");
    let soon: Vec<&ReceivedEmail> = soon
        .iter()
        .filter(|s| s.subject.ends_with("15 minutes"))
        .collect();
    assert_eq!(soon.len(), 4, "{backend:?}: two meetings, two sides each");
    for mail in &soon {
        let text = mail.text.as_deref().unwrap();
        assert!(text.contains("Join the video room now"), "{text}");
    }
    let late_start = in_both_zones(late.starts_at.and_utc(), INDIA, AMSTERDAM);
    assert_eq!(
        m.received(REMINDER)
            .iter()
            .filter(|mail| mail.text.as_deref().unwrap().contains(&late_start))
            .count(),
        1,
        "{backend:?}: the late meeting's producer gets the 15-minute reminder only"
    );

    // Once begun, nothing more, however often the jobs run.
    m.at(late.starts_at + Duration::minutes(30)).await;
    m.app.make_jobs_due();
    m.app.run_pending_jobs().await;
    assert_eq!(m.received(REMINDER).len(), 6, "{backend:?}: once each");
    m.app.stop().await;
}

#[backend_test]
async fn a_moved_meeting_is_reminded_at_its_new_time_and_a_cancelled_one_not_at_all(backend: Backend) {
    let m = meet(backend, |input| EventInput {
        request_mode: "instant".into(),
        ..input
    })
    .await;
    let slots = m.slots();
    let (first_day, last) = (&slots[0], slots.last().unwrap());
    let (buyer, seller) = (m.browser(&m.importer).await, m.browser(&m.weaver).await);
    // Requests confirm at once in this event.
    let moved = m.ask(&buyer, &m.seller, first_day).await;
    let cancelled = m.ask(&buyer, &m.seller, &slots[1]).await;
    m.move_to(&buyer, &seller, &moved, last).await;
    m.answer(
        &seller,
        &cancelled,
        "cancel",
        &[("reason", "Our loom broke down.")],
    )
    .await;
    let moved = m.meeting(moved.id.as_str());
    assert_eq!((moved.starts_at, moved.sequence), (last.starts_at.naive_utc(), 1));

    // The first day passes: at each time a reminder was planned for the old
    // time or for the cancelled meeting, the job finds nothing to remind of.
    let (old, gone) = (first_day.starts_at.naive_utc(), cancelled.starts_at);
    for at in [
        old - Duration::hours(24) + Duration::minutes(1),
        gone - Duration::hours(24) + Duration::minutes(1),
        old - Duration::minutes(14),
        gone - Duration::minutes(14),
        gone + Duration::hours(1),
    ] {
        m.at(at).await;
        assert!(m.received(REMINDER).is_empty(), "{backend:?}: at {at}");
    }
    assert!(moved.starts_at - m.app.clock.now() > Duration::hours(24));

    m.at(moved.starts_at - Duration::hours(24) + Duration::minutes(1))
        .await;
    m.at(moved.starts_at - Duration::minutes(14)).await;
    let reminded = m.received(REMINDER);
    assert_eq!(reminded.len(), 4, "{backend:?}: both sides, both reminders");
    let new_time = in_both_zones(moved.starts_at.and_utc(), INDIA, AMSTERDAM);
    let old_time = in_both_zones(first_day.starts_at, INDIA, AMSTERDAM);
    for mail in reminded.iter().filter(|mail| mail.to == m.weaver.email) {
        let text = mail.text.as_deref().unwrap();
        assert!(text.contains(&new_time) && !text.contains(&old_time), "{text}");
    }
    m.app.stop().await;
}

/// The first 09:00 on `zone`'s clock after `after`, worked out here
/// independently of the code under test.
fn nine_oclock_after(zone: Tz, after: NaiveDateTime) -> NaiveDateTime {
    let today = after.and_utc().with_timezone(&zone).date_naive();
    [today, today + Duration::days(1)]
        .into_iter()
        .map(|day: NaiveDate| {
            zone.from_local_datetime(&day.and_hms_opt(9, 0, 0).unwrap())
                .single()
                .unwrap()
                .naive_utc()
        })
        .find(|at| *at > after)
        .unwrap()
}

/// In the subject of every digest, whatever the number of requests.
const DIGEST_SUBJECT: &str = "for your answer: ";

#[backend_test]
async fn each_participant_gets_the_digest_of_waiting_requests_at_nine_on_their_own_clock(backend: Backend) {
    let m = meet(backend, |input| EventInput {
        request_expiry_minutes: "4320".into(),
        ..input
    })
    .await;
    let new_york = chrono_tz::America::New_York;
    let slots = m.slots();
    let (buyer, seller) = (m.browser(&m.importer).await, m.browser(&m.weaver).await);
    let hours = format!("/events/{}/availability", m.event.slug);
    let moved_zone = buyer
        .submit(
            &hours,
            &hours,
            &[
                ("day", ""),
                ("time_zone", "America/New_York"),
                ("hours_start", "08:00"),
                ("hours_end", "18:00"),
            ],
        )
        .await;
    assert_eq!(moved_zone.status, 303, "{}", moved_zone.body);
    // One request each way: each side has one waiting for its answer.
    let to_seller = m.ask(&buyer, &m.seller, &slots[0]).await;
    let to_buyer = m.ask(&seller, &m.visitor, &slots[1]).await;

    let now = m.app.clock.now();
    let (india, america) = (nine_oclock_after(INDIA, now), nine_oclock_after(new_york, now));
    assert_ne!(india, america, "09:00 falls at another instant in each zone");
    let ((first, first_to), second) = if india < america {
        ((india, &m.weaver), america)
    } else {
        ((america, &m.importer), india)
    };
    m.at(first - Duration::minutes(1)).await;
    assert!(
        m.received(DIGEST_SUBJECT).is_empty(),
        "{backend:?}: not before 09:00"
    );
    m.at(first).await;
    assert_eq!(
        recipients(&m.received(DIGEST_SUBJECT)),
        vec![first_to.email.clone()]
    );
    m.at(second - Duration::minutes(1)).await;
    assert_eq!(m.received(DIGEST_SUBJECT).len(), 1, "{backend:?}");
    m.at(second).await;
    let digests = m.received(DIGEST_SUBJECT);
    assert_eq!(
        recipients(&digests),
        vec![m.importer.email.clone(), m.weaver.email.clone()]
    );
    for (mail, meeting, zones) in [
        (&m.weaver, &to_seller, (INDIA, new_york)),
        (&m.importer, &to_buyer, (new_york, INDIA)),
    ]
    .map(|(to, meeting, zones)| (digests.iter().find(|d| d.to == to.email).unwrap(), meeting, zones))
    {
        let text = mail.text.as_deref().unwrap();
        assert!(
            text.contains(&in_both_zones(meeting.starts_at.and_utc(), zones.0, zones.1)),
            "{backend:?}: both clocks, the reader's first:\n{text}"
        );
        assert!(
            text.contains(&format!("{}/dashboard/meetings/{}", m.app.address, meeting.id))
                && text
                    .lines()
                    .any(|line| line.trim() == format!("{}/dashboard/meetings", m.app.address)),
            "{text}"
        );
    }

    // The producer answers; the next morning only the buyer, whose request
    // still waits, hears of it.
    let seller = m.browser(&m.weaver).await;
    m.answer(&seller, &to_seller, "decline", &[("reason", "Fully booked.")])
        .await;
    m.at(india.max(america) + Duration::days(1)).await;
    let digests = m.received(DIGEST_SUBJECT);
    assert_eq!(
        recipients(&digests),
        vec![
            m.importer.email.clone(),
            m.importer.email.clone(),
            m.weaver.email.clone()
        ],
        "{backend:?}: nothing for someone with no request waiting"
    );
    m.app.stop().await;
}

/// The calendar at `url`: the feed's text and its events, read back with
/// the `icalendar` parser.
async fn calendar(app: &TestApp, url: &str) -> (String, Vec<icalendar::Event>) {
    let response = app.client.get(url).send().await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["content-type"].to_str().unwrap(),
        "text/calendar; charset=utf-8"
    );
    let ics = response.text().await.unwrap();
    let parsed: Calendar = ics.parse().unwrap_or_else(|e| panic!("{e}\n{ics}"));
    let events = parsed
        .components
        .into_iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(event) => Some(event),
            _ => None,
        })
        .collect();
    (ics, events)
}

/// The feed address on a page that has just made one.
fn feed_url(app: &TestApp, body: &str) -> String {
    link_in(
        &body.replace("&#x2F;", "/"),
        &format!("{}/meetings.ics?token=", app.address),
    )
}

#[backend_test]
async fn the_calendar_feed_holds_the_meetings_as_invited_and_a_reset_ends_the_old_address(backend: Backend) {
    let m = meet(backend, |input| input).await;
    let slots = m.slots();
    let (buyer, seller) = (m.browser(&m.importer).await, m.browser(&m.weaver).await);
    let moved = m.ask(&buyer, &m.seller, &slots[0]).await;
    m.answer(&seller, &moved, "accept", &[]).await;
    m.move_to(&buyer, &seller, &moved, &slots[2]).await;
    let cancelled = m.ask(&buyer, &m.seller, &slots[1]).await;
    m.answer(&seller, &cancelled, "accept", &[]).await;
    m.answer(
        &buyer,
        &cancelled,
        "cancel",
        &[("reason", "Our flight was moved.")],
    )
    .await;
    let waiting = m.ask(&buyer, &m.seller, &slots[3]).await;
    m.app.run_pending_jobs().await;
    let (moved, cancelled) = (m.meeting(moved.id.as_str()), m.meeting(cancelled.id.as_str()));

    // The agenda offers an address; making one shows it once.
    let agenda = seller.get("/dashboard/meetings").await;
    assert!(
        agenda.body.contains("Make my calendar address"),
        "{}",
        agenda.body
    );
    let made = seller
        .submit("/dashboard/meetings", "/dashboard/meetings/feed", &[])
        .await;
    assert_eq!(made.status, 200, "{}", made.body);
    assert_eq!(made.headers["cache-control"], "no-store");
    let url = feed_url(&m.app, &made.body);
    let again = seller.get("/dashboard/meetings").await;
    let token = url.rsplit('=').next().unwrap();
    assert!(
        again.body.contains("Reset the link") && !again.body.contains(token),
        "{backend:?}: shown once"
    );

    // The moved meeting and the cancelled one, as their last invitations
    // said them; the request still waiting is in no calendar.
    let (ics, events) = calendar(&m.app, &url).await;
    assert!(!ics.contains("METHOD:"), "{ics}");
    assert!(ics.contains("X-WR-CALNAME:ODOP Bazaar meetings"), "{ics}");
    let uids: Vec<&str> = events.iter().filter_map(|e| e.get_uid()).collect();
    assert_eq!(
        uids,
        vec![cancelled.uid.as_str(), moved.uid.as_str()],
        "{backend:?}"
    );
    assert!(!ics.contains(&waiting.id.to_string()));
    let mail = m.smtp.messages();
    for (meeting, subject, status) in [
        (&moved, "Meeting moved", EventStatus::Confirmed),
        (&cancelled, "Meeting cancelled", EventStatus::Cancelled),
    ] {
        let event = events
            .iter()
            .find(|e| e.get_uid() == Some(meeting.uid.as_str()))
            .unwrap();
        let last_invite = mail
            .iter()
            .filter(|mail| mail.to == m.weaver.email && mail.subject.starts_with(subject))
            .map(invitation)
            .next_back()
            .unwrap_or_else(|| panic!("no “{subject}” e-mail"));
        assert!(
            last_invite.contains(&format!("UID:{}", meeting.uid))
                && last_invite.contains(&format!("SEQUENCE:{}", meeting.sequence)),
            "{last_invite}"
        );
        assert_eq!(event.get_sequence(), Some(meeting.sequence.unsigned_abs()));
        assert_eq!(event.get_status(), Some(status));
        assert_eq!(
            event.get_start(),
            Some(DatePerhapsTime::DateTime(meeting.starts_at.and_utc().into()))
        );
    }
    assert_eq!(moved.sequence, 1);

    // One address across events: a meeting in a second event joins the feed.
    let organiser = m
        .app
        .db
        .read_blocking(|conn| odop_bazaar::accounts::repo::find_user_by_email(conn, "council@epch.example"))
        .unwrap()
        .unwrap();
    let other = published_event(
        &m.app,
        &organiser,
        event_input("Carpets meet", crate::market::now()),
    )
    .await;
    let mut places = Vec::new();
    for (who, products) in [
        (&m.weaver, m.seller.product_ids.clone()),
        (&m.importer, String::new()),
    ] {
        let products = products
            .split(',')
            .filter(|p| !p.is_empty())
            .map(str::to_owned)
            .collect();
        let pending = take_part(&m.app, who, &other.slug, products).await.unwrap();
        places.push(
            decide(&m.app, &organiser, &other.slug, &pending, true)
                .await
                .unwrap(),
        );
    }
    let slot = other.schedule().unwrap().grid().slots.last().cloned().unwrap();
    let third = m.ask_in(&other, &buyer, &places[0], &slot).await;
    m.answer(&seller, &third, "accept", &[]).await;
    m.app.run_pending_jobs().await;
    // The calendar is named in the account's language, now Hindi.
    changes::change_language(&m.app.db, &m.weaver, Some(Language::Hi), crate::market::now())
        .await
        .unwrap();
    let (ics, events) = calendar(&m.app, &url).await;
    assert!(
        events.iter().any(|e| e.get_uid() == Some(third.uid.as_str())),
        "{backend:?}"
    );
    assert!(ics.contains("X-WR-CALNAME:ODOP बाज़ार की बैठकें"), "{ics}");

    // A reset makes a new address; the old one, a wrong one and none are not found.
    let reset = seller
        .submit("/dashboard/meetings", "/dashboard/meetings/feed", &[])
        .await;
    let new_url = feed_url(&m.app, &reset.body);
    assert_ne!(new_url, url);
    calendar(&m.app, &new_url).await;
    for gone in [
        url.clone(),
        format!("{}/meetings.ics?token=not-a-token", m.app.address),
        format!("{}/meetings.ics", m.app.address),
    ] {
        let response = m.app.client.get(&gone).send().await.unwrap();
        assert_eq!(response.status(), 404, "{backend:?}: {gone}");
    }
    m.app.stop().await;
}
