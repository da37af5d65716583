//! Numbers as the reader's locale writes them, by CLDR's rules (ICU4X):
//! "1,234,567" in English, "12,34,567" in Hindi and Indian English,
//! "١٬٢٣٤٬٥٦٧" where Arabic is written with Eastern Arabic digits. The one
//! number formatter of the site: counts, money figures and the numbers
//! inside translated messages all come through here.

use std::cell::RefCell;
use std::collections::HashMap;
use std::collections::hash_map::Entry;

use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_locale_core::Locale as IcuLocale;

use crate::i18n::{self, Locale};

thread_local! {
    /// A formatter per locale, built on first use: building one looks up
    /// CLDR data, formatting with it is cheap.
    static FORMATTERS: RefCell<HashMap<Locale, DecimalFormatter>> = RefCell::new(HashMap::new());
}

/// `value` in `locale`'s digits and grouping, with the digits it has.
pub fn format_decimal(value: &Decimal, locale: Locale) -> String {
    FORMATTERS.with(|formatters| {
        let mut formatters = formatters.borrow_mut();
        if let Entry::Vacant(slot) = formatters.entry(locale) {
            let icu_locale = IcuLocale::try_from_str(&locale.tag())
                .or_else(|_| IcuLocale::try_from_str(locale.language.as_str()))
                .unwrap_or(IcuLocale::UNKNOWN);
            // Compiled-in data covers every locale; the root locale's
            // formatter is the fallback should a tag ever lack it.
            let formatter = DecimalFormatter::try_new((&icu_locale).into(), Default::default())
                .or_else(|_| DecimalFormatter::try_new(Default::default(), Default::default()));
            match formatter {
                Ok(formatter) => slot.insert(formatter),
                Err(_) => return value.to_string(),
            };
        }
        formatters
            .get(&locale)
            .map_or_else(|| value.to_string(), |f| f.format(value).to_string())
    })
}

/// A whole number in the locale being rendered: 1234567 → "1,234,567",
/// "12,34,567" in Hindi.
pub fn group_thousands(n: i64) -> String {
    format_decimal(&Decimal::from(n), i18n::current())
}

/// Any number Fluent hands over (counts, mostly), in `locale`.
pub fn decimal(value: f64, locale: Locale) -> String {
    // `{value}` prints the shortest text that reads back as `value`, which
    // is what a reader should see of it too.
    match format!("{value}").parse::<Decimal>() {
        Ok(decimal) => format_decimal(&decimal, locale),
        Err(_) => value.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, scoped};

    fn in_locale(language: Language, header: Option<&str>, n: i64) -> String {
        scoped(Locale::with_region_from(language, header), || group_thousands(n))
    }

    #[test]
    fn english_groups_in_threes() {
        assert_eq!(group_thousands(0), "0");
        assert_eq!(group_thousands(999), "999");
        assert_eq!(group_thousands(1000), "1,000");
        assert_eq!(group_thousands(1_234_567), "1,234,567");
        assert_eq!(group_thousands(-12_345), "-12,345");
        assert_eq!(group_thousands(i64::MIN), "-9,223,372,036,854,775,808");
    }

    #[test]
    fn hindi_and_indian_english_group_in_lakhs() {
        assert_eq!(in_locale(Language::Hi, None, 100_000), "1,00,000");
        assert_eq!(in_locale(Language::Hi, None, 12_345_678), "1,23,45,678");
        assert_eq!(in_locale(Language::En, Some("en-IN"), 100_000), "1,00,000");
        assert_eq!(in_locale(Language::En, Some("en-GB"), 100_000), "100,000");
    }

    #[test]
    fn arabic_follows_its_region_s_digits() {
        let latin = in_locale(Language::Ar, Some("ar-AE"), 1_234);
        let eastern = in_locale(Language::Ar, Some("ar-EG"), 1_234);
        assert!(latin.contains('1'), "{latin}");
        assert!(eastern.contains('١'), "{eastern}");
    }

    #[test]
    fn fractions_keep_their_digits() {
        assert_eq!(decimal(2.5, Locale::default()), "2.5");
        assert_eq!(decimal(1_000_000.0, Locale::new(Language::Hi)), "10,00,000");
    }
}
