//! Bulk listing import from CSV: every row becomes a draft through the same
//! validation as the form. The file is one transaction with a savepoint per
//! row, so a refused row changes nothing while the others go in, and an
//! import cut short leaves no rows at all.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::Connection;
use serde::Serialize;

use super::error::CatalogueError;
use super::listings::{ListingInput, create_listing, producer_of};
use super::model::Producer;
use super::repo;
use super::upload_limits::{self, Upload};
use crate::accounts::User;
use crate::db::{Db, DbConnection};
use crate::directory::Sector;
use crate::i18n::Message;

/// The columns of the import file, in the order of the template.
pub const COLUMNS: [&str; 18] = [
    "title",
    "description",
    "sector",
    "category",
    "odop_product",
    "hs_code",
    "gi",
    "materials",
    "moq",
    "moq_unit",
    "price_min",
    "price_max",
    "currency",
    "monthly_capacity",
    "lead_time_days",
    "samples_available",
    "export_ready",
    "certifications",
];

/// The downloadable template: the header and one example row.
pub fn template_csv() -> String {
    let example = [
        "Banarasi silk saree, katan weave",
        "Handwoven pure katan silk saree with real zari border, 6.3 m with blouse piece. Woven in Varanasi on pit looms.",
        "Handloom",
        "Silk sarees",
        "Silk Products",
        "50072010",
        "Banaras Brocades and Sarees",
        "Katan silk, zari",
        "10",
        "pieces",
        "8500",
        "24000",
        "INR",
        "120",
        "30",
        "yes",
        "yes",
        "Silk Mark",
    ];
    let quote = |v: &str| {
        if v.contains([',', '"']) {
            format!("\"{}\"", v.replace('"', "\"\""))
        } else {
            v.to_owned()
        }
    };
    format!(
        "{}\n{}\n",
        COLUMNS.join(","),
        example.iter().map(|v| quote(v)).collect::<Vec<_>>().join(",")
    )
}

#[derive(Debug, Clone, Serialize)]
pub struct RowOutcome {
    /// Line in the file (the header is line 1).
    pub line: usize,
    pub title: String,
    /// The new listing's id when the row was accepted.
    pub created: Option<String>,
    pub problems: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ImportReport {
    pub rows: Vec<RowOutcome>,
    pub created: usize,
    pub refused: usize,
}

/// Imports `csv` for `user`'s producer profile, calling `progress` after each row.
pub async fn import_csv(
    db: &Db,
    user: &User,
    csv: &[u8],
    now: NaiveDateTime,
    progress: impl Fn(usize, usize) + Send + 'static,
) -> Result<ImportReport, CatalogueError> {
    let owner = user.clone();
    let producer = db
        .write(move |conn| {
            let producer = producer_of(conn, &owner)?;
            upload_limits::count(conn, &owner, Upload::Import, now)?;
            Ok::<_, CatalogueError>(producer)
        })
        .await?;
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .flexible(true)
        .from_reader(csv);
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| bad_file(Message::new("listing-import-not-csv").with("problem", e.to_string())))?
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').to_lowercase())
        .collect();
    let missing: Vec<&str> = [
        "title",
        "sector",
        "moq",
        "moq_unit",
        "price_min",
        "currency",
        "lead_time_days",
    ]
    .into_iter()
    .filter(|c| !headers.iter().any(|h| h == c))
    .collect();
    if !missing.is_empty() {
        return Err(bad_file(
            Message::new("listing-import-columns-missing").with("columns", missing.join(", ")),
        ));
    }
    let records: Vec<(usize, Result<csv::StringRecord, csv::Error>)> =
        reader.records().enumerate().map(|(i, r)| (i + 2, r)).collect();
    if records.len() > 1000 {
        return Err(bad_file(Message::new("listing-import-most-1000-rows")));
    }
    let total = records.len();
    let owner = user.clone();
    // One transaction for the whole file, each row in a savepoint of its own:
    // a refused row leaves nothing behind and the others still go in, and an
    // import cut short (a crash, a lost connection) leaves none of its rows,
    // so running the file again never creates a row twice.
    let rows = db
        .write(move |conn| {
            let mut rows = Vec::with_capacity(total);
            for (done, (line, record)) in records.into_iter().enumerate() {
                let outcome = match record {
                    Err(e) => RowOutcome {
                        line,
                        title: String::new(),
                        created: None,
                        problems: vec![format!("This line cannot be read: {e}")],
                    },
                    Ok(record) => {
                        let fields: HashMap<String, String> = headers
                            .iter()
                            .cloned()
                            .zip(record.iter().map(str::to_owned))
                            .collect();
                        let title = fields.get("title").cloned().unwrap_or_default();
                        match conn.transaction(|c| import_row(c, &owner, &producer, &fields, now)) {
                            Ok(id) => RowOutcome {
                                line,
                                title,
                                created: Some(id),
                                problems: Vec::new(),
                            },
                            Err(CatalogueError::Invalid(errors)) => RowOutcome {
                                line,
                                title,
                                created: None,
                                problems: errors
                                    .into_iter()
                                    .map(|(field, message)| format!("{field}: {message}"))
                                    .collect(),
                            },
                            Err(other) => return Err(other),
                        }
                    }
                };
                rows.push(outcome);
                progress(done + 1, total);
            }
            Ok::<_, CatalogueError>(rows)
        })
        .await?;
    let created = rows.iter().filter(|r| r.created.is_some()).count();
    Ok(ImportReport {
        refused: rows.len() - created,
        created,
        rows,
    })
}

fn bad_file(message: Message) -> CatalogueError {
    CatalogueError::Invalid(crate::domain::fields::one("file", message))
}

/// Turns names people write in a spreadsheet (sector "Food Processing", ODOP
/// product "Silk Products", GI "Banaras Brocades and Sarees") into the
/// identifiers the form uses, then creates the draft.
fn import_row(
    conn: &mut DbConnection,
    user: &User,
    producer: &Producer,
    fields: &HashMap<String, String>,
    now: NaiveDateTime,
) -> Result<String, CatalogueError> {
    let get = |name: &str| fields.get(name).cloned().unwrap_or_default();
    let sector_text = get("sector");
    let sector = Sector::from_slug(&sector_text.to_lowercase())
        .or_else(|| {
            Sector::ALL
                .into_iter()
                .find(|s| s.name().eq_ignore_ascii_case(sector_text.trim()))
        })
        .or_else(|| Sector::from_source(&sector_text))
        .map_or(sector_text.clone(), |s| s.slug().to_owned());
    let odop_text = get("odop_product");
    let odop_product = if odop_text.is_empty() {
        String::new()
    } else {
        repo::odop_products_of_district(conn, producer.district_code)?
            .into_iter()
            .find(|o| o.slug == odop_text || o.name.eq_ignore_ascii_case(&odop_text))
            .map_or(odop_text, |o| o.slug)
    };
    let gi_text = get("gi");
    let gi_product = if gi_text.is_empty() {
        String::new()
    } else {
        repo::all_gi_products(conn)?
            .into_iter()
            .find(|g| g.id.to_string() == gi_text || g.name.eq_ignore_ascii_case(&gi_text))
            .map_or(gi_text, |g| g.id.to_string())
    };
    let input = ListingInput {
        title: get("title"),
        description: get("description"),
        sector,
        category: get("category"),
        odop_product,
        hs_code: get("hs_code"),
        gi_product,
        materials: get("materials"),
        moq: get("moq"),
        moq_unit: get("moq_unit").to_lowercase(),
        price_min: get("price_min"),
        price_max: get("price_max"),
        currency: get("currency"),
        monthly_capacity: get("monthly_capacity"),
        lead_time_days: get("lead_time_days"),
        samples_available: get("samples_available"),
        export_ready: get("export_ready"),
        certifications: get("certifications"),
        language: get("language"),
    };
    Ok(create_listing(conn, user, &input, now)?.id.to_string())
}
