//! Telling curators that a product in their showcase stopped being
//! published. The catalogue announces it with a job in the transaction of
//! the change (`catalogue::unpublished`); the public pages already leave the
//! product out, since they read its status, and this is only the e-mail.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use serde::Serialize;
use serde_json::json;
use url::Url;

use super::error::ShowcaseError;
use super::repo;
use crate::accounts::repo as accounts_repo;
use crate::catalogue::values::ProductStatus;
use crate::db::DbConnection;
use crate::mail::{self, OutgoingEmail};

/// The template of the curator's e-mail.
pub const PRODUCT_LEFT: &str = "showcase_product_left";

/// One product that left one showcase, as the e-mail lists it.
#[derive(Debug, Clone, Serialize)]
struct Departure {
    showcase: String,
    product: String,
    /// "submitted", "archived": where the listing stands now, as stored,
    /// so the e-mail words it in the curator's language.
    status: &'static str,
    editor_url: String,
}

/// E-mails the curator of every showcase (not over yet) that holds one of
/// `product_ids` still unpublished now: one e-mail per curator, listing each
/// product and showcase. A listing published again before this runs (a
/// quick edit approved) is nobody's news. Returns the e-mails queued.
pub fn tell_curators(
    conn: &mut DbConnection,
    product_ids: &[String],
    site: &Url,
    now: NaiveDateTime,
) -> Result<usize, ShowcaseError> {
    let mut by_curator: BTreeMap<String, Vec<Departure>> = BTreeMap::new();
    for (showcase, product) in repo::holding(conn, product_ids, now)? {
        if product.status == ProductStatus::Published {
            continue;
        }
        let mut editor = site.clone();
        editor.set_path(&format!("/dashboard/showcases/{}", showcase.id));
        by_curator
            .entry(showcase.owner_id.to_string())
            .or_default()
            .push(Departure {
                showcase: showcase.title,
                product: product.title,
                status: product.status.as_str(),
                editor_url: editor.to_string(),
            });
    }
    let mut sent = 0;
    for (curator, departures) in by_curator {
        let Some(user) = accounts_repo::find_user(conn, &curator)? else {
            continue;
        };
        mail::enqueue(
            conn,
            OutgoingEmail::new(
                user.email.clone(),
                PRODUCT_LEFT,
                json!({
                    "name": user.name,
                    "count": departures.len(),
                    "departures": departures,
                }),
            )
            .to_name(user.name.clone())
            .in_language(user.language),
            now,
        )?;
        sent += 1;
    }
    Ok(sent)
}
