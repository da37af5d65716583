//! Field-by-field checks for forms and their JSON twins. Each check records
//! a message for its field and returns what it could read, so one pass
//! reports every problem at once; `finish` turns the messages into the
//! area's `Invalid` error. Messages are `i18n::Message`s, written in the
//! reader's language when the form (or the problem document) is rendered;
//! they sit next to their field, whose label already names it, so they say
//! what is wrong without repeating the field's name.

use std::collections::BTreeMap;
use std::ops::RangeInclusive;

use chrono::{NaiveDate, TimeDelta};

use crate::i18n::{Locale, Message};

/// Messages for form fields, keyed by field name, shown next to each field
/// (and as the `errors` object of a 422 problem under `/api/`).
pub type FieldErrors = BTreeMap<&'static str, Message>;

/// How far ahead a date may lie.
const MAX_DAYS_AHEAD: i64 = 2 * 366;

#[derive(Debug, Default)]
pub struct Checks {
    errors: FieldErrors,
}

/// `text` with Devanagari and Arabic-Indic digits read as the ASCII ones and
/// grouping commas dropped, so "१,२००" and "١٢٠٠" read as 1200: people type
/// numbers in the digits their phone's keyboard offers.
fn ascii_digits(text: &str) -> String {
    text.trim()
        .chars()
        .filter(|c| *c != ',' && *c != '٬')
        .map(|c| match c {
            '०'..='९' => char::from(b'0' + (c as u32 - '०' as u32) as u8),
            '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
            '۰'..='۹' => char::from(b'0' + (c as u32 - '۰' as u32) as u8),
            other => other,
        })
        .collect()
}

impl Checks {
    pub fn new() -> Self {
        Self::default()
    }

    /// Records `message` for `field`, keeping the first message a field got.
    pub fn fail(&mut self, field: &'static str, message: Message) {
        self.errors.entry(field).or_insert(message);
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
            self.fail(field, Message::new("field-needed"));
        } else if count < *length.start() {
            self.fail(
                field,
                Message::new("field-too-short").with("min", *length.start()),
            );
        } else if count > *length.end() {
            self.fail(
                field,
                Message::new("field-too-long")
                    .with("max", *length.end())
                    .with("count", count),
            );
        }
        value.to_owned()
    }

    /// A whole number in `range` (thousands separators and Indian or Arabic
    /// digits allowed).
    pub fn whole(&mut self, field: &'static str, value: &str, range: RangeInclusive<i32>) -> Option<i32> {
        let cleaned = ascii_digits(value);
        match cleaned.parse::<i64>() {
            Ok(n) if n < i64::from(*range.start()) => {
                self.fail(field, Message::new("field-at-least").with("min", *range.start()));
                None
            }
            Ok(n) if n > i64::from(*range.end()) => {
                self.fail(field, Message::new("field-at-most").with("max", *range.end()));
                None
            }
            Ok(n) => i32::try_from(n).ok(),
            Err(_) if cleaned.is_empty() => {
                self.fail(field, Message::new("field-number-needed"));
                None
            }
            Err(_) => {
                self.fail(
                    field,
                    Message::new("field-not-a-number").with("value", value.trim()),
                );
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
        let value = ascii_digits(value);
        if value.is_empty() {
            return None;
        }
        match value.parse::<i32>() {
            Ok(n) if range.contains(&n) => Some(n),
            _ => {
                self.fail(
                    field,
                    // As text: the bounds are often years, which are not grouped.
                    Message::new("field-number-between")
                        .with("min", range.start().to_string())
                        .with("max", range.end().to_string()),
                );
                None
            }
        }
    }

    /// Whole days in `range`.
    pub fn days(&mut self, field: &'static str, value: &str, range: RangeInclusive<i32>) -> Option<i32> {
        match ascii_digits(value).parse::<i32>() {
            Ok(n) if range.contains(&n) => Some(n),
            _ => {
                self.fail(
                    field,
                    Message::new("field-days-between")
                        .with("min", *range.start())
                        .with("max", *range.end()),
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
        parse: impl FnOnce(&str) -> Result<T, Message>,
    ) -> Option<T> {
        if value.trim().is_empty() {
            return None;
        }
        self.parsed(field, parse(value))
    }

    /// The value of an already-run parse, its error becoming the field's message.
    pub fn parsed<T>(&mut self, field: &'static str, parsed: Result<T, Message>) -> Option<T> {
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
                self.fail(field, Message::new("field-date-needed"));
            }
            return None;
        }
        match NaiveDate::parse_from_str(value, "%Y-%m-%d") {
            Ok(date) if date < today => {
                self.fail(field, Message::new("field-date-past"));
                None
            }
            Ok(date) if date > today + TimeDelta::days(MAX_DAYS_AHEAD) => {
                self.fail(field, Message::new("field-date-too-far"));
                None
            }
            Ok(date) => Some(date),
            Err(_) => {
                self.fail(field, Message::new("field-not-a-date").with("value", value));
                None
            }
        }
    }

    /// A form field that people never see: only automated tools fill it in.
    pub fn honeypot(&mut self, value: &str) {
        if !value.trim().is_empty() {
            self.fail("form", Message::new("field-honeypot"));
        }
    }

    /// `value` when every field passed, else every field's message. A check
    /// that could read nothing always leaves a message, so `None` with none
    /// means a check was left out; the form says so rather than the server failing.
    pub fn finish_with<T>(self, value: Option<T>) -> Result<T, FieldErrors> {
        self.finish()?;
        value.ok_or_else(|| FieldErrors::from([("form", Message::new("field-unreadable"))]))
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

/// Every message of `errors` in `locale`, as one line: for a notice that
/// reports a form's problems on the page the form came from.
pub fn in_one_line(errors: &FieldErrors, locale: Locale) -> String {
    errors
        .values()
        .map(|message| message.in_locale(locale))
        .collect::<Vec<_>>()
        .join(" ")
}

/// One field's message, as an area's `Invalid` error carries it.
pub fn one(field: &'static str, message: Message) -> FieldErrors {
    FieldErrors::from([(field, message)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_problem_is_reported_once() {
        let mut checks = Checks::new();
        assert_eq!(checks.text("title", "  Silk  ", 3..=120), "Silk");
        assert_eq!(checks.whole("moq", "2,000", 1..=10_000), Some(2000));
        assert_eq!(checks.whole("a", "0", 1..=10), None);
        assert_eq!(checks.whole("b", "lots", 1..=10), None);
        assert_eq!(checks.whole("d", " ", 10..=60), None);
        checks.text("c", "", 1..=10);
        checks.fail("c", Message::new("field-date-past"));
        let errors = checks.finish().err().unwrap_or_default();
        assert_eq!(errors.len(), 4);
        assert_eq!(errors["a"].to_string(), "Must be at least 1.");
        assert_eq!(errors["b"].to_string(), "“lots” is not a whole number.");
        assert_eq!(errors["d"].to_string(), "Enter a whole number.");
        assert_eq!(errors["c"].id(), "field-needed", "the first message is kept");
    }

    #[test]
    fn numbers_typed_in_indian_or_arabic_digits_are_read() {
        let mut checks = Checks::new();
        assert_eq!(checks.whole("a", "१,२००", 1..=10_000), Some(1200));
        assert_eq!(checks.whole("b", "١٢٠٠", 1..=10_000), Some(1200));
        assert_eq!(checks.optional_whole("c", "۴۵", 1..=100), Some(45));
        assert!(checks.is_clean());
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
