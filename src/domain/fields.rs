//! Field-by-field checks for forms and their JSON twins. Each check records
//! a message for its field and returns what it could read, so one pass
//! reports every problem at once; `finish` turns the messages into the
//! area's `Invalid` error.

use std::collections::BTreeMap;
use std::ops::RangeInclusive;

use chrono::{NaiveDate, TimeDelta};

/// Messages for form fields, keyed by field name, shown next to each field
/// (and as the `errors` object of a 422 problem under `/api/`).
pub type FieldErrors = BTreeMap<&'static str, String>;

/// How far ahead a date may lie.
const MAX_DAYS_AHEAD: i64 = 2 * 366;

#[derive(Debug, Default)]
pub struct Checks {
    errors: FieldErrors,
}

impl Checks {
    pub fn new() -> Self {
        Self::default()
    }

    /// Records `message` for `field`, keeping the first message a field got.
    pub fn fail(&mut self, field: &'static str, message: impl Into<String>) {
        self.errors.entry(field).or_insert_with(|| message.into());
    }

    pub fn is_clean(&self) -> bool {
        self.errors.is_empty()
    }

    /// Trimmed text whose length in characters lies in `length`; a minimum
    /// of 1 means the field is needed, a larger one asks for that many.
    pub fn text(&mut self, field: &'static str, value: &str, length: RangeInclusive<usize>) -> String {
        let value = value.trim();
        let count = value.chars().count();
        if count == 0 && *length.start() == 1 {
            self.fail(field, "This is needed.");
        } else if count < *length.start() {
            self.fail(field, format!("Write at least {} characters.", length.start()));
        } else if count > *length.end() {
            self.fail(
                field,
                format!("Keep this under {} characters (it has {count}).", length.end()),
            );
        }
        value.to_owned()
    }

    /// A whole number in `range` (thousands separators allowed); `what`
    /// names it in messages ("The minimum order").
    pub fn whole(
        &mut self,
        field: &'static str,
        value: &str,
        range: RangeInclusive<i32>,
        what: &str,
    ) -> Option<i32> {
        let cleaned: String = value.trim().chars().filter(|c| *c != ',').collect();
        match cleaned.parse::<i64>() {
            Ok(n) if n < i64::from(*range.start()) => {
                self.fail(field, format!("{what} must be at least {}.", range.start()));
                None
            }
            Ok(n) if n > i64::from(*range.end()) => {
                self.fail(field, format!("{what} must be at most {}.", range.end()));
                None
            }
            Ok(n) => i32::try_from(n).ok(),
            Err(_) if cleaned.is_empty() => {
                // `what` names the subject ("The gap", "A meeting's length").
                let mut subject = what.chars();
                let first = subject.next().map(|c| c.to_lowercase().collect::<String>());
                self.fail(
                    field,
                    format!("Enter {}{}.", first.unwrap_or_default(), subject.as_str()),
                );
                None
            }
            Err(_) => {
                self.fail(field, format!("“{}” is not a whole number.", value.trim()));
                None
            }
        }
    }

    /// A whole number in `range`, or `None` when left empty.
    pub fn optional_whole(
        &mut self,
        field: &'static str,
        value: &str,
        range: RangeInclusive<i32>,
    ) -> Option<i32> {
        let value = value.trim();
        if value.is_empty() {
            return None;
        }
        match value.parse::<i32>() {
            Ok(n) if range.contains(&n) => Some(n),
            _ => {
                self.fail(
                    field,
                    format!("Enter a whole number from {} to {}.", range.start(), range.end()),
                );
                None
            }
        }
    }

    /// Whole days in `range`.
    pub fn days(&mut self, field: &'static str, value: &str, range: RangeInclusive<i32>) -> Option<i32> {
        match value.trim().parse::<i32>() {
            Ok(n) if range.contains(&n) => Some(n),
            _ => {
                self.fail(
                    field,
                    format!(
                        "Enter a whole number of days from {} to {}.",
                        range.start(),
                        range.end()
                    ),
                );
                None
            }
        }
    }

    /// A value parsed by `parse` (whose error is the field's message), or
    /// `None` when left empty.
    pub fn optional<T>(
        &mut self,
        field: &'static str,
        value: &str,
        parse: impl FnOnce(&str) -> Result<T, String>,
    ) -> Option<T> {
        if value.trim().is_empty() {
            return None;
        }
        self.parsed(field, parse(value))
    }

    /// The value of an already-run parse, its error becoming the field's message.
    pub fn parsed<T>(&mut self, field: &'static str, parsed: Result<T, String>) -> Option<T> {
        match parsed {
            Ok(value) => Some(value),
            Err(message) => {
                self.fail(field, message);
                None
            }
        }
    }

    /// A calendar date from `today` up to about two years ahead.
    pub fn future_date(
        &mut self,
        field: &'static str,
        value: &str,
        today: NaiveDate,
        required: bool,
    ) -> Option<NaiveDate> {
        let value = value.trim();
        if value.is_empty() {
            if required {
                self.fail(field, "Choose a date.");
            }
            return None;
        }
        match NaiveDate::parse_from_str(value, "%Y-%m-%d") {
            Ok(date) if date < today => {
                self.fail(field, "This date is in the past; choose today or a later day.");
                None
            }
            Ok(date) if date > today + TimeDelta::days(MAX_DAYS_AHEAD) => {
                self.fail(field, "Choose a date within the next two years.");
                None
            }
            Ok(date) => Some(date),
            Err(_) => {
                self.fail(
                    field,
                    format!("“{value}” is not a date; use the form YYYY-MM-DD."),
                );
                None
            }
        }
    }

    /// A form field that people never see: only automated tools fill it in.
    pub fn honeypot(&mut self, value: &str) {
        if !value.trim().is_empty() {
            self.fail(
                "form",
                "This form looks as if it was filled in by an automated tool, so it was not sent.",
            );
        }
    }

    /// `value` when every field passed, else every field's message. A check
    /// that could read nothing always leaves a message, so `None` with none
    /// means a check was left out; the form says so rather than the server failing.
    pub fn finish_with<T>(self, value: Option<T>) -> Result<T, FieldErrors> {
        self.finish()?;
        value.ok_or_else(|| {
            FieldErrors::from([(
                "form",
                "Some fields could not be read; check the form.".to_owned(),
            )])
        })
    }

    /// `Ok` when every field passed, else every field's message.
    pub fn finish(self) -> Result<(), FieldErrors> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(self.errors)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_problem_is_reported_once() {
        let mut checks = Checks::new();
        assert_eq!(checks.text("title", "  Silk  ", 3..=120), "Silk");
        assert_eq!(
            checks.whole("moq", "2,000", 1..=10_000, "The minimum order"),
            Some(2000)
        );
        assert_eq!(checks.whole("a", "0", 1..=10, "The minimum order"), None);
        assert_eq!(checks.whole("b", "lots", 1..=10, "The minimum order"), None);
        assert_eq!(checks.whole("d", " ", 10..=60, "A meeting's length"), None);
        checks.text("c", "", 1..=10);
        checks.fail("c", "a second message is not kept");
        let errors = checks.finish().err().unwrap_or_default();
        assert_eq!(errors.len(), 4);
        assert!(errors["a"].contains("at least 1"));
        assert_eq!(
            errors["d"], "Enter a meeting's length.",
            "the subject keeps its own article"
        );
        assert_eq!(errors["c"], "This is needed.");
    }

    #[test]
    fn dates_in_the_past_are_refused() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default();
        let mut checks = Checks::new();
        assert!(checks.future_date("d", "2026-11-21", today, true).is_none());
        assert!(checks.future_date("e", "2026-12-01", today, true).is_some());
        assert!(checks.future_date("f", "", today, false).is_none());
        assert!(checks.finish().is_err());
    }
}
