//! The interface's words: Fluent messages in `locales/<language>/*.ftl`,
//! compiled into the binary. A new language is a new folder (and a
//! [`Language`] variant); the tests below fail when a shipped language
//! lacks a message English has, has one English lacks, or uses a variable
//! English does not give it.

use std::borrow::Cow;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use rust_embed::RustEmbed;
use unic_langid::LanguageIdentifier;

use super::{Direction, Language, Locale, current};

#[derive(RustEmbed)]
#[folder = "locales/"]
struct LocaleFiles;

/// Why a message could not be written out.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum MessageError {
    #[error("no message {0} in any language")]
    Unknown(String),
    #[error("message {id} in {language}: {problems}")]
    Format {
        id: String,
        language: &'static str,
        problems: String,
    },
}

struct Catalog {
    bundles: Vec<(Language, FluentBundle<FluentResource>)>,
}

static CATALOG: LazyLock<Catalog> = LazyLock::new(Catalog::load);

impl Catalog {
    fn load() -> Catalog {
        let bundles = Language::ALL
            .iter()
            .map(|&language| (language, bundle(language)))
            .collect();
        Catalog { bundles }
    }

    fn bundle(&self, language: Language) -> Option<&FluentBundle<FluentResource>> {
        self.bundles
            .iter()
            .find(|(l, _)| *l == language)
            .map(|(_, bundle)| bundle)
    }
}

/// One language's messages. A file that does not parse keeps the messages
/// that did and is logged; the tests below fail on it before it ships.
fn bundle(language: Language) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = language.as_str().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Fluent wraps every variable in Unicode isolation marks so that a Latin
    // name cannot reorder the words of a right-to-left sentence around it;
    // left-to-right pages have nothing to reorder, and their text (and the
    // tests reading it) stays plain.
    bundle.set_use_isolating(language.direction() == Direction::Rtl);
    bundle.set_formatter(Some(format_value));
    for (path, source) in sources(language) {
        let resource = FluentResource::try_new(source).unwrap_or_else(|(resource, errors)| {
            tracing::error!(file = %path, ?errors, "translation file does not parse");
            resource
        });
        if let Err(errors) = bundle.add_resource(resource) {
            tracing::error!(file = %path, ?errors, "translation file repeats a message");
        }
    }
    bundle
}

/// The `.ftl` files of `language`, by path.
fn sources(language: Language) -> Vec<(String, String)> {
    let folder = format!("{}/", language.as_str());
    LocaleFiles::iter()
        .filter(|path| path.starts_with(&folder))
        .filter_map(|path| {
            let file = LocaleFiles::get(&path)?;
            let text = String::from_utf8(file.data.into_owned()).ok()?;
            Some((path.to_string(), text))
        })
        .collect()
}

/// Numbers inside messages ("{ $count } products") are written the way the
/// rest of the page writes them, in the locale being rendered.
fn format_value<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(number) => Some(crate::format::decimal(number.value, current())),
        _ => None,
    }
}

/// Message `id` ("nav-states", or "search-box.placeholder" for an
/// attribute) in `locale`'s language with `args`, or in English when that
/// language lacks it. A variable the message needs and `args` lacks is an
/// error, not a gap in the page.
pub fn text(locale: Locale, id: &str, args: Option<&FluentArgs<'_>>) -> Result<String, MessageError> {
    let catalog = &*CATALOG;
    let (message, attribute) = match id.split_once('.') {
        Some((message, attribute)) => (message, Some(attribute)),
        None => (id, None),
    };
    for language in [locale.language, Language::DEFAULT] {
        let Some(bundle) = catalog.bundle(language) else {
            continue;
        };
        let pattern = bundle.get_message(message).and_then(|m| match attribute {
            Some(attribute) => m.get_attribute(attribute).map(|a| a.value()),
            None => m.value(),
        });
        let Some(pattern) = pattern else { continue };
        let mut errors = Vec::new();
        let value = super::scoped(locale, || bundle.format_pattern(pattern, args, &mut errors));
        if !errors.is_empty() {
            return Err(MessageError::Format {
                id: id.to_owned(),
                language: language.as_str(),
                problems: format!("{errors:?}"),
            });
        }
        return Ok(value.into_owned());
    }
    Err(MessageError::Unknown(id.to_owned()))
}

/// Arguments for [`text`] from name–value pairs.
pub fn args<'a, I, V>(pairs: I) -> FluentArgs<'a>
where
    I: IntoIterator<Item = (&'a str, V)>,
    V: Into<FluentValue<'a>>,
{
    pairs
        .into_iter()
        .map(|(name, value)| (Cow::Borrowed(name), value.into()))
        .collect()
}

/// Every message id of `language`, attributes as "id.attribute".
#[cfg(test)]
fn ids(language: Language) -> std::collections::BTreeMap<String, Vec<String>> {
    use fluent_syntax::ast;
    let mut ids = std::collections::BTreeMap::new();
    for (_, source) in sources(language) {
        let resource = FluentResource::try_new(source).unwrap_or_else(|(r, _)| r);
        for entry in resource.entries() {
            if let ast::Entry::Message(message) = entry {
                let mut variables = Vec::new();
                if let Some(value) = &message.value {
                    variables_of(value, &mut variables);
                }
                ids.insert(message.id.name.to_owned(), variables);
                for attribute in &message.attributes {
                    let mut variables = Vec::new();
                    variables_of(&attribute.value, &mut variables);
                    ids.insert(format!("{}.{}", message.id.name, attribute.id.name), variables);
                }
            }
        }
    }
    // Each message's variables with those of the messages it refers to.
    let own = ids.clone();
    for variables in ids.values_mut() {
        let mut pending: Vec<String> = std::mem::take(variables);
        let mut followed = Vec::new();
        while let Some(variable) = pending.pop() {
            match variable.strip_prefix(REFERENCE) {
                Some(referred) if !followed.contains(&variable) => {
                    pending.extend(own.get(referred).into_iter().flatten().cloned());
                    followed.push(variable);
                }
                Some(_) => {}
                None if !variables.contains(&variable) => variables.push(variable),
                None => {}
            }
        }
    }
    ids
}

/// Marks a message reference among a message's variables (see [`ids`]).
#[cfg(test)]
const REFERENCE: &str = "@";

#[cfg(test)]
fn variables_of(pattern: &fluent_syntax::ast::Pattern<&str>, out: &mut Vec<String>) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn inline(expression: &InlineExpression<&str>, out: &mut Vec<String>) {
        match expression {
            InlineExpression::VariableReference { id } if !out.iter().any(|v| v == id.name) => {
                out.push(id.name.to_owned());
            }
            InlineExpression::FunctionReference { arguments, .. } => {
                for argument in &arguments.positional {
                    inline(argument, out);
                }
            }
            InlineExpression::Placeable { expression } => placeable(expression, out),
            // A referred message reads the same variables: marked here, and
            // replaced by that message's variables in `ids`.
            InlineExpression::MessageReference { id, attribute: None } => {
                let marker = format!("{REFERENCE}{}", id.name);
                if !out.contains(&marker) {
                    out.push(marker);
                }
            }
            _ => {}
        }
    }
    fn placeable(expression: &Expression<&str>, out: &mut Vec<String>) {
        match expression {
            Expression::Inline(expression) => inline(expression, out),
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for variant in variants {
                    variables_of(&variant.value, out);
                }
            }
        }
    }
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            placeable(expression, out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_parses_and_no_message_is_written_twice() {
        for &language in Language::ALL {
            for (path, source) in sources(language) {
                if let Err((_, errors)) = FluentResource::try_new(source) {
                    panic!("{path} does not parse: {errors:?}");
                }
            }
            let mut bundle = FluentBundle::<FluentResource>::new_concurrent(Vec::new());
            for (path, source) in sources(language) {
                let resource = FluentResource::try_new(source).unwrap_or_else(|(r, _)| r);
                assert!(bundle.add_resource(resource).is_ok(), "{path} repeats a message");
            }
        }
    }

    #[test]
    fn every_language_has_every_message_and_only_english_s_variables() {
        let english = ids(Language::En);
        assert!(!english.is_empty(), "no English messages found");
        for &language in Language::ALL {
            let translated = ids(language);
            let missing: Vec<_> = english
                .keys()
                .filter(|id| !translated.contains_key(*id))
                .collect();
            let extra: Vec<_> = translated
                .keys()
                .filter(|id| !english.contains_key(*id))
                .collect();
            assert!(missing.is_empty(), "{language:?} lacks {missing:?}");
            assert!(
                extra.is_empty(),
                "{language:?} has messages English lacks: {extra:?}"
            );
            for (id, variables) in &translated {
                let given = &english[id];
                let unknown: Vec<_> = variables.iter().filter(|v| !given.contains(v)).collect();
                assert!(
                    unknown.is_empty(),
                    "{language:?} {id} uses {unknown:?}, which English does not give"
                );
            }
        }
    }

    #[test]
    fn every_message_renders_in_every_language_with_english_s_variables() {
        for (id, variables) in ids(Language::En) {
            let given = args(variables.iter().map(|v| (v.as_str(), FluentValue::from(2))));
            for &language in Language::ALL {
                let result = text(Locale::new(language), &id, Some(&given));
                assert!(result.is_ok(), "{result:?}");
            }
        }
    }

    #[test]
    fn a_missing_variable_is_an_error_and_an_unknown_id_too() {
        let (id, _) = ids(Language::En)
            .into_iter()
            .find(|(_, variables)| !variables.is_empty())
            .unwrap_or_default();
        assert!(matches!(
            text(Locale::new(Language::Hi), &id, None),
            Err(MessageError::Format { .. })
        ));
        assert_eq!(
            text(Locale::default(), "no-such-message", None),
            Err(MessageError::Unknown("no-such-message".to_owned()))
        );
    }

    /// Every message is asked for somewhere: by a template (`"id" | t`) or
    /// by the code (the id as a string literal), so none is left behind
    /// when a page changes.
    #[test]
    fn every_message_is_used_and_every_used_message_exists() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let read = |folder: &str| {
            files_under(&root.join(folder))
                .into_iter()
                .map(|file| std::fs::read_to_string(file).unwrap_or_default())
                .collect::<String>()
        };
        let templates = read("templates");
        let text = templates.clone() + &read("src");
        let english = ids(Language::En);
        let unused: Vec<_> = english
            .keys()
            .filter(|id| !id.contains('.'))
            .filter(|id| !text.contains(&format!("\"{id}\"")) && !text.contains(&format!("\"{id}.")))
            .collect();
        assert!(unused.is_empty(), "messages no page or code asks for: {unused:?}");
        let asked = filter_ids(&templates);
        let unknown: Vec<_> = asked.iter().filter(|id| !english.contains_key(*id)).collect();
        assert!(
            unknown.is_empty(),
            "templates ask for messages English lacks: {unknown:?}"
        );
    }

    /// The ids of `"id" | t` in templates.
    fn filter_ids(text: &str) -> Vec<String> {
        let mut ids = Vec::new();
        for (at, _) in text.match_indices("\" | t") {
            let before = &text[..at];
            if let Some(start) = before.rfind('"') {
                ids.push(before[start + 1..].to_owned());
            }
        }
        ids
    }

    fn files_under(folder: &std::path::Path) -> Vec<std::path::PathBuf> {
        let mut files = Vec::new();
        let mut pending = vec![folder.to_path_buf()];
        while let Some(dir) = pending.pop() {
            for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    pending.push(path);
                } else {
                    files.push(path);
                }
            }
        }
        files
    }
}
