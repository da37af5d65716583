//! What the search page and API need: results with readable facet labels and,
//! when nothing matched, ways forward (a looser search, related districts and
//! sectors from the directory).

use std::sync::Arc;

use serde::Serialize;

use super::engine::SearchEngine;
use super::error::SearchError;
use super::model::{SearchQuery, SearchResults};
use super::query::ParsedQuery;
use super::text;
use crate::directory::Sector;
use crate::directory::model::category_words;
use crate::directory::names::{NameTable, PlaceNames};
use crate::i18n::Message;

/// Facets whose values are slugs or codes with readable names.
#[derive(Debug, Clone, Copy)]
pub enum NamedFacet {
    State,
    District,
    Sector,
    /// A listing's category: the ODOP list's ranks read as words (`directory::model::category_words`).
    Category,
    HsChapter,
}

/// Readable names for facet values that are codes or slugs.
#[derive(Debug, Clone)]
pub struct FacetLabels {
    names: Arc<NameTable>,
}

impl FacetLabels {
    /// The name to show for a facet value ("District, State", "52 · Cotton"),
    /// or the value itself when it has none.
    pub fn label(&self, facet: NamedFacet, value: &str) -> String {
        self.label_of(Some(facet), value)
    }

    /// [`label`](Self::label) for facets that may have no names (`None`:
    /// the value is shown as it is).
    pub fn label_of(&self, facet: Option<NamedFacet>, value: &str) -> String {
        let found = match facet {
            Some(NamedFacet::State) => self.names.states.get(value).cloned(),
            Some(NamedFacet::District) => self.names.districts.get(value).cloned(),
            Some(NamedFacet::Sector) => Sector::from_slug(value).map(|s| s.name().to_owned()),
            Some(NamedFacet::Category) => Some(category_words(value)),
            Some(NamedFacet::HsChapter) => self.names.hs_chapters.get(value).cloned(),
            None => None,
        };
        found.unwrap_or_else(|| value.to_owned())
    }
}

/// A search that found something, one step looser than the one that did not.
#[derive(Debug, Clone, Serialize)]
pub struct Relaxed {
    pub query: SearchQuery,
    pub total: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct PlaceLink {
    pub slug: String,
    pub name: String,
    /// Why it is suggested ("Known for Makhana"), in the reader's language.
    pub note: Message,
}

/// Ways forward from a search that found nothing.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ZeroResultsHelp {
    /// The same words without filters.
    pub without_filters: Option<Relaxed>,
    /// The words without the last one: with the filters if that finds
    /// something, otherwise without them.
    pub fewer_words: Option<Relaxed>,
    pub districts: Vec<PlaceLink>,
    /// Sectors whose name or ODOP products the words name.
    pub sectors: Vec<Sector>,
}

#[derive(Debug, Clone)]
pub struct SearchOutcome {
    pub results: SearchResults,
    pub labels: FacetLabels,
    pub help: Option<ZeroResultsHelp>,
}

/// Runs the search and labels its facets: the JSON API's answer.
pub async fn search_products(
    names: &PlaceNames,
    engine: &SearchEngine,
    query: &SearchQuery,
) -> Result<SearchOutcome, SearchError> {
    let results = engine.search(query).await?;
    Ok(SearchOutcome {
        results,
        labels: FacetLabels {
            names: names.table().await?,
        },
        help: None,
    })
}

/// As [`search_products`], and with no results, ways forward: the search page.
pub async fn search_products_with_help(
    names: &PlaceNames,
    engine: &SearchEngine,
    query: &SearchQuery,
) -> Result<SearchOutcome, SearchError> {
    let mut outcome = search_products(names, engine, query).await?;
    if outcome.results.total == 0 {
        outcome.help = Some(zero_results_help(&outcome.labels.names, engine, query).await?);
    }
    Ok(outcome)
}

async fn zero_results_help(
    names: &NameTable,
    engine: &SearchEngine,
    query: &SearchQuery,
) -> Result<ZeroResultsHelp, SearchError> {
    let mut help = ZeroResultsHelp::default();
    let first_page = SearchQuery {
        page: 1,
        ..query.clone()
    };
    let unfiltered = |query: &SearchQuery| SearchQuery {
        filters: Default::default(),
        ..query.clone()
    };
    // Every looser search is counted at once (one Meilisearch round trip).
    let without_filters =
        (!query.filters.is_empty() && !query.text.is_empty()).then(|| unfiltered(&first_page));
    let tokens = text::tokenize(&query.text);
    let mut fewer_words = Vec::new();
    if tokens.len() > 1 {
        let cut = tokens[tokens.len() - 1].span.start;
        let shorter = SearchQuery {
            text: query.text[..cut].trim_end().to_owned(),
            ..first_page
        };
        if !query.filters.is_empty() {
            fewer_words.push(unfiltered(&shorter));
        }
        fewer_words.insert(0, shorter);
    }
    let candidates: Vec<SearchQuery> = without_filters.iter().chain(&fewer_words).cloned().collect();
    let mut totals = engine.totals(&candidates).await?.into_iter();
    if let Some(loose) = without_filters {
        let total = totals.next().unwrap_or(0);
        if total > 0 {
            help.without_filters = Some(Relaxed { query: loose, total });
        }
    }
    help.fewer_words = fewer_words
        .into_iter()
        .zip(totals)
        .find(|(_, total)| *total > 0)
        .map(|(query, total)| Relaxed { query, total });
    let words = directory_words(&query.text, engine);
    if words.is_empty() {
        return Ok(help);
    }
    for sector in Sector::ALL {
        let name = sector.name().to_lowercase();
        if words.iter().any(|w| name.contains(w.as_str())) {
            help.sectors.push(sector);
        }
    }
    let products = names.odop_products_named_like(&words, 24);
    let named = names.districts_named_like(&words, 6);
    let mut seen = std::collections::HashSet::new();
    for (product, district) in products {
        if seen.insert(district.slug.clone()) && help.districts.len() < 12 {
            help.districts.push(PlaceLink {
                slug: district.slug.clone(),
                name: district.name.clone(),
                note: Message::new("search-help-known-for").with("product", product.name.as_str()),
            });
        }
        let sector = product.sector();
        if !help.sectors.contains(&sector) {
            help.sectors.push(sector);
        }
    }
    for district in named {
        if seen.insert(district.slug.clone()) {
            help.districts.push(PlaceLink {
                note: Message::new("search-help-district"),
                slug: district.slug.clone(),
                name: district.name.clone(),
            });
        }
    }
    Ok(help)
}

/// The query's words worth looking up in the directory: at least three
/// letters, Latin script (the directory's names are in English), with the
/// English names from the glossary for Hindi and trade names.
fn directory_words(query: &str, engine: &SearchEngine) -> Vec<String> {
    let parsed = ParsedQuery::parse(query, engine.config());
    let mut words: Vec<String> = Vec::new();
    for concept in &parsed.concepts {
        let candidates = concept.words.iter().map(|w| w.norm.clone()).chain(
            concept
                .synonyms
                .iter()
                .filter(|s| s.len() == 1)
                .map(|s| s[0].clone()),
        );
        for word in candidates {
            if word.chars().count() >= 3 && word.is_ascii() && !words.contains(&word) {
                words.push(word);
            }
        }
    }
    words.truncate(12);
    words
}
