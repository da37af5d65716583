//! The search engine adapter: the embedded tantivy index or Meilisearch,
//! chosen by `MEILI_URL`. Pages, filters and the API call these methods only
//! and never know which engine answers.

use std::collections::{HashMap, HashSet};
use std::future::Future;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::config::SearchConfig;
use super::embedded::EmbeddedEngine;
use super::engine_answer::{EngineSearch, RawFacets, RawResults, Scope, Window};
use super::error::SearchError;
use super::highlight::Highlighter;
use super::meili::{INDEX_UID, MeiliEngine};
use super::model::{
    FacetCount, Facets, OriginRead, ProductDocument, SearchHit, SearchQuery, SearchResults, TitleMatch,
};
use super::query::{OriginReading, ParsedQuery};
use super::text;
use crate::settings::Settings;

/// Meilisearch answers a search within this, or the page says the search is
/// busy. (The embedded engine answers on the calling thread, in milliseconds.)
const SEARCH_TIMEOUT: Duration = Duration::from_secs(10);
/// Index changes (Meilisearch: until its task has finished) take at most this.
const WRITE_TIMEOUT: Duration = Duration::from_secs(120);

pub enum SearchEngine {
    Embedded(EmbeddedEngine),
    /// Boxed: its client and caches are large beside the embedded engine's handle.
    Meilisearch(Box<MeiliEngine>),
}

impl SearchEngine {
    /// Meilisearch when `MEILI_URL` is set, otherwise the index under `DATA_DIR/search`.
    pub fn from_settings(settings: &Settings) -> Result<Self, SearchError> {
        match &settings.meili_url {
            Some(url) => Self::meilisearch(url.as_str(), settings.meili_api_key.as_ref().map(|k| k.expose())),
            None => Self::embedded(&settings.data_dir.join("search")),
        }
    }

    pub fn embedded(dir: &Path) -> Result<Self, SearchError> {
        let config = Arc::new(SearchConfig::compiled()?);
        Ok(Self::Embedded(EmbeddedEngine::open(dir, config)?))
    }

    pub fn meilisearch(url: &str, api_key: Option<&str>) -> Result<Self, SearchError> {
        Self::meilisearch_index(url, api_key, INDEX_UID)
    }

    /// Meilisearch with another index than the site's (the contract tests use their own).
    pub fn meilisearch_index(url: &str, api_key: Option<&str>, index_uid: &str) -> Result<Self, SearchError> {
        let config = Arc::new(SearchConfig::compiled()?);
        Ok(Self::Meilisearch(Box::new(MeiliEngine::new(
            url, api_key, index_uid, config,
        )?)))
    }

    /// "embedded" or "meilisearch", for logs and `config`.
    pub fn kind(&self) -> &'static str {
        match self {
            SearchEngine::Embedded(_) => "embedded",
            SearchEngine::Meilisearch(_) => "meilisearch",
        }
    }

    pub fn config(&self) -> &SearchConfig {
        match self {
            SearchEngine::Embedded(e) => e.config(),
            SearchEngine::Meilisearch(m) => m.config(),
        }
    }

    /// Adds the documents, replacing any with the same id.
    pub async fn index(&self, documents: &[ProductDocument]) -> Result<(), SearchError> {
        if documents.is_empty() {
            return Ok(());
        }
        within(WRITE_TIMEOUT, async {
            match self {
                SearchEngine::Embedded(e) => e.index(documents).await,
                SearchEngine::Meilisearch(m) => m.index(documents).await,
            }
        })
        .await
    }

    /// Removes the documents with these ids (unknown ids are ignored).
    pub async fn delete(&self, ids: &[String]) -> Result<(), SearchError> {
        if ids.is_empty() {
            return Ok(());
        }
        within(WRITE_TIMEOUT, async {
            match self {
                SearchEngine::Embedded(e) => e.delete(ids).await,
                SearchEngine::Meilisearch(m) => m.delete(ids).await,
            }
        })
        .await
    }

    /// Removes every document.
    pub async fn clear(&self) -> Result<(), SearchError> {
        within(WRITE_TIMEOUT, async {
            match self {
                SearchEngine::Embedded(e) => e.clear().await,
                SearchEngine::Meilisearch(m) => m.clear().await,
            }
        })
        .await
    }

    /// Pushes `search-config/` to the engine and waits until it applies.
    /// The embedded engine reads the same files at start, so has nothing to do.
    pub async fn apply_settings(&self) -> Result<(), SearchError> {
        match self {
            SearchEngine::Embedded(_) => Ok(()),
            SearchEngine::Meilisearch(m) => within(WRITE_TIMEOUT, m.apply_settings()).await,
        }
    }

    /// Tidies the storage after a full rebuild. The embedded index merges
    /// into one segment, so a search walks one term dictionary and one set
    /// of columns instead of several; Meilisearch manages its own.
    pub async fn compact(&self) -> Result<(), SearchError> {
        within(WRITE_TIMEOUT, async {
            match self {
                SearchEngine::Embedded(e) => e.compact().await,
                SearchEngine::Meilisearch(_) => Ok(()),
            }
        })
        .await
    }

    /// Every indexed document's id and content version (`engine_answer::document_version`).
    pub async fn versions(&self) -> Result<HashMap<String, String>, SearchError> {
        within(WRITE_TIMEOUT, async {
            match self {
                SearchEngine::Embedded(e) => e.versions().await,
                SearchEngine::Meilisearch(m) => m.versions().await,
            }
        })
        .await
    }

    pub async fn search(&self, query: &SearchQuery) -> Result<SearchResults, SearchError> {
        let started = Instant::now();
        let (parsed, raw) = within(SEARCH_TIMEOUT, async {
            let mut parsed = self.parse(&query.text).await?;
            if query.literal {
                parsed.origin = None;
            }
            let raw = match parsed.origin.as_ref().zip(parsed.without_origin(&query.text)) {
                Some((origin, (rest, rest_parsed))) => {
                    self.search_from_origin(query, &parsed, origin, (&rest, &rest_parsed))
                        .await
                }
                None => {
                    self.search_window(EngineSearch {
                        query,
                        parsed: &parsed,
                        window: Window::page_of(query),
                        scope: Scope::Everywhere,
                    })
                    .await
                }
            }?;
            Ok((parsed, raw))
        })
        .await
        .inspect_err(|_| metrics::counter!("search_errors_total", "engine" => self.kind()).increment(1))?;
        let facets = facets(&raw.facets, self.config().settings.faceting.max_values_per_facet);
        let mut highlighter = Highlighter::new(&parsed);
        let hits = raw
            .documents
            .into_iter()
            .map(|document| SearchHit {
                title_html: highlighter.highlight(&document.title),
                snippet_html: highlighter.snippet(&document.description),
                translated_titles_html: document
                    .translations
                    .iter()
                    .map(|t| (t.language, highlighter.highlight(&t.title)))
                    .collect(),
                document,
            })
            .collect();
        let took = started.elapsed();
        metrics::histogram!("search_duration_seconds", "engine" => self.kind()).record(took.as_secs_f64());
        Ok(SearchResults {
            hits,
            total: raw.total,
            page: query.page,
            per_page: query.per_page,
            total_pages: raw.total.div_ceil(query.per_page),
            facets,
            took_ms: u64::try_from(took.as_millis()).unwrap_or(u64::MAX),
            origin: parsed.origin.map(|origin| OriginRead {
                words: query.text[origin.span].to_owned(),
                districts: origin.place.districts,
                states: origin.place.states,
            }),
        })
    }

    async fn search_window(&self, search: EngineSearch<'_>) -> Result<RawResults, SearchError> {
        match self {
            SearchEngine::Embedded(e) => e.search(search),
            SearchEngine::Meilisearch(m) => m.search(search).await,
        }
    }

    /// Several searches at once: on Meilisearch one multi-search.
    async fn search_windows<const N: usize>(
        &self,
        searches: [EngineSearch<'_>; N],
    ) -> Result<[RawResults; N], SearchError> {
        let found = match self {
            SearchEngine::Embedded(e) => searches.into_iter().map(|search| e.search(search)).collect(),
            SearchEngine::Meilisearch(m) => m.search_all(&searches).await,
        }?;
        found.try_into().map_err(|_| {
            SearchError::Engine("Meilisearch answered a multi-search with too few results".into())
        })
    }

    /// A query naming an origin ("banarasi silk"): the listings from the
    /// place that match the other words (`rest`: "silk") come first, then
    /// the listings from elsewhere that match every word as typed, so a place
    /// name that is also an ordinary word hides nothing. The two sets do not
    /// overlap, so their totals and facet counts add up.
    async fn search_from_origin(
        &self,
        query: &SearchQuery,
        parsed: &ParsedQuery,
        origin: &OriginReading,
        (rest, rest_parsed): (&str, &ParsedQuery),
    ) -> Result<RawResults, SearchError> {
        let window = Window::page_of(query);
        let from_place = SearchQuery {
            text: rest.to_owned(),
            ..query.clone()
        };
        let inside = EngineSearch {
            query: &from_place,
            parsed: rest_parsed,
            window,
            scope: Scope::Within(&origin.place),
        };
        let elsewhere = |window| EngineSearch {
            query,
            parsed,
            window,
            scope: Scope::Outside(&origin.place),
        };
        let (inside, elsewhere) = if window.offset == 0 {
            // The first page: the second part starts at its own first result
            // whatever the first part holds, so both are asked at once (on
            // Meilisearch, one multi-search: one round trip) and the second
            // cut to the room left.
            let [inside, mut elsewhere] = self.search_windows([inside, elsewhere(window)]).await?;
            elsewhere
                .documents
                .truncate(window.limit - inside.documents.len());
            (inside, elsewhere)
        } else {
            // A later page: where the second part starts depends on how many
            // the first part found.
            let inside = self.search_window(inside).await?;
            let rest_window = Window {
                offset: window.offset.saturating_sub(inside.total),
                limit: window.limit - inside.documents.len(),
            };
            let elsewhere = self.search_window(elsewhere(rest_window)).await?;
            (inside, elsewhere)
        };
        let mut facets = inside.facets;
        for (name, values) in elsewhere.facets {
            let counts = facets.entry(name).or_default();
            for (value, count) in values {
                *counts.entry(value).or_default() += count;
            }
        }
        let max_total = self.config().settings.pagination.max_total_hits;
        Ok(RawResults {
            documents: inside.documents.into_iter().chain(elsewhere.documents).collect(),
            total: (inside.total + elsewhere.total).min(max_total),
            facets,
        })
    }
}

impl SearchEngine {
    /// How many listings each query finds, without pages or facets: the
    /// fallbacks of a search that found nothing. Meilisearch counts them all
    /// in one multi-search, so they cost one round trip, not one each.
    pub async fn totals(&self, queries: &[SearchQuery]) -> Result<Vec<usize>, SearchError> {
        if queries.is_empty() {
            return Ok(Vec::new());
        }
        within(SEARCH_TIMEOUT, async {
            let texts: Vec<&str> = queries.iter().map(|q| q.text.as_str()).collect();
            let parsed = self.parse_all(&texts).await?;
            match self {
                SearchEngine::Embedded(e) => queries
                    .iter()
                    .zip(&parsed)
                    .map(|(query, parsed)| {
                        e.search(EngineSearch {
                            query,
                            parsed,
                            window: Window { offset: 0, limit: 0 },
                            scope: Scope::Everywhere,
                        })
                        .map(|found| found.total)
                    })
                    .collect(),
                SearchEngine::Meilisearch(m) => {
                    let pairs: Vec<(&SearchQuery, &ParsedQuery)> = queries.iter().zip(&parsed).collect();
                    m.totals(&pairs).await
                }
            }
        })
        .await
    }

    /// The query as both engines read it: a word near a glossary entry is
    /// corrected to it only if the index does not hold the word as typed.
    async fn parse(&self, text: &str) -> Result<ParsedQuery, SearchError> {
        let mut parsed = self.parse_all(&[text]).await?;
        Ok(parsed.pop().unwrap_or_default())
    }

    /// Several queries read as [`parse`](Self::parse) does, asking the index
    /// about all their corrected words at once.
    async fn parse_all(&self, texts: &[&str]) -> Result<Vec<ParsedQuery>, SearchError> {
        let config = self.config();
        let parsed: Vec<ParsedQuery> = texts
            .iter()
            .map(|text| ParsedQuery::parse(text, config))
            .collect();
        let mut corrected: Vec<String> = Vec::new();
        for word in parsed.iter().flat_map(ParsedQuery::corrected_words) {
            if !corrected.contains(&word) {
                corrected.push(word);
            }
        }
        if corrected.is_empty() {
            return Ok(parsed);
        }
        let indexed: HashSet<String> = match self {
            SearchEngine::Embedded(e) => e.indexed_words(&corrected)?,
            SearchEngine::Meilisearch(m) => m.indexed_words(&corrected).await?,
        };
        if indexed.is_empty() {
            return Ok(parsed);
        }
        Ok(texts
            .iter()
            .map(|text| ParsedQuery::parse_knowing(text, config, &indexed))
            .collect())
    }
}

impl SearchEngine {
    /// Listings whose titles hold the typed words (normalised): each whole
    /// but the last, which may be the start of a word. Newest first, one
    /// per title, at most `limit`. Both engines are asked for more than
    /// that and their answers held to this rule, which Meilisearch's typos
    /// and synonyms would otherwise stretch.
    pub async fn titles_starting(
        &self,
        words: &[String],
        limit: usize,
    ) -> Result<Vec<TitleMatch>, SearchError> {
        if words.is_empty() || limit == 0 {
            return Ok(Vec::new());
        }
        let asked = limit * 4;
        let found = within(SEARCH_TIMEOUT, async {
            match self {
                SearchEngine::Embedded(e) => e.titles(words, asked),
                SearchEngine::Meilisearch(m) => m.titles(words, asked).await,
            }
        })
        .await?;
        let mut seen = HashSet::new();
        Ok(found
            .into_iter()
            .filter_map(|found| {
                let title_words = text::words(&found.title);
                (title_holds(&title_words, words) && seen.insert(title_words)).then_some(found)
            })
            .take(limit)
            .collect())
    }

    /// Changes whenever this process sees the index change: a commit the
    /// embedded index has loaded, or a write this process made to
    /// Meilisearch. What was answered before may no longer be true.
    pub fn generation(&self) -> u64 {
        match self {
            SearchEngine::Embedded(e) => e.generation(),
            SearchEngine::Meilisearch(m) => m.generation(),
        }
    }
}

/// Every typed word but the last is a word of the title; the last begins one.
fn title_holds(title: &[String], typed: &[String]) -> bool {
    let Some((last, whole)) = typed.split_last() else {
        return false;
    };
    whole.iter().all(|word| title.contains(word)) && title.iter().any(|word| word.starts_with(last.as_str()))
}

async fn within<T>(
    limit: Duration,
    work: impl Future<Output = Result<T, SearchError>>,
) -> Result<T, SearchError> {
    tokio::time::timeout(limit, work)
        .await
        .map_err(|_| SearchError::Unavailable(format!("no answer within {} s", limit.as_secs())))?
}

/// Engine facet counts as [`Facets`]: most frequent first (ties by value),
/// at most `max_values` per attribute.
fn facets(raw: &RawFacets, max_values: usize) -> Facets {
    let values = |name: &str| -> Vec<FacetCount> {
        let mut counts: Vec<FacetCount> = raw
            .get(name)
            .into_iter()
            .flatten()
            .filter(|(_, count)| **count > 0)
            .map(|(value, count)| FacetCount {
                value: value.clone(),
                count: *count,
            })
            .collect();
        counts.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
        counts.truncate(max_values);
        counts
    };
    let yes = |name: &str| -> usize {
        raw.get(name)
            .and_then(|values| values.get("true"))
            .copied()
            .unwrap_or(0)
    };
    Facets {
        state: values("state_slug"),
        district: values("district_slug"),
        sector: values("sector"),
        category: values("category"),
        currency: values("currency"),
        hs_chapter: values("hs_chapter"),
        gi: yes("gi_tagged"),
        verified: yes("producer_verified"),
        export_ready: yes("export_ready"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::engine_answer::{BOOL_FACETS, STRING_FACETS};

    #[test]
    fn facet_attributes_are_filterable_in_the_config() {
        let config = SearchConfig::compiled().expect("search-config parses");
        let filterable = &config.settings.filterable_attributes;
        for name in STRING_FACETS.iter().chain(&BOOL_FACETS) {
            assert!(filterable.iter().any(|f| f == name), "{name} is not filterable");
        }
        for name in ["moq", "price_min", "price_max"] {
            assert!(filterable.iter().any(|f| f == name), "{name} is not filterable");
        }
        for name in ["published_at", "price_min", "price_max"] {
            assert!(config.settings.sortable_attributes.iter().any(|f| f == name));
        }
    }

    #[test]
    fn facets_are_ordered_by_count_and_capped() {
        let mut raw = RawFacets::new();
        raw.insert(
            "currency".into(),
            [
                ("USD".to_owned(), 2),
                ("INR".to_owned(), 5),
                ("EUR".to_owned(), 2),
            ]
            .into(),
        );
        raw.insert(
            "gi_tagged".into(),
            [("true".to_owned(), 3), ("false".to_owned(), 4)].into(),
        );
        let facets = facets(&raw, 2);
        let currencies: Vec<&str> = facets.currency.iter().map(|f| f.value.as_str()).collect();
        assert_eq!(currencies, ["INR", "EUR"]);
        assert_eq!(facets.gi, 3);
        assert_eq!(facets.verified, 0);
    }
}
