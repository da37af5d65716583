//! The filters beside the results: "show only" switches, facet groups,
//! the filters in use and the currencies to choose from.

use serde::Serialize;

use super::varied;
use crate::i18n::Message;
use crate::search::model::FacetCount;
use crate::search::service::{FacetLabels, NamedFacet};
use crate::search::{SearchQuery, SearchResults};

/// What a filter reads as: a name from the data (a state, a district, an
/// HS chapter) as stored, or words of ours in the reader's language.
#[derive(Serialize)]
#[serde(untagged)]
enum Label {
    Named(String),
    Worded(Message),
}

/// A facet value's label: sectors and the ODOP list's ranks are words of
/// ours; other values are names from the data.
fn value_label(labels: &FacetLabels, named: Option<NamedFacet>, value: &str) -> Label {
    match named {
        Some(NamedFacet::Sector) => {
            Label::Worded(Message::new("directory-sector-name").with("sector", value))
        }
        _ => Label::Named(labels.label_of(named, value)),
    }
}

#[derive(Serialize)]
pub struct FacetLink {
    label: Label,
    count: usize,
    href: String,
    selected: bool,
}

#[derive(Serialize)]
pub struct FacetGroup {
    id: &'static str,
    title: Message,
    links: Vec<FacetLink>,
}

#[derive(Serialize)]
pub struct ActiveFilter {
    label: Label,
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
    let toggle = |label: Message, count: usize, on: bool, set: fn(&mut SearchQuery, bool)| FacetLink {
        label: Label::Worded(label),
        count,
        href: varied(query, |q| set(q, !on)),
        selected: on,
    };
    vec![
        toggle(Message::new("macros-gi-tagged"), facets.gi, f.gi, |q, v| {
            q.filters.gi = v
        }),
        toggle(
            Message::new("search-verified-producer"),
            facets.verified,
            f.verified,
            |q, v| q.filters.verified = v,
        ),
        toggle(
            Message::new("macros-export-ready"),
            facets.export_ready,
            f.export_ready,
            |q, v| q.filters.export_ready = v,
        ),
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
                    label: value_label(labels, named, &value.value),
                    count: value.count,
                    href: varied(query, |q| set(q, (!on).then(|| value.value.clone()))),
                    selected: on,
                }
            })
            .collect();
        let title = Message::new("search-facet-title").with("facet", id);
        FacetGroup { id, title, links }
    };
    let all = [
        group(
            "state",
            &facets.state,
            &f.state,
            Some(NamedFacet::State),
            |q, v| q.filters.state = v,
        ),
        group(
            "district",
            &facets.district,
            &f.district,
            Some(NamedFacet::District),
            |q, v| q.filters.district = v,
        ),
        group(
            "sector",
            &facets.sector,
            &f.sector,
            Some(NamedFacet::Sector),
            |q, v| q.filters.sector = v,
        ),
        group(
            "category",
            &facets.category,
            &f.category,
            Some(NamedFacet::Category),
            |q, v| q.filters.category = v,
        ),
        group(
            "hs_chapter",
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
    let mut add = |label: Label, clear: fn(&mut SearchQuery)| {
        active.push(ActiveFilter {
            label,
            remove_href: varied(query, clear),
        });
    };
    if let Some(v) = &f.state {
        add(Label::Named(labels.label(NamedFacet::State, v)), |q| {
            q.filters.state = None
        });
    }
    if let Some(v) = &f.district {
        add(Label::Named(labels.label(NamedFacet::District, v)), |q| {
            q.filters.district = None
        });
    }
    if let Some(v) = &f.sector {
        add(value_label(labels, Some(NamedFacet::Sector), v), |q| {
            q.filters.sector = None
        });
    }
    if let Some(v) = &f.category {
        add(value_label(labels, Some(NamedFacet::Category), v), |q| {
            q.filters.category = None
        });
    }
    if let Some(v) = &f.hs_chapter {
        let chapter = labels.label(NamedFacet::HsChapter, v);
        add(Label::Named(format!("HS {chapter}")), |q| {
            q.filters.hs_chapter = None
        });
    }
    if f.gi {
        add(Label::Worded(Message::new("macros-gi-tagged")), |q| {
            q.filters.gi = false
        });
    }
    if f.verified {
        add(Label::Worded(Message::new("search-verified-producer")), |q| {
            q.filters.verified = false
        });
    }
    if f.export_ready {
        add(Label::Worded(Message::new("macros-export-ready")), |q| {
            q.filters.export_ready = false
        });
    }
    if let Some(v) = f.moq_max {
        add(
            Label::Worded(Message::new("search-filter-moq").with("count", v)),
            |q| q.filters.moq_max = None,
        );
    }
    if let Some(v) = &f.currency {
        add(
            Label::Worded(Message::new("search-filter-currency").with("currency", v.as_str())),
            |q| q.filters.currency = None,
        );
    }
    if let Some(v) = f.price_min {
        add(
            Label::Worded(Message::new("search-filter-from").with("price", v)),
            |q| q.filters.price_min = None,
        );
    }
    if let Some(v) = f.price_max {
        add(
            Label::Worded(Message::new("search-filter-up-to").with("price", v)),
            |q| q.filters.price_max = None,
        );
    }
    active
}
