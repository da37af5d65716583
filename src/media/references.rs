//! Which records show a stored image. Files are named by their content, so
//! two uploads of one picture share them: a file may be deleted only when no
//! product photo, logo, event banner or showcase banner refers to its hash
//! any more. Every table that stores an image hash is listed here, and only
//! here.

use diesel::prelude::*;

use crate::db::{DbConnection, DbResult};
use crate::schema::{event_banners, producers, product_images, showcase_banners};

pub fn image_hash_in_use(conn: &mut DbConnection, hash: &str) -> DbResult<bool> {
    let photos: i64 = product_images::table
        .filter(product_images::hash.eq(hash))
        .count()
        .get_result(conn)?;
    let logos: i64 = producers::table
        .filter(producers::logo_hash.eq(hash))
        .count()
        .get_result(conn)?;
    let banners: i64 = event_banners::table
        .filter(event_banners::hash.eq(hash))
        .count()
        .get_result(conn)?;
    let showcase_banners: i64 = showcase_banners::table
        .filter(showcase_banners::hash.eq(hash))
        .count()
        .get_result(conn)?;
    Ok(photos + logos + banners + showcase_banners > 0)
}
