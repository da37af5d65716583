//! Which currency a reader wants prices in: the account's setting, else the
//! currency menu's cookie, else the currency of the region their browser
//! names with the page's language, else none (prices as listed). A code we
//! cannot convert into is passed over, never an error.

use super::model::Currency;
use crate::i18n::{Language, Locale};

/// What a request says about the reader's currency.
#[derive(Debug, Clone, Copy, Default)]
pub struct Asked<'a> {
    pub account: Option<Currency>,
    pub cookie: Option<&'a str>,
}

/// The reader's currency; `known` says which codes prices can be shown in.
pub fn choose(asked: Asked<'_>, locale: Locale, known: impl Fn(Currency) -> bool) -> Option<Currency> {
    asked
        .account
        .into_iter()
        .chain(asked.cookie.and_then(Currency::parse))
        .chain(of_locale(locale))
        .find(|currency| known(*currency))
}

/// The currency of the locale's region: en-US → USD, ar-AE → AED, de-AT →
/// EUR; Hindi without a region is read in India.
pub fn of_locale(locale: Locale) -> Option<Currency> {
    match locale.region() {
        Some(region) => of_region(&region),
        None if locale.language == Language::Hi => Some(Currency::INR),
        None => None,
    }
}

/// The euro area (2026): Bulgaria joined on 1 January 2026.
const EURO_AREA: &[&str] = &[
    "AT", "BE", "BG", "CY", "DE", "EE", "ES", "FI", "FR", "GR", "HR", "IE", "IT", "LT", "LU", "LV", "MT",
    "NL", "PT", "SI", "SK",
];

/// The currency used in an ISO 3166 region, for the regions whose buyers
/// we see and the bank publishes (or the dollar fixes) a rate for.
pub fn of_region(region: &str) -> Option<Currency> {
    if EURO_AREA.contains(&region) {
        return Some(Currency::EUR);
    }
    let code = match region {
        "IN" => "INR",
        "US" => "USD",
        "GB" => "GBP",
        "AE" => "AED",
        "SA" => "SAR",
        "QA" => "QAR",
        "OM" => "OMR",
        "BH" => "BHD",
        "JP" => "JPY",
        "CN" => "CNY",
        "HK" => "HKD",
        "SG" => "SGD",
        "MY" => "MYR",
        "TH" => "THB",
        "ID" => "IDR",
        "PH" => "PHP",
        "KR" => "KRW",
        "AU" => "AUD",
        "NZ" => "NZD",
        "CA" => "CAD",
        "MX" => "MXN",
        "BR" => "BRL",
        "ZA" => "ZAR",
        "CH" | "LI" => "CHF",
        "SE" => "SEK",
        "NO" => "NOK",
        "DK" => "DKK",
        "IS" => "ISK",
        "PL" => "PLN",
        "CZ" => "CZK",
        "HU" => "HUF",
        "RO" => "RON",
        "TR" => "TRY",
        "IL" => "ILS",
        _ => return None,
    };
    Currency::parse(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locale(language: Language, header: &str) -> Locale {
        Locale::with_region_from(language, Some(header))
    }

    #[test]
    fn the_account_beats_the_cookie_which_beats_the_region() {
        let all = |_: Currency| true;
        let gbp = Currency::parse("GBP");
        let us = locale(Language::En, "en-US");
        assert_eq!(choose(Asked::default(), us, all), Some(Currency::USD));
        let cookie = Asked {
            account: None,
            cookie: Some("gbp"),
        };
        assert_eq!(choose(cookie, us, all), gbp);
        let account = Asked {
            account: Some(Currency::EUR),
            ..cookie
        };
        assert_eq!(choose(account, us, all), Some(Currency::EUR));
    }

    #[test]
    fn unknown_codes_are_passed_over() {
        let known = |c: Currency| [Currency::USD, Currency::EUR, Currency::INR].contains(&c);
        let us = locale(Language::En, "en-US");
        for cookie in ["XYZ", "dollars", "", "€"] {
            let asked = Asked {
                account: None,
                cookie: Some(cookie),
            };
            assert_eq!(choose(asked, us, known), Some(Currency::USD), "{cookie}");
        }
        assert_eq!(choose(Asked::default(), Locale::new(Language::En), known), None);
    }

    #[test]
    fn regions_name_their_currency() {
        let of = |language, header| of_locale(locale(language, header)).map(|c| c.to_string());
        assert_eq!(of(Language::En, "en-GB").as_deref(), Some("GBP"));
        assert_eq!(of(Language::Ar, "ar-AE").as_deref(), Some("AED"));
        assert_eq!(of(Language::Ar, "ar-SA").as_deref(), Some("SAR"));
        assert_eq!(of(Language::En, "en-IE").as_deref(), Some("EUR"));
        assert_eq!(of(Language::En, "en-IN").as_deref(), Some("INR"));
        assert_eq!(of_locale(Locale::new(Language::Hi)), Some(Currency::INR));
        assert_eq!(of_locale(Locale::new(Language::Ar)), None);
        assert_eq!(of(Language::En, "en-419"), None);
    }
}
