//! A buyer's profile: who they are, where, and what they source.

use std::str::FromStr;

use chrono::NaiveDateTime;
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use super::checks::EnquiryChecks;
use super::error::EnquiryError;
use super::model::BuyerProfile;
use super::repo;
use super::values::BuyerType;
use crate::accounts::User;
use crate::db::DbConnection;
use crate::directory::Sector;
use crate::domain::Checks;
use crate::i18n::Message;

/// What the buyer profile form (or API) sends.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct BuyerProfileInput {
    pub company: String,
    pub country: String,
    pub buyer_type: String,
    pub website: String,
    pub phone: String,
    /// Sector slugs, comma-separated (the form sends one field per ticked box).
    pub sectors: String,
    pub time_zone: String,
}

impl BuyerProfileInput {
    pub fn from_profile(user: &User, profile: Option<&BuyerProfile>) -> Self {
        Self {
            company: user.company.clone().unwrap_or_default(),
            country: user.country_code.clone().unwrap_or_default(),
            buyer_type: profile
                .map(|p| p.buyer_type.as_str().to_owned())
                .unwrap_or_default(),
            website: profile.map(|p| p.website.clone()).unwrap_or_default(),
            phone: profile.map(|p| p.phone.clone()).unwrap_or_default(),
            sectors: profile.map(|p| p.sectors.clone()).unwrap_or_default(),
            time_zone: profile.map_or_else(|| "UTC".to_owned(), |p| p.time_zone.clone()),
        }
    }
}

/// The buyer's time zone, UTC when unknown.
pub fn time_zone_of(profile: Option<&BuyerProfile>) -> Tz {
    profile
        .and_then(|p| Tz::from_str(&p.time_zone).ok())
        .unwrap_or(Tz::UTC)
}

pub fn save_profile(
    conn: &mut DbConnection,
    user: &User,
    input: &BuyerProfileInput,
    now: NaiveDateTime,
) -> Result<BuyerProfile, EnquiryError> {
    let mut checks = Checks::new();
    let company = checks.text("company", &input.company, 1..=120);
    let country = checks.country(conn, "country", &input.country)?;
    let buyer_type = BuyerType::parse(&input.buyer_type);
    if buyer_type.is_none() {
        checks.fail("buyer_type", Message::new("enquiry-buyer-type-choose-what-kind"));
    }
    let website = checks.text("website", &input.website, 0..=200);
    if !website.is_empty()
        && url::Url::parse(&website).map_or(true, |u| !matches!(u.scheme(), "http" | "https"))
    {
        checks.fail("website", Message::new("enquiry-website-enter-full-address"));
    }
    let phone = checks.text("phone", &input.phone, 0..=30);
    if !phone.is_empty() && !phone.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c)) {
        checks.fail("phone", Message::new("enquiry-phone-use-digits-spaces"));
    }
    let sectors: Vec<&str> = input
        .sectors
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    if let Some(unknown) = sectors.iter().find(|s| Sector::from_slug(s).is_none()) {
        checks.fail(
            "sectors",
            Message::new("enquiry-sector-unknown").with("value", unknown.to_string()),
        );
    }
    let time_zone = input.time_zone.trim();
    if Tz::from_str(time_zone).is_err() {
        checks.fail("time_zone", Message::new("enquiry-time-zone-choose-time-zone"));
    }
    checks.finish()?;
    let Some(buyer_type) = buyer_type else {
        return Err(EnquiryError::field(
            "buyer_type",
            Message::new("enquiry-buyer-type-choose-what-kind"),
        ));
    };
    let existing = repo::buyer_profile(conn, &user.id)?;
    let profile = BuyerProfile {
        user_id: user.id.clone(),
        buyer_type,
        website,
        phone,
        sectors: sectors.join(","),
        time_zone: time_zone.to_owned(),
        created_at: existing.as_ref().map_or(now, |p| p.created_at),
        updated_at: now,
    };
    repo::set_company_and_country(conn, &user.id, &company, &country, now)?;
    repo::save_buyer_profile(conn, &profile)?;
    Ok(profile)
}
