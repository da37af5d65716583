//! Who receives a buy request: verified, unsuspended producers in the places
//! it names, chosen by what they actually make.
//!
//! A sector alone misleads: Varanasi's silk is filed under "Textile" in the
//! ODOP list, so a request for Banarasi silk sarees filed under "Handloom"
//! once reached three cotton weavers and missed the silk producer. A producer
//! therefore *fits* a request by, strongest first:
//! 1. a published listing in the request's HS chapter;
//! 2. an ODOP product named by the request's words (title and category) that
//!    the producer makes: one a listing is linked to, or their district's in a
//!    sector they list in;
//! 3. a published listing whose title or category shares a word with them.
//!
//! Only when nobody in the places fits in any of these ways does the sector
//! decide (a request as broad as "Handicraft gifts"), so a precise request
//! no longer goes to everyone who happens to share its sector. Words are
//! compared in the search's normal form, with the search glossary's one-word
//! names mapped to one spelling ("sari", "sarees" → "saree").
//! The admin sees the result, with each producer's reason, before approving.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::LazyLock;

use diesel::prelude::*;
use serde::Serialize;

use super::model::Rfq;
use super::rfqs::parse_codes;
use crate::accounts::User;
use crate::catalogue::model::Producer;
use crate::catalogue::values::ProductStatus;
use crate::db::{DbConnection, DbResult};
use crate::directory::Sector;
use crate::i18n::Message;
use crate::schema::{districts, hs_codes, odop_products, producers, products, users};
use crate::search::config::SearchConfig;
use crate::search::text;

/// Words too general to say what a request is about: they appear in the
/// titles of listings of every kind ("heritage collection", "export grade").
const GENERAL_WORDS: &[&str] = &[
    "art",
    "arts",
    "batch",
    "best",
    "bulk",
    "buy",
    "classic",
    "collection",
    "craft",
    "crafts",
    "custom",
    "design",
    "designs",
    "export",
    "exporter",
    "gift",
    "gifts",
    "good",
    "goods",
    "grade",
    "hand",
    "handcrafted",
    "handmade",
    "handwoven",
    "heritage",
    "high",
    "india",
    "indian",
    "item",
    "items",
    "looking",
    "lot",
    "made",
    "natural",
    "need",
    "new",
    "order",
    "pack",
    "piece",
    "pieces",
    "premium",
    "product",
    "products",
    "pure",
    "quality",
    "range",
    "small",
    "supply",
    "trade",
    "traditional",
    "wholesale",
];

/// One spelling per glossary group for its one-word names, so "sari" and
/// "sarees" meet "saree".
static CANONICAL: LazyLock<HashMap<String, String>> = LazyLock::new(|| {
    let Ok(config) = SearchConfig::compiled() else {
        return HashMap::new();
    };
    let mut canonical = HashMap::new();
    for group in &config.groups {
        let single: Vec<&String> = group
            .iter()
            .filter(|entry| entry.words.len() == 1)
            .map(|entry| &entry.words[0])
            .collect();
        if let Some(first) = single.first() {
            for word in &single {
                canonical
                    .entry((*word).clone())
                    .or_insert_with(|| (*first).clone());
            }
        }
    }
    canonical
});

/// The words of `text` that say what something is, each in one spelling.
pub fn telling_words(text: &str) -> BTreeSet<String> {
    text::words(text)
        .into_iter()
        .filter(|w| w.chars().count() >= 3 && !GENERAL_WORDS.contains(&w.as_str()))
        .map(|w| {
            if let Some(canonical) = CANONICAL.get(&w) {
                return canonical.clone();
            }
            // Plurals meet singulars: "rugs" → "rug", but not "glass".
            match w.strip_suffix('s') {
                Some(stem) if !stem.ends_with('s') && stem.chars().count() >= 3 => {
                    CANONICAL.get(stem).cloned().unwrap_or_else(|| stem.to_owned())
                }
                _ => w,
            }
        })
        .collect()
}

/// Why a producer receives a request, as the admin reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Fit {
    /// A listing in the request's HS chapter.
    HsChapter { chapter: String, heading: String },
    /// An ODOP product the request's words name, which the producer makes.
    OdopProduct { name: String },
    /// A listing whose title or category shares the request's words.
    Listing { title: String },
    /// Nobody fits more closely; the producer lists in the request's sector.
    Sector { sector: String },
}

impl Fit {
    pub fn words(&self) -> Message {
        match self {
            Fit::HsChapter { chapter, heading } => Message::new("admin-fit-hs-chapter")
                .with("chapter", chapter.as_str())
                .with("heading", heading.as_str()),
            Fit::OdopProduct { name } => Message::new("admin-fit-odop").with("name", name.as_str()),
            Fit::Listing { title } => Message::new("admin-fit-listing").with("title", title.as_str()),
            Fit::Sector { sector } => Message::new("admin-fit-sector").with("sector", sector.as_str()),
        }
    }
}

/// A producer who will receive (or received) a request, and why.
#[derive(Debug, Clone)]
pub struct Recipient {
    pub producer: Producer,
    pub user: User,
    pub district: String,
    pub fit: Fit,
}

/// What the request asks for, in the terms producers are compared by.
struct Wants {
    sector: String,
    chapter: Option<String>,
    words: BTreeSet<String>,
}

impl Wants {
    fn of(rfq: &Rfq) -> Self {
        let mut words = telling_words(&rfq.title);
        words.extend(telling_words(&rfq.category));
        Self {
            sector: rfq.sector.clone(),
            chapter: rfq
                .hs_code
                .as_deref()
                .and_then(|code| code.get(..2))
                .map(str::to_owned),
            words,
        }
    }

    fn named_by(&self, text: &str) -> bool {
        !self.words.is_disjoint(&telling_words(text))
    }
}

/// A published listing of a candidate producer, with what matching reads.
#[derive(Queryable)]
struct Listing {
    producer_id: String,
    district_code: i32,
    title: String,
    sector: String,
    category: String,
    hs_code: Option<String>,
    odop_product_slug: Option<String>,
}

/// An ODOP product: its name, and where and in what sector it is made.
#[derive(Queryable)]
struct Odop {
    slug: String,
    district_code: i32,
    name: String,
    sector: String,
}

/// How `listings` (one producer's) fit `wants`, the closest fit first;
/// `None` when only a sector fallback could send them the request.
fn closest_fit(wants: &Wants, listings: &[&Listing], odop: &[&Odop], chapter_heading: &str) -> Option<Fit> {
    if let Some(chapter) = &wants.chapter
        && listings.iter().any(|l| {
            l.hs_code
                .as_deref()
                .is_some_and(|code| code.starts_with(chapter.as_str()))
        })
    {
        return Some(Fit::HsChapter {
            chapter: chapter.clone(),
            heading: chapter_heading.to_owned(),
        });
    }
    let made = |o: &Odop| {
        listings.iter().any(|l| {
            l.odop_product_slug.as_deref() == Some(o.slug.as_str())
                || (l.district_code == o.district_code && l.sector == o.sector)
        })
    };
    if let Some(product) = odop.iter().find(|o| wants.named_by(&o.name) && made(o)) {
        return Some(Fit::OdopProduct {
            name: product.name.clone(),
        });
    }
    listings
        .iter()
        .find(|l| wants.named_by(&l.title) || wants.named_by(&l.category))
        .map(|l| Fit::Listing {
            title: l.title.clone(),
        })
}

/// The ODOP list as matching reads it. Loaded once by whoever matches
/// several requests (the admin queue shows up to 200), not once per request.
pub struct OdopList(Vec<Odop>);

impl OdopList {
    pub fn load(conn: &mut DbConnection) -> DbResult<Self> {
        Ok(Self(
            odop_products::table
                .select((
                    odop_products::slug,
                    odop_products::district_code,
                    odop_products::name,
                    odop_products::sector,
                ))
                .load(conn)?,
        ))
    }
}

/// The producers `rfq` goes to when approved, by business name, each with
/// the reason. Reads every candidate's published listings once.
pub fn recipients(conn: &mut DbConnection, odop_list: &OdopList, rfq: &Rfq) -> DbResult<Vec<Recipient>> {
    let (state_codes, district_codes) = (parse_codes(&rfq.state_codes), parse_codes(&rfq.district_codes));
    let mut query = products::table
        .inner_join(
            producers::table
                .inner_join(users::table)
                .inner_join(districts::table),
        )
        .filter(producers::verified_at.is_not_null())
        .filter(users::suspended_at.is_null())
        .filter(products::status.eq(ProductStatus::Published))
        .select((
            products::producer_id,
            producers::district_code,
            products::title,
            products::sector,
            products::category,
            products::hs_code,
            products::odop_product_slug,
        ))
        .into_boxed();
    if !state_codes.is_empty() || !district_codes.is_empty() {
        query = query.filter(
            districts::state_code
                .eq_any(state_codes)
                .or(producers::district_code.eq_any(district_codes)),
        );
    }
    let listings: Vec<Listing> = query.load(conn)?;
    let mut by_producer: HashMap<&str, Vec<&Listing>> = HashMap::new();
    for listing in &listings {
        by_producer
            .entry(listing.producer_id.as_str())
            .or_default()
            .push(listing);
    }

    let wants = Wants::of(rfq);
    let districts_listed: HashSet<i32> = listings.iter().map(|l| l.district_code).collect();
    let odop: Vec<&Odop> = odop_list
        .0
        .iter()
        .filter(|o| wants.named_by(&o.name))
        .filter(|o| {
            districts_listed.contains(&o.district_code)
                || listings
                    .iter()
                    .any(|l| l.odop_product_slug.as_deref() == Some(o.slug.as_str()))
        })
        .collect();
    let heading = match &wants.chapter {
        Some(chapter) => hs_codes::table
            .find(chapter)
            .select(hs_codes::description)
            .first::<String>(conn)
            .optional()?
            .unwrap_or_default(),
        None => String::new(),
    };

    let mut fits: HashMap<&str, Fit> = by_producer
        .iter()
        .filter_map(|(id, own)| closest_fit(&wants, own, &odop, &heading).map(|fit| (*id, fit)))
        .collect();
    if fits.is_empty() {
        let sector =
            Sector::from_slug(&rfq.sector).map_or_else(|| rfq.sector.clone(), |s| s.name().to_owned());
        fits = by_producer
            .iter()
            .filter(|(_, own)| own.iter().any(|l| l.sector == wants.sector))
            .map(|(id, _)| {
                (
                    *id,
                    Fit::Sector {
                        sector: sector.clone(),
                    },
                )
            })
            .collect();
    }

    let ids: Vec<&str> = fits.keys().copied().collect();
    let rows: Vec<(Producer, User, String)> = producers::table
        .inner_join(users::table)
        .inner_join(districts::table)
        .filter(producers::id.eq_any(ids))
        .select((Producer::as_select(), User::as_select(), districts::name))
        .order(producers::business_name)
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(producer, user, district)| {
            let fit = fits.remove(producer.id.as_str())?;
            Some(Recipient {
                producer,
                user,
                district,
                fit,
            })
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn telling_words_drop_the_general_and_meet_plurals_and_glossary_names() {
        let words = telling_words("Banarasi silk sarees — heritage collection, export grade");
        assert!(words.contains("silk"), "{words:?}");
        assert!(words.contains("saree"), "{words:?}");
        assert!(
            !words.contains("collection") && !words.contains("export"),
            "{words:?}"
        );
        assert_eq!(telling_words("Reshmi sari"), telling_words("reshmi saris"));
        assert_eq!(telling_words("Woollen rugs"), telling_words("woollen rug"));
        // "glass" is not a plural of "glas"; the glossary reads it as glassware.
        assert!(!telling_words("Firozabad glass").contains("glas"));
        assert_eq!(
            telling_words("Firozabad glass"),
            telling_words("Firozabad glassware")
        );
    }

    fn listing(title: &str, sector: &str, hs: Option<&str>, odop: Option<&str>) -> Listing {
        Listing {
            producer_id: "p".into(),
            district_code: 187,
            title: title.into(),
            sector: sector.into(),
            category: String::new(),
            hs_code: hs.map(str::to_owned),
            odop_product_slug: odop.map(str::to_owned),
        }
    }

    fn wants(title: &str, sector: &str, hs: Option<&str>) -> Wants {
        Wants {
            sector: sector.into(),
            chapter: hs.map(|c| c[..2].to_owned()),
            words: telling_words(title),
        }
    }

    #[test]
    fn the_closest_fit_wins_and_a_district_product_counts_only_in_a_sector_listed() {
        let silk = Odop {
            slug: "varanasi-silk-products".into(),
            district_code: 187,
            name: "Silk Products".into(),
            sector: "textile".into(),
        };
        let sarees = wants("Banarasi silk sarees", "handloom", None);
        let brocade = listing("Katan brocade yardage", "textile", Some("500720"), None);
        assert_eq!(
            closest_fit(&sarees, &[&brocade], &[&silk], ""),
            Some(Fit::OdopProduct {
                name: "Silk Products".into()
            })
        );
        let woodwork = listing("Lacquered wooden toys", "handicraft", None, None);
        assert_eq!(closest_fit(&sarees, &[&woodwork], &[&silk], ""), None);
        let by_chapter = wants("Banarasi silk sarees", "handloom", Some("500720"));
        assert!(matches!(
            closest_fit(&by_chapter, &[&brocade], &[&silk], "Silk"),
            Some(Fit::HsChapter { .. })
        ));
        let stoles = listing("Mulberry silk stoles", "handloom", None, None);
        assert_eq!(
            closest_fit(&sarees, &[&stoles], &[], ""),
            Some(Fit::Listing {
                title: "Mulberry silk stoles".into()
            })
        );
    }
}
