//! Admins review submitted listings: approve, request changes, or reject.
//! Every decision is kept, e-mailed to the producer, and (on approval)
//! sent to the search index — all in one transaction.

use chrono::NaiveDateTime;
use serde_json::json;
use url::Url;

use super::error::CatalogueError;
use super::model::{ModerationDecision, Product};
use super::repo;
use super::values::{Decision, ProductStatus};
use crate::accounts::{User, repo as accounts_repo};
use crate::db::DbConnection;
use crate::domain::fields;
use crate::i18n::Message;
use crate::mail::{self, OutgoingEmail};
use crate::search;

pub fn decide(
    conn: &mut DbConnection,
    moderator: &User,
    product_id: &str,
    decision: Decision,
    note: &str,
    base_url: &Url,
    now: NaiveDateTime,
) -> Result<Product, CatalogueError> {
    let note = note.trim();
    if decision != Decision::Approve && note.is_empty() {
        return Err(CatalogueError::Invalid(fields::one(
            "note",
            Message::new("listing-note-needed"),
        )));
    }
    if note.chars().count() > 2000 {
        return Err(CatalogueError::Invalid(fields::one(
            "note",
            Message::new("field-too-long")
                .with("max", 2000)
                .with("count", note.chars().count()),
        )));
    }
    let product = repo::find_product(conn, product_id)?.ok_or(CatalogueError::NotFound)?;
    if product.status != ProductStatus::Submitted {
        return Err(CatalogueError::NotAllowed(
            Message::new("refusal-listing-not-in-review").with("status", product.status().as_str()),
        ));
    }
    let status = decision.outcome();
    let decided = Product {
        status,
        moderation_note: (decision != Decision::Approve).then(|| note.to_owned()),
        published_at: if status == ProductStatus::Published {
            product.published_at.or(Some(now))
        } else {
            product.published_at
        },
        updated_at: now,
        ..product
    };
    repo::save_product_from(conn, &decided, ProductStatus::Submitted)?;
    repo::insert_decision(
        conn,
        &ModerationDecision {
            id: super::model::DecisionId::new(),
            product_id: decided.id.clone(),
            moderator_id: moderator.id.clone(),
            decision,
            note: note.to_owned(),
            created_at: now,
        },
    )?;
    if status == ProductStatus::Published {
        search::enqueue_index(conn, &[decided.id.to_string()], now)?;
    }
    notify_producer(conn, &decided, decision, note, base_url, now)?;
    Ok(decided)
}

fn notify_producer(
    conn: &mut DbConnection,
    product: &Product,
    decision: Decision,
    note: &str,
    base_url: &Url,
    now: NaiveDateTime,
) -> Result<(), CatalogueError> {
    let producer = repo::producer_by_id(conn, &product.producer_id)?.ok_or(CatalogueError::NotFound)?;
    let owner = accounts_repo::find_user(conn, &producer.user_id)?.ok_or(CatalogueError::NotFound)?;
    let link = |path: String| {
        let mut url = base_url.clone();
        url.set_path(&path);
        url.to_string()
    };
    let template = match decision {
        Decision::Approve => "product_approved",
        Decision::RequestChanges => "product_changes_requested",
        Decision::Reject => "product_rejected",
    };
    mail::enqueue(
        conn,
        OutgoingEmail {
            to: owner.email.clone(),
            to_name: Some(owner.name.clone()),
            template: template.to_owned(),
            context: json!({
                "name": owner.name,
                "title": product.title,
                "note": note,
                "product_url": link(crate::format::paths::product(&product.slug)),
                "edit_url": link(format!("/dashboard/products/{}/edit", product.id)),
            }),
            language: owner.language,
            attachments: Vec::new(),
        },
        now,
    )?;
    Ok(())
}
