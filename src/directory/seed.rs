//! Loads the directory from the CSV files in `data/seed/`, which are
//! compiled into the binary so a fresh machine needs nothing else.
//! Seeding is one transaction and idempotent: rows are matched on their
//! natural keys, missing ones inserted, changed ones updated.

use std::collections::{HashMap, HashSet};

use diesel::prelude::*;

use super::error::DirectoryError;
use super::model::{
    Country, Currency, District, GiProduct, GiProductState, HsCode, HsSection, HsnCode, OdopProduct, State,
};
use super::source::SeedData;
use crate::db::{DbConnection, DbResult};
use crate::schema;

/// What seeding did to one table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableReport {
    pub table: &'static str,
    pub rows: usize,
    pub inserted: usize,
    pub updated: usize,
}

pub const TABLE_COUNT: usize = 10;

/// Seeds every directory table inside the caller's transaction, calling
/// `progress` after each table with (report, tables done, tables in all).
pub fn seed_directory(
    conn: &mut DbConnection,
    progress: &mut dyn FnMut(&TableReport, usize, usize),
) -> Result<Vec<TableReport>, DirectoryError> {
    let data = SeedData::parse()?;
    let mut reports: Vec<TableReport> = Vec::with_capacity(TABLE_COUNT);
    let mut record = |report: TableReport| {
        progress(&report, reports.len() + 1, TABLE_COUNT);
        reports.push(report);
    };
    record(sync_states(conn, data.states).map_err(|e| seed_failed("states", e))?);
    record(sync_districts(conn, data.districts).map_err(|e| seed_failed("districts", e))?);
    record(sync_odop_products(conn, data.odop_products).map_err(|e| seed_failed("odop_products", e))?);
    record(sync_gi_products(conn, data.gi_products).map_err(|e| seed_failed("gi_products", e))?);
    record(
        sync_gi_product_states(conn, data.gi_product_states)
            .map_err(|e| seed_failed("gi_product_states", e))?,
    );
    record(sync_hs_sections(conn, data.hs_sections).map_err(|e| seed_failed("hs_sections", e))?);
    record(sync_hs_codes(conn, data.hs_codes).map_err(|e| seed_failed("hs_codes", e))?);
    record(sync_hsn_codes(conn, data.hsn_codes).map_err(|e| seed_failed("hsn_codes", e))?);
    record(sync_currencies(conn, data.currencies).map_err(|e| seed_failed("currencies", e))?);
    record(sync_countries(conn, data.countries).map_err(|e| seed_failed("countries", e))?);
    Ok(reports)
}

fn seed_failed(table: &'static str, source: crate::db::DbError) -> DirectoryError {
    DirectoryError::SeedTable { table, source }
}

/// Defines `sync_<table>`: load the table's rows, insert the missing ones
/// in chunks and update the ones that differ. Diesel's generic bounds for
/// "any table with a single-column key" are unwieldy, so a macro stamps
/// out one small, fully typed function per table instead.
macro_rules! define_sync {
    ($fn_name:ident, $table:ident, $row:ty, $key:ident) => {
        fn $fn_name(conn: &mut DbConnection, rows: Vec<$row>) -> DbResult<TableReport> {
            let existing: HashMap<_, $row> = schema::$table::table
                .select(<$row>::as_select())
                .load(conn)?
                .into_iter()
                .map(|row| (row.$key.clone(), row))
                .collect();
            let mut fresh = Vec::new();
            let mut updated = 0;
            for row in &rows {
                match existing.get(&row.$key) {
                    None => fresh.push(row.clone()),
                    Some(old) if old != row => {
                        diesel::update(schema::$table::table.find(row.$key.clone()))
                            .set(row)
                            .execute(conn)?;
                        updated += 1;
                    }
                    Some(_) => {}
                }
            }
            crate::db::insert_in_chunks!(conn, schema::$table::table, fresh);
            Ok(TableReport {
                table: stringify!($table),
                rows: rows.len(),
                inserted: fresh.len(),
                updated,
            })
        }
    };
}

define_sync!(sync_states, states, State, lgd_code);
define_sync!(sync_districts, districts, District, lgd_code);
define_sync!(sync_odop_products, odop_products, OdopProduct, slug);
define_sync!(sync_gi_products, gi_products, GiProduct, id);
define_sync!(sync_hs_sections, hs_sections, HsSection, code);
define_sync!(sync_hs_codes, hs_codes, HsCode, code);
define_sync!(sync_hsn_codes, hsn_codes, HsnCode, code);
define_sync!(sync_currencies, currencies, Currency, code);
define_sync!(sync_countries, countries, Country, code);

fn sync_gi_product_states(conn: &mut DbConnection, rows: Vec<GiProductState>) -> DbResult<TableReport> {
    let existing: HashSet<GiProductState> = schema::gi_product_states::table
        .select(GiProductState::as_select())
        .load(conn)?
        .into_iter()
        .collect();
    let fresh: Vec<GiProductState> = rows.iter().filter(|r| !existing.contains(r)).cloned().collect();
    crate::db::insert_in_chunks!(conn, schema::gi_product_states::table, fresh);
    Ok(TableReport {
        table: "gi_product_states",
        rows: rows.len(),
        inserted: fresh.len(),
        updated: 0,
    })
}
