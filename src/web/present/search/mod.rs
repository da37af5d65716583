//! The search page's view model: cards, facets, active filters, sorting,
//! pagination and help when nothing matches; `api` is the JSON API's shape.

mod api;
mod facets;

use std::collections::HashMap;

use serde::Serialize;

use self::facets::{ActiveFilter, FacetGroup, FacetLink, active_filters, currency_choices, groups, toggles};
use super::cards::CardView;
use super::links;
use super::pagination::{Pagination, numbered};
use super::shortlist::ShortlistMarks;
use super::showcases::Curate;
use crate::currency::Currency;
use crate::directory::Sector;
use crate::format::Amount;
use crate::i18n::Message;
use crate::search::model::FacetCount;
use crate::search::service::{NamedFacet, PlaceLink, SearchOutcome};
use crate::search::{SearchQuery, SortOrder};

pub use self::api::ApiResults;

/// A variation of the query on its first page.
fn varied(query: &SearchQuery, change: impl FnOnce(&mut SearchQuery)) -> String {
    let mut copy = query.clone();
    copy.page = 1;
    change(&mut copy);
    links::search(&copy)
}

#[derive(Serialize)]
struct SortLink {
    label: Message,
    href: String,
    selected: bool,
}

#[derive(Serialize)]
struct Suggestion {
    label: Message,
    href: String,
    total: usize,
}

#[derive(Serialize)]
struct Help {
    suggestions: Vec<Suggestion>,
    districts: Vec<PlaceLink>,
    sectors: Vec<Sector>,
}

/// How the page read words naming a place, with a way to search them as typed.
#[derive(Serialize)]
struct OriginNote {
    words: String,
    /// "Varanasi, Uttar Pradesh", or several joined with "and".
    places: Message,
    literal_href: String,
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
    /// This search, as a link: where the filter sheet's "Show N products" goes.
    here: String,
    sorts: Vec<SortLink>,
    pagination: Option<Pagination>,
    help: Option<Help>,
    /// Current filters the refine form keeps when it is submitted.
    hidden: Vec<Hidden>,
    currencies: Vec<FacetCount>,
    currency: String,
    /// The reader's currency, which price bounds are in without a currency filter.
    reader_currency: Option<Currency>,
    moq_max: String,
    price_min: String,
    price_max: String,
    /// The "Add to showcase" form on each card, for organisers and admins.
    curate: Option<Curate>,
    origin: Option<OriginNote>,
    /// On a words-only search: the same search with place names read as places.
    places_href: Option<String>,
    /// The "Save" button on each card, for buyers.
    shortlist: Option<ShortlistMarks>,
}

impl SearchPage {
    pub fn with_curate(self, curate: Option<Curate>) -> Self {
        Self { curate, ..self }
    }

    pub fn with_shortlist(self, shortlist: Option<ShortlistMarks>) -> Self {
        Self { shortlist, ..self }
    }

    /// The reader's currency, for the price fields' hint.
    pub fn in_currency(self, reader_currency: Option<Currency>) -> Self {
        Self {
            reader_currency,
            ..self
        }
    }

    /// Whether the cards carry forms ("Add to showcase", "Save"), which need the form token.
    pub fn has_forms(&self) -> bool {
        self.curate.is_some() || self.shortlist.is_some()
    }

    /// The ids of the listings on this page, to look up which are saved.
    pub fn card_ids(&self) -> Vec<String> {
        self.cards.iter().map(|c| c.id.clone()).collect()
    }

    /// `reply_times`: the typical reply time of producers in the results, by slug.
    pub fn new(query: SearchQuery, outcome: SearchOutcome, reply_times: &HashMap<String, Message>) -> Self {
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
            cards: results
                .hits
                .iter()
                .map(|hit| {
                    let reply_time = reply_times.get(&hit.document.producer_slug).cloned();
                    CardView::from(hit).with_reply_time(reply_time)
                })
                .collect(),
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
            here: links::search(&query),
            sorts: SortOrder::ALL
                .iter()
                .map(|sort| SortLink {
                    label: Message::new("search-sort-order").with("sort", sort.as_str()),
                    href: varied(&query, |q| q.sort = *sort),
                    selected: *sort == query.sort,
                })
                .collect(),
            pagination: numbered(query.page, results.total_pages, |page| {
                varied(&query, |q| q.page = page)
            }),
            help: help.map(|h| Help {
                suggestions: h
                    .without_filters
                    .map(|r| Suggestion {
                        label: Message::new("search-suggest-everywhere").with("q", r.query.text.as_str()),
                        href: links::search(&r.query),
                        total: r.total,
                    })
                    .into_iter()
                    .chain(h.fewer_words.map(|r| Suggestion {
                        label: if r.query.filters.is_empty() && !query.filters.is_empty() {
                            Message::new("search-suggest-without-filters").with("q", r.query.text.as_str())
                        } else {
                            Message::new("search-suggest").with("q", r.query.text.as_str())
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
            reader_currency: None,
            moq_max: f.moq_max.map(|m| m.to_string()).unwrap_or_default(),
            price_min: f.price_min.map(figure).unwrap_or_default(),
            price_max: f.price_max.map(figure).unwrap_or_default(),
            curate: None,
            origin: results.origin.as_ref().map(|origin| {
                let districts = origin
                    .districts
                    .iter()
                    .map(|slug| labels.label(NamedFacet::District, slug));
                let states = origin
                    .states
                    .iter()
                    .map(|slug| labels.label(NamedFacet::State, slug));
                OriginNote {
                    words: origin.words.clone(),
                    places: and_list(districts.chain(states).collect()),
                    literal_href: varied(&query, |q| q.literal = true),
                }
            }),
            places_href: query.literal.then(|| varied(&query, |q| q.literal = false)),
            shortlist: None,
        }
    }
}

/// "A", "A and B", "A, B and C", in the reader's language.
fn and_list(mut names: Vec<String>) -> Message {
    let last = names.pop().unwrap_or_default();
    Message::new("search-places")
        .with("count", names.len() + 1)
        .with("rest", names.join(", "))
        .with("last", last)
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
