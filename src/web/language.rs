//! The request's language, read from what it carries (`i18n::negotiate`),
//! and what every HTML answer says about it.

use actix_web::HttpRequest;
use actix_web::cookie::{Cookie, SameSite, time::Duration};
use actix_web::dev::ServiceResponse;
use actix_web::http::header::{ACCEPT_LANGUAGE, CONTENT_TYPE, HeaderValue, VARY};
use serde::Serialize;

use crate::domain::LocalPath;
use crate::i18n::{Asked, Language, Locale, negotiate};

/// The cookie the language menu sets.
pub const COOKIE: &str = "lang";
/// The query parameter that names a page's language (`hreflang` alternates).
pub const PARAMETER: &str = "lang";

/// The locale to answer `req` in, given the signed-in account's setting.
pub fn requested(req: &HttpRequest, account: Option<Language>) -> Locale {
    let accept_language = req
        .headers()
        .get(ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok());
    let query = url::form_urlencoded::parse(req.query_string().as_bytes())
        .find(|(name, _)| name == PARAMETER)
        .map(|(_, value)| value.into_owned());
    let cookie = req.cookie(COOKIE);
    let language = negotiate(Asked {
        query: query.as_deref(),
        account,
        cookie: cookie.as_ref().map(Cookie::value),
        accept_language,
    });
    Locale::with_region_from(language, accept_language)
}

/// `req`'s path and query without the `lang` parameter, and without a
/// `next` destination that is not a page of this site: the language menu
/// and the alternates repeat this address, and must not carry an
/// attacker's link onto the page.
pub fn here(req: &HttpRequest) -> String {
    let base_url = req
        .app_data::<actix_web::web::Data<super::AppState>>()
        .map(|state| state.settings.base_url.clone());
    let local = |next: &str| {
        base_url
            .as_ref()
            .is_some_and(|base| LocalPath::parse(base, next).is_some())
    };
    let kept: Vec<(String, String)> = url::form_urlencoded::parse(req.query_string().as_bytes())
        .filter(|(name, _)| name != PARAMETER)
        .filter(|(name, value)| name != "next" || local(value))
        .map(|(name, value)| (name.into_owned(), value.into_owned()))
        .collect();
    if kept.is_empty() {
        return req.path().to_owned();
    }
    let query = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(kept)
        .finish();
    format!("{}?{query}", req.path())
}

/// `here` in `language`: the address an `hreflang` alternate names.
pub fn in_language(here: &str, language: Language) -> String {
    let separator = if here.contains('?') { '&' } else { '?' };
    format!("{here}{separator}{PARAMETER}={}", language.as_str())
}

/// The cookie that keeps the menu's choice for a year.
pub fn cookie(language: Language) -> Cookie<'static> {
    Cookie::build(COOKIE, language.as_str())
        .path("/")
        .max_age(Duration::days(365))
        .same_site(SameSite::Lax)
        .http_only(true)
        .finish()
}

/// An HTML page differs by the language its request asked for, so a cache
/// must keep one copy per `Accept-Language` and cookie.
pub fn vary<B>(mut response: ServiceResponse<B>) -> ServiceResponse<B> {
    let html = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.starts_with("text/html"));
    if html {
        response
            .headers_mut()
            .append(VARY, HeaderValue::from_static("Accept-Language, Cookie"));
    }
    response
}

/// One entry of the language menu and of the `hreflang` alternates.
#[derive(Debug, Serialize)]
pub struct LanguageLink {
    pub code: &'static str,
    /// The language's name in itself ("हिन्दी").
    pub name: &'static str,
    pub dir: &'static str,
    /// This page in that language.
    pub href: String,
    pub current: bool,
}

/// Every shipped language, for the menu and the alternates of `here`.
pub fn links(here: &str, current: Language) -> Vec<LanguageLink> {
    Language::ALL
        .iter()
        .map(|&language| LanguageLink {
            code: language.as_str(),
            name: language.label(),
            dir: language.direction().as_str(),
            href: in_language(here, language),
            current: language == current,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use actix_web::test::TestRequest;

    use super::*;

    #[test]
    fn the_page_s_address_drops_only_its_language() {
        let req = TestRequest::get()
            .uri("/search?q=silk&lang=hi&page=2")
            .to_http_request();
        assert_eq!(here(&req), "/search?q=silk&page=2");
        assert_eq!(
            in_language("/search?q=silk", Language::Ar),
            "/search?q=silk&lang=ar"
        );
        assert_eq!(in_language("/states", Language::Hi), "/states?lang=hi");
    }

    #[test]
    fn the_address_beats_the_cookie_and_the_browser() {
        let req = TestRequest::get()
            .uri("/?lang=ar")
            .cookie(Cookie::new(COOKIE, "hi"))
            .insert_header((ACCEPT_LANGUAGE, "en-IN"))
            .to_http_request();
        assert_eq!(requested(&req, None).language, Language::Ar);
        let req = TestRequest::get()
            .uri("/")
            .cookie(Cookie::new(COOKIE, "hi"))
            .insert_header((ACCEPT_LANGUAGE, "ar"))
            .to_http_request();
        assert_eq!(requested(&req, None).language, Language::Hi);
        assert_eq!(requested(&req, Some(Language::En)).language, Language::En);
        let req = TestRequest::get()
            .uri("/?lang=%FF%FE")
            .cookie(Cookie::new(COOKIE, "zz"))
            .insert_header((ACCEPT_LANGUAGE, "ar-EG"))
            .to_http_request();
        assert_eq!(requested(&req, None).tag(), "ar-EG");
    }
}
