//! The stored rates: the latest day fetched, one row per currency.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::convert::{PerEur, RateTable};
use super::ecb::Published;
use super::model::Currency;
use crate::db::{DbConnection, DbResult};
use crate::schema::{catalogue_generation, exchange_rates};

/// The latest rates stored, if any were ever fetched.
pub fn latest(conn: &mut DbConnection) -> DbResult<Option<RateTable>> {
    let rows: Vec<(Currency, String, i64)> = exchange_rates::table
        .select((
            exchange_rates::currency,
            exchange_rates::rate_date,
            exchange_rates::per_eur_millionths,
        ))
        .load(conn)?;
    let Some(date) = rows
        .iter()
        .filter_map(|(_, date, _)| NaiveDate::parse_from_str(date, "%Y-%m-%d").ok())
        .max()
    else {
        return Ok(None);
    };
    Ok(Some(RateTable::new(
        date,
        rows.into_iter()
            .map(|(currency, _, millionths)| (currency, PerEur::from_millionths(millionths))),
    )))
}

/// Replaces the stored rates with `published` unless those stored are of
/// the same day or later; says whether it did. Pages that show converted
/// prices are kept per catalogue generation, so the change bumps it in the
/// same transaction.
pub fn store(conn: &mut DbConnection, published: &Published, now: NaiveDateTime) -> DbResult<bool> {
    if latest(conn)?.is_some_and(|stored| stored.date >= published.date) {
        return Ok(false);
    }
    diesel::delete(exchange_rates::table).execute(conn)?;
    let date = published.date.format("%Y-%m-%d").to_string();
    for (currency, rate) in &published.rates {
        diesel::insert_into(exchange_rates::table)
            .values((
                exchange_rates::currency.eq(currency),
                exchange_rates::rate_date.eq(&date),
                exchange_rates::per_eur_millionths.eq(rate.millionths()),
                exchange_rates::fetched_at.eq(now),
            ))
            .execute(conn)?;
    }
    diesel::update(catalogue_generation::table)
        .set(catalogue_generation::generation.eq(catalogue_generation::generation + 1))
        .execute(conn)?;
    Ok(true)
}
