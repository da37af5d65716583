//! A message to be written in the reader's language later: what domain
//! checks and view models hold instead of English text. It is translated
//! when serialised, which `Templates::page` (and the error pages, and the
//! API's problem documents) do inside the reader's locale.

use std::borrow::Cow;
use std::fmt;

use fluent_bundle::{FluentArgs, FluentValue};
use serde::{Serialize, Serializer};

use super::{Locale, current, text};

#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

/// A variable of a [`Message`]: numbers stay numbers so Fluent can choose
/// plural forms and write them in the reader's digits.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64),
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Text(value.to_owned())
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Text(value)
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            #[allow(clippy::cast_precision_loss, clippy::cast_lossless)]
            fn from(value: $t) -> Self {
                Arg::Number(value as f64)
            }
        }
    )*};
}
number_args!(i32, i64, u16, u32, u64, usize, f64);

impl Message {
    /// Message `id` of the `.ftl` files (a literal, so the tests can see it is used).
    pub fn new(id: &'static str) -> Self {
        Self { id, args: Vec::new() }
    }

    /// The message with variable `name` set to `value`.
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The message in `locale`. A message that cannot be written (a
    /// variable missing) is a bug the tests catch; should one reach a
    /// reader, they get the English text or, failing that, the id, and the
    /// log says why.
    pub fn in_locale(&self, locale: Locale) -> String {
        let args: FluentArgs<'_> = self
            .args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    Arg::Text(text) => FluentValue::from(text.as_str()),
                    Arg::Number(n) => FluentValue::from(*n),
                };
                (Cow::Borrowed(*name), value)
            })
            .collect();
        match text(locale, self.id, Some(&args)) {
            Ok(written) => written,
            Err(error) => {
                debug_assert!(false, "{error}");
                tracing::error!(%error, "a message could not be written");
                text(Locale::default(), self.id, Some(&args)).unwrap_or_else(|_| self.id.to_owned())
            }
        }
    }
}

/// Written in the locale being rendered ([`current`]).
impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.in_locale(current()))
    }
}

impl Serialize for Message {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, scoped};

    #[test]
    fn a_message_is_written_in_the_locale_it_is_serialised_in() {
        let message = Message::new("admin-users-role-for").with("name", "Asha");
        assert_eq!(message.to_string(), "Role for Asha");
        let hindi = scoped(Locale::new(Language::Hi), || serde_json::to_value(&message));
        assert_eq!(hindi.ok(), Some(serde_json::json!("Asha की भूमिका")));
    }
}
