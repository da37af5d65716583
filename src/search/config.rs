//! `search-config/`, the one source of truth for both engines: the index
//! settings (`products.json`, in Meilisearch's own format) and the glossary
//! (`synonyms.json`). Compiled into the binary so every copy agrees.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use serde::Deserialize;

use super::origins::{ORIGINS_JSON, OriginGlossary};
use super::text::{self, TypoRule};

pub const PRODUCTS_JSON: &str = include_str!("../../search-config/products.json");
pub const SYNONYMS_JSON: &str = include_str!("../../search-config/synonyms.json");

/// The parts of `products.json` the embedded engine and the query layer use.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IndexSettings {
    /// In order of weight: a match in an earlier attribute ranks higher.
    pub searchable_attributes: Vec<String>,
    pub filterable_attributes: Vec<String>,
    pub sortable_attributes: Vec<String>,
    pub typo_tolerance: TypoTolerance,
    pub faceting: Faceting,
    pub pagination: Pagination,
    pub stop_words: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TypoTolerance {
    pub min_word_size_for_typos: MinWordSize,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MinWordSize {
    pub one_typo: usize,
    pub two_typos: usize,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Faceting {
    pub max_values_per_facet: usize,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Pagination {
    pub max_total_hits: usize,
}

#[derive(Debug, Deserialize)]
struct GlossaryFile {
    groups: Vec<Vec<String>>,
}

/// A glossary entry: the words as written and their normalised form.
#[derive(Debug, Clone)]
pub struct GlossaryEntry {
    pub text: String,
    pub words: Vec<String>,
}

/// The compiled configuration: settings, stop words and glossary.
#[derive(Debug)]
pub struct SearchConfig {
    pub settings: IndexSettings,
    pub stop_words: HashSet<String>,
    pub typo_rule: TypoRule,
    /// Groups of entries that mean the same thing.
    pub groups: Vec<Vec<GlossaryEntry>>,
    /// Longest entry, in words.
    pub longest_entry: usize,
    /// (group, entry) of the glossary by the first letter of the entry's
    /// first word, to keep matching a query against it cheap.
    pub entries_by_initial: HashMap<char, Vec<(usize, usize)>>,
    /// Every word of every glossary entry. A query word among them means
    /// what the glossary says, not a typo of something else ("haldi" is not
    /// "handi…" misspelt): neither engine looks for typos of it.
    pub glossary_words: BTreeSet<String>,
    /// Origin names (`origins.json`): a query word naming a place also
    /// matches the listings from there.
    pub origins: OriginGlossary,
}

impl SearchConfig {
    pub fn parse(products: &str, synonyms: &str) -> Result<Self, serde_json::Error> {
        let settings: IndexSettings = serde_json::from_str(products)?;
        let glossary: GlossaryFile = serde_json::from_str(synonyms)?;
        let stop_words: HashSet<String> = settings.stop_words.iter().flat_map(|w| text::words(w)).collect();
        let groups: Vec<Vec<GlossaryEntry>> = glossary
            .groups
            .into_iter()
            .map(|group| {
                group
                    .into_iter()
                    .map(|entry| GlossaryEntry {
                        words: text::words(&entry)
                            .into_iter()
                            .filter(|w| !stop_words.contains(w))
                            .collect(),
                        text: entry,
                    })
                    .filter(|entry| !entry.words.is_empty())
                    .collect()
            })
            .collect();
        let longest_entry = groups.iter().flatten().map(|e| e.words.len()).max().unwrap_or(1);
        let mut entries_by_initial: HashMap<char, Vec<(usize, usize)>> = HashMap::new();
        for (g, group) in groups.iter().enumerate() {
            for (e, entry) in group.iter().enumerate() {
                if let Some(initial) = entry.words.first().and_then(|w| w.chars().next()) {
                    entries_by_initial.entry(initial).or_default().push((g, e));
                }
            }
        }
        let glossary_words = groups
            .iter()
            .flatten()
            .flat_map(|entry| entry.words.iter().cloned())
            .collect();
        let typo_rule = TypoRule {
            one_typo: settings.typo_tolerance.min_word_size_for_typos.one_typo,
            two_typos: settings.typo_tolerance.min_word_size_for_typos.two_typos,
        };
        Ok(Self {
            settings,
            stop_words,
            typo_rule,
            groups,
            longest_entry,
            entries_by_initial,
            glossary_words,
            origins: OriginGlossary::default(),
        })
    }

    /// The glossary as Meilisearch synonyms: every entry maps to the others of its group.
    pub fn meilisearch_synonyms(&self) -> BTreeMap<String, Vec<String>> {
        let mut synonyms: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for group in &self.groups {
            for entry in group {
                let others = group
                    .iter()
                    .filter(|other| other.text != entry.text)
                    .map(|other| other.text.clone());
                synonyms
                    .entry(entry.text.to_lowercase())
                    .or_default()
                    .extend(others);
            }
        }
        synonyms
    }
}

impl SearchConfig {
    /// The configuration compiled into the binary. The engines load it once
    /// at start-up, so a malformed file stops the start (and fails the tests).
    pub fn compiled() -> anyhow::Result<Self> {
        Ok(Self {
            origins: OriginGlossary::parse(ORIGINS_JSON)?,
            ..Self::parse(PRODUCTS_JSON, SYNONYMS_JSON)?
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_compiled_files_parse() {
        let config = SearchConfig::parse(PRODUCTS_JSON, SYNONYMS_JSON).expect("search-config parses");
        assert_eq!(config.settings.searchable_attributes[0], "title");
        assert!(
            config.groups.len() >= 150,
            "{} glossary groups",
            config.groups.len()
        );
        assert!(config.stop_words.contains("the"));
    }

    #[test]
    fn products_json_is_a_meilisearch_settings_document() {
        let settings: meilisearch_sdk::settings::Settings =
            serde_json::from_str(PRODUCTS_JSON).expect("Meilisearch settings");
        assert_eq!(
            settings.typo_tolerance.and_then(|t| t.min_word_size_for_typos),
            Some(meilisearch_sdk::settings::MinWordSizeForTypos {
                one_typo: Some(5),
                two_typos: Some(9)
            })
        );
    }

    #[test]
    fn no_entry_is_in_two_groups() {
        let config = SearchConfig::parse(PRODUCTS_JSON, SYNONYMS_JSON).expect("search-config parses");
        let mut owner = std::collections::HashMap::new();
        for (index, group) in config.groups.iter().enumerate() {
            for entry in group {
                let previous = owner.insert(entry.words.join(" "), index);
                assert!(
                    previous.is_none_or(|p| p == index),
                    "“{}” is in two groups",
                    entry.text
                );
            }
        }
    }

    #[test]
    fn synonyms_map_each_entry_to_the_rest_of_its_group() {
        let config = SearchConfig::parse(PRODUCTS_JSON, SYNONYMS_JSON).expect("search-config parses");
        let synonyms = config.meilisearch_synonyms();
        let haldi = &synonyms["haldi"];
        assert!(haldi.contains(&"turmeric".to_owned()) && haldi.contains(&"हल्दी".to_owned()));
        assert!(!haldi.contains(&"haldi".to_owned()));
    }
}
