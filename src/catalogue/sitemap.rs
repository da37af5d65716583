//! What the sitemaps read from the catalogue: the public listings and
//! producers a file at a time, and when the pages that show listings last
//! changed through them.
//!
//! Files follow the ids (UUIDv7, so in the order things were created): a new
//! listing joins the last file and the others keep their addresses. A file is
//! an offset page of an index (`products_status_id_updated_at`, the
//! producers' primary key), so a request reads one file's rows and no more.
//! A listing is public while it is published: suspending a producer withholds
//! their listings in the same transaction (`suspension`), so the status alone
//! leaves them out.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::dsl::max;
use diesel::prelude::*;

use super::values::ProductStatus;
use crate::db::{DbConnection, DbResult};
use crate::schema::{producers, products, users};

/// A public page of the catalogue, named by its slug, and when it last changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Changed {
    pub slug: String,
    pub at: NaiveDateTime,
}

/// Which rows of a list a sitemap file holds: `(offset, limit)`.
pub type Window = (i64, i64);

/// The published listings in `window`, in the order of their ids.
pub fn public_products(conn: &mut DbConnection, (offset, limit): Window) -> DbResult<Vec<Changed>> {
    let rows: Vec<(String, NaiveDateTime)> = products::table
        .filter(products::status.eq(ProductStatus::Published))
        .order(products::id.asc())
        .offset(offset)
        .limit(limit)
        .select((products::slug, products::updated_at))
        .load(conn)?;
    Ok(rows.into_iter().map(|(slug, at)| Changed { slug, at }).collect())
}

/// The producers whose pages the public may see (their account is not
/// suspended) in `window`, in the order of their ids. A producer's page
/// changed when their profile did or when one of their published listings did.
pub fn public_producers(conn: &mut DbConnection, (offset, limit): Window) -> DbResult<Vec<Changed>> {
    let rows: Vec<(String, String, NaiveDateTime)> = producers::table
        .inner_join(users::table)
        .filter(users::suspended_at.is_null())
        .order(producers::id.asc())
        .offset(offset)
        .limit(limit)
        .select((producers::id, producers::slug, producers::updated_at))
        .load(conn)?;
    let (Some((first, ..)), Some((last, ..))) = (rows.first(), rows.last()) else {
        return Ok(Vec::new());
    };
    // One grouped query over the file's range of producer ids, rather than a
    // list of ids (a file's 50,000 would pass SQLite's limit on parameters).
    let listings: HashMap<String, NaiveDateTime> = products::table
        .filter(products::status.eq(ProductStatus::Published))
        .filter(products::producer_id.between(first, last))
        .group_by(products::producer_id)
        .select((products::producer_id, max(products::updated_at)))
        .load::<(String, Option<NaiveDateTime>)>(conn)?
        .into_iter()
        .filter_map(|(id, at)| Some((id, at?)))
        .collect();
    Ok(rows
        .into_iter()
        .map(|(id, slug, updated_at)| Changed {
            at: listings.get(&id).map_or(updated_at, |at| updated_at.max(*at)),
            slug,
        })
        .collect())
}

/// The newest change of each file of `per_file` published listings, one
/// entry per file (none when nothing is published).
pub fn product_files(conn: &mut DbConnection, per_file: i64) -> DbResult<Vec<Option<NaiveDateTime>>> {
    let starts = file_starts(per_file, |offset| {
        products::table
            .filter(products::status.eq(ProductStatus::Published))
            .order(products::id.asc())
            .offset(offset)
            .select(products::id)
            .first::<String>(conn)
            .optional()
    })?;
    ranges(&starts)
        .map(|(first, next)| {
            let mut query = products::table
                .filter(products::status.eq(ProductStatus::Published))
                .filter(products::id.ge(first))
                .select(max(products::updated_at))
                .into_boxed();
            if let Some(next) = next {
                query = query.filter(products::id.lt(next));
            }
            Ok(query.first::<Option<NaiveDateTime>>(conn)?)
        })
        .collect()
}

/// The newest change of each file of `per_file` public producers: of a
/// profile in the file, or of a published listing of one.
pub fn producer_files(conn: &mut DbConnection, per_file: i64) -> DbResult<Vec<Option<NaiveDateTime>>> {
    let starts = file_starts(per_file, |offset| {
        producers::table
            .inner_join(users::table)
            .filter(users::suspended_at.is_null())
            .order(producers::id.asc())
            .offset(offset)
            .select(producers::id)
            .first::<String>(conn)
            .optional()
    })?;
    ranges(&starts)
        .map(|(first, next)| {
            let mut profiles = producers::table
                .inner_join(users::table)
                .filter(users::suspended_at.is_null())
                .filter(producers::id.ge(first))
                .select(max(producers::updated_at))
                .into_boxed();
            let mut listings = products::table
                .filter(products::status.eq(ProductStatus::Published))
                .filter(products::producer_id.ge(first))
                .select(max(products::updated_at))
                .into_boxed();
            if let Some(next) = next {
                profiles = profiles.filter(producers::id.lt(next));
                listings = listings.filter(products::producer_id.lt(next));
            }
            let profile = profiles.first::<Option<NaiveDateTime>>(conn)?;
            let listing = listings.first::<Option<NaiveDateTime>>(conn)?;
            Ok(profile.max(listing))
        })
        .collect()
}

/// The first id of each file, found by stepping `per_file` rows at a time
/// through an ordered index (`id_at` answers the id at an offset).
fn file_starts(
    per_file: i64,
    mut id_at: impl FnMut(i64) -> QueryResult<Option<String>>,
) -> DbResult<Vec<String>> {
    let mut starts = Vec::new();
    let mut offset = 0;
    while let Some(id) = id_at(offset)? {
        starts.push(id);
        offset += per_file;
    }
    Ok(starts)
}

/// Each file's first id with the next file's (none for the last file).
fn ranges(starts: &[String]) -> impl Iterator<Item = (&String, Option<&String>)> {
    starts
        .iter()
        .enumerate()
        .map(|(i, first)| (first, starts.get(i + 1)))
}

/// When the newest published listing of each district changed, by LGD code.
pub fn newest_listing_by_district(conn: &mut DbConnection) -> DbResult<HashMap<i32, NaiveDateTime>> {
    Ok(products::table
        .inner_join(producers::table)
        .filter(products::status.eq(ProductStatus::Published))
        .group_by(producers::district_code)
        .select((producers::district_code, max(products::updated_at)))
        .load::<(i32, Option<NaiveDateTime>)>(conn)?
        .into_iter()
        .filter_map(|(code, at)| Some((code, at?)))
        .collect())
}

/// When the newest published listing of each sector changed, by sector slug.
pub fn newest_listing_by_sector(conn: &mut DbConnection) -> DbResult<HashMap<String, NaiveDateTime>> {
    Ok(products::table
        .filter(products::status.eq(ProductStatus::Published))
        .group_by(products::sector)
        .select((products::sector, max(products::updated_at)))
        .load::<(String, Option<NaiveDateTime>)>(conn)?
        .into_iter()
        .filter_map(|(sector, at)| Some((sector, at?)))
        .collect())
}

/// When the newest published listing changed, if any is published.
pub fn newest_listing(conn: &mut DbConnection) -> DbResult<Option<NaiveDateTime>> {
    Ok(products::table
        .filter(products::status.eq(ProductStatus::Published))
        .select(max(products::updated_at))
        .first(conn)?)
}
