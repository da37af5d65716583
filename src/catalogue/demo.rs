//! `seed --demo N`: realistic listings for demos and benchmarks, built
//! deterministically from the real ODOP list — one verified demo producer
//! per district, N published products cycling through the district
//! specialities, each with a rendered sector pattern as its photo.
//! Never run implicitly; running it twice adds nothing the second time.

use std::collections::HashMap;

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use super::model::{Producer, Product, ProductImage};
use super::values::{ProducerKind, ProductStatus};
use crate::accounts::User;
use crate::db::{DbConnection, DbResult, insert_in_chunks};
use crate::directory::Sector;
use crate::directory::model::{District, OdopProduct};
use crate::schema::{districts, hs_codes, odop_products, producers, product_images, products, users};

/// Ids derive from names, so the same demo data gets the same ids everywhere.
const NAMESPACE: uuid::Uuid = uuid::Uuid::from_u128(0x6f64_6f70_2d62_617a_6161_722d_6465_6d6f);

/// The id of the demo row of `kind` named `key`.
pub fn demo_id(kind: &str, key: &str) -> String {
    uuid::Uuid::new_v5(&NAMESPACE, format!("{kind}:{key}").as_bytes()).to_string()
}

/// Where demo accounts' addresses live: a reserved domain (RFC 2606), so
/// no e-mail to them is ever delivered.
pub const EMAIL_DOMAIN: &str = "demo.odop-bazaar.invalid";

/// A photo for each sector, already stored: (hash, width, height).
pub type SectorPhotos = HashMap<Sector, (String, u32, u32)>;

/// Renders the demo photo of a sector: a woven, block-print-like pattern in
/// the sector's colours (PNG bytes, 1200×900).
pub fn render_sector_pattern(sector: Sector) -> Vec<u8> {
    let (a, b, c) = match sector {
        Sector::Agriculture => ([47, 107, 69], [224, 165, 38], [250, 247, 242]),
        Sector::FoodProcessing => ([178, 58, 46], [224, 165, 38], [250, 240, 225]),
        Sector::Handicraft => ([224, 165, 38], [31, 42, 90], [250, 247, 242]),
        Sector::Handloom => ([31, 42, 90], [178, 58, 46], [224, 165, 38]),
        Sector::Textile => ([122, 48, 108], [224, 165, 38], [250, 247, 242]),
        Sector::Manufacturing => ([70, 74, 82], [224, 165, 38], [235, 235, 232]),
        Sector::Marine => ([22, 96, 128], [250, 247, 242], [90, 170, 190]),
        Sector::Dairy => ([200, 180, 120], [250, 247, 242], [120, 90, 50]),
        Sector::Others => ([120, 100, 90], [224, 165, 38], [250, 247, 242]),
    };
    let (width, height) = (1200u32, 900u32);
    let image = image::RgbImage::from_fn(width, height, |x, y| {
        let (fx, fy) = (x as f32 / 60.0, y as f32 / 60.0);
        let diamond = ((fx.fract() - 0.5).abs() + (fy.fract() - 0.5).abs()) < 0.32;
        let stripe = (y / 30) % 6 == 0;
        let dot = ((fx * 2.0).fract() - 0.5).powi(2) + ((fy * 2.0).fract() - 0.5).powi(2) < 0.02;
        let pick = if dot {
            c
        } else if diamond {
            b
        } else if stripe {
            c
        } else {
            a
        };
        let shade = 0.9 + 0.1 * ((x as f32 * 0.013).sin() * (y as f32 * 0.011).cos());
        image::Rgb(pick.map(|v: u8| (f32::from(v) * shade).clamp(0.0, 255.0) as u8))
    });
    let mut bytes = std::io::Cursor::new(Vec::new());
    // Writing to memory cannot fail for a well-formed RGB image.
    let _ = image.write_to(&mut bytes, image::ImageFormat::Png);
    bytes.into_inner()
}

/// Typical HS subheadings by what a product is called; the sector decides otherwise.
fn hs_for(name: &str, sector: Sector) -> &'static str {
    let name = name.to_lowercase();
    const BY_WORD: &[(&str, &str)] = &[
        ("turmeric", "091030"),
        ("chilli", "090421"),
        ("pepper", "090411"),
        ("cardamom", "090831"),
        ("ginger", "091011"),
        ("tea", "090230"),
        ("coffee", "090111"),
        ("rice", "100630"),
        ("mango", "080450"),
        ("banana", "080390"),
        ("cashew", "080132"),
        ("coconut", "080119"),
        ("honey", "040900"),
        ("jaggery", "170113"),
        ("pickle", "200190"),
        ("silk", "500720"),
        ("saree", "500720"),
        ("sari", "500720"),
        ("carpet", "570110"),
        ("dhurrie", "570231"),
        ("rug", "570231"),
        ("shawl", "611710"),
        ("cotton", "520812"),
        ("jute", "630510"),
        ("brass", "741999"),
        ("copper", "741999"),
        ("leather", "420221"),
        ("footwear", "640399"),
        ("pottery", "691390"),
        ("terracotta", "691390"),
        ("wood", "442190"),
        ("toy", "950300"),
        ("bamboo", "460212"),
        ("marble", "680221"),
        ("fish", "030389"),
        ("shrimp", "030617"),
        ("milk", "040210"),
        ("ghee", "040590"),
        ("millet", "100829"),
    ];
    BY_WORD.iter().find(|(word, _)| name.contains(word)).map_or(
        match sector {
            Sector::Agriculture => "091099",
            Sector::FoodProcessing => "210690",
            Sector::Handicraft => "442090",
            Sector::Handloom => "520852",
            Sector::Textile => "630492",
            Sector::Manufacturing => "732690",
            Sector::Marine => "030389",
            Sector::Dairy => "040590",
            Sector::Others => "960899",
        },
        |(_, code)| code,
    )
}

/// (unit, MOQ range, price range in rupees) by sector.
fn trade_terms(sector: Sector) -> (&'static str, (i32, i32), (i64, i64)) {
    match sector {
        Sector::Agriculture => ("kg", (100, 5000), (60, 900)),
        Sector::FoodProcessing => ("kg", (50, 2000), (120, 1500)),
        Sector::Handicraft => ("pieces", (10, 500), (250, 25_000)),
        Sector::Handloom => ("pieces", (10, 300), (900, 45_000)),
        Sector::Textile => ("metres", (100, 5000), (120, 2500)),
        Sector::Manufacturing => ("pieces", (50, 2000), (150, 12_000)),
        Sector::Marine => ("kg", (500, 10_000), (250, 1800)),
        Sector::Dairy => ("kg", (100, 3000), (300, 1200)),
        Sector::Others => ("pieces", (20, 1000), (100, 5000)),
    }
}

const VARIANTS: [&str; 8] = [
    "export grade",
    "premium lot",
    "gift pack",
    "bulk lot",
    "heritage collection",
    "classic range",
    "small-batch",
    "trade pack",
];

/// Adds up to `count` demo listings; returns how many were new.
pub fn seed_demo(
    conn: &mut DbConnection,
    count: usize,
    photos: &SectorPhotos,
    now: NaiveDateTime,
    progress: &mut dyn FnMut(usize),
) -> DbResult<usize> {
    let odop: Vec<(OdopProduct, District)> = odop_products::table
        .inner_join(districts::table)
        .order(odop_products::position)
        .select((OdopProduct::as_select(), District::as_select()))
        .load(conn)?;
    if odop.is_empty() {
        return Ok(0);
    }
    let valid_hs: std::collections::HashSet<String> = hs_codes::table
        .filter(hs_codes::level.eq(6))
        .select(hs_codes::code)
        .load::<String>(conn)?
        .into_iter()
        .collect();
    let wanted: Vec<String> = (0..count).map(|i| demo_id("product", &i.to_string())).collect();
    let mut existing = std::collections::HashSet::new();
    for chunk in wanted.chunks(crate::db::INSERT_CHUNK) {
        existing.extend(
            products::table
                .filter(products::id.eq_any(chunk))
                .select(products::id)
                .load::<String>(conn)?,
        );
    }
    ensure_demo_producers(conn, &odop, now)?;

    let mut rng = StdRng::seed_from_u64(2026);
    let mut fresh_products = Vec::new();
    let mut fresh_images = Vec::new();
    let mut added = 0;
    for i in 0..count {
        let (item, district) = &odop[i % odop.len()];
        let sector = item.sector();
        let (unit, moq_range, price_range) = trade_terms(sector);
        // Draw for every row so a row's values do not depend on which rows already exist.
        let moq = rng.random_range(moq_range.0..=moq_range.1) / 10 * 10;
        let low = rng.random_range(price_range.0..=price_range.1);
        let high = low + low * rng.random_range(0..=150) / 100;
        let lead = rng.random_range(7..=60);
        let export_ready = rng.random_bool(0.7);
        let samples = rng.random_bool(0.6);
        let age_minutes = rng.random_range(0..60 * 24 * 365);
        let id = demo_id("product", &i.to_string());
        if existing.contains(&id) {
            continue;
        }
        let round = i / odop.len();
        let variant = VARIANTS[round % VARIANTS.len()];
        let title = format!("{} — {variant}", item.name);
        let hs = hs_for(&item.name, sector);
        let published = now - TimeDelta::minutes(age_minutes);
        fresh_products.push(Product {
            id: id.clone().into(),
            producer_id: demo_id("producer", &district.slug).into(),
            slug: format!("demo-{}-{i}", item.slug),
            description: format!(
                "{} Offered by a {} producer in {} as a {variant}; ask for samples, packing and export terms.",
                item.description,
                sector.name().to_lowercase(),
                district.name
            ),
            title,
            sector: sector.slug().to_owned(),
            category: item.category.clone(),
            odop_product_slug: Some(item.slug.clone()),
            hs_code: valid_hs.contains(hs).then(|| hs.to_owned()),
            gi_product_id: None,
            materials: String::new(),
            moq: moq.max(1),
            moq_unit: unit.to_owned(),
            price_min: low * 100,
            price_max: high * 100,
            currency: "INR".to_owned(),
            monthly_capacity: Some(moq.max(1) * 20),
            lead_time_days: lead,
            samples_available: samples,
            export_ready,
            certifications: String::new(),
            status: ProductStatus::Published,
            moderation_note: None,
            published_at: Some(published),
            created_at: published,
            updated_at: published,
            language: crate::i18n::Language::En,
        });
        if let Some((hash, width, height)) = photos.get(&sector) {
            fresh_images.push(ProductImage {
                id: demo_id("image", &i.to_string()).into(),
                product_id: id.into(),
                hash: hash.clone(),
                width: i32::try_from(*width).unwrap_or(0),
                height: i32::try_from(*height).unwrap_or(0),
                alt_text: format!(
                    "{} pattern standing in for a photo of {}",
                    sector.name(),
                    item.name
                ),
                position: 0,
                created_at: now,
            });
        }
        added += 1;
        if fresh_products.len() >= 1000 {
            flush(conn, &mut fresh_products, &mut fresh_images)?;
            progress(i + 1);
        }
    }
    flush(conn, &mut fresh_products, &mut fresh_images)?;
    progress(count);
    Ok(added)
}

fn flush(
    conn: &mut DbConnection,
    fresh_products: &mut Vec<Product>,
    fresh_images: &mut Vec<ProductImage>,
) -> DbResult<()> {
    insert_in_chunks!(conn, products::table, fresh_products);
    insert_in_chunks!(conn, product_images::table, fresh_images);
    fresh_products.clear();
    fresh_images.clear();
    Ok(())
}

/// A demo account: `(local part, name)` at [`EMAIL_DOMAIN`], confirmed,
/// and impossible to sign in to.
pub fn demo_account(
    id: String,
    role: crate::accounts::Role,
    (local, name): (String, String),
    now: NaiveDateTime,
) -> User {
    User {
        id: id.into(),
        email: format!("{local}@{EMAIL_DOMAIN}"),
        name,
        // Not an argon2 hash: no password matches it.
        password_hash: "!demo".to_owned(),
        role,
        company: None,
        country_code: None,
        email_verified_at: Some(now),
        password_changed_at: now,
        created_at: now,
        updated_at: now,
        suspended_at: None,
        unread_messages: 0,
        language: None,
        currency: None,
    }
}

/// One verified demo producer (and its account, which cannot sign in) per district with ODOP products.
fn ensure_demo_producers(
    conn: &mut DbConnection,
    odop: &[(OdopProduct, District)],
    now: NaiveDateTime,
) -> DbResult<()> {
    let mut seen = std::collections::HashSet::new();
    let districts: Vec<&District> = odop
        .iter()
        .map(|(_, d)| d)
        .filter(|d| seen.insert(d.lgd_code))
        .collect();
    let existing: std::collections::HashSet<String> = producers::table
        .select(producers::id)
        .load::<String>(conn)?
        .into_iter()
        .collect();
    let mut new_users = Vec::new();
    let mut new_producers = Vec::new();
    for district in districts {
        let id = demo_id("producer", &district.slug);
        if existing.contains(&id) {
            continue;
        }
        let user_id = demo_id("user", &district.slug);
        new_users.push(demo_account(
            user_id.clone(),
            crate::accounts::Role::Producer,
            (
                format!("demo-{}", district.slug),
                format!("{} Producers Collective", district.name),
            ),
            now,
        ));
        new_producers.push(Producer {
            id: id.into(),
            user_id: user_id.into(),
            slug: format!("demo-{}", district.slug),
            business_name: format!("{} Producers Collective (demo)", district.name),
            kind: ProducerKind::Cooperative,
            district_code: district.lgd_code,
            address: format!("{} district", district.name),
            story: format!(
                "Demonstration profile: a collective of makers and growers from {}.",
                district.name
            ),
            year_founded: None,
            team_size: None,
            languages: "Hindi, English".to_owned(),
            logo_hash: None,
            logo_width: None,
            logo_height: None,
            iec: None,
            gstin: None,
            udyam: None,
            certifications: String::new(),
            ports_of_loading: String::new(),
            incoterms: "FOB, CIF".to_owned(),
            sample_policy: "Samples on request".to_owned(),
            verified_at: Some(now),
            verified_by: None,
            created_at: now,
            updated_at: now,
            phone: None,
            whatsapp: false,
            language: crate::i18n::Language::En,
        });
    }
    insert_in_chunks!(conn, users::table, new_users);
    insert_in_chunks!(conn, producers::table, new_producers);
    Ok(())
}

/// A demo producer with published listings, as a demo event takes it in.
#[derive(Debug, Clone)]
pub struct DemoProducer {
    pub user_id: String,
    pub business_name: String,
    /// Ids of its published listings, oldest id first.
    pub listings: Vec<String>,
}

/// The first `limit` demo producers (by id) that have published listings,
/// each with up to `per_producer` of them. Only demo accounts: a demo event
/// never enrols a real producer.
pub fn producers_with_listings(
    conn: &mut DbConnection,
    limit: usize,
    per_producer: usize,
) -> DbResult<Vec<DemoProducer>> {
    let rows: Vec<(String, String, String)> = products::table
        .inner_join(producers::table.inner_join(users::table))
        .filter(users::email.like(format!("%@{EMAIL_DOMAIN}")))
        .filter(products::status.eq(ProductStatus::Published))
        .order((producers::id, products::id))
        .select((producers::user_id, producers::business_name, products::id))
        .load(conn)?;
    let mut found: Vec<DemoProducer> = Vec::new();
    for (user_id, business_name, listing) in rows {
        if let Some(last) = found.last_mut().filter(|last| last.user_id == user_id) {
            if last.listings.len() < per_producer {
                last.listings.push(listing);
            }
        } else if found.len() == limit {
            break;
        } else {
            found.push(DemoProducer {
                user_id,
                business_name,
                listings: vec![listing],
            });
        }
    }
    Ok(found)
}
