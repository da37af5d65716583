//! The languages the interface is written in.

crate::text_enum!(
    /// A language the interface is written in: one folder of `locales/`.
    /// Stored by its BCP 47 code; the label is the language's own name, as
    /// the language menu shows it to someone who reads it.
    pub Language {
        En => "en", "English";
        Hi => "hi", "हिन्दी";
        Ar => "ar", "العربية";
    }
);

/// Which way a language's lines run, for `<html dir>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

impl Language {
    /// The language a page falls back to, and the one every message exists in first.
    pub const DEFAULT: Language = Language::En;

    pub fn direction(self) -> Direction {
        match self {
            Language::Ar => Direction::Rtl,
            Language::En | Language::Hi => Direction::Ltr,
        }
    }

    /// The language of a BCP 47 tag as browsers and people write it:
    /// "hi", "hi-IN", "AR_ae", "en-GB"; `None` for a language we do not ship.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.trim().split(['-', '_']).next()?;
        Self::ALL
            .iter()
            .copied()
            .find(|language| language.as_str().eq_ignore_ascii_case(primary))
    }
}

impl Default for Language {
    fn default() -> Self {
        Self::DEFAULT
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_read_by_their_primary_language() {
        assert_eq!(Language::from_tag("hi"), Some(Language::Hi));
        assert_eq!(Language::from_tag("hi-IN"), Some(Language::Hi));
        assert_eq!(Language::from_tag(" AR_ae "), Some(Language::Ar));
        assert_eq!(Language::from_tag("en-GB"), Some(Language::En));
        assert_eq!(Language::from_tag("fr"), None);
        assert_eq!(Language::from_tag(""), None);
        assert_eq!(Language::from_tag("hindi"), None);
    }

    #[test]
    fn only_arabic_runs_right_to_left() {
        assert_eq!(Language::Ar.direction(), Direction::Rtl);
        assert_eq!(Language::Hi.direction().as_str(), "ltr");
    }
}
