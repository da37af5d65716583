//! A small marketplace built through the library's services: an admin,
//! buyers, and producers with published listings, for the enquiry tests
//! and the enquiry benchmark (which includes this file).

use chrono::{NaiveDateTime, TimeDelta, Utc};
use odop_bazaar::accounts::{RequestContext, Role, User, admin_users};
use odop_bazaar::catalogue::listings::{self, ListingInput};
use odop_bazaar::catalogue::model::{Producer, Product, ProductId, ProductImage};
use odop_bazaar::catalogue::profile::{self, ProfileInput};
use odop_bazaar::catalogue::values::Decision;
use odop_bazaar::catalogue::verification;
use odop_bazaar::catalogue::{CatalogueError, demo as catalogue_demo, moderation, repo as catalogue_repo};
use odop_bazaar::directory::repo as directory_repo;
use odop_bazaar::enquiries::buyers::{self, BuyerProfileInput};
use odop_bazaar::enquiries::threads::EnquiryInput;
use odop_bazaar::meetings::demo::{self as meetings_demo, DemoEventOutcome};
use odop_bazaar::meetings::notify::Links;

use odop_bazaar::db::{Db, DbConnection};
use url::Url;

/// A password every generated account shares.
pub const PASSWORD: &str = "copper lantern river mango";

/// Where the marketplace lives: its database and public address.
pub trait Site {
    fn db(&self) -> &Db;
    fn base_url(&self) -> &Url;
}

pub fn now() -> NaiveDateTime {
    Utc::now().naive_utc()
}

pub fn ctx_at(app: &impl Site, now: NaiveDateTime, ip: &str) -> RequestContext {
    RequestContext {
        ip: Some(ip.to_owned()),
        base_url: app.base_url().clone(),
        now,
    }
}

pub fn ctx(app: &impl Site) -> RequestContext {
    ctx_at(app, now(), "198.51.100.7")
}

pub async fn user(app: &impl Site, role: Role, email: &str, name: &str) -> User {
    admin_users::create_user(app.db(), role, email, name, PASSWORD, None, &ctx(app))
        .await
        .unwrap()
}

/// A verified buyer from the Netherlands with a profile.
pub async fn buyer(app: &impl Site, email: &str) -> User {
    let user = user(app, Role::Buyer, email, "Jan de Vries").await;
    let input = BuyerProfileInput {
        company: "Tulip Trading BV".into(),
        country: "NL".into(),
        buyer_type: "importer".into(),
        website: "https://tulip.example".into(),
        phone: "+31 20 123 4567".into(),
        sectors: "handloom,handicraft".into(),
        time_zone: "Europe/Amsterdam".into(),
    };
    let buyer = user.clone();
    app.db()
        .write(move |conn| buyers::save_profile(conn, &buyer, &input, now()))
        .await
        .unwrap();
    let id = user.id.clone();
    app.db()
        .read(move |conn| odop_bazaar::accounts::repo::find_user(conn, &id))
        .await
        .unwrap()
        .unwrap()
}

pub fn district_code(app: &impl Site, slug: &str) -> i32 {
    let slug = slug.to_owned();
    app.db()
        .read_blocking(move |conn| directory_repo::district_by_slug(conn, &slug))
        .unwrap()
        .unwrap()
        .lgd_code
}

/// What `producer` lists: a weave by `name` in `sector`.
pub fn listing_input(name: &str, sector: &str) -> ListingInput {
    ListingInput {
        title: format!("{name} signature weave"),
        description: "Handmade by our artisans with traditional techniques, for export.".into(),
        sector: sector.into(),
        category: "Textiles".into(),
        materials: "Silk".into(),
        moq: "10".into(),
        moq_unit: "pieces".into(),
        price_min: "1000".into(),
        price_max: "2000".into(),
        currency: "INR".into(),
        lead_time_days: "30".into(),
        ..ListingInput::default()
    }
}

/// A producer in `district` with one published listing in `sector`;
/// verified by `admin` when given.
pub async fn producer(
    app: &impl Site,
    admin: Option<&User>,
    email: &str,
    name: &str,
    district: &str,
    sector: &str,
) -> (User, Producer, String) {
    producer_listing(app, admin, email, name, district, listing_input(name, sector)).await
}

/// A producer in `district` with `listing` published; verified by `admin`
/// when given.
pub async fn producer_listing(
    app: &impl Site,
    admin: Option<&User>,
    email: &str,
    name: &str,
    district: &str,
    listing: ListingInput,
) -> (User, Producer, String) {
    let account = user(app, Role::Producer, email, name).await;
    let code = district_code(app, district);
    let profile = ProfileInput {
        business_name: name.into(),
        kind: "artisan".into(),
        district: code.to_string(),
        address: "Main bazaar".into(),
        languages: "Hindi, English".into(),
        incoterms: "FOB".into(),
        ..ProfileInput::default()
    };
    let admin_user = match admin {
        Some(a) => a.clone(),
        None => user(app, Role::Admin, &format!("moderator-{email}"), "Moderator").await,
    };
    let verify = admin.is_some();
    let base_url = app.base_url().clone();
    let owner = account.clone();
    let (producer, slug) = app
        .db()
        .write(move |conn| {
            let producer = profile::save_profile(conn, &owner, &profile, now())?;
            let product = submitted_listing(conn, &owner, &listing, now())?;
            let product = moderation::decide(
                conn,
                &admin_user,
                &product.id,
                Decision::Approve,
                "",
                &base_url,
                now(),
            )?;
            let producer = if verify {
                verification::set_verified(conn, &admin_user, &producer.id, true, &base_url, now())?
            } else {
                producer
            };
            Ok::<_, CatalogueError>((producer, product.slug))
        })
        .await
        .unwrap();
    (account, producer, slug)
}

/// A listing by `owner` with the photo row that submitting asks for,
/// submitted for review.
pub fn submitted_listing(
    conn: &mut DbConnection,
    owner: &User,
    input: &ListingInput,
    now: NaiveDateTime,
) -> Result<Product, CatalogueError> {
    let product = listings::create_listing(conn, owner, input, now)?;
    photo_rows(conn, &product.id, 0..1, now)?;
    listings::submit_listing(conn, owner, &product.id, now)
}

/// Photo rows of `product` at `positions`. These tests never render a
/// photo, so no file stands behind a row.
pub fn photo_rows(
    conn: &mut DbConnection,
    product: &ProductId,
    positions: std::ops::Range<i32>,
    now: NaiveDateTime,
) -> Result<(), CatalogueError> {
    for position in positions {
        catalogue_repo::insert_image(
            conn,
            &ProductImage {
                id: odop_bazaar::catalogue::model::ImageId::new(),
                product_id: product.clone(),
                hash: "0".repeat(64),
                width: 1600,
                height: 1200,
                alt_text: "A handwoven stole".into(),
                position,
                created_at: now,
            },
        )?;
    }
    Ok(())
}

/// The producer most tests trade with: Kashi Weaves, a verified handloom
/// weaver in Varanasi with one published listing.
pub async fn kashi_weaves(app: &impl Site, admin: &User) -> (User, Producer, String) {
    producer(
        app,
        Some(admin),
        "kashi@weaves.example",
        "Kashi Weaves",
        "varanasi",
        "handloom",
    )
    .await
}

pub fn enquiry_input(message: &str) -> EnquiryInput {
    EnquiryInput {
        quantity: "500".into(),
        unit: "pieces".into(),
        target_price: "12.50".into(),
        currency: "USD".into(),
        incoterm: "FOB".into(),
        destination_country: "NL".into(),
        destination_port: "Rotterdam".into(),
        required_by: (now() + TimeDelta::days(60))
            .date()
            .format("%Y-%m-%d")
            .to_string(),
        sample_wanted: "yes".into(),
        message: message.into(),
        website: String::new(),
    }
}

/// Is the product published? (Used to check fixtures.)
pub fn published(app: &impl Site, slug: &str) -> bool {
    let slug = slug.to_owned();
    app.db()
        .read_blocking(move |conn| catalogue_repo::product_by_slug(conn, &slug))
        .unwrap()
        .is_some_and(|p| p.status.as_str() == "published")
}

/// The id of the listing with `slug`.
pub fn product_id(app: &impl Site, slug: &str) -> String {
    let slug = slug.to_owned();
    app.db()
        .read_blocking(move |conn| catalogue_repo::product_by_slug(conn, &slug))
        .unwrap()
        .unwrap()
        .id
        .to_string()
}

/// `seed --demo-event` at `at` (its listings without photos): the meet of
/// the meetings benchmark, the load test and `meeting_scale`.
pub fn demo_event(db: &Db, base_url: &Url, at: NaiveDateTime) -> DemoEventOutcome {
    let links = Links::new(base_url);
    db.write_blocking(move |conn| {
        catalogue_demo::seed_demo(
            conn,
            meetings_demo::LISTINGS_NEEDED,
            &catalogue_demo::SectorPhotos::new(),
            at,
            &mut |_| {},
        )?;
        meetings_demo::seed_demo_event(conn, &links, at)
    })
    .unwrap()
}
