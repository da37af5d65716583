//! Field-by-field checks for the enquiry, quote and buy-request forms. Each
//! check records a message for its field and returns what it could read, so
//! one pass reports every problem at once.

use chrono::{NaiveDate, TimeDelta};

use super::error::EnquiryError;
use crate::catalogue::repo as catalogue_repo;
use crate::catalogue::values::{INCOTERMS, Minor, UNITS};
use crate::db::DbConnection;
use crate::directory::repo as directory_repo;
use crate::domain::FieldErrors;

/// The largest quantity anyone orders through this site.
pub const MAX_QUANTITY: i64 = 100_000_000;
/// How far ahead a date may lie.
const MAX_DAYS_AHEAD: i64 = 2 * 366;
/// Links allowed in the first message of a conversation or a buy request.
pub const MAX_LINKS_FIRST_MESSAGE: usize = 2;

#[derive(Default)]
pub struct Checks {
    errors: FieldErrors,
}

impl Checks {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn fail(&mut self, field: &'static str, message: impl Into<String>) {
        self.errors.entry(field).or_insert_with(|| message.into());
    }

    /// Trimmed text of at most `max` characters; `required` refuses empty.
    pub fn text(&mut self, field: &'static str, value: &str, max: usize, required: bool) -> String {
        let value = value.trim();
        if required && value.is_empty() {
            self.fail(field, "This is needed.");
        } else if value.chars().count() > max {
            self.fail(
                field,
                format!(
                    "Keep this under {max} characters (it has {}).",
                    value.chars().count()
                ),
            );
        }
        value.to_owned()
    }

    /// A message body: required, bounded, and (when `first`) with few links.
    pub fn message(&mut self, field: &'static str, value: &str, max: usize, first: bool) -> String {
        let body = self.text(field, value, max, true);
        if first && count_links(&body) > MAX_LINKS_FIRST_MESSAGE {
            self.fail(
                field,
                format!(
                    "A first message may hold at most {MAX_LINKS_FIRST_MESSAGE} links. Describe what you need in words; links can follow once the conversation has started."
                ),
            );
        }
        body
    }

    /// A whole number of units, 1 to [`MAX_QUANTITY`].
    pub fn quantity(&mut self, field: &'static str, value: &str) -> Option<i64> {
        let cleaned: String = value.trim().chars().filter(|c| *c != ',' && *c != ' ').collect();
        match cleaned.parse::<i64>() {
            Ok(n) if (1..=MAX_QUANTITY).contains(&n) => Some(n),
            Ok(n) if n < 1 => {
                self.fail(field, "Enter a quantity of at least 1.");
                None
            }
            Ok(_) => {
                self.fail(
                    field,
                    format!(
                        "That is more than {} — check the quantity.",
                        crate::catalogue::values::group_thousands(MAX_QUANTITY)
                    ),
                );
                None
            }
            Err(_) if cleaned.is_empty() => {
                self.fail(field, "Enter a quantity.");
                None
            }
            Err(_) => {
                self.fail(field, format!("“{}” is not a whole number.", value.trim()));
                None
            }
        }
    }

    /// Whole days in `range`.
    pub fn days(
        &mut self,
        field: &'static str,
        value: &str,
        range: std::ops::RangeInclusive<i32>,
    ) -> Option<i32> {
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

    pub fn unit(&mut self, field: &'static str, value: &str) -> String {
        let unit = value.trim();
        if !UNITS.contains(&unit) {
            self.fail(
                field,
                format!("Choose a unit from the list ({}).", UNITS.join(", ")),
            );
        }
        unit.to_owned()
    }

    /// An Incoterms 2020 rule; `None` when empty and not required.
    pub fn incoterm(&mut self, field: &'static str, value: &str, required: bool) -> Option<String> {
        let code = value.trim().to_uppercase();
        if code.is_empty() {
            if required {
                self.fail(field, "Choose an Incoterm (EXW, FOB, CIF, DAP, DDP …).");
            }
            return None;
        }
        if !INCOTERMS.contains(&code.as_str()) {
            self.fail(
                field,
                format!(
                    "“{}” is not an Incoterms 2020 rule; choose one of {}.",
                    value.trim(),
                    INCOTERMS.join(", ")
                ),
            );
            return None;
        }
        Some(code)
    }

    /// A calendar date from today up to about two years ahead.
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

    /// An ISO 4217 currency we know; returns its code and minor digits.
    pub fn currency(
        &mut self,
        conn: &mut DbConnection,
        field: &'static str,
        value: &str,
    ) -> Result<Option<(String, u32)>, EnquiryError> {
        let code = value.trim().to_uppercase();
        match catalogue_repo::currency_digits(conn, &code)? {
            Some(digits) => Ok(Some((code, digits))),
            None => {
                self.fail(
                    field,
                    format!(
                        "“{}” is not a currency we know; use a code such as USD, EUR or INR.",
                        value.trim()
                    ),
                );
                Ok(None)
            }
        }
    }

    /// A positive amount per unit in a currency with `digits` decimals.
    pub fn price(&mut self, field: &'static str, value: &str, digits: u32) -> Option<i64> {
        match Minor::parse(value, digits) {
            Ok(Minor(0)) => {
                self.fail(field, "Enter a price above zero.");
                None
            }
            Ok(Minor(amount)) => Some(amount),
            Err(message) => {
                self.fail(field, message);
                None
            }
        }
    }

    /// An ISO 3166 alpha-2 country code we know.
    pub fn country(
        &mut self,
        conn: &mut DbConnection,
        field: &'static str,
        value: &str,
    ) -> Result<String, EnquiryError> {
        let code = value.trim().to_uppercase();
        if directory_repo::country_name(conn, &code)?.is_none() {
            self.fail(field, "Choose a country from the list.");
        }
        Ok(code)
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

    pub fn finish(self) -> Result<(), EnquiryError> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(EnquiryError::Invalid(self.errors))
        }
    }
}

/// Web addresses in a text: `http(s)://…` and bare `www.…`.
pub fn count_links(text: &str) -> usize {
    text.split_whitespace()
        .filter(|word| {
            let word = word.trim_start_matches(['(', '<', '[', '"']).to_lowercase();
            word.starts_with("http://") || word.starts_with("https://") || word.starts_with("www.")
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_counted() {
        assert_eq!(
            count_links("see https://a.example and www.b.example (http://c.example)"),
            3
        );
        assert_eq!(count_links("no links here, just e-mail a@b.example"), 0);
    }

    #[test]
    fn quantities_must_be_sane() {
        let mut checks = Checks::new();
        assert_eq!(checks.quantity("q", "2,000"), Some(2000));
        assert_eq!(checks.quantity("a", "-5"), None);
        assert_eq!(checks.quantity("b", "1000000000000"), None);
        assert_eq!(checks.quantity("c", "lots"), None);
        let Err(EnquiryError::Invalid(errors)) = checks.finish() else {
            panic!("expected field errors");
        };
        assert_eq!(errors.len(), 3);
        assert!(errors["a"].contains("at least 1"));
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
