//! Producers as administrators see them: found by name, GSTIN or e-mail,
//! narrowed to the unverified or to a state or district, a page at a time;
//! everything a verification looks at (the address, every photo, the
//! registrations); and the verification itself, which tells the producer.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde_json::json;
use url::Url;

use super::error::CatalogueError;
use super::model::Producer;
use super::repo;
use super::values::ProductStatus;
use super::views::{ImageView, ProducerView, producer_view};
use crate::accounts::{User, repo as accounts_repo};
use crate::db::text_match::{contains_pattern, lower};
use crate::db::{DbConnection, DbResult};
use crate::directory::model::District;
use crate::mail::{self, OutgoingEmail};
use crate::schema::{districts, producers, users};

/// What an administrator looks for in the producers list.
#[derive(Debug, Clone, Default)]
pub struct ProducerSearch {
    /// Part of a business name, GSTIN or account e-mail; empty: every producer.
    pub text: String,
    pub unverified_only: bool,
    /// An LGD state code.
    pub state: Option<i32>,
    /// An LGD district code.
    pub district: Option<i32>,
}

/// A page of the producers an administrator searched for, newest first,
/// with how many there are in all.
pub struct ProducerPage {
    pub total: i64,
    /// Each producer with their account's e-mail and their district.
    pub producers: Vec<(Producer, String, District)>,
}

/// The producers matching `search`, `limit` of them from `offset` on.
pub fn find_producers(
    conn: &mut DbConnection,
    search: &ProducerSearch,
    (offset, limit): (i64, i64),
) -> DbResult<ProducerPage> {
    // The count and the page read the same filters; a macro because diesel's
    // boxed join types are not worth spelling out.
    macro_rules! matching {
        () => {{
            let mut query = producers::table
                .inner_join(users::table)
                .inner_join(districts::table)
                .into_boxed();
            let text = search.text.trim();
            if !text.is_empty() {
                let pattern = contains_pattern(&text.to_lowercase());
                let gstin = contains_pattern(&text.to_uppercase());
                query = query.filter(
                    lower(producers::business_name)
                        .like(pattern.clone())
                        .escape('\\')
                        .or(lower(users::email).like(pattern).escape('\\'))
                        .or(producers::gstin.like(gstin).escape('\\')),
                );
            }
            if search.unverified_only {
                query = query.filter(producers::verified_at.is_null());
            }
            if let Some(state) = search.state {
                query = query.filter(districts::state_code.eq(state));
            }
            if let Some(district) = search.district {
                query = query.filter(producers::district_code.eq(district));
            }
            query
        }};
    }
    let total = matching!().count().get_result(conn)?;
    let producers = matching!()
        .order((producers::created_at.desc(), producers::id.desc()))
        .offset(offset)
        .limit(limit)
        .select((Producer::as_select(), users::email, District::as_select()))
        .load(conn)?;
    Ok(ProducerPage { total, producers })
}

/// How many producers wait for verification.
pub fn unverified_count(conn: &mut DbConnection) -> DbResult<i64> {
    Ok(producers::table
        .filter(producers::verified_at.is_null())
        .count()
        .get_result(conn)?)
}

/// A listing of the producer under review, with all its photos.
#[derive(Debug, Clone)]
pub struct ListingPhotos {
    pub title: String,
    pub slug: String,
    pub status: ProductStatus,
    pub images: Vec<ImageView>,
}

/// What a verification looks at: the profile (address, registrations,
/// logo), the account behind it, and every listing's photos.
#[derive(Debug, Clone)]
pub struct ProducerReview {
    pub producer: ProducerView,
    pub owner_name: String,
    pub email: String,
    pub phone: Option<String>,
    pub joined: NaiveDateTime,
    pub listings: Vec<ListingPhotos>,
}

pub fn producer_review(conn: &mut DbConnection, producer_id: &str) -> Result<ProducerReview, CatalogueError> {
    let producer = repo::producer_by_id(conn, producer_id)?.ok_or(CatalogueError::NotFound)?;
    let owner = accounts_repo::find_user(conn, &producer.user_id)?.ok_or(CatalogueError::NotFound)?;
    let (district, state) = repo::district(conn, producer.district_code)?.ok_or(CatalogueError::NotFound)?;
    let products = repo::products_of_producer(conn, &producer.id)?;
    let ids: Vec<String> = products.iter().map(|p| p.id.to_string()).collect();
    let mut photos = repo::images_of_products(conn, &ids)?;
    let listings = products
        .into_iter()
        .map(|p| ListingPhotos {
            images: photos
                .remove(p.id.as_str())
                .unwrap_or_default()
                .into_iter()
                .map(ImageView::from)
                .collect(),
            status: p.status(),
            title: p.title,
            slug: p.slug,
        })
        .collect();
    Ok(ProducerReview {
        producer: producer_view(&producer, &district, &state),
        owner_name: owner.name,
        email: owner.email,
        phone: producer.phone.clone(),
        joined: producer.created_at,
        listings,
    })
}

/// Marks a producer verified by `admin` (or no longer verified). A producer
/// verified now is e-mailed in the same transaction; verifying one already
/// verified changes nothing and sends nothing, so two administrators
/// pressing at once send one message.
pub fn set_verified(
    conn: &mut DbConnection,
    admin: &User,
    producer_id: &str,
    verified: bool,
    base_url: &Url,
    now: NaiveDateTime,
) -> Result<Producer, CatalogueError> {
    let producer = repo::producer_by_id(conn, producer_id)?.ok_or(CatalogueError::NotFound)?;
    if verified {
        if repo::mark_producer_verified(conn, producer_id, &admin.id, now)? {
            tell_verified(conn, &producer, base_url, now)?;
        }
    } else {
        repo::clear_producer_verified(conn, producer_id)?;
    }
    super::profile::reindex_listings(conn, producer_id, now)?;
    repo::producer_by_id(conn, &producer.id)?.ok_or(CatalogueError::NotFound)
}

fn tell_verified(
    conn: &mut DbConnection,
    producer: &Producer,
    base_url: &Url,
    now: NaiveDateTime,
) -> Result<(), CatalogueError> {
    let owner = accounts_repo::find_user(conn, &producer.user_id)?.ok_or(CatalogueError::NotFound)?;
    let link = |path: &str| {
        let mut url = base_url.clone();
        url.set_path(path);
        url.to_string()
    };
    mail::enqueue(
        conn,
        OutgoingEmail {
            to: owner.email.clone(),
            to_name: Some(owner.name.clone()),
            template: "producer_verified".to_owned(),
            context: json!({
                "name": owner.name,
                "business_name": producer.business_name,
                "producer_url": link(&crate::format::paths::producer(&producer.slug)),
                "profile_url": link("/dashboard/profile"),
            }),
            language: owner.language,
            attachments: Vec::new(),
        },
        now,
    )?;
    Ok(())
}
