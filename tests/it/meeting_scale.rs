//! A buyer-seller meet at the scale of issue #14's benchmark, on both
//! databases: `seed --demo-event`'s 300 producers, 500 buyers and 3,000
//! meetings keep every booking rule and are added once; the event's public
//! page counts both sides and lists the producers a page at a time, from a
//! handful of queries however many take part.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDateTime;
use diesel::prelude::*;
use odop_bazaar::catalogue::repo as catalogue_repo;
use odop_bazaar::catalogue::values::ProductStatus;
use odop_bazaar::db::DbError;
use odop_bazaar::meetings::demo::{self, DemoEventOutcome};
use odop_bazaar::meetings::model::{Event, Meeting, MeetingStatus, Participant, Side};
use odop_bazaar::meetings::notify::Links;
use odop_bazaar::meetings::{MeetingError, repo, views};
use odop_bazaar::schema::{jobs, meeting_holds, meetings};

use crate::directory_plans::statements_of;
use crate::harness::{Backend, TestApp};
use crate::market::{Site, demo_event, now};
use test_macros::backend_test;

/// A site with the demo listings and the demo event, seeded at `now()`.
async fn demo_site(backend: Backend) -> (TestApp, NaiveDateTime, DemoEventOutcome) {
    let app = TestApp::spawn(backend).await;
    let at = now();
    let outcome = demo_event(&app.db, app.base_url(), at);
    (app, at, outcome)
}

fn event_and_participants(app: &TestApp) -> (Event, Vec<Participant>) {
    app.db
        .read_blocking(|conn| {
            let event = repo::event_by_slug(conn, demo::SLUG)?.ok_or(MeetingError::NotFound)?;
            let everyone = repo::participants_of(conn, &event.id, None, None)?;
            Ok::<_, MeetingError>((event, everyone))
        })
        .unwrap()
}

#[backend_test]
async fn the_demo_event_books_three_thousand_meetings_by_the_rules_and_only_once(backend: Backend) {
    let (app, at, outcome) = demo_site(backend).await;
    let DemoEventOutcome::Added {
        producers,
        buyers,
        accepted,
        requested,
    } = outcome
    else {
        panic!("{backend:?}: the first run found an event: {outcome:?}");
    };
    assert_eq!(
        (producers, buyers, accepted + requested),
        (300, 500, 3000),
        "{backend:?}"
    );
    let (event, everyone) = event_and_participants(&app);
    assert_eq!(
        event.phase(at).unwrap(),
        odop_bazaar::meetings::model::Phase::BookingOpen
    );
    assert_eq!(event.days, 5);

    // Producers bring one to three of their own published listings; buyers
    // sit in 22 zones.
    let by_id: HashMap<String, &Participant> = everyone.iter().map(|p| (p.id.to_string(), p)).collect();
    let listings: Vec<String> = everyone
        .iter()
        .flat_map(|p| p.product_ids().map(str::to_owned))
        .collect();
    let products = app
        .db
        .read_blocking(move |conn| {
            let ids: Vec<&str> = listings.iter().map(String::as_str).collect();
            let products = catalogue_repo::products_by_ids(conn, &ids)?;
            let owners: Vec<String> = products.iter().map(|p| p.producer_id.to_string()).collect();
            let owners: Vec<&str> = owners.iter().map(String::as_str).collect();
            let producers = odop_bazaar::schema::producers::table
                .filter(odop_bazaar::schema::producers::id.eq_any(owners))
                .select((
                    odop_bazaar::schema::producers::id,
                    odop_bazaar::schema::producers::user_id,
                ))
                .load::<(String, String)>(conn)
                .map_err(DbError::from)?;
            Ok::<_, DbError>((products, producers.into_iter().collect::<HashMap<_, _>>()))
        })
        .unwrap();
    let (products, owner_accounts) = products;
    let products: HashMap<String, _> = products.into_iter().map(|p| (p.id.to_string(), p)).collect();
    for producer in everyone.iter().filter(|p| p.side == Side::Producer) {
        let brought: Vec<&str> = producer.product_ids().collect();
        assert!((1..=3).contains(&brought.len()), "{brought:?}");
        for id in brought {
            let product = &products[id];
            assert_eq!(product.status, ProductStatus::Published);
            assert_eq!(
                owner_accounts[product.producer_id.as_str()],
                producer.user_id.as_str()
            );
        }
    }
    let zones: HashSet<&str> = everyone
        .iter()
        .filter(|p| p.side == Side::Buyer)
        .map(|p| p.time_zone.as_str())
        .collect();
    assert_eq!(zones.len(), 22, "{zones:?}");

    // Every meeting: on the grid and ahead, a producer and a buyer, both
    // sides holding the slot, no pair twice, no one past the daily cap.
    let (booked, holds, expiries, mail) = app
        .db
        .read_blocking(|conn| {
            let booked = meetings::table
                .select(Meeting::as_select())
                .load::<Meeting>(conn)?;
            let holds = meeting_holds::table
                .select((
                    meeting_holds::participant_id,
                    meeting_holds::slot_start,
                    meeting_holds::meeting_id,
                ))
                .load::<(String, NaiveDateTime, Option<String>)>(conn)?
                .into_iter()
                .collect::<HashSet<_>>();
            let mut count = |kind: &str| {
                jobs::table
                    .filter(jobs::kind.eq(kind.to_owned()))
                    .count()
                    .get_result::<i64>(conn)
            };
            let expiries = count("meetings.expire_requests")?;
            let mail = count("mail.send")?;
            Ok::<_, anyhow::Error>((booked, holds, expiries, mail))
        })
        .unwrap();
    assert_eq!(booked.len(), 3000);
    let grid: HashSet<NaiveDateTime> = event
        .schedule()
        .unwrap()
        .grid()
        .slots
        .iter()
        .map(|s| s.starts_at.naive_utc())
        .collect();
    let zone = event.zone().unwrap();
    let mut pairs = HashSet::new();
    let mut per_day: HashMap<(String, chrono::NaiveDate), i32> = HashMap::new();
    for meeting in &booked {
        assert!(grid.contains(&meeting.starts_at) && meeting.starts_at > at);
        let (a, b) = (
            by_id[meeting.requester_id.as_str()],
            by_id[meeting.recipient_id.as_str()],
        );
        assert_ne!(a.side, b.side);
        let (producer, buyer) = if a.side == Side::Producer { (a, b) } else { (b, a) };
        assert!(
            pairs.insert((producer.id.clone(), buyer.id.clone())),
            "a pair meets twice"
        );
        let day = meeting.starts_at.and_utc().with_timezone(&zone).date_naive();
        for who in [a, b] {
            *per_day.entry((who.id.to_string(), day)).or_default() += 1;
            assert!(holds.contains(&(
                who.id.to_string(),
                meeting.starts_at,
                Some(meeting.id.to_string())
            )));
        }
        match meeting.status {
            MeetingStatus::Accepted => assert!(meeting.video_url.is_some()),
            MeetingStatus::Requested => assert!(meeting.expires_at.is_some_and(|e| e > at)),
            other => panic!("a demo meeting is {other:?}"),
        }
    }
    assert_eq!(holds.len(), 6000, "two holds a meeting and nothing else");
    assert!(per_day.values().all(|n| *n <= event.daily_cap));
    assert_eq!(
        (expiries, mail),
        (i64::try_from(requested).unwrap(), 0),
        "each waiting request expires on time; nobody is e-mailed"
    );

    // A second run finds the event and adds nothing.
    let links = Links::new(app.base_url());
    let again = app
        .db
        .write_blocking(move |conn| demo::seed_demo_event(conn, &links, now()))
        .unwrap();
    assert_eq!(again, DemoEventOutcome::Exists);
    assert_eq!(event_and_participants(&app).1.len(), 800);
    app.stop().await;
}

#[backend_test]
async fn the_event_page_counts_both_sides_and_lists_producers_a_page_at_a_time(backend: Backend) {
    let (app, _, _) = demo_site(backend).await;
    let (event, everyone) = event_and_participants(&app);
    let path = format!("/events/{}", demo::SLUG);

    // The producers in the order they joined, with their names and listings as cards show them.
    let producers: Vec<Participant> = everyone
        .iter()
        .filter(|p| p.side == Side::Producer)
        .cloned()
        .collect();
    let cards = {
        let producers = producers.clone();
        app.db
            .read_blocking(move |conn| views::participant_cards(conn, &producers))
            .unwrap()
    };
    let mut order: Vec<usize> = (0..producers.len()).collect();
    order.sort_by_key(|&i| (producers[i].created_at, producers[i].id.clone()));

    let (status, first) = app.page(&path).await;
    assert_eq!(status, 200, "{backend:?}");
    assert!(first.contains("300 producers and 500 buyers."), "{first}");
    assert!(first.contains("Producers 1–24 of 300"), "{first}");
    assert_eq!(first.matches("<li class=\"participant-card\">").count(), 24);
    let mut at = 0;
    for &i in &order[..24] {
        let card = &cards[i];
        let found = first[at..]
            .find(&format!("<h3>{}", card.name))
            .unwrap_or_else(|| panic!("{} is not listed in order", card.name));
        at += found;
        // Tera escapes the slashes of an attribute: look for the slug.
        for product in &card.products {
            let slug = product.path.rsplit('/').next().unwrap();
            assert!(first.contains(slug), "{} missing", product.path);
        }
    }
    assert!(!first.contains(&format!("<h3>{}", cards[order[24]].name)));
    assert!(first.contains("?page=2#who") && first.contains("?page=13#who"));
    assert!(
        first.len() < 60_000,
        "{} bytes: the page budget is 60 kB",
        first.len()
    );

    let (_, last) = app.page(&format!("{path}?page=13")).await;
    assert!(last.contains("Producers 289–300 of 300"), "{last}");
    assert_eq!(last.matches("<li class=\"participant-card\">").count(), 12);
    assert!(last.contains(&format!("<h3>{}", cards[order[299]].name)));
    let (_, beyond) = app.page(&format!("{path}?page=99")).await;
    assert!(
        beyond.contains("Producers 289–300 of 300"),
        "a page past the last shows the last"
    );
    assert_eq!(app.page(&format!("{path}?page=two")).await.0, 400);

    // However many take part, the cards cost a fixed handful of queries.
    let statements = app
        .db
        .read_blocking(move |conn| {
            let mut counted = Vec::new();
            statements_of(conn, |conn| {
                views::participant_cards(conn, &everyone)?;
                Ok(())
            })
            .map(|s| counted.push(("all 800 cards", s.len())))?;
            statements_of(conn, |conn| {
                views::taking_part(conn, &event, 2, 24)?;
                Ok(())
            })
            .map(|s| counted.push(("a page of the event", s.len())))?;
            Ok::<_, anyhow::Error>(counted)
        })
        .unwrap();
    for (what, count) in statements {
        assert!(count <= 8, "{backend:?}: {what} took {count} queries");
    }
    app.stop().await;
}
