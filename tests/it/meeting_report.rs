//! The programme report, on both databases over HTTP: its figures checked
//! against a fixture made by hand (12 meetings held, 3 of them no-shows:
//! "25%"), its CSV exports parsed back, and who may read them: the event's
//! organisers and admins, no participant and no other organiser.

use odop_bazaar::accounts::{Role, User};

use crate::browser::Browser;
use crate::harness::Backend;
use crate::market::{PASSWORD, user};
use crate::meeting_reminders::{Meet, meet};
use odop_bazaar::meetings::events::EventInput;
use test_macros::backend_test;

async fn signed_in(m: &Meet, who: &User) -> Browser {
    let browser = Browser::new(&m.app);
    assert_eq!(browser.sign_in(&who.email, PASSWORD).await.status, 303);
    crate::two_factor::give_second_factor_at(&browser, m.app.clock.now()).await;
    browser
}

fn records(csv_text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let head = reader.headers().unwrap().iter().map(str::to_owned).collect();
    let rows = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    (head, rows)
}

fn column<'a>(head: &[String], rows: &'a [Vec<String>], name: &str) -> Vec<&'a str> {
    let at = head.iter().position(|h| h == name).unwrap();
    rows.iter().map(|r| r[at].as_str()).collect()
}

#[backend_test]
async fn the_report_counts_a_hand_made_programme_and_exports_it_to_its_organisers_only(backend: Backend) {
    let m = meet(backend, |input| EventInput {
        request_mode: "instant".into(),
        ..input
    })
    .await;
    let organiser = user(
        &m.app,
        Role::Organiser,
        "second@council.example",
        "Another Council",
    )
    .await;
    let admin = user(&m.app, Role::Admin, "admin@odop.example", "Site Admin").await;
    let slots = m.slots();
    let buyer_page = m.browser(&m.importer).await;
    let mut held = Vec::new();
    for slot in &slots[..12] {
        held.push(m.ask(&buyer_page, &m.seller, slot).await);
    }
    m.at(held.last().unwrap().ends_at + chrono::Duration::minutes(1))
        .await;

    // The buyer's account of each: 3 no-shows, 4 with samples requested
    // (two of them worth US$10,000 each), 5 with information exchanged.
    let buyer_page = m.browser(&m.importer).await;
    for (i, meeting) in held.iter().enumerate() {
        let path = format!("/dashboard/meetings/{}/outcome", meeting.id);
        let fields: Vec<(&str, &str)> = match i {
            0..3 => vec![("took_place", "no_show")],
            3..5 => vec![
                ("took_place", "yes"),
                ("result", "samples_requested"),
                ("expected_value", "10000"),
                ("currency", "USD"),
            ],
            5..7 => vec![("took_place", "yes"), ("result", "samples_requested")],
            _ => vec![("took_place", "yes"), ("result", "information")],
        };
        let saved = buyer_page.submit(&path, &path, &fields).await;
        assert_eq!(saved.status, 303, "{backend:?}: {}", saved.body);
    }

    let report = format!("/dashboard/events/{}/report", m.event.slug);
    let owner = user_by_email(&m, "council@epch.example");
    let council = signed_in(&m, &owner).await;
    let page = council.get(&report).await;
    assert_eq!(page.status, 200, "{backend:?}: {}", page.body);
    for shown in [
        "<dt>Meetings held</dt><dd>12</dd>",
        "<dt>No-shows</dt><dd>3 (25% of meetings held)</dd>",
        "<dt>Meeting requests</dt><dd>12</dd>",
        "<dt>Acceptance rate</dt><dd>100% (12 of 12 decided requests)</dd>",
        "<dt>Producers with no meeting</dt><dd>0</dd>",
        "<th scope=\"row\">Samples requested</th><td>4</td>",
        "<th scope=\"row\">The other side did not come</th><td>3</td>",
        "<th scope=\"row\">Information exchanged</th><td>5</td>",
        "<th scope=\"row\">USD</th><td>US$20,000</td>",
        "<th scope=\"row\">Kashi Weaves</th><td>12</td>",
        "<svg role=\"img\" aria-labelledby=\"outcomes-title outcomes-desc\"",
    ] {
        assert!(page.body.contains(shown), "{backend:?}: {shown}\n{}", page.body);
    }

    // The exports, parsed back: one row each, no secrets.
    let meetings_csv = council.get(&format!("{report}/meetings.csv")).await;
    assert_eq!(meetings_csv.status, 200);
    assert_eq!(
        meetings_csv.headers["content-disposition"].to_str().unwrap(),
        format!("attachment; filename=\"{}-meetings.csv\"", m.event.slug)
    );
    assert!(
        meetings_csv.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let (head, rows) = records(&meetings_csv.body);
    assert_eq!(rows.len(), 12, "{backend:?}");
    assert!(column(&head, &rows, "status").iter().all(|s| *s == "accepted"));
    assert!(column(&head, &rows, "cancelled_by").iter().all(|s| s.is_empty()));
    assert!(
        column(&head, &rows, "producer")
            .iter()
            .all(|s| *s == "Kashi Weaves")
    );
    let (head, rows) = records(&council.get(&format!("{report}/outcomes.csv")).await.body);
    assert_eq!(rows.len(), 12, "{backend:?}");
    let took_place = column(&head, &rows, "took_place");
    assert_eq!(took_place.iter().filter(|t| **t == "no_show").count(), 3);
    let values: Vec<&str> = column(&head, &rows, "expected_value")
        .into_iter()
        .filter(|v| !v.is_empty())
        .collect();
    assert_eq!(values, ["10000", "10000"]);
    let participants = council.get(&format!("{report}/participants.csv")).await;
    let (head, rows) = records(&participants.body);
    assert_eq!(rows.len(), 2, "{backend:?}");
    assert_eq!(column(&head, &rows, "meetings_booked"), ["12", "12"]);
    for export in ["participants", "meetings", "outcomes"] {
        let body = council.get(&format!("{report}/{export}.csv")).await.body;
        for secret in ["$argon2", "password", "token", "@", "http"] {
            assert!(!body.contains(secret), "{export}.csv carries {secret}:\n{body}");
        }
    }

    // Admins read it too, and the report across events.
    let admin_page = signed_in(&m, &admin).await;
    assert_eq!(admin_page.get(&report).await.status, 200, "{backend:?}");
    let across = admin_page.get("/admin/reports").await;
    assert_eq!(across.status, 200, "{backend:?}");
    assert!(
        across
            .body
            .contains("<dt>No-shows</dt><dd>3 (25% of meetings held)</dd>")
    );
    assert!(across.body.contains(&report), "{}", across.body);

    // A participant and another event's organiser find nothing.
    let seller_page = m.browser(&m.weaver).await;
    let other = signed_in(&m, &organiser).await;
    for browser in [&seller_page, &other] {
        assert_eq!(browser.get(&report).await.status, 404, "{backend:?}");
        assert_eq!(
            browser.get(&format!("{report}/participants.csv")).await.status,
            404
        );
    }
    assert_eq!(other.get("/admin/reports").await.status, 403, "{backend:?}");
    m.app.stop().await;
}

fn user_by_email(m: &Meet, email: &str) -> User {
    let email = email.to_owned();
    m.app
        .db
        .read_blocking(move |conn| odop_bazaar::accounts::repo::find_user_by_email(conn, &email))
        .unwrap()
        .unwrap()
}
