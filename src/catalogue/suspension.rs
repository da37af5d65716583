//! A suspended producer's listings leave the site and the search index at
//! once, in the suspension's own transaction, and come back when the account
//! is reinstated. Their status says why they are away (`Withheld`), so
//! reinstating brings back exactly the listings that were published, and
//! drafts, archived or rejected listings stay as they were.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::repo;
use super::values::ProductStatus;
use crate::accounts::User;
use crate::db::{DbConnection, DbResult};
use crate::schema::products;
use crate::search;

/// Follows an account's suspension (`suspended`) or reinstatement: the
/// producer's published listings are withheld, or withheld ones published
/// again. Accounts without a producer profile have nothing to follow.
pub fn follow_account(
    conn: &mut DbConnection,
    user: &User,
    suspended: bool,
    now: NaiveDateTime,
) -> DbResult<()> {
    let Some(producer) = repo::producer_by_user(conn, &user.id)? else {
        return Ok(());
    };
    let (from, to) = if suspended {
        (ProductStatus::Published, ProductStatus::Withheld)
    } else {
        (ProductStatus::Withheld, ProductStatus::Published)
    };
    let moved: Vec<String> = products::table
        .filter(products::producer_id.eq(&producer.id))
        .filter(products::status.eq(from))
        .select(products::id)
        .load(conn)?;
    // Guarded by the status as well, so a listing that changed meanwhile
    // (archived by its producer a moment before) is left as it now is.
    diesel::update(
        products::table
            .filter(products::id.eq_any(&moved))
            .filter(products::status.eq(from)),
    )
    .set((products::status.eq(to), products::updated_at.eq(now)))
    .execute(conn)?;
    if !moved.is_empty() {
        search::enqueue_index(conn, &moved, now)?;
        if suspended {
            super::unpublished::announce(conn, &moved, now)?;
        }
    }
    Ok(())
}
