//! View models of the showcase pages: the public list and page (Open Graph
//! and schema.org `ItemList`), the home page's featured cards, the Atom feed
//! and sitemap entries, and the curator's editor and forms.

use chrono::NaiveDateTime;
use serde::Serialize;
use serde_json::json;
use url::Url;

use super::cards::CardView;
use super::links;
use super::pages::{jpeg_url, json_ld};
use crate::domain::FieldErrors;
use crate::format::dates;
use crate::i18n::Message;
use crate::meetings::model::Event;
use crate::meetings::views::event_summary;
use crate::search::model::SearchHit;
use crate::showcases::model::{Banner, Pavilions, Phase, Section, Showcase};
use crate::showcases::service::{ItemInput, ShowcaseInput};
use crate::showcases::views::{Editor, PublicShowcase, Summary};

/// One option of a list: what the form sends and what the person reads.
#[derive(Debug, Clone, Serialize)]
pub struct Choice {
    pub value: String,
    pub label: ChoiceLabel,
}

/// A choice's words: a name as stored (a showcase's, an event's), or ours
/// in the reader's language.
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum ChoiceLabel {
    Named(String),
    Worded(Message),
}

impl Choice {
    fn new(value: impl Into<String>, label: impl Into<String>) -> Self {
        Self {
            value: value.into(),
            label: ChoiceLabel::Named(label.into()),
        }
    }

    fn worded(value: impl Into<String>, label: Message) -> Self {
        Self {
            value: value.into(),
            label: ChoiceLabel::Worded(label),
        }
    }
}

/// A banner as the photo macro takes it.
#[derive(Debug, Clone, Serialize)]
pub struct BannerView {
    pub hash: String,
    pub width: i32,
    pub height: i32,
    pub alt: String,
}

impl From<&Banner> for BannerView {
    fn from(banner: &Banner) -> Self {
        Self {
            hash: banner.hash.clone(),
            width: banner.width,
            height: banner.height,
            alt: banner.alt_text.clone(),
        }
    }
}

/// "1 Mar 2027 – 31 Mar 2027", "From 1 Mar 2027", or "Not scheduled".
fn window_text(showcase: &Showcase) -> Message {
    let day = |d: chrono::NaiveDate| dates::DateStyle::Day.date(d);
    match (showcase.first_day(), showcase.last_day()) {
        (Some(first), Some(last)) if first == last => Message::new("showcases-on").with("day", day(first)),
        (Some(first), Some(last)) => Message::new("showcases-between")
            .with("first", day(first))
            .with("last", day(last)),
        (Some(first), None) => Message::new("showcases-from").with("day", day(first)),
        (None, _) => Message::new("showcases-not-scheduled"),
    }
}

/// The first `limit` characters of `text` on one line, cut at a word.
fn excerpt(text: &str, limit: usize) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() <= limit {
        return line;
    }
    let cut: String = line.chars().take(limit).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", cut.trim_end_matches([',', ';', ':', '.']))
}

/// A showcase in a list: the public list, the home page, the curator's dashboard.
#[derive(Debug, Serialize)]
pub struct ShowcaseCardView {
    pub href: String,
    pub editor_href: String,
    pub title: String,
    pub theme: String,
    pub banner: Option<BannerView>,
    pub products: i64,
    pub dates: Message,
    pub phase: Phase,
}

impl ShowcaseCardView {
    pub fn new(summary: &Summary, now: NaiveDateTime) -> Self {
        let s = &summary.showcase;
        let phase = s.phase(now);
        Self {
            href: links::showcase(&s.slug),
            editor_href: format!("/dashboard/showcases/{}", s.id),
            title: s.title.clone(),
            theme: excerpt(&s.theme, 180),
            banner: summary.banner.as_ref().map(BannerView::from),
            products: summary.products,
            dates: window_text(s),
            phase,
        }
    }
}

pub fn showcase_cards(summaries: &[Summary], now: NaiveDateTime) -> Vec<ShowcaseCardView> {
    summaries.iter().map(|s| ShowcaseCardView::new(s, now)).collect()
}

/// A page (the home page) with the featured showcases as `page.showcases`.
#[derive(Serialize)]
pub struct Featuring<T: Serialize> {
    #[serde(flatten)]
    pub page: T,
    pub showcases: Vec<ShowcaseCardView>,
}

/// `/showcases`, and the curator's `/dashboard/showcases`.
#[derive(Serialize)]
pub struct ShowcaseListPage {
    pub showcases: Vec<ShowcaseCardView>,
    /// The dashboard list shows every showcase to an admin.
    pub all: bool,
}

#[derive(Serialize)]
pub struct EventLink {
    pub href: String,
    pub title: String,
    pub dates: String,
}

#[derive(Serialize)]
pub struct EntryView {
    pub card: CardView,
    pub note: String,
}

#[derive(Serialize)]
pub struct PavilionView {
    /// The heading's id, for the pavilions' contents links.
    pub id: String,
    pub name: Option<String>,
    pub entries: Vec<EntryView>,
}

/// `/showcases/{slug}`.
#[derive(Serialize)]
pub struct ShowcasePage {
    title: String,
    theme: String,
    description: String,
    dates: Message,
    curator: String,
    banner: Option<BannerView>,
    canonical_url: String,
    og_image: Option<String>,
    event: Option<EventLink>,
    pavilions: Vec<PavilionView>,
    count: usize,
    json_ld: String,
    /// Why only the curator sees this page now; `None` when it is live.
    preview: Option<Message>,
    /// Products in it not shown because they are not published (preview only).
    hidden: usize,
    editor_href: Option<String>,
    /// The printable catalogue, for a live showcase with products to print.
    catalogue_href: Option<String>,
}

impl ShowcasePage {
    pub fn new(page: PublicShowcase, may_edit: bool, base: &Url, now: NaiveDateTime) -> Self {
        let s = &page.showcase;
        let canonical_url = links::absolute(base, &links::showcase(&s.slug));
        let og_image = page
            .banner
            .as_ref()
            .and_then(|b| jpeg_url(base, &b.hash, b.width));
        let count = page.entries().count();
        let catalogue_href = (page.phase == Phase::Live && count > 0)
            .then(|| format!("{}/catalogue.pdf", links::showcase(&s.slug)));
        let day = |d: Option<chrono::NaiveDate>| d.map(dates::long_day).unwrap_or_default();
        let preview = match page.phase {
            Phase::Live => None,
            Phase::Draft => Some(Message::new("showcases-preview-draft")),
            Phase::Scheduled => {
                Some(Message::new("showcases-preview-scheduled").with("day", day(s.first_day())))
            }
            Phase::Ended => Some(Message::new("showcases-preview-ended").with("day", day(s.last_day()))),
        };
        let items: Vec<serde_json::Value> = page
            .entries()
            .enumerate()
            .map(|(i, e)| {
                json!({
                    "@type": "ListItem",
                    "position": i + 1,
                    "url": links::absolute(base, &links::product(&e.card.slug)),
                    "name": e.card.title,
                })
            })
            .collect();
        let data = json!({
            "@context": "https://schema.org",
            "@type": "ItemList",
            "name": s.title,
            "description": s.theme,
            "url": canonical_url,
            "image": og_image,
            "numberOfItems": count,
            "itemListOrder": "https://schema.org/ItemListOrderAscending",
            "itemListElement": items,
        });
        let pavilions = page
            .pavilions
            .into_iter()
            .enumerate()
            .map(|(i, p)| PavilionView {
                id: format!("pavilion-{}", i + 1),
                name: p.name,
                entries: p
                    .entries
                    .into_iter()
                    .map(|e| EntryView {
                        card: CardView::from(e.card),
                        note: e.note,
                    })
                    .collect(),
            })
            .collect();
        Self {
            title: s.title.clone(),
            theme: s.theme.clone(),
            description: excerpt(&s.theme, 200),
            dates: window_text(s),
            curator: page.curator,
            banner: page.banner.as_ref().map(BannerView::from),
            json_ld: json_ld(&data),
            canonical_url,
            og_image,
            event: page.event.as_ref().map(|e| EventLink {
                href: format!("/events/{}", e.slug),
                title: e.title.clone(),
                dates: event_summary(e, now).map(|s| s.dates).unwrap_or_default(),
            }),
            pavilions,
            count,
            hidden: if may_edit { page.hidden } else { 0 },
            preview,
            editor_href: may_edit.then(|| format!("/dashboard/showcases/{}", s.id)),
            catalogue_href,
        }
    }
}

/// `/showcases.atom`: the live showcases as an Atom feed.
#[derive(Serialize)]
pub struct Feed {
    id: String,
    self_url: String,
    html_url: String,
    updated: String,
    entries: Vec<FeedEntry>,
}

#[derive(Serialize)]
struct FeedEntry {
    /// Stable for the showcase's life, whatever its slug becomes.
    id: String,
    title: String,
    url: String,
    published: String,
    updated: String,
    summary: String,
}

impl Feed {
    /// `generated` stands in for the feed's `updated` when nothing is live.
    pub fn new(summaries: &[Summary], base: &Url, generated: NaiveDateTime) -> Self {
        let entries: Vec<FeedEntry> = summaries
            .iter()
            .map(|summary| {
                let s = &summary.showcase;
                FeedEntry {
                    id: format!("urn:uuid:{}", s.id),
                    title: s.title.clone(),
                    url: links::absolute(base, &links::showcase(&s.slug)),
                    published: dates::machine(s.live_from.unwrap_or(s.created_at)),
                    updated: dates::machine(s.last_change()),
                    summary: s.theme.clone(),
                }
            })
            .collect();
        let updated = summaries
            .iter()
            .map(|s| s.showcase.last_change())
            .max()
            .unwrap_or(generated);
        Self {
            id: links::absolute(base, "/showcases"),
            self_url: links::absolute(base, "/showcases.atom"),
            html_url: links::absolute(base, "/showcases"),
            updated: dates::machine(updated),
            entries,
        }
    }
}

/// The showcase form (new or edit).
#[derive(Serialize)]
pub struct ShowcaseForm {
    pub values: ShowcaseInput,
    pub errors: FieldErrors,
    pavilion_choices: Vec<Choice>,
    event_choices: Vec<Choice>,
    banner: Option<BannerView>,
}

impl ShowcaseForm {
    pub fn new(
        values: ShowcaseInput,
        errors: FieldErrors,
        events: &[Event],
        banner: Option<&Banner>,
    ) -> Self {
        Self {
            values,
            errors,
            pavilion_choices: Pavilions::ALL
                .iter()
                .map(|p| {
                    Choice::worded(
                        p.as_str(),
                        Message::new("showcases-pavilions-kind").with("kind", p.as_str()),
                    )
                })
                .collect(),
            event_choices: events
                .iter()
                .map(|e| Choice::new(e.slug.clone(), format!("{} ({})", e.title, e.first_day)))
                .collect(),
            banner: banner.map(BannerView::from),
        }
    }
}

#[derive(Serialize)]
pub struct EditorItemView {
    product_id: String,
    card: CardView,
    note: String,
    section: String,
    published: bool,
    /// The listing's status, which says why it is not shown.
    status: &'static str,
    first: bool,
    last: bool,
    errors: FieldErrors,
}

/// A search result in the editor, with whether it is in the showcase already.
#[derive(Serialize)]
pub struct FoundView {
    id: String,
    title: String,
    href: String,
    place: String,
    producer: String,
    price: String,
    added: bool,
}

#[derive(Serialize)]
pub struct Found {
    q: String,
    total: usize,
    results: Vec<FoundView>,
}

/// What an item's own form sent back with errors.
pub struct ItemErrors {
    pub product_id: String,
    pub values: ItemInput,
    pub errors: FieldErrors,
}

/// `/dashboard/showcases/{id}`: the details form, the banner, the products
/// in order with their notes and pavilions, and the search that adds more.
#[derive(Serialize)]
pub struct EditorPage {
    id: String,
    title: String,
    public_href: String,
    phase: Phase,
    dates: Message,
    published: bool,
    form: ShowcaseForm,
    items: Vec<EditorItemView>,
    named: bool,
    sections: Vec<Choice>,
    search: Option<Found>,
    /// Why a product could not be added, or the showcase published.
    errors: FieldErrors,
}

impl EditorPage {
    pub fn new(
        editor: Editor,
        form: ShowcaseForm,
        item_errors: Option<ItemErrors>,
        search: Option<(String, usize, &[SearchHit])>,
        errors: FieldErrors,
    ) -> Self {
        let s = &editor.showcase;
        let count = editor.items.len();
        let items = editor
            .items
            .into_iter()
            .enumerate()
            .map(|(i, item)| {
                let id = item.item.product_id.to_string();
                let sent = item_errors.as_ref().filter(|e| e.product_id == id);
                EditorItemView {
                    note: sent.map_or_else(|| item.item.note.clone(), |e| e.values.note.clone()),
                    section: sent.map_or_else(
                        || {
                            item.item
                                .section_id
                                .as_ref()
                                .map(ToString::to_string)
                                .unwrap_or_default()
                        },
                        |e| e.values.section.clone(),
                    ),
                    errors: sent.map(|e| e.errors.clone()).unwrap_or_default(),
                    published: item.status == crate::catalogue::values::ProductStatus::Published,
                    status: item.status.as_str(),
                    first: i == 0,
                    last: i + 1 == count,
                    card: CardView::from(item.card),
                    product_id: id,
                }
            })
            .collect::<Vec<_>>();
        let search = search.map(|(q, total, hits)| Found {
            results: hits
                .iter()
                .map(|hit| {
                    let d = &hit.document;
                    let card = CardView::from(hit);
                    FoundView {
                        added: items.iter().any(|i| i.product_id == d.id),
                        id: d.id.clone(),
                        title: d.title.clone(),
                        href: card.href,
                        place: format!("{}, {}", card.district, card.state),
                        producer: card.producer,
                        price: card.price,
                    }
                })
                .collect(),
            q,
            total,
        });
        Self {
            id: s.id.to_string(),
            title: s.title.clone(),
            public_href: links::showcase(&s.slug),
            phase: editor.phase,
            dates: window_text(s),
            published: s.status == crate::showcases::model::ShowcaseStatus::Published,
            named: s.pavilions == Pavilions::Named,
            sections: section_choices(&editor.sections),
            form,
            items,
            search,
            errors,
        }
    }
}

fn section_choices(sections: &[Section]) -> Vec<Choice> {
    sections
        .iter()
        .map(|s| Choice::new(s.id.to_string(), s.name.clone()))
        .collect()
}

/// The "Add to showcase" form on product and search pages, for curators.
#[derive(Debug, Clone, Serialize)]
pub struct Curate {
    pub showcases: Vec<Choice>,
    /// Where the form comes back to.
    pub back: String,
}

impl Curate {
    /// The form listing `showcases` (empty for a curator with none open to
    /// additions: the pages then offer to create one).
    pub fn new(showcases: &[Showcase], back: String) -> Self {
        Self {
            showcases: showcases
                .iter()
                .map(|s| Choice::new(s.id.to_string(), s.title.clone()))
                .collect(),
            back,
        }
    }
}

/// `/dashboard/showcases/add`: the "Add to showcase" form on its own, when
/// it comes back with a problem.
#[derive(Serialize)]
pub struct AddPage {
    pub product_title: String,
    pub product_href: String,
    pub product_id: String,
    pub curate: Curate,
    pub showcase: String,
    pub note: String,
    pub errors: FieldErrors,
}
