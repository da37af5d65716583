//! A producer's business profile, its logo, and its verification by an admin.

use chrono::NaiveDateTime;

use super::error::CatalogueError;
use super::listings::producer_of;
use super::listings::unique_slug;
use super::model::{Producer, ProducerId};
use super::repo;
use super::translations::{self, OwnText};
use super::upload_limits::{self, Upload};
use super::values::{Gstin, INCOTERMS, Iec, PhoneNumber, ProducerKind, Udyam};
use crate::accounts::User;
use crate::db::DbConnection;
use crate::domain::Checks;
use crate::i18n::Message;
use crate::media;
use crate::search;

/// What the profile form sends.
#[derive(Debug, Clone, Default, serde::Deserialize, serde::Serialize)]
#[serde(default)]
pub struct ProfileInput {
    pub business_name: String,
    pub kind: String,
    pub district: String,
    pub address: String,
    pub story: String,
    /// The language the story is written in: `en`, `hi` or `ar`.
    pub language: String,
    pub year_founded: String,
    pub team_size: String,
    pub languages: String,
    pub iec: String,
    pub gstin: String,
    pub udyam: String,
    pub certifications: String,
    pub ports_of_loading: String,
    /// Incoterms codes, comma-separated (a form sends one field per checkbox; the handler joins them).
    pub incoterms: String,
    pub sample_policy: String,
    pub phone: String,
    /// "on" when the phone number takes WhatsApp messages.
    pub whatsapp: String,
}

impl ProfileInput {
    pub fn from_producer(p: &Producer) -> Self {
        let text = |v: Option<i32>| v.map(|n| n.to_string()).unwrap_or_default();
        Self {
            business_name: p.business_name.clone(),
            kind: p.kind.as_str().to_owned(),
            district: p.district_code.to_string(),
            address: p.address.clone(),
            story: p.story.clone(),
            language: p.language.as_str().to_owned(),
            year_founded: text(p.year_founded),
            team_size: text(p.team_size),
            languages: p.languages.clone(),
            iec: p.iec.clone().unwrap_or_default(),
            gstin: p.gstin.clone().unwrap_or_default(),
            udyam: p.udyam.clone().unwrap_or_default(),
            certifications: p.certifications.clone(),
            ports_of_loading: p.ports_of_loading.clone(),
            incoterms: p.incoterms.clone(),
            sample_policy: p.sample_policy.clone(),
            phone: p
                .phone
                .as_deref()
                .and_then(|kept| PhoneNumber::parse(kept).ok())
                .map(|phone| phone.display())
                .unwrap_or_default(),
            whatsapp: if p.whatsapp { "on".into() } else { String::new() },
        }
    }
}

/// Creates or updates the signed-in producer's profile.
pub fn save_profile(
    conn: &mut DbConnection,
    user: &User,
    input: &ProfileInput,
    now: NaiveDateTime,
) -> Result<Producer, CatalogueError> {
    let mut checks = Checks::new();
    let business_name = checks.text("business_name", &input.business_name, 1..=120);
    let kind = ProducerKind::parse(&input.kind);
    if kind.is_none() {
        checks.fail("kind", Message::new("listing-kind-choose-what-kind"));
    }
    let district = match input.district.trim().parse::<i32>() {
        Ok(code) => repo::district(conn, code)?,
        Err(_) => None,
    };
    if district.is_none() {
        checks.fail("district", Message::new("listing-district-choose-district-list"));
    }
    let address = checks.text("address", &input.address, 1..=400);
    let story = checks.text("story", &input.story, 0..=4000);
    let language = translations::own_language(&mut checks, &input.language);
    let current_year = now.format("%Y").to_string().parse().unwrap_or(2026);
    let year_founded = checks.optional_whole("year_founded", &input.year_founded, 1800..=current_year);
    let team_size = checks.optional_whole("team_size", &input.team_size, 1..=100_000);
    let languages = checks.text("languages", &input.languages, 0..=200);
    let iec = checks
        .optional("iec", &input.iec, Iec::parse)
        .map(|c| c.as_str().to_owned());
    let gstin = checks
        .optional("gstin", &input.gstin, Gstin::parse)
        .map(|c| c.as_str().to_owned());
    let udyam = checks
        .optional("udyam", &input.udyam, Udyam::parse)
        .map(|c| c.as_str().to_owned());
    let certifications = checks.text("certifications", &input.certifications, 0..=500);
    let ports_of_loading = checks.text("ports_of_loading", &input.ports_of_loading, 0..=300);
    let incoterms: Vec<String> = input
        .incoterms
        .split(',')
        .map(|t| t.trim().to_uppercase())
        .filter(|t| !t.is_empty())
        .collect();
    if let Some(bad) = incoterms.iter().find(|t| !INCOTERMS.contains(&t.as_str())) {
        checks.fail(
            "incoterms",
            Message::new("listing-incoterm-unknown").with("value", bad.as_str()),
        );
    }
    let sample_policy = checks.text("sample_policy", &input.sample_policy, 0..=500);
    let phone = checks.optional("phone", &input.phone, PhoneNumber::parse);
    let whatsapp = input.whatsapp == "on";
    if whatsapp && input.phone.trim().is_empty() {
        checks.fail("phone", Message::new("listing-phone-write-number-takes"));
    }
    let ((kind, (district, _)), language) = checks.finish_with(kind.zip(district).zip(language))?;

    let existing = repo::producer_by_user(conn, &user.id)?;
    if let Some(kept) = existing.as_ref().filter(|kept| kept.language != language) {
        translations::check_own_language(conn, OwnText::Story(kept), language)?;
    }
    let slug = match &existing {
        Some(p) => p.slug.clone(),
        None => unique_slug(
            conn,
            &business_name,
            "producer",
            &district.slug,
            repo::producer_slug_taken,
        )?,
    };
    let mut producer = Producer {
        id: existing.as_ref().map_or_else(ProducerId::new, |p| p.id.clone()),
        user_id: user.id.clone(),
        slug,
        business_name,
        kind,
        district_code: district.lgd_code,
        address,
        story,
        year_founded,
        team_size,
        languages,
        logo_hash: existing.as_ref().and_then(|p| p.logo_hash.clone()),
        logo_width: existing.as_ref().and_then(|p| p.logo_width),
        logo_height: existing.as_ref().and_then(|p| p.logo_height),
        iec,
        gstin,
        udyam,
        certifications,
        ports_of_loading,
        incoterms: incoterms.join(", "),
        sample_policy,
        verified_at: existing.as_ref().and_then(|p| p.verified_at),
        verified_by: existing.as_ref().and_then(|p| p.verified_by.clone()),
        created_at: existing.as_ref().map_or(now, |p| p.created_at),
        updated_at: now,
        phone: phone.map(|p| p.as_str().to_owned()),
        whatsapp,
        language,
    };
    if existing
        .as_ref()
        .is_some_and(|verified| producer.needs_verifying_against(verified))
    {
        producer.verified_at = None;
        producer.verified_by = None;
    }
    match existing {
        Some(_) => {
            repo::update_producer(conn, &producer)?;
            // The producer's name, district and badge are in every listing's search document.
            reindex_listings(conn, &producer.id, now)?;
        }
        None => repo::insert_producer(conn, &producer)?,
    }
    Ok(producer)
}

/// Checks, before any processing, that `user` has a profile to put a logo
/// on, and counts the upload against the account's hourly limit.
pub fn check_can_upload_logo(
    conn: &mut DbConnection,
    user: &User,
    now: NaiveDateTime,
) -> Result<(), CatalogueError> {
    producer_of(conn, user)?;
    upload_limits::count(conn, user, Upload::Image, now)
}

/// Makes a stored image the producer's logo. Returns the hash of the logo it
/// replaces when nothing uses that any more, for the caller to delete.
pub fn set_logo(
    conn: &mut DbConnection,
    user: &User,
    hash: &str,
    width: u32,
    height: u32,
    now: NaiveDateTime,
) -> Result<Option<String>, CatalogueError> {
    let producer = producer_of(conn, user)?;
    let size = |n: u32| i32::try_from(n).unwrap_or(i32::MAX);
    repo::set_producer_logo(conn, &producer.id, Some((hash, size(width), size(height))), now)?;
    unused(conn, producer.logo_hash.filter(|old| old != hash))
}

/// Removes the producer's logo (pages show their initials instead). Returns
/// its hash when nothing uses it any more, for the caller to delete.
pub fn remove_logo(
    conn: &mut DbConnection,
    user: &User,
    now: NaiveDateTime,
) -> Result<Option<String>, CatalogueError> {
    let producer = producer_of(conn, user)?;
    repo::set_producer_logo(conn, &producer.id, None, now)?;
    unused(conn, producer.logo_hash)
}

fn unused(conn: &mut DbConnection, hash: Option<String>) -> Result<Option<String>, CatalogueError> {
    match hash {
        Some(hash) if !media::image_hash_in_use(conn, &hash)? => Ok(Some(hash)),
        _ => Ok(None),
    }
}

/// Queues a search refresh of a producer's published listings: their
/// documents carry the producer's name, district and verification.
pub(super) fn reindex_listings(
    conn: &mut DbConnection,
    producer_id: &str,
    now: NaiveDateTime,
) -> Result<(), CatalogueError> {
    let published: Vec<String> = repo::products_of_producer(conn, producer_id)?
        .into_iter()
        .filter(|p| p.status() == super::values::ProductStatus::Published)
        .map(|p| p.id.into())
        .collect();
    search::enqueue_index(conn, &published, now)?;
    Ok(())
}
