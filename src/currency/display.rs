//! Converted prices on pages: "≈ US$102 – 284" beside "₹8,500 – 24,000".
//!
//! Like the locale, the conversion a page is rendered with is set around the
//! render (`scoped`): view models carry a listing's own price as a
//! [`Converted`], which writes itself when serialised — in the reader's
//! currency when there is one and a fresh rate, as nothing otherwise — so no
//! view model needs to know who reads it. The scope also remembers whether a
//! figure was written, for the page's footnote.

use std::cell::{Cell, RefCell};
use std::sync::Arc;

use chrono::NaiveDate;
use serde::{Serialize, Serializer};

use super::convert::{CrossRate, RateTable};
use super::model::Currency;
use crate::format::{DateStyle, PriceRange};
use crate::i18n::Message;

/// Prices are shown converted into `currency` at `rates`.
#[derive(Debug, Clone, PartialEq)]
pub struct Conversion {
    pub currency: Currency,
    pub rates: Arc<RateTable>,
}

thread_local! {
    static CURRENT: RefCell<Option<Conversion>> = const { RefCell::new(None) };
    static SHOWN: Cell<bool> = const { Cell::new(false) };
}

/// Runs `render` with `conversion` as the thread's (renders are synchronous);
/// returns what it returned and the date of the rates if a converted figure
/// was written, for the footnote.
pub fn scoped<T>(conversion: Option<Conversion>, render: impl FnOnce() -> T) -> (T, Option<NaiveDate>) {
    struct Restore(Option<Conversion>, bool);
    impl Drop for Restore {
        fn drop(&mut self) {
            CURRENT.with(|current| current.replace(self.0.take()));
            SHOWN.with(|shown| shown.set(self.1));
        }
    }
    let date = conversion.as_ref().map(|c| c.rates.date);
    let _restore = Restore(
        CURRENT.with(|current| current.replace(conversion)),
        SHOWN.with(|shown| shown.replace(false)),
    );
    let value = render();
    let shown = SHOWN.with(Cell::get);
    (value, date.filter(|_| shown))
}

/// The footnote of a page that shows converted prices.
pub fn footnote(date: NaiveDate) -> Message {
    Message::new("currency-footnote").with("date", DateStyle::Day.date(date))
}

/// A listing's own price, written converted into the reader's currency.
#[derive(Debug, Clone, PartialEq)]
pub struct Converted {
    currency: String,
    low: i64,
    high: i64,
    /// Minor digits of `low` and `high`.
    digits: u32,
}

impl Converted {
    /// A price as stored: minor units of `currency`.
    pub fn minor(currency: &str, low: i64, high: i64, digits: u32) -> Self {
        Self {
            currency: currency.to_owned(),
            low,
            high,
            digits,
        }
    }

    /// A price as search documents carry it: major units, kept to a thousandth.
    pub fn major(currency: &str, low: f64, high: f64) -> Self {
        let thousandths = |value: f64| (value * 1000.0).round() as i64;
        Self::minor(currency, thousandths(low), thousandths(high), 3)
    }

    /// One price as stored: minor units of `currency` (a quote's unit price).
    pub fn single(currency: &str, amount: i64, digits: u32) -> Self {
        Self::minor(currency, amount, amount, digits)
    }

    /// Whether nothing is written now: outside a page's conversion, in the
    /// reader's own currency or without a rate. For `skip_serializing_if`,
    /// so a view the JSON API shares leaves the figure out rather than
    /// sending `null`.
    pub fn hidden(&self) -> bool {
        self.applied().is_none()
    }

    /// The current conversion, the price's currency and the rate between
    /// them, if the conversion applies to this price.
    fn applied(&self) -> Option<(Conversion, Currency, CrossRate)> {
        let conversion = CURRENT.with(|current| current.borrow().clone())?;
        let from = Currency::parse(&self.currency)?;
        if from == conversion.currency {
            return None;
        }
        let rate = conversion.rates.rate(from, conversion.currency)?;
        Some((conversion, from, rate))
    }

    /// The figure and its title, if the current conversion applies.
    fn written(&self) -> Option<Written> {
        let (conversion, from, rate) = self.applied()?;
        let (low, high) = rate.approximate(self.low, self.high, self.digits);
        let price = PriceRange {
            currency: conversion.currency.as_str(),
            low,
            high: Some(high),
        };
        SHOWN.with(|shown| shown.set(true));
        Some(Written {
            text: Message::new("currency-approximately")
                .with("price", price.to_string())
                .to_string(),
            title: Message::new("currency-rate-title")
                .with("from", from.as_str())
                .with("to", conversion.currency.as_str())
                .with("rate", rate.shown())
                .with("date", DateStyle::Day.date(conversion.rates.date))
                .to_string(),
        })
    }
}

#[derive(Serialize)]
struct Written {
    /// "≈ US$102 – 284".
    text: String,
    /// "1 INR = 0.01185 USD, ECB reference rate of 4 Dec 2026".
    title: String,
}

/// Nothing (`null`) where no conversion is shown.
impl Serialize for Converted {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.written() {
            Some(written) => serializer.serialize_some(&written),
            None => serializer.serialize_none(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::currency::PerEur;

    fn usd() -> Conversion {
        Conversion {
            currency: Currency::USD,
            rates: Arc::new(RateTable::new(
                NaiveDate::from_ymd_opt(2026, 12, 4).unwrap(),
                [
                    (Currency::USD, PerEur::parse("1.0512").unwrap()),
                    (Currency::INR, PerEur::parse("88.7425").unwrap()),
                ],
            )),
        }
    }

    #[test]
    fn a_price_is_written_converted_only_inside_a_conversion() {
        let price = Converted::minor("INR", 850_000, 2_400_000, 2);
        assert_eq!(serde_json::to_value(&price).unwrap(), serde_json::Value::Null);
        assert!(price.hidden());
        let ((hidden, value), shown) = scoped(Some(usd()), || {
            (price.hidden(), serde_json::to_value(&price).unwrap())
        });
        assert!(!hidden);
        assert_eq!(value["text"], "≈\u{a0}US$101 – 284");
        assert_eq!(
            value["title"],
            "1 INR = 0.01185 USD, ECB reference rate of 4 Dec 2026"
        );
        assert_eq!(shown, NaiveDate::from_ymd_opt(2026, 12, 4));
        assert_eq!(
            footnote(shown.unwrap()).to_string(),
            "Converted at ECB reference rates of 4 Dec 2026; approximate."
        );
    }

    #[test]
    fn nothing_is_written_in_the_same_currency_or_without_a_rate() {
        let (values, shown) = scoped(Some(usd()), || {
            [
                serde_json::to_value(Converted::major("USD", 10.0, 12.0)).unwrap(),
                serde_json::to_value(Converted::major("XAF", 10.0, 12.0)).unwrap(),
            ]
        });
        assert!(values.iter().all(serde_json::Value::is_null));
        assert_eq!(shown, None, "no footnote");
        let (hidden, _) = scoped(Some(usd()), || Converted::major("USD", 10.0, 12.0).hidden());
        assert!(hidden);
    }

    #[test]
    fn a_single_price_is_written_as_one_figure() {
        let (value, _) = scoped(Some(usd()), || {
            serde_json::to_value(Converted::single("INR", 50_000, 2)).unwrap()
        });
        assert_eq!(value["text"], "≈\u{a0}US$5.92");
    }
}
