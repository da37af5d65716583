//! Listing titles for suggestions: the typed words in the title field alone,
//! the last as the start of a word, newest first.

use std::collections::HashMap;

use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::{Order, Searcher, TantivyDocument, Term};

use super::Inner;
use super::matching::any_term;
use crate::search::error::SearchError;
use crate::search::model::{ProductDocument, TitleMatch};

/// Title words a begun word stands for at most: the most frequent. Two
/// letters begin a few hundred words of a large catalogue's titles.
const MAX_BEGUN_WORDS: usize = 1000;

impl Inner {
    pub(super) fn titles(&self, words: &[String], limit: usize) -> Result<Vec<TitleMatch>, SearchError> {
        let Some((last, whole)) = words.split_last() else {
            return Ok(Vec::new());
        };
        let field = self.title_field()?;
        let searcher = self.reader.searcher();
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = whole
            .iter()
            // The index leaves stop words out; Meilisearch ignores them in queries.
            .filter(|word| !self.config.stop_words.contains(*word))
            .map(|word| {
                let query: Box<dyn Query> = Box::new(TermQuery::new(
                    Term::from_field_text(field, word),
                    IndexRecordOption::Basic,
                ));
                (Occur::Must, query)
            })
            .collect();
        let begun = begun_words(&searcher, field, last)?;
        clauses.push((
            Occur::Must,
            any_term(
                begun
                    .into_iter()
                    .map(|word| Term::from_field_text(field, &word))
                    .collect(),
            ),
        ));
        let newest = TopDocs::with_limit(limit).order_by_fast_field::<i64>("published_at", Order::Desc);
        let found = searcher.search(&BooleanQuery::new(clauses), &newest)?;
        let mut titles = Vec::with_capacity(found.len());
        for (_, address) in found {
            let stored: TantivyDocument = searcher.doc(address)?;
            let source = stored
                .get_first(self.fields.source)
                .and_then(|v| v.as_str())
                .ok_or_else(|| SearchError::Engine("a stored document has no source".into()))?;
            let document: ProductDocument = serde_json::from_str(source).map_err(anyhow::Error::from)?;
            titles.push(TitleMatch {
                title: document.title,
                slug: document.slug,
            });
        }
        Ok(titles)
    }

    fn title_field(&self) -> Result<Field, SearchError> {
        self.fields
            .searchable
            .iter()
            .find(|(name, ..)| name == "title")
            .map(|(_, field, _)| *field)
            .ok_or_else(|| SearchError::Engine("the index has no title attribute".into()))
    }
}

/// The title words that begin with `start`, most frequent first.
fn begun_words(searcher: &Searcher, field: Field, start: &str) -> Result<Vec<String>, SearchError> {
    let mut frequency: HashMap<String, u64> = HashMap::new();
    for segment in searcher.segment_readers() {
        let inverted = segment.inverted_index(field)?;
        let mut stream = inverted
            .terms()
            .range()
            .ge(start.as_bytes())
            .into_stream()
            .map_err(|e| SearchError::Engine(e.to_string()))?;
        while stream.advance() {
            if !stream.key().starts_with(start.as_bytes()) {
                break;
            }
            if let Ok(word) = std::str::from_utf8(stream.key()) {
                *frequency.entry(word.to_owned()).or_default() += u64::from(stream.value().doc_freq);
            }
        }
    }
    let mut words: Vec<(String, u64)> = frequency.into_iter().collect();
    if words.len() > MAX_BEGUN_WORDS {
        words.sort_unstable_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        words.truncate(MAX_BEGUN_WORDS);
    }
    Ok(words.into_iter().map(|(word, _)| word).collect())
}
