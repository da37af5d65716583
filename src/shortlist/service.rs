//! Saving, removing and reading a buyer's shortlist. Every call is keyed on
//! the signed-in buyer, so nobody reaches another buyer's list.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::error::ShortlistError;
use super::model::{SavedProducer, SavedProduct};
use super::repo;
use crate::accounts::User;
use crate::catalogue::model::{Producer, Product};
use crate::catalogue::repo as catalogue_repo;
use crate::catalogue::values::ProductStatus;
use crate::catalogue::views::{self as catalogue_views, ProductCard};
use crate::db::DbConnection;
use crate::enquiries::threads;
use crate::schema::{districts, producers, products, states, users};

/// The most of each kind a shortlist shows.
pub const MAX_SAVED: i64 = 200;

/// A published listing by slug.
fn published(conn: &mut DbConnection, slug: &str) -> Result<Product, ShortlistError> {
    catalogue_repo::published_product_by_slug(conn, slug)?.ok_or(ShortlistError::NotFound)
}

/// A producer by slug whose account is not suspended.
fn standing_producer(conn: &mut DbConnection, slug: &str) -> Result<Producer, ShortlistError> {
    let producer = catalogue_repo::producer_by_slug(conn, slug)?.ok_or(ShortlistError::NotFound)?;
    let suspended: Option<Option<NaiveDateTime>> = users::table
        .find(producer.user_id.as_str())
        .select(users::suspended_at)
        .first(conn)
        .optional()?;
    match suspended {
        Some(None) => Ok(producer),
        _ => Err(ShortlistError::NotFound),
    }
}

/// What a shortlist holds, as its addresses name it (`/shortlist/products/…`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    Product,
    Producer,
}

impl Saved {
    pub fn from_path(segment: &str) -> Option<Self> {
        match segment {
            "products" => Some(Saved::Product),
            "producers" => Some(Saved::Producer),
            _ => None,
        }
    }
}

/// Saves a published listing or a producer whose account stands; answers
/// its name ("“Katan brocade”", "Kashi Weaves") for the notice.
pub fn save(
    conn: &mut DbConnection,
    buyer: &User,
    kind: Saved,
    slug: &str,
    now: NaiveDateTime,
) -> Result<String, ShortlistError> {
    match kind {
        Saved::Product => {
            let product = published(conn, slug)?;
            let row = SavedProduct {
                buyer_id: &buyer.id,
                product_id: &product.id,
                created_at: now,
            };
            repo::save_product(conn, &row)?;
            Ok(format!("“{}”", product.title))
        }
        Saved::Producer => {
            let producer = standing_producer(conn, slug)?;
            let row = SavedProducer {
                buyer_id: &buyer.id,
                producer_id: &producer.id,
                created_at: now,
            };
            repo::save_producer(conn, &row)?;
            Ok(producer.business_name)
        }
    }
}

/// Removes a listing or producer whatever its state now: one unpublished
/// or suspended since it was saved must still leave the list.
pub fn remove(conn: &mut DbConnection, buyer: &User, kind: Saved, slug: &str) -> Result<(), ShortlistError> {
    match kind {
        Saved::Product => {
            let product = catalogue_repo::product_by_slug(conn, slug)?.ok_or(ShortlistError::NotFound)?;
            repo::remove_product(conn, &buyer.id, &product.id)?;
        }
        Saved::Producer => {
            let producer = catalogue_repo::producer_by_slug(conn, slug)?.ok_or(ShortlistError::NotFound)?;
            repo::remove_producer(conn, &buyer.id, &producer.id)?;
        }
    }
    Ok(())
}

/// A saved producer as the shortlist shows them.
#[derive(Debug)]
pub struct SavedProducerRow {
    pub producer: Producer,
    pub district: String,
    pub state: String,
    pub suspended: bool,
    pub published_listings: i64,
}

/// A buyer's shortlist: listings (any status now) and producers, last saved
/// first, with the producers' typical reply times by slug.
#[derive(Debug)]
pub struct Shortlist {
    pub products: Vec<ProductCard>,
    pub producers: Vec<SavedProducerRow>,
    pub reply_times: HashMap<String, crate::i18n::Message>,
}

pub fn shortlist(conn: &mut DbConnection, buyer: &User) -> Result<Shortlist, ShortlistError> {
    let saved_products = repo::saved_products_of(conn, &buyer.id, MAX_SAVED)?;
    let products = catalogue_views::cards(conn, saved_products)?;
    let saved = repo::saved_producers_of(conn, &buyer.id, MAX_SAVED)?;
    let ids: Vec<&str> = saved.iter().map(|p| p.id.as_str()).collect();
    let places: HashMap<String, (String, String, Option<NaiveDateTime>)> = producers::table
        .inner_join(districts::table.inner_join(states::table))
        .inner_join(users::table)
        .filter(producers::id.eq_any(&ids))
        .select((producers::id, districts::name, states::name, users::suspended_at))
        .load::<(String, String, String, Option<NaiveDateTime>)>(conn)?
        .into_iter()
        .map(|(id, district, state, suspended)| (id, (district, state, suspended)))
        .collect();
    let counts: HashMap<String, i64> = products::table
        .filter(products::producer_id.eq_any(&ids))
        .filter(products::status.eq(ProductStatus::Published))
        .group_by(products::producer_id)
        .select((products::producer_id, diesel::dsl::count_star()))
        .load::<(String, i64)>(conn)?
        .into_iter()
        .collect();
    let mut slugs: Vec<String> = products.iter().map(|c| c.producer_slug.clone()).collect();
    slugs.extend(saved.iter().map(|p| p.slug.clone()));
    slugs.sort_unstable();
    slugs.dedup();
    let reply_times = threads::typical_reply_times(conn, &slugs)?;
    let producers = saved
        .into_iter()
        .filter_map(|producer| {
            let (district, state, suspended) = places.get(producer.id.as_str())?.clone();
            Some(SavedProducerRow {
                published_listings: counts.get(producer.id.as_str()).copied().unwrap_or(0),
                district,
                state,
                suspended: suspended.is_some(),
                producer,
            })
        })
        .collect();
    Ok(Shortlist {
        products,
        producers,
        reply_times,
    })
}
