//! Numbered pages of results: the first, the last and two either side of the current one.

use serde::Serialize;

use super::varied;
use crate::search::{SearchQuery, SearchResults};

#[derive(Serialize)]
pub struct PageLink {
    number: usize,
    href: String,
    current: bool,
    /// Page numbers were skipped before this one.
    gap_before: bool,
}

#[derive(Serialize)]
pub struct Pagination {
    previous: Option<String>,
    next: Option<String>,
    pages: Vec<PageLink>,
}

pub fn pagination(query: &SearchQuery, results: &SearchResults) -> Option<Pagination> {
    let last = results.total_pages;
    if last <= 1 {
        return None;
    }
    let current = query.page;
    let at = |page: usize| varied(query, |q| q.page = page);
    let mut numbers: Vec<usize> = [
        1,
        current.saturating_sub(2),
        current.saturating_sub(1),
        current,
        current + 1,
        current + 2,
        last,
    ]
    .into_iter()
    .filter(|p| (1..=last).contains(p))
    .collect();
    numbers.sort_unstable();
    numbers.dedup();
    let mut previous_number = 0;
    let mut pages = Vec::with_capacity(numbers.len());
    for number in numbers {
        pages.push(PageLink {
            number,
            href: at(number),
            current: number == current,
            gap_before: previous_number > 0 && number - previous_number > 1,
        });
        previous_number = number;
    }
    Some(Pagination {
        previous: (current > 1).then(|| at(current - 1)),
        next: (current < last).then(|| at(current + 1)),
        pages,
    })
}
