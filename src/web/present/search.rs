//! The search page's view model (cards, facets, active filters, sorting,
//! pagination, help when nothing matches) and the search API's JSON shape.

use serde::Serialize;

use super::cards::CardView;
use super::links;
use crate::format::{Amount, group_thousands};
use crate::search::model::{FacetCount, SearchHit};
use crate::search::service::{FacetLabels, NamedFacet, PlaceLink, SearchOutcome};
use crate::search::{SearchQuery, SearchResults, SortOrder};

#[derive(Serialize)]
struct ApiFacetValue {
    value: String,
    label: String,
    count: usize,
}

#[derive(Serialize)]
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

#[derive(Serialize)]
pub struct ApiResults {
    query: SearchQuery,
    hits: Vec<SearchHit>,
    total: usize,
    page: usize,
    per_page: usize,
    total_pages: usize,
    facets: ApiFacets,
    took_ms: u64,
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
                category: labelled(facets.category, None),
                currency: labelled(facets.currency, None),
                hs_chapter: labelled(facets.hs_chapter, Some(NamedFacet::HsChapter)),
                gi: facets.gi,
                verified: facets.verified,
                export_ready: facets.export_ready,
            },
            took_ms,
        }
    }
}

/// A variation of the query on its first page.
fn varied(query: &SearchQuery, change: impl FnOnce(&mut SearchQuery)) -> String {
    let mut copy = query.clone();
    copy.page = 1;
    change(&mut copy);
    links::search(&copy)
}

#[derive(Serialize)]
struct FacetLink {
    label: String,
    count: usize,
    href: String,
    selected: bool,
}

#[derive(Serialize)]
struct FacetGroup {
    id: &'static str,
    title: &'static str,
    links: Vec<FacetLink>,
}

#[derive(Serialize)]
struct ActiveFilter {
    label: String,
    remove_href: String,
}

#[derive(Serialize)]
struct SortLink {
    label: &'static str,
    href: String,
    selected: bool,
}

#[derive(Serialize)]
struct PageLink {
    number: usize,
    href: String,
    current: bool,
    /// Page numbers were skipped before this one.
    gap_before: bool,
}

#[derive(Serialize)]
struct Pagination {
    previous: Option<String>,
    next: Option<String>,
    pages: Vec<PageLink>,
}

#[derive(Serialize)]
struct Suggestion {
    label: String,
    href: String,
    total: usize,
}

#[derive(Serialize)]
struct Help {
    suggestions: Vec<Suggestion>,
    districts: Vec<PlaceLink>,
    sectors: Vec<PlaceLink>,
}

#[derive(Serialize)]
struct Hidden {
    name: &'static str,
    value: String,
}

#[derive(Serialize)]
pub struct SearchPage {
    q: String,
    sort: &'static str,
    total: usize,
    first: usize,
    last: usize,
    took_ms: u64,
    cards: Vec<CardView>,
    toggles: Vec<FacetLink>,
    groups: Vec<FacetGroup>,
    active: Vec<ActiveFilter>,
    clear_href: Option<String>,
    sorts: Vec<SortLink>,
    pagination: Option<Pagination>,
    help: Option<Help>,
    /// Current filters the refine form keeps when it is submitted.
    hidden: Vec<Hidden>,
    currencies: Vec<FacetCount>,
    currency: String,
    moq_max: String,
    price_min: String,
    price_max: String,
}

impl SearchPage {
    pub fn new(query: SearchQuery, outcome: SearchOutcome) -> Self {
        let SearchOutcome {
            results,
            labels,
            help,
        } = outcome;
        let f = &query.filters;
        let first = if results.hits.is_empty() {
            0
        } else {
            query.offset() + 1
        };
        let last = query.offset() + results.hits.len();
        let mut hidden = Vec::new();
        let mut keep = |name: &'static str, value: Option<String>| {
            if let Some(value) = value {
                hidden.push(Hidden { name, value });
            }
        };
        keep("state", f.state.clone());
        keep("district", f.district.clone());
        keep("sector", f.sector.clone());
        keep("category", f.category.clone());
        keep("hs_chapter", f.hs_chapter.clone());
        keep("gi", f.gi.then(|| "true".to_owned()));
        keep("verified", f.verified.then(|| "true".to_owned()));
        keep("export_ready", f.export_ready.then(|| "true".to_owned()));
        keep(
            "sort",
            (query.sort != SortOrder::Relevance).then(|| query.sort.as_str().to_owned()),
        );
        keep(
            "per_page",
            (query.per_page != SearchQuery::DEFAULT_PER_PAGE).then(|| query.per_page.to_string()),
        );
        Self {
            q: query.text.clone(),
            sort: query.sort.as_str(),
            total: results.total,
            first,
            last,
            took_ms: results.took_ms,
            cards: results.hits.iter().map(CardView::from).collect(),
            toggles: toggles(&query, &results),
            groups: groups(&query, &results, &labels),
            active: active_filters(&query, &labels),
            clear_href: (!f.is_empty()).then(|| {
                links::search(&SearchQuery {
                    text: query.text.clone(),
                    sort: query.sort,
                    ..SearchQuery::default()
                })
            }),
            sorts: SortOrder::ALL
                .iter()
                .map(|sort| SortLink {
                    label: sort.label(),
                    href: varied(&query, |q| q.sort = *sort),
                    selected: *sort == query.sort,
                })
                .collect(),
            pagination: pagination(&query, &results),
            help: help.map(|h| Help {
                suggestions: h
                    .without_filters
                    .map(|r| Suggestion {
                        label: format!("“{}” in every state and sector, without filters", r.query.text),
                        href: links::search(&r.query),
                        total: r.total,
                    })
                    .into_iter()
                    .chain(h.fewer_words.map(|r| Suggestion {
                        label: if r.query.filters.is_empty() && !query.filters.is_empty() {
                            format!("“{}”, without filters", r.query.text)
                        } else {
                            format!("“{}”", r.query.text)
                        },
                        href: links::search(&r.query),
                        total: r.total,
                    }))
                    .collect(),
                districts: h.districts,
                sectors: h.sectors,
            }),
            hidden,
            currencies: currency_choices(&results, f.currency.as_deref()),
            currency: f.currency.clone().unwrap_or_default(),
            moq_max: f.moq_max.map(|m| m.to_string()).unwrap_or_default(),
            price_min: f.price_min.map(figure).unwrap_or_default(),
            price_max: f.price_max.map(figure).unwrap_or_default(),
        }
    }
}

/// The currencies among the results, and the chosen one even if none is left.
fn currency_choices(results: &SearchResults, chosen: Option<&str>) -> Vec<FacetCount> {
    let mut choices = results.facets.currency.clone();
    if let Some(chosen) = chosen
        && !choices.iter().any(|c| c.value == chosen)
    {
        choices.push(FacetCount {
            value: chosen.to_owned(),
            count: 0,
        });
    }
    choices
}

/// The "show only" switches that would change something (or are on).
fn toggles(query: &SearchQuery, results: &SearchResults) -> Vec<FacetLink> {
    let f = &query.filters;
    let facets = &results.facets;
    let toggle = |label: &str, count: usize, on: bool, set: fn(&mut SearchQuery, bool)| FacetLink {
        label: label.to_owned(),
        count,
        href: varied(query, |q| set(q, !on)),
        selected: on,
    };
    vec![
        toggle("GI-tagged", facets.gi, f.gi, |q, v| q.filters.gi = v),
        toggle("Verified producer", facets.verified, f.verified, |q, v| {
            q.filters.verified = v
        }),
        toggle("Export-ready", facets.export_ready, f.export_ready, |q, v| {
            q.filters.export_ready = v
        }),
    ]
    .into_iter()
    .filter(|t| t.selected || t.count > 0)
    .collect()
}

/// Facet values to show: the most frequent, and the selected one always.
const VALUES_SHOWN: usize = 12;

fn groups(query: &SearchQuery, results: &SearchResults, labels: &FacetLabels) -> Vec<FacetGroup> {
    let f = &query.filters;
    let facets = &results.facets;
    type Setter = fn(&mut SearchQuery, Option<String>);
    let group = |id: &'static str,
                 title: &'static str,
                 values: &[FacetCount],
                 selected: &Option<String>,
                 named: Option<NamedFacet>,
                 set: Setter| {
        let links = values
            .iter()
            .take(VALUES_SHOWN)
            .map(|value| {
                let on = selected.as_deref() == Some(value.value.as_str());
                FacetLink {
                    label: labels.label_of(named, &value.value),
                    count: value.count,
                    href: varied(query, |q| set(q, (!on).then(|| value.value.clone()))),
                    selected: on,
                }
            })
            .collect();
        FacetGroup { id, title, links }
    };
    let all = [
        group(
            "state",
            "State",
            &facets.state,
            &f.state,
            Some(NamedFacet::State),
            |q, v| q.filters.state = v,
        ),
        group(
            "district",
            "District",
            &facets.district,
            &f.district,
            Some(NamedFacet::District),
            |q, v| q.filters.district = v,
        ),
        group(
            "sector",
            "Sector",
            &facets.sector,
            &f.sector,
            Some(NamedFacet::Sector),
            |q, v| q.filters.sector = v,
        ),
        group(
            "category",
            "Category",
            &facets.category,
            &f.category,
            None,
            |q, v| q.filters.category = v,
        ),
        group(
            "hs_chapter",
            "HS chapter",
            &facets.hs_chapter,
            &f.hs_chapter,
            Some(NamedFacet::HsChapter),
            |q, v| q.filters.hs_chapter = v,
        ),
    ];
    all.into_iter().filter(|g| !g.links.is_empty()).collect()
}

fn active_filters(query: &SearchQuery, labels: &FacetLabels) -> Vec<ActiveFilter> {
    let f = &query.filters;
    let mut active = Vec::new();
    let mut add = |label: String, clear: fn(&mut SearchQuery)| {
        active.push(ActiveFilter {
            label,
            remove_href: varied(query, clear),
        });
    };
    if let Some(v) = &f.state {
        add(labels.label(NamedFacet::State, v), |q| q.filters.state = None);
    }
    if let Some(v) = &f.district {
        add(labels.label(NamedFacet::District, v), |q| {
            q.filters.district = None
        });
    }
    if let Some(v) = &f.sector {
        add(labels.label(NamedFacet::Sector, v), |q| q.filters.sector = None);
    }
    if let Some(v) = &f.category {
        add(v.clone(), |q| q.filters.category = None);
    }
    if let Some(v) = &f.hs_chapter {
        add(format!("HS {}", labels.label(NamedFacet::HsChapter, v)), |q| {
            q.filters.hs_chapter = None
        });
    }
    if f.gi {
        add("GI-tagged".into(), |q| q.filters.gi = false);
    }
    if f.verified {
        add("Verified producer".into(), |q| q.filters.verified = false);
    }
    if f.export_ready {
        add("Export-ready".into(), |q| q.filters.export_ready = false);
    }
    if let Some(v) = f.moq_max {
        add(format!("MOQ up to {}", group_thousands(v)), |q| {
            q.filters.moq_max = None
        });
    }
    if let Some(v) = &f.currency {
        add(format!("Prices in {v}"), |q| q.filters.currency = None);
    }
    if let Some(v) = f.price_min {
        add(format!("From {}", figure(v)), |q| q.filters.price_min = None);
    }
    if let Some(v) = f.price_max {
        add(format!("Up to {}", figure(v)), |q| q.filters.price_max = None);
    }
    active
}

fn pagination(query: &SearchQuery, results: &SearchResults) -> Option<Pagination> {
    let last = results.total_pages;
    if last <= 1 {
        return None;
    }
    let current = query.page;
    let at = |page: usize| varied(query, |q| q.page = page);
    let mut numbers: Vec<usize> = [
        1,
        current.saturating_sub(2),
        current.saturating_sub(1),
        current,
        current + 1,
        current + 2,
        last,
    ]
    .into_iter()
    .filter(|p| (1..=last).contains(p))
    .collect();
    numbers.sort_unstable();
    numbers.dedup();
    let mut previous_number = 0;
    let mut pages = Vec::with_capacity(numbers.len());
    for number in numbers {
        pages.push(PageLink {
            number,
            href: at(number),
            current: number == current,
            gap_before: previous_number > 0 && number - previous_number > 1,
        });
        previous_number = number;
    }
    Some(Pagination {
        previous: (current > 1).then(|| at(current - 1)),
        next: (current < last).then(|| at(current + 1)),
        pages,
    })
}

/// A price typed into a filter, as the page shows it back: "1,250", "99.50".
fn figure(value: f64) -> String {
    Amount::from_major(value).figure()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_keep_the_query_and_reset_the_page() {
        let query = SearchQuery {
            page: 3,
            ..SearchQuery::text("haldi")
        };
        assert_eq!(varied(&query, |q| q.filters.gi = true), "?q=haldi&gi=true");
    }

    #[test]
    fn filter_prices_read_back_as_typed() {
        assert_eq!(figure(1250.0), "1,250");
        assert_eq!(figure(99.5), "99.50");
    }
}
