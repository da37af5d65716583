//! The photos of a listing: attach (after the media area has processed and
//! stored the upload), describe, reorder, remove — owner only.

use chrono::NaiveDateTime;

use super::error::CatalogueError;
use super::listings::{owned_product, review_new_content};
use super::model::{Product, ProductImage};
use super::repo;
use super::upload_limits::{self, Upload};
use super::values::ProductStatus;
use crate::accounts::User;
use crate::db::DbConnection;
use crate::i18n::Message;
use crate::media;
use crate::search;

/// Most photos a listing may have.
pub const MAX_PHOTOS: usize = 12;

/// Checks alt text: required, and short enough to be read aloud.
pub fn parse_alt(text: &str) -> Result<String, CatalogueError> {
    let alt = text.trim();
    let message = match alt.chars().count() {
        0 => Message::new("listing-alt-needed"),
        n if n > 250 => Message::new("field-too-long").with("max", 250).with("count", n),
        _ => return Ok(alt.to_owned()),
    };
    Err(CatalogueError::Invalid(crate::domain::fields::one(
        "alt", message,
    )))
}

fn reindex_if_published(
    conn: &mut DbConnection,
    product: &Product,
    now: NaiveDateTime,
) -> Result<(), CatalogueError> {
    if product.status() == ProductStatus::Published {
        search::enqueue_index(conn, &[product.id.to_string()], now)?;
    }
    Ok(())
}

/// Checks, before any processing, that `user` may add a photo to listing
/// `id`, and counts the upload against the account's hourly limit.
pub fn check_can_add(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    now: NaiveDateTime,
) -> Result<(), CatalogueError> {
    room_for_a_photo(conn, user, id)?;
    upload_limits::count(conn, user, Upload::Image, now)
}

/// The user's listing `id` and its photos, when it has room for one more.
fn room_for_a_photo(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
) -> Result<(Product, Vec<ProductImage>), CatalogueError> {
    let (_, product) = owned_product(conn, user, id)?;
    let images = repo::images_of(conn, &product.id)?;
    if images.len() >= MAX_PHOTOS {
        return Err(CatalogueError::NotAllowed(
            Message::new("refusal-listing-photos-max").with("max", MAX_PHOTOS),
        ));
    }
    Ok((product, images))
}

/// Records a stored photo as the listing's last; a published listing goes
/// back to review with it. Returns the listing's status after.
#[expect(
    clippy::too_many_arguments,
    reason = "a photo is its stored facts plus who, where and when"
)]
pub fn attach(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    hash: &str,
    width: u32,
    height: u32,
    alt: &str,
    now: NaiveDateTime,
) -> Result<ProductStatus, CatalogueError> {
    let (product, images) = room_for_a_photo(conn, user, id)?;
    let position = images.iter().map(|i| i.position + 1).max().unwrap_or(0);
    let image = ProductImage {
        id: super::model::ImageId::new(),
        product_id: product.id.clone(),
        hash: hash.to_owned(),
        width: i32::try_from(width).unwrap_or(i32::MAX),
        height: i32::try_from(height).unwrap_or(i32::MAX),
        alt_text: parse_alt(alt)?,
        position,
        created_at: now,
    };
    repo::insert_image(conn, &image)?;
    review_new_content(conn, &product, now)
}

fn owned_image(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    image_id: &str,
) -> Result<(Product, Vec<ProductImage>, usize), CatalogueError> {
    let (_, product) = owned_product(conn, user, id)?;
    let images = repo::images_of(conn, &product.id)?;
    let index = images
        .iter()
        .position(|i| i.id == image_id)
        .ok_or(CatalogueError::NotFound)?;
    Ok((product, images, index))
}

/// Removes a photo; returns its hash when no listing or logo uses it any more.
pub fn remove(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    image_id: &str,
    now: NaiveDateTime,
) -> Result<Option<String>, CatalogueError> {
    let (product, images, index) = owned_image(conn, user, id, image_id)?;
    if images.len() == 1 && product.status() == ProductStatus::Published {
        return Err(CatalogueError::NotAllowed(Message::new(
            "refusal-listing-last-photo",
        )));
    }
    let image = &images[index];
    repo::delete_image(conn, &image.id)?;
    reindex_if_published(conn, &product, now)?;
    Ok((!media::image_hash_in_use(conn, &image.hash)?).then(|| image.hash.clone()))
}

/// Moves a photo one place up or down (the first is the cover).
pub fn shift(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    image_id: &str,
    up: bool,
    now: NaiveDateTime,
) -> Result<(), CatalogueError> {
    let (product, mut images, index) = owned_image(conn, user, id, image_id)?;
    let target = if up {
        index.checked_sub(1)
    } else {
        Some(index + 1).filter(|t| *t < images.len())
    };
    let Some(target) = target else {
        return Ok(());
    };
    images.swap(index, target);
    for (position, image) in images.iter().enumerate() {
        repo::set_image_position(conn, &image.id, i32::try_from(position).unwrap_or(i32::MAX))?;
    }
    if index == 0 || target == 0 {
        reindex_if_published(conn, &product, now)?;
    }
    Ok(())
}

pub fn describe(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    image_id: &str,
    alt: &str,
) -> Result<(), CatalogueError> {
    let alt = parse_alt(alt)?;
    let (_, images, index) = owned_image(conn, user, id, image_id)?;
    repo::set_image_alt(conn, &images[index].id, &alt)?;
    Ok(())
}
