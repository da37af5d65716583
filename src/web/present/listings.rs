//! A producer's own listing pages.

use serde::Serialize;

use crate::catalogue::model::{ModerationDecision, Product, ProductTranslation};
use crate::catalogue::translations::TranslationInput;
use crate::catalogue::values::{Decision, ProductStatus};
use crate::catalogue::views::ProductPage;
use crate::domain::FieldErrors;
use crate::format::dates;
use crate::i18n::{Language, Message};

/// `/dashboard/products/{id}/edit`: the form, the listing as buyers see it,
/// its moderation history and what may be done with it in its status.
#[derive(Serialize)]
pub struct ListingEditPage<F: Serialize> {
    pub form: F,
    pub product: ProductPage,
    pub history: Vec<DecisionRow>,
    /// Why the last photo upload was refused, and the alt text typed with it.
    pub photo_error: Option<Message>,
    pub alt_value: Option<String>,
    pub translations: TranslationsView,
    #[serde(flatten)]
    pub actions: ListingActions,
}

/// The "Other languages" section: the listing's translations, and the one
/// form that adds or changes one.
#[derive(Serialize)]
pub struct TranslationsView {
    kept: Vec<KeptTranslation>,
    /// The languages a translation may be in (not `own`, the listing's), named in the reader's language.
    languages: Vec<LanguageChoice>,
    form: TranslationPanel,
}

/// An option of the translation's language (as the `select` form macro reads it).
#[derive(Serialize)]
struct LanguageChoice {
    value: Language,
    label: Message,
}

#[derive(Serialize)]
struct KeptTranslation {
    language: Language,
    dir: &'static str,
    name: Message,
    title: String,
}

/// The translation form's values and what is wrong with them.
#[derive(Serialize, Default)]
pub struct TranslationPanel {
    pub values: TranslationInput,
    pub errors: FieldErrors,
}

impl TranslationPanel {
    /// The form filled with the kept translation into `asked`, if any.
    pub fn asked(kept: &[ProductTranslation], asked: Option<Language>) -> Self {
        let values = kept
            .iter()
            .find(|t| Some(t.language) == asked)
            .map(TranslationInput::from)
            .unwrap_or_default();
        Self {
            values,
            errors: FieldErrors::new(),
        }
    }
}

fn language_name(language: Language) -> Message {
    Message::new("products-language-name").with("language", language.as_str())
}

impl TranslationsView {
    pub fn new(own: Language, kept: Vec<ProductTranslation>, form: TranslationPanel) -> Self {
        Self {
            languages: Language::ALL
                .iter()
                .filter(|l| **l != own)
                .map(|l| LanguageChoice {
                    value: *l,
                    label: language_name(*l),
                })
                .collect(),
            kept: kept
                .into_iter()
                .map(|t| KeptTranslation {
                    dir: t.language.direction().as_str(),
                    name: language_name(t.language),
                    language: t.language,
                    title: t.title,
                })
                .collect(),
            form,
        }
    }
}

/// What the listing's status allows its producer to do.
#[derive(Serialize)]
pub struct ListingActions {
    editable: bool,
    submittable: bool,
    deletable: bool,
    restorable: bool,
}

impl ListingActions {
    pub fn of(product: &Product) -> Self {
        let status = product.status();
        Self {
            editable: status.editable(),
            submittable: status.submittable(),
            deletable: product.deletable(),
            restorable: status == ProductStatus::Archived,
        }
    }
}

/// A moderator's decision on the listing, by whom and when.
#[derive(Serialize)]
pub struct DecisionRow {
    decision: Decision,
    note: String,
    by: String,
    /// "22 Nov 2026, 09:05 UTC".
    at: String,
}

pub fn decision_rows(decisions: Vec<(ModerationDecision, String)>) -> Vec<DecisionRow> {
    decisions
        .into_iter()
        .map(|(d, moderator)| DecisionRow {
            at: dates::date_time(d.created_at),
            decision: d.decision,
            note: d.note,
            by: moderator,
        })
        .collect()
}
