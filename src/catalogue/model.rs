//! Producer profiles, product listings, their photos and moderation history.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use super::values::{Decision, ProducerKind, ProductStatus};
use crate::accounts::model::UserId;
use crate::i18n::Language;
use crate::schema::{
    moderation_decisions, producer_translations, producers, product_images, product_translations, products,
};

crate::id_type!(
    /// A producer's business profile.
    pub ProducerId
);

crate::id_type!(
    /// A product listing.
    pub ProductId
);

crate::id_type!(
    /// One photo of a listing.
    pub ImageId
);

crate::id_type!(
    /// A moderator's recorded decision.
    pub DecisionId
);

#[derive(
    Debug, Clone, PartialEq, Queryable, Selectable, Insertable, Identifiable, AsChangeset, Serialize,
)]
#[diesel(table_name = producers, treat_none_as_default_value = false, treat_none_as_null = true)]
pub struct Producer {
    pub id: ProducerId,
    pub user_id: UserId,
    pub slug: String,
    pub business_name: String,
    pub kind: ProducerKind,
    pub district_code: i32,
    pub address: String,
    pub story: String,
    pub year_founded: Option<i32>,
    pub team_size: Option<i32>,
    /// Comma-separated, as shown.
    pub languages: String,
    /// Content hash of the logo's stored variants (see `media`).
    pub logo_hash: Option<String>,
    /// The logo's upright size as uploaded, which says what variants exist.
    pub logo_width: Option<i32>,
    pub logo_height: Option<i32>,
    pub iec: Option<String>,
    pub gstin: Option<String>,
    pub udyam: Option<String>,
    pub certifications: String,
    pub ports_of_loading: String,
    /// Comma-separated Incoterms codes.
    pub incoterms: String,
    pub sample_policy: String,
    pub verified_at: Option<NaiveDateTime>,
    pub verified_by: Option<UserId>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// A `values::PhoneNumber` in international form, for buyers once the
    /// producer has answered them.
    pub phone: Option<String>,
    /// Whether the phone number takes WhatsApp messages.
    pub whatsapp: bool,
    /// The language the story is written in; `producer_translations` holds it in others.
    pub language: Language,
}

impl Producer {
    pub fn is_verified(&self) -> bool {
        self.verified_at.is_some()
    }

    /// Whether this version of a profile changes what an admin checked when
    /// verifying it (who the business is, its registrations, where it is):
    /// the "Verified" badge then waits for another check.
    pub fn needs_verifying_against(&self, verified: &Producer) -> bool {
        fn checked(p: &Producer) -> (&str, Option<&str>, Option<&str>, Option<&str>, i32) {
            let text = Option::as_deref;
            (
                &p.business_name,
                text(&p.gstin),
                text(&p.iec),
                text(&p.udyam),
                p.district_code,
            )
        }
        verified.verified_at.is_some() && checked(self) != checked(verified)
    }
}

#[derive(
    Debug, Clone, PartialEq, Queryable, Selectable, Insertable, Identifiable, AsChangeset, Serialize,
)]
#[diesel(table_name = products, treat_none_as_default_value = false, treat_none_as_null = true)]
pub struct Product {
    pub id: ProductId,
    pub producer_id: ProducerId,
    pub slug: String,
    pub title: String,
    pub description: String,
    /// A `directory::Sector` slug.
    pub sector: String,
    pub category: String,
    pub odop_product_slug: Option<String>,
    pub hs_code: Option<String>,
    pub gi_product_id: Option<i32>,
    pub materials: String,
    pub moq: i32,
    pub moq_unit: String,
    /// In minor units of `currency`.
    pub price_min: i64,
    pub price_max: i64,
    pub currency: String,
    pub monthly_capacity: Option<i32>,
    pub lead_time_days: i32,
    pub samples_available: bool,
    pub export_ready: bool,
    pub certifications: String,
    pub status: ProductStatus,
    /// The moderator's note when changes were requested or the listing rejected.
    pub moderation_note: Option<String>,
    pub published_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// The language the title and description are written in;
    /// `product_translations` holds them in others.
    pub language: Language,
}

impl Product {
    pub fn status(&self) -> ProductStatus {
        self.status
    }

    /// Whether this version of a listing says something `approved` did not
    /// that a moderator must see before buyers do: what it is, what it
    /// claims and what it costs. Quantities and timing (MOQ, capacity, lead
    /// time, samples, export readiness) change with the season and need no
    /// review.
    pub fn needs_review_against(&self, approved: &Product) -> bool {
        type Claims<'a> = (
            [&'a str; 6],
            (Option<&'a str>, Option<&'a str>, Option<i32>),
            (i64, i64, &'a str),
        );
        fn claims(p: &Product) -> Claims<'_> {
            (
                [
                    &p.title,
                    &p.description,
                    &p.sector,
                    &p.category,
                    &p.materials,
                    &p.certifications,
                ],
                (
                    p.odop_product_slug.as_deref(),
                    p.hs_code.as_deref(),
                    p.gi_product_id,
                ),
                (p.price_min, p.price_max, &p.currency),
            )
        }
        claims(self) != claims(approved)
    }

    /// A listing buyers never saw can be deleted; one that was ever
    /// published is archived instead, so links and enquiries keep their subject.
    pub fn deletable(&self) -> bool {
        self.published_at.is_none() && self.status != ProductStatus::Published
    }
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, Identifiable, Serialize)]
#[diesel(table_name = product_images)]
pub struct ProductImage {
    pub id: ImageId,
    pub product_id: ProductId,
    /// Content hash naming the stored variants.
    pub hash: String,
    pub width: i32,
    pub height: i32,
    pub alt_text: String,
    pub position: i32,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, Serialize)]
#[diesel(table_name = moderation_decisions)]
pub struct ModerationDecision {
    pub id: DecisionId,
    pub product_id: ProductId,
    pub moderator_id: UserId,
    pub decision: Decision,
    pub note: String,
    pub created_at: NaiveDateTime,
}

/// A listing's title and description in another language than its own.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, AsChangeset, Serialize)]
#[diesel(table_name = product_translations)]
pub struct ProductTranslation {
    pub product_id: ProductId,
    pub language: Language,
    pub title: String,
    pub description: String,
    pub updated_at: NaiveDateTime,
}

/// A producer's story in another language than the profile's own.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, AsChangeset, Serialize)]
#[diesel(table_name = producer_translations)]
pub struct ProducerTranslation {
    pub producer_id: ProducerId,
    pub language: Language,
    pub story: String,
    pub updated_at: NaiveDateTime,
}
