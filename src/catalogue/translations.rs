//! A listing's title and description, and a producer's story, in other
//! languages than the one they are written in. A translation is held to the
//! same checks as the text it translates, and on a published listing goes
//! through the same review: buyers see nothing a moderator has not.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::error::CatalogueError;
use super::listings::{check_editable, owned_product, producer_of, review_new_content};
use super::model::{Producer, ProducerTranslation, Product, ProductTranslation};
use super::repo;
use super::values::ProductStatus;
use crate::accounts::User;
use crate::db::DbConnection;
use crate::domain::{Checks, fields};
use crate::i18n::{Language, Message};
use crate::search;

/// A listing's title and description in one other language, as typed.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct TranslationInput {
    /// `en`, `hi` or `ar`; not the listing's own language.
    pub language: String,
    pub title: String,
    pub description: String,
}

impl From<&ProductTranslation> for TranslationInput {
    fn from(t: &ProductTranslation) -> Self {
        Self {
            language: t.language.as_str().to_owned(),
            title: t.title.clone(),
            description: t.description.clone(),
        }
    }
}

/// `typed` as another language than `own`, or the message for the
/// `translation_language` field.
fn other_language(checks: &mut Checks, typed: &str, own: Language) -> Option<Language> {
    match Language::from_tag(typed) {
        Some(language) if language == own => {
            checks.fail(
                "translation_language",
                Message::new("translation-same-language").with("language", own.as_str()),
            );
            None
        }
        Some(language) => Some(language),
        None => {
            checks.fail(
                "translation_language",
                Message::new("translation-language-choose"),
            );
            None
        }
    }
}

/// Adds or replaces the listing's translation into `input.language`. A
/// published listing goes back to review, like an edit of its own text.
pub fn save_listing_translation(
    conn: &mut DbConnection,
    user: &User,
    product_id: &str,
    input: &TranslationInput,
    now: NaiveDateTime,
) -> Result<Product, CatalogueError> {
    let (_, product) = owned_product(conn, user, product_id)?;
    check_editable(&product)?;
    let mut checks = Checks::new();
    let language = other_language(&mut checks, &input.language, product.language);
    // The limits of `listings::validate`.
    let title = checks.text("translation_title", &input.title, 3..=120);
    let description = checks.text("translation_description", &input.description, 20..=5000);
    let language = checks.finish_with(language)?;
    let translation = ProductTranslation {
        product_id: product.id.clone(),
        language,
        title,
        description,
        updated_at: now,
    };
    let unchanged = repo::product_translations(conn, &product.id)?.iter().any(|kept| {
        kept.language == language
            && kept.title == translation.title
            && kept.description == translation.description
    });
    if unchanged {
        return Ok(product);
    }
    repo::save_product_translation(conn, &translation)?;
    let status = review_new_content(conn, &product, now)?;
    Ok(Product { status, ..product })
}

/// Removes the listing's translation into `language` (nothing to review:
/// buyers then read the listing's own text).
pub fn remove_listing_translation(
    conn: &mut DbConnection,
    user: &User,
    product_id: &str,
    language: &str,
    now: NaiveDateTime,
) -> Result<Product, CatalogueError> {
    let (_, product) = owned_product(conn, user, product_id)?;
    check_editable(&product)?;
    let language = Language::from_tag(language).ok_or(CatalogueError::NotFound)?;
    if repo::delete_product_translation(conn, &product.id, language)?
        && product.status == ProductStatus::Published
    {
        search::enqueue_index(conn, &[product.id.to_string()], now)?;
    }
    Ok(product)
}

/// The language a listing's or a profile's own text is written in, from
/// the "Written in" select (English when none is sent), or the message for
/// the `language` field.
pub(super) fn own_language(checks: &mut Checks, typed: &str) -> Option<Language> {
    let language = match typed.trim() {
        "" => Some(Language::DEFAULT),
        typed => Language::from_tag(typed),
    };
    if language.is_none() {
        checks.fail("language", Message::new("translation-language-choose"));
    }
    language
}

/// A text written in one language and kept in others.
pub(super) enum OwnText<'a> {
    /// A listing's title and description.
    Listing(&'a Product),
    /// A profile's story.
    Story(&'a Producer),
}

/// Refuses `language` as the own language of a text already kept in it
/// under "Other languages" (the producer removes or empties that version
/// first).
pub(super) fn check_own_language(
    conn: &mut DbConnection,
    text: OwnText<'_>,
    language: Language,
) -> Result<(), CatalogueError> {
    let (translated, refusal): (Vec<Language>, _) = match text {
        OwnText::Listing(product) => (
            repo::product_translations(conn, &product.id)?
                .into_iter()
                .map(|t| t.language)
                .collect(),
            Message::new("translation-own-language-taken"),
        ),
        OwnText::Story(producer) => (
            repo::producer_translations(conn, &producer.id)?
                .into_iter()
                .map(|t| t.language)
                .collect(),
            Message::new("translation-story-language-taken"),
        ),
    };
    if translated.contains(&language) {
        let refusal = refusal.with("language", language.as_str());
        return Err(CatalogueError::Invalid(fields::one("language", refusal)));
    }
    Ok(())
}

/// The profile form's field for the story in `language`: `story_hi`.
pub fn story_field(language: Language) -> &'static str {
    match language {
        Language::En => "story_en",
        Language::Hi => "story_hi",
        Language::Ar => "story_ar",
    }
}

/// Saves the signed-in producer's story in every other language than the
/// profile's own, from the fields named by [`story_field`]: a story left
/// empty is removed. Profiles show without review, and the story is not in
/// the search index, so nothing else follows.
pub fn save_stories(
    conn: &mut DbConnection,
    user: &User,
    typed: &std::collections::BTreeMap<String, String>,
    now: NaiveDateTime,
) -> Result<(), CatalogueError> {
    let producer = producer_of(conn, user)?;
    let mut checks = Checks::new();
    let others: Vec<(Language, String)> = Language::ALL
        .iter()
        .filter(|language| **language != producer.language)
        .map(|language| {
            let field = story_field(*language);
            let text = typed.get(field).map_or("", String::as_str);
            // The limit of `profile::save_profile`.
            (*language, checks.text(field, text, 0..=4000))
        })
        .collect();
    checks.finish()?;
    for (language, story) in others {
        if story.is_empty() {
            repo::delete_producer_translation(conn, &producer.id, language)?;
        } else {
            repo::save_producer_translation(
                conn,
                &ProducerTranslation {
                    producer_id: producer.id.clone(),
                    language,
                    story,
                    updated_at: now,
                },
            )?;
        }
    }
    Ok(())
}
