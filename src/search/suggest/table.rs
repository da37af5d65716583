//! The directory's names as a prefix table: states, districts, ODOP
//! products, GI names, and the glossary and origin names that lead to them.
//! A few thousand names that change only when `seed` runs, so they are held
//! in memory and looked up by binary search on their words; both engines
//! answer them from here, identically.

use std::collections::{HashMap, HashSet};

use super::{Suggestion, SuggestionKind};
use crate::directory::model::{District, GiProduct, OdopProduct, State};
use crate::format::paths;
use crate::search::config::SearchConfig;
use crate::search::origins::Origin;
use crate::search::text;

/// Published listings per district, ODOP product and GI: how popular each
/// name is. The catalogue counts them ([`Suggester::new`](super::Suggester::new) is given how).
#[derive(Debug, Clone, Default)]
pub struct Popularity {
    /// District LGD code → listings from producers there.
    pub by_district: HashMap<i32, i64>,
    /// ODOP product slug → listings linked to it.
    pub by_odop: HashMap<String, i64>,
    /// GI product id → listings carrying it.
    pub by_gi: HashMap<i32, i64>,
}

/// What the table is built from: the directory as seeded.
pub struct DirectoryRows {
    pub states: Vec<State>,
    pub districts: Vec<District>,
    pub odop_products: Vec<OdopProduct>,
    pub gi_products: Vec<GiProduct>,
}

/// One way of reaching an entry: its words, and what to show and where to go
/// when it is the one typed.
#[derive(Debug)]
struct Key {
    words: Vec<String>,
    label: String,
    url: String,
    lang: Option<&'static str>,
}

/// A place, product or glossary group, under each of its names.
#[derive(Debug)]
struct Entry {
    kind: SuggestionKind,
    popularity: i64,
    keys: Vec<Key>,
}

/// A directory suggestion and whether a later word of its name, not the
/// first, begins with what was typed.
#[derive(Debug)]
pub struct Ranked {
    pub starts_later: bool,
    pub suggestion: Suggestion,
}

#[derive(Debug, Default)]
pub struct DirectoryTable {
    entries: Vec<Entry>,
    /// (word, entry, key, position of the word in the key), sorted by word.
    words: Vec<(String, usize, usize, usize)>,
}

impl DirectoryTable {
    pub fn build(rows: &DirectoryRows, config: &SearchConfig, popularity: &Popularity) -> Self {
        let mut table = Self::default();
        let state_names: HashMap<i32, &str> = rows
            .states
            .iter()
            .map(|s| (s.lgd_code, s.name.as_str()))
            .collect();
        let mut state_popularity: HashMap<i32, i64> = HashMap::new();
        let mut by_slug: HashMap<&str, (&District, i64)> = HashMap::new();
        for district in &rows.districts {
            let listings = popularity
                .by_district
                .get(&district.lgd_code)
                .copied()
                .unwrap_or(0);
            *state_popularity.entry(district.state_code).or_default() += listings;
            by_slug.insert(district.slug.as_str(), (district, listings));
            let state = state_names.get(&district.state_code).copied().unwrap_or_default();
            table.add(
                SuggestionKind::District,
                listings,
                vec![Key::plain(
                    &district.name,
                    format!("{}, {state}", district.name),
                    paths::district(&district.slug),
                )],
            );
        }
        let states_by_slug: HashMap<&str, (&State, i64)> = rows
            .states
            .iter()
            .map(|s| {
                (
                    s.slug.as_str(),
                    (s, state_popularity.get(&s.lgd_code).copied().unwrap_or(0)),
                )
            })
            .collect();
        for state in &rows.states {
            let listings = state_popularity.get(&state.lgd_code).copied().unwrap_or(0);
            table.add(
                SuggestionKind::State,
                listings,
                vec![Key::plain(
                    &state.name,
                    state.name.clone(),
                    paths::path_to(paths::Page::State, &state.slug),
                )],
            );
        }

        // ODOP products by name: "Turmeric" is the product of several districts.
        let mut odop: Vec<(String, i64)> = Vec::new();
        let mut odop_at: HashMap<Vec<String>, usize> = HashMap::new();
        for product in &rows.odop_products {
            let listings = popularity.by_odop.get(&product.slug).copied().unwrap_or(0);
            let at = *odop_at.entry(text::words(&product.name)).or_insert_with(|| {
                odop.push((product.name.clone(), 0));
                odop.len() - 1
            });
            odop[at].1 += listings;
        }
        for (name, listings) in &odop {
            table.add(
                SuggestionKind::OdopProduct,
                *listings,
                vec![Key::plain(name, name.clone(), search_url(name))],
            );
        }
        for gi in &rows.gi_products {
            let listings = popularity.by_gi.get(&gi.id).copied().unwrap_or(0);
            table.add(
                SuggestionKind::GiProduct,
                listings,
                vec![Key::plain(&gi.name, gi.name.clone(), search_url(&gi.name))],
            );
        }

        // A glossary group offers each of its entries, the group's first
        // (English) one in brackets: "Haldi (turmeric)". It is an ODOP
        // product when the list names one of its entries.
        for group in &config.groups {
            let Some(head) = group.first() else { continue };
            let listed = group
                .iter()
                .filter_map(|entry| odop_at.get(&text::words(&entry.text)))
                .map(|&at| odop[at].1)
                .max();
            let keys = group
                .iter()
                .map(|entry| {
                    let label = if entry.text == head.text {
                        capitalised(&entry.text)
                    } else {
                        format!("{} ({})", capitalised(&entry.text), head.text)
                    };
                    Key::plain(&entry.text, label, search_url(&entry.text))
                })
                .collect();
            let kind = if listed.is_some() {
                SuggestionKind::OdopProduct
            } else {
                SuggestionKind::Product
            };
            table.add(kind, listed.unwrap_or(0), keys);
        }

        // Origin names lead to a search, which reads them as the place:
        // "Banarasi (Varanasi, Uttar Pradesh)".
        for origin in &config.origins.origins {
            let (kind, places, listings) = origin_places(origin, &by_slug, &states_by_slug, &state_names);
            let Some(places) = places else { continue };
            let keys = origin
                .names
                .iter()
                .map(|name| {
                    Key::new(
                        text::words(name),
                        format!("{} ({places})", capitalised(name)),
                        search_url(name),
                    )
                })
                .collect();
            table.add(kind, listings, keys);
        }
        table.words.sort_unstable();
        table
    }

    fn add(&mut self, kind: SuggestionKind, popularity: i64, keys: Vec<Key>) {
        let entry = self.entries.len();
        for (k, key) in keys.iter().enumerate() {
            for (position, word) in key.words.iter().enumerate() {
                self.words.push((word.clone(), entry, k, position));
            }
        }
        self.entries.push(Entry {
            kind,
            popularity,
            keys,
        });
    }

    /// The entries one of whose names has the typed words in a row, each
    /// word whole but the last, which may be the start of one; an entry
    /// once, under its first such name (by whether the name begins with
    /// the words, then the order of its names). Best first, at most `limit`.
    pub fn lookup(&self, typed: &[String], limit: usize) -> Vec<Ranked> {
        let Some((first, rest)) = typed.split_first() else {
            return Vec::new();
        };
        let one_word = rest.is_empty();
        let from = self
            .words
            .partition_point(|(word, ..)| word.as_str() < first.as_str());
        // entry → (starts later, key)
        let mut best: HashMap<usize, (bool, usize)> = HashMap::new();
        for (word, entry, k, position) in &self.words[from..] {
            if !word.starts_with(first.as_str()) {
                break;
            }
            if !one_word && word != first {
                continue;
            }
            let key = &self.entries[*entry].keys[*k];
            if !follows(&key.words[position + 1..], rest) {
                continue;
            }
            let found = (*position > 0, *k);
            best.entry(*entry)
                .and_modify(|held| *held = (*held).min(found))
                .or_insert(found);
        }
        let mut found: Vec<(usize, (bool, usize))> = best.into_iter().collect();
        // Ties keep the order entries were added in: the directory's own
        // lists before the glossary and origin names that repeat them.
        found.sort_by_key(|&(entry, (starts_later, _))| {
            let held = &self.entries[entry];
            (
                starts_later,
                std::cmp::Reverse(held.popularity),
                kind_order(held.kind),
                entry,
            )
        });
        let mut addresses = HashSet::new();
        found
            .into_iter()
            // The glossary repeats ODOP names ("Banana", "banana"): one suggestion per address.
            .filter(|&(entry, (_, k))| addresses.insert(self.entries[entry].keys[k].url.to_lowercase()))
            .take(limit)
            .map(|(entry, (starts_later, k))| {
                let entry = &self.entries[entry];
                let key = &entry.keys[k];
                Ranked {
                    starts_later,
                    suggestion: Suggestion {
                        label: key.label.clone(),
                        kind: entry.kind,
                        url: key.url.clone(),
                        lang: key.lang.map(str::to_owned),
                    },
                }
            })
            .collect()
    }
}

/// The rest of a name goes on with the rest of the typed words: whole
/// words, the last perhaps begun.
pub(super) fn follows(name: &[String], typed: &[String]) -> bool {
    typed.len() <= name.len()
        && typed.iter().zip(name).enumerate().all(|(i, (typed_word, word))| {
            if i + 1 == typed.len() {
                word.starts_with(typed_word.as_str())
            } else {
                word == typed_word
            }
        })
}

impl Key {
    fn new(words: Vec<String>, label: String, url: String) -> Self {
        let lang = lang_of(&label);
        Self {
            words,
            label,
            url,
            lang,
        }
    }

    fn plain(name: &str, label: String, url: String) -> Self {
        Self::new(text::words(name), label, url)
    }
}

/// `hi` for a name written in Devanagari, so pages can mark its language.
pub(super) fn lang_of(label: &str) -> Option<&'static str> {
    label
        .chars()
        .any(|c| matches!(c, '\u{0900}'..='\u{097F}'))
        .then_some("hi")
}

/// Equal popularity: places before products, the directory's own lists
/// before glossary words.
fn kind_order(kind: SuggestionKind) -> u8 {
    match kind {
        SuggestionKind::State => 0,
        SuggestionKind::District => 1,
        SuggestionKind::OdopProduct => 2,
        SuggestionKind::GiProduct => 3,
        SuggestionKind::Product => 4,
    }
}

/// The search page for these words.
pub fn search_url(words: &str) -> String {
    let query: String = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("q", words)
        .finish();
    format!("/search?{query}")
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// An origin's kind, its places as the label names them ("Mumbai and Mumbai
/// Suburban, Maharashtra"; `None` when none is in the directory) and the
/// listings from there.
fn origin_places(
    origin: &Origin,
    districts: &HashMap<&str, (&District, i64)>,
    states: &HashMap<&str, (&State, i64)>,
    state_names: &HashMap<i32, &str>,
) -> (SuggestionKind, Option<String>, i64) {
    if origin.place.districts.is_empty() {
        let found: Vec<&(&State, i64)> = origin
            .place
            .states
            .iter()
            .filter_map(|s| states.get(s.as_str()))
            .collect();
        let names: Vec<&str> = found.iter().map(|(s, _)| s.name.as_str()).collect();
        let listings = found.iter().map(|(_, n)| n).sum();
        return (SuggestionKind::State, joined(&names), listings);
    }
    let found: Vec<&(&District, i64)> = origin
        .place
        .districts
        .iter()
        .filter_map(|d| districts.get(d.as_str()))
        .collect();
    let listings = found.iter().map(|(_, n)| n).sum();
    let mut in_state: Vec<(&str, Vec<&str>)> = Vec::new();
    for (district, _) in &found {
        let state = state_names.get(&district.state_code).copied().unwrap_or_default();
        match in_state.iter_mut().find(|(s, _)| *s == state) {
            Some((_, names)) => names.push(&district.name),
            None => in_state.push((state, vec![&district.name])),
        }
    }
    let parts: Vec<String> = in_state
        .into_iter()
        .filter_map(|(state, names)| joined(&names).map(|names| format!("{names}, {state}")))
        .collect();
    let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
    (SuggestionKind::District, joined(&parts), listings)
}

/// "A", "A and B", "A, B and C"; `None` for none.
fn joined(names: &[&str]) -> Option<String> {
    match names {
        [] => None,
        [one] => Some((*one).to_owned()),
        [init @ .., last] => Some(format!("{} and {last}", init.join(", "))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::config::PRODUCTS_JSON;

    fn state(code: i32, name: &str) -> State {
        State {
            lgd_code: code,
            slug: crate::directory::slugify(name),
            name: name.into(),
            kind: "state".into(),
            iso_code: String::new(),
        }
    }

    fn district(code: i32, state_code: i32, name: &str) -> District {
        District {
            lgd_code: code,
            slug: crate::directory::slugify(name),
            name: name.into(),
            state_code,
            census2011_code: None,
            subdistrict_count: None,
            village_count: None,
        }
    }

    fn odop(slug: &str, district_code: i32, name: &str) -> OdopProduct {
        OdopProduct {
            slug: slug.into(),
            district_code,
            name: name.into(),
            category: "Primary".into(),
            sector: "agriculture".into(),
            gi_status: false,
            ministry: String::new(),
            description: String::new(),
            source_district_name: String::new(),
            position: 0,
        }
    }

    fn table() -> DirectoryTable {
        let rows = DirectoryRows {
            states: vec![state(9, "Uttar Pradesh"), state(10, "Bihar")],
            districts: vec![
                district(1, 9, "Banda"),
                district(2, 9, "Barabanki"),
                district(3, 10, "Banka"),
            ],
            odop_products: vec![
                odop("banka-silk", 3, "Silk"),
                odop("barabanki-banana", 2, "Banana"),
                odop("banda-banana", 1, "Banana"),
            ],
            gi_products: Vec::new(),
        };
        let glossary = r#"{"groups": [["banana", "kela", "केला"]]}"#;
        let config = SearchConfig::parse(PRODUCTS_JSON, glossary).expect("config");
        let popularity = Popularity {
            by_district: [(1, 3), (2, 40), (3, 7)].into(),
            by_odop: [
                ("barabanki-banana".to_owned(), 30),
                ("banda-banana".to_owned(), 2),
            ]
            .into(),
            by_gi: HashMap::new(),
        };
        DirectoryTable::build(&rows, &config, &popularity)
    }

    fn labels(table: &DirectoryTable, typed: &str) -> Vec<String> {
        table
            .lookup(&text::words(typed), 8)
            .into_iter()
            .map(|r| r.suggestion.label)
            .collect()
    }

    #[test]
    fn names_that_begin_with_the_words_come_first_then_the_popular() {
        let table = table();
        assert_eq!(
            labels(&table, "ba"),
            [
                "Barabanki, Uttar Pradesh",
                "Banana",
                "Banka, Bihar",
                "Banda, Uttar Pradesh"
            ],
            "listings: Barabanki 40, the ODOP banana 32, Banka 7, Banda 3"
        );
        assert_eq!(
            labels(&table, "pra"),
            ["Uttar Pradesh"],
            "a later word of the name"
        );
        assert_eq!(labels(&table, "uttar pr"), ["Uttar Pradesh"]);
        assert!(
            labels(&table, "utt pradesh").is_empty(),
            "a word before the last is whole"
        );
        assert_eq!(labels(&table, "kel"), ["Kela (banana)"]);
        let hindi = table.lookup(&text::words("के"), 8);
        assert_eq!(hindi[0].suggestion.label, "केला (banana)");
        assert_eq!(hindi[0].suggestion.lang.as_deref(), Some("hi"));
        assert_eq!(hindi[0].suggestion.url, search_url("केला"));
    }

    #[test]
    fn a_state_counts_its_districts_listings_and_ties_go_to_places() {
        assert_eq!(
            labels(&table(), "b"),
            [
                "Barabanki, Uttar Pradesh",
                "Banana",
                "Bihar",
                "Banka, Bihar",
                "Banda, Uttar Pradesh"
            ],
            "Bihar has Banka's 7 listings, and a state goes before a district"
        );
    }
}
