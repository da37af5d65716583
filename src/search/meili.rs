//! The Meilisearch engine, through `meilisearch-sdk`: one index, `products`,
//! configured from `search-config/`. Writes wait for their task and check
//! its status, so a job only succeeds once Meilisearch has applied it.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use meilisearch_sdk::client::Client;
use meilisearch_sdk::documents::DocumentsQuery;
use meilisearch_sdk::errors::{Error as MeiliError, ErrorCode, ErrorType};
use meilisearch_sdk::indexes::Index;
use meilisearch_sdk::search::{MatchingStrategies, SearchResults, Selectors};
use meilisearch_sdk::settings::Settings as MeiliSettings;
use meilisearch_sdk::task_info::TaskInfo;
use meilisearch_sdk::tasks::Task;
use moka::sync::Cache;
use serde::{Deserialize, Serialize};
use tokio::sync::OnceCell;

use super::config::{PRODUCTS_JSON, SearchConfig};
use super::engine_answer::{BOOL_FACETS, EngineSearch, RawResults, STRING_FACETS, Scope, document_version};
use super::error::SearchError;
use super::meili_http::BufferedHttp;
use super::model::{Filters, PriceBounds, PriceMatch, ProductDocument, SearchQuery, SortOrder, TitleMatch};
use super::origins::Place;
use super::query::ParsedQuery;

/// The index the site uses.
pub const INDEX_UID: &str = "products";
const PRIMARY_KEY: &str = "id";
const TASK_POLL: Duration = Duration::from_millis(50);
const TASK_WAIT: Duration = Duration::from_secs(110);
const VERSIONS_PAGE: usize = 1000;

/// What Meilisearch stores: the document and its content version.
#[derive(Debug, Serialize, Deserialize)]
struct StoredDocument {
    #[serde(flatten)]
    product: ProductDocument,
    content_version: String,
}

#[derive(Debug, Deserialize)]
struct StoredVersion {
    id: String,
    #[serde(default)]
    content_version: String,
}

pub struct MeiliEngine {
    client: Client<BufferedHttp>,
    index_uid: String,
    config: Arc<SearchConfig>,
    /// Settings are pushed before this process's first write, so an index
    /// created by a write is never searched without its filterable attributes.
    settings_applied: OnceCell<()>,
    /// Whether the index holds a word as typed, as last asked (see
    /// [`MeiliEngine::indexed_words`]).
    known_words: Cache<String, bool>,
    /// How many listings a looser search found, as last counted (see
    /// [`MeiliEngine::totals`]), by [`Words::key`].
    known_totals: Cache<String, usize>,
    /// Writes this process made, for [`MeiliEngine::generation`].
    writes: AtomicU64,
}

/// How long an answer about a word or a count is trusted. A misspelling or
/// a search that finds nothing, repeated by buyers, then costs one round
/// trip instead of two (under load each waits its turn in Meilisearch's
/// queue, so two round trips doubled those searches' time). This process
/// forgets the answers when it writes to the index; a word or listing
/// another instance adds is seen within this time.
const KNOWN_FOR: Duration = Duration::from_secs(60);
/// Answers kept at most, of each kind; the least used go first.
const KNOWN_MAX: u64 = 10_000;

fn known<V: Clone + Send + Sync + 'static>() -> Cache<String, V> {
    Cache::builder()
        .max_capacity(KNOWN_MAX)
        .time_to_live(KNOWN_FOR)
        .build()
}

fn classify(error: MeiliError) -> SearchError {
    match &error {
        MeiliError::Meilisearch(e) if e.error_type == ErrorType::Internal => {
            SearchError::Unavailable(error.to_string())
        }
        MeiliError::Meilisearch(_) | MeiliError::ParseError(_) | MeiliError::InvalidRequest => {
            SearchError::Engine(error.to_string())
        }
        _ => SearchError::Unavailable(error.to_string()),
    }
}

fn is_index_missing(error: &MeiliError) -> bool {
    matches!(error, MeiliError::Meilisearch(e) if e.error_code == ErrorCode::IndexNotFound)
}

impl MeiliEngine {
    pub fn new(
        url: &str,
        api_key: Option<&str>,
        index_uid: &str,
        config: Arc<SearchConfig>,
    ) -> Result<Self, SearchError> {
        let http = BufferedHttp::new(api_key)
            .map_err(|e| SearchError::Engine(format!("MEILI_API_KEY cannot be used: {e}")))?;
        let client = Client::new_with_client(url.trim_end_matches('/'), api_key, http);
        Ok(Self {
            client,
            index_uid: index_uid.to_owned(),
            config,
            settings_applied: OnceCell::new(),
            known_words: known(),
            known_totals: known(),
            writes: AtomicU64::new(0),
        })
    }

    pub fn config(&self) -> &SearchConfig {
        &self.config
    }

    fn index_handle(&self) -> Index<BufferedHttp> {
        self.client.index(&self.index_uid)
    }

    /// Waits for a task and turns its failure into an error.
    async fn finish(&self, task: TaskInfo) -> Result<(), SearchError> {
        let done = self
            .client
            .wait_for_task(task, Some(TASK_POLL), Some(TASK_WAIT))
            .await
            .map_err(classify)?;
        match done {
            Task::Succeeded { .. } => Ok(()),
            Task::Failed { content } => Err(SearchError::Engine(format!(
                "Meilisearch task {} failed: {}",
                content.task.uid, content.error.error_message
            ))),
            Task::Enqueued { .. } | Task::Processing { .. } => Err(SearchError::Unavailable(
                "Meilisearch did not finish the task in time".into(),
            )),
        }
    }

    pub async fn apply_settings(&self) -> Result<(), SearchError> {
        let mut settings: MeiliSettings = serde_json::from_str(PRODUCTS_JSON).map_err(anyhow::Error::from)?;
        settings.synonyms = Some(self.config.meilisearch_synonyms().into_iter().collect());
        // The glossary's words are not typos of other words, as on the embedded engine.
        let mut typos = settings.typo_tolerance.take().unwrap_or_default();
        typos.disable_on_words = Some(self.config.glossary_words.iter().cloned().collect());
        settings.typo_tolerance = Some(typos);
        let created = self
            .client
            .create_index(&self.index_uid, Some(PRIMARY_KEY))
            .await
            .map_err(classify)?;
        // An index that already exists fails this task; that is expected.
        let _ = self
            .client
            .wait_for_task(created, Some(TASK_POLL), Some(TASK_WAIT))
            .await
            .map_err(classify)?;
        let task = self
            .index_handle()
            .set_settings(&settings)
            .await
            .map_err(classify)?;
        self.finish(task).await?;
        self.forget_answers();
        Ok(())
    }

    async fn ensure_settings(&self) -> Result<(), SearchError> {
        self.settings_applied
            .get_or_try_init(|| self.apply_settings())
            .await
            .map(|_| ())
    }

    pub async fn index(&self, documents: &[ProductDocument]) -> Result<(), SearchError> {
        self.ensure_settings().await?;
        let stored: Vec<StoredDocument> = documents
            .iter()
            .map(|d| StoredDocument {
                content_version: document_version(d),
                product: d.clone(),
            })
            .collect();
        let task = self
            .index_handle()
            .add_or_replace(&stored, Some(PRIMARY_KEY))
            .await
            .map_err(classify)?;
        self.finish(task).await?;
        self.forget_answers();
        Ok(())
    }

    pub async fn delete(&self, ids: &[String]) -> Result<(), SearchError> {
        match self.index_handle().delete_documents(ids).await {
            Ok(task) => {
                self.finish(task).await?;
                self.forget_answers();
                Ok(())
            }
            Err(e) if is_index_missing(&e) => Ok(()),
            Err(e) => Err(classify(e)),
        }
    }

    pub async fn clear(&self) -> Result<(), SearchError> {
        match self.index_handle().delete_all_documents().await {
            Ok(task) => {
                self.finish(task).await?;
                self.forget_answers();
                Ok(())
            }
            Err(e) if is_index_missing(&e) => Ok(()),
            Err(e) => Err(classify(e)),
        }
    }

    pub async fn versions(&self) -> Result<HashMap<String, String>, SearchError> {
        let index = self.index_handle();
        let mut versions = HashMap::new();
        let mut offset = 0;
        loop {
            let mut query = DocumentsQuery::new(&index);
            query
                .with_fields(["id", "content_version"])
                .with_limit(VERSIONS_PAGE)
                .with_offset(offset);
            let page = match index.get_documents_with::<StoredVersion>(&query).await {
                Ok(page) => page,
                Err(e) if is_index_missing(&e) => return Ok(versions),
                Err(e) => return Err(classify(e)),
            };
            let fetched = page.results.len();
            versions.extend(page.results.into_iter().map(|d| (d.id, d.content_version)));
            if fetched < VERSIONS_PAGE {
                return Ok(versions);
            }
            offset += fetched;
        }
    }

    /// Bumped by every write this process makes (another instance's writes
    /// are not seen: what is kept on the strength of it must also expire).
    pub fn generation(&self) -> u64 {
        self.writes.load(Ordering::Relaxed)
    }

    fn forget_answers(&self) {
        self.writes.fetch_add(1, Ordering::Relaxed);
        self.known_words.invalidate_all();
        self.known_totals.invalidate_all();
    }

    /// Which of the (normalised) words the index holds as typed: answers of
    /// the last minute, and for the other words one multi-search, where a
    /// phrase (a word in quotes) matches without typos, prefixes or synonyms.
    pub async fn indexed_words(&self, words: &[String]) -> Result<HashSet<String>, SearchError> {
        let mut indexed = HashSet::new();
        let mut unknown = Vec::new();
        for word in words {
            match self.known_words.get(word) {
                Some(true) => {
                    indexed.insert(word.clone());
                }
                Some(false) => {}
                None => unknown.push(word.clone()),
            }
        }
        if unknown.is_empty() {
            return Ok(indexed);
        }
        let found = self.probe_words(&unknown).await?;
        for word in unknown {
            self.known_words.insert(word.clone(), found.contains(&word));
        }
        indexed.extend(found);
        Ok(indexed)
    }

    async fn probe_words(&self, words: &[String]) -> Result<HashSet<String>, SearchError> {
        let index = self.index_handle();
        let phrases: Vec<String> = words.iter().map(|w| format!("\"{w}\"")).collect();
        let mut multi = self.client.multi_search();
        for phrase in &phrases {
            let mut probe = index.search();
            probe
                .with_query(phrase)
                .with_limit(1)
                .with_attributes_to_retrieve(Selectors::Some(&["id"]));
            multi.with_search_query(probe);
        }
        let answer = match multi.execute::<serde_json::Value>().await {
            Ok(answer) => answer,
            Err(e) if is_index_missing(&e) => return Ok(HashSet::new()),
            Err(e) => return Err(classify(e)),
        };
        Ok(words
            .iter()
            .zip(answer.results)
            .filter(|(_, found)| !found.hits.is_empty())
            .map(|(word, _)| word.clone())
            .collect())
    }

    pub async fn search(&self, search: EngineSearch<'_>) -> Result<RawResults, SearchError> {
        let page = PageSearch::of(search);
        let index = self.index_handle();
        match page.request(&index).execute::<ProductDocument>().await {
            Ok(results) => Ok(page.read(results)),
            Err(e) if is_index_missing(&e) => Ok(RawResults::none()),
            Err(e) => Err(classify(e)),
        }
    }

    /// Several searches in one multi-search: one round trip, one turn in
    /// Meilisearch's queue.
    pub async fn search_all(&self, searches: &[EngineSearch<'_>]) -> Result<Vec<RawResults>, SearchError> {
        let pages: Vec<PageSearch> = searches.iter().copied().map(PageSearch::of).collect();
        let index = self.index_handle();
        let mut multi = self.client.multi_search();
        for page in &pages {
            multi.with_search_query(page.request(&index));
        }
        match multi.execute::<ProductDocument>().await {
            Ok(answer) => Ok(pages
                .iter()
                .zip(answer.results)
                .map(|(page, found)| page.read(found))
                .collect()),
            Err(e) if is_index_missing(&e) => Ok(pages.iter().map(|_| RawResults::none()).collect()),
            Err(e) => Err(classify(e)),
        }
    }

    /// Up to `limit` listings, newest first, whose titles match the words
    /// (the last as a prefix), searching the title alone.
    pub async fn titles(&self, words: &[String], limit: usize) -> Result<Vec<TitleMatch>, SearchError> {
        let index = self.index_handle();
        let text = words.join(" ");
        let mut request = index.search();
        request
            .with_query(&text)
            .with_matching_strategy(MatchingStrategies::ALL)
            .with_attributes_to_search_on(&["title"])
            .with_attributes_to_retrieve(Selectors::Some(&["title", "slug"]))
            .with_sort(&["published_at:desc"])
            .with_limit(limit);
        match request.execute::<TitleMatch>().await {
            Ok(found) => Ok(found.hits.into_iter().map(|hit| hit.result).collect()),
            Err(e) if is_index_missing(&e) => Ok(Vec::new()),
            Err(e) => Err(classify(e)),
        }
    }

    /// How many listings each query matches: counts of the last minute, and
    /// the others in one multi-search of pages with no hits and no facets,
    /// so Meilisearch only counts (`totalHits`). These are the looser
    /// searches offered when a search finds nothing: a count a minute old
    /// is good enough for "(12 found)", and a repeated search that finds
    /// nothing then costs one round trip.
    pub async fn totals(&self, queries: &[(&SearchQuery, &ParsedQuery)]) -> Result<Vec<usize>, SearchError> {
        let words: Vec<Words> = queries
            .iter()
            .map(|(query, parsed)| Words::of(query, parsed, Scope::Everywhere))
            .collect();
        let mut totals: Vec<Option<usize>> = words.iter().map(|w| self.known_totals.get(&w.key())).collect();
        let unknown: Vec<&Words> = words
            .iter()
            .zip(&totals)
            .filter(|(_, total)| total.is_none())
            .map(|(words, _)| words)
            .collect();
        if !unknown.is_empty() {
            let mut counted = self.count(&unknown).await?.into_iter();
            for (words, total) in words.iter().zip(&mut totals) {
                if total.is_none() {
                    let count = counted.next().unwrap_or(0);
                    self.known_totals.insert(words.key(), count);
                    *total = Some(count);
                }
            }
        }
        Ok(totals.into_iter().map(Option::unwrap_or_default).collect())
    }

    async fn count(&self, searches: &[&Words]) -> Result<Vec<usize>, SearchError> {
        let index = self.index_handle();
        let mut multi = self.client.multi_search();
        for words in searches {
            let mut request = words.request(&index);
            request.with_page(1).with_hits_per_page(0);
            multi.with_search_query(request);
        }
        match multi.execute::<serde_json::Value>().await {
            Ok(answer) => Ok(answer
                .results
                .iter()
                .map(|found| found.total_hits.unwrap_or(0))
                .collect()),
            Err(e) if is_index_missing(&e) => Ok(vec![0; searches.len()]),
            Err(e) => Err(classify(e)),
        }
    }
}

/// A page of results as Meilisearch is asked for it, kept while a request
/// borrows it.
struct PageSearch {
    words: Words,
    page: usize,
    per_page: usize,
    /// Hits before the window's start, asked for only to count exactly.
    skip: usize,
    sort: &'static [&'static str],
    facets: Vec<&'static str>,
}

impl PageSearch {
    fn of(search: EngineSearch<'_>) -> Self {
        let window = search.window;
        // Pages count exactly (an offset and limit would only estimate the
        // total): a window that is not a whole page is the start of a longer one.
        let (page, per_page, skip) = match window.limit {
            0 => (1, 0, 0),
            limit if window.offset.is_multiple_of(limit) => (window.offset / limit + 1, limit, 0),
            limit => (1, window.offset + limit, window.offset),
        };
        let sort: &[&str] = match search.query.effective_sort() {
            SortOrder::Relevance => &[],
            SortOrder::Newest => &["published_at:desc"],
            // By the euro price where there is one, then as listed.
            SortOrder::PriceAsc => &["price_min_eur:asc", "price_min:asc"],
            SortOrder::PriceDesc => &["price_max_eur:desc", "price_max:desc"],
        };
        Self {
            words: Words::of(search.query, search.parsed, search.scope),
            page,
            per_page,
            skip,
            sort,
            facets: STRING_FACETS.iter().chain(&BOOL_FACETS).copied().collect(),
        }
    }

    fn request<'a>(
        &'a self,
        index: &'a Index<BufferedHttp>,
    ) -> meilisearch_sdk::search::SearchQuery<'a, BufferedHttp> {
        let mut request = self.words.request(index);
        request
            .with_page(self.page)
            .with_hits_per_page(self.per_page)
            .with_facets(Selectors::Some(&self.facets));
        if !self.sort.is_empty() {
            request.with_sort(self.sort);
        }
        request
    }

    /// The hits are read as documents; the stored `content_version` beside
    /// them is not needed here, and reading it through a flattened struct
    /// cost a copy of every hit.
    fn read(&self, results: SearchResults<ProductDocument>) -> RawResults {
        let facets = results
            .facet_distribution
            .unwrap_or_default()
            .into_iter()
            .map(|(name, values)| (name, values.into_iter().collect::<BTreeMap<_, _>>()))
            .collect();
        RawResults {
            total: results.total_hits.unwrap_or(results.hits.len()),
            documents: results
                .hits
                .into_iter()
                .skip(self.skip)
                .map(|h| h.result)
                .collect(),
            facets,
        }
    }
}

/// What a search asks Meilisearch for, kept while a request borrows it: the
/// text as sent (misspelt glossary words corrected) and the filter expression.
struct Words {
    text: String,
    filter: String,
}

impl Words {
    fn of(query: &SearchQuery, parsed: &ParsedQuery, scope: Scope<'_>) -> Self {
        let mut filter = filter_expression(&query.filters);
        let place = match scope {
            Scope::Everywhere => None,
            Scope::Within(place) => Some(format!("({})", place_expression(place))),
            Scope::Outside(place) => Some(format!("NOT ({})", place_expression(place))),
        };
        if let Some(place) = place {
            filter = if filter.is_empty() {
                place
            } else {
                format!("{filter} AND {place}")
            };
        }
        Self {
            text: parsed.corrected_text(&query.text),
            filter,
        }
    }

    /// What tells two searches apart: their text and filter.
    fn key(&self) -> String {
        format!("{}\u{1f}{}", self.filter, self.text)
    }

    /// A search of these words on `index`, every word required.
    fn request<'a>(
        &'a self,
        index: &'a Index<BufferedHttp>,
    ) -> meilisearch_sdk::search::SearchQuery<'a, BufferedHttp> {
        let mut request = index.search();
        request
            .with_query(&self.text)
            .with_matching_strategy(MatchingStrategies::ALL);
        if !self.filter.is_empty() {
            request.with_filter(&self.filter);
        }
        request
    }
}

/// A string in a Meilisearch filter, quoted.
fn quoted(value: &str) -> String {
    format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\""))
}

/// Listings from any of the place's districts or states.
fn place_expression(place: &Place) -> String {
    let list = |values: &[String]| values.iter().map(|v| quoted(v)).collect::<Vec<_>>().join(", ");
    let mut parts = Vec::new();
    if !place.districts.is_empty() {
        parts.push(format!("district_slug IN [{}]", list(&place.districts)));
    }
    if !place.states.is_empty() {
        parts.push(format!("state_slug IN [{}]", list(&place.states)));
    }
    parts.join(" OR ")
}

/// The filters as a Meilisearch filter expression (empty when there are none).
fn filter_expression(filters: &Filters) -> String {
    let mut parts = Vec::new();
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
            parts.push(format!("{name} = {}", quoted(value)));
        }
    }
    for (name, on) in [
        ("gi_tagged", filters.gi),
        ("producer_verified", filters.verified),
        ("export_ready", filters.export_ready),
    ] {
        if on {
            parts.push(format!("{name} = true"));
        }
    }
    if let Some(moq) = filters.moq_max {
        parts.push(format!("moq <= {moq}"));
    }
    match filters.price_match() {
        PriceMatch::Any => {}
        PriceMatch::AsListed(bounds) => parts.extend(reaches(("price_min", "price_max"), bounds)),
        PriceMatch::InCurrency(currency, bounds) => {
            parts.push(format!("currency = {}", quoted(&currency)));
            parts.extend(reaches(("price_min", "price_max"), bounds));
        }
        PriceMatch::Converted {
            currency,
            bounds,
            eur,
        } => {
            let mut own = vec![format!("currency = {}", quoted(&currency))];
            own.extend(reaches(("price_min", "price_max"), bounds));
            let converted = reaches(("price_min_eur", "price_max_eur"), eur);
            parts.push(format!(
                "(({}) OR ({}))",
                converted.join(" AND "),
                own.join(" AND ")
            ));
        }
    }
    parts.join(" AND ")
}

/// A listing's range reaching into `bounds`, as conditions on its attributes.
fn reaches((min, max): (&str, &str), bounds: PriceBounds) -> Vec<String> {
    let mut parts = Vec::new();
    if let Some(low) = bounds.low {
        parts.push(format!("{max} >= {low}"));
    }
    if let Some(high) = bounds.high {
        parts.push(format!("{min} <= {high}"));
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_become_one_quoted_expression() {
        let filters = Filters {
            state: Some("uttar-pradesh".into()),
            category: Some("Silk \"Banarasi\" sarees".into()),
            gi: true,
            moq_max: Some(50),
            price_min: Some(100.0),
            price_max: Some(2500.5),
            ..Filters::default()
        };
        assert_eq!(
            filter_expression(&filters),
            "state_slug = \"uttar-pradesh\" AND category = \"Silk \\\"Banarasi\\\" sarees\" AND gi_tagged = true \
             AND moq <= 50 AND price_max >= 100 AND price_min <= 2500.5"
        );
        assert_eq!(filter_expression(&Filters::default()), "");
    }

    #[test]
    fn prices_in_a_currency_with_a_rate_compare_in_euros_or_as_listed_in_it() {
        let mut filters = Filters {
            price_min: Some(100.0),
            price_max: Some(200.0),
            ..Filters::default()
        };
        filters.price_in("USD", Some(1.25));
        assert_eq!(
            filter_expression(&filters),
            "((price_max_eur >= 80 AND price_min_eur <= 160) OR \
             (currency = \"USD\" AND price_max >= 100 AND price_min <= 200))"
        );
        let mut without_rate = Filters {
            price_max: Some(200.0),
            ..Filters::default()
        };
        without_rate.price_in("XAF", None);
        assert_eq!(
            filter_expression(&without_rate),
            "currency = \"XAF\" AND price_min <= 200"
        );
    }
}
