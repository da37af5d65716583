//! Listings as the JSON API shows them: the listing form's fields, typed,
//! with status, photos and producer. A public product and a producer's own
//! listings have the same shape, and what a program reads it can send back:
//! writes take the same field names and ignore the others.

use chrono::{DateTime, NaiveDateTime, Utc};
use serde::Serialize;

use super::model::{Producer, Product, ProductImage};
use super::repo;
use super::values::Minor;
use super::views::digits_for;
use crate::db::{DbConnection, DbError, DbResult};
use crate::i18n::Language;
use crate::media::{self, Format};

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ListingJson {
    pub id: String,
    pub slug: String,
    /// A `ProductStatus` name: draft, submitted, published, changes_requested, rejected, archived.
    pub status: &'static str,
    /// The moderator's note when changes were requested or the listing rejected.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub moderation_note: Option<String>,
    pub title: String,
    pub description: String,
    pub sector: String,
    pub category: String,
    pub odop_product: Option<String>,
    pub hs_code: Option<String>,
    pub gi_product: Option<i32>,
    pub materials: String,
    pub moq: i32,
    pub moq_unit: String,
    /// In major units as exact decimal text ("8500", "12.50").
    pub price_min: String,
    pub price_max: String,
    pub currency: String,
    pub monthly_capacity: Option<i32>,
    pub lead_time_days: i32,
    pub samples_available: bool,
    pub export_ready: bool,
    pub certifications: String,
    /// The language `title` and `description` are written in.
    pub language: Language,
    /// The title and description in other languages, by language.
    pub translations: Vec<TranslationJson>,
    pub photos: Vec<PhotoJson>,
    pub producer: ProducerJson,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub published_at: Option<DateTime<Utc>>,
}

/// A listing's title and description in another language than its own;
/// `PUT /api/v1/me/products/{id}/translations/{language}` writes one.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct TranslationJson {
    pub language: Language,
    pub title: String,
    pub description: String,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PhotoJson {
    pub id: String,
    pub alt: String,
    pub width: i32,
    pub height: i32,
    /// The largest JPEG variant, e.g. `/media/ab/cdef…-1600.jpg`.
    pub url: String,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ProducerJson {
    pub slug: String,
    pub business_name: String,
    pub district: String,
    pub state: String,
    pub verified: bool,
}

fn photo_json(image: ProductImage) -> PhotoJson {
    let widest = media::widest_variant(u32::try_from(image.width).unwrap_or(0));
    PhotoJson {
        url: media::url_path(&image.hash, widest, Format::Jpeg),
        id: image.id.to_string(),
        alt: image.alt_text,
        width: image.width,
        height: image.height,
    }
}

fn utc(at: NaiveDateTime) -> DateTime<Utc> {
    at.and_utc()
}

/// `products`, all of them `producer`'s, in the given order.
pub fn listings_of(
    conn: &mut DbConnection,
    producer: &Producer,
    products: Vec<Product>,
) -> DbResult<Vec<ListingJson>> {
    // The district is a foreign key, so it is missing only if the data is broken.
    let (district, state) = repo::district(conn, producer.district_code)?
        .ok_or(DbError::Query(diesel::result::Error::NotFound))?;
    let owner = ProducerJson {
        slug: producer.slug.clone(),
        business_name: producer.business_name.clone(),
        district: district.name,
        state: state.name,
        verified: producer.is_verified(),
    };
    let ids: Vec<String> = products.iter().map(|p| p.id.to_string()).collect();
    let mut photos = repo::images_of_products(conn, &ids)?;
    let mut translations = repo::translations_of_products(conn, &ids)?;
    let digits = digits_for(conn, &products)?;
    Ok(products
        .into_iter()
        .map(|p| {
            let digits = digits.get(&p.currency).copied().unwrap_or(2);
            ListingJson {
                status: p.status().as_str(),
                photos: photos
                    .remove(p.id.as_str())
                    .unwrap_or_default()
                    .into_iter()
                    .map(photo_json)
                    .collect(),
                producer: owner.clone(),
                translations: translations
                    .remove(p.id.as_str())
                    .unwrap_or_default()
                    .into_iter()
                    .map(|t| TranslationJson {
                        language: t.language,
                        title: t.title,
                        description: t.description,
                        updated_at: utc(t.updated_at),
                    })
                    .collect(),
                language: p.language,
                price_min: Minor(p.price_min).plain(digits),
                price_max: Minor(p.price_max).plain(digits),
                created_at: utc(p.created_at),
                updated_at: utc(p.updated_at),
                published_at: p.published_at.map(utc),
                id: p.id.to_string(),
                slug: p.slug,
                moderation_note: p.moderation_note,
                title: p.title,
                description: p.description,
                sector: p.sector,
                category: p.category,
                odop_product: p.odop_product_slug,
                hs_code: p.hs_code,
                gi_product: p.gi_product_id,
                materials: p.materials,
                moq: p.moq,
                moq_unit: p.moq_unit,
                currency: p.currency,
                monthly_capacity: p.monthly_capacity,
                lead_time_days: p.lead_time_days,
                samples_available: p.samples_available,
                export_ready: p.export_ready,
                certifications: p.certifications,
            }
        })
        .collect())
}

/// One listing, whatever its status (the caller decides who may see it).
pub fn listing(conn: &mut DbConnection, product: Product) -> DbResult<ListingJson> {
    let producer = repo::producer_by_id(conn, &product.producer_id)?
        .ok_or(DbError::Query(diesel::result::Error::NotFound))?;
    listings_of(conn, &producer, vec![product])?
        .pop()
        .ok_or(DbError::Query(diesel::result::Error::NotFound))
}
