//! Origin names (`search-config/origins.json`): the words buyers use for
//! where a craft comes from — adjectives (Banarasi, Lucknowi), old and trade
//! names (Benares, Bombay, Orissa), GI names (Pochampally) — each mapped to
//! the directory's districts or states. The query layer reads a query word
//! that names one as "from that place" as well as the word itself.

use std::collections::HashMap;

use serde::Deserialize;

use super::text;

pub const ORIGINS_JSON: &str = include_str!("../../search-config/origins.json");

#[derive(Debug, Deserialize)]
struct OriginsFile {
    origins: Vec<OriginEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OriginEntry {
    names: Vec<String>,
    #[serde(default)]
    districts: Vec<String>,
    #[serde(default)]
    states: Vec<String>,
    source: String,
}

/// Where an origin name points: districts and states by slug (either may be
/// empty, never both).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub districts: Vec<String>,
    pub states: Vec<String>,
}

/// One origin: its names as written, its place and the source it is traced to.
#[derive(Debug, Clone)]
pub struct Origin {
    pub names: Vec<String>,
    pub place: Place,
    pub source: String,
}

/// The origins, and each name's normalised words → its origin.
#[derive(Debug, Default)]
pub struct OriginGlossary {
    pub origins: Vec<Origin>,
    by_words: HashMap<Vec<String>, usize>,
    /// Longest name, in words.
    pub longest_name: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum OriginsError {
    #[error("origins.json cannot be read: {0}")]
    Format(#[from] serde_json::Error),
    #[error("origins.json: {0}")]
    Entry(String),
}

impl OriginGlossary {
    pub fn parse(json: &str) -> Result<Self, OriginsError> {
        let file: OriginsFile = serde_json::from_str(json)?;
        let mut glossary = Self::default();
        for entry in file.origins {
            if entry.districts.is_empty() == entry.states.is_empty() {
                return Err(OriginsError::Entry(format!(
                    "“{}” must name districts or states (one of them)",
                    entry.names.join(", ")
                )));
            }
            let index = glossary.origins.len();
            for name in &entry.names {
                let words = text::words(name);
                if words.is_empty() {
                    return Err(OriginsError::Entry(format!("“{name}” has no words")));
                }
                glossary.longest_name = glossary.longest_name.max(words.len());
                if glossary.by_words.insert(words, index).is_some() {
                    return Err(OriginsError::Entry(format!("“{name}” is in two entries")));
                }
            }
            glossary.origins.push(Origin {
                names: entry.names,
                place: Place {
                    districts: entry.districts,
                    states: entry.states,
                },
                source: entry.source,
            });
        }
        Ok(glossary)
    }

    /// The origin a sequence of normalised words names exactly, if any.
    pub fn named_by<S: AsRef<str>>(&self, words: &[S]) -> Option<&Origin> {
        let key: Vec<String> = words.iter().map(|w| w.as_ref().to_owned()).collect();
        self.by_words.get(&key).map(|&i| &self.origins[i])
    }

    /// Every name with its origin, for suggestions.
    pub fn names(&self) -> impl Iterator<Item = (&str, &Origin)> {
        self.origins
            .iter()
            .flat_map(|origin| origin.names.iter().map(move |name| (name.as_str(), origin)))
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;
    use crate::directory::SeedData;

    fn compiled() -> OriginGlossary {
        OriginGlossary::parse(ORIGINS_JSON).expect("origins.json parses")
    }

    #[test]
    fn at_least_150_origins_each_with_a_source() {
        let glossary = compiled();
        assert!(
            glossary.origins.len() >= 150,
            "{} origins",
            glossary.origins.len()
        );
        for origin in &glossary.origins {
            let known = ["LGD: ", "GI register: ", "ODOP: "];
            assert!(
                known.iter().any(|k| origin.source.starts_with(k)),
                "{:?}: the source must start with one of {known:?}",
                origin.names
            );
        }
    }

    /// Every district and state is one the directory is seeded with, and
    /// every source names a row of the seed file it cites.
    #[test]
    fn every_place_and_source_is_in_the_seeded_directory() {
        let seed = SeedData::parse().expect("seed files parse");
        let districts: HashSet<&str> = seed.districts.iter().map(|d| d.slug.as_str()).collect();
        let states: HashSet<&str> = seed.states.iter().map(|s| s.slug.as_str()).collect();
        let lgd_names: HashSet<String> = seed
            .districts
            .iter()
            .map(|d| d.name.to_lowercase())
            .chain(seed.states.iter().map(|s| s.name.to_lowercase()))
            .collect();
        let gi_names: HashSet<&str> = seed.gi_products.iter().map(|g| g.name.as_str()).collect();
        for origin in &compiled().origins {
            for district in &origin.place.districts {
                assert!(
                    districts.contains(district.as_str()),
                    "{:?}: no district {district}",
                    origin.names
                );
            }
            for state in &origin.place.states {
                assert!(
                    states.contains(state.as_str()),
                    "{:?}: no state {state}",
                    origin.names
                );
            }
            if let Some(name) = origin.source.strip_prefix("LGD: ") {
                assert!(lgd_names.contains(&name.to_lowercase()), "LGD has no {name}");
            } else if let Some(name) = origin.source.strip_prefix("GI register: ") {
                assert!(gi_names.contains(name), "the GI register has no {name}");
            } else if let Some(row) = origin.source.strip_prefix("ODOP: ") {
                let found = seed.odop_products.iter().any(|p| {
                    let district = seed.districts.iter().find(|d| d.lgd_code == p.district_code);
                    district.is_some_and(|d| row == format!("{} ({})", p.name, d.name))
                        || row == format!("{} ({})", p.name, p.source_district_name)
                });
                assert!(found, "the ODOP list has no {row}");
            }
        }
    }

    #[test]
    fn names_read_in_any_script_and_case() {
        let glossary = compiled();
        let varanasi = Place {
            districts: vec!["varanasi".to_owned()],
            states: vec![],
        };
        for name in ["Banarasi", "BENARES", "बनारसी"] {
            let words = text::words(name);
            assert_eq!(
                glossary.named_by(&words).map(|o| &o.place),
                Some(&varanasi),
                "{name}"
            );
        }
        assert!(glossary.named_by(&["silk"]).is_none());
    }

    #[test]
    fn an_entry_without_a_place_is_refused() {
        let json = r#"{"origins": [{"names": ["x"], "source": "LGD: X"}]}"#;
        assert!(OriginGlossary::parse(json).is_err());
    }
}
