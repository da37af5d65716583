//! Suggestions for the header search box as a buyer types: districts,
//! states, ODOP products, GI names and glossary words from the directory's
//! prefix table ([`table`]), and listing titles from the search engine in
//! use, so both engines offer the same catalogue.
//!
//! A box sends a request per pause in typing, and buyers begin with the same
//! few letters: answers are kept per typed text until the index changes
//! (this process's writes, a commit the embedded index sees) or a minute
//! passes (another instance's writes to Meilisearch), and the table is read
//! again when it is five minutes old, so a re-seed shows within minutes.

mod table;

use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use moka::sync::Cache;
use serde::Serialize;

pub use self::table::{DirectoryRows, DirectoryTable, Popularity};
use super::engine::SearchEngine;
use super::text;
use crate::db::{Db, DbConnection, DbError, DbResult};
use crate::directory::repo;
use crate::format::paths;

crate::text_enum!(
    /// What a suggestion names.
    pub SuggestionKind {
        District => "district", "District";
        State => "state", "State";
        OdopProduct => "odop_product", "ODOP product";
        GiProduct => "gi_product", "GI product";
        Product => "product", "Product";
    }
);

/// One suggestion: what to show and where it leads.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Suggestion {
    /// The name as shown: "Varanasi, Uttar Pradesh", "Haldi (turmeric)".
    pub label: String,
    pub kind: SuggestionKind,
    /// A path on this site: a district or state page, a listing, or a search.
    pub url: String,
    /// `hi` when the label is in Devanagari.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

/// Suggestions a request gets at most.
pub const MAX_SUGGESTIONS: usize = 8;
/// Listing titles among them when there are enough directory names: the
/// box offers both kinds.
const TITLE_ROOM: usize = 3;
/// Shorter texts get no suggestions (one letter matches too much to help).
const MIN_CHARS: usize = 2;
/// Longer texts get none either: nobody types that much before choosing.
pub const MAX_CHARS: usize = 100;

const TABLE_FRESH_FOR: Duration = Duration::from_secs(300);
const ANSWER_FRESH_FOR: Duration = Duration::from_secs(60);
const ANSWERS_KEPT: u64 = 10_000;

/// How the catalogue's listings are counted per district, ODOP product and GI.
pub type CountListings = fn(&mut DbConnection) -> DbResult<Popularity>;

#[derive(Clone)]
struct Answer {
    index_generation: u64,
    table: Arc<DirectoryTable>,
    suggestions: Arc<Vec<Suggestion>>,
}

/// The prefix table and the answers given; one per process.
pub struct Suggester {
    db: Db,
    count_listings: CountListings,
    table: Mutex<Option<(Instant, Arc<DirectoryTable>)>>,
    /// Held by the one request rebuilding a stale table; the others answer
    /// from the old one meanwhile.
    rebuilding: tokio::sync::Mutex<()>,
    /// By the typed words; each for [`ANSWER_FRESH_FOR`] at most.
    answers: Cache<String, Answer>,
}

impl Suggester {
    pub fn new(db: Db, count_listings: CountListings) -> Self {
        Self {
            db,
            count_listings,
            table: Mutex::new(None),
            rebuilding: tokio::sync::Mutex::new(()),
            answers: Cache::builder()
                .max_capacity(ANSWERS_KEPT)
                .time_to_live(ANSWER_FRESH_FOR)
                .build(),
        }
    }

    /// At most [`MAX_SUGGESTIONS`] for `typed`, best first; none for fewer
    /// than two or more than [`MAX_CHARS`] characters. Listing titles come
    /// from `engine`; when it cannot answer, the directory's names still do.
    pub async fn suggest(&self, engine: &SearchEngine, typed: &str) -> Result<Arc<Vec<Suggestion>>, DbError> {
        let typed = typed.trim();
        let chars = typed.chars().count();
        if !(MIN_CHARS..=MAX_CHARS).contains(&chars) {
            return Ok(Arc::default());
        }
        let words = text::words(typed);
        if words.iter().map(|w| w.chars().count()).sum::<usize>() < MIN_CHARS {
            return Ok(Arc::default());
        }
        let table = self.table(engine.config()).await?;
        let key = words.join(" ");
        let index_generation = engine.generation();
        if let Some(kept) = self.kept(&key, &table, index_generation) {
            return Ok(kept);
        }
        let directory = table.lookup(&words, MAX_SUGGESTIONS);
        let titles = match engine.titles_starting(&words, MAX_SUGGESTIONS).await {
            Ok(titles) => titles,
            Err(error) => {
                tracing::warn!(%error, "suggestions without listing titles: the search engine did not answer");
                return Ok(Arc::new(merge(directory, Vec::new())));
            }
        };
        let titles = titles
            .into_iter()
            .map(|found| {
                let begins = table::follows(&text::words(&found.title), &words);
                let suggestion = Suggestion {
                    lang: table::lang_of(&found.title).map(str::to_owned),
                    url: paths::product(&found.slug),
                    label: found.title,
                    kind: SuggestionKind::Product,
                };
                (begins, suggestion)
            })
            .collect();
        let suggestions = Arc::new(merge(directory, titles));
        self.keep(key, table, index_generation, suggestions.clone());
        Ok(suggestions)
    }

    /// The table, built on first use and again when it is stale.
    pub async fn table(&self, config: &super::config::SearchConfig) -> Result<Arc<DirectoryTable>, DbError> {
        let held = self.table.lock().unwrap_or_else(PoisonError::into_inner).clone();
        if let Some((at, table)) = &held
            && at.elapsed() < TABLE_FRESH_FOR
        {
            return Ok(table.clone());
        }
        let _rebuilding = match (&held, self.rebuilding.try_lock()) {
            (Some((_, table)), Err(_)) => return Ok(table.clone()),
            (_, Ok(guard)) => guard,
            (None, Err(_)) => self.rebuilding.lock().await,
        };
        if let Some((at, table)) = &*self.table.lock().unwrap_or_else(PoisonError::into_inner)
            && at.elapsed() < TABLE_FRESH_FOR
        {
            return Ok(table.clone());
        }
        let count_listings = self.count_listings;
        let (rows, popularity) = self
            .db
            .read(move |conn| Ok::<_, DbError>((directory_rows(conn)?, count_listings(conn)?)))
            .await?;
        let table = Arc::new(DirectoryTable::build(&rows, config, &popularity));
        *self.table.lock().unwrap_or_else(PoisonError::into_inner) = Some((Instant::now(), table.clone()));
        Ok(table)
    }

    fn kept(
        &self,
        key: &str,
        table: &Arc<DirectoryTable>,
        index_generation: u64,
    ) -> Option<Arc<Vec<Suggestion>>> {
        let answer = self.answers.get(key)?;
        (answer.index_generation == index_generation && Arc::ptr_eq(&answer.table, table))
            .then_some(answer.suggestions)
    }

    fn keep(
        &self,
        key: String,
        table: Arc<DirectoryTable>,
        index_generation: u64,
        suggestions: Arc<Vec<Suggestion>>,
    ) {
        self.answers.insert(
            key,
            Answer {
                index_generation,
                table,
                suggestions,
            },
        );
    }
}

fn directory_rows(conn: &mut DbConnection) -> DbResult<DirectoryRows> {
    Ok(DirectoryRows {
        states: repo::all_states(conn)?,
        districts: repo::all_districts(conn)?,
        odop_products: repo::odop_products_with_districts(conn)?
            .into_iter()
            .map(|(product, _)| product)
            .collect(),
        gi_products: repo::all_gi_products(conn)?,
    })
}

/// The directory's names and the listing titles, each ranked, as one list:
/// names that begin with the typed words before those where a later word
/// does; the directory first within each, the titles keeping up to
/// [`TITLE_ROOM`] places.
fn merge(directory: Vec<table::Ranked>, titles: Vec<(bool, Suggestion)>) -> Vec<Suggestion> {
    let directory: Vec<(bool, Suggestion)> = directory
        .into_iter()
        .map(|ranked| (ranked.starts_later, ranked.suggestion))
        .collect();
    let titles: Vec<(bool, Suggestion)> = titles.into_iter().map(|(begins, s)| (!begins, s)).collect();
    let title_room = titles.len().min(TITLE_ROOM);
    let from_directory = directory.len().min(MAX_SUGGESTIONS - title_room);
    let from_titles = titles.len().min(MAX_SUGGESTIONS - from_directory);
    let mut merged: Vec<(bool, Suggestion)> = directory
        .into_iter()
        .take(from_directory)
        .chain(titles.into_iter().take(from_titles))
        .collect();
    merged.sort_by_key(|(starts_later, _)| *starts_later);
    merged.into_iter().map(|(_, s)| s).collect()
}
