//! What showcase pages show, assembled from the queries: the live list and
//! the home page's featured ones, a showcase's public page (its products
//! grouped into pavilions, only those published now), and its editor.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::error::ShowcaseError;
use super::model::{Banner, Pavilions, Phase, Section, Showcase, ShowcaseId, ShowcaseItem};
use super::{repo, service};
use crate::accounts::{User, repo as accounts_repo};
use crate::catalogue::model::Product;
use crate::catalogue::values::ProductStatus;
use crate::catalogue::views::{ProductCard, cards};
use crate::db::{DbConnection, DbResult};
use crate::meetings::model::{Event, EventStatus};
use crate::meetings::repo as meetings_repo;
use crate::schema::gi_products;

/// Live showcases the list page shows at most.
pub const LIST_LIMIT: i64 = 200;

/// A showcase as a card in a list.
#[derive(Debug, Clone)]
pub struct Summary {
    pub showcase: Showcase,
    pub banner: Option<Banner>,
    /// Its products published now.
    pub products: i64,
}

fn summaries(conn: &mut DbConnection, showcases: Vec<Showcase>) -> DbResult<Vec<Summary>> {
    let ids: Vec<ShowcaseId> = showcases.iter().map(|s| s.id.clone()).collect();
    let mut banners = repo::banners_of(conn, &ids)?;
    let counts = repo::published_counts(conn, &ids)?;
    Ok(showcases
        .into_iter()
        .map(|showcase| Summary {
            banner: banners.remove(&showcase.id),
            products: counts.get(&showcase.id).copied().unwrap_or(0),
            showcase,
        })
        .collect())
}

/// Live showcases, the latest to open first.
pub fn live(conn: &mut DbConnection, now: NaiveDateTime) -> DbResult<Vec<Summary>> {
    let showcases = repo::live(conn, now, false, LIST_LIMIT)?;
    summaries(conn, showcases)
}

/// Featured live showcases for the home page.
pub fn featured(conn: &mut DbConnection, now: NaiveDateTime, limit: i64) -> DbResult<Vec<Summary>> {
    let showcases = repo::live(conn, now, true, limit)?;
    summaries(conn, showcases)
}

/// The showcases a curator's dashboard lists: their own, or every one for an admin.
pub fn curated(conn: &mut DbConnection, user: &User) -> DbResult<Vec<Summary>> {
    let showcases = if user.role() == crate::accounts::Role::Admin {
        repo::all(conn)?
    } else {
        repo::owned_by(conn, &user.id)?
    };
    summaries(conn, showcases)
}

/// A product on a showcase's page, with the curator's note.
#[derive(Debug, Clone)]
pub struct Entry {
    pub card: ProductCard,
    pub note: String,
}

/// One pavilion; `name` is `None` for the single list of a showcase
/// without pavilions.
#[derive(Debug, Clone)]
pub struct Pavilion {
    pub name: Option<String>,
    pub entries: Vec<Entry>,
}

/// Everything a showcase's public page (or its curator's preview) shows.
#[derive(Debug, Clone)]
pub struct PublicShowcase {
    pub showcase: Showcase,
    pub phase: Phase,
    pub banner: Option<Banner>,
    /// The organisation (or, without one, the person) that curated it.
    pub curator: String,
    /// The linked event, when it is public.
    pub event: Option<Event>,
    pub pavilions: Vec<Pavilion>,
    /// Products in it that are not published now, so not shown.
    pub hidden: usize,
}

impl PublicShowcase {
    pub fn entries(&self) -> impl Iterator<Item = &Entry> {
        self.pavilions.iter().flat_map(|p| p.entries.iter())
    }
}

/// GI names of the products that have one.
fn gi_names(conn: &mut DbConnection, products: &[Product]) -> DbResult<HashMap<i32, String>> {
    let ids: Vec<i32> = products.iter().filter_map(|p| p.gi_product_id).collect();
    Ok(gi_products::table
        .filter(gi_products::id.eq_any(&ids))
        .select((gi_products::id, gi_products::name))
        .load::<(i32, String)>(conn)?
        .into_iter()
        .collect())
}

/// Groups entries under the names `key` gives them, in the order each name
/// first comes in the curator's list; entries without a name go last under
/// `rest` (or, when every entry lacks one, form the only list).
fn group_by(
    entries: Vec<(ShowcaseItem, Product, Entry)>,
    key: impl Fn(&ShowcaseItem, &Product, &Entry) -> Option<String>,
    rest: &str,
) -> Vec<Pavilion> {
    let mut pavilions: Vec<Pavilion> = Vec::new();
    let mut others = Vec::new();
    for (item, product, entry) in entries {
        match key(&item, &product, &entry) {
            Some(name) => match pavilions.iter_mut().find(|p| p.name.as_deref() == Some(&name)) {
                Some(pavilion) => pavilion.entries.push(entry),
                None => pavilions.push(Pavilion {
                    name: Some(name),
                    entries: vec![entry],
                }),
            },
            None => others.push(entry),
        }
    }
    if !others.is_empty() {
        pavilions.push(Pavilion {
            name: (!pavilions.is_empty()).then(|| rest.to_owned()),
            entries: others,
        });
    }
    pavilions
}

/// The published products of `showcase` in its curator's order, grouped
/// into its pavilions.
fn pavilions(conn: &mut DbConnection, showcase: &Showcase) -> DbResult<Vec<Pavilion>> {
    let items = repo::published_items(conn, &showcase.id)?;
    let products: Vec<Product> = items.iter().map(|(_, p)| p.clone()).collect();
    let gi = gi_names(conn, &products)?;
    let mut by_id: HashMap<String, ProductCard> = cards(conn, products)?
        .into_iter()
        .map(|card| (card.id.clone(), card))
        .collect();
    let entries: Vec<(ShowcaseItem, Product, Entry)> = items
        .into_iter()
        .filter_map(|(item, product)| {
            let card = by_id.remove(product.id.as_str())?;
            let note = item.note.clone();
            Some((item, product, Entry { card, note }))
        })
        .collect();
    Ok(match showcase.pavilions {
        Pavilions::None => group_by(entries, |_, _, _| None, ""),
        Pavilions::State => group_by(entries, |_, _, e| Some(e.card.state_name.clone()), ""),
        Pavilions::District => group_by(
            entries,
            |_, _, e| Some(format!("{}, {}", e.card.district_name, e.card.state_name)),
            "",
        ),
        Pavilions::Gi => group_by(
            entries,
            |_, p, _| p.gi_product_id.and_then(|id| gi.get(&id).cloned()),
            "Other products",
        ),
        Pavilions::Named => {
            let sections = repo::sections_of(conn, &showcase.id)?;
            let name_of: HashMap<String, String> = sections
                .iter()
                .map(|s| (s.id.to_string(), s.name.clone()))
                .collect();
            let mut pavilions = group_by(
                entries,
                |i, _, _| {
                    i.section_id
                        .as_ref()
                        .and_then(|id| name_of.get(id.as_str()).cloned())
                },
                "More products",
            );
            // Pavilions named by hand come in the curator's order, not the products'.
            let rank = |p: &Pavilion| {
                sections
                    .iter()
                    .position(|s| p.name.as_deref() == Some(s.name.as_str()))
                    .unwrap_or(usize::MAX)
            };
            pavilions.sort_by_key(rank);
            pavilions
        }
    })
}

/// The showcase at `slug` as its public page shows it: to everyone while
/// it is live, and otherwise (draft, scheduled, ended) only as a preview to
/// its curator and admins; to anyone else it does not exist.
pub fn public_page(
    conn: &mut DbConnection,
    slug: &str,
    viewer: Option<&User>,
    now: NaiveDateTime,
) -> Result<PublicShowcase, ShowcaseError> {
    let showcase = repo::by_slug(conn, slug)?.ok_or(ShowcaseError::NotFound)?;
    let phase = showcase.phase(now);
    if phase != Phase::Live {
        match viewer {
            Some(user) => {
                service::editable(conn, user, &showcase.id)?;
            }
            None => return Err(ShowcaseError::NotFound),
        }
    }
    page_of(conn, showcase, phase)
}

/// The showcase at `slug` as its page shows it, whatever its phase: for the
/// site's operator, who may print one before its first day.
pub fn page_in_any_phase(
    conn: &mut DbConnection,
    slug: &str,
    now: NaiveDateTime,
) -> Result<PublicShowcase, ShowcaseError> {
    let showcase = repo::by_slug(conn, slug)?.ok_or(ShowcaseError::NotFound)?;
    let phase = showcase.phase(now);
    page_of(conn, showcase, phase)
}

fn page_of(
    conn: &mut DbConnection,
    showcase: Showcase,
    phase: Phase,
) -> Result<PublicShowcase, ShowcaseError> {
    let owner = accounts_repo::find_user(conn, &showcase.owner_id)?;
    let event = match &showcase.event_id {
        Some(id) => meetings_repo::find_event(conn, id)?.filter(|e| e.status == EventStatus::Published),
        None => None,
    };
    let pavilions = pavilions(conn, &showcase)?;
    let shown = pavilions.iter().map(|p| p.entries.len()).sum::<usize>();
    let all = repo::items_with_products(conn, &showcase.id)?.len();
    Ok(PublicShowcase {
        banner: repo::banner_of(conn, &showcase.id)?,
        curator: owner
            .map(|u| u.company.filter(|c| !c.trim().is_empty()).unwrap_or(u.name))
            .unwrap_or_default(),
        event,
        pavilions,
        hidden: all.saturating_sub(shown),
        phase,
        showcase,
    })
}

/// One product as its curator edits it.
#[derive(Debug, Clone)]
pub struct EditorItem {
    pub item: ShowcaseItem,
    pub card: ProductCard,
    /// Shown publicly only while published.
    pub status: ProductStatus,
}

/// What a showcase's editor shows besides its form.
#[derive(Debug, Clone)]
pub struct Editor {
    pub showcase: Showcase,
    pub phase: Phase,
    pub banner: Option<Banner>,
    pub sections: Vec<Section>,
    pub event: Option<Event>,
    pub items: Vec<EditorItem>,
    /// The events the form offers to link.
    pub events: Vec<Event>,
}

pub fn editor(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    now: NaiveDateTime,
) -> Result<Editor, ShowcaseError> {
    let showcase = service::editable(conn, user, id)?;
    let rows = repo::items_with_products(conn, &showcase.id)?;
    let statuses: HashMap<String, ProductStatus> =
        rows.iter().map(|(_, p)| (p.id.to_string(), p.status)).collect();
    let mut by_id: HashMap<String, ProductCard> = cards(conn, rows.iter().map(|(_, p)| p.clone()).collect())?
        .into_iter()
        .map(|card| (card.id.clone(), card))
        .collect();
    let items = rows
        .into_iter()
        .filter_map(|(item, product)| {
            Some(EditorItem {
                card: by_id.remove(product.id.as_str())?,
                status: statuses.get(product.id.as_str()).copied()?,
                item,
            })
        })
        .collect();
    let event = match &showcase.event_id {
        Some(id) => meetings_repo::find_event(conn, id)?,
        None => None,
    };
    let mut events = service::linkable_events(conn, user, now)?;
    if let Some(linked) = &event
        && !events.iter().any(|e| e.id == linked.id)
    {
        events.insert(0, linked.clone());
    }
    Ok(Editor {
        phase: showcase.phase(now),
        banner: repo::banner_of(conn, &showcase.id)?,
        sections: repo::sections_of(conn, &showcase.id)?,
        event,
        items,
        events,
        showcase,
    })
}
