//! From what a person typed to what the engines match: parameters are parsed
//! into a [`SearchQuery`], and its words into [`ParsedQuery`] concepts, each a
//! word (or glossary phrase) with the alternatives that also satisfy it.
//!
//! Why expand synonyms ourselves: Meilisearch applies its synonyms only to
//! words typed exactly, so "banarsi" (a typo) would miss the "benarasi"
//! listings. Matching the glossary here, with the same typo rule, lets both
//! engines treat misspelt glossary words alike.

use std::collections::HashSet;
use std::ops::Range;

use serde::Deserialize;

use super::config::SearchConfig;
use super::error::SearchError;
use super::model::{Filters, SearchQuery, SortOrder};
use super::origins::Place;
use super::text::{self, Token};
use crate::directory::Sector;
use crate::i18n::Message;

/// The query string as received: every value optional and unparsed, so a bad
/// value gets our message rather than a deserializer's.
#[derive(Debug, Default, Clone, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SearchParams {
    /// Words to look for; empty lists everything.
    pub q: Option<String>,
    /// A state's slug.
    pub state: Option<String>,
    /// A district's slug.
    pub district: Option<String>,
    /// A sector's slug.
    pub sector: Option<String>,
    pub category: Option<String>,
    /// `1`, `on` or `true`: only GI-tagged products.
    pub gi: Option<String>,
    /// Only verified producers (`1`, `on` or `true`).
    pub verified: Option<String>,
    /// Only export-ready listings (`1`, `on` or `true`).
    pub export_ready: Option<String>,
    /// The largest minimum order quantity, a whole number.
    pub moq_max: Option<String>,
    /// Lowest price, in `currency`'s major units.
    pub price_min: Option<String>,
    /// Highest price, in `currency`'s major units.
    pub price_max: Option<String>,
    /// An ISO 4217 code, e.g. `INR`.
    pub currency: Option<String>,
    /// An HS chapter, two digits.
    pub hs_chapter: Option<String>,
    /// `relevance`, `newest`, `price_asc` or `price_desc`.
    pub sort: Option<String>,
    /// The page, from 1.
    pub page: Option<String>,
    /// Results a page, at most 48.
    pub per_page: Option<String>,
    /// `true`: the words as typed only, without reading a place name
    /// ("Banarasi") as the listings from that place.
    pub literal: Option<String>,
}

fn invalid(parameter: &'static str, message: Message) -> SearchError {
    SearchError::InvalidParameter { parameter, message }
}

/// A present, non-blank value.
fn given(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

fn slug(parameter: &'static str, value: &Option<String>) -> Result<Option<String>, SearchError> {
    let Some(raw) = given(value) else {
        return Ok(None);
    };
    let valid = raw.len() <= 100
        && raw
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !valid {
        return Err(invalid(
            parameter,
            Message::new("search-bad-slug").with("parameter", parameter),
        ));
    }
    Ok(Some(raw.to_owned()))
}

fn flag(parameter: &'static str, value: &Option<String>) -> Result<bool, SearchError> {
    match given(value) {
        None | Some("false" | "0") => Ok(false),
        Some("true" | "1" | "on") => Ok(true),
        Some(_) => Err(invalid(
            parameter,
            Message::new("search-bad-flag").with("parameter", parameter),
        )),
    }
}

fn whole_number(parameter: &'static str, value: &Option<String>) -> Result<Option<i64>, SearchError> {
    let Some(raw) = given(value) else {
        return Ok(None);
    };
    match raw.parse::<i64>() {
        Ok(n) if n >= 0 => Ok(Some(n)),
        _ => Err(invalid(
            parameter,
            Message::new("search-bad-whole-number")
                .with("parameter", parameter)
                .with("value", shorten(raw)),
        )),
    }
}

fn amount(parameter: &'static str, value: &Option<String>) -> Result<Option<f64>, SearchError> {
    let Some(raw) = given(value) else {
        return Ok(None);
    };
    match raw.replace(',', "").parse::<f64>() {
        Ok(n) if (0.0..1e15).contains(&n) => Ok(Some(n)),
        _ => Err(invalid(
            parameter,
            Message::new("search-bad-amount")
                .with("parameter", parameter)
                .with("value", shorten(raw)),
        )),
    }
}

fn shorten(raw: &str) -> String {
    match raw.char_indices().nth(20) {
        Some((cut, _)) => format!("{}…", &raw[..cut]),
        None => raw.to_owned(),
    }
}

impl SearchQuery {
    /// Validates every parameter; the first bad one is the error.
    pub fn from_params(params: &SearchParams) -> Result<Self, SearchError> {
        let text = params.q.as_deref().unwrap_or_default().trim();
        if text.chars().count() > Self::MAX_QUERY_CHARS {
            return Err(invalid(
                "q",
                Message::new("search-bad-words-too-long").with("max", Self::MAX_QUERY_CHARS),
            ));
        }
        let sector = slug("sector", &params.sector)?;
        if let Some(s) = &sector
            && Sector::from_slug(s).is_none()
        {
            return Err(invalid(
                "sector",
                Message::new("search-bad-sector").with("sector", s.as_str()),
            ));
        }
        let category = given(&params.category).map(str::to_owned);
        if category.as_ref().is_some_and(|c| c.chars().count() > 100) {
            return Err(invalid("category", Message::new("search-bad-category")));
        }
        let currency = match given(&params.currency) {
            None => None,
            Some(c) if c.len() == 3 && c.chars().all(|ch| ch.is_ascii_alphabetic()) => {
                Some(c.to_ascii_uppercase())
            }
            Some(_) => {
                return Err(invalid("currency", Message::new("search-bad-currency")));
            }
        };
        let hs_chapter = match given(&params.hs_chapter) {
            None => None,
            Some(c) if c.len() == 2 && c.chars().all(|ch| ch.is_ascii_digit()) => Some(c.to_owned()),
            Some(_) => {
                return Err(invalid("hs_chapter", Message::new("search-bad-hs-chapter")));
            }
        };
        let price_min = amount("price_min", &params.price_min)?;
        let price_max = amount("price_max", &params.price_max)?;
        if let (Some(low), Some(high)) = (price_min, price_max)
            && low > high
        {
            return Err(invalid("price_min", Message::new("search-bad-price-order")));
        }
        let sort = match given(&params.sort) {
            None => SortOrder::Relevance,
            Some(raw) => {
                SortOrder::parse(raw).ok_or_else(|| invalid("sort", Message::new("search-bad-sort")))?
            }
        };
        let page = match given(&params.page) {
            None => 1,
            Some(raw) => match raw.parse::<usize>() {
                Ok(n) if (1..=Self::MAX_PAGE).contains(&n) => n,
                _ => {
                    return Err(invalid(
                        "page",
                        Message::new("search-bad-page").with("max", Self::MAX_PAGE),
                    ));
                }
            },
        };
        let per_page = match given(&params.per_page) {
            None => Self::DEFAULT_PER_PAGE,
            Some(raw) => match raw.parse::<usize>() {
                Ok(n) if (1..=Self::MAX_PER_PAGE).contains(&n) => n,
                _ => {
                    return Err(invalid(
                        "per_page",
                        Message::new("search-bad-per-page").with("max", Self::MAX_PER_PAGE),
                    ));
                }
            },
        };
        Ok(Self {
            text: text.to_owned(),
            filters: Filters {
                state: slug("state", &params.state)?,
                district: slug("district", &params.district)?,
                sector,
                category,
                gi: flag("gi", &params.gi)?,
                verified: flag("verified", &params.verified)?,
                export_ready: flag("export_ready", &params.export_ready)?,
                moq_max: whole_number("moq_max", &params.moq_max)?,
                price_min,
                price_max,
                // Bounds with a currency filter are in that currency; the
                // pages otherwise read them in the reader's (`Filters::price_in`).
                price_currency: currency.clone(),
                currency,
                hs_chapter,
                price_min_eur: None,
                price_max_eur: None,
            },
            sort,
            page,
            per_page,
            literal: flag("literal", &params.literal)?,
        })
    }

    /// The query as URL parameters, defaults left out: the inverse of
    /// [`SearchQuery::from_params`], for links to this search and its variations.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let f = &self.filters;
        let mut pairs = Vec::new();
        if !self.text.is_empty() {
            pairs.push(("q", self.text.clone()));
        }
        let optional = [
            ("state", &f.state),
            ("district", &f.district),
            ("sector", &f.sector),
            ("category", &f.category),
        ];
        for (name, value) in optional {
            if let Some(v) = value {
                pairs.push((name, v.clone()));
            }
        }
        for (name, on) in [
            ("gi", f.gi),
            ("verified", f.verified),
            ("export_ready", f.export_ready),
        ] {
            if on {
                pairs.push((name, "true".to_owned()));
            }
        }
        if let Some(moq) = f.moq_max {
            pairs.push(("moq_max", moq.to_string()));
        }
        if let Some(p) = f.price_min {
            pairs.push(("price_min", p.to_string()));
        }
        if let Some(p) = f.price_max {
            pairs.push(("price_max", p.to_string()));
        }
        if let Some(c) = &f.currency {
            pairs.push(("currency", c.clone()));
        }
        if let Some(c) = &f.hs_chapter {
            pairs.push(("hs_chapter", c.clone()));
        }
        if self.sort != SortOrder::Relevance {
            pairs.push(("sort", self.sort.as_str().to_owned()));
        }
        if self.page != 1 {
            pairs.push(("page", self.page.to_string()));
        }
        if self.per_page != Self::DEFAULT_PER_PAGE {
            pairs.push(("per_page", self.per_page.to_string()));
        }
        if self.literal {
            pairs.push(("literal", "true".to_owned()));
        }
        pairs
    }
}

/// One word of a query as the engines match it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryWord {
    pub norm: String,
    /// Typos allowed for this word's length.
    pub typos: u8,
    /// The last word may be the start of a longer word.
    pub prefix: bool,
}

impl QueryWord {
    /// Whether a (normalised) word of a document matches this query word.
    pub fn matches(&self, word: &str) -> bool {
        self.typos_to(word).is_some()
    }

    /// The typos it takes to match `word` (0 for the word itself or, for a
    /// prefix, a word it starts), or `None` if it is not a match.
    pub fn typos_to(&self, word: &str) -> Option<usize> {
        let allowed = usize::from(self.typos);
        // Each typo changes the length by one at most: far longer or shorter words cannot match.
        let (query_len, word_len) = (self.norm.chars().count(), word.chars().count());
        let too_short = word_len + allowed < query_len;
        let too_long = !self.prefix && word_len > query_len + allowed;
        if too_short || too_long {
            return None;
        }
        let distance = if word == self.norm || (self.prefix && word.starts_with(&self.norm)) {
            0
        } else if allowed == 0 || (allowed == 1 && self.norm.chars().next() != word.chars().next()) {
            // A different first letter is a typo of its own on top of at
            // least one edit: more than one allows.
            return None;
        } else if self.prefix {
            text::prefix_typo_distance(&self.norm, word)
        } else {
            text::typo_distance(&self.norm, word)
        };
        (distance <= allowed).then_some(distance)
    }
}

/// Something every result must contain: the words as typed (each with its
/// typos and prefix), or one of the glossary's alternatives for them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Concept {
    pub words: Vec<QueryWord>,
    /// Other glossary entries of the same meaning, each a sequence of
    /// normalised words to be found together, exactly.
    pub synonyms: Vec<Vec<String>>,
    /// Where the typed words misspell a glossary entry: their place in the
    /// query text and the entry as written.
    pub correction: Option<(Range<usize>, String)>,
}

/// A query's words, grouped into concepts that must all match.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ParsedQuery {
    pub concepts: Vec<Concept>,
    /// The first run of words naming an origin ("banarasi", "benares"): the
    /// engines also take them as "from this place".
    pub origin: Option<OriginReading>,
}

/// Words of the query that name a place through the origin glossary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OriginReading {
    /// The concepts the name covers.
    pub concepts: Range<usize>,
    /// Where the name is in the query text.
    pub span: Range<usize>,
    pub place: Place,
}

impl ParsedQuery {
    /// The query's concepts, as if the index held none of its words: a word
    /// near a glossary entry is taken as a misspelling of it. Engines ask
    /// which of [`corrected_words`](Self::corrected_words) they hold and
    /// parse again with [`parse_knowing`](Self::parse_knowing).
    pub fn parse(query: &str, config: &SearchConfig) -> Self {
        Self::parse_knowing(query, config, &HashSet::new())
    }

    /// The query's concepts, where a word in `indexed` (the index holds it as
    /// typed) is never read as a misspelt glossary entry: "wooden" is a word
    /// of its own, not a typo of "woolen".
    pub fn parse_knowing(query: &str, config: &SearchConfig, indexed: &HashSet<String>) -> Self {
        let tokens: Vec<Token> = text::tokenize(query)
            .into_iter()
            .filter(|t| !config.stop_words.contains(&t.norm))
            .collect();
        // The last word may be the start of a word still being typed ("chand"
        // of "chanderi"): it is matched as a prefix, never corrected to a
        // glossary entry it happens to be near ("chana").
        let mut indexed = indexed.clone();
        if let Some(last) = tokens.last() {
            indexed.insert(last.norm.clone());
        }
        let indexed = &indexed;
        let word = |i: usize| QueryWord {
            norm: tokens[i].norm.clone(),
            typos: if config.glossary_words.contains(&tokens[i].norm) {
                0
            } else {
                config.typo_rule.allowed(&tokens[i].norm)
            },
            prefix: i + 1 == tokens.len(),
        };
        // An origin name is read first, and glossary phrases do not reach
        // across it: "banarasi silk" is Banarasi and silk, not a misspelt
        // "banaras silk".
        let origin_tokens = origin_tokens(&tokens, config, indexed);
        let segments: Vec<Range<usize>> = match &origin_tokens {
            Some((run, _)) => vec![0..run.start, run.clone(), run.end..tokens.len()],
            None => std::iter::once(0..tokens.len()).collect(),
        };
        let mut concepts = Vec::new();
        let mut origin = None;
        for segment in segments {
            let first_concept = concepts.len();
            let mut at = segment.start;
            while at < segment.end {
                match longest_glossary_match(&tokens[at..segment.end], config, indexed) {
                    Some(found) => {
                        let span = at..at + found.len;
                        let words: Vec<QueryWord> = span.clone().map(word).collect();
                        let typed: Vec<&str> = tokens[span.clone()].iter().map(|t| t.norm.as_str()).collect();
                        let synonyms = config.groups[found.group]
                            .iter()
                            .filter(|entry| entry.words != typed)
                            .map(|entry| entry.words.clone())
                            .collect();
                        let correction = (found.typos > 0).then(|| {
                            let entry = &config.groups[found.group][found.entry];
                            (
                                tokens[span.start].span.start..tokens[span.end - 1].span.end,
                                entry.text.clone(),
                            )
                        });
                        concepts.push(Concept {
                            words,
                            synonyms,
                            correction,
                        });
                        at = span.end;
                    }
                    None => {
                        concepts.push(Concept {
                            words: vec![word(at)],
                            synonyms: Vec::new(),
                            correction: None,
                        });
                        at += 1;
                    }
                }
            }
            if let Some((run, place)) = &origin_tokens
                && *run == segment
            {
                origin = Some(OriginReading {
                    concepts: first_concept..concepts.len(),
                    span: tokens[run.start].span.start..tokens[run.end - 1].span.end,
                    place: place.clone(),
                });
            }
        }
        Self { concepts, origin }
    }

    /// The query without its origin name, as the text and concepts that
    /// listings from the place must still match ("banarasi silk" → "silk").
    pub fn without_origin(&self, query: &str) -> Option<(String, ParsedQuery)> {
        let origin = self.origin.as_ref()?;
        let text = format!("{} {}", &query[..origin.span.start], &query[origin.span.end..]);
        // Corrections after the name move left by its length, less the space.
        let moved = origin.span.len() - 1;
        let concepts = self
            .concepts
            .iter()
            .enumerate()
            .filter(|(i, _)| !origin.concepts.contains(i))
            .map(|(_, concept)| {
                let mut concept = concept.clone();
                if let Some((span, _)) = &mut concept.correction
                    && span.start >= origin.span.end
                {
                    *span = span.start - moved..span.end - moved;
                }
                concept
            })
            .collect();
        Some((
            text,
            ParsedQuery {
                concepts,
                origin: None,
            },
        ))
    }

    pub fn is_empty(&self) -> bool {
        self.concepts.is_empty()
    }

    /// The typed words a glossary match took as misspellings: if the index
    /// holds one as typed, the query means that word.
    pub fn corrected_words(&self) -> Vec<String> {
        let mut words: Vec<String> = Vec::new();
        for concept in self.concepts.iter().filter(|c| c.correction.is_some()) {
            for word in &concept.words {
                if !words.contains(&word.norm) {
                    words.push(word.norm.clone());
                }
            }
        }
        words
    }

    /// The text to send to Meilisearch: as typed, with misspelt glossary
    /// words replaced by the entry they misspell, so its synonyms apply.
    pub fn corrected_text(&self, query: &str) -> String {
        let mut out = String::with_capacity(query.len());
        let mut from = 0;
        for (span, entry) in self.concepts.iter().filter_map(|c| c.correction.as_ref()) {
            out.push_str(&query[from..span.start]);
            out.push_str(entry);
            from = span.end;
        }
        out.push_str(&query[from..]);
        out
    }

    /// Whether a (normalised) document word is one the query matched: a query
    /// word (with its typos or as a prefix) or a one-word synonym.
    pub fn matches_word(&self, word: &str) -> bool {
        self.concepts.iter().any(|concept| {
            concept.words.iter().any(|w| w.matches(word))
                || concept.synonyms.iter().any(|s| s.len() == 1 && s[0] == word)
        })
    }

    /// The multi-word synonyms of the query's words.
    pub fn phrases(&self) -> impl Iterator<Item = &Vec<String>> {
        self.concepts
            .iter()
            .flat_map(|c| &c.synonyms)
            .filter(|s| s.len() > 1)
    }
}

/// The first run of words naming an origin, longest first, with its place.
/// A single word also names one through the glossary entry it matches, so a
/// misspelling ("banarsi") or another script reads as the origin it means.
fn origin_tokens(
    tokens: &[Token],
    config: &SearchConfig,
    indexed: &HashSet<String>,
) -> Option<(Range<usize>, Place)> {
    let glossary = &config.origins;
    for start in 0..tokens.len() {
        let longest = (tokens.len() - start).min(glossary.longest_name);
        for len in (1..=longest).rev() {
            let words: Vec<&str> = tokens[start..start + len]
                .iter()
                .map(|t| t.norm.as_str())
                .collect();
            if let Some(origin) = glossary.named_by(&words) {
                return Some((start..start + len, origin.place.clone()));
            }
        }
        let one_word = longest_glossary_match(&tokens[start..=start], config, indexed).and_then(|found| {
            config.groups[found.group]
                .iter()
                .filter(|entry| entry.words.len() == 1)
                .find_map(|entry| glossary.named_by(&entry.words))
        });
        if let Some(origin) = one_word {
            return Some((start..start + 1, origin.place.clone()));
        }
    }
    None
}

struct GlossaryMatch {
    group: usize,
    entry: usize,
    /// Words of the query covered.
    len: usize,
    typos: usize,
}

/// The longest glossary entry the tokens start with (typos allowed as for
/// any query word; a typo on a first letter counts twice, so candidates share
/// the first letter), preferring fewer typos. A word the index holds as typed
/// (`indexed`) only matches an entry exactly.
fn longest_glossary_match(
    tokens: &[Token],
    config: &SearchConfig,
    indexed: &HashSet<String>,
) -> Option<GlossaryMatch> {
    let initial = tokens.first()?.norm.chars().next()?;
    let candidates = config.entries_by_initial.get(&initial)?;
    let mut best: Option<GlossaryMatch> = None;
    for &(group, entry) in candidates {
        let words = &config.groups[group][entry].words;
        if words.len() > tokens.len() {
            continue;
        }
        let mut typos = 0;
        let fits = words.iter().zip(tokens).all(|(word, token)| {
            if *word == token.norm {
                return true;
            }
            let allowed = usize::from(config.typo_rule.allowed(&token.norm));
            if allowed == 0 || indexed.contains(&token.norm) {
                return false;
            }
            let distance = text::typo_distance(&token.norm, word);
            typos += distance;
            distance <= allowed
        });
        let better = best
            .as_ref()
            .is_none_or(|b| words.len() > b.len || (words.len() == b.len && typos < b.typos));
        if fits && better {
            best = Some(GlossaryMatch {
                group,
                entry,
                len: words.len(),
                typos,
            });
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> SearchConfig {
        SearchConfig::compiled().expect("search-config parses")
    }

    fn params(pairs: &[(&str, &str)]) -> SearchParams {
        let mut p = SearchParams::default();
        for (name, value) in pairs {
            let value = Some((*value).to_owned());
            match *name {
                "q" => p.q = value,
                "state" => p.state = value,
                "sector" => p.sector = value,
                "gi" => p.gi = value,
                "moq_max" => p.moq_max = value,
                "price_min" => p.price_min = value,
                "price_max" => p.price_max = value,
                "currency" => p.currency = value,
                "hs_chapter" => p.hs_chapter = value,
                "sort" => p.sort = value,
                "page" => p.page = value,
                "per_page" => p.per_page = value,
                other => panic!("no parameter {other} in this helper"),
            }
        }
        p
    }

    #[test]
    fn parses_and_round_trips_parameters() {
        let p = params(&[
            ("q", " banarasi saree "),
            ("state", "uttar-pradesh"),
            ("sector", "handloom"),
            ("gi", "true"),
            ("price_min", "1,000"),
            ("currency", "inr"),
            ("sort", "price_asc"),
            ("page", "2"),
        ]);
        let query = SearchQuery::from_params(&p).expect("valid");
        assert_eq!(query.text, "banarasi saree");
        assert_eq!(query.filters.price_min, Some(1000.0));
        assert_eq!(query.filters.currency.as_deref(), Some("INR"));
        assert_eq!(query.offset(), 24);
        let pairs = query.to_pairs();
        assert!(pairs.contains(&("sort", "price_asc".to_owned())));
        assert!(pairs.contains(&("gi", "true".to_owned())));
    }

    #[test]
    fn rejects_bad_parameters_with_a_message_naming_them() {
        for (name, value) in [
            ("sort", "cheapest"),
            ("page", "0"),
            ("per_page", "49"),
            ("price_min", "abc"),
            ("moq_max", "-1"),
            ("sector", "spaceships"),
            ("state", "Uttar Pradesh"),
            ("currency", "rupees"),
            ("hs_chapter", "5"),
            ("gi", "maybe"),
        ] {
            match SearchQuery::from_params(&params(&[(name, value)])) {
                Err(SearchError::InvalidParameter { parameter, .. }) => assert_eq!(parameter, name),
                other => panic!("{name}={value}: {other:?}"),
            }
        }
        let long = "x".repeat(10_000);
        assert!(SearchQuery::from_params(&params(&[("q", &long)])).is_err());
    }

    #[test]
    fn glossary_words_expand_across_scripts() {
        let config = config();
        let parsed = ParsedQuery::parse("हल्दी", &config);
        assert_eq!(parsed.concepts.len(), 1);
        assert!(parsed.concepts[0].synonyms.contains(&vec!["turmeric".to_owned()]));
        let parsed = ParsedQuery::parse("haldi powder", &config);
        assert_eq!(parsed.concepts.len(), 2);
        assert!(parsed.concepts[0].synonyms.contains(&vec!["हल्दी".to_owned()]));
    }

    #[test]
    fn multi_word_entries_win_and_typos_are_corrected() {
        let config = config();
        let parsed = ParsedQuery::parse("the Indian gooseberry", &config);
        assert_eq!(parsed.concepts.len(), 1, "{parsed:?}");
        assert!(parsed.concepts[0].synonyms.contains(&vec!["amla".to_owned()]));
        let query = "banarasy sari";
        let parsed = ParsedQuery::parse(query, &config);
        assert_eq!(parsed.corrected_text(query), "banarasi sari");
        assert!(parsed.concepts[1].words[0].prefix);
    }

    #[test]
    fn a_word_the_index_holds_is_never_corrected() {
        let config = config();
        let parsed = ParsedQuery::parse("wooden toys", &config);
        assert_eq!(parsed.corrected_text("wooden toys"), "woolen toys");
        assert_eq!(parsed.corrected_words(), ["wooden"]);
        let indexed = HashSet::from(["wooden".to_owned()]);
        let parsed = ParsedQuery::parse_knowing("wooden toys", &config, &indexed);
        assert_eq!(parsed.corrected_text("wooden toys"), "wooden toys");
        assert!(parsed.concepts[0].synonyms.is_empty(), "{parsed:?}");
        assert!(parsed.corrected_words().is_empty());
    }

    #[test]
    fn highlighting_knows_which_words_matched() {
        let parsed = ParsedQuery::parse("banarsi sil", &config());
        assert!(parsed.matches_word("banarasi"));
        assert!(parsed.matches_word("benarasi"));
        assert!(parsed.matches_word("silk"));
        assert!(!parsed.matches_word("cotton"));
    }
}
