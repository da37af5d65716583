//! Facet counts from the fast fields, in the same pass as the search.

use std::collections::BTreeMap;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Cardinality, Column, StrColumn};
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

use crate::search::engine_answer::{BOOL_FACETS, RawFacets, STRING_FACETS};

/// Counts the values of every facet attribute among the matching documents,
/// from the fast fields (no stored document is read).
pub(super) struct FacetCounter;

/// Documents whose facet values are read together: one call into each
/// column per block rather than one per document.
const FACET_BLOCK: usize = 64;

pub(super) struct SegmentFacets {
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
