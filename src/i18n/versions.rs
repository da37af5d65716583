//! Text its author wrote in one language and translated into others (a
//! listing's title, a producer's story), shown in the reader's language.

use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};

use super::{Language, current};

/// A text in the language it was written in, and in the languages its
/// author translated it into. Serialises, like the formatted values, as the
/// version in the language of the page being rendered ([`current`]), else
/// the original:
/// `{ "text": …, "lang": "hi", "dir": "ltr", "foreign": true, "translated": true, "original_lang": "en" }`,
/// where `foreign` says the text is in another language than the page (so
/// its element carries its own `lang` and `dir`).
#[derive(Debug, Clone, PartialEq)]
pub struct Versions<T> {
    original: (Language, T),
    translations: Vec<(Language, T)>,
}

impl<T> Versions<T> {
    pub fn new(language: Language, original: T) -> Self {
        Self {
            original: (language, original),
            translations: Vec::new(),
        }
    }

    /// Adds the version in `language`; one in the original's language is ignored.
    pub fn with(mut self, language: Language, text: T) -> Self {
        if language != self.original.0 {
            self.translations.retain(|(kept, _)| *kept != language);
            self.translations.push((language, text));
        }
        self
    }

    /// The same translations beside another original: a photo's own
    /// description, in the language its listing is written in, where other
    /// readers get the listing's translated title.
    pub fn with_original(mut self, text: T) -> Self {
        self.original.1 = text;
        self
    }

    pub fn original(&self) -> &T {
        &self.original.1
    }

    pub fn original_language(&self) -> Language {
        self.original.0
    }

    /// The version a reader of `language` gets, and the language it is in.
    pub fn for_reader(&self, language: Language) -> (Language, &T) {
        let (shown, text) = self
            .translations
            .iter()
            .find(|(kept, _)| *kept == language)
            .unwrap_or(&self.original);
        (*shown, text)
    }

    /// Every version, the original first.
    pub fn all(&self) -> impl Iterator<Item = (Language, &T)> {
        std::iter::once(&self.original)
            .chain(&self.translations)
            .map(|(language, text)| (*language, text))
    }

    pub fn map<U>(self, f: impl Fn(T) -> U) -> Versions<U> {
        Versions {
            original: (self.original.0, f(self.original.1)),
            translations: self.translations.into_iter().map(|(l, t)| (l, f(t))).collect(),
        }
    }
}

impl<T: Serialize> Serialize for Versions<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let page = current().language;
        let (language, text) = self.for_reader(page);
        let mut out = serializer.serialize_struct("Versions", 6)?;
        out.serialize_field("text", text)?;
        out.serialize_field("lang", language.as_str())?;
        out.serialize_field("dir", language.direction().as_str())?;
        out.serialize_field("foreign", &(language != page))?;
        out.serialize_field("translated", &(language != self.original.0))?;
        out.serialize_field("original_lang", self.original.0.as_str())?;
        out.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Locale, scoped};

    fn title() -> Versions<&'static str> {
        Versions::new(Language::En, "Turmeric").with(Language::Hi, "हल्दी")
    }

    #[test]
    fn a_reader_gets_their_language_else_the_original() {
        assert_eq!(title().for_reader(Language::Hi), (Language::Hi, &"हल्दी"));
        assert_eq!(title().for_reader(Language::Ar), (Language::En, &"Turmeric"));
        assert_eq!(title().with(Language::En, "ignored").all().count(), 2);
        let alt = title().with_original("Turmeric roots on a tray");
        assert_eq!(
            alt.for_reader(Language::En),
            (Language::En, &"Turmeric roots on a tray")
        );
        assert_eq!(alt.for_reader(Language::Hi), (Language::Hi, &"हल्दी"));
    }

    #[test]
    fn text_in_another_language_than_the_page_says_so() {
        let json = |language| scoped(Locale::new(language), || serde_json::to_value(title()).unwrap());
        let hindi = json(Language::Hi);
        assert_eq!(
            (hindi["text"].as_str(), hindi["foreign"].as_bool()),
            (Some("हल्दी"), Some(false))
        );
        assert_eq!(hindi["translated"], true);
        let arabic = json(Language::Ar);
        assert_eq!(
            (arabic["lang"].as_str(), arabic["dir"].as_str()),
            (Some("en"), Some("ltr"))
        );
        assert_eq!(arabic["foreign"], true);
        assert_eq!(json(Language::En)["foreign"], false);
    }
}
