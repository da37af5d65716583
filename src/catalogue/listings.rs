//! Product listings: create, edit, send for review, archive, delete — each
//! only by the producer who owns the listing.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::error::CatalogueError;
use super::model::{Producer, Product};
use super::translations::OwnText;
use super::values::{HsCode, ListingAction, Minor, ProductStatus, UNITS};
use super::{repo, unpublished};
use crate::accounts::User;
use crate::db::{DbConnection, DbError, DbResult};
use crate::directory::model::GiProduct;
use crate::directory::{Sector, slugify};
use crate::domain::Checks;
use crate::i18n::{Language, Message};
use crate::media;
use crate::search;

/// What the listing form (or a CSV row) sends; every field as typed.
#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct ListingInput {
    pub title: String,
    pub description: String,
    pub sector: String,
    pub category: String,
    /// An ODOP product slug of the producer's district, or empty.
    pub odop_product: String,
    pub hs_code: String,
    /// A GI register id, or empty: a GI registered for the producer's state,
    /// or the one the listing already claims (`claimable_gis`).
    pub gi_product: String,
    pub materials: String,
    pub moq: String,
    pub moq_unit: String,
    pub price_min: String,
    pub price_max: String,
    pub currency: String,
    pub monthly_capacity: String,
    pub lead_time_days: String,
    /// "on"/"yes"/"true" when ticked.
    pub samples_available: String,
    pub export_ready: String,
    pub certifications: String,
    /// The language the title and description are written in (`en`, `hi`,
    /// `ar`); English when left out.
    pub language: String,
}

/// A ticked checkbox as a form, CSV or JSON sends it.
pub fn ticked(value: &str) -> bool {
    matches!(
        value.trim().to_lowercase().as_str(),
        "on" | "yes" | "true" | "1" | "y"
    )
}

impl ListingInput {
    pub fn from_product(p: &Product, digits: u32) -> Self {
        let yes = |b: bool| if b { "on".to_owned() } else { String::new() };
        Self {
            title: p.title.clone(),
            description: p.description.clone(),
            sector: p.sector.clone(),
            category: p.category.clone(),
            odop_product: p.odop_product_slug.clone().unwrap_or_default(),
            hs_code: p.hs_code.clone().unwrap_or_default(),
            gi_product: p.gi_product_id.map(|id| id.to_string()).unwrap_or_default(),
            materials: p.materials.clone(),
            moq: p.moq.to_string(),
            moq_unit: p.moq_unit.clone(),
            price_min: Minor(p.price_min).plain(digits),
            price_max: Minor(p.price_max).plain(digits),
            currency: p.currency.clone(),
            monthly_capacity: p.monthly_capacity.map(|c| c.to_string()).unwrap_or_default(),
            lead_time_days: p.lead_time_days.to_string(),
            samples_available: yes(p.samples_available),
            export_ready: yes(p.export_ready),
            certifications: p.certifications.clone(),
            language: p.language.as_str().to_owned(),
        }
    }
}

/// The checked fields of a listing, ready to store.
struct ValidListing {
    title: String,
    description: String,
    sector: Sector,
    category: String,
    odop_product_slug: Option<String>,
    hs_code: Option<String>,
    gi_product_id: Option<i32>,
    materials: String,
    moq: i32,
    moq_unit: String,
    price_min: i64,
    price_max: i64,
    currency: String,
    monthly_capacity: Option<i32>,
    lead_time_days: i32,
    samples_available: bool,
    export_ready: bool,
    certifications: String,
    language: Language,
}

/// What a listing keeps whatever the form says: identity, place in the
/// status flow, and history.
struct Frame {
    id: String,
    producer_id: String,
    slug: String,
    status: ProductStatus,
    moderation_note: Option<String>,
    published_at: Option<NaiveDateTime>,
    created_at: NaiveDateTime,
}

impl ValidListing {
    /// The listing with these checked fields inside `frame`, changed `now`.
    fn into_product(self, frame: Frame, now: NaiveDateTime) -> Product {
        let valid = self;
        Product {
            id: frame.id.into(),
            producer_id: frame.producer_id.into(),
            slug: frame.slug,
            title: valid.title,
            description: valid.description,
            sector: valid.sector.slug().to_owned(),
            category: valid.category,
            odop_product_slug: valid.odop_product_slug,
            hs_code: valid.hs_code,
            gi_product_id: valid.gi_product_id,
            materials: valid.materials,
            moq: valid.moq,
            moq_unit: valid.moq_unit,
            price_min: valid.price_min,
            price_max: valid.price_max,
            currency: valid.currency,
            monthly_capacity: valid.monthly_capacity,
            lead_time_days: valid.lead_time_days,
            samples_available: valid.samples_available,
            export_ready: valid.export_ready,
            certifications: valid.certifications,
            status: frame.status,
            moderation_note: frame.moderation_note,
            published_at: frame.published_at,
            created_at: frame.created_at,
            updated_at: now,
            language: valid.language,
        }
    }
}

/// Checks `input` for a listing of `producer`; `kept_gi` is the GI the
/// listing claims now (`None` for a new listing).
fn validate(
    conn: &mut DbConnection,
    producer: &Producer,
    input: &ListingInput,
    kept_gi: Option<i32>,
) -> Result<ValidListing, CatalogueError> {
    let mut checks = Checks::new();
    let title = checks.text("title", &input.title, 3..=120);
    let description = checks.text("description", &input.description, 20..=5000);
    let sector = Sector::from_slug(input.sector.trim());
    if sector.is_none() {
        checks.fail("sector", Message::new("listing-sector-choose-sector"));
    }
    let category = checks.text("category", &input.category, 0..=80);
    let odop_product_slug = match input.odop_product.trim() {
        "" => None,
        slug => match repo::odop_product(conn, slug)? {
            Some(odop) if odop.district_code == producer.district_code => Some(odop.slug),
            _ => {
                checks.fail(
                    "odop_product",
                    Message::new("listing-odop-product-choose-one-district"),
                );
                None
            }
        },
    };
    let hs_code = match known_hs_code(conn, &input.hs_code)? {
        Ok(code) => code,
        Err(message) => {
            checks.fail("hs_code", message);
            None
        }
    };
    let gi_product_id = match input.gi_product.trim() {
        "" => None,
        typed => {
            let id = typed.parse::<i32>().ok();
            let claimable = claimable_gis(conn, producer, kept_gi)?;
            match id {
                Some(id) if claimable.iter().any(|gi| gi.id == id) => Some(id),
                Some(id) if repo::gi_product(conn, id)?.is_some() => {
                    checks.fail("gi_product", Message::new("listing-gi-product-other-state"));
                    None
                }
                _ => {
                    checks.fail(
                        "gi_product",
                        Message::new("listing-gi-product-choose-gi-register"),
                    );
                    None
                }
            }
        }
    };
    let materials = checks.text("materials", &input.materials, 0..=300);
    let moq = checks.whole("moq", &input.moq, 1..=10_000_000);
    let moq_unit = input.moq_unit.trim().to_owned();
    if !UNITS.contains(&moq_unit.as_str()) {
        checks.fail("moq_unit", Message::new("listing-moq-unit-choose-unit-minimum"));
    }
    let currency = input.currency.trim().to_uppercase();
    let digits = repo::currency_digits(conn, &currency)?;
    if digits.is_none() {
        checks.fail(
            "currency",
            Message::new("listing-currency-unknown").with("value", input.currency.trim()),
        );
    }
    let digits = digits.unwrap_or(2);
    let mut price = |field: &'static str, value: &str| match Minor::parse(value, digits) {
        Ok(Minor(0)) => {
            checks.fail(field, Message::new("listing-price-must-more-than"));
            None
        }
        Ok(minor) => Some(minor.0),
        Err(message) => {
            checks.fail(field, message);
            None
        }
    };
    let price_min = price("price_min", &input.price_min);
    let price_max = match input.price_max.trim() {
        "" => price_min,
        typed => price("price_max", typed),
    };
    if let (Some(low), Some(high)) = (price_min, price_max)
        && high < low
    {
        checks.fail(
            "price_max",
            Message::new("listing-price-max-highest-price-cannot"),
        );
    }
    let monthly_capacity = match input.monthly_capacity.trim() {
        "" => None,
        typed => checks.whole("monthly_capacity", typed, 1..=100_000_000),
    };
    let lead_time_days = checks.whole("lead_time_days", &input.lead_time_days, 1..=365);
    let certifications = checks.text("certifications", &input.certifications, 0..=300);
    let language = super::translations::own_language(&mut checks, &input.language);

    let valid = match (sector, moq, price_min, price_max, lead_time_days, language) {
        (Some(sector), Some(moq), Some(price_min), Some(price_max), Some(lead_time_days), Some(language)) => {
            Some(ValidListing {
                title,
                description,
                sector,
                category,
                odop_product_slug,
                hs_code,
                gi_product_id,
                materials,
                moq,
                moq_unit,
                price_min,
                price_max,
                currency,
                monthly_capacity,
                lead_time_days,
                samples_available: ticked(&input.samples_available),
                export_ready: ticked(&input.export_ready),
                certifications,
                language,
            })
        }
        _ => None,
    };
    Ok(checks.finish_with(valid)?)
}

/// The GIs a listing of `producer` may claim, by name. A Geographical
/// Indication belongs to the places registered for it, and the register
/// names states: so the GIs registered for the producer's state (which
/// leaves out the foreign GIs protected in India, registered for none), and
/// `kept`, a GI the listing already claims from before this rule, so that
/// saving the listing again loses nothing.
pub fn claimable_gis(
    conn: &mut DbConnection,
    producer: &Producer,
    kept: Option<i32>,
) -> DbResult<Vec<GiProduct>> {
    let mut gis = match repo::district(conn, producer.district_code)? {
        Some((district, _)) => repo::gi_products_of_state(conn, district.state_code)?,
        None => Vec::new(),
    };
    if let Some(id) = kept
        && !gis.iter().any(|gi| gi.id == id)
        && let Some(gi) = repo::gi_product(conn, id)?
    {
        gis.push(gi);
        gis.sort_by(|a, b| a.name.cmp(&b.name));
    }
    Ok(gis)
}

/// An HS code checked against HS 2022: `Ok(None)` when empty, `Err` with a
/// message for the field when it is malformed or unknown.
pub fn known_hs_code(
    conn: &mut DbConnection,
    typed: &str,
) -> Result<Result<Option<String>, Message>, DbError> {
    if typed.trim().is_empty() {
        return Ok(Ok(None));
    }
    Ok(match HsCode::parse(typed) {
        Ok(code) if repo::hs_subheading(conn, code.subheading())?.is_some() => {
            Ok(Some(code.as_str().to_owned()))
        }
        Ok(code) => Err(Message::new("listing-hs-unknown").with("code", code.subheading())),
        Err(message) => Err(message),
    })
}

/// The producer profile of `user`, required to list anything.
pub fn producer_of(conn: &mut DbConnection, user: &User) -> Result<Producer, CatalogueError> {
    repo::producer_by_user(conn, &user.id)?.ok_or(CatalogueError::NoProfile)
}

/// The listing `id` if `user` owns it; anything else reads as not found.
pub fn owned_product(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
) -> Result<(Producer, Product), CatalogueError> {
    let producer = producer_of(conn, user).map_err(|_| CatalogueError::NotFound)?;
    match repo::find_product(conn, id)? {
        Some(product) if product.producer_id == producer.id => Ok((producer, product)),
        _ => Err(CatalogueError::NotFound),
    }
}

/// A slug for `name` (at most 70 characters, `fallback` when nothing is
/// left) that `taken` does not know: the name, then the name with the
/// district, then the name with a random suffix.
pub(super) fn unique_slug(
    conn: &mut DbConnection,
    name: &str,
    fallback: &str,
    district_slug: &str,
    taken: fn(&mut DbConnection, &str) -> DbResult<bool>,
) -> Result<String, CatalogueError> {
    let base = match slugify(name) {
        s if s.is_empty() => fallback.to_owned(),
        s => s
            .chars()
            .take(70)
            .collect::<String>()
            .trim_end_matches('-')
            .to_owned(),
    };
    for candidate in [base.clone(), format!("{base}-{district_slug}")] {
        if !taken(conn, &candidate)? {
            return Ok(candidate);
        }
    }
    let suffix = uuid::Uuid::now_v7().simple().to_string();
    Ok(format!("{base}-{}", &suffix[suffix.len() - 6..]))
}

/// Creates a draft listing.
pub fn create_listing(
    conn: &mut DbConnection,
    user: &User,
    input: &ListingInput,
    now: NaiveDateTime,
) -> Result<Product, CatalogueError> {
    let producer = producer_of(conn, user)?;
    let valid = validate(conn, &producer, input, None)?;
    let district_slug = repo::district(conn, producer.district_code)?
        .map(|(d, _)| d.slug)
        .unwrap_or_default();
    let frame = Frame {
        id: uuid::Uuid::now_v7().to_string(),
        producer_id: producer.id.to_string(),
        slug: unique_slug(
            conn,
            &valid.title,
            "product",
            &district_slug,
            repo::product_slug_taken,
        )?,
        status: ProductStatus::Draft,
        moderation_note: None,
        published_at: None,
        created_at: now,
    };
    let product = valid.into_product(frame, now);
    repo::insert_product(conn, &product)?;
    Ok(product)
}

/// Saves changes to a listing the user owns. On a published listing,
/// changes a moderator must see (see [`Product::needs_review_against`]) send
/// it back to review, off the site until approved; others publish at once.
pub fn update_listing(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    input: &ListingInput,
    now: NaiveDateTime,
) -> Result<Product, CatalogueError> {
    let (producer, product) = owned_product(conn, user, id)?;
    check_editable(&product)?;
    let valid = validate(conn, &producer, input, product.gi_product_id)?;
    if valid.language != product.language {
        super::translations::check_own_language(conn, OwnText::Listing(&product), valid.language)?;
    }
    let frame = Frame {
        id: product.id.to_string(),
        producer_id: product.producer_id.to_string(),
        slug: product.slug.clone(),
        status: product.status,
        moderation_note: product.moderation_note.clone(),
        published_at: product.published_at,
        created_at: product.created_at,
    };
    let mut updated = valid.into_product(frame, now);
    let published = product.status == ProductStatus::Published;
    if published && updated.needs_review_against(&product) {
        updated.status = ProductStatus::Submitted;
    }
    repo::save_product_from(conn, &updated, product.status)?;
    if published {
        // Refreshed, or removed while it waits for review.
        search::enqueue_index(conn, &[updated.id.to_string()], now)?;
        if updated.status != ProductStatus::Published {
            unpublished::announce(conn, &[updated.id.to_string()], now)?;
        }
    }
    Ok(updated)
}

/// Refuses a change to a listing waiting for review, rejected or archived.
pub(super) fn check_editable(product: &Product) -> Result<(), CatalogueError> {
    if product.status().editable() {
        Ok(())
    } else {
        Err(CatalogueError::NotAllowed(
            Message::new("refusal-listing-not-editable").with("status", product.status().as_str()),
        ))
    }
}

/// A published listing with a new photo or translation goes back to review:
/// it is new content buyers should not see before a moderator does.
pub(super) fn review_new_content(
    conn: &mut DbConnection,
    product: &Product,
    now: NaiveDateTime,
) -> Result<ProductStatus, CatalogueError> {
    if product.status != ProductStatus::Published {
        return Ok(product.status);
    }
    let waiting = Product {
        status: ProductStatus::Submitted,
        updated_at: now,
        ..product.clone()
    };
    repo::save_product_from(conn, &waiting, ProductStatus::Published)?;
    search::enqueue_index(conn, &[product.id.to_string()], now)?;
    unpublished::announce(conn, &[product.id.to_string()], now)?;
    Ok(waiting.status)
}

/// Sends a draft (or a listing with requested changes) for review. Needs a
/// confirmed e-mail address and at least one photo.
pub fn submit_listing(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    now: NaiveDateTime,
) -> Result<Product, CatalogueError> {
    let (_, product) = owned_product(conn, user, id)?;
    if !user.is_verified() {
        return Err(CatalogueError::NotAllowed(Message::new(
            "refusal-listing-confirm-email",
        )));
    }
    if !product.status().submittable() {
        return Err(CatalogueError::NotAllowed(
            Message::new("refusal-listing-not-submittable").with("status", product.status().as_str()),
        ));
    }
    if repo::images_of(conn, &product.id)?.is_empty() {
        return Err(CatalogueError::NotAllowed(Message::new(
            "refusal-listing-needs-photo",
        )));
    }
    let from = product.status;
    let submitted = Product {
        status: ProductStatus::Submitted,
        updated_at: now,
        ..product
    };
    repo::save_product_from(conn, &submitted, from)?;
    Ok(submitted)
}

/// Takes a listing off the site (published or not); it can be edited and sent again.
pub fn archive_listing(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    now: NaiveDateTime,
) -> Result<Product, CatalogueError> {
    let (_, product) = owned_product(conn, user, id)?;
    let from = product.status;
    let archived = Product {
        status: ProductStatus::Archived,
        updated_at: now,
        ..product
    };
    repo::save_product_from(conn, &archived, from)?;
    if from == ProductStatus::Published {
        search::enqueue_index(conn, &[archived.id.to_string()], now)?;
        unpublished::announce(conn, &[archived.id.to_string()], now)?;
    }
    Ok(archived)
}

/// Brings an archived listing back as a draft.
pub fn restore_listing(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    now: NaiveDateTime,
) -> Result<Product, CatalogueError> {
    let (_, product) = owned_product(conn, user, id)?;
    if product.status() != ProductStatus::Archived {
        return Err(CatalogueError::NotAllowed(Message::new(
            "refusal-listing-restore-archived-only",
        )));
    }
    let draft = Product {
        status: ProductStatus::Draft,
        published_at: None,
        updated_at: now,
        ..product
    };
    repo::save_product_from(conn, &draft, ProductStatus::Archived)?;
    Ok(draft)
}

/// Carries out a producer's `action` on the listing `id`. Returns the photo
/// hashes no longer used anywhere (only deleting frees any), for the caller
/// to remove from storage.
pub fn act_on_listing(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    action: ListingAction,
    now: NaiveDateTime,
) -> Result<Vec<String>, CatalogueError> {
    match action {
        ListingAction::Submit => submit_listing(conn, user, id, now).map(|_| Vec::new()),
        ListingAction::Archive => archive_listing(conn, user, id, now).map(|_| Vec::new()),
        ListingAction::Restore => restore_listing(conn, user, id, now).map(|_| Vec::new()),
        ListingAction::Delete => delete_listing(conn, user, id),
    }
}

/// Deletes a listing that was never published; returns the photo hashes no
/// longer used anywhere, for the caller to remove from storage.
pub fn delete_listing(conn: &mut DbConnection, user: &User, id: &str) -> Result<Vec<String>, CatalogueError> {
    let (_, product) = owned_product(conn, user, id)?;
    if !product.deletable() {
        return Err(CatalogueError::NotAllowed(Message::new(
            "refusal-listing-archive-not-delete",
        )));
    }
    let hashes: Vec<String> = repo::images_of(conn, &product.id)?
        .into_iter()
        .map(|i| i.hash)
        .collect();
    repo::delete_product_from(conn, &product.id, product.status)?;
    let mut orphaned = Vec::new();
    for hash in hashes {
        if !media::image_hash_in_use(conn, &hash)? {
            orphaned.push(hash);
        }
    }
    Ok(orphaned)
}
