//! The reference directory: states, districts, the official ODOP list, the
//! GI register, HS/HSN codes, countries and currencies.

use diesel::prelude::*;
use serde::Serialize;

use crate::i18n::Message;

use crate::schema::{
    countries, currencies, districts, gi_product_states, gi_products, hs_codes, hs_sections, hsn_codes,
    odop_products, states,
};

/// The nine sectors of the ODOP list, stored by slug.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Sector {
    Agriculture,
    FoodProcessing,
    Handicraft,
    Handloom,
    Textile,
    Manufacturing,
    Marine,
    Dairy,
    Others,
}

impl Sector {
    pub const ALL: [Sector; 9] = [
        Sector::Agriculture,
        Sector::FoodProcessing,
        Sector::Handicraft,
        Sector::Handloom,
        Sector::Textile,
        Sector::Manufacturing,
        Sector::Marine,
        Sector::Dairy,
        Sector::Others,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Sector::Agriculture => "agriculture",
            Sector::FoodProcessing => "food-processing",
            Sector::Handicraft => "handicraft",
            Sector::Handloom => "handloom",
            Sector::Textile => "textile",
            Sector::Manufacturing => "manufacturing",
            Sector::Marine => "marine",
            Sector::Dairy => "dairy",
            Sector::Others => "others",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Sector::Agriculture => "Agriculture",
            Sector::FoodProcessing => "Food processing",
            Sector::Handicraft => "Handicraft",
            Sector::Handloom => "Handloom",
            Sector::Textile => "Textile",
            Sector::Manufacturing => "Manufacturing",
            Sector::Marine => "Marine",
            Sector::Dairy => "Dairy",
            Sector::Others => "Other products",
        }
    }

    /// One line on what buyers find in the sector, shown on its page.
    pub fn summary(self) -> &'static str {
        match self {
            Sector::Agriculture => {
                "Spices, fruit, grains, tea, coffee and other produce grown for their district's soil and climate."
            }
            Sector::FoodProcessing => {
                "Pickles, sweets, snacks, oils and preserved foods made from local harvests."
            }
            Sector::Handicraft => {
                "Metalwork, pottery, woodcraft, toys, stone and lacquer work by artisan clusters."
            }
            Sector::Handloom => "Saris, shawls and fabrics woven by hand on traditional looms.",
            Sector::Textile => "Printed, dyed and embroidered textiles, garments and made-ups.",
            Sector::Manufacturing => "Leather, sports goods, locks, brassware, tools and light engineering.",
            Sector::Marine => "Fish, shrimp, seaweed and other marine products from coastal districts.",
            Sector::Dairy => "Milk products, ghee, paneer and traditional dairy sweets.",
            Sector::Others => "Services, minerals and products that fit no single sector.",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Sector> {
        Self::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// The sector's name in the reader's language.
    pub fn words(self) -> Message {
        Message::new("directory-sector-name").with("sector", self.slug())
    }

    /// Parses the sector column of the ODOP list.
    pub fn from_source(name: &str) -> Option<Sector> {
        match name.trim() {
            "Agriculture" => Some(Sector::Agriculture),
            "Food Processing" => Some(Sector::FoodProcessing),
            "Handicraft" => Some(Sector::Handicraft),
            "Handloom" => Some(Sector::Handloom),
            "Textile" => Some(Sector::Textile),
            "Manufacturing" => Some(Sector::Manufacturing),
            "Marine" => Some(Sector::Marine),
            "Dairy" => Some(Sector::Dairy),
            "Others" => Some(Sector::Others),
            _ => None,
        }
    }
}

#[derive(
    Debug,
    Clone,
    PartialEq,
    Queryable,
    Selectable,
    Insertable,
    AsChangeset,
    Identifiable,
    Serialize,
    utoipa::ToSchema,
)]
#[diesel(table_name = states, treat_none_as_default_value = false, primary_key(lgd_code))]
pub struct State {
    pub lgd_code: i32,
    pub slug: String,
    pub name: String,
    /// `state` or `union-territory`.
    pub kind: String,
    pub iso_code: String,
}

#[derive(
    Debug,
    Clone,
    PartialEq,
    Queryable,
    Selectable,
    Insertable,
    AsChangeset,
    Identifiable,
    Serialize,
    utoipa::ToSchema,
)]
#[diesel(table_name = districts, treat_none_as_default_value = false, primary_key(lgd_code))]
pub struct District {
    pub lgd_code: i32,
    pub slug: String,
    pub name: String,
    pub state_code: i32,
    pub census2011_code: Option<String>,
    pub subdistrict_count: Option<i32>,
    pub village_count: Option<i32>,
}

#[derive(
    Debug,
    Clone,
    PartialEq,
    Queryable,
    Selectable,
    Insertable,
    AsChangeset,
    Identifiable,
    Serialize,
    utoipa::ToSchema,
)]
#[diesel(table_name = odop_products, treat_none_as_default_value = false, primary_key(slug))]
pub struct OdopProduct {
    pub slug: String,
    pub district_code: i32,
    pub name: String,
    /// Primary, Secondary, Tertiary or Others, as in the ODOP list: the
    /// district's rank of the product (see [`category_words`]).
    pub category: String,
    /// A [`Sector`] slug.
    pub sector: String,
    /// The ODOP list marks the product as GI-registered.
    pub gi_status: bool,
    pub ministry: String,
    pub description: String,
    /// The district's name as the ODOP list spells it (former names kept).
    pub source_district_name: String,
    /// Order in the source list, so pages list products as the ministry does.
    pub position: i32,
}

/// A listing's category as a buyer reads it. The ODOP list ranks each
/// district's products ("Primary" is the one the district is known for),
/// and listings made from the list (the demo's, imports copying its
/// columns) carry that rank as their category, which tells a buyer nothing
/// shown as it is. Anything else is the producer's own word, kept.
pub fn category_words(category: &str) -> String {
    // In the language being written (the request's, or a scoped one); a
    // producer's own word comes back as it is.
    Message::new("search-category")
        .with("category", category.trim().to_ascii_lowercase())
        .with("label", category)
        .to_string()
}

impl OdopProduct {
    pub fn sector(&self) -> Sector {
        Sector::from_slug(&self.sector).unwrap_or(Sector::Others)
    }
}

#[derive(
    Debug,
    Clone,
    PartialEq,
    Queryable,
    Selectable,
    Insertable,
    AsChangeset,
    Identifiable,
    Serialize,
    utoipa::ToSchema,
)]
#[diesel(table_name = gi_products, treat_none_as_default_value = false)]
pub struct GiProduct {
    pub id: i32,
    pub slug: String,
    pub name: String,
    pub goods_category: String,
    /// `india` or `foreign`.
    pub origin: String,
    /// The states (or, for foreign GIs, the country) as registered.
    pub places: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Queryable, Selectable, Insertable)]
#[diesel(table_name = gi_product_states, treat_none_as_default_value = false)]
pub struct GiProductState {
    pub gi_product_id: i32,
    pub state_code: i32,
}

#[derive(
    Debug, Clone, PartialEq, Queryable, Selectable, Insertable, AsChangeset, Identifiable, Serialize,
)]
#[diesel(table_name = hs_sections, treat_none_as_default_value = false, primary_key(code))]
pub struct HsSection {
    pub code: String,
    pub name: String,
    pub position: i32,
}

#[derive(
    Debug, Clone, PartialEq, Queryable, Selectable, Insertable, AsChangeset, Identifiable, Serialize,
)]
#[diesel(table_name = hs_codes, treat_none_as_default_value = false, primary_key(code))]
pub struct HsCode {
    pub code: String,
    pub description: String,
    pub parent_code: Option<String>,
    pub level: i32,
    pub section_code: String,
}

#[derive(
    Debug, Clone, PartialEq, Queryable, Selectable, Insertable, AsChangeset, Identifiable, Serialize,
)]
#[diesel(table_name = hsn_codes, treat_none_as_default_value = false, primary_key(code))]
pub struct HsnCode {
    pub code: String,
    pub digits: i32,
    pub chapter: String,
    pub description: String,
    /// Whether the 6-digit stem exists in HS 2022; `None` for 2- and 4-digit headings.
    pub in_hs2022: Option<bool>,
}

#[derive(
    Debug, Clone, PartialEq, Queryable, Selectable, Insertable, AsChangeset, Identifiable, Serialize,
)]
#[diesel(table_name = currencies, treat_none_as_default_value = false, primary_key(code))]
pub struct Currency {
    pub code: String,
    pub name: String,
    pub numeric_code: String,
    pub minor_unit: Option<i32>,
}

#[derive(
    Debug, Clone, PartialEq, Queryable, Selectable, Insertable, AsChangeset, Identifiable, Serialize,
)]
#[diesel(table_name = countries, treat_none_as_default_value = false, primary_key(code))]
pub struct Country {
    pub code: String,
    pub alpha3: String,
    pub numeric_code: String,
    pub name: String,
    pub region: String,
    pub sub_region: String,
    pub currency_code: Option<String>,
    pub dial_code: Option<String>,
}

/// Row counts of the directory tables.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct DirectoryCounts {
    pub states: i64,
    pub districts: i64,
    pub odop_products: i64,
    pub gi_products: i64,
    pub hs_codes: i64,
    pub hsn_codes: i64,
    pub countries: i64,
    pub currencies: i64,
}

#[cfg(test)]
mod tests {
    use super::category_words;
    use crate::i18n::{Language, Locale, scoped};

    #[test]
    fn the_odop_ranks_read_as_words_in_the_readers_language() {
        assert_eq!(category_words("Primary"), "The district's signature product");
        assert_eq!(
            scoped(Locale::new(Language::Hi), || category_words(" secondary ")),
            "ज़िले की दूसरी विशेषता"
        );
        assert_eq!(
            scoped(Locale::new(Language::Ar), || category_words("Silk sarees")),
            "Silk sarees",
            "a producer's own word is kept"
        );
    }
}
