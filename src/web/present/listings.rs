//! A producer's own listing pages.

use serde::Serialize;

use crate::catalogue::model::{ModerationDecision, Product};
use crate::catalogue::values::{Decision, ProductStatus};
use crate::catalogue::views::ProductPage;
use crate::format::dates;

/// `/dashboard/products/{id}/edit`: the form, the listing as buyers see it,
/// its moderation history and what may be done with it in its status.
#[derive(Serialize)]
pub struct ListingEditPage<F: Serialize> {
    pub form: F,
    pub product: ProductPage,
    pub history: Vec<DecisionRow>,
    /// Why the last photo upload was refused, and the alt text typed with it.
    pub photo_error: Option<String>,
    pub alt_value: Option<String>,
    #[serde(flatten)]
    pub actions: ListingActions,
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
