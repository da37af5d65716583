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

mod facets;
mod matching;
mod schema;
mod titles;

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tantivy::directory::MmapDirectory;
use tantivy::directory::error::LockError;
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, TantivyError, Term};

use self::matching::ExpansionCache;
use self::schema::{Fields, OdopTokenizer, TOKENIZER, build_schema};
use super::config::SearchConfig;
use super::engine_answer::{BOOL_FACETS, EngineSearch, RawResults, STRING_FACETS, document_version};
use super::error::SearchError;
use super::model::{ProductDocument, TitleMatch};

/// Bumped when the schema changes: a new directory, filled by `search reindex`.
const INDEX_DIR: &str = "products-v2";
const WRITER_MEMORY: usize = 50_000_000;
/// How long a write waits for another process (a reindex) to release the index.
const WRITER_WAIT: Duration = Duration::from_secs(20);

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
    pub fn search(&self, search: EngineSearch<'_>) -> Result<RawResults, SearchError> {
        self.inner.search(search)
    }

    /// Which of the (normalised) words some searchable attribute holds exactly.
    pub fn indexed_words(&self, words: &[String]) -> Result<HashSet<String>, SearchError> {
        self.inner.indexed_words(words)
    }

    /// Listings whose titles hold the words, newest first (see
    /// [`SearchEngine::titles_starting`](super::SearchEngine::titles_starting)); on the calling thread, as searches.
    pub fn titles(&self, words: &[String], limit: usize) -> Result<Vec<TitleMatch>, SearchError> {
        self.inner.titles(words, limit)
    }

    /// The index generation this process reads.
    pub fn generation(&self) -> u64 {
        self.inner.reader.searcher().generation().generation_id()
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
        for text in texts_at(&json, name) {
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
    if let Some(eur) = document.price_min_eur {
        doc.add_f64(fields.price_min_eur, eur);
    }
    if let Some(eur) = document.price_max_eur {
        doc.add_f64(fields.price_max_eur, eur);
    }
    doc.add_i64(fields.published_at, document.published_at);
    Ok(doc)
}

/// The texts of the attribute `path` as Meilisearch reads it: "title", or
/// "translations.title" for the title of each of a list of objects.
fn texts_at<'a>(json: &'a serde_json::Value, path: &str) -> Vec<&'a str> {
    let mut values = vec![json];
    for key in path.split('.') {
        values = values
            .into_iter()
            .filter_map(|value| value.get(key))
            .flat_map(|value| match value {
                serde_json::Value::Array(items) => items.iter().collect(),
                other => vec![other],
            })
            .collect();
    }
    values.into_iter().filter_map(serde_json::Value::as_str).collect()
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
