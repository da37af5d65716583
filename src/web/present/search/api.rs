//! `GET /api/v1/products/search`: results with labelled facets.

use serde::Serialize;

use crate::search::model::{FacetCount, SearchHit};
use crate::search::service::{NamedFacet, SearchOutcome};
use crate::search::{SearchQuery, SearchResults};

#[derive(Serialize, utoipa::ToSchema)]
struct ApiFacetValue {
    value: String,
    label: String,
    count: usize,
}

#[derive(Serialize, utoipa::ToSchema)]
struct ApiFacets {
    state: Vec<ApiFacetValue>,
    district: Vec<ApiFacetValue>,
    sector: Vec<ApiFacetValue>,
    category: Vec<ApiFacetValue>,
    currency: Vec<ApiFacetValue>,
    hs_chapter: Vec<ApiFacetValue>,
    gi: usize,
    verified: usize,
    export_ready: usize,
}

/// A district or state the query's words were read as.
#[derive(Serialize, utoipa::ToSchema)]
struct ApiPlace {
    slug: String,
    label: String,
}

/// Words of the query read as a place ("Banarasi" → Varanasi): the listings
/// from there come first, then the other listings with the words. Send
/// `literal=true` to search the words only.
#[derive(Serialize, utoipa::ToSchema)]
struct ApiOrigin {
    words: String,
    districts: Vec<ApiPlace>,
    states: Vec<ApiPlace>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct ApiResults {
    query: SearchQuery,
    hits: Vec<SearchHit>,
    total: usize,
    page: usize,
    per_page: usize,
    total_pages: usize,
    facets: ApiFacets,
    took_ms: u64,
    origin: Option<ApiOrigin>,
}

impl ApiResults {
    pub fn new(query: &SearchQuery, outcome: SearchOutcome) -> Self {
        let SearchResults {
            hits,
            total,
            page,
            per_page,
            total_pages,
            facets,
            took_ms,
            origin,
        } = outcome.results;
        let labels = &outcome.labels;
        let labelled = |values: Vec<FacetCount>, named: Option<NamedFacet>| {
            values
                .into_iter()
                .map(|f| ApiFacetValue {
                    label: labels.label_of(named, &f.value),
                    value: f.value,
                    count: f.count,
                })
                .collect()
        };
        Self {
            query: query.clone(),
            hits,
            total,
            page,
            per_page,
            total_pages,
            facets: ApiFacets {
                state: labelled(facets.state, Some(NamedFacet::State)),
                district: labelled(facets.district, Some(NamedFacet::District)),
                sector: labelled(facets.sector, Some(NamedFacet::Sector)),
                category: labelled(facets.category, Some(NamedFacet::Category)),
                currency: labelled(facets.currency, None),
                hs_chapter: labelled(facets.hs_chapter, Some(NamedFacet::HsChapter)),
                gi: facets.gi,
                verified: facets.verified,
                export_ready: facets.export_ready,
            },
            took_ms,
            origin: origin.map(|origin| {
                let places = |slugs: Vec<String>, facet: NamedFacet| {
                    slugs
                        .into_iter()
                        .map(|slug| ApiPlace {
                            label: labels.label(facet, &slug),
                            slug,
                        })
                        .collect()
                };
                ApiOrigin {
                    words: origin.words,
                    districts: places(origin.districts, NamedFacet::District),
                    states: places(origin.states, NamedFacet::State),
                }
            }),
        }
    }
}
