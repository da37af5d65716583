//! Amounts and prices: "₹8,500 – 24,000 per piece", "AED 3", "¥1,200".

use std::fmt;

use icu_decimal::input::Decimal;

use super::numbers::format_decimal;
use crate::i18n::Message;

/// An amount of money, exact: `minor` units of which `10^digits` make one
/// major unit (ISO 4217's minor digits: 2 for INR, 0 for JPY, 3 for KWD).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Amount {
    minor: i64,
    digits: u32,
}

impl Amount {
    /// An amount as stored: minor units and the currency's minor digits.
    pub fn from_minor(minor: i64, digits: u32) -> Self {
        Self { minor, digits }
    }

    /// An amount in major units (search documents carry prices so), kept to
    /// a thousandth, the finest fraction ISO 4217 uses for trade currencies.
    pub fn from_major(value: f64) -> Self {
        Self {
            minor: (value * 1000.0).round() as i64,
            digits: 3,
        }
    }

    /// "8,500", "99.50", "1.255": a whole figure when there is no fraction,
    /// else at least two decimals and more only when the amount has them, so
    /// the same price reads alike whether it came exact or in major units;
    /// in the digits and grouping of the locale being rendered.
    pub fn figure(self) -> String {
        let mut value = Decimal::from(self.minor);
        value.multiply_pow10(-i16::try_from(self.digits).unwrap_or(0));
        value.absolute.trim_end();
        if value.absolute.nonzero_magnitude_end() < 0 {
            value.absolute.pad_end(-2);
        }
        format_decimal(&value, crate::i18n::current())
    }
}

/// The symbol a buyer recognises without thinking, for the currencies that
/// have one; every other currency is written with its ISO code.
fn symbol(currency: &str) -> Option<&'static str> {
    Some(match currency {
        "INR" => "₹",
        "USD" => "US$",
        "EUR" => "€",
        "GBP" => "£",
        "JPY" => "¥",
        _ => return None,
    })
}

/// A currency written before a figure: "₹8,500", "AED 3".
struct Prefixed<'a>(&'a str, &'a str);

impl fmt::Display for Prefixed<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match symbol(self.0) {
            Some(symbol) => write!(f, "{symbol}{}", self.1),
            None => write!(f, "{} {}", self.0, self.1),
        }
    }
}

/// "₹8,500", "US$11.80", "AED 3".
pub fn money(amount: Amount, currency: &str) -> String {
    Prefixed(currency, &amount.figure()).to_string()
}

/// A listing's price: one figure, or a range with the currency written once.
#[derive(Debug, Clone, Copy)]
pub struct PriceRange<'a> {
    pub currency: &'a str,
    pub low: Amount,
    /// `None` (or the same figure as `low`) for a single price.
    pub high: Option<Amount>,
}

impl fmt::Display for PriceRange<'_> {
    /// "₹8,500 – 24,000", "₹8,500", "AED 3 – 4".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let low = self.low.figure();
        let high = self.high.map(Amount::figure).filter(|high| *high != low);
        match high {
            Some(high) => write!(f, "{} – {high}", Prefixed(self.currency, &low)),
            None => write!(f, "{}", Prefixed(self.currency, &low)),
        }
    }
}

impl PriceRange<'_> {
    /// "₹8,500 – 24,000 per piece": the price of one unit of `unit` (a
    /// listing's plural order unit, "pieces", "kg", "square metres").
    pub fn per(&self, unit: &str) -> String {
        per_unit(&self.to_string(), unit)
    }
}

/// "US$11.80" and "pieces" → "US$11.80 per piece", in the locale being
/// rendered.
pub fn per_unit(price: &str, unit: &str) -> String {
    unit_message("money-per-unit", unit)
        .with("price", price)
        .to_string()
}

/// "1,000 pieces": `count` of a listing's order unit, written when the page
/// is, in the reader's language and digits.
pub fn quantity(count: i64, unit: &str) -> Message {
    with_quantity("money-quantity", count, unit)
}

/// A listing's order unit named alone, as a list of units names it: the
/// words [`quantity`] writes, in the form they take after three ("pieces",
/// "डिब्बे", "صناديق"), the plural in English, Hindi and Arabic alike.
pub fn unit_name(unit: &str) -> Message {
    unit_message("money-unit", unit).with("count", 3)
}

/// Message `id`, which writes `count` of a listing's order unit as
/// [`quantity`] does by referring to `{ money-quantity }` (a referred
/// message reads the same variables).
pub fn with_quantity(id: &'static str, count: i64, unit: &str) -> Message {
    unit_message(id, unit).with("count", count)
}

/// A message about an order unit: Fluent selects on its stored name (no
/// spaces there), and units typed in by hand that we do not know are
/// written as typed.
fn unit_message(id: &'static str, unit: &str) -> Message {
    Message::new(id)
        .with("unit", unit.replace(' ', "-"))
        .with("name", unit)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(currency: &str, low: Amount, high: Option<Amount>) -> String {
        PriceRange { currency, low, high }.to_string()
    }

    #[test]
    fn rupees_take_the_symbol_once_and_group_in_thousands() {
        let low = Amount::from_minor(850_000, 2);
        let high = Amount::from_minor(2_400_000, 2);
        assert_eq!(range("INR", low, Some(high)), "₹8,500 – 24,000");
        assert_eq!(
            PriceRange {
                currency: "INR",
                low,
                high: Some(high)
            }
            .per("pieces"),
            "₹8,500 – 24,000 per piece"
        );
        assert_eq!(money(Amount::from_minor(125_050, 2), "INR"), "₹1,250.50");
    }

    #[test]
    fn other_currencies_use_their_symbol_or_code() {
        assert_eq!(money(Amount::from_minor(1180, 2), "USD"), "US$11.80");
        assert_eq!(money(Amount::from_minor(950, 2), "EUR"), "€9.50");
        assert_eq!(money(Amount::from_minor(1999, 2), "GBP"), "£19.99");
        assert_eq!(
            range(
                "AED",
                Amount::from_minor(300, 2),
                Some(Amount::from_minor(400, 2))
            ),
            "AED 3 – 4"
        );
    }

    #[test]
    fn currencies_without_minor_digits_show_whole_figures() {
        assert_eq!(
            range(
                "JPY",
                Amount::from_minor(1200, 0),
                Some(Amount::from_minor(15_000, 0))
            ),
            "¥1,200 – 15,000"
        );
        assert_eq!(money(Amount::from_major(1200.0), "JPY"), "¥1,200");
    }

    #[test]
    fn three_digit_currencies_keep_the_digits_they_need() {
        assert_eq!(money(Amount::from_minor(1255, 3), "KWD"), "KWD 1.255");
        assert_eq!(money(Amount::from_minor(1250, 3), "KWD"), "KWD 1.25");
    }

    #[test]
    fn one_price_when_both_ends_agree_or_there_is_no_highest() {
        let low = Amount::from_minor(25_000, 2);
        assert_eq!(range("INR", low, Some(low)), "₹250");
        assert_eq!(range("INR", low, None), "₹250");
        assert_eq!(range("USD", low, None), "US$250");
    }

    #[test]
    fn exact_and_major_amounts_read_alike() {
        for (minor, digits, major) in [(850_000, 2, 8500.0), (9950, 2, 99.5), (1, 2, 0.01), (7, 0, 7.0)] {
            assert_eq!(
                Amount::from_minor(minor, digits).figure(),
                Amount::from_major(major).figure()
            );
        }
        assert_eq!(Amount::from_major(99.5).figure(), "99.50");
        assert_eq!(Amount::from_minor(-50, 2).figure(), "-0.50");
    }

    #[test]
    fn units_read_in_the_singular() {
        assert_eq!(per_unit("₹5", "boxes"), "₹5 per box");
        assert_eq!(per_unit("₹5", "kg"), "₹5 per kg");
        assert_eq!(per_unit("₹5", "square metres"), "₹5 per square metre");
    }

    #[test]
    fn a_unit_alone_reads_in_the_plural_and_after_a_count_agrees_with_it() {
        use crate::i18n::{Language, Locale, scoped};
        let hindi = Locale::new(Language::Hi);
        assert_eq!(unit_name("square metres").to_string(), "square metres");
        assert_eq!(quantity(1, "pieces").to_string(), "1 piece");
        assert_eq!(quantity(1_000, "pieces").to_string(), "1,000 pieces");
        assert_eq!(scoped(hindi, || unit_name("boxes").to_string()), "डिब्बे");
        assert_eq!(scoped(hindi, || quantity(1, "boxes").to_string()), "1 डिब्बा");
        assert_eq!(
            scoped(Locale::new(Language::Ar), || unit_name("pieces").to_string()),
            "قطع"
        );
    }
}
