//! A request's or an e-mail's locale: the interface language, and the
//! region its reader wrote with it, which numbers and dates follow
//! ("en-IN" groups in lakhs, "en" in thousands).

use std::cell::Cell;

use super::Language;

/// The language of the words and the region of the formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Locale {
    pub language: Language,
    /// An ISO 3166 region in upper case ("IN", "AE"), when the reader's
    /// browser named one with this language.
    region: Option<[u8; 2]>,
}

impl Locale {
    pub fn new(language: Language) -> Self {
        Self {
            language,
            region: None,
        }
    }

    /// `language` with the region of the first tag of the `Accept-Language`
    /// header written in it ("fr, en-IN;q=0.8" → en-IN), so that a reader
    /// who chose English on the menu still sees Indian digit grouping.
    pub fn with_region_from(language: Language, accept_language: Option<&str>) -> Self {
        // Fluent's parse of the header, the same one `negotiate` reads.
        let region = accept_language
            .map(fluent_langneg::accepted_languages::parse)
            .unwrap_or_default()
            .into_iter()
            .filter(|tag| tag.language.as_str().eq_ignore_ascii_case(language.as_str()))
            .find_map(|tag| tag.region)
            .and_then(|region| match region.as_str().as_bytes() {
                [a, b] => Some([*a, *b]),
                _ => None,
            });
        Self { language, region }
    }

    /// The region in upper case ("IN"), when the reader named one.
    pub fn region(&self) -> Option<String> {
        self.region.map(|[a, b]| format!("{}{}", a as char, b as char))
    }

    /// The BCP 47 tag formats are chosen by: "en", "en-IN", "ar-AE".
    pub fn tag(&self) -> String {
        match self.region {
            Some([a, b]) => format!("{}-{}{}", self.language.as_str(), a as char, b as char),
            None => self.language.as_str().to_owned(),
        }
    }
}

thread_local! {
    static CURRENT: Cell<Option<Locale>> = const { Cell::new(None) };
}

tokio::task_local! {
    static REQUEST: Locale;
}

/// The locale being written in: a render's or blocking job's ([`scoped`]),
/// else the request's being answered ([`for_request`]), else English.
/// Template filters, Fluent's number formatting and the date and money
/// formatters read it, because a Tera filter is registered once for all
/// renders and cannot see the render's context, and values are formatted in
/// view models far from the handler that knows the reader.
pub fn current() -> Locale {
    CURRENT
        .with(Cell::get)
        .or_else(|| REQUEST.try_with(|locale| *locale).ok())
        .unwrap_or_default()
}

/// Runs `render` with `locale` as the [`current`] one; renders are
/// synchronous, so the thread's locale is theirs until they return (or
/// unwind: the guard puts the previous one back either way).
pub fn scoped<T>(locale: Locale, render: impl FnOnce() -> T) -> T {
    struct Restore(Option<Locale>);
    impl Drop for Restore {
        fn drop(&mut self) {
            CURRENT.with(|current| current.set(self.0));
        }
    }
    let _restore = Restore(CURRENT.with(|current| current.replace(Some(locale))));
    render()
}

/// Answers a request with `locale` as the [`current`] one across its
/// awaits: a task-local, because a worker thread interleaves many requests.
/// Work sent to a blocking thread takes it along ([`crate::db::Db::read`]).
pub async fn for_request<F: Future>(locale: Locale, answer: F) -> F::Output {
    REQUEST.scope(locale, answer).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_region_comes_from_a_tag_in_the_same_language() {
        let tag = |language, header| Locale::with_region_from(language, Some(header)).tag();
        assert_eq!(tag(Language::En, "fr-FR, en-IN;q=0.8"), "en-IN");
        assert_eq!(tag(Language::En, "hi-IN, en;q=0.5"), "en");
        assert_eq!(tag(Language::Ar, "ar_ae"), "ar-AE");
        assert_eq!(tag(Language::Hi, "hi-Deva-IN"), "hi-IN");
        assert_eq!(tag(Language::En, "en-419"), "en");
        assert_eq!(Locale::new(Language::Hi).tag(), "hi");
    }

    #[test]
    fn a_scope_sets_the_locale_for_its_render_only() {
        let hindi = Locale::new(Language::Hi);
        assert_eq!(scoped(hindi, current), hindi);
        assert_eq!(current(), Locale::default());
    }
}
