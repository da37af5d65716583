//! Directory queries. Every function runs inside the caller's transaction.

use std::collections::HashMap;

use diesel::dsl::count_star;
use diesel::prelude::*;

use super::model::{Country, DirectoryCounts, District, GiProduct, HsCode, OdopProduct, Sector, State};
use crate::db::{DbConnection, DbResult};
use crate::schema::{
    countries, currencies, districts, gi_product_states, gi_products, hs_codes, hsn_codes, odop_products,
    states,
};

pub fn counts(conn: &mut DbConnection) -> DbResult<DirectoryCounts> {
    Ok(DirectoryCounts {
        states: states::table.count().get_result(conn)?,
        districts: districts::table.count().get_result(conn)?,
        odop_products: odop_products::table.count().get_result(conn)?,
        gi_products: gi_products::table.count().get_result(conn)?,
        hs_codes: hs_codes::table.count().get_result(conn)?,
        hsn_codes: hsn_codes::table.count().get_result(conn)?,
        countries: countries::table.count().get_result(conn)?,
        currencies: currencies::table.count().get_result(conn)?,
    })
}

pub fn all_states(conn: &mut DbConnection) -> DbResult<Vec<State>> {
    Ok(states::table
        .order(states::name)
        .select(State::as_select())
        .load(conn)?)
}

pub fn state_by_slug(conn: &mut DbConnection, slug: &str) -> DbResult<Option<State>> {
    Ok(states::table
        .filter(states::slug.eq(slug))
        .select(State::as_select())
        .first(conn)
        .optional()?)
}

pub fn state_by_code(conn: &mut DbConnection, code: i32) -> DbResult<State> {
    Ok(states::table.find(code).select(State::as_select()).first(conn)?)
}

pub fn district_by_slug(conn: &mut DbConnection, slug: &str) -> DbResult<Option<District>> {
    Ok(districts::table
        .filter(districts::slug.eq(slug))
        .select(District::as_select())
        .first(conn)
        .optional()?)
}

pub fn all_districts(conn: &mut DbConnection) -> DbResult<Vec<District>> {
    Ok(districts::table.select(District::as_select()).load(conn)?)
}

/// The HS chapters (two-digit codes), in code order.
pub fn hs_chapters(conn: &mut DbConnection) -> DbResult<Vec<HsCode>> {
    Ok(hs_codes::table
        .filter(hs_codes::level.eq(2))
        .order(hs_codes::code)
        .select(HsCode::as_select())
        .load(conn)?)
}

pub fn districts_of_state(conn: &mut DbConnection, state_code: i32) -> DbResult<Vec<District>> {
    Ok(districts::table
        .filter(districts::state_code.eq(state_code))
        .order(districts::name)
        .select(District::as_select())
        .load(conn)?)
}

/// District count per state code.
pub fn district_counts_by_state(conn: &mut DbConnection) -> DbResult<HashMap<i32, i64>> {
    Ok(districts::table
        .group_by(districts::state_code)
        .select((districts::state_code, count_star()))
        .load::<(i32, i64)>(conn)?
        .into_iter()
        .collect())
}

/// The names of the ODOP products with these slugs, by slug.
pub fn odop_names(conn: &mut DbConnection, slugs: &[&str]) -> DbResult<HashMap<String, String>> {
    Ok(odop_products::table
        .filter(odop_products::slug.eq_any(slugs))
        .select((odop_products::slug, odop_products::name))
        .load::<(String, String)>(conn)?
        .into_iter()
        .collect())
}

/// ODOP product count per state code.
pub fn product_counts_by_state(conn: &mut DbConnection) -> DbResult<HashMap<i32, i64>> {
    Ok(odop_products::table
        .inner_join(districts::table)
        .group_by(districts::state_code)
        .select((districts::state_code, count_star()))
        .load::<(i32, i64)>(conn)?
        .into_iter()
        .collect())
}

/// Registered GI count per state code.
pub fn gi_counts_by_state(conn: &mut DbConnection) -> DbResult<HashMap<i32, i64>> {
    Ok(gi_product_states::table
        .group_by(gi_product_states::state_code)
        .select((gi_product_states::state_code, count_star()))
        .load::<(i32, i64)>(conn)?
        .into_iter()
        .collect())
}

/// ODOP product count per sector slug.
pub fn product_counts_by_sector(conn: &mut DbConnection) -> DbResult<HashMap<String, i64>> {
    Ok(odop_products::table
        .group_by(odop_products::sector)
        .select((odop_products::sector, count_star()))
        .load::<(String, i64)>(conn)?
        .into_iter()
        .collect())
}

pub fn gi_tagged_odop_count(conn: &mut DbConnection) -> DbResult<i64> {
    Ok(odop_products::table
        .filter(odop_products::gi_status.eq(true))
        .count()
        .get_result(conn)?)
}

pub fn products_of_district(conn: &mut DbConnection, district_code: i32) -> DbResult<Vec<OdopProduct>> {
    Ok(odop_products::table
        .filter(odop_products::district_code.eq(district_code))
        .order(odop_products::position)
        .select(OdopProduct::as_select())
        .load(conn)?)
}

/// Every ODOP product of a state's districts, in list order.
pub fn products_of_state(conn: &mut DbConnection, state_code: i32) -> DbResult<Vec<OdopProduct>> {
    Ok(odop_products::table
        .inner_join(districts::table)
        .filter(districts::state_code.eq(state_code))
        .order(odop_products::position)
        .select(OdopProduct::as_select())
        .load(conn)?)
}

/// A sector's products with their district and state, ordered by state and district.
pub fn products_of_sector(
    conn: &mut DbConnection,
    sector: Sector,
) -> DbResult<Vec<(OdopProduct, District, State)>> {
    Ok(odop_products::table
        .inner_join(districts::table.inner_join(states::table))
        .filter(odop_products::sector.eq(sector.slug()))
        .order((states::name, districts::name, odop_products::position))
        .select((
            OdopProduct::as_select(),
            District::as_select(),
            State::as_select(),
        ))
        .load(conn)?)
}

pub fn gi_products_of_state(conn: &mut DbConnection, state_code: i32) -> DbResult<Vec<GiProduct>> {
    Ok(gi_products::table
        .inner_join(gi_product_states::table)
        .filter(gi_product_states::state_code.eq(state_code))
        .order(gi_products::name)
        .select(GiProduct::as_select())
        .load(conn)?)
}

pub fn all_gi_products(conn: &mut DbConnection) -> DbResult<Vec<GiProduct>> {
    Ok(gi_products::table
        .order(gi_products::name)
        .select(GiProduct::as_select())
        .load(conn)?)
}

/// (GI product id, state code) for every registered link.
pub fn gi_state_links(conn: &mut DbConnection) -> DbResult<Vec<(i32, i32)>> {
    Ok(gi_product_states::table
        .select((gi_product_states::gi_product_id, gi_product_states::state_code))
        .load(conn)?)
}

pub fn all_countries(conn: &mut DbConnection) -> DbResult<Vec<Country>> {
    Ok(countries::table
        .order(countries::name)
        .select(Country::as_select())
        .load(conn)?)
}

/// The name of the country with ISO 3166 alpha-2 `code`, if there is one.
pub fn country_name(conn: &mut DbConnection, code: &str) -> DbResult<Option<String>> {
    Ok(countries::table
        .find(code)
        .select(countries::name)
        .first(conn)
        .optional()?)
}

/// Country names by ISO code, for the codes given that exist, in one query.
/// "US Dollar" for "USD".
pub fn currency_name(conn: &mut DbConnection, code: &str) -> DbResult<Option<String>> {
    Ok(currencies::table
        .find(code)
        .select(currencies::name)
        .first(conn)
        .optional()?)
}

pub fn country_names(conn: &mut DbConnection, codes: &[&str]) -> DbResult<HashMap<String, String>> {
    Ok(countries::table
        .filter(countries::code.eq_any(codes))
        .select((countries::code, countries::name))
        .load::<(String, String)>(conn)?
        .into_iter()
        .collect())
}

/// Every ODOP product with its district, in list order.
pub fn odop_products_with_districts(conn: &mut DbConnection) -> DbResult<Vec<(OdopProduct, District)>> {
    Ok(odop_products::table
        .inner_join(districts::table)
        .order(odop_products::position)
        .select((OdopProduct::as_select(), District::as_select()))
        .load(conn)?)
}
