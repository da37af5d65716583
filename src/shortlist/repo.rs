//! Shortlist queries, each inside the caller's transaction.

use std::collections::HashSet;

use diesel::prelude::*;

use super::model::{SavedProducer, SavedProduct};
use crate::catalogue::model::{Producer, Product};
use crate::db::{DbConnection, DbResult};
use crate::schema::{saved_producers, saved_products};

pub fn product_is_saved(conn: &mut DbConnection, buyer_id: &str, product_id: &str) -> DbResult<bool> {
    Ok(diesel::select(diesel::dsl::exists(
        saved_products::table.find((buyer_id, product_id)),
    ))
    .get_result(conn)?)
}

pub fn producer_is_saved(conn: &mut DbConnection, buyer_id: &str, producer_id: &str) -> DbResult<bool> {
    Ok(diesel::select(diesel::dsl::exists(
        saved_producers::table.find((buyer_id, producer_id)),
    ))
    .get_result(conn)?)
}

/// Which of `product_ids` the buyer has saved (a page of search results).
pub fn saved_among(
    conn: &mut DbConnection,
    buyer_id: &str,
    product_ids: &[String],
) -> DbResult<HashSet<String>> {
    Ok(saved_products::table
        .filter(saved_products::buyer_id.eq(buyer_id))
        .filter(saved_products::product_id.eq_any(product_ids))
        .select(saved_products::product_id)
        .load::<String>(conn)?
        .into_iter()
        .collect())
}

/// Saving twice keeps the first row: the caller checked inside its write
/// transaction (SQLite's is exclusive), and PostgreSQL's key refuses a
/// second row from a racing request, which is the same outcome.
pub fn save_product(conn: &mut DbConnection, row: &SavedProduct) -> DbResult<()> {
    if !product_is_saved(conn, row.buyer_id, row.product_id)? {
        diesel::insert_into(saved_products::table)
            .values(row)
            .execute(conn)?;
    }
    Ok(())
}

pub fn save_producer(conn: &mut DbConnection, row: &SavedProducer) -> DbResult<()> {
    if !producer_is_saved(conn, row.buyer_id, row.producer_id)? {
        diesel::insert_into(saved_producers::table)
            .values(row)
            .execute(conn)?;
    }
    Ok(())
}

pub fn remove_product(conn: &mut DbConnection, buyer_id: &str, product_id: &str) -> DbResult<usize> {
    Ok(diesel::delete(saved_products::table.find((buyer_id, product_id))).execute(conn)?)
}

pub fn remove_producer(conn: &mut DbConnection, buyer_id: &str, producer_id: &str) -> DbResult<usize> {
    Ok(diesel::delete(saved_producers::table.find((buyer_id, producer_id))).execute(conn)?)
}

/// The buyer's saved listings, whatever their status now, last saved first.
pub fn saved_products_of(conn: &mut DbConnection, buyer_id: &str, limit: i64) -> DbResult<Vec<Product>> {
    use crate::schema::products;
    Ok(saved_products::table
        .inner_join(products::table)
        .filter(saved_products::buyer_id.eq(buyer_id))
        .order(saved_products::created_at.desc())
        .limit(limit)
        .select(Product::as_select())
        .load(conn)?)
}

/// The buyer's saved producers, last saved first.
pub fn saved_producers_of(conn: &mut DbConnection, buyer_id: &str, limit: i64) -> DbResult<Vec<Producer>> {
    use crate::schema::producers;
    Ok(saved_producers::table
        .inner_join(producers::table)
        .filter(saved_producers::buyer_id.eq(buyer_id))
        .order(saved_producers::created_at.desc())
        .limit(limit)
        .select(Producer::as_select())
        .load(conn)?)
}
