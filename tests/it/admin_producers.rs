//! The administrators' producers (issue #17 item 13) over HTTP, on both
//! databases: every producer a page at a time, found by name, GSTIN or
//! e-mail and narrowed to the unverified, a state or a district; the
//! verification page with the address, every photo and links to the
//! official registers; the producer e-mailed once when verified; the
//! waiting counts on the admin overview.

use diesel::prelude::*;
use odop_bazaar::accounts::Role;
use odop_bazaar::catalogue::demo;
use odop_bazaar::db::DbError;
use odop_bazaar::schema::producers;

use crate::browser::Browser;
use crate::catalogue::{app_with_mail, signed_in};
use crate::harness::{Backend, TestApp};
use crate::market::{district_code, listing_input, producer, submitted_listing};
use test_macros::backend_test;

const GSTIN: &str = "09AAACR5055K1Z5";
const UDYAM: &str = "UDYAM-UP-71-0012345";
const IEC: &str = "AAACR5055K";

/// How many producers there are.
fn producer_count(app: &TestApp) -> usize {
    let n: i64 = app
        .db
        .read_blocking(|conn| producers::table.count().get_result(conn).map_err(DbError::from))
        .unwrap();
    usize::try_from(n).unwrap()
}

/// The business names in the list's table, in order.
fn names_listed(body: &str) -> Vec<String> {
    body.split("<th scope=\"row\"><a href=\"/admin/producers/")
        .skip(1)
        .map(|row| {
            let name = &row[row.find('>').unwrap() + 1..];
            name[..name.find("</a>").unwrap()].to_owned()
        })
        .collect()
}

/// Rani Handlooms in Varanasi, not verified, with her registrations and a
/// two-line address; returns the producer's id and slug.
async fn rani(app: &TestApp) -> (String, String) {
    let (_, rani, _) = producer(
        app,
        None,
        "rani@handlooms.example",
        "Rani Handlooms",
        "varanasi",
        "handloom",
    )
    .await;
    let id = rani.id.to_string();
    let key = id.clone();
    app.db
        .write(move |conn| {
            diesel::update(producers::table.find(key))
                .set((
                    producers::gstin.eq(GSTIN),
                    producers::udyam.eq(UDYAM),
                    producers::iec.eq(IEC),
                    producers::address.eq("14 Kabir Chaura\nVaranasi 221001"),
                ))
                .execute(conn)
                .map_err(DbError::from)
        })
        .await
        .unwrap();
    (id, rani.slug)
}

#[backend_test]
async fn an_admin_finds_producers_by_name_gstin_or_email_a_page_at_a_time(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    // A verified demo producer in every district with ODOP products: more
    // than the 500 the list used to stop at.
    app.db
        .write_blocking(|conn| {
            let now = chrono::Utc::now().naive_utc();
            demo::seed_demo(conn, 1, &demo::SectorPhotos::new(), now, &mut |_| {})
        })
        .unwrap();
    rani(&app).await;
    app.run_pending_jobs().await;
    let total = producer_count(&app);
    assert!(total > 500, "{backend:?}: {total}");
    let admin = signed_in(&app, Role::Admin, "admin@bazaar.example").await;

    // Every producer, 50 to a page, newest first, each once.
    let first = admin.get("/admin/producers").await;
    assert_eq!(first.status, 200, "{backend:?}");
    assert!(
        first.body.contains(&format!("1–50 of {}", thousands(total))),
        "{backend:?}"
    );
    let names = names_listed(&first.body);
    assert_eq!(names.len(), 50);
    assert_eq!(names[0], "Rani Handlooms", "{backend:?}: the newest first");
    let pages = total.div_ceil(50);
    // Tera writes the slashes of an address as `&#x2F;`.
    let links = first.body.replace("&#x2F;", "/");
    assert!(
        links.contains(&format!("href=\"/admin/producers?page={pages}\"")),
        "a link to the last page"
    );
    let mut seen = std::collections::HashSet::new();
    for page in 1..=pages {
        let body = admin.get(&format!("/admin/producers?page={page}")).await.body;
        let names = names_listed(&body);
        assert_eq!(
            names.len(),
            if page < pages {
                50
            } else {
                total - 50 * (pages - 1)
            },
            "page {page}"
        );
        let from = 50 * (page - 1) + 1;
        assert!(body.contains(&format!(
            "{}–{} of",
            thousands(from),
            thousands(from + names.len() - 1)
        )));
        seen.extend(body.split("<tr>").skip(1).filter_map(|row| {
            row.split("/admin/producers/")
                .nth(1)?
                .split('"')
                .next()
                .map(str::to_owned)
        }));
    }
    assert_eq!(
        seen.len(),
        total,
        "{backend:?}: every producer on some page, once"
    );
    let past = admin.get(&format!("/admin/producers?page={}", pages + 1)).await;
    assert!(past.body.contains("past the last one"), "{backend:?}");

    // Found by part of the name in any case, of the GSTIN or of the e-mail.
    for q in [
        "rani HANDL",
        "aaacr5055",
        "rani@handlooms",
        " RANI@Handlooms.example ",
    ] {
        let found = admin
            .get(&format!(
                "/admin/producers?q={}",
                url::form_urlencoded::byte_serialize(q.as_bytes()).collect::<String>()
            ))
            .await;
        assert_eq!(
            names_listed(&found.body),
            ["Rani Handlooms"],
            "{backend:?}: {q:?}"
        );
    }
    let literal = admin.get("/admin/producers?q=%25").await;
    assert!(
        names_listed(&literal.body).is_empty(),
        "{backend:?}: % is taken literally"
    );
    assert!(literal.body.contains("No producer matches “%”"), "{backend:?}");

    // The unverified only; a state, and a district within it.
    let unverified = admin.get("/admin/producers?unverified=1").await;
    assert_eq!(names_listed(&unverified.body), ["Rani Handlooms"], "{backend:?}");
    let up = up_code(&app);
    let in_state = admin.get(&format!("/admin/producers?state={up}")).await;
    let state_names = names_listed(&in_state.body);
    assert!(state_names.len() > 1 && state_names.contains(&"Rani Handlooms".to_owned()));
    assert!(
        in_state.body.contains("<option value=\"") && in_state.body.contains(">Varanasi</option>"),
        "the state's districts to choose from"
    );
    let varanasi = district_code(&app, "varanasi");
    let in_district = admin
        .get(&format!(
            "/admin/producers?state={up}&district={varanasi}&unverified=1"
        ))
        .await;
    assert_eq!(names_listed(&in_district.body), ["Rani Handlooms"], "{backend:?}");
    let elsewhere = district_code(&app, "lucknow");
    let other = admin
        .get(&format!(
            "/admin/producers?state={up}&district={elsewhere}&q=rani"
        ))
        .await;
    assert!(names_listed(&other.body).is_empty(), "{backend:?}");
    app.run_pending_jobs().await;
    app.stop().await;
}

/// Uttar Pradesh's LGD code.
fn up_code(app: &TestApp) -> i32 {
    app.db
        .read_blocking(|conn| {
            odop_bazaar::schema::states::table
                .filter(odop_bazaar::schema::states::slug.eq("uttar-pradesh"))
                .select(odop_bazaar::schema::states::lgd_code)
                .first(conn)
                .map_err(DbError::from)
        })
        .unwrap()
}

/// 1234 → "1,234", as the pages write counts.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[backend_test]
async fn an_admin_checks_a_producer_and_verifies_them_and_they_are_told(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    let (id, slug) = rani(&app).await;
    app.run_pending_jobs().await;
    let before = smtp.messages().len();
    let admin = signed_in(&app, Role::Admin, "admin@bazaar.example").await;

    // The overview counts what waits: Rani to verify, a listing to review.
    let owner = odop_bazaar::accounts::repo::find_user_by_email;
    let rani_user = app
        .db
        .read_blocking(move |conn| owner(conn, "rani@handlooms.example"))
        .unwrap()
        .unwrap();
    app.db
        .write(move |conn| {
            submitted_listing(
                conn,
                &rani_user,
                &listing_input("Indigo stole", "handloom"),
                chrono::Utc::now().naive_utc(),
            )
        })
        .await
        .unwrap();
    let overview = admin.get("/admin").await.body;
    assert!(
        overview.contains(
            "Producers <span class=\"count count--alert\">1<span class=\"visually-hidden\"> not verified yet"
        ),
        "{backend:?}: {overview}"
    );
    assert!(
        overview.contains(
            "Listings to review <span class=\"count count--alert\">1<span class=\"visually-hidden\"> waiting"
        ),
        "{backend:?}"
    );
    assert!(overview.contains("href=\"/admin/producers?unverified=1\""));

    // The verification page: who, where, every photo, the registers.
    let path = format!("/admin/producers/{id}");
    let page = admin.get(&path).await;
    assert_eq!(page.status, 200, "{backend:?}");
    for text in [
        "Rani Handlooms",
        "rani@handlooms.example",
        "14 Kabir Chaura\nVaranasi 221001",
        "Varanasi, Uttar Pradesh",
        "Not verified",
        "Photos <span class=\"count\">2</span>",
        "alt=\"A handwoven stole\"",
        "Indigo stole",
        &format!("Look up {GSTIN} in the GST portal"),
        &format!("Look up {UDYAM} in the Udyam Registration portal"),
        &format!("Look up {IEC} in DGFT"),
        "href=\"https://services.gst.gov.in/services/searchtp\"",
        "href=\"https://udyamregistration.gov.in/Udyam_Verify.aspx\"",
        "href=\"https://www.dgft.gov.in/CP/?opt=view-any-ice\"",
    ] {
        assert!(page.body.contains(text), "{backend:?}: the page lacks {text:?}");
    }
    // Only for administrators.
    assert_eq!(
        Browser::new(&app).get(&path).await.status,
        303,
        "{backend:?}: anonymous"
    );
    let organiser = signed_in(&app, Role::Organiser, "council@epch.example").await;
    assert_eq!(organiser.get(&path).await.status, 403, "{backend:?}");
    assert_eq!(admin.get("/admin/producers/no-such-producer").await.status, 404);

    // Verified from that page, which it comes back to.
    let action = format!("/admin/producers/{id}/verification");
    let fields = [("verified", "true"), ("back", path.as_str())];
    let verified = admin.submit(&path, &action, &fields).await;
    assert_eq!(
        (verified.status, verified.location()),
        (303, path.as_str()),
        "{backend:?}"
    );
    let after = admin.get(&path).await.body;
    assert!(
        after.contains("✓ Verified") && after.contains("Withdraw verification"),
        "{backend:?}"
    );
    // A second press (two administrators at once) changes nothing.
    let token = admin.get("/admin/producers").await.csrf_token();
    let again = admin
        .post(
            &action,
            &[
                ("verified", "true"),
                ("back", "https://evil.example/"),
                ("csrf_token", &token),
            ],
        )
        .await;
    assert_eq!(
        (again.status, again.location()),
        (303, "/admin/producers"),
        "{backend:?}: only admin pages"
    );
    app.run_pending_jobs().await;

    let told: Vec<_> = smtp.messages()[before..]
        .iter()
        .filter(|m| m.subject == "Rani Handlooms is verified on ODOP Bazaar")
        .cloned()
        .collect();
    assert_eq!(told.len(), 1, "{backend:?}: one e-mail");
    assert_eq!(told[0].envelope_to, ["rani@handlooms.example"]);
    let text = told[0].text.clone().unwrap();
    assert!(
        text.contains("is now verified") && text.contains(&format!("/producers/{slug}")),
        "{text}"
    );

    let overview = admin.get("/admin").await.body;
    assert!(!overview.contains("not verified yet"), "{backend:?}: none waits");
    let listed = admin.get("/admin/producers?unverified=1").await.body;
    assert!(
        listed.contains("No producer matches among those not verified yet"),
        "{backend:?}"
    );
    app.stop().await;
}
