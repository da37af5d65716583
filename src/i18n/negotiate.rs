//! Which language a request is answered in.

use unic_langid::LanguageIdentifier;

use super::Language;

/// What a request says about the language it wants, strongest first.
#[derive(Debug, Default, Clone, Copy)]
pub struct Asked<'a> {
    /// `?lang=` on the address: the page's `hreflang` alternates link so,
    /// and an explicit address should show what it names.
    pub query: Option<&'a str>,
    /// The signed-in account's setting, when it has one.
    pub account: Option<Language>,
    /// The `lang` cookie the language menu sets.
    pub cookie: Option<&'a str>,
    /// The browser's `Accept-Language` header.
    pub accept_language: Option<&'a str>,
}

/// The language to answer in: the first of the address, the account, the
/// menu's cookie and the browser's preferences that names a language we
/// ship, else English. Anything unknown or malformed is passed over.
pub fn negotiate(asked: Asked<'_>) -> Language {
    asked
        .query
        .and_then(Language::from_tag)
        .or(asked.account)
        .or_else(|| asked.cookie.and_then(Language::from_tag))
        .or_else(|| asked.accept_language.and_then(from_accept_language))
        .unwrap_or_default()
}

/// The browser's most wanted language that we ship ("fr, ar;q=0.8, en;q=0.5"
/// → Arabic), by Fluent's negotiation over the header's quality order.
fn from_accept_language(header: &str) -> Option<Language> {
    let requested = fluent_langneg::accepted_languages::parse(header);
    let available: Vec<LanguageIdentifier> = Language::ALL
        .iter()
        .filter_map(|language| language.as_str().parse().ok())
        .collect();
    let chosen = fluent_langneg::negotiate_languages(
        &requested,
        &available,
        None,
        fluent_langneg::NegotiationStrategy::Lookup,
    );
    chosen
        .first()
        .and_then(|id| Language::from_tag(id.language.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(value: &str) -> Language {
        negotiate(Asked {
            accept_language: Some(value),
            ..Asked::default()
        })
    }

    #[test]
    fn the_browser_s_first_shipped_language_wins() {
        assert_eq!(header("ar"), Language::Ar);
        assert_eq!(header("fr-FR, ar-AE;q=0.8, en;q=0.5"), Language::Ar);
        assert_eq!(header("hi-IN,hi;q=0.9,en-US;q=0.8"), Language::Hi);
        assert_eq!(header("en-GB"), Language::En);
        assert_eq!(header("de, fr"), Language::En);
    }

    #[test]
    fn malformed_headers_and_unknown_names_fall_back() {
        assert_eq!(header(""), Language::En);
        assert_eq!(header(";;;q=,,"), Language::En);
        assert_eq!(header("\u{0}garbage"), Language::En);
        let asked = Asked {
            query: Some("xx"),
            cookie: Some("klingon"),
            accept_language: Some("hi"),
            ..Asked::default()
        };
        assert_eq!(negotiate(asked), Language::Hi);
    }

    #[test]
    fn the_address_then_the_account_then_the_cookie_then_the_browser() {
        let all = Asked {
            query: Some("ar"),
            account: Some(Language::Hi),
            cookie: Some("en"),
            accept_language: Some("hi"),
        };
        assert_eq!(negotiate(all), Language::Ar);
        assert_eq!(negotiate(Asked { query: None, ..all }), Language::Hi);
        assert_eq!(
            negotiate(Asked {
                query: None,
                account: None,
                ..all
            }),
            Language::En
        );
    }
}
