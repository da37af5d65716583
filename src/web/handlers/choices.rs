//! The lists several forms offer: districts by state, countries, sectors,
//! Incoterms with what each means, order units, and the usual trade currencies.

use serde::Serialize;

use crate::catalogue::values::{INCOTERMS, UNITS};
use crate::db::{DbConnection, DbResult};
use crate::directory::model::{District, State};
use crate::directory::{Sector, repo as directory_repo};
use crate::i18n::Message;

/// Currencies offered first in price fields; any ISO 4217 code is accepted.
pub(super) const CURRENCIES: [&str; 8] = ["INR", "USD", "EUR", "GBP", "AED", "JPY", "AUD", "CAD"];

/// One option of a list: what the form sends and what the person reads.
#[derive(Debug, Clone, Serialize)]
pub(super) struct Choice {
    pub value: String,
    pub label: String,
}

impl Choice {
    pub fn new(value: impl Into<String>, label: impl Into<String>) -> Self {
        Self {
            value: value.into(),
            label: label.into(),
        }
    }
}

/// An option of a closed list, worded in the reader's language when the
/// page is serialised.
#[derive(Debug, Clone, Serialize)]
pub(super) struct WordedChoice {
    pub value: &'static str,
    pub label: Message,
}

/// A place in a list of places (a state, or a district in its state's group).
#[derive(Debug, Clone, Serialize)]
pub(super) struct Place {
    pub code: i32,
    pub name: String,
}

/// A state's districts, for a grouped list.
#[derive(Debug, Clone, Serialize)]
pub(super) struct DistrictGroup {
    pub state: String,
    pub districts: Vec<Place>,
}

/// Districts grouped by state, from rows ordered by state, then district.
pub(super) fn district_groups(rows: Vec<(District, State)>) -> Vec<DistrictGroup> {
    let mut groups: Vec<DistrictGroup> = Vec::new();
    for (district, state) in rows {
        let place = Place {
            code: district.lgd_code,
            name: district.name,
        };
        match groups.last_mut() {
            Some(group) if group.state == state.name => group.districts.push(place),
            _ => groups.push(DistrictGroup {
                state: state.name,
                districts: vec![place],
            }),
        }
    }
    groups
}

/// Countries by name, valued by their ISO code.
pub(super) fn countries(conn: &mut DbConnection) -> DbResult<Vec<Choice>> {
    Ok(directory_repo::all_countries(conn)?
        .into_iter()
        .map(|c| Choice::new(c.code, c.name))
        .collect())
}

pub(super) fn sectors() -> Vec<Choice> {
    Sector::ALL
        .iter()
        .map(|s| Choice::new(s.slug(), s.name()))
        .collect()
}

/// Incoterms 2020 with a line on who carries the goods how far.
pub(super) fn incoterms() -> Vec<WordedChoice> {
    INCOTERMS
        .iter()
        .map(|code| WordedChoice {
            value: code,
            label: Message::new("enquiries-incoterm-choice").with("code", *code),
        })
        .collect()
}

/// The units an order is counted in, each named in the reader's language
/// with the words quantities are written in (`format::unit_name`).
pub(super) fn units() -> Vec<WordedChoice> {
    UNITS
        .iter()
        .map(|unit| WordedChoice {
            value: unit,
            label: crate::format::unit_name(unit),
        })
        .collect()
}

/// The languages a listing's or profile's text may be written in, each named in the reader's language.
pub(super) fn languages() -> Vec<WordedChoice> {
    crate::i18n::Language::ALL
        .iter()
        .map(|language| WordedChoice {
            value: language.as_str(),
            label: Message::new("products-language-name").with("language", language.as_str()),
        })
        .collect()
}
