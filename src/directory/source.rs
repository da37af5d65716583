//! Parses the seed CSV files (compiled into the binary) into directory rows,
//! applying the corrections PROVENANCE.md describes.

use std::collections::HashMap;

use serde::Deserialize;

use super::error::DirectoryError;
use super::model::{
    Country, Currency, District, GiProduct, GiProductState, HsCode, HsSection, HsnCode, OdopProduct, Sector,
    State,
};

const STATES_CSV: &str = include_str!("../../data/seed/india_states_lgd.csv");
const DISTRICTS_CSV: &str = include_str!("../../data/seed/india_districts_lgd.csv");
const ODOP_CSV: &str = include_str!("../../data/seed/odop_products.csv");
const GI_CSV: &str = include_str!("../../data/seed/gi_registered_india.csv");
const HS_SECTIONS_CSV: &str = include_str!("../../data/seed/hs_sections.csv");
const HS_CODES_CSV: &str = include_str!("../../data/seed/hs_codes_harmonized_system.csv");
const HSN_CSV: &str = include_str!("../../data/seed/india_gst_hsn_codes.csv");
const COUNTRIES_CSV: &str = include_str!("../../data/seed/iso_country_codes.csv");
const CURRENCIES_CSV: &str = include_str!("../../data/seed/iso4217_currency_codes.csv");

pub struct SeedData {
    pub states: Vec<State>,
    pub districts: Vec<District>,
    pub odop_products: Vec<OdopProduct>,
    pub gi_products: Vec<GiProduct>,
    pub gi_product_states: Vec<GiProductState>,
    pub hs_sections: Vec<HsSection>,
    pub hs_codes: Vec<HsCode>,
    pub hsn_codes: Vec<HsnCode>,
    pub currencies: Vec<Currency>,
    pub countries: Vec<Country>,
}

/// Lowercase ASCII with hyphens, as every public URL uses.
pub fn slugify(text: &str) -> String {
    slug::slugify(text)
}

fn read<T: for<'de> Deserialize<'de>>(file: &'static str, text: &str) -> Result<Vec<T>, DirectoryError> {
    let text = text.trim_start_matches('\u{feff}');
    csv::Reader::from_reader(text.as_bytes())
        .deserialize()
        .enumerate()
        .map(|(i, row)| {
            row.map_err(|e| DirectoryError::BadSeedData {
                file,
                message: format!("row {}: {e}", i + 1),
            })
        })
        .collect()
}

fn bad(file: &'static str, message: String) -> DirectoryError {
    DirectoryError::BadSeedData { file, message }
}

fn optional(text: &str) -> Option<String> {
    let t = text.trim();
    (!t.is_empty()).then(|| t.to_owned())
}

/// Names in the LGD export are title case ("Jammu And Kashmir"), a few are
/// shouted ("MAUGANJ"); shown as people write them ("Jammu and Kashmir").
fn display_name(name: &str) -> String {
    let name = name.trim();
    let words: Vec<String> = if name.chars().any(|c| c.is_ascii_lowercase()) {
        name.split(' ').map(str::to_owned).collect()
    } else {
        name.split(' ').map(title_case).collect()
    };
    words
        .iter()
        .enumerate()
        .map(|(i, w)| if i > 0 && w == "And" { "and" } else { w.as_str() })
        .collect::<Vec<_>>()
        .join(" ")
}

fn title_case(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| {
        first
            .to_uppercase()
            .chain(chars.flat_map(char::to_lowercase))
            .collect()
    })
}

#[derive(Deserialize)]
struct StateRow {
    lgd_state_code: i32,
    state_name: String,
    state_or_ut: String,
    iso3166_2: String,
}

#[derive(Deserialize)]
struct DistrictRow {
    lgd_district_code: i32,
    district_name: String,
    lgd_state_code: i32,
    census2011_code: String,
    subdistrict_count: Option<i32>,
    village_count: Option<i32>,
}

#[derive(Deserialize)]
struct OdopRow {
    district: String,
    lgd_district_code: String,
    product: String,
    category: String,
    sector: String,
    gi_status: String,
    ministry_department: String,
    description: String,
    lgd_code_suggested: String,
}

#[derive(Deserialize)]
struct GiRow {
    row: i32,
    gi_name: String,
    goods_category: String,
    states: String,
    lgd_state_codes: String,
    origin: String,
}

#[derive(Deserialize)]
struct HsSectionRow {
    section: String,
    name: String,
}

#[derive(Deserialize)]
struct HsCodeRow {
    section: String,
    hscode: String,
    description: String,
    parent: String,
    level: i32,
}

#[derive(Deserialize)]
struct HsnRow {
    hsn_code: String,
    digits: i32,
    chapter: String,
    description: String,
    hs6_in_wco_hs2022: String,
}

#[derive(Deserialize)]
struct CurrencyRow {
    #[serde(rename = "Currency")]
    name: String,
    #[serde(rename = "AlphabeticCode")]
    code: String,
    #[serde(rename = "NumericCode")]
    numeric: String,
    #[serde(rename = "MinorUnit")]
    minor_unit: String,
    #[serde(rename = "WithdrawalDate")]
    withdrawal_date: String,
}

#[derive(Deserialize)]
struct CountryRow {
    #[serde(rename = "ISO3166-1-Alpha-2")]
    alpha2: String,
    #[serde(rename = "ISO3166-1-Alpha-3")]
    alpha3: String,
    #[serde(rename = "ISO3166-1-numeric")]
    numeric: String,
    #[serde(rename = "CLDR display name")]
    display_name: String,
    #[serde(rename = "official_name_en")]
    official_name: String,
    #[serde(rename = "Region Name")]
    region: String,
    #[serde(rename = "Sub-region Name")]
    sub_region: String,
    #[serde(rename = "ISO4217-currency_alphabetic_code")]
    currency: String,
    #[serde(rename = "Dial")]
    dial: String,
}

impl SeedData {
    pub fn parse() -> Result<Self, DirectoryError> {
        let states = parse_states()?;
        let districts = parse_districts(&states)?;
        let odop_products = parse_odop(&districts)?;
        let (gi_products, gi_product_states) = parse_gi(&states)?;
        let hs_sections = read::<HsSectionRow>("hs_sections.csv", HS_SECTIONS_CSV)?
            .into_iter()
            .zip(1..)
            .map(|(r, position)| HsSection {
                code: r.section,
                name: capitalise(&r.name),
                position,
            })
            .collect();
        let hs_codes = read::<HsCodeRow>("hs_codes_harmonized_system.csv", HS_CODES_CSV)?
            .into_iter()
            // UN Comtrade's "TOTAL" row and chapter 99 ("not specified") are not HS codes.
            .filter(|r| r.section != "TOTAL")
            .map(|r| HsCode {
                parent_code: (r.parent != "TOTAL").then_some(r.parent),
                code: r.hscode,
                description: r.description,
                level: r.level,
                section_code: r.section,
            })
            .collect();
        let hsn_codes = read::<HsnRow>("india_gst_hsn_codes.csv", HSN_CSV)?
            .into_iter()
            .map(|r| HsnCode {
                in_hs2022: match r.hs6_in_wco_hs2022.as_str() {
                    "Y" => Some(true),
                    "N" => Some(false),
                    _ => None,
                },
                code: r.hsn_code,
                digits: r.digits,
                chapter: r.chapter,
                description: r.description,
            })
            .collect();
        Ok(Self {
            states,
            districts,
            odop_products,
            gi_products,
            gi_product_states,
            hs_sections,
            hs_codes,
            hsn_codes,
            currencies: parse_currencies()?,
            countries: parse_countries()?,
        })
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

fn parse_states() -> Result<Vec<State>, DirectoryError> {
    Ok(read::<StateRow>("india_states_lgd.csv", STATES_CSV)?
        .into_iter()
        .map(|r| {
            let name = display_name(r.state_name.trim_start_matches("The "));
            State {
                lgd_code: r.lgd_state_code,
                slug: slugify(&name),
                kind: if r.state_or_ut == "U" {
                    "union-territory"
                } else {
                    "state"
                }
                .to_owned(),
                name,
                iso_code: r.iso3166_2,
            }
        })
        .collect())
}

/// A district's slug is its name's, unless another state has a district of
/// the same name: then both are prefixed with their state's slug.
fn parse_districts(states: &[State]) -> Result<Vec<District>, DirectoryError> {
    let rows = read::<DistrictRow>("india_districts_lgd.csv", DISTRICTS_CSV)?;
    let state_slugs: HashMap<i32, &str> = states.iter().map(|s| (s.lgd_code, s.slug.as_str())).collect();
    let mut name_count: HashMap<String, usize> = HashMap::new();
    for r in &rows {
        *name_count.entry(slugify(&r.district_name)).or_default() += 1;
    }
    rows.into_iter()
        .map(|r| {
            let state_slug = state_slugs.get(&r.lgd_state_code).ok_or_else(|| {
                bad(
                    "india_districts_lgd.csv",
                    format!(
                        "district {} names unknown state {}",
                        r.lgd_district_code, r.lgd_state_code
                    ),
                )
            })?;
            let base = slugify(&r.district_name);
            let slug = if name_count.get(&base).copied().unwrap_or(0) > 1 {
                format!("{state_slug}-{base}")
            } else {
                base
            };
            Ok(District {
                lgd_code: r.lgd_district_code,
                slug,
                name: display_name(&r.district_name),
                state_code: r.lgd_state_code,
                census2011_code: optional(&r.census2011_code),
                subdistrict_count: r.subdistrict_count,
                village_count: r.village_count,
            })
        })
        .collect()
}

/// Joins each ODOP row to its district on the corrected LGD code (never on
/// the name, which varies in spelling).
fn parse_odop(districts: &[District]) -> Result<Vec<OdopProduct>, DirectoryError> {
    const FILE: &str = "odop_products.csv";
    let by_code: HashMap<i32, &District> = districts.iter().map(|d| (d.lgd_code, d)).collect();
    read::<OdopRow>(FILE, ODOP_CSV)?
        .into_iter()
        .zip(1..)
        .map(|(r, position)| {
            let code_text = if r.lgd_code_suggested.trim().is_empty() {
                &r.lgd_district_code
            } else {
                &r.lgd_code_suggested
            };
            let code: i32 = code_text.trim().parse().map_err(|_| {
                bad(
                    FILE,
                    format!("row {position}: LGD code '{code_text}' is not a number"),
                )
            })?;
            let district = by_code
                .get(&code)
                .ok_or_else(|| bad(FILE, format!("row {position}: no district with LGD code {code}")))?;
            let sector = Sector::from_source(&r.sector)
                .ok_or_else(|| bad(FILE, format!("row {position}: unknown sector '{}'", r.sector)))?;
            let name = r.product.trim().to_owned();
            Ok(OdopProduct {
                slug: format!("{}-{}", district.slug, slugify(&name)),
                district_code: code,
                name,
                category: r.category.trim().to_owned(),
                sector: sector.slug().to_owned(),
                gi_status: r.gi_status.trim().eq_ignore_ascii_case("yes"),
                ministry: r.ministry_department.trim().to_owned(),
                description: r.description.trim().to_owned(),
                source_district_name: r.district.trim().to_owned(),
                position,
            })
        })
        .collect()
}

fn parse_gi(states: &[State]) -> Result<(Vec<GiProduct>, Vec<GiProductState>), DirectoryError> {
    const FILE: &str = "gi_registered_india.csv";
    let rows = read::<GiRow>(FILE, GI_CSV)?;
    let known_states: std::collections::HashSet<i32> = states.iter().map(|s| s.lgd_code).collect();
    let mut name_count: HashMap<String, usize> = HashMap::new();
    for r in &rows {
        *name_count.entry(slugify(&r.gi_name)).or_default() += 1;
    }
    let mut products = Vec::with_capacity(rows.len());
    let mut links = Vec::new();
    for r in rows {
        let base = slugify(&r.gi_name);
        let slug = if name_count.get(&base).copied().unwrap_or(0) > 1 {
            format!("{base}-{}", r.row)
        } else {
            base
        };
        for code in r
            .lgd_state_codes
            .split(';')
            .map(str::trim)
            .filter(|c| !c.is_empty())
        {
            let state_code: i32 = code
                .parse()
                .ok()
                .filter(|c| known_states.contains(c))
                .ok_or_else(|| bad(FILE, format!("row {}: unknown state code '{code}'", r.row)))?;
            links.push(GiProductState {
                gi_product_id: r.row,
                state_code,
            });
        }
        products.push(GiProduct {
            id: r.row,
            slug,
            name: r.gi_name.trim().to_owned(),
            goods_category: r.goods_category.trim().to_owned(),
            origin: r.origin.trim().to_lowercase(),
            places: r.states.trim().to_owned(),
        });
    }
    Ok((products, links))
}

/// Currencies in use today, one row per code.
fn parse_currencies() -> Result<Vec<Currency>, DirectoryError> {
    let mut seen = std::collections::HashSet::new();
    Ok(read::<CurrencyRow>("iso4217_currency_codes.csv", CURRENCIES_CSV)?
        .into_iter()
        .filter(|r| r.withdrawal_date.trim().is_empty() && r.code.len() == 3)
        .filter(|r| seen.insert(r.code.clone()))
        .map(|r| Currency {
            minor_unit: r.minor_unit.trim().parse().ok(),
            code: r.code,
            name: r.name,
            numeric_code: r.numeric,
        })
        .collect())
}

fn parse_countries() -> Result<Vec<Country>, DirectoryError> {
    Ok(read::<CountryRow>("iso_country_codes.csv", COUNTRIES_CSV)?
        .into_iter()
        .filter(|r| r.alpha2.len() == 2)
        .map(|r| Country {
            name: optional(&r.display_name).unwrap_or(r.official_name),
            code: r.alpha2,
            alpha3: r.alpha3,
            numeric_code: r.numeric,
            region: r.region,
            sub_region: r.sub_region,
            currency_code: r.currency.split(',').next().and_then(optional),
            dial_code: optional(&r.dial),
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_read_as_people_write_them() {
        assert_eq!(display_name("Jammu And Kashmir"), "Jammu and Kashmir");
        assert_eq!(display_name("MAUGANJ"), "Mauganj");
        assert_eq!(
            display_name("Andaman And Nicobar Islands"),
            "Andaman and Nicobar Islands"
        );
        assert_eq!(
            slugify("Dadra and Nagar Haveli and Daman and Diu"),
            "dadra-and-nagar-haveli-and-daman-and-diu"
        );
    }

    #[test]
    fn seed_files_parse_with_expected_counts() {
        let data = SeedData::parse().unwrap();
        assert_eq!(data.states.len(), 36);
        assert_eq!(data.districts.len(), 787);
        assert_eq!(data.odop_products.len(), 1241);
        assert_eq!(data.gi_products.len(), 695);
        let slugs: std::collections::HashSet<_> = data.districts.iter().map(|d| d.slug.as_str()).collect();
        assert_eq!(slugs.len(), 787, "district slugs are unique");
        assert!(
            slugs.contains("varanasi")
                && slugs.contains("himachal-pradesh-bilaspur")
                && slugs.contains("chhattisgarh-bilaspur")
        );
    }
}
