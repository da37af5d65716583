//! The index's schema: one field per document attribute, and the tokenizer
//! that splits text the way the query parser does.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use tantivy::Score;
use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

use crate::search::config::SearchConfig;
use crate::search::engine_answer::{BOOL_FACETS, STRING_FACETS};
use crate::search::error::SearchError;
use crate::search::text;

pub(super) const TOKENIZER: &str = "odop";

pub(super) struct Fields {
    pub(super) id: Field,
    pub(super) source: Field,
    pub(super) version: Field,
    /// (attribute, field, weight), most important first.
    pub(super) searchable: Vec<(String, Field, Score)>,
    /// By attribute name: the filterable string and boolean attributes.
    pub(super) keywords: HashMap<&'static str, Field>,
    pub(super) moq: Field,
    pub(super) price_min: Field,
    pub(super) price_max: Field,
    pub(super) price_min_eur: Field,
    pub(super) price_max_eur: Field,
    pub(super) published_at: Field,
}

impl Fields {
    pub(super) fn keyword(&self, name: &str) -> Result<Field, SearchError> {
        self.keywords
            .get(name)
            .copied()
            .ok_or_else(|| SearchError::Engine(format!("the index has no attribute {name}")))
    }
}

pub(super) fn build_schema(config: &SearchConfig) -> (Schema, Fields) {
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
            // "translations.title" → "text_translations_title": a dot would read as a JSON path.
            let field =
                schema.add_text_field(&format!("text_{}", name.replace('.', "_")), text_options.clone());
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
    let price_min_eur = schema.add_f64_field("price_min_eur", INDEXED | FAST);
    let price_max_eur = schema.add_f64_field("price_max_eur", INDEXED | FAST);
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
        price_min_eur,
        price_max_eur,
        published_at,
    };
    (schema.build(), fields)
}

/// The shared tokenizer ([`text::tokenize`]) as a tantivy tokenizer, without stop words.
#[derive(Clone)]
pub(super) struct OdopTokenizer {
    pub(super) stop_words: Arc<BTreeSet<String>>,
}

pub(super) struct OdopTokenStream {
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
