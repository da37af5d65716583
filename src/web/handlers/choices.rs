//! The lists several forms offer: districts by state, countries, sectors,
//! Incoterms with what each means, and the usual trade currencies.

use serde_json::{Value, json};

use crate::catalogue::values::INCOTERMS;
use crate::db::{DbConnection, DbResult};
use crate::directory::model::{District, State};
use crate::directory::{Sector, repo as directory_repo};

/// Currencies offered first in price fields; any ISO 4217 code is accepted.
pub(super) const CURRENCIES: [&str; 8] = ["INR", "USD", "EUR", "GBP", "AED", "JPY", "AUD", "CAD"];

/// `[{state, districts: [{code, name}]}]` from rows ordered by state, then district.
pub(super) fn district_groups(rows: Vec<(District, State)>) -> Vec<Value> {
    let mut groups: Vec<Value> = Vec::new();
    let mut current: Option<(String, Vec<Value>)> = None;
    for (district, state) in rows {
        if current.as_ref().is_some_and(|(name, _)| *name != state.name)
            && let Some((name, list)) = current.take()
        {
            groups.push(json!({ "state": name, "districts": list }));
        }
        let entry = current.get_or_insert_with(|| (state.name.clone(), Vec::new()));
        entry
            .1
            .push(json!({ "code": district.lgd_code, "name": district.name }));
    }
    if let Some((name, list)) = current {
        groups.push(json!({ "state": name, "districts": list }));
    }
    groups
}

/// `[{value: "NL", label: "Netherlands"}]`, by name.
pub(super) fn countries(conn: &mut DbConnection) -> DbResult<Vec<Value>> {
    Ok(directory_repo::all_countries(conn)?
        .into_iter()
        .map(|c| json!({ "value": c.code, "label": c.name }))
        .collect())
}

pub(super) fn sectors() -> Vec<Value> {
    Sector::ALL
        .iter()
        .map(|s| json!({ "value": s.slug(), "label": s.name() }))
        .collect()
}

/// Incoterms 2020 with a line on who carries the goods how far.
pub(super) fn incoterms() -> Vec<Value> {
    INCOTERMS
        .iter()
        .map(|code| json!({ "value": code, "label": format!("{code} – {}", incoterm_meaning(code)) }))
        .collect()
}

fn incoterm_meaning(code: &str) -> &'static str {
    match code {
        "EXW" => "Ex Works: you collect from the producer's premises",
        "FCA" => "Free Carrier: handed to your carrier, cleared for export",
        "FAS" => "Free Alongside Ship: delivered next to the ship at the Indian port",
        "FOB" => "Free On Board: loaded on the ship at the Indian port",
        "CFR" => "Cost and Freight: sea freight paid to your port",
        "CIF" => "Cost, Insurance and Freight: as CFR, with insurance",
        "CPT" => "Carriage Paid To: transport paid to a place you name",
        "CIP" => "Carriage and Insurance Paid To: as CPT, with insurance",
        "DAP" => "Delivered At Place: to your address, import duties yours",
        "DPU" => "Delivered at Place Unloaded: delivered and unloaded at your place",
        "DDP" => "Delivered Duty Paid: to your address, import duties paid",
        _ => "",
    }
}
