//! Matching and ranking: each query word expands to the index words it
//! matches (exactly, within its typos, or as a prefix), scored like
//! Meilisearch's ranking rules; filters become term and range queries.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::ops::Bound;
use std::sync::{Arc, PoisonError};

use tantivy::collector::sort_key::{SortBySimilarityScore, SortByStaticFastValue};
use tantivy::collector::{Collector, Count, TopDocs};
use tantivy::query::{
    AllQuery, BooleanQuery, ConstScoreQuery, DisjunctionMaxQuery, EmptyQuery, FuzzyTermQuery, Occur,
    PhraseQuery, Query, RangeQuery, TermQuery, TermSetQuery,
};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::{DocAddress, Order, Score, Searcher, SegmentReader, TantivyDocument, Term};

use crate::search::engine_answer::{EngineSearch, RawFacets, RawResults, Scope};
use crate::search::error::SearchError;
use crate::search::model::{Filters, PriceBounds, PriceMatch, SortOrder};
use crate::search::origins::Place;
use crate::search::query::QueryWord;

/// Index words a query word may expand to through typos or as a prefix.
const MAX_EXPANSIONS: usize = 50;
/// Scores are built so that each typo costs more than any attribute weight
/// (at most the number of searchable attributes) can give.
const PER_TYPO: Score = 100.0;
const NO_TYPO: Score = 2.0 * PER_TYPO;
const EXACT_BONUS: Score = 0.5;

fn match_score(typos: usize, attribute_weight: Score) -> Score {
    NO_TYPO - PER_TYPO * typos.min(2) as Score + attribute_weight
}

/// Most query words whose expansions are remembered; popular searches repeat
/// their words, and walking the term dictionary is most of a search's work.
const EXPANSION_CACHE_WORDS: usize = 4096;

/// An index word a query word matches.
struct Candidate {
    word: String,
    /// 0 for the query word itself and its prefix completions.
    typos: usize,
    /// The query word itself.
    exact: bool,
}

/// The index words a query word matches, per searchable attribute (in the
/// order of `Fields::searchable`); an attribute without any is left out of
/// the query.
#[derive(Default)]
struct WordMatches {
    by_field: Vec<Vec<Candidate>>,
}

impl WordMatches {
    /// The words found in each attribute that `typos_of` keeps, with their typos.
    fn keeping(
        in_field: Vec<BTreeSet<String>>,
        word: &QueryWord,
        typos_of: impl Fn(&str) -> Option<usize>,
    ) -> Self {
        let by_field = in_field
            .into_iter()
            .map(|found| {
                found
                    .into_iter()
                    .filter_map(|candidate| {
                        typos_of(&candidate).map(|typos| Candidate {
                            exact: candidate == word.norm,
                            word: candidate,
                            typos,
                        })
                    })
                    .collect()
            })
            .collect();
        Self { by_field }
    }
}

type Matches = Arc<WordMatches>;

/// Query words' matches (word, typos, prefix) for one searcher generation:
/// a new commit starts an empty cache.
#[derive(Default)]
pub(super) struct ExpansionCache {
    generation: u64,
    words: HashMap<(String, u8, bool), Matches>,
}

use super::Inner;
use super::facets::FacetCounter;

impl Inner {
    pub(super) fn search(&self, search: EngineSearch<'_>) -> Result<RawResults, SearchError> {
        let EngineSearch {
            query,
            parsed,
            window,
            scope,
        } = search;
        let searcher = self.reader.searcher();
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        if parsed.is_empty() {
            clauses.push((Occur::Must, Box::new(AllQuery)));
        } else {
            for concept in &parsed.concepts {
                let mut words: Vec<(Occur, Box<dyn Query>)> = Vec::new();
                for word in &concept.words {
                    words.push((Occur::Must, self.word_query(&searcher, word)?));
                }
                let mut alternatives: Vec<Box<dyn Query>> = vec![Box::new(BooleanQuery::new(words))];
                for synonym in &concept.synonyms {
                    alternatives.push(self.synonym_query(&searcher, synonym)?);
                }
                clauses.push((Occur::Must, Box::new(DisjunctionMaxQuery::new(alternatives))));
            }
        }
        for filter in self.filter_queries(&query.filters)? {
            clauses.push((Occur::Must, Box::new(ConstScoreQuery::new(filter, 0.0))));
        }
        match scope {
            Scope::Everywhere => {}
            Scope::Within(place) => clauses.push((
                Occur::Must,
                Box::new(ConstScoreQuery::new(self.place_query(place)?, 0.0)),
            )),
            Scope::Outside(place) => clauses.push((Occur::MustNot, self.place_query(place)?)),
        }
        let query_all = BooleanQuery::new(clauses);

        let max_total = self.config.settings.pagination.max_total_hits;
        let offset = window.offset;
        let limit = window.limit.min(max_total.saturating_sub(offset));
        let facets = FacetCounter;
        let (count, facets, addresses) = if limit == 0 {
            let (count, facets) = searcher.search(&query_all, &(Count, facets))?;
            (count, facets, Vec::new())
        } else {
            let top = TopDocs::with_limit(limit).and_offset(offset);
            match query.effective_sort() {
                SortOrder::Relevance => collect(
                    &searcher,
                    &query_all,
                    top.order_by((
                        (SortBySimilarityScore, Order::Desc),
                        (
                            SortByStaticFastValue::<i64>::for_field("published_at"),
                            Order::Desc,
                        ),
                    )),
                )?,
                SortOrder::Newest => collect(
                    &searcher,
                    &query_all,
                    top.order_by_fast_field::<i64>("published_at", Order::Desc),
                )?,
                // By the euro price where there is one (listings without
                // come last, as on Meilisearch), then as listed.
                SortOrder::PriceAsc => collect(
                    &searcher,
                    &query_all,
                    top.order_by((
                        (
                            SortByStaticFastValue::<f64>::for_field("price_min_eur"),
                            Order::Asc,
                        ),
                        (SortByStaticFastValue::<f64>::for_field("price_min"), Order::Asc),
                    )),
                )?,
                SortOrder::PriceDesc => collect(
                    &searcher,
                    &query_all,
                    top.order_by((
                        (
                            SortByStaticFastValue::<f64>::for_field("price_max_eur"),
                            Order::Desc,
                        ),
                        (SortByStaticFastValue::<f64>::for_field("price_max"), Order::Desc),
                    )),
                )?,
            }
        };
        let mut documents = Vec::with_capacity(addresses.len());
        for address in addresses {
            let stored: TantivyDocument = searcher.doc(address)?;
            let source = stored
                .get_first(self.fields.source)
                .and_then(|v| v.as_str())
                .ok_or_else(|| SearchError::Engine("a stored document has no source".into()))?;
            documents.push(serde_json::from_str(source).map_err(anyhow::Error::from)?);
        }
        Ok(RawResults {
            documents,
            total: count.min(max_total),
            facets,
        })
    }

    /// One query word in any searchable attribute: exactly, as a prefix, or
    /// within its typos, each scoring as [`match_score`] says. Only the
    /// attributes that hold one of its index words take part.
    fn word_query(&self, searcher: &Searcher, word: &QueryWord) -> Result<Box<dyn Query>, SearchError> {
        let matches = self.matches(searcher, word)?;
        let mut disjuncts: Vec<Box<dyn Query>> = Vec::new();
        for ((_, field, weight), candidates) in self.fields.searchable.iter().zip(&matches.by_field) {
            let mut groups: BTreeMap<(usize, bool), Vec<Term>> = BTreeMap::new();
            for candidate in candidates {
                groups
                    .entry((candidate.typos, candidate.exact))
                    .or_default()
                    .push(Term::from_field_text(*field, &candidate.word));
            }
            for ((typos, exact), terms) in groups {
                let bonus = if exact { EXACT_BONUS } else { 0.0 };
                disjuncts.push(Box::new(ConstScoreQuery::new(
                    any_term(terms),
                    match_score(typos, *weight) + bonus,
                )));
            }
        }
        Ok(best_of(disjuncts))
    }

    /// Where the query word's index words are, from the cache of the current
    /// index generation or by walking the term dictionaries.
    fn matches(&self, searcher: &Searcher, word: &QueryWord) -> Result<Matches, SearchError> {
        let generation = searcher.generation().generation_id();
        let key = (word.norm.clone(), word.typos, word.prefix);
        {
            let mut cache = self.expansions.lock().unwrap_or_else(PoisonError::into_inner);
            if cache.generation != generation {
                *cache = ExpansionCache {
                    generation,
                    words: HashMap::new(),
                };
            }
            if let Some(found) = cache.words.get(&key) {
                return Ok(found.clone());
            }
        }
        let found = Arc::new(self.matches_uncached(searcher, word)?);
        let mut cache = self.expansions.lock().unwrap_or_else(PoisonError::into_inner);
        if cache.generation == generation {
            if cache.words.len() >= EXPANSION_CACHE_WORDS {
                cache.words.clear();
            }
            cache.words.insert(key, found.clone());
        }
        Ok(found)
    }

    fn matches_uncached(&self, searcher: &Searcher, word: &QueryWord) -> Result<WordMatches, SearchError> {
        let searchable = &self.fields.searchable;
        // Index words found in each attribute, and each distinct word's typos
        // (the same word recurs across attributes and segments: judged once).
        let mut in_field: Vec<BTreeSet<String>> = vec![BTreeSet::new(); searchable.len()];
        let mut judged: HashMap<String, Option<usize>> = HashMap::new();
        if word.typos == 0 && !word.prefix {
            for segment in searcher.segment_readers() {
                for ((_, field, _), found) in searchable.iter().zip(&mut in_field) {
                    let term = Term::from_field_text(*field, &word.norm);
                    if found.is_empty() && holds(segment, &term)? {
                        found.insert(word.norm.clone());
                    }
                }
            }
            return Ok(WordMatches::keeping(in_field, word, |_| Some(0)));
        }
        // The automaton depends on the word alone: built once, it walks every
        // searchable attribute of every segment.
        let Some((_, first_field, _)) = searchable.first() else {
            return Ok(WordMatches::default());
        };
        let term = Term::from_field_text(*first_field, &word.norm);
        let fuzzy = if word.prefix {
            FuzzyTermQuery::new_prefix(term, word.typos, true)
        } else {
            FuzzyTermQuery::new(term, word.typos, true)
        };
        let automaton = fuzzy.automaton()?;
        for segment in searcher.segment_readers() {
            for ((_, field, _), found) in searchable.iter().zip(&mut in_field) {
                let inverted = segment.inverted_index(*field)?;
                let mut stream = inverted
                    .terms()
                    .search(&automaton)
                    .into_stream()
                    .map_err(|e| SearchError::Engine(e.to_string()))?;
                while stream.advance() && judged.len() < MAX_EXPANSIONS * 20 {
                    let Ok(candidate) = std::str::from_utf8(stream.key()) else {
                        continue;
                    };
                    let typos = *judged
                        .entry(candidate.to_owned())
                        .or_insert_with(|| word.typos_to(candidate));
                    if typos.is_some() {
                        found.insert(candidate.to_owned());
                    }
                }
            }
        }
        // The closest and shortest expansions, as many as allowed; the word itself always.
        let mut ranked: Vec<(usize, usize, &String)> = judged
            .iter()
            .filter(|(candidate, _)| **candidate != word.norm)
            .filter_map(|(candidate, typos)| typos.map(|t| (t, candidate.chars().count(), candidate)))
            .collect();
        ranked.sort_unstable();
        let kept: HashSet<String> = ranked
            .into_iter()
            .take(MAX_EXPANSIONS)
            .map(|(_, _, candidate)| candidate.clone())
            .collect();
        Ok(WordMatches::keeping(in_field, word, |candidate| {
            if candidate == word.norm || kept.contains(candidate) {
                judged.get(candidate).copied().flatten()
            } else {
                None
            }
        }))
    }

    pub(super) fn indexed_words(&self, words: &[String]) -> Result<HashSet<String>, SearchError> {
        let searcher = self.reader.searcher();
        let mut indexed = HashSet::new();
        for word in words {
            let exact = QueryWord {
                norm: word.clone(),
                typos: 0,
                prefix: false,
            };
            if self
                .matches(&searcher, &exact)?
                .by_field
                .iter()
                .any(|found| !found.is_empty())
            {
                indexed.insert(word.clone());
            }
        }
        Ok(indexed)
    }

    /// A glossary alternative: its words, together and in order, in any
    /// attribute that holds them all.
    fn synonym_query(&self, searcher: &Searcher, words: &[String]) -> Result<Box<dyn Query>, SearchError> {
        let mut holds_all = vec![true; self.fields.searchable.len()];
        for word in words {
            let exact = QueryWord {
                norm: word.clone(),
                typos: 0,
                prefix: false,
            };
            let matches = self.matches(searcher, &exact)?;
            for (holds, candidates) in holds_all.iter_mut().zip(&matches.by_field) {
                *holds &= !candidates.is_empty();
            }
        }
        let disjuncts = self
            .fields
            .searchable
            .iter()
            .zip(holds_all)
            .filter(|(_, holds)| *holds)
            .map(|((_, field, weight), _)| {
                let query: Box<dyn Query> = if let [word] = words {
                    Box::new(TermQuery::new(
                        Term::from_field_text(*field, word),
                        IndexRecordOption::Basic,
                    ))
                } else {
                    Box::new(PhraseQuery::new(
                        words.iter().map(|w| Term::from_field_text(*field, w)).collect(),
                    ))
                };
                Box::new(ConstScoreQuery::new(query, match_score(0, *weight))) as Box<dyn Query>
            })
            .collect();
        Ok(best_of(disjuncts))
    }

    /// Listings from any of the place's districts or states.
    fn place_query(&self, place: &Place) -> Result<Box<dyn Query>, SearchError> {
        let mut terms = Vec::new();
        for (name, slugs) in [("district_slug", &place.districts), ("state_slug", &place.states)] {
            let field = self.fields.keyword(name)?;
            terms.extend(slugs.iter().map(|slug| Term::from_field_text(field, slug)));
        }
        Ok(Box::new(TermSetQuery::new(terms)))
    }

    fn filter_queries(&self, filters: &Filters) -> Result<Vec<Box<dyn Query>>, SearchError> {
        let fields = &self.fields;
        let mut queries: Vec<Box<dyn Query>> = Vec::new();
        let keyword = |name: &str, value: &str| -> Result<Box<dyn Query>, SearchError> {
            Ok(Box::new(TermQuery::new(
                Term::from_field_text(fields.keyword(name)?, value),
                IndexRecordOption::Basic,
            )))
        };
        let keywords = [
            ("state_slug", &filters.state),
            ("district_slug", &filters.district),
            ("sector", &filters.sector),
            ("category", &filters.category),
            ("currency", &filters.currency),
            ("hs_chapter", &filters.hs_chapter),
        ];
        for (name, value) in keywords {
            if let Some(value) = value {
                queries.push(keyword(name, value)?);
            }
        }
        let flags = [
            ("gi_tagged", filters.gi),
            ("producer_verified", filters.verified),
            ("export_ready", filters.export_ready),
        ];
        for (name, on) in flags {
            if on {
                queries.push(Box::new(TermQuery::new(
                    Term::from_field_bool(fields.keyword(name)?, true),
                    IndexRecordOption::Basic,
                )));
            }
        }
        if let Some(moq) = filters.moq_max {
            queries.push(Box::new(RangeQuery::new(
                Bound::Unbounded,
                Bound::Included(Term::from_field_i64(fields.moq, moq)),
            )));
        }
        // A listing's range reaches into the bounds: its top is at least
        // the lowest asked, its bottom at most the highest.
        let reaches = |(min, max): (Field, Field), bounds: PriceBounds| -> Vec<Box<dyn Query>> {
            let mut ranges: Vec<Box<dyn Query>> = Vec::new();
            if let Some(low) = bounds.low {
                ranges.push(Box::new(RangeQuery::new(
                    Bound::Included(Term::from_field_f64(max, low)),
                    Bound::Unbounded,
                )));
            }
            if let Some(high) = bounds.high {
                ranges.push(Box::new(RangeQuery::new(
                    Bound::Unbounded,
                    Bound::Included(Term::from_field_f64(min, high)),
                )));
            }
            ranges
        };
        let listed = (fields.price_min, fields.price_max);
        match filters.price_match() {
            PriceMatch::Any => {}
            PriceMatch::AsListed(bounds) => queries.extend(reaches(listed, bounds)),
            PriceMatch::InCurrency(currency, bounds) => {
                queries.push(keyword("currency", &currency)?);
                queries.extend(reaches(listed, bounds));
            }
            PriceMatch::Converted {
                currency,
                bounds,
                eur,
            } => {
                let mut own = vec![keyword("currency", &currency)?];
                own.extend(reaches(listed, bounds));
                let converted = reaches((fields.price_min_eur, fields.price_max_eur), eur);
                queries.push(Box::new(BooleanQuery::new(vec![
                    (
                        Occur::Should,
                        Box::new(BooleanQuery::intersection(converted)) as Box<dyn Query>,
                    ),
                    (Occur::Should, Box::new(BooleanQuery::intersection(own))),
                ])));
            }
        }
        Ok(queries)
    }
}

/// Whether the segment's index holds the term.
fn holds(segment: &SegmentReader, term: &Term) -> Result<bool, SearchError> {
    let info = segment
        .inverted_index(term.field())?
        .get_term_info(term)
        .map_err(|e| SearchError::Engine(e.to_string()))?;
    Ok(info.is_some())
}

/// Documents holding any of the terms (all of one field).
pub(super) fn any_term(mut terms: Vec<Term>) -> Box<dyn Query> {
    match (terms.pop(), terms.is_empty()) {
        (Some(term), true) => Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
        (Some(term), false) => {
            terms.push(term);
            Box::new(TermSetQuery::new(terms))
        }
        (None, _) => Box::new(EmptyQuery),
    }
}

/// The best-scoring of the alternatives; nothing when there are none.
fn best_of(alternatives: Vec<Box<dyn Query>>) -> Box<dyn Query> {
    if alternatives.is_empty() {
        Box::new(EmptyQuery)
    } else {
        Box::new(DisjunctionMaxQuery::new(alternatives))
    }
}

/// Runs the query once for the total, the facet counts and a page of results.
fn collect<K>(
    searcher: &Searcher,
    query: &dyn Query,
    top: impl Collector<Fruit = Vec<(K, DocAddress)>>,
) -> Result<(usize, RawFacets, Vec<DocAddress>), SearchError> {
    let (count, facets, top) = searcher.search(query, &(Count, FacetCounter, top))?;
    Ok((
        count,
        facets,
        top.into_iter().map(|(_, address)| address).collect(),
    ))
}
