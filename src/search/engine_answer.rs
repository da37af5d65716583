//! What each engine answers, below both of them: the facets they count, a
//! page of documents before highlighting, and the version stored beside each
//! document. `engine` turns these into results; `embedded` and `meili` only
//! produce them, so neither depends on the code that chooses between them.

use std::collections::BTreeMap;

use sha2::{Digest, Sha256};

use super::model::{ProductDocument, SearchQuery};
use super::origins::Place;
use super::query::ParsedQuery;

/// Filterable attributes whose values are strings, counted as facets.
pub const STRING_FACETS: [&str; 6] = [
    "state_slug",
    "district_slug",
    "sector",
    "category",
    "currency",
    "hs_chapter",
];
/// Filterable attributes that are true or false, counted as facets.
pub const BOOL_FACETS: [&str; 3] = ["gi_tagged", "producer_verified", "export_ready"];

/// Facet attribute → value → number of results, as Meilisearch's `facetDistribution`.
pub type RawFacets = BTreeMap<String, BTreeMap<String, usize>>;

/// Which results to return: `limit` from `offset`, in the query's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub offset: usize,
    pub limit: usize,
}

impl Window {
    /// The query's page.
    pub fn page_of(query: &SearchQuery) -> Self {
        Self {
            offset: query.offset(),
            limit: query.per_page,
        }
    }
}

/// Where results may come from, besides the query's own filters: an origin
/// reading searches inside its place and outside it separately.
#[derive(Debug, Clone, Copy)]
pub enum Scope<'a> {
    Everywhere,
    Within(&'a Place),
    Outside(&'a Place),
}

/// One search as an engine runs it: the query's filters and sort, its
/// words as parsed, which results and from where.
#[derive(Debug, Clone, Copy)]
pub struct EngineSearch<'a> {
    pub query: &'a SearchQuery,
    pub parsed: &'a ParsedQuery,
    pub window: Window,
    pub scope: Scope<'a>,
}

/// A page of documents as an engine found them, before highlighting.
pub struct RawResults {
    pub documents: Vec<ProductDocument>,
    pub total: usize,
    pub facets: RawFacets,
}

impl RawResults {
    /// Nothing found (Meilisearch: no index yet).
    pub fn none() -> Self {
        Self {
            documents: Vec::new(),
            total: 0,
            facets: RawFacets::new(),
        }
    }
}

/// A document's content version: changes whenever anything in it changes.
/// Stored beside each document so `search verify` can find stale ones.
pub fn document_version(document: &ProductDocument) -> String {
    let json = serde_json::to_vec(document).unwrap_or_default();
    let digest = Sha256::digest(&json);
    digest[..12].iter().map(|b| format!("{b:02x}")).collect()
}
