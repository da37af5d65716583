//! Cross rates and conversions. Rates are kept exact, as millionths of a
//! unit per euro (the bank publishes at most five decimals), so storing and
//! reading them never drifts; a cross rate is the ratio of two of them
//! (INR → USD = USD per euro / INR per euro) and only the figure shown is
//! rounded.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::model::Currency;
use crate::format::Amount;

/// Units of a currency one euro buys, in millionths (1.0512 → 1_051_200).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct PerEur(i64);

const MILLION: i64 = 1_000_000;

impl PerEur {
    pub const ONE: PerEur = PerEur(MILLION);

    pub fn from_millionths(millionths: i64) -> Self {
        Self(millionths)
    }

    pub fn millionths(self) -> i64 {
        self.0
    }

    /// "1.0512" → 1_051_200, exactly; digits past the sixth decimal are
    /// rounded. A rate must be a plain positive decimal.
    pub fn parse(text: &str) -> Option<PerEur> {
        let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty() || !digits(whole) || !digits(fraction) || whole.len() > 12 {
            return None;
        }
        let mut millionths = whole.parse::<i64>().ok()?.checked_mul(MILLION)?;
        let mut scale = MILLION / 10;
        for (i, b) in fraction.bytes().enumerate() {
            let digit = i64::from(b - b'0');
            if i < 6 {
                millionths += digit * scale;
                scale /= 10;
            } else {
                millionths += i64::from(digit >= 5);
                break;
            }
        }
        (millionths > 0).then_some(PerEur(millionths))
    }

    /// The rate as a decimal for display ("1.0512").
    pub fn as_f64(self) -> f64 {
        self.0 as f64 / MILLION as f64
    }
}

/// Currencies the bank does not publish that are fixed to the US dollar by
/// their central banks: units per dollar, in ten-thousandths. Gulf buyers
/// think in these.
const PEGGED_TO_USD: &[(&str, i64)] = &[
    ("AED", 36_725),
    ("SAR", 37_500),
    ("QAR", 36_400),
    ("OMR", 3_845),
    ("BHD", 3_760),
];

/// One day's rates, with the euro and the dollar-pegged currencies added.
#[derive(Debug, Clone, PartialEq)]
pub struct RateTable {
    /// The day the bank published them for.
    pub date: NaiveDate,
    per_eur: BTreeMap<Currency, PerEur>,
}

impl RateTable {
    /// The published rates as stored.
    pub fn new(date: NaiveDate, published: impl IntoIterator<Item = (Currency, PerEur)>) -> Self {
        let mut per_eur: BTreeMap<Currency, PerEur> = published.into_iter().collect();
        per_eur.insert(Currency::EUR, PerEur::ONE);
        if let Some(usd) = per_eur.get(&Currency::USD).copied() {
            for (code, per_usd) in PEGGED_TO_USD {
                if let Some(currency) = Currency::parse(code) {
                    let millionths = i128::from(usd.0) * i128::from(*per_usd) / 10_000;
                    per_eur
                        .entry(currency)
                        .or_insert(PerEur(i64::try_from(millionths).unwrap_or(i64::MAX)));
                }
            }
        }
        Self { date, per_eur }
    }

    pub fn per_eur(&self, currency: Currency) -> Option<PerEur> {
        self.per_eur.get(&currency).copied()
    }

    /// Every currency a price can be shown in, in code order.
    pub fn currencies(&self) -> impl Iterator<Item = Currency> + '_ {
        self.per_eur.keys().copied()
    }

    /// What one unit of `from` is worth in `to`.
    pub fn rate(&self, from: Currency, to: Currency) -> Option<CrossRate> {
        Some(CrossRate {
            to: self.per_eur(to)?,
            from: self.per_eur(from)?,
        })
    }

    /// A price in major units of `from` in euros, for the search index's
    /// normalised prices (a float there, compared within rounding).
    pub fn to_eur(&self, major: f64, from: Currency) -> Option<f64> {
        self.per_eur(from).map(|rate| major / rate.as_f64())
    }
}

/// Units of one currency per unit of another, as the ratio of their rates
/// to the euro.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CrossRate {
    to: PerEur,
    from: PerEur,
}

impl CrossRate {
    /// For a title ("1 INR = 0.01185 USD"): four significant figures.
    pub fn shown(self) -> f64 {
        let rate = self.to.as_f64() / self.from.as_f64();
        let scale = 10f64.powi(3 - rate.abs().log10().floor() as i32);
        (rate * scale).round() / scale
    }

    /// `minor` units (with `digits` minor digits) of the source currency in
    /// hundredths of the target, rounded half away from zero.
    pub fn hundredths(self, minor: i64, digits: u32) -> i128 {
        let numerator = i128::from(minor) * i128::from(self.to.0) * 100;
        let denominator = i128::from(self.from.0) * 10i128.pow(digits.min(6));
        let half = denominator / 2;
        if numerator >= 0 {
            (numerator + half) / denominator
        } else {
            (numerator - half) / denominator
        }
    }

    /// The range a buyer reads beside the original: approximate, so both
    /// ends are rounded alike, to three significant figures of the higher
    /// (₹8,500 – 24,000 at 0.012 → "102 – 288", not "102.00 – 288.00"; a
    /// cent at the finest).
    pub fn approximate(self, low: i64, high: i64, digits: u32) -> (Amount, Amount) {
        let (low, high) = (self.hundredths(low, digits), self.hundredths(high, digits));
        let largest = low.unsigned_abs().max(high.unsigned_abs());
        let mut step: u128 = 1;
        while largest / step >= 1000 {
            step *= 10;
        }
        let round = |hundredths: i128| {
            let magnitude = (hundredths.unsigned_abs() + step / 2) / step * step;
            let magnitude = i64::try_from(magnitude).unwrap_or(i64::MAX);
            Amount::from_minor(if hundredths < 0 { -magnitude } else { magnitude }, 2)
        };
        (round(low), round(high))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> RateTable {
        RateTable::new(
            NaiveDate::from_ymd_opt(2026, 12, 4).unwrap(),
            [
                (Currency::USD, PerEur::parse("1.0512").unwrap()),
                (Currency::INR, PerEur::parse("88.7425").unwrap()),
                (Currency::parse("JPY").unwrap(), PerEur::parse("161.90").unwrap()),
            ],
        )
    }

    #[test]
    fn rates_parse_exactly() {
        assert_eq!(PerEur::parse("1.0512"), Some(PerEur(1_051_200)));
        assert_eq!(PerEur::parse("17138.94"), Some(PerEur(17_138_940_000)));
        assert_eq!(PerEur::parse("0.835630"), Some(PerEur(835_630)));
        assert_eq!(PerEur::parse("1.23456789"), Some(PerEur(1_234_568)));
        assert_eq!(PerEur::parse("7"), Some(PerEur(7_000_000)));
        for bad in ["", ".5", "1,05", "-1", "0.000000", "1e3", " 1.05"] {
            assert_eq!(PerEur::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn cross_rates_are_the_ratio_of_the_two_euro_rates() {
        let rates = table();
        let inr_usd = rates.rate(Currency::INR, Currency::USD).unwrap();
        // ₹8,500.00 = 850,000 paise; 8,500 × 1.0512 / 88.7425 = 100.685…
        assert_eq!(inr_usd.hundredths(850_000, 2), 10_069);
        assert_eq!(inr_usd.hundredths(2_400_000, 2), 28_429);
        let cents = |low, high| (Amount::from_minor(low, 2), Amount::from_minor(high, 2));
        assert_eq!(inr_usd.approximate(850_000, 2_400_000, 2), cents(10_100, 28_400));
        // Below a hundred the cents stay; both ends alike.
        assert_eq!(inr_usd.approximate(50_000, 50_000, 2), cents(592, 592));
        assert_eq!(inr_usd.approximate(50_000, 100_000, 2), cents(590, 1190));
        assert_eq!(inr_usd.approximate(50_000, 1_000_000, 2), cents(600, 11_800));
        // Three significant figures: ₹10,00,000 ≈ US$11,800.
        assert_eq!(
            inr_usd.approximate(100_000_000, 100_000_000, 2),
            cents(1_180_000, 1_180_000)
        );
        // Whole-unit currencies: ¥1,200 in rupees.
        let jpy_inr = rates
            .rate(Currency::parse("JPY").unwrap(), Currency::INR)
            .unwrap();
        assert_eq!(jpy_inr.hundredths(1200, 0), 65_776);
        // The euro is one, and a currency to itself is one.
        let eur_usd = rates.rate(Currency::EUR, Currency::USD).unwrap();
        assert_eq!(eur_usd.hundredths(100, 2), 105);
        assert_eq!(
            rates
                .rate(Currency::INR, Currency::INR)
                .unwrap()
                .hundredths(12_345, 2),
            12_345
        );
        assert!(
            rates
                .rate(Currency::parse("XYZ").unwrap(), Currency::USD)
                .is_none()
        );
        assert_eq!(inr_usd.shown(), 0.01185);
        assert_eq!(rates.rate(Currency::USD, Currency::INR).unwrap().shown(), 84.42);
    }

    #[test]
    fn dollar_pegged_currencies_follow_the_dollar() {
        let rates = table();
        let aed = Currency::parse("AED").unwrap();
        assert_eq!(rates.per_eur(aed), Some(PerEur(3_860_532)));
        let usd_aed = rates.rate(Currency::USD, aed).unwrap();
        assert_eq!(usd_aed.hundredths(100, 2), 367);
        let without_usd = RateTable::new(rates.date, [(Currency::INR, PerEur::parse("88.7").unwrap())]);
        assert!(without_usd.per_eur(aed).is_none());
    }

    #[test]
    fn euro_prices_for_the_index() {
        let rates = table();
        let eur = rates.to_eur(8500.0, Currency::INR).unwrap();
        assert!((eur - 95.783).abs() < 0.001, "{eur}");
        assert_eq!(rates.to_eur(1.0, Currency::EUR), Some(1.0));
        assert_eq!(rates.to_eur(1.0, Currency::parse("XAF").unwrap()), None);
    }
}
