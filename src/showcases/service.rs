//! Curators' use cases: a showcase's details (checked field by field, the
//! banner with them), its products and their order, notes and pavilions,
//! publishing and taking it back. Only its curator and admins reach a
//! showcase; to anyone else it does not exist.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime, TimeDelta};
use serde::{Deserialize, Serialize};

use super::error::ShowcaseError;
use super::model::{
    Banner, Pavilions, Phase, Section, SectionId, Showcase, ShowcaseId, ShowcaseItem, ShowcaseStatus,
    day_in_india, start_of_day,
};
use super::repo;
use crate::accounts::{Role, User};
use crate::catalogue::model::Product;
use crate::catalogue::repo as catalogue_repo;
use crate::catalogue::upload_limits::{self, Upload};
use crate::catalogue::values::ProductStatus;
use crate::db::DbConnection;
use crate::domain::{Checks, FieldErrors};
use crate::i18n::Message;
use crate::meetings::model::{Event, Phase as EventPhase};
use crate::meetings::repo as meetings_repo;

/// Products one showcase may hold: a printed catalogue of this many is
/// already a thick book.
pub const MAX_PRODUCTS: usize = 300;
/// Pavilions named by hand in one showcase.
pub const MAX_SECTIONS: usize = 20;
/// A curator's note beside a product, in characters.
pub const MAX_NOTE: usize = 500;
/// How far ahead a showcase's first day may lie.
const MAX_DAYS_AHEAD: i64 = 2 * 366;

/// Whether `user`'s role curates showcases at all.
pub fn may_curate(user: &User) -> bool {
    matches!(user.role(), Role::Organiser | Role::Admin)
}

/// The showcase form as typed (its banner comes beside it, see [`BannerUpload`]).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct ShowcaseInput {
    pub title: String,
    /// Empty: made from the title.
    pub slug: String,
    pub theme: String,
    /// A [`Pavilions`] name.
    pub pavilions: String,
    /// One pavilion name per line, for pavilions named by hand.
    pub sections: String,
    /// The slug of the linked event, or empty.
    pub event: String,
    /// YYYY-MM-DD, days in India.
    pub live_from: String,
    pub live_until: String,
    /// A ticked box sends "on".
    pub featured: String,
    pub banner_alt: String,
}

impl ShowcaseInput {
    /// The form filled with `showcase`'s details, for editing.
    pub fn from_showcase(
        showcase: &Showcase,
        sections: &[Section],
        event: Option<&Event>,
        banner: Option<&Banner>,
    ) -> Self {
        let day = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        Self {
            title: showcase.title.clone(),
            slug: showcase.slug.clone(),
            theme: showcase.theme.clone(),
            pavilions: showcase.pavilions.as_str().to_owned(),
            sections: sections
                .iter()
                .map(|s| s.name.as_str())
                .collect::<Vec<_>>()
                .join("\n"),
            event: event.map(|e| e.slug.clone()).unwrap_or_default(),
            live_from: day(showcase.first_day()),
            live_until: day(showcase.last_day()),
            featured: if showcase.featured {
                "on".into()
            } else {
                String::new()
            },
            banner_alt: banner.map(|b| b.alt_text.clone()).unwrap_or_default(),
        }
    }
}

/// A banner photo the media pipeline stored for this form.
#[derive(Debug, Clone)]
pub struct NewBanner {
    pub hash: String,
    pub width: u32,
    pub height: u32,
}

/// What came in the form's file field.
#[derive(Debug, Clone)]
pub enum BannerUpload {
    /// No file: the banner stays as it is.
    Keep,
    New(NewBanner),
    /// A file the media pipeline refused, with the reason for the person.
    Refused(Message),
}

/// A form that passed every check.
struct Details {
    title: String,
    slug: Option<String>,
    theme: String,
    pavilions: Pavilions,
    sections: Vec<String>,
    event: Option<Event>,
    live_from: Option<NaiveDateTime>,
    live_until: Option<NaiveDateTime>,
    featured: bool,
    banner_alt: String,
    banner: Option<NewBanner>,
}

impl Details {
    /// `showcase` with this form's details (its slug kept when the form left it empty).
    fn apply_to(&self, showcase: Showcase, now: NaiveDateTime) -> Showcase {
        Showcase {
            slug: self.slug.clone().unwrap_or(showcase.slug.clone()),
            title: self.title.clone(),
            theme: self.theme.clone(),
            pavilions: self.pavilions,
            event_id: self.event.as_ref().map(|e| e.id.clone()),
            live_from: self.live_from,
            live_until: self.live_until,
            featured: self.featured,
            updated_at: now,
            ..showcase
        }
    }
}

/// A slug someone typed: lowercase letters, digits and single hyphens.
fn parse_slug(text: &str) -> Result<String, Message> {
    let slug = text.trim().to_lowercase();
    let shape = slug.len() >= 3
        && slug.len() <= 80
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--");
    if shape {
        Ok(slug)
    } else {
        Err(Message::new("showcase-slug-shape"))
    }
}

fn parse_day(text: &str) -> Result<NaiveDate, Message> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| Message::new("field-not-a-date").with("value", text.trim()))
}

/// Pavilion names, one a line, blank lines left out.
fn parse_sections(checks: &mut Checks, text: &str, named: bool) -> Vec<String> {
    let names: Vec<String> = text
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect();
    if named && names.is_empty() {
        checks.fail("sections", Message::new("showcase-sections-name-least-one"));
    }
    if names.len() > MAX_SECTIONS {
        checks.fail(
            "sections",
            Message::new("showcase-sections-too-many").with("max", MAX_SECTIONS),
        );
    }
    if let Some(long) = names.iter().find(|n| n.chars().count() > 80) {
        checks.fail(
            "sections",
            Message::new("showcase-section-too-long").with("name", long.as_str()),
        );
    }
    let mut seen = Vec::new();
    for name in &names {
        let key = name.to_lowercase();
        if seen.contains(&key) {
            checks.fail(
                "sections",
                Message::new("showcase-section-twice").with("name", name.as_str()),
            );
        }
        seen.push(key);
    }
    names
}

/// Events a curator may link: theirs, and every published event, unless
/// cancelled or over.
pub fn linkable_events(
    conn: &mut DbConnection,
    user: &User,
    now: NaiveDateTime,
) -> Result<Vec<Event>, ShowcaseError> {
    let mut events = meetings_repo::events_organised_by(conn, &user.id)?;
    for event in meetings_repo::public_events(conn)? {
        if !events.iter().any(|e| e.id == event.id) {
            events.push(event);
        }
    }
    let mut open = Vec::new();
    for event in events {
        let phase = event
            .phase(now)
            .map_err(|e| ShowcaseError::Unexpected(anyhow::anyhow!("event {}: {e}", event.slug)))?;
        if !matches!(phase, EventPhase::Finished | EventPhase::Cancelled) {
            open.push(event);
        }
    }
    open.sort_by(|a, b| a.first_day.cmp(&b.first_day).then_with(|| a.title.cmp(&b.title)));
    Ok(open)
}

/// Checks the whole form against the showcase it changes (`current`, none
/// when new); every problem is named at once, the banner's among them.
fn read_form(
    conn: &mut DbConnection,
    user: &User,
    input: &ShowcaseInput,
    current: Option<&Showcase>,
    banner: BannerUpload,
    now: NaiveDateTime,
) -> Result<Details, ShowcaseError> {
    let mut checks = Checks::new();
    let title = checks.text("title", &input.title, 3..=120);
    let theme = checks.text("theme", &input.theme, 1..=3000);
    let banner_alt = checks.text("banner_alt", &input.banner_alt, 0..=200);
    let slug = checks.optional("slug", &input.slug, parse_slug);
    if let Some(slug) = &slug
        && repo::slug_taken(conn, slug, current.map(|s| &s.id))?
    {
        checks.fail(
            "slug",
            Message::new("showcase-slug-taken").with("slug", slug.as_str()),
        );
    }
    let pavilions = checks.parsed(
        "pavilions",
        Pavilions::parse(if input.pavilions.trim().is_empty() {
            "none"
        } else {
            &input.pavilions
        })
        .ok_or_else(|| Message::new("field-choose-option")),
    );
    let sections = parse_sections(&mut checks, &input.sections, pavilions == Some(Pavilions::Named));

    let event = match input.event.trim() {
        "" => None,
        slug => {
            let linked = current.and_then(|s| s.event_id.clone());
            let event = match meetings_repo::event_by_slug(conn, slug)? {
                Some(event) if Some(&event.id) == linked.as_ref() => Some(event),
                Some(event) if linkable_events(conn, user, now)?.iter().any(|e| e.id == event.id) => {
                    Some(event)
                }
                _ => None,
            };
            if event.is_none() {
                checks.fail("event", Message::new("showcase-event-choose-one-events"));
            }
            event
        }
    };

    let today = day_in_india(now);
    let first = checks.optional("live_from", &input.live_from, parse_day);
    let last = checks.optional("live_until", &input.live_until, parse_day);
    if let Some(first) = first
        && first > today + TimeDelta::days(MAX_DAYS_AHEAD)
    {
        checks.fail("live_from", Message::new("showcase-live-from-choose-first-day"));
    }
    let stored_last = current.and_then(Showcase::last_day);
    match (first, last) {
        (Some(first), Some(last)) if last < first => checks.fail(
            "live_until",
            Message::new("showcase-last-before-first").with("first", crate::format::dates::long_day(first)),
        ),
        (_, Some(last)) if last < today && Some(last) != stored_last => {
            checks.fail("live_until", Message::new("showcase-live-until-day-has-passed"))
        }
        (None, Some(_)) => checks.fail("live_from", Message::new("showcase-live-from-choose-first-day-2")),
        _ => {}
    }
    let published = current.is_some_and(|s| s.status == ShowcaseStatus::Published);
    if published && first.is_none() && input.live_from.trim().is_empty() {
        checks.fail(
            "live_from",
            Message::new("showcase-live-from-published-showcase-needs"),
        );
    }
    let banner = match banner {
        BannerUpload::Keep => None,
        BannerUpload::New(banner) => Some(banner),
        BannerUpload::Refused(message) => {
            checks.fail("banner", message);
            None
        }
    };
    checks.finish()?;
    Ok(Details {
        title,
        slug,
        theme,
        pavilions: pavilions.unwrap_or(Pavilions::None),
        sections,
        event,
        live_from: first.map(start_of_day),
        // The window ends as the day after the last one begins.
        live_until: last.and_then(|d| d.succ_opt()).map(start_of_day),
        featured: input.featured.trim() == "on",
        banner_alt,
        banner,
    })
}

/// A slug from the title, numbered when another showcase has it.
fn slug_from_title(conn: &mut DbConnection, title: &str) -> Result<String, ShowcaseError> {
    let base: String = crate::directory::slugify(title).chars().take(70).collect();
    let base = match base.trim_end_matches('-') {
        "" => "showcase".to_owned(),
        trimmed => trimmed.to_owned(),
    };
    let mut slug = base.clone();
    let mut n = 2;
    while repo::slug_taken(conn, &slug, None)? {
        slug = format!("{base}-{n}");
        n += 1;
    }
    Ok(slug)
}

/// Makes the pavilions named by hand the list `names`, in that order.
/// A name kept keeps its pavilion (and the products in it); a name
/// removed leaves its products in the showcase, in no pavilion.
fn reconcile_sections(
    conn: &mut DbConnection,
    id: &ShowcaseId,
    names: &[String],
) -> Result<(), ShowcaseError> {
    let existing = repo::sections_of(conn, id)?;
    let mut by_name: HashMap<String, Section> =
        existing.into_iter().map(|s| (s.name.to_lowercase(), s)).collect();
    for (position, name) in names.iter().enumerate() {
        let position = i32::try_from(position).unwrap_or(i32::MAX);
        match by_name.remove(&name.to_lowercase()) {
            Some(section) if section.name == *name => {
                repo::set_section_position(conn, &section.id, position)?
            }
            // Same pavilion, its name's letters changed case: keep its products.
            Some(section) => {
                repo::delete_sections(conn, std::slice::from_ref(&section.id))?;
                let renamed = Section {
                    name: name.clone(),
                    position,
                    ..section
                };
                repo::insert_section(conn, &renamed)?;
            }
            None => repo::insert_section(
                conn,
                &Section {
                    id: SectionId::new(),
                    showcase_id: id.clone(),
                    position,
                    name: name.clone(),
                },
            )?,
        }
    }
    let gone: Vec<SectionId> = by_name.into_values().map(|s| s.id).collect();
    repo::delete_sections(conn, &gone)?;
    Ok(())
}

/// Counts a banner upload against the account's hourly image limit, before
/// the file is processed; past it, the message for the banner field.
pub fn check_can_upload(
    conn: &mut DbConnection,
    user: &User,
    now: NaiveDateTime,
) -> Result<(), ShowcaseError> {
    Ok(upload_limits::count(conn, user, Upload::Image, now)?)
}

fn image_size(n: u32) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

/// Records a new banner (or a changed alt text); returns the replaced
/// banner's hash.
fn save_banner(
    conn: &mut DbConnection,
    showcase: &Showcase,
    details: &Details,
    now: NaiveDateTime,
) -> Result<Option<String>, ShowcaseError> {
    let alt = if details.banner_alt.is_empty() {
        details.title.clone()
    } else {
        details.banner_alt.clone()
    };
    let old = repo::banner_of(conn, &showcase.id)?;
    match &details.banner {
        Some(new) => {
            repo::set_banner(
                conn,
                &Banner {
                    showcase_id: showcase.id.clone(),
                    hash: new.hash.clone(),
                    width: image_size(new.width),
                    height: image_size(new.height),
                    alt_text: alt,
                    created_at: now,
                },
            )?;
            Ok(old.map(|b| b.hash).filter(|hash| *hash != new.hash))
        }
        None => {
            if old.is_some() {
                repo::set_banner_alt(conn, &showcase.id, &alt)?;
            }
            Ok(None)
        }
    }
}

/// The hash when no record shows that image any more, for the caller to delete.
fn unused(conn: &mut DbConnection, hash: Option<String>) -> Result<Option<String>, ShowcaseError> {
    match hash {
        Some(hash) if !crate::media::image_hash_in_use(conn, &hash)? => Ok(Some(hash)),
        _ => Ok(None),
    }
}

/// Creates a draft showcase curated by `user`, with its banner if one came.
pub fn create_showcase(
    conn: &mut DbConnection,
    user: &User,
    input: &ShowcaseInput,
    banner: BannerUpload,
    now: NaiveDateTime,
) -> Result<Showcase, ShowcaseError> {
    if !may_curate(user) {
        return Err(ShowcaseError::NotAllowed(Message::new(
            "refusal-showcase-organisers-only",
        )));
    }
    let details = read_form(conn, user, input, None, banner, now)?;
    let slug = match &details.slug {
        Some(slug) => slug.clone(),
        None => slug_from_title(conn, &details.title)?,
    };
    let blank = Showcase {
        id: ShowcaseId::new(),
        owner_id: user.id.clone(),
        slug,
        title: String::new(),
        theme: String::new(),
        pavilions: Pavilions::None,
        event_id: None,
        live_from: None,
        live_until: None,
        featured: false,
        status: ShowcaseStatus::Draft,
        created_at: now,
        updated_at: now,
    };
    let showcase = details.apply_to(blank, now);
    repo::insert_showcase(conn, &showcase)?;
    reconcile_sections(conn, &showcase.id, &details.sections)?;
    save_banner(conn, &showcase, &details, now)?;
    Ok(showcase)
}

/// The showcase `id` when `user` curates it or is an admin; "not found" otherwise.
pub fn editable(conn: &mut DbConnection, user: &User, id: &str) -> Result<Showcase, ShowcaseError> {
    match repo::find(conn, id)? {
        Some(showcase) if showcase.owner_id == user.id || user.role() == Role::Admin => Ok(showcase),
        _ => Err(ShowcaseError::NotFound),
    }
}

/// A saved change, with the image it left unused (for the caller to delete).
pub struct Saved {
    pub showcase: Showcase,
    pub unused_banner: Option<String>,
}

pub fn update_showcase(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    input: &ShowcaseInput,
    banner: BannerUpload,
    now: NaiveDateTime,
) -> Result<Saved, ShowcaseError> {
    let current = editable(conn, user, id)?;
    let details = read_form(conn, user, input, Some(&current), banner, now)?;
    let showcase = details.apply_to(current, now);
    repo::save_showcase(conn, &showcase)?;
    reconcile_sections(conn, &showcase.id, &details.sections)?;
    let replaced = save_banner(conn, &showcase, &details, now)?;
    Ok(Saved {
        unused_banner: unused(conn, replaced)?,
        showcase,
    })
}

/// Takes the banner away; returns its hash when nothing else shows it.
pub fn remove_banner(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    now: NaiveDateTime,
) -> Result<Option<String>, ShowcaseError> {
    let showcase = editable(conn, user, id)?;
    let old = repo::banner_of(conn, &showcase.id)?;
    repo::delete_banner(conn, &showcase.id)?;
    repo::touch(conn, &showcase.id, now)?;
    unused(conn, old.map(|b| b.hash))
}

/// Publishes a draft: it shows from its first day. It needs a first day
/// that is not over, and a product that is published.
pub fn publish(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    now: NaiveDateTime,
) -> Result<Showcase, ShowcaseError> {
    let showcase = editable(conn, user, id)?;
    let mut errors = FieldErrors::new();
    if showcase.live_from.is_none() {
        errors.insert("live_from", Message::new("showcase-live-from-choose-first-day-3"));
    }
    if showcase.live_until.is_some_and(|until| until <= now) {
        errors.insert("live_until", Message::new("showcase-live-until-last-day-has"));
    }
    if repo::published_items(conn, &showcase.id)?.is_empty() {
        errors.insert("product", Message::new("showcase-product-add-least-one"));
    }
    if !errors.is_empty() {
        return Err(ShowcaseError::Invalid(errors));
    }
    repo::move_status(
        conn,
        &showcase.id,
        (ShowcaseStatus::Draft, ShowcaseStatus::Published),
        now,
    )?;
    repo::find(conn, &showcase.id)?.ok_or(ShowcaseError::NotFound)
}

/// Takes a published showcase off the site, back to a draft.
pub fn unpublish(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    now: NaiveDateTime,
) -> Result<Showcase, ShowcaseError> {
    let showcase = editable(conn, user, id)?;
    repo::move_status(
        conn,
        &showcase.id,
        (ShowcaseStatus::Published, ShowcaseStatus::Draft),
        now,
    )?;
    repo::find(conn, &showcase.id)?.ok_or(ShowcaseError::NotFound)
}

fn check_note(checks: &mut Checks, note: &str) -> String {
    checks.text("note", note, 0..=MAX_NOTE)
}

/// Adds a published listing at the end of the showcase, with the curator's note.
pub fn add_product(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    product_id: &str,
    note: &str,
    now: NaiveDateTime,
) -> Result<(Showcase, Product), ShowcaseError> {
    let showcase = editable(conn, user, id)?;
    let mut checks = Checks::new();
    let note = check_note(&mut checks, note);
    let product = catalogue_repo::find_product(conn, product_id.trim())?;
    match &product {
        None => checks.fail("product", Message::new("showcase-product-there-no-such")),
        Some(p) if p.status != ProductStatus::Published => checks.fail(
            "product",
            Message::new("showcase-product-unpublished")
                .with("title", p.title.as_str())
                .with("status", p.status.as_str()),
        ),
        Some(p) if repo::find_item(conn, &showcase.id, &p.id)?.is_some() => checks.fail(
            "product",
            Message::new("showcase-product-already").with("title", p.title.as_str()),
        ),
        Some(_) => {
            if repo::items_with_products(conn, &showcase.id)?.len() >= MAX_PRODUCTS {
                checks.fail(
                    "product",
                    Message::new("showcase-products-too-many").with("max", MAX_PRODUCTS),
                );
            }
        }
    }
    let product = checks.finish_with(product)?;
    let position = repo::next_position(conn, &showcase.id)?;
    repo::insert_item(
        conn,
        &ShowcaseItem {
            showcase_id: showcase.id.clone(),
            product_id: product.id.clone(),
            position,
            note,
            section_id: None,
            added_at: now,
        },
    )?;
    repo::touch(conn, &showcase.id, now)?;
    Ok((showcase, product))
}

/// The curator's note and pavilion of one product.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct ItemInput {
    pub note: String,
    /// A pavilion's id, or empty for none.
    pub section: String,
}

pub fn edit_item(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    product_id: &str,
    input: &ItemInput,
    now: NaiveDateTime,
) -> Result<Showcase, ShowcaseError> {
    let showcase = editable(conn, user, id)?;
    let item = repo::find_item(conn, &showcase.id, product_id)?.ok_or(ShowcaseError::NotFound)?;
    let mut checks = Checks::new();
    let note = check_note(&mut checks, &input.note);
    let section = match input.section.trim() {
        "" => None,
        wanted => {
            let found = repo::sections_of(conn, &showcase.id)?
                .into_iter()
                .find(|s| s.id == wanted)
                .map(|s| s.id);
            if found.is_none() {
                checks.fail("section", Message::new("showcase-section-choose-one-showcase"));
            }
            found
        }
    };
    checks.finish()?;
    repo::save_item(
        conn,
        &ShowcaseItem {
            note,
            section_id: section,
            ..item
        },
    )?;
    repo::touch(conn, &showcase.id, now)?;
    Ok(showcase)
}

crate::text_enum!(
    /// Where a product moves in its showcase's order.
    pub Move {
        Up => "up", "Move up";
        Down => "down", "Move down";
        First => "first", "Move to the top";
    }
);

/// Moves one product in the curator's order; the others keep theirs.
pub fn move_item(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    product_id: &str,
    to: Move,
    now: NaiveDateTime,
) -> Result<Showcase, ShowcaseError> {
    let showcase = editable(conn, user, id)?;
    let mut items: Vec<ShowcaseItem> = repo::items_with_products(conn, &showcase.id)?
        .into_iter()
        .map(|(item, _)| item)
        .collect();
    let from = items
        .iter()
        .position(|i| i.product_id == product_id)
        .ok_or(ShowcaseError::NotFound)?;
    let target = match to {
        Move::Up => from.saturating_sub(1),
        Move::Down => (from + 1).min(items.len() - 1),
        Move::First => 0,
    };
    let moved = items.remove(from);
    items.insert(target, moved);
    // Renumbered from the order as it now stands, so positions that were
    // equal (or had gaps) come out as one clean sequence.
    for (position, item) in items.iter().enumerate() {
        let position = i32::try_from(position).unwrap_or(i32::MAX);
        if item.position != position {
            repo::save_item(
                conn,
                &ShowcaseItem {
                    position,
                    ..item.clone()
                },
            )?;
        }
    }
    repo::touch(conn, &showcase.id, now)?;
    Ok(showcase)
}

pub fn remove_item(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    product_id: &str,
    now: NaiveDateTime,
) -> Result<Showcase, ShowcaseError> {
    let showcase = editable(conn, user, id)?;
    if repo::delete_item(conn, &showcase.id, product_id)? == 0 {
        return Err(ShowcaseError::NotFound);
    }
    repo::touch(conn, &showcase.id, now)?;
    Ok(showcase)
}

/// The showcases `user` may add a product to from a product or search
/// page: their own that are not over.
pub fn open_showcases_of(
    conn: &mut DbConnection,
    user: &User,
    now: NaiveDateTime,
) -> Result<Vec<Showcase>, ShowcaseError> {
    if !may_curate(user) {
        return Ok(Vec::new());
    }
    Ok(repo::owned_by(conn, &user.id)?
        .into_iter()
        .filter(|s| s.phase(now) != Phase::Ended)
        .collect())
}
