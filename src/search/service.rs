//! What the search page and API need: results with readable facet labels and,
//! when nothing matched, ways forward (a looser search, related districts and
//! sectors from the directory).

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use super::engine::SearchEngine;
use super::error::SearchError;
use super::model::{Facets, SearchQuery, SearchResults};
use super::query::ParsedQuery;
use super::text;
use crate::db::{Db, DbError};
use crate::directory::{Sector, repo};

/// Readable names for facet values that are codes or slugs.
#[derive(Debug, Clone, Default, Serialize)]
pub struct FacetLabels {
    pub state: BTreeMap<String, String>,
    /// District slug → "District, State".
    pub district: BTreeMap<String, String>,
    pub sector: BTreeMap<String, String>,
    /// HS chapter → "52 · Cotton".
    pub hs_chapter: BTreeMap<String, String>,
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
    /// Why it is suggested ("Known for Makhana").
    pub note: String,
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
    pub sectors: Vec<PlaceLink>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SearchOutcome {
    pub results: SearchResults,
    pub labels: FacetLabels,
    pub help: Option<ZeroResultsHelp>,
}

/// Runs the search and labels its facets; with no results, looks for help.
pub async fn search_products(
    db: &Db,
    engine: &SearchEngine,
    query: &SearchQuery,
) -> Result<SearchOutcome, SearchError> {
    let results = engine.search(query).await?;
    let labels = facet_labels(db, query, &results.facets).await?;
    let help = if results.total == 0 {
        Some(zero_results_help(db, engine, query).await?)
    } else {
        None
    };
    Ok(SearchOutcome {
        results,
        labels,
        help,
    })
}

async fn facet_labels(db: &Db, query: &SearchQuery, facets: &Facets) -> Result<FacetLabels, SearchError> {
    let mut districts: Vec<String> = facets.district.iter().map(|f| f.value.clone()).collect();
    districts.extend(query.filters.district.clone());
    let mut chapters: Vec<String> = facets.hs_chapter.iter().map(|f| f.value.clone()).collect();
    chapters.extend(query.filters.hs_chapter.clone());
    let (states, districts, chapters) = db
        .read(move |conn| {
            let states = repo::all_states(conn)?;
            let districts = repo::districts_by_slugs(conn, &districts)?;
            let chapters = repo::hs_codes_by_codes(conn, &chapters)?;
            Ok::<_, DbError>((states, districts, chapters))
        })
        .await?;
    let state_names: HashMap<i32, &str> = states.iter().map(|s| (s.lgd_code, s.name.as_str())).collect();
    Ok(FacetLabels {
        district: districts
            .iter()
            .map(|d| {
                let state = state_names.get(&d.state_code).copied().unwrap_or_default();
                (d.slug.clone(), format!("{}, {state}", d.name))
            })
            .collect(),
        state: states.iter().map(|s| (s.slug.clone(), s.name.clone())).collect(),
        sector: Sector::ALL
            .iter()
            .map(|s| (s.slug().to_owned(), s.name().to_owned()))
            .collect(),
        hs_chapter: chapters
            .into_iter()
            .map(|c| {
                let label = format!("{} · {}", c.code, sentence_case(&c.description));
                (c.code, label)
            })
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

async fn zero_results_help(
    db: &Db,
    engine: &SearchEngine,
    query: &SearchQuery,
) -> Result<ZeroResultsHelp, SearchError> {
    let mut help = ZeroResultsHelp::default();
    let first_page = SearchQuery {
        page: 1,
        ..query.clone()
    };
    if !query.filters.is_empty() && !query.text.is_empty() {
        let loose = SearchQuery {
            filters: Default::default(),
            ..first_page.clone()
        };
        let total = engine.search(&loose).await?.total;
        if total > 0 {
            help.without_filters = Some(Relaxed { query: loose, total });
        }
    }
    let tokens = text::tokenize(&query.text);
    if tokens.len() > 1 {
        let cut = tokens[tokens.len() - 1].span.start;
        let shorter = SearchQuery {
            text: query.text[..cut].trim_end().to_owned(),
            ..first_page
        };
        let unfiltered = SearchQuery {
            filters: Default::default(),
            ..shorter.clone()
        };
        let mut candidates = vec![shorter];
        if !query.filters.is_empty() {
            candidates.push(unfiltered);
        }
        for candidate in candidates {
            let total = engine.search(&candidate).await?.total;
            if total > 0 {
                help.fewer_words = Some(Relaxed {
                    query: candidate,
                    total,
                });
                break;
            }
        }
    }
    let words = directory_words(&query.text, engine);
    if words.is_empty() {
        return Ok(help);
    }
    for sector in Sector::ALL {
        let name = sector.name().to_lowercase();
        if words.iter().any(|w| name.contains(w.as_str())) {
            help.sectors.push(PlaceLink {
                slug: sector.slug().to_owned(),
                name: sector.name().to_owned(),
                note: "Sector".to_owned(),
            });
        }
    }
    let (products, named) = db
        .read(move |conn| {
            let products = repo::odop_products_named_like(conn, &words, 24)?;
            let named = repo::districts_named_like(conn, &words, 6)?;
            Ok::<_, DbError>((products, named))
        })
        .await?;
    let mut seen = std::collections::HashSet::new();
    for (product, district) in &products {
        if seen.insert(district.slug.clone()) && help.districts.len() < 12 {
            help.districts.push(PlaceLink {
                slug: district.slug.clone(),
                name: district.name.clone(),
                note: format!("Known for {}", product.name),
            });
        }
        let sector = product.sector();
        if !help.sectors.iter().any(|s| s.slug == sector.slug()) {
            help.sectors.push(PlaceLink {
                slug: sector.slug().to_owned(),
                name: sector.name().to_owned(),
                note: format!("Includes {}", product.name),
            });
        }
    }
    for district in named {
        if seen.insert(district.slug.clone()) {
            help.districts.push(PlaceLink {
                note: "District".to_owned(),
                slug: district.slug,
                name: district.name,
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
