//! Every e-mail template as an insta snapshot of its subject, text and HTML,
//! rendered from a context the real use cases queued: a change to a template,
//! or to what a sender puts in its context, shows up as a diff to review.
//! The use cases run on a fixed clock so that dates read the same on every
//! run; what still differs between runs (port, tokens, ids) is redacted.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Debug;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use odop_bazaar::accounts::signup::{self, SignUpInput};
use odop_bazaar::accounts::{RequestContext, Role, User, admin_users, changes, recovery};
use odop_bazaar::catalogue::values::Decision;
use odop_bazaar::catalogue::{listings, moderation, repo as catalogue_repo};
use odop_bazaar::db::{DbConnection, DbError};
use odop_bazaar::enquiries::notify::Links as EnquiryLinks;
use odop_bazaar::enquiries::rfqs::{self, RfqInput};
use odop_bazaar::enquiries::threads::{self, EnquiryInput, QuoteInput};
use odop_bazaar::i18n::Language;
use odop_bazaar::mail::{MailTemplates, OutgoingEmail, SEND_EMAIL};
use odop_bazaar::meetings::booking::{self, RequestInput};
use odop_bazaar::meetings::digest::{self, Digest};
use odop_bazaar::meetings::events;
use odop_bazaar::meetings::notify::Links as MeetingLinks;
use odop_bazaar::meetings::outcomes::asks::{self, Ask};
use odop_bazaar::meetings::outcomes::{self, OutcomeInput};
use odop_bazaar::meetings::participation::{self, ParticipationInput};
use odop_bazaar::meetings::reminders::{self, Lead, Reminder};
use odop_bazaar::meetings::{PairSlots, Slot};
use odop_bazaar::schema::jobs;
use odop_bazaar::showcases::ShowcaseError;
use odop_bazaar::showcases::notify as showcase_notify;
use odop_bazaar::showcases::service::{self as showcase_service, BannerUpload, ShowcaseInput};

use crate::enquiries::rfq_input;
use crate::harness::{Backend, TestApp};
use crate::market::{
    PASSWORD, Site, buyer, ctx_at, enquiry_input, listing_input, producer, submitted_listing, user,
};
use crate::meetings::event_input;

/// The clock every use case here runs on.
const FIXED: NaiveDateTime = NaiveDate::from_ymd_opt(2030, 1, 15)
    .expect("a date")
    .and_hms_opt(9, 30, 0)
    .expect("a time");

#[actix_web::test]
async fn every_email_template_renders_as_its_snapshot() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let first_of_each = queue_one_of_each(&app).await;

    let templates = MailTemplates::load(app.base_url()).unwrap();
    insta::with_settings!({ filters => redactions() }, {
        for (name, email) in &first_of_each {
            let rendered = templates
                .render(name, &email.context, email.language.unwrap_or_default())
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            let parts = format!(
                "Subject: {}\n\n----- text -----\n{}\n----- html -----\n{}",
                rendered.subject, rendered.text, rendered.html
            );
            insta::assert_snapshot!(name.as_str(), parts);
        }
    });

    // Queued on the 2030 clock, the jobs are not due yet by the worker's own;
    // sending them now also shows each e-mail goes through the real mailer.
    app.make_jobs_due();
    app.run_pending_jobs().await;
    app.stop().await;
}

/// Every e-mail the use cases queue, the first of each template; fails when
/// a template has no use case here.
async fn queue_one_of_each(app: &TestApp) -> BTreeMap<String, OutgoingEmail> {
    let ctx = ctx_at(app, FIXED, "198.51.100.7");
    let admin = user(app, Role::Admin, "admin@bazaar.example", "Asha Admin").await;
    let organiser = account_emails(app, &admin, &ctx).await;
    let (weaver, product_slug) = catalogue_emails(app, &admin).await;
    let importer = buyer(app, "jan@tulip.example").await;
    enquiry_emails(app, &importer, &weaver, &product_slug, &ctx);
    buy_request_emails(app, &admin, &importer, &ctx);
    meeting_emails(app, &organiser, &weaver, &product_slug, &importer);
    showcase_emails(app, &admin, &organiser, &weaver);

    let first_of_each = first_email_of_each_template(app);
    let queued: BTreeSet<String> = first_of_each.keys().cloned().collect();
    let folders = template_folders();
    assert!(
        queued == folders,
        "templates no use case here queued (add one, so they get a snapshot): {:?}; \
         queued but without a folder: {:?}",
        folders.difference(&queued).collect::<Vec<_>>(),
        queued.difference(&folders).collect::<Vec<_>>(),
    );
    first_of_each
}

/// Every e-mail in Hindi and Arabic, from the contexts the real use cases
/// queue: each part renders (every message exists with the variables given)
/// and the HTML part carries the language and its direction.
#[actix_web::test]
async fn every_email_template_renders_in_hindi_and_arabic() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let first_of_each = queue_one_of_each(&app).await;
    let templates = MailTemplates::load(app.base_url()).unwrap();
    let languages = [
        (
            Language::Hi,
            r#"<html lang="hi" dir="ltr">"#,
            "नमस्ते ",
            "यह अपने-आप भेजा गया संदेश है",
        ),
        (
            Language::Ar,
            r#"<html lang="ar" dir="rtl">"#,
            "مرحبًا ",
            "هذه رسالة آلية",
        ),
    ];
    for (name, email) in &first_of_each {
        for (language, root, greeting, footer) in languages {
            let rendered = templates
                .render(name, &email.context, language)
                .unwrap_or_else(|e| panic!("{name} in {language:?}: {e}"));
            assert!(rendered.html.contains(root), "{name} in {language:?}");
            assert!(
                rendered.html.contains(footer),
                "{name} in {language:?}: the layout"
            );
            assert!(
                rendered.text.starts_with(greeting) && rendered.html.contains(greeting),
                "{name} in {language:?}: {}",
                rendered.text
            );
            assert!(!rendered.subject.is_empty(), "{name} in {language:?}");
        }
    }
    app.make_jobs_due();
    app.run_pending_jobs().await;
    app.stop().await;
}

/// What differs between two runs of the same use cases.
fn redactions() -> Vec<(&'static str, &'static str)> {
    vec![
        // The test server listens on a random port.
        (r"http://127\.0\.0\.1:\d+", "[site]"),
        // Single-use secrets are fresh each time.
        (r"token=[A-Za-z0-9_-]+", "token=[token]"),
        // Row ids are UUIDv7s, taken from the real clock.
        (
            r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
            "[id]",
        ),
        // A meeting's video room has a random name.
        (r"OdopBazaar-[0-9a-f]{32}", "OdopBazaar-[room]"),
    ]
}

/// Runs one use case in a write transaction, as a handler would.
fn write<T, E: From<DbError> + Debug>(
    app: &TestApp,
    use_case: impl FnOnce(&mut DbConnection) -> Result<T, E>,
) -> T {
    app.db.write_blocking(use_case).unwrap()
}

/// Sign-up, a second sign-up with the same address, a password reset, an
/// address change, a password change and an invitation; returns the
/// invited organiser.
async fn account_emails(app: &TestApp, admin: &User, ctx: &RequestContext) -> User {
    let sign_up = SignUpInput {
        name: "Rani Devi".into(),
        email: "rani@weaves.example".into(),
        password: PASSWORD.into(),
        role: "producer".into(),
        ..SignUpInput::default()
    };
    signup::sign_up(&app.db, sign_up.clone(), ctx).await.unwrap();
    let again = SignUpInput {
        name: "Someone Else".into(),
        ..sign_up
    };
    signup::sign_up(&app.db, again, ctx).await.unwrap();
    recovery::request_password_reset(&app.db, "rani@weaves.example", ctx)
        .await
        .unwrap();

    let meera = user(app, Role::Producer, "meera@looms.example", "Meera Shah").await;
    changes::request_email_change(&app.db, &meera, "meera@new-looms.example", PASSWORD, ctx)
        .await
        .unwrap();
    changes::change_password(&app.db, &meera, PASSWORD, "a brand new river of words", ctx)
        .await
        .unwrap();

    admin_users::invite_user(
        &app.db,
        admin,
        Role::Organiser,
        "council@epch.example",
        "Export Council",
        ctx,
    )
    .await
    .unwrap()
}

/// A producer verified (and told so) with a published listing, then one
/// listing sent back for changes and one refused. The first approval and
/// the verification are the ones `producer` makes on the real clock; their
/// e-mails hold no time.
async fn catalogue_emails(app: &TestApp, admin: &User) -> (User, String) {
    let (weaver, _, product_slug) = producer(
        app,
        Some(admin),
        "kashi@weaves.example",
        "Kashi Weaves",
        "varanasi",
        "handloom",
    )
    .await;
    let decisions = [
        (
            "Indigo",
            Decision::RequestChanges,
            "Please add the stole's size and a photo of its label.",
        ),
        (
            "Printed",
            Decision::Reject,
            "Machine-printed goods cannot be listed as handloom.",
        ),
    ];
    for (name, decision, note) in decisions {
        write(app, |conn| {
            let product = submitted_listing(conn, &weaver, &listing_input(name, "handloom"), FIXED)?;
            moderation::decide(conn, admin, &product.id, decision, note, app.base_url(), FIXED)
        });
    }
    (weaver, product_slug)
}

/// An enquiry (the producer's e-mail and the buyer's copy), the 48-hour
/// reminder, a message, a quote, its acceptance and the close.
fn enquiry_emails(app: &TestApp, buyer: &User, producer: &User, product_slug: &str, ctx: &RequestContext) {
    let input = EnquiryInput {
        required_by: "2030-03-16".into(),
        ..enquiry_input("We would like 500 silk stoles in indigo and saffron for our spring range.")
    };
    let enquiry = write(app, |conn| {
        threads::send_enquiry(conn, buyer, product_slug, &input, ctx)
    });
    // The reminder job's own task, on the clock it falls due at.
    let reminded = write(app, |conn| {
        threads::remind_if_unanswered(
            conn,
            &enquiry.id,
            &EnquiryLinks::new(&ctx.base_url),
            FIXED + threads::REMINDER_AFTER,
        )
    });
    assert!(reminded, "the enquiry is still unanswered");
    write(app, |conn| {
        threads::reply(
            conn,
            producer,
            &enquiry.id,
            "Thank you. We can weave these on our handlooms; a quote follows.",
            ctx,
        )
    });
    let quote = QuoteInput {
        unit_price: "11.80".into(),
        currency: "USD".into(),
        moq: "200".into(),
        moq_unit: "pieces".into(),
        lead_time_days: "45".into(),
        incoterm: "FOB".into(),
        valid_until: "2030-02-14".into(),
        notes: "Price includes export packing.".into(),
    };
    let quote = write(app, |conn| {
        threads::send_quote(conn, producer, &enquiry.id, &quote, ctx)
    });
    write(app, |conn| {
        threads::decide_quote(conn, buyer, &enquiry.id, &quote.id, true, ctx)
    });
    write(app, |conn| threads::close(conn, buyer, &enquiry.id, "won", ctx));
}

/// A buy request reviewed, approved (reaching the one matching producer)
/// and closed by its buyer, and a second one rejected.
fn buy_request_emails(app: &TestApp, admin: &User, buyer: &User, ctx: &RequestContext) {
    let uttar_pradesh = "9";
    let request = RfqInput {
        deadline: "2030-02-14".into(),
        ..rfq_input("handloom", uttar_pradesh, 30)
    };
    let approved = write(app, |conn| rfqs::post(conn, buyer, &request, ctx));
    let matched = write(app, |conn| rfqs::review(conn, admin, &approved.id, true, "", ctx));
    assert_eq!(matched, 1, "Kashi Weaves makes handloom goods in Uttar Pradesh");
    write(app, |conn| rfqs::close_by_buyer(conn, buyer, &approved.id, ctx));

    let vague = RfqInput {
        title: "Stoles".into(),
        ..request
    };
    let rejected = write(app, |conn| rfqs::post(conn, buyer, &vague, ctx));
    write(app, |conn| {
        rfqs::review(
            conn,
            admin,
            &rejected.id,
            false,
            "Please say which colours and sizes you need.",
            ctx,
        )
    });
}

/// An event both parties take part in, and four meetings between them: one
/// requested, accepted and cancelled, one requested and declined, one
/// accepted whose move is proposed, kept, proposed again and taken (and
/// reminded of the day before), and one left waiting, which the producer's
/// morning digest lists.
fn meeting_emails(app: &TestApp, organiser: &User, producer: &User, product_slug: &str, buyer: &User) {
    let links = MeetingLinks::new(app.base_url());
    let event = write(app, |conn| {
        let draft = events::create_event(
            conn,
            organiser,
            &event_input("Silk and stoles meet", FIXED),
            FIXED,
        )?;
        events::publish_event(conn, organiser, &draft.slug, FIXED)
    });
    let product_id = app
        .db
        .read_blocking(|conn| catalogue_repo::product_by_slug(conn, product_slug))
        .unwrap()
        .expect("the producer's listing")
        .id
        .to_string();
    let take_part = |who: &User, pitch: &str, products: String| {
        let input = ParticipationInput {
            pitch: pitch.into(),
            products,
            ..ParticipationInput::default()
        };
        let pending = write(app, |conn| {
            participation::take_part(conn, who, &event.slug, &input, &links, FIXED)
        });
        let approval = participation::Decision {
            approve: true,
            note: "See you there.".into(),
            ..participation::Decision::default()
        };
        write(app, |conn| {
            participation::decide(
                conn,
                organiser,
                (&event.slug, &pending.id),
                &approval,
                &links,
                FIXED,
            )
        })
    };
    let seller = take_part(
        producer,
        "Handwoven silk from our own looms; we export to Europe.",
        product_id,
    );
    take_part(buyer, "Silk stoles for shops in the Netherlands.", String::new());

    let slots = match write(app, |conn| {
        booking::slots_for_pair(conn, buyer, &event.slug, &seller.id, FIXED)
    })
    .slots
    {
        PairSlots::Common(slots) => slots,
        PairSlots::Nearest(_) => panic!("the pair's hours overlap"),
    };
    let request = |slot: &Slot| {
        let input = RequestInput {
            with: seller.id.to_string(),
            starts_at: slot.starts_at.to_rfc3339(),
            message: "We import silk stoles for shops in the Netherlands; shall we talk about your range?"
                .into(),
            ..RequestInput::default()
        };
        write(app, |conn| {
            booking::request_meeting(conn, buyer, &event.slug, &input, &links, FIXED)
        })
    };
    let first = request(&slots[0]);
    write(app, |conn| {
        booking::accept(conn, producer, &first.id, &links, FIXED)
    });
    write(app, |conn| {
        booking::cancel(conn, buyer, &first.id, "Our flight was moved.", &links, FIXED)
    });
    let second = request(&slots[1]);
    write(app, |conn| {
        booking::decline(
            conn,
            producer,
            &second.id,
            "Fully booked that afternoon.",
            &links,
            FIXED,
        )
    });
    let third = request(&slots[2]);
    write(app, |conn| {
        booking::accept(conn, producer, &third.id, &links, FIXED)
    });
    let later = booking::ProposalInput {
        starts_at: slots[3].starts_at.to_rfc3339(),
    };
    write(app, |conn| {
        booking::propose(conn, buyer, &third.id, &later, &links, FIXED)
    });
    write(app, |conn| {
        booking::keep_time(conn, producer, &third.id, &links, FIXED)
    });
    write(app, |conn| {
        booking::propose(conn, buyer, &third.id, &later, &links, FIXED)
    });
    let third = write(app, |conn| {
        booking::accept_move(conn, producer, &third.id, &links, FIXED)
    });

    // The reminder the day before, as its job sends it on the clock it falls due at.
    let reminder = Reminder {
        meeting_id: third.id.clone(),
        participant_id: seller.id.clone(),
        starts_at: third.starts_at,
        lead: Lead::DayBefore,
    };
    let sent = write(app, |conn| {
        reminders::remind(conn, &reminder, &links, reminder.due_at())
    });
    assert!(sent, "the meeting is still on at that time");
    // Once it has ended, the producer is asked how it went; they say, and
    // 90 days on they are asked what happened since.
    let ask = Ask {
        meeting_id: third.id.clone(),
        participant_id: seller.id.clone(),
        ends_at: third.ends_at,
    };
    let sent = write(app, |conn| asks::ask_outcome(conn, &ask, &links, third.ends_at));
    assert!(sent, "the meeting has ended and no outcome was given");
    let told = OutcomeInput {
        took_place: "yes".into(),
        result: "samples_requested".into(),
        ..OutcomeInput::default()
    };
    write(app, |conn| {
        outcomes::record_outcome(conn, producer, &third.id, &told, third.ends_at)
    });
    let later = third.ends_at + outcomes::FOLLOW_UP_AFTER;
    let sent = write(app, |conn| asks::ask_follow_up(conn, &ask, &links, later));
    assert!(sent, "the meeting took place, and no follow-up was given");
    // A request left waiting, and the producer's digest the next morning.
    request(&slots[0]);
    let digest = Digest {
        participant_id: seller.id.clone(),
        date: FIXED.date() + chrono::Days::new(1),
    };
    let sent = write(app, |conn| {
        digest::send_digest(conn, &digest, &links, FIXED + chrono::TimeDelta::hours(18))
    });
    assert!(sent, "a request waits for the producer's answer");
}

/// A showcase holding a listing that its producer then archives: the
/// curator is told (the job's work, run here on the fixed clock).
fn showcase_emails(app: &TestApp, admin: &User, curator: &User, producer: &User) {
    write(app, |conn| -> Result<usize, ShowcaseError> {
        let listing = submitted_listing(conn, producer, &listing_input("Zari", "handloom"), FIXED)?;
        let listing = moderation::decide(
            conn,
            admin,
            &listing.id,
            Decision::Approve,
            "",
            app.base_url(),
            FIXED,
        )?;
        let input = ShowcaseInput {
            title: "Silk for the Gulf".into(),
            theme: "Banarasi brocades for buyers in Dubai and Doha.".into(),
            ..ShowcaseInput::default()
        };
        let showcase = showcase_service::create_showcase(conn, curator, &input, BannerUpload::Keep, FIXED)?;
        showcase_service::add_product(conn, curator, &showcase.id, &listing.id, "", FIXED)?;
        listings::archive_listing(conn, producer, &listing.id, FIXED)?;
        showcase_notify::tell_curators(conn, &[listing.id.to_string()], app.base_url(), FIXED)
    });
}

/// The first e-mail queued for each template. A mail job's id is a UUIDv7
/// taken as it was queued, so ordering by id is queue order.
fn first_email_of_each_template(app: &TestApp) -> BTreeMap<String, OutgoingEmail> {
    let payloads: Vec<String> = app
        .db
        .read_blocking(|conn| {
            jobs::table
                .filter(jobs::kind.eq(SEND_EMAIL))
                .order(jobs::id)
                .select(jobs::payload)
                .load(conn)
                .map_err(DbError::from)
        })
        .unwrap();
    let mut first = BTreeMap::new();
    for payload in payloads {
        let email: OutgoingEmail = serde_json::from_str(&payload).unwrap();
        first.entry(email.template.clone()).or_insert(email);
    }
    first
}

/// The templates there are: the folders of `templates/email/` (the layout
/// and macros beside them are files).
fn template_folders() -> BTreeSet<String> {
    std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/templates/email"))
        .unwrap()
        .map(|entry| entry.unwrap())
        .filter(|entry| entry.path().is_dir())
        .map(|entry| entry.file_name().into_string().unwrap())
        .collect()
}
