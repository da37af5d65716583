//! The directory's display names by slug and code, kept in memory. The search
//! page labels up to a hundred facet values on every request, and the
//! directory is reference data that changes only when `seed` runs: a copy
//! older than [`FRESH_FOR`] is read again, so a re-seed shows within minutes
//! on every instance.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, PoisonError, RwLock};
use std::time::{Duration, Instant};

use super::model::{District, OdopProduct};
use super::repo;
use crate::db::{Db, DbError};

const FRESH_FOR: Duration = Duration::from_secs(300);

/// Names as the pages show them.
#[derive(Debug, Default)]
pub struct NameTable {
    /// State slug → name.
    pub states: BTreeMap<String, String>,
    /// District slug → "District, State".
    pub districts: HashMap<String, String>,
    /// HS chapter → "52 · Cotton".
    pub hs_chapters: HashMap<String, String>,
    /// Districts by name.
    districts_by_name: Vec<Lowered<District>>,
    /// ODOP products with their districts, in list order.
    odop_products: Vec<Lowered<(OdopProduct, District)>>,
}

/// An entry with its name in lower case, for matching query words.
#[derive(Debug)]
struct Lowered<T> {
    name: String,
    entry: T,
}

impl<T> Lowered<T> {
    fn new(entry: T, name: impl Fn(&T) -> &str) -> Self {
        Self {
            name: name(&entry).to_lowercase(),
            entry,
        }
    }

    /// The first `limit` entries whose name contains any of `words`.
    fn named_like<'a>(entries: &'a [Self], words: &[String], limit: usize) -> Vec<&'a T> {
        entries
            .iter()
            .filter(|e| words.iter().any(|w| e.name.contains(w.as_str())))
            .take(limit)
            .map(|e| &e.entry)
            .collect()
    }
}

impl NameTable {
    /// Districts whose name contains any of `words` (lower case), by name.
    pub fn districts_named_like(&self, words: &[String], limit: usize) -> Vec<&District> {
        Lowered::named_like(&self.districts_by_name, words, limit)
    }

    /// ODOP products whose name contains any of `words` (lower case), with
    /// their districts, in list order.
    pub fn odop_products_named_like(&self, words: &[String], limit: usize) -> Vec<&(OdopProduct, District)> {
        Lowered::named_like(&self.odop_products, words, limit)
    }
}

/// A shared, periodically refreshed [`NameTable`]; cheap to read.
pub struct PlaceNames {
    db: Db,
    loaded: RwLock<Option<(Instant, Arc<NameTable>)>>,
}

impl PlaceNames {
    pub fn new(db: Db) -> Self {
        Self {
            db,
            loaded: RwLock::new(None),
        }
    }

    /// The current table, read from the database when missing or stale.
    /// Concurrent requests that find it stale may each read it once.
    pub async fn table(&self) -> Result<Arc<NameTable>, DbError> {
        if let Some((at, table)) = &*self.loaded.read().unwrap_or_else(PoisonError::into_inner)
            && at.elapsed() < FRESH_FOR
        {
            return Ok(table.clone());
        }
        let table = Arc::new(self.db.read(load).await?);
        *self.loaded.write().unwrap_or_else(PoisonError::into_inner) = Some((Instant::now(), table.clone()));
        Ok(table)
    }
}

fn load(conn: &mut crate::db::DbConnection) -> Result<NameTable, DbError> {
    let states = repo::all_states(conn)?;
    let state_names: HashMap<i32, &str> = states.iter().map(|s| (s.lgd_code, s.name.as_str())).collect();
    let mut districts_by_name = repo::all_districts(conn)?;
    districts_by_name.sort_by(|a, b| a.name.cmp(&b.name));
    let districts = districts_by_name
        .iter()
        .map(|d| {
            let state = state_names.get(&d.state_code).copied().unwrap_or_default();
            (d.slug.clone(), format!("{}, {state}", d.name))
        })
        .collect();
    let hs_chapters = repo::hs_chapters(conn)?
        .into_iter()
        .map(|c| {
            let label = format!("{} · {}", c.code, sentence_case(&c.description));
            (c.code, label)
        })
        .collect();
    Ok(NameTable {
        states: states.into_iter().map(|s| (s.slug, s.name)).collect(),
        districts,
        hs_chapters,
        districts_by_name: districts_by_name
            .into_iter()
            .map(|d| Lowered::new(d, |d| &d.name))
            .collect(),
        odop_products: repo::odop_products_with_districts(conn)?
            .into_iter()
            .map(|entry| Lowered::new(entry, |(p, _)| &p.name))
            .collect(),
    })
}

/// HS chapter titles are upper case in the source ("COTTON").
fn sentence_case(text: &str) -> String {
    let lower = text.to_lowercase();
    let mut chars = lower.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
