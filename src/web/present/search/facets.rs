//! The filters beside the results: "show only" switches, facet groups,
//! the filters in use and the currencies to choose from.

use serde::Serialize;

use super::varied;
use crate::format::group_thousands;
use crate::search::model::FacetCount;
use crate::search::service::{FacetLabels, NamedFacet};
use crate::search::{SearchQuery, SearchResults};

#[derive(Serialize)]
pub struct FacetLink {
    label: String,
    count: usize,
    href: String,
    selected: bool,
}

#[derive(Serialize)]
pub struct FacetGroup {
    id: &'static str,
    title: &'static str,
    links: Vec<FacetLink>,
}

#[derive(Serialize)]
pub struct ActiveFilter {
    label: String,
    remove_href: String,
}

/// The currencies among the results, and the chosen one even if none is left.
pub fn currency_choices(results: &SearchResults, chosen: Option<&str>) -> Vec<FacetCount> {
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
pub fn toggles(query: &SearchQuery, results: &SearchResults) -> Vec<FacetLink> {
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

pub fn groups(query: &SearchQuery, results: &SearchResults, labels: &FacetLabels) -> Vec<FacetGroup> {
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
            Some(NamedFacet::Category),
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

pub fn active_filters(query: &SearchQuery, labels: &FacetLabels) -> Vec<ActiveFilter> {
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
        add(labels.label(NamedFacet::Category, v), |q| {
            q.filters.category = None
        });
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
        add(format!("From {}", super::figure(v)), |q| {
            q.filters.price_min = None
        });
    }
    if let Some(v) = f.price_max {
        add(format!("Up to {}", super::figure(v)), |q| {
            q.filters.price_max = None
        });
    }
    active
}
