//! Numbered pages of a list: the first, the last and two either side of the
//! current one, with the previous and next. Search results and an event's
//! producers use it.

use serde::Serialize;

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

/// Links to the pages 1 to `last` around `current`, each address made by
/// `at`; `None` when everything fits on one page.
pub fn numbered(current: usize, last: usize, at: impl Fn(usize) -> String) -> Option<Pagination> {
    if last <= 1 {
        return None;
    }
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
