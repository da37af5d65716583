//! The checks the enquiry, quote and buy-request forms add to the shared
//! [`Checks`]: quantities, units, Incoterms, prices and the first-message
//! link limit.

use super::error::EnquiryError;
use crate::catalogue::repo as catalogue_repo;
use crate::catalogue::values::{INCOTERMS, Minor, UNITS};
use crate::db::DbConnection;
use crate::directory::repo as directory_repo;
use crate::domain::Checks;
use crate::i18n::Message;

/// The largest quantity anyone orders through this site.
pub const MAX_QUANTITY: i64 = 100_000_000;
/// Links allowed in the first message of a conversation or a buy request.
pub const MAX_LINKS_FIRST_MESSAGE: usize = 2;

/// A buyer's price and delivery terms as a form sends them.
pub struct TermsInput<'a> {
    pub target_price: &'a str,
    pub currency: &'a str,
    pub incoterm: &'a str,
    pub destination_country: &'a str,
    pub destination_port: &'a str,
}

/// [`TermsInput`] checked: the price in the currency's minor units.
pub struct Terms {
    pub target_price: Option<i64>,
    pub currency: Option<String>,
    pub incoterm: Option<String>,
    pub destination_country: String,
    pub destination_port: String,
}

/// Checks only the enquiry forms need, on the shared [`Checks`].
pub trait EnquiryChecks {
    /// A message body: required, bounded, and (when `first`) with few links.
    fn message(&mut self, field: &'static str, value: &str, max: usize, first: bool) -> String;

    /// A whole number of units, 1 to [`MAX_QUANTITY`].
    fn quantity(&mut self, field: &'static str, value: &str) -> Option<i64>;

    fn unit(&mut self, field: &'static str, value: &str) -> String;

    /// An Incoterms 2020 rule; `None` when empty and not required.
    fn incoterm(&mut self, field: &'static str, value: &str, required: bool) -> Option<String>;

    /// An ISO 4217 currency we know; returns its code and minor digits.
    fn currency(
        &mut self,
        conn: &mut DbConnection,
        field: &'static str,
        value: &str,
    ) -> Result<Option<(String, u32)>, EnquiryError>;

    /// A positive amount per unit in a currency with `digits` decimals.
    fn price(&mut self, field: &'static str, value: &str, digits: u32) -> Option<i64>;

    /// A buyer's target price (optional: without one the currency is not
    /// read), Incoterm, destination country and port, each problem beside
    /// its field: what the enquiry and buy-request forms share.
    fn terms(
        &mut self,
        conn: &mut DbConnection,
        input: &TermsInput,
        incoterm_required: bool,
    ) -> Result<Terms, EnquiryError>;

    /// An ISO 3166 alpha-2 country code we know.
    fn country(
        &mut self,
        conn: &mut DbConnection,
        field: &'static str,
        value: &str,
    ) -> Result<String, EnquiryError>;
}

impl EnquiryChecks for Checks {
    fn message(&mut self, field: &'static str, value: &str, max: usize, first: bool) -> String {
        let body = self.text(field, value, 1..=max);
        if first && count_links(&body) > MAX_LINKS_FIRST_MESSAGE {
            self.fail(
                field,
                Message::new("enquiry-first-message-links").with("max", MAX_LINKS_FIRST_MESSAGE),
            );
        }
        body
    }

    fn quantity(&mut self, field: &'static str, value: &str) -> Option<i64> {
        let cleaned: String = value.trim().chars().filter(|c| *c != ',' && *c != ' ').collect();
        match cleaned.parse::<i64>() {
            Ok(n) if (1..=MAX_QUANTITY).contains(&n) => Some(n),
            Ok(n) if n < 1 => {
                self.fail(field, Message::new("enquiry-enter-quantity-least-1"));
                None
            }
            Ok(_) => {
                self.fail(
                    field,
                    Message::new("enquiry-quantity-too-large").with("max", MAX_QUANTITY),
                );
                None
            }
            Err(_) if cleaned.is_empty() => {
                self.fail(field, Message::new("enquiry-enter-quantity"));
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

    fn unit(&mut self, field: &'static str, value: &str) -> String {
        let unit = value.trim();
        if !UNITS.contains(&unit) {
            self.fail(
                field,
                Message::new("enquiry-unit-choose").with("units", UNITS.join(", ")),
            );
        }
        unit.to_owned()
    }

    fn incoterm(&mut self, field: &'static str, value: &str, required: bool) -> Option<String> {
        let code = value.trim().to_uppercase();
        if code.is_empty() {
            if required {
                self.fail(field, Message::new("enquiry-choose-incoterm-exw-fob"));
            }
            return None;
        }
        if !INCOTERMS.contains(&code.as_str()) {
            self.fail(
                field,
                Message::new("enquiry-incoterm-unknown")
                    .with("value", value.trim())
                    .with("rules", INCOTERMS.join(", ")),
            );
            return None;
        }
        Some(code)
    }

    fn currency(
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
                    Message::new("enquiry-currency-unknown").with("value", value.trim()),
                );
                Ok(None)
            }
        }
    }

    fn price(&mut self, field: &'static str, value: &str, digits: u32) -> Option<i64> {
        match Minor::parse(value, digits) {
            Ok(Minor(0)) => {
                self.fail(field, Message::new("enquiry-enter-price-above-zero"));
                None
            }
            Ok(Minor(amount)) => Some(amount),
            Err(message) => {
                self.fail(field, message);
                None
            }
        }
    }

    fn terms(
        &mut self,
        conn: &mut DbConnection,
        input: &TermsInput,
        incoterm_required: bool,
    ) -> Result<Terms, EnquiryError> {
        let priced = if input.target_price.trim().is_empty() {
            None
        } else {
            match self.currency(conn, "currency", input.currency)? {
                Some((code, digits)) => self
                    .price("target_price", input.target_price, digits)
                    .map(|amount| (amount, code)),
                None => None,
            }
        };
        let (target_price, currency) = priced.unzip();
        Ok(Terms {
            target_price,
            currency,
            incoterm: self.incoterm("incoterm", input.incoterm, incoterm_required),
            destination_country: self.country(conn, "destination_country", input.destination_country)?,
            destination_port: self.text("destination_port", input.destination_port, 0..=100),
        })
    }

    fn country(
        &mut self,
        conn: &mut DbConnection,
        field: &'static str,
        value: &str,
    ) -> Result<String, EnquiryError> {
        let code = value.trim().to_uppercase();
        if directory_repo::country_name(conn, &code)?.is_none() {
            self.fail(field, Message::new("enquiry-choose-country-list"));
        }
        Ok(code)
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
        let errors = checks.finish().err().unwrap_or_default();
        assert_eq!(errors.len(), 3);
        assert!(errors["a"].to_string().contains("at least 1"));
    }
}
