//! The embedded engine: a tantivy index under `DATA_DIR/search`, matching and
//! ranking the way `search-config/products.json` tells Meilisearch to.
//!
//! - Every concept of the query must match (Meilisearch's `matchingStrategy:
//!   all`); a word matches exactly, within its typos, or as a prefix (the
//!   last word), in any searchable attribute; a concept also matches through
//!   its glossary synonyms.
//! - A result's score is the sum, over concepts, of its best match, ranked
//!   like Meilisearch's rules: fewer typos first, then the earlier attribute,
//!   then an exact word over a prefix completion.
//! - Writers are short-lived and take tantivy's lock file, so `search
//!   reindex` in another process can write while the site serves; readers
//!   pick up commits from any process by watching the index's `meta.json`.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::ops::Bound;
use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use tantivy::collector::sort_key::{SortBySimilarityScore, SortByStaticFastValue};
use tantivy::collector::{Collector, Count, SegmentCollector, TopDocs};
use tantivy::columnar::{Cardinality, Column, StrColumn};
use tantivy::directory::MmapDirectory;
use tantivy::directory::error::LockError;
use tantivy::query::{
    AllQuery, BooleanQuery, ConstScoreQuery, DisjunctionMaxQuery, EmptyQuery, FuzzyTermQuery, Occur,
    PhraseQuery, Query, RangeQuery, TermQuery, TermSetQuery,
};
use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions, Value,
};
use tantivy::tokenizer::{TextAnalyzer, Token, TokenStream, Tokenizer};
use tantivy::{
    DocAddress, DocId, Index, IndexReader, IndexWriter, Order, ReloadPolicy, Score, Searcher, SegmentOrdinal,
    SegmentReader, TantivyDocument, TantivyError, Term,
};

use super::config::SearchConfig;
use super::engine::{BOOL_FACETS, RawFacets, RawResults, STRING_FACETS, document_version};
use super::error::SearchError;
use super::model::{Filters, ProductDocument, SearchQuery, SortOrder};
use super::query::{ParsedQuery, QueryWord};
use super::text;

/// Bumped when the schema changes: a new directory, filled by `search reindex`.
const INDEX_DIR: &str = "products-v1";
const TOKENIZER: &str = "odop";
const WRITER_MEMORY: usize = 50_000_000;
/// How long a write waits for another process (a reindex) to release the index.
const WRITER_WAIT: Duration = Duration::from_secs(20);
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

struct Fields {
    id: Field,
    source: Field,
    version: Field,
    /// (attribute, field, weight), most important first.
    searchable: Vec<(String, Field, Score)>,
    /// By attribute name: the filterable string and boolean attributes.
    keywords: HashMap<&'static str, Field>,
    moq: Field,
    price_min: Field,
    price_max: Field,
    published_at: Field,
}

impl Fields {
    fn keyword(&self, name: &str) -> Result<Field, SearchError> {
        self.keywords
            .get(name)
            .copied()
            .ok_or_else(|| SearchError::Engine(format!("the index has no attribute {name}")))
    }
}

fn build_schema(config: &SearchConfig) -> (Schema, Fields) {
    let mut schema = Schema::builder();
    let id = schema.add_text_field("id", STRING | STORED | FAST);
    let source = schema.add_text_field("source", STORED);
    let version = schema.add_text_field("version", STRING | FAST);
    let text_options = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(TOKENIZER)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    let count = config.settings.searchable_attributes.len();
    let searchable = config
        .settings
        .searchable_attributes
        .iter()
        .enumerate()
        .map(|(rank, name)| {
            let field = schema.add_text_field(&format!("text_{name}"), text_options.clone());
            (name.clone(), field, (count - rank) as Score)
        })
        .collect();
    let mut keywords = HashMap::new();
    for name in STRING_FACETS {
        keywords.insert(name, schema.add_text_field(name, STRING | FAST));
    }
    for name in BOOL_FACETS {
        keywords.insert(name, schema.add_bool_field(name, INDEXED | FAST));
    }
    let moq = schema.add_i64_field("moq", INDEXED | FAST);
    let price_min = schema.add_f64_field("price_min", INDEXED | FAST);
    let price_max = schema.add_f64_field("price_max", INDEXED | FAST);
    let published_at = schema.add_i64_field("published_at", INDEXED | FAST);
    let fields = Fields {
        id,
        source,
        version,
        searchable,
        keywords,
        moq,
        price_min,
        price_max,
        published_at,
    };
    (schema.build(), fields)
}

/// The shared tokenizer ([`text::tokenize`]) as a tantivy tokenizer, without stop words.
#[derive(Clone)]
struct OdopTokenizer {
    stop_words: Arc<BTreeSet<String>>,
}

struct OdopTokenStream {
    tokens: Vec<Token>,
    next: usize,
}

impl Tokenizer for OdopTokenizer {
    type TokenStream<'a> = OdopTokenStream;

    fn token_stream<'a>(&'a mut self, input: &'a str) -> OdopTokenStream {
        let tokens = text::tokenize(input)
            .into_iter()
            .filter(|t| !self.stop_words.contains(&t.norm))
            .enumerate()
            .map(|(position, t)| Token {
                offset_from: t.span.start,
                offset_to: t.span.end,
                position,
                text: t.norm,
                position_length: 1,
            })
            .collect();
        OdopTokenStream { tokens, next: 0 }
    }
}

impl TokenStream for OdopTokenStream {
    fn advance(&mut self) -> bool {
        if self.next < self.tokens.len() {
            self.next += 1;
            true
        } else {
            false
        }
    }

    fn token(&self) -> &Token {
        &self.tokens[self.next.saturating_sub(1)]
    }

    fn token_mut(&mut self) -> &mut Token {
        let at = self.next.saturating_sub(1);
        &mut self.tokens[at]
    }
}

fn engine_error(error: TantivyError) -> SearchError {
    SearchError::Engine(error.to_string())
}

impl From<TantivyError> for SearchError {
    fn from(error: TantivyError) -> Self {
        engine_error(error)
    }
}

struct Inner {
    index: Index,
    reader: IndexReader,
    fields: Fields,
    config: Arc<SearchConfig>,
    /// One writer at a time within this process; other processes wait on tantivy's lock file.
    writing: Mutex<()>,
    /// Query words' expansions for the current index generation.
    expansions: Mutex<ExpansionCache>,
}

/// Decompressed blocks of stored documents kept per segment (each holds a
/// few documents, ~16 kB): result pages mostly show the same popular products.
const DOC_STORE_CACHE_BLOCKS: usize = 1024;

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
struct ExpansionCache {
    generation: u64,
    words: HashMap<(String, u8, bool), Matches>,
}

/// The embedded engine; cheap to clone.
#[derive(Clone)]
pub struct EmbeddedEngine {
    inner: Arc<Inner>,
}

impl EmbeddedEngine {
    /// Opens the index under `dir` (creating it when missing).
    pub fn open(dir: &Path, config: Arc<SearchConfig>) -> Result<Self, SearchError> {
        let path = dir.join(INDEX_DIR);
        std::fs::create_dir_all(&path).map_err(|e| {
            SearchError::Engine(format!(
                "cannot create the search index at {}: {e}",
                path.display()
            ))
        })?;
        let (schema, fields) = build_schema(&config);
        let directory = MmapDirectory::open(&path).map_err(|e| SearchError::Engine(e.to_string()))?;
        let index = Index::open_or_create(directory, schema)?;
        let stop_words = Arc::new(config.stop_words.iter().cloned().collect());
        index.tokenizers().register(
            TOKENIZER,
            TextAnalyzer::builder(OdopTokenizer { stop_words }).build(),
        );
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::OnCommitWithDelay)
            .doc_store_cache_num_blocks(DOC_STORE_CACHE_BLOCKS)
            .try_into()?;
        Ok(Self {
            inner: Arc::new(Inner {
                index,
                reader,
                fields,
                config,
                writing: Mutex::new(()),
                expansions: Mutex::new(ExpansionCache::default()),
            }),
        })
    }

    pub fn config(&self) -> &SearchConfig {
        &self.inner.config
    }

    pub async fn index(&self, documents: &[ProductDocument]) -> Result<(), SearchError> {
        let inner = self.inner.clone();
        let documents = documents.to_vec();
        blocking(move || {
            inner.write(|writer, fields| {
                for document in &documents {
                    writer.delete_term(Term::from_field_text(fields.id, &document.id));
                    writer.add_document(to_tantivy(fields, document)?)?;
                }
                Ok(())
            })
        })
        .await
    }

    pub async fn delete(&self, ids: &[String]) -> Result<(), SearchError> {
        let inner = self.inner.clone();
        let ids = ids.to_vec();
        blocking(move || {
            inner.write(|writer, fields| {
                for id in &ids {
                    writer.delete_term(Term::from_field_text(fields.id, id));
                }
                Ok(())
            })
        })
        .await
    }

    pub async fn clear(&self) -> Result<(), SearchError> {
        let inner = self.inner.clone();
        blocking(move || {
            inner.write(|writer, _| {
                writer.delete_all_documents()?;
                Ok(())
            })
        })
        .await
    }

    /// Merges every segment into one (see [`SearchEngine::compact`](super::SearchEngine::compact)).
    pub async fn compact(&self) -> Result<(), SearchError> {
        let inner = self.inner.clone();
        blocking(move || {
            inner.write(|writer, _| {
                let segments = writer.index().searchable_segment_ids()?;
                if segments.len() > 1 {
                    writer.merge(&segments).wait()?;
                }
                Ok(())
            })
        })
        .await
    }

    /// Runs on the calling thread. A search is a millisecond or two of CPU
    /// over memory-mapped files, and the web server runs one worker thread
    /// per core: handing it to a thread pool instead would let every waiting
    /// search share the cores at once, so under load each would take as long
    /// as the slowest (measured: p99 88 ms against 50 ms inline, at 64
    /// connections; docs/PERFORMANCE.md). Index writes, which sync files to
    /// disk, still run on the blocking pool.
    pub fn search(&self, query: &SearchQuery, parsed: &ParsedQuery) -> Result<RawResults, SearchError> {
        self.inner.search(query, parsed)
    }

    /// Document id → content version, for every document in the index.
    pub async fn versions(&self) -> Result<HashMap<String, String>, SearchError> {
        let inner = self.inner.clone();
        blocking(move || inner.versions()).await
    }
}

async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, SearchError> + Send + 'static,
) -> Result<T, SearchError> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| SearchError::Engine(format!("the search thread stopped: {e}")))?
}

fn to_tantivy(fields: &Fields, document: &ProductDocument) -> Result<TantivyDocument, SearchError> {
    let json = serde_json::to_value(document).map_err(anyhow::Error::from)?;
    let mut doc = TantivyDocument::default();
    doc.add_text(fields.id, &document.id);
    doc.add_text(fields.source, json.to_string());
    doc.add_text(fields.version, document_version(document));
    for (name, field, _) in &fields.searchable {
        if let Some(text) = json.get(name).and_then(serde_json::Value::as_str) {
            doc.add_text(*field, text);
        }
    }
    for name in STRING_FACETS {
        if let Some(value) = json.get(name).and_then(serde_json::Value::as_str) {
            doc.add_text(fields.keyword(name)?, value);
        }
    }
    for name in BOOL_FACETS {
        if let Some(value) = json.get(name).and_then(serde_json::Value::as_bool) {
            doc.add_bool(fields.keyword(name)?, value);
        }
    }
    doc.add_i64(fields.moq, document.moq);
    doc.add_f64(fields.price_min, document.price_min);
    doc.add_f64(fields.price_max, document.price_max);
    doc.add_i64(fields.published_at, document.published_at);
    Ok(doc)
}

impl Inner {
    /// Runs `change` with a fresh writer, commits, and makes the change visible here.
    fn write(
        &self,
        change: impl FnOnce(&mut IndexWriter, &Fields) -> Result<(), SearchError>,
    ) -> Result<(), SearchError> {
        let _one_writer = self
            .writing
            .lock()
            .map_err(|_| SearchError::Engine("a previous index write panicked".into()))?;
        let mut writer = self.open_writer()?;
        change(&mut writer, &self.fields)?;
        writer.commit()?;
        writer.wait_merging_threads()?;
        self.reader.reload()?;
        Ok(())
    }

    fn open_writer(&self) -> Result<IndexWriter, SearchError> {
        let waited = Instant::now();
        loop {
            match self.index.writer_with_num_threads(1, WRITER_MEMORY) {
                Ok(writer) => return Ok(writer),
                Err(TantivyError::LockFailure(LockError::LockBusy, _)) if waited.elapsed() < WRITER_WAIT => {
                    std::thread::sleep(Duration::from_millis(100));
                }
                Err(TantivyError::LockFailure(LockError::LockBusy, _)) => {
                    return Err(SearchError::Unavailable(
                        "another process is writing the search index".into(),
                    ));
                }
                Err(other) => return Err(other.into()),
            }
        }
    }
}

impl Inner {
    fn search(&self, query: &SearchQuery, parsed: &ParsedQuery) -> Result<RawResults, SearchError> {
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
        let query_all = BooleanQuery::new(clauses);

        let max_total = self.config.settings.pagination.max_total_hits;
        let offset = query.offset();
        let limit = query.per_page.min(max_total.saturating_sub(offset));
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
                SortOrder::PriceAsc => collect(
                    &searcher,
                    &query_all,
                    top.order_by_fast_field::<f64>("price_min", Order::Asc),
                )?,
                SortOrder::PriceDesc => collect(
                    &searcher,
                    &query_all,
                    top.order_by_fast_field::<f64>("price_max", Order::Desc),
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
        if let Some(low) = filters.price_min {
            queries.push(Box::new(RangeQuery::new(
                Bound::Included(Term::from_field_f64(fields.price_max, low)),
                Bound::Unbounded,
            )));
        }
        if let Some(high) = filters.price_max {
            queries.push(Box::new(RangeQuery::new(
                Bound::Unbounded,
                Bound::Included(Term::from_field_f64(fields.price_min, high)),
            )));
        }
        Ok(queries)
    }

    fn versions(&self) -> Result<HashMap<String, String>, SearchError> {
        let searcher = self.reader.searcher();
        let mut versions = HashMap::new();
        let (mut id, mut version) = (String::new(), String::new());
        for segment in searcher.segment_readers() {
            let fast = segment.fast_fields();
            let (Some(ids), Some(versions_column)) = (fast.str("id")?, fast.str("version")?) else {
                continue;
            };
            for doc in segment.doc_ids_alive() {
                let (Some(id_ord), Some(version_ord)) =
                    (ids.term_ords(doc).next(), versions_column.term_ords(doc).next())
                else {
                    continue;
                };
                id.clear();
                version.clear();
                ids.ord_to_str(id_ord, &mut id)
                    .map_err(|e| SearchError::Engine(e.to_string()))?;
                versions_column
                    .ord_to_str(version_ord, &mut version)
                    .map_err(|e| SearchError::Engine(e.to_string()))?;
                versions.insert(id.clone(), version.clone());
            }
        }
        Ok(versions)
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
fn any_term(mut terms: Vec<Term>) -> Box<dyn Query> {
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

/// Counts the values of every facet attribute among the matching documents,
/// from the fast fields (no stored document is read).
struct FacetCounter;

/// Documents whose facet values are read together: one call into each
/// column per block rather than one per document.
const FACET_BLOCK: usize = 64;

struct SegmentFacets {
    strings: Vec<(&'static str, StrColumn, Vec<usize>)>,
    bools: Vec<(&'static str, Column<bool>, [usize; 2])>,
    block: Vec<DocId>,
    ords: Vec<Option<u64>>,
    flags: Vec<Option<bool>>,
}

impl SegmentFacets {
    fn count_block(&mut self) {
        let docs = &self.block;
        let ords = &mut self.ords[..docs.len()];
        for (_, column, counts) in &mut self.strings {
            if column.ords().get_cardinality() == Cardinality::Multivalued {
                for &doc in docs {
                    for ord in column.term_ords(doc) {
                        count_ord(counts, ord);
                    }
                }
            } else {
                ords.fill(None);
                column.ords().first_vals(docs, ords);
                for ord in ords.iter().flatten() {
                    count_ord(counts, *ord);
                }
            }
        }
        let flags = &mut self.flags[..docs.len()];
        for (_, column, counts) in &mut self.bools {
            flags.fill(None);
            column.first_vals(docs, flags);
            for flag in flags.iter().flatten() {
                counts[usize::from(*flag)] += 1;
            }
        }
        self.block.clear();
    }
}

fn count_ord(counts: &mut [usize], ord: u64) {
    if let Some(count) = usize::try_from(ord).ok().and_then(|o| counts.get_mut(o)) {
        *count += 1;
    }
}

impl Collector for FacetCounter {
    type Fruit = RawFacets;
    type Child = SegmentFacets;

    fn for_segment(&self, _: SegmentOrdinal, segment: &SegmentReader) -> tantivy::Result<SegmentFacets> {
        let fast = segment.fast_fields();
        let mut strings = Vec::new();
        for name in STRING_FACETS {
            if let Some(column) = fast.str(name)? {
                let counts = vec![0; column.num_terms()];
                strings.push((name, column, counts));
            }
        }
        let mut bools = Vec::new();
        for name in BOOL_FACETS {
            bools.push((name, fast.bool(name)?, [0; 2]));
        }
        Ok(SegmentFacets {
            strings,
            bools,
            block: Vec::with_capacity(FACET_BLOCK),
            ords: vec![None; FACET_BLOCK],
            flags: vec![None; FACET_BLOCK],
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<RawFacets>) -> tantivy::Result<RawFacets> {
        let mut merged = RawFacets::new();
        for fruit in fruits {
            for (name, values) in fruit {
                let into = merged.entry(name).or_default();
                for (value, count) in values {
                    *into.entry(value).or_default() += count;
                }
            }
        }
        Ok(merged)
    }
}

impl SegmentCollector for SegmentFacets {
    type Fruit = RawFacets;

    fn collect(&mut self, doc: DocId, _: Score) {
        self.block.push(doc);
        if self.block.len() == FACET_BLOCK {
            self.count_block();
        }
    }

    fn harvest(mut self) -> RawFacets {
        self.count_block();
        let mut facets = RawFacets::new();
        for (name, column, counts) in self.strings {
            let values: &mut BTreeMap<String, usize> = facets.entry(name.to_owned()).or_default();
            // Values read in one pass over the dictionary, in ordinal order.
            let (ords, counts): (Vec<u64>, Vec<usize>) = counts
                .into_iter()
                .enumerate()
                .filter(|(_, count)| *count > 0)
                .map(|(ord, count)| (ord as u64, count))
                .unzip();
            let mut counts = counts.into_iter();
            let read = column.dictionary().sorted_ords_to_term_cb(&ords, |bytes| {
                if let Some(count) = counts.next() {
                    values.insert(String::from_utf8_lossy(bytes).into_owned(), count);
                }
            });
            if let Err(error) = read {
                tracing::warn!(facet = name, %error, "cannot read facet values");
            }
        }
        for (name, _, [no, yes]) in self.bools {
            let values = facets.entry(name.to_owned()).or_default();
            for (value, count) in [("false", no), ("true", yes)] {
                if count > 0 {
                    values.insert(value.to_owned(), count);
                }
            }
        }
        facets
    }
}
