//! Showcase queries, each inside the caller's transaction.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::dsl::{max, min};
use diesel::prelude::*;

use super::error::ShowcaseError;
use super::model::{Banner, Section, SectionId, Showcase, ShowcaseId, ShowcaseItem, ShowcaseStatus};
use crate::catalogue::model::Product;
use crate::catalogue::values::ProductStatus;
use crate::db::{DbConnection, DbError, DbResult};
use crate::domain::transition;
use crate::schema::{products, showcase_banners, showcase_items, showcase_sections, showcases};

pub fn insert_showcase(conn: &mut DbConnection, showcase: &Showcase) -> DbResult<()> {
    diesel::insert_into(showcases::table)
        .values(showcase)
        .execute(conn)?;
    Ok(())
}

/// Saves the fields of `showcase` a form changes (not its status: see [`move_status`]).
pub fn save_showcase(conn: &mut DbConnection, showcase: &Showcase) -> DbResult<()> {
    diesel::update(showcases::table.find(&showcase.id))
        .set((
            showcases::slug.eq(&showcase.slug),
            showcases::title.eq(&showcase.title),
            showcases::theme.eq(&showcase.theme),
            showcases::pavilions.eq(showcase.pavilions),
            showcases::event_id.eq(&showcase.event_id),
            showcases::live_from.eq(showcase.live_from),
            showcases::live_until.eq(showcase.live_until),
            showcases::featured.eq(showcase.featured),
            showcases::updated_at.eq(showcase.updated_at),
        ))
        .execute(conn)?;
    Ok(())
}

/// Moves a showcase from one status to another, only while it is still in
/// the first (see `domain::transition`).
pub fn move_status(
    conn: &mut DbConnection,
    id: &ShowcaseId,
    (from, to): (ShowcaseStatus, ShowcaseStatus),
    now: NaiveDateTime,
) -> Result<(), ShowcaseError> {
    let rows = diesel::update(
        showcases::table
            .filter(showcases::id.eq(id))
            .filter(showcases::status.eq(from)),
    )
    .set((showcases::status.eq(to), showcases::updated_at.eq(now)))
    .execute(conn)
    .map_err(DbError::from)?;
    Ok(transition::changed_one(rows)?)
}

/// Marks a showcase changed, for its feed entry and sitemap `lastmod`.
pub fn touch(conn: &mut DbConnection, id: &ShowcaseId, now: NaiveDateTime) -> DbResult<()> {
    diesel::update(showcases::table.find(id))
        .set(showcases::updated_at.eq(now))
        .execute(conn)?;
    Ok(())
}

pub fn find(conn: &mut DbConnection, id: &str) -> DbResult<Option<Showcase>> {
    Ok(showcases::table
        .find(id)
        .select(Showcase::as_select())
        .first(conn)
        .optional()?)
}

pub fn by_slug(conn: &mut DbConnection, slug: &str) -> DbResult<Option<Showcase>> {
    Ok(showcases::table
        .filter(showcases::slug.eq(slug))
        .select(Showcase::as_select())
        .first(conn)
        .optional()?)
}

/// Whether a showcase other than `except` has `slug`.
pub fn slug_taken(conn: &mut DbConnection, slug: &str, except: Option<&ShowcaseId>) -> DbResult<bool> {
    let mut query = showcases::table.filter(showcases::slug.eq(slug)).into_boxed();
    if let Some(id) = except {
        query = query.filter(showcases::id.ne(id));
    }
    Ok(query.count().get_result::<i64>(conn)? > 0)
}

/// The showcases `owner` curates, newest first.
pub fn owned_by(conn: &mut DbConnection, owner: &str) -> DbResult<Vec<Showcase>> {
    Ok(showcases::table
        .filter(showcases::owner_id.eq(owner))
        .order(showcases::created_at.desc())
        .select(Showcase::as_select())
        .load(conn)?)
}

/// Every showcase, newest first (what admins look after).
pub fn all(conn: &mut DbConnection) -> DbResult<Vec<Showcase>> {
    Ok(showcases::table
        .order(showcases::created_at.desc())
        .select(Showcase::as_select())
        .load(conn)?)
}

/// Published showcases whose window holds `now`, the latest to open first;
/// only the featured ones when `featured_only`.
pub fn live(
    conn: &mut DbConnection,
    now: NaiveDateTime,
    featured_only: bool,
    limit: i64,
) -> DbResult<Vec<Showcase>> {
    let mut query = showcases::table
        .filter(showcases::status.eq(ShowcaseStatus::Published))
        .filter(showcases::live_from.le(now))
        .filter(showcases::live_until.is_null().or(showcases::live_until.gt(now)))
        .into_boxed();
    if featured_only {
        query = query.filter(showcases::featured.eq(true));
    }
    Ok(query
        .order((showcases::live_from.desc(), showcases::id.desc()))
        .limit(limit)
        .select(Showcase::as_select())
        .load(conn)?)
}

/// The last instant up to `now` at which a published showcase appeared or
/// disappeared by its window alone, with no write: a page kept from before
/// it may show the wrong ones.
pub fn last_window_change(conn: &mut DbConnection, now: NaiveDateTime) -> DbResult<Option<NaiveDateTime>> {
    let published = showcases::status.eq(ShowcaseStatus::Published);
    let opened: Option<NaiveDateTime> = showcases::table
        .filter(published)
        .filter(showcases::live_from.le(now))
        .select(max(showcases::live_from))
        .first(conn)?;
    let closed: Option<NaiveDateTime> = showcases::table
        .filter(published)
        .filter(showcases::live_until.le(now))
        .select(max(showcases::live_until))
        .first(conn)?;
    Ok(opened.max(closed))
}

/// The first instant after `now` at which a published showcase appears or
/// disappears by its window alone: a page kept now is good until then.
pub fn next_window_change(conn: &mut DbConnection, now: NaiveDateTime) -> DbResult<Option<NaiveDateTime>> {
    let published = showcases::status.eq(ShowcaseStatus::Published);
    let opens: Option<NaiveDateTime> = showcases::table
        .filter(published)
        .filter(showcases::live_from.gt(now))
        .select(min(showcases::live_from))
        .first(conn)?;
    let closes: Option<NaiveDateTime> = showcases::table
        .filter(published)
        .filter(showcases::live_until.gt(now))
        .select(min(showcases::live_until))
        .first(conn)?;
    Ok(match (opens, closes) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    })
}

/// Every item of a showcase with its product, whatever the product's status, in order.
pub fn items_with_products(
    conn: &mut DbConnection,
    id: &ShowcaseId,
) -> DbResult<Vec<(ShowcaseItem, Product)>> {
    Ok(showcase_items::table
        .inner_join(products::table)
        .filter(showcase_items::showcase_id.eq(id))
        .order((showcase_items::position.asc(), showcase_items::added_at.asc()))
        .select((ShowcaseItem::as_select(), Product::as_select()))
        .load(conn)?)
}

/// The items whose product is published now, in order: what the public sees.
pub fn published_items(conn: &mut DbConnection, id: &ShowcaseId) -> DbResult<Vec<(ShowcaseItem, Product)>> {
    Ok(showcase_items::table
        .inner_join(products::table)
        .filter(showcase_items::showcase_id.eq(id))
        .filter(products::status.eq(ProductStatus::Published))
        .order((showcase_items::position.asc(), showcase_items::added_at.asc()))
        .select((ShowcaseItem::as_select(), Product::as_select()))
        .load(conn)?)
}

/// How many published products each of these showcases shows.
pub fn published_counts(conn: &mut DbConnection, ids: &[ShowcaseId]) -> DbResult<HashMap<ShowcaseId, i64>> {
    let rows: Vec<(ShowcaseId, i64)> = showcase_items::table
        .inner_join(products::table)
        .filter(showcase_items::showcase_id.eq_any(ids))
        .filter(products::status.eq(ProductStatus::Published))
        .group_by(showcase_items::showcase_id)
        .select((showcase_items::showcase_id, diesel::dsl::count_star()))
        .load(conn)?;
    Ok(rows.into_iter().collect())
}

pub fn find_item(
    conn: &mut DbConnection,
    id: &ShowcaseId,
    product_id: &str,
) -> DbResult<Option<ShowcaseItem>> {
    Ok(showcase_items::table
        .find((id, product_id))
        .select(ShowcaseItem::as_select())
        .first(conn)
        .optional()?)
}

pub fn insert_item(conn: &mut DbConnection, item: &ShowcaseItem) -> DbResult<()> {
    diesel::insert_into(showcase_items::table)
        .values(item)
        .execute(conn)?;
    Ok(())
}

/// The position after the showcase's last item.
pub fn next_position(conn: &mut DbConnection, id: &ShowcaseId) -> DbResult<i32> {
    let last: Option<i32> = showcase_items::table
        .filter(showcase_items::showcase_id.eq(id))
        .select(max(showcase_items::position))
        .first(conn)?;
    Ok(last.map_or(0, |p| p + 1))
}

pub fn save_item(conn: &mut DbConnection, item: &ShowcaseItem) -> DbResult<()> {
    diesel::update(showcase_items::table.find((&item.showcase_id, &item.product_id)))
        .set((
            showcase_items::position.eq(item.position),
            showcase_items::note.eq(&item.note),
            showcase_items::section_id.eq(&item.section_id),
        ))
        .execute(conn)?;
    Ok(())
}

pub fn delete_item(conn: &mut DbConnection, id: &ShowcaseId, product_id: &str) -> DbResult<usize> {
    Ok(diesel::delete(showcase_items::table.find((id, product_id))).execute(conn)?)
}

/// Showcases holding any of `product_ids` whose window has not ended by
/// `now` (drafts included), with the products they hold among those.
pub fn holding(
    conn: &mut DbConnection,
    product_ids: &[String],
    now: NaiveDateTime,
) -> DbResult<Vec<(Showcase, Product)>> {
    Ok(showcase_items::table
        .inner_join(showcases::table)
        .inner_join(products::table)
        .filter(showcase_items::product_id.eq_any(product_ids))
        .filter(showcases::live_until.is_null().or(showcases::live_until.gt(now)))
        .order((showcases::created_at.asc(), showcase_items::position.asc()))
        .select((Showcase::as_select(), Product::as_select()))
        .load(conn)?)
}

pub fn sections_of(conn: &mut DbConnection, id: &ShowcaseId) -> DbResult<Vec<Section>> {
    Ok(showcase_sections::table
        .filter(showcase_sections::showcase_id.eq(id))
        .order(showcase_sections::position.asc())
        .select(Section::as_select())
        .load(conn)?)
}

pub fn insert_section(conn: &mut DbConnection, section: &Section) -> DbResult<()> {
    diesel::insert_into(showcase_sections::table)
        .values(section)
        .execute(conn)?;
    Ok(())
}

pub fn set_section_position(conn: &mut DbConnection, id: &SectionId, position: i32) -> DbResult<()> {
    diesel::update(showcase_sections::table.find(id))
        .set(showcase_sections::position.eq(position))
        .execute(conn)?;
    Ok(())
}

/// Deletes pavilions; their products stay in the showcase, in no pavilion.
pub fn delete_sections(conn: &mut DbConnection, ids: &[SectionId]) -> DbResult<()> {
    diesel::update(showcase_items::table.filter(showcase_items::section_id.eq_any(ids)))
        .set(showcase_items::section_id.eq(None::<SectionId>))
        .execute(conn)?;
    diesel::delete(showcase_sections::table.filter(showcase_sections::id.eq_any(ids))).execute(conn)?;
    Ok(())
}

pub fn banner_of(conn: &mut DbConnection, id: &ShowcaseId) -> DbResult<Option<Banner>> {
    Ok(showcase_banners::table
        .find(id)
        .select(Banner::as_select())
        .first(conn)
        .optional()?)
}

pub fn banners_of(conn: &mut DbConnection, ids: &[ShowcaseId]) -> DbResult<HashMap<ShowcaseId, Banner>> {
    Ok(showcase_banners::table
        .filter(showcase_banners::showcase_id.eq_any(ids))
        .select(Banner::as_select())
        .load::<Banner>(conn)?
        .into_iter()
        .map(|b| (b.showcase_id.clone(), b))
        .collect())
}

/// Makes `banner` its showcase's only banner (`MultiConnection` has no upsert).
pub fn set_banner(conn: &mut DbConnection, banner: &Banner) -> DbResult<()> {
    delete_banner(conn, &banner.showcase_id)?;
    diesel::insert_into(showcase_banners::table)
        .values(banner)
        .execute(conn)?;
    Ok(())
}

pub fn set_banner_alt(conn: &mut DbConnection, id: &ShowcaseId, alt: &str) -> DbResult<()> {
    diesel::update(showcase_banners::table.find(id))
        .set(showcase_banners::alt_text.eq(alt))
        .execute(conn)?;
    Ok(())
}

pub fn delete_banner(conn: &mut DbConnection, id: &ShowcaseId) -> DbResult<()> {
    diesel::delete(showcase_banners::table.find(id)).execute(conn)?;
    Ok(())
}
