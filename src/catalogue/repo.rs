//! Catalogue queries, each inside the caller's transaction.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::error::CatalogueError;
use super::model::{
    ModerationDecision, Producer, ProducerTranslation, Product, ProductImage, ProductTranslation,
};
use super::values::ProductStatus;
use crate::db::{DbConnection, DbError, DbResult};
use crate::directory::model::{District, GiProduct, OdopProduct, State};
use crate::domain::transition;
use crate::i18n::Language;
use crate::schema::{
    catalogue_generation, currencies, districts, gi_products, hs_codes, moderation_decisions, odop_products,
    producer_translations, producers, product_images, product_translations, products, states, users,
};

/// The number the triggers bump with every write to what the public pages show.
pub fn catalogue_generation(conn: &mut DbConnection) -> DbResult<i64> {
    Ok(catalogue_generation::table
        .select(catalogue_generation::generation)
        .first(conn)?)
}

pub fn producer_by_user(conn: &mut DbConnection, user_id: &str) -> DbResult<Option<Producer>> {
    Ok(producers::table
        .filter(producers::user_id.eq(user_id))
        .select(Producer::as_select())
        .first(conn)
        .optional()?)
}

/// The producers of the accounts `user_ids` (one query for a whole list).
pub fn producers_of_users(conn: &mut DbConnection, user_ids: &[&str]) -> DbResult<Vec<Producer>> {
    Ok(producers::table
        .filter(producers::user_id.eq_any(user_ids))
        .select(Producer::as_select())
        .load(conn)?)
}

pub fn producer_by_slug(conn: &mut DbConnection, slug: &str) -> DbResult<Option<Producer>> {
    Ok(producers::table
        .filter(producers::slug.eq(slug))
        .select(Producer::as_select())
        .first(conn)
        .optional()?)
}

/// The producer with this slug when the public may see them: a suspended
/// account's page leaves the site with its listings.
pub fn public_producer_by_slug(conn: &mut DbConnection, slug: &str) -> DbResult<Option<Producer>> {
    Ok(producers::table
        .inner_join(users::table)
        .filter(producers::slug.eq(slug))
        .filter(users::suspended_at.is_null())
        .select(Producer::as_select())
        .first(conn)
        .optional()?)
}

pub fn producer_by_id(conn: &mut DbConnection, id: &str) -> DbResult<Option<Producer>> {
    Ok(producers::table
        .find(id)
        .select(Producer::as_select())
        .first(conn)
        .optional()?)
}

pub fn producer_slug_taken(conn: &mut DbConnection, slug: &str) -> DbResult<bool> {
    let n: i64 = producers::table
        .filter(producers::slug.eq(slug))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

pub fn product_slug_taken(conn: &mut DbConnection, slug: &str) -> DbResult<bool> {
    let n: i64 = products::table
        .filter(products::slug.eq(slug))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

pub fn insert_producer(conn: &mut DbConnection, producer: &Producer) -> DbResult<()> {
    diesel::insert_into(producers::table)
        .values(producer)
        .execute(conn)?;
    Ok(())
}

pub fn update_producer(conn: &mut DbConnection, producer: &Producer) -> DbResult<()> {
    diesel::update(producers::table.find(&producer.id))
        .set(producer)
        .execute(conn)?;
    Ok(())
}

/// Withdraws a producer's verification.
pub fn clear_producer_verified(conn: &mut DbConnection, id: &str) -> DbResult<()> {
    diesel::update(producers::table.find(id))
        .set((
            producers::verified_at.eq(None::<NaiveDateTime>),
            producers::verified_by.eq(None::<String>),
        ))
        .execute(conn)?;
    Ok(())
}

/// Marks an unverified producer verified; `false` when they already were.
pub fn mark_producer_verified(
    conn: &mut DbConnection,
    id: &str,
    by: &str,
    at: NaiveDateTime,
) -> DbResult<bool> {
    let changed = diesel::update(producers::table.find(id).filter(producers::verified_at.is_null()))
        .set((producers::verified_at.eq(at), producers::verified_by.eq(by)))
        .execute(conn)?;
    Ok(changed == 1)
}

/// Sets (hash, width, height) or clears a producer's logo.
pub fn set_producer_logo(
    conn: &mut DbConnection,
    id: &str,
    logo: Option<(&str, i32, i32)>,
    now: NaiveDateTime,
) -> DbResult<()> {
    diesel::update(producers::table.find(id))
        .set((
            producers::logo_hash.eq(logo.map(|(hash, _, _)| hash)),
            producers::logo_width.eq(logo.map(|(_, width, _)| width)),
            producers::logo_height.eq(logo.map(|(_, _, height)| height)),
            producers::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

pub fn find_product(conn: &mut DbConnection, id: &str) -> DbResult<Option<Product>> {
    Ok(products::table
        .find(id)
        .select(Product::as_select())
        .first(conn)
        .optional()?)
}

/// The products with `ids` that exist, in no particular order.
pub fn products_by_ids(conn: &mut DbConnection, ids: &[&str]) -> DbResult<Vec<Product>> {
    Ok(products::table
        .filter(products::id.eq_any(ids))
        .select(Product::as_select())
        .load(conn)?)
}

pub fn product_by_slug(conn: &mut DbConnection, slug: &str) -> DbResult<Option<Product>> {
    Ok(products::table
        .filter(products::slug.eq(slug))
        .select(Product::as_select())
        .first(conn)
        .optional()?)
}

/// A listing buyers may see: published, by slug.
pub fn published_product_by_slug(conn: &mut DbConnection, slug: &str) -> DbResult<Option<Product>> {
    Ok(products::table
        .filter(products::slug.eq(slug))
        .filter(products::status.eq(ProductStatus::Published))
        .select(Product::as_select())
        .first(conn)
        .optional()?)
}

pub fn insert_product(conn: &mut DbConnection, product: &Product) -> DbResult<()> {
    diesel::insert_into(products::table)
        .values(product)
        .execute(conn)?;
    Ok(())
}

/// Saves `product` only while its stored status is still `from`, the status
/// its change was decided on (see `domain::transition`).
pub fn save_product_from(
    conn: &mut DbConnection,
    product: &Product,
    from: ProductStatus,
) -> Result<(), CatalogueError> {
    let rows = diesel::update(
        products::table
            .filter(products::id.eq(&product.id))
            .filter(products::status.eq(from)),
    )
    .set(product)
    .execute(conn)
    .map_err(DbError::from)?;
    Ok(transition::changed_one(rows)?)
}

/// Deletes a listing still in status `from` and never published; a
/// publication that got there first makes this a [`transition::Conflict`].
pub fn delete_product_from(
    conn: &mut DbConnection,
    id: &str,
    from: ProductStatus,
) -> Result<(), CatalogueError> {
    let rows = diesel::delete(
        products::table
            .filter(products::id.eq(id))
            .filter(products::status.eq(from))
            .filter(products::published_at.is_null()),
    )
    .execute(conn)
    .map_err(DbError::from)?;
    Ok(transition::changed_one(rows)?)
}

pub fn products_of_producer(conn: &mut DbConnection, producer_id: &str) -> DbResult<Vec<Product>> {
    Ok(products::table
        .filter(products::producer_id.eq(producer_id))
        .order(products::updated_at.desc())
        .select(Product::as_select())
        .load(conn)?)
}

/// How many listings are in `status` (the admin overview's waiting counts).
pub fn count_products_in_status(conn: &mut DbConnection, status: ProductStatus) -> DbResult<i64> {
    Ok(products::table
        .filter(products::status.eq(status))
        .count()
        .get_result(conn)?)
}

/// Listings in one status with their producer, oldest first (a queue).
pub fn products_in_status(
    conn: &mut DbConnection,
    status: ProductStatus,
    limit: i64,
) -> DbResult<Vec<(Product, Producer)>> {
    Ok(products::table
        .inner_join(producers::table)
        .filter(products::status.eq(status.as_str()))
        .order(products::updated_at.asc())
        .limit(limit)
        .select((Product::as_select(), Producer::as_select()))
        .load(conn)?)
}

pub fn insert_decision(conn: &mut DbConnection, decision: &ModerationDecision) -> DbResult<()> {
    diesel::insert_into(moderation_decisions::table)
        .values(decision)
        .execute(conn)?;
    Ok(())
}

/// A listing's moderation history with each moderator's name, newest first.
pub fn decisions_of(
    conn: &mut DbConnection,
    product_id: &str,
) -> DbResult<Vec<(ModerationDecision, String)>> {
    Ok(moderation_decisions::table
        .inner_join(users::table.on(users::id.eq(moderation_decisions::moderator_id)))
        .filter(moderation_decisions::product_id.eq(product_id))
        .order(moderation_decisions::created_at.desc())
        .select((ModerationDecision::as_select(), users::name))
        .load(conn)?)
}

pub fn images_of(conn: &mut DbConnection, product_id: &str) -> DbResult<Vec<ProductImage>> {
    Ok(product_images::table
        .filter(product_images::product_id.eq(product_id))
        .order((product_images::position, product_images::created_at))
        .select(ProductImage::as_select())
        .load(conn)?)
}

/// The photos of each of `ids` that has any, in order.
pub fn images_of_products(
    conn: &mut DbConnection,
    ids: &[String],
) -> DbResult<HashMap<String, Vec<ProductImage>>> {
    let mut photos: HashMap<String, Vec<ProductImage>> = HashMap::new();
    for chunk in ids.chunks(500) {
        let images: Vec<ProductImage> = product_images::table
            .filter(product_images::product_id.eq_any(chunk))
            .order((
                product_images::product_id,
                product_images::position,
                product_images::created_at,
            ))
            .select(ProductImage::as_select())
            .load(conn)?;
        for image in images {
            photos
                .entry(image.product_id.to_string())
                .or_default()
                .push(image);
        }
    }
    Ok(photos)
}

/// The first photo of each of `ids` that has one.
pub fn cover_images(conn: &mut DbConnection, ids: &[String]) -> DbResult<HashMap<String, ProductImage>> {
    Ok(images_of_products(conn, ids)?
        .into_iter()
        .filter_map(|(id, images)| images.into_iter().next().map(|cover| (id, cover)))
        .collect())
}

pub fn insert_image(conn: &mut DbConnection, image: &ProductImage) -> DbResult<()> {
    diesel::insert_into(product_images::table)
        .values(image)
        .execute(conn)?;
    Ok(())
}

pub fn delete_image(conn: &mut DbConnection, id: &str) -> DbResult<()> {
    diesel::delete(product_images::table.find(id)).execute(conn)?;
    Ok(())
}

pub fn set_image_position(conn: &mut DbConnection, id: &str, position: i32) -> DbResult<()> {
    diesel::update(product_images::table.find(id))
        .set(product_images::position.eq(position))
        .execute(conn)?;
    Ok(())
}

pub fn set_image_alt(conn: &mut DbConnection, id: &str, alt: &str) -> DbResult<()> {
    diesel::update(product_images::table.find(id))
        .set(product_images::alt_text.eq(alt))
        .execute(conn)?;
    Ok(())
}

/// Whether a product photo or a producer's logo still uses the stored image with this hash.
pub fn district(conn: &mut DbConnection, code: i32) -> DbResult<Option<(District, State)>> {
    Ok(districts::table
        .inner_join(states::table)
        .filter(districts::lgd_code.eq(code))
        .select((District::as_select(), State::as_select()))
        .first(conn)
        .optional()?)
}

/// The districts with LGD `codes`, each with its state.
pub fn districts_by_codes(conn: &mut DbConnection, codes: &[i32]) -> DbResult<Vec<(District, State)>> {
    Ok(districts::table
        .inner_join(states::table)
        .filter(districts::lgd_code.eq_any(codes))
        .select((District::as_select(), State::as_select()))
        .load(conn)?)
}

/// Every district with its state, by state then district name (for the picker).
pub fn all_districts(conn: &mut DbConnection) -> DbResult<Vec<(District, State)>> {
    Ok(districts::table
        .inner_join(states::table)
        .order((states::name, districts::name))
        .select((District::as_select(), State::as_select()))
        .load(conn)?)
}

pub fn odop_products_of_district(conn: &mut DbConnection, code: i32) -> DbResult<Vec<OdopProduct>> {
    crate::directory::repo::products_of_district(conn, code)
}

pub fn odop_product(conn: &mut DbConnection, slug: &str) -> DbResult<Option<OdopProduct>> {
    Ok(odop_products::table
        .find(slug)
        .select(OdopProduct::as_select())
        .first(conn)
        .optional()?)
}

pub fn gi_product(conn: &mut DbConnection, id: i32) -> DbResult<Option<GiProduct>> {
    Ok(gi_products::table
        .find(id)
        .select(GiProduct::as_select())
        .first(conn)
        .optional()?)
}

pub fn all_gi_products(conn: &mut DbConnection) -> DbResult<Vec<GiProduct>> {
    crate::directory::repo::all_gi_products(conn)
}

/// The GIs registered for the state with LGD code `state_code`, by name.
pub fn gi_products_of_state(conn: &mut DbConnection, state_code: i32) -> DbResult<Vec<GiProduct>> {
    crate::directory::repo::gi_products_of_state(conn, state_code)
}

/// The HS 2022 description of a 6-digit subheading, if it exists.
pub fn hs_subheading(conn: &mut DbConnection, code: &str) -> DbResult<Option<String>> {
    Ok(hs_codes::table
        .filter(hs_codes::code.eq(code))
        .filter(hs_codes::level.eq(6))
        .select(hs_codes::description)
        .first(conn)
        .optional()?)
}

/// Minor-unit digits of a currency as stored: ISO's figure, 2 when it has
/// none, and at most 4.
fn minor_digits(stored: Option<i32>) -> u32 {
    stored.unwrap_or(2).clamp(0, 4) as u32
}

/// Minor-unit digits of a current currency, if the code is one.
pub fn currency_digits(conn: &mut DbConnection, code: &str) -> DbResult<Option<u32>> {
    let found: Option<Option<i32>> = currencies::table
        .find(code)
        .select(currencies::minor_unit)
        .first(conn)
        .optional()?;
    Ok(found.map(minor_digits))
}

/// Minor-unit digits of each of `codes` in one query; unknown codes are absent.
pub fn currency_digits_of<'a>(
    conn: &mut DbConnection,
    codes: impl IntoIterator<Item = &'a str>,
) -> DbResult<HashMap<String, u32>> {
    let mut codes: Vec<&str> = codes.into_iter().collect();
    codes.sort_unstable();
    codes.dedup();
    let rows: Vec<(String, Option<i32>)> = currencies::table
        .filter(currencies::code.eq_any(codes))
        .select((currencies::code, currencies::minor_unit))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(code, digits)| (code, minor_digits(digits)))
        .collect())
}

/// A listing's translations, by language.
pub fn product_translations(conn: &mut DbConnection, product_id: &str) -> DbResult<Vec<ProductTranslation>> {
    Ok(product_translations::table
        .filter(product_translations::product_id.eq(product_id))
        .order(product_translations::language)
        .select(ProductTranslation::as_select())
        .load(conn)?)
}

/// The translations of each of `ids` that has any.
pub fn translations_of_products(
    conn: &mut DbConnection,
    ids: &[String],
) -> DbResult<HashMap<String, Vec<ProductTranslation>>> {
    let mut found: HashMap<String, Vec<ProductTranslation>> = HashMap::new();
    for chunk in ids.chunks(500) {
        let rows: Vec<ProductTranslation> = product_translations::table
            .filter(product_translations::product_id.eq_any(chunk))
            .order((product_translations::product_id, product_translations::language))
            .select(ProductTranslation::as_select())
            .load(conn)?;
        for row in rows {
            found.entry(row.product_id.to_string()).or_default().push(row);
        }
    }
    Ok(found)
}

/// Adds a listing's translation, or replaces the one in the same language
/// (a delete and an insert: upserts do not cross the two backends).
pub fn save_product_translation(conn: &mut DbConnection, translation: &ProductTranslation) -> DbResult<()> {
    delete_product_translation(conn, &translation.product_id, translation.language)?;
    diesel::insert_into(product_translations::table)
        .values(translation)
        .execute(conn)?;
    Ok(())
}

/// Whether there was a translation to delete.
pub fn delete_product_translation(
    conn: &mut DbConnection,
    product_id: &str,
    language: Language,
) -> DbResult<bool> {
    let rows = diesel::delete(
        product_translations::table
            .filter(product_translations::product_id.eq(product_id))
            .filter(product_translations::language.eq(language)),
    )
    .execute(conn)?;
    Ok(rows > 0)
}

/// A producer's story in other languages, by language.
pub fn producer_translations(
    conn: &mut DbConnection,
    producer_id: &str,
) -> DbResult<Vec<ProducerTranslation>> {
    Ok(producer_translations::table
        .filter(producer_translations::producer_id.eq(producer_id))
        .order(producer_translations::language)
        .select(ProducerTranslation::as_select())
        .load(conn)?)
}

/// Adds or replaces a producer's story in one language (see [`save_product_translation`]).
pub fn save_producer_translation(conn: &mut DbConnection, translation: &ProducerTranslation) -> DbResult<()> {
    delete_producer_translation(conn, &translation.producer_id, translation.language)?;
    diesel::insert_into(producer_translations::table)
        .values(translation)
        .execute(conn)?;
    Ok(())
}

pub fn delete_producer_translation(
    conn: &mut DbConnection,
    producer_id: &str,
    language: Language,
) -> DbResult<()> {
    diesel::delete(
        producer_translations::table
            .filter(producer_translations::producer_id.eq(producer_id))
            .filter(producer_translations::language.eq(language)),
    )
    .execute(conn)?;
    Ok(())
}
