//! What a printed catalogue shows, gathered in one read transaction: a
//! showcase (its published products in the curator's order, pavilions and
//! notes), a district (its published listings) or a producer (theirs), each
//! product with its key facts, cover photo and district's ODOP story.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use url::Url;

use super::error::PrintError;
use crate::catalogue::model::{Producer, Product};
use crate::catalogue::repo;
use crate::catalogue::values::ProductStatus;
use crate::catalogue::views::{listing_texts, price_per_unit};
use crate::db::DbConnection;
use crate::directory::model::{District, OdopProduct, State};
use crate::format::{self, dates, paths};
use crate::i18n::{self, Language, Locale, Message, Versions};
use crate::schema::{gi_products, odop_products, producers, products};
use crate::showcases;

/// Products one catalogue prints at most: 200 pages is already a thick
/// binder, and the job that makes it stays well under a minute.
pub const MAX_PRODUCTS: usize = 200;

/// Bumped whenever the layout changes, so every cached file is made anew.
const LAYOUT_VERSION: &str = "2";

/// What a catalogue is of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CatalogueKind {
    Showcase,
    District,
    Producer,
}

impl CatalogueKind {
    /// The folder its files are kept in, named like its pages' folder.
    pub fn folder(self) -> &'static str {
        match self {
            CatalogueKind::Showcase => "showcases",
            CatalogueKind::District => "districts",
            CatalogueKind::Producer => "producers",
        }
    }

    fn page(self) -> paths::Page {
        match self {
            CatalogueKind::Showcase => paths::Page::Showcase,
            CatalogueKind::District => paths::Page::District,
            CatalogueKind::Producer => paths::Page::Producer,
        }
    }

    fn noun(self) -> &'static str {
        match self {
            CatalogueKind::Showcase => "showcase",
            CatalogueKind::District => "district",
            CatalogueKind::Producer => "producer",
        }
    }
}

/// Who the catalogue is printed for: the public (the site's links: only a
/// live showcase), or the site's operator at the command line, who may print
/// a showcase before its first day for an exhibition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    Public,
    Operator,
}

/// One line of a product's key facts, in the catalogue's language.
#[derive(Debug, Clone, Serialize)]
pub struct Fact {
    pub label: String,
    pub value: String,
}

/// A product's first photo, as the media store keeps it.
#[derive(Debug, Clone, Serialize)]
pub struct Photo {
    pub hash: String,
    pub width: i32,
    pub height: i32,
}

/// The ODOP product a listing belongs to (or its district's first), with
/// the ministry's description.
#[derive(Debug, Clone, Serialize)]
pub struct OdopStory {
    pub district: String,
    pub product: String,
    pub description: String,
}

/// One product's page.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    pub slug: String,
    pub title: String,
    pub description: String,
    pub producer: String,
    /// "Varanasi, Uttar Pradesh".
    pub place: String,
    pub facts: Vec<Fact>,
    /// The curator's note (showcases only; may be empty).
    pub note: String,
    pub story: Option<OdopStory>,
    pub photo: Option<Photo>,
    /// Part of the version: any saved change to the listing makes a new file.
    pub updated_at: NaiveDateTime,
}

/// A pavilion of a showcase, or the one list of any other catalogue.
#[derive(Debug, Clone, Serialize)]
pub struct Section {
    pub name: Option<String>,
    pub entries: Vec<Entry>,
}

/// Everything one catalogue prints, worded in one language: its own words
/// are messages, and listings and stories are shown in that language where
/// their authors translated them, else as they were written.
#[derive(Debug, Clone, Serialize)]
pub struct CatalogueSource {
    pub kind: CatalogueKind,
    pub slug: String,
    pub language: Language,
    pub title: String,
    /// Who curated it, or where it is from.
    pub byline: String,
    /// The theme, the district's ODOP products, or the producer's story.
    pub intro: String,
    /// The page on the site this catalogue prints.
    pub page_path: String,
    pub sections: Vec<Section>,
    /// Products there are to print, of which at most [`MAX_PRODUCTS`] are.
    pub available: usize,
}

impl CatalogueSource {
    pub fn entries(&self) -> impl Iterator<Item = &Entry> {
        self.sections.iter().flat_map(|s| s.entries.iter())
    }

    pub fn printed(&self) -> usize {
        self.sections.iter().map(|s| s.entries.len()).sum()
    }

    /// A content hash of everything the catalogue shows (and the site
    /// address its links and QR codes name): the same content always gets
    /// the same file, and any change a new one.
    pub fn version(&self, site: &Url) -> anyhow::Result<String> {
        let mut hash = Sha256::new();
        hash.update(LAYOUT_VERSION.as_bytes());
        hash.update([0]);
        hash.update(site.as_str().as_bytes());
        hash.update([0]);
        hash.update(serde_json::to_vec(self)?);
        let digest = hash.finalize();
        Ok(digest[..10].iter().map(|b| format!("{b:02x}")).collect())
    }
}

/// Gathers the catalogue of the `kind` at `slug`, in `language`.
pub fn gather(
    conn: &mut DbConnection,
    kind: CatalogueKind,
    slug: &str,
    audience: Audience,
    language: Language,
    now: NaiveDateTime,
) -> Result<CatalogueSource, PrintError> {
    // Figures, dates and the messages below are written in the catalogue's language.
    i18n::scoped(Locale::new(language), || {
        gather_in(conn, kind, slug, audience, language, now)
    })
}

fn gather_in(
    conn: &mut DbConnection,
    kind: CatalogueKind,
    slug: &str,
    audience: Audience,
    language: Language,
    now: NaiveDateTime,
) -> Result<CatalogueSource, PrintError> {
    let not_found = || {
        PrintError::NotFound(
            Message::new("error-no-such-named")
                .with("kind", kind.noun())
                .with("name", slug),
        )
    };
    let (title, byline, intro, sections, available) = match kind {
        CatalogueKind::Showcase => {
            let page = match audience {
                Audience::Public => showcases::views::public_page(conn, slug, None, now),
                Audience::Operator => showcases::views::page_in_any_phase(conn, slug, now),
            }
            .map_err(|e| match e {
                showcases::ShowcaseError::NotFound => not_found(),
                showcases::ShowcaseError::Db(db) => PrintError::Db(db),
                other => PrintError::Unexpected(other.into()),
            })?;
            let ids: Vec<&str> = page.entries().map(|e| e.card.id.as_str()).collect();
            let mut by_id: HashMap<String, Product> = repo::products_by_ids(conn, &ids)?
                .into_iter()
                .map(|p| (p.id.to_string(), p))
                .collect();
            let available = ids.len();
            let mut left = MAX_PRODUCTS;
            let mut sections = Vec::new();
            for pavilion in &page.pavilions {
                let rows: Vec<(Product, String)> = pavilion
                    .entries
                    .iter()
                    .take(left)
                    .filter_map(|e| Some((by_id.remove(&e.card.id)?, e.note.clone())))
                    .collect();
                if rows.is_empty() {
                    continue;
                }
                left -= rows.len();
                sections.push(Section {
                    name: pavilion.name.clone(),
                    entries: entries(conn, rows, language)?,
                });
            }
            let byline = match page.curator.trim() {
                "" => String::new(),
                curator => Message::new("print-curated-by")
                    .with("curator", curator)
                    .to_string(),
            };
            (
                page.showcase.title,
                byline,
                page.showcase.theme,
                sections,
                available,
            )
        }
        CatalogueKind::District => {
            let (district, state) = crate::directory::repo::district_by_slug(conn, slug)?
                .map(|d| repo::district(conn, d.lgd_code))
                .transpose()?
                .flatten()
                .ok_or_else(not_found)?;
            let listed = products::table
                .inner_join(producers::table)
                .filter(producers::district_code.eq(district.lgd_code))
                .filter(products::status.eq(ProductStatus::Published));
            let available: i64 = listed.count().get_result(conn)?;
            let list: Vec<Product> = listed
                .order((products::published_at.desc(), products::id.asc()))
                .limit(MAX_PRODUCTS as i64)
                .select(Product::as_select())
                .load(conn)?;
            if list.is_empty() {
                return Err(PrintError::Empty(
                    Message::new("refusal-print-empty-district").with("district", district.name.as_str()),
                ));
            }
            let odop: Vec<String> = crate::directory::repo::products_of_district(conn, district.lgd_code)?
                .into_iter()
                .map(|o| o.name)
                .collect();
            let intro = match odop.as_slice() {
                [] => String::new(),
                names => Message::new("print-district-odop")
                    .with("products", names.join(", "))
                    .to_string(),
            };
            let rows = list.into_iter().map(|p| (p, String::new())).collect();
            let sections = vec![Section {
                name: None,
                entries: entries(conn, rows, language)?,
            }];
            (
                Message::new("print-district-title")
                    .with("district", district.name.as_str())
                    .to_string(),
                Message::new("print-district-byline")
                    .with("district", district.name.as_str())
                    .with("state", state.name.as_str())
                    .to_string(),
                intro,
                sections,
                usize::try_from(available).unwrap_or(0),
            )
        }
        CatalogueKind::Producer => {
            let producer = repo::public_producer_by_slug(conn, slug)?.ok_or_else(not_found)?;
            let list: Vec<Product> = products::table
                .filter(products::producer_id.eq(&producer.id))
                .filter(products::status.eq(ProductStatus::Published))
                .order((products::published_at.desc(), products::id.asc()))
                .select(Product::as_select())
                .load(conn)?;
            if list.is_empty() {
                return Err(PrintError::Empty(
                    Message::new("refusal-print-empty-producer")
                        .with("producer", producer.business_name.as_str()),
                ));
            }
            let available = list.len();
            let place = repo::district(conn, producer.district_code)?
                .map(|(d, s)| format!("{}, {}", d.name, s.name))
                .unwrap_or_default();
            let rows = list
                .into_iter()
                .take(MAX_PRODUCTS)
                .map(|p| (p, String::new()))
                .collect();
            let sections = vec![Section {
                name: None,
                entries: entries(conn, rows, language)?,
            }];
            let story = repo::producer_translations(conn, &producer.id)?.into_iter().fold(
                Versions::new(producer.language, producer.story.clone()),
                |story, t| story.with(t.language, t.story),
            );
            let kind = Message::new("products-producer-kind").with("kind", producer.kind.as_str());
            (
                producer.business_name.clone(),
                format!("{kind} · {place}"),
                story.for_reader(language).1.clone(),
                sections,
                available,
            )
        }
    };
    if sections.iter().all(|s| s.entries.is_empty()) {
        return Err(PrintError::Empty(
            Message::new("refusal-print-empty-showcase").with("title", title.as_str()),
        ));
    }
    Ok(CatalogueSource {
        kind,
        slug: slug.to_owned(),
        language,
        title,
        byline,
        intro,
        page_path: paths::path_to(kind.page(), slug),
        sections,
        available,
    })
}

/// The product pages for `rows` (each product with its curator's note), in
/// order, each listing in `language` where its producer translated it.
fn entries(
    conn: &mut DbConnection,
    rows: Vec<(Product, String)>,
    language: Language,
) -> Result<Vec<Entry>, PrintError> {
    let ids: Vec<String> = rows.iter().map(|(p, _)| p.id.to_string()).collect();
    let producer_ids: Vec<&str> = rows.iter().map(|(p, _)| p.producer_id.as_str()).collect();
    let producers: HashMap<String, Producer> = producers::table
        .filter(producers::id.eq_any(&producer_ids))
        .select(Producer::as_select())
        .load::<Producer>(conn)?
        .into_iter()
        .map(|p| (p.id.to_string(), p))
        .collect();
    let codes: Vec<i32> = producers.values().map(|p| p.district_code).collect();
    let places: HashMap<i32, (District, State)> = repo::districts_by_codes(conn, &codes)?
        .into_iter()
        .map(|row| (row.0.lgd_code, row))
        .collect();
    let mut odop_of_district: HashMap<i32, Vec<OdopProduct>> = HashMap::new();
    for odop in odop_products::table
        .filter(odop_products::district_code.eq_any(&codes))
        .order(odop_products::position.asc())
        .select(OdopProduct::as_select())
        .load::<OdopProduct>(conn)?
    {
        odop_of_district.entry(odop.district_code).or_default().push(odop);
    }
    let gi_ids: Vec<i32> = rows.iter().filter_map(|(p, _)| p.gi_product_id).collect();
    let gi_names: HashMap<i32, String> = gi_products::table
        .filter(gi_products::id.eq_any(&gi_ids))
        .select((gi_products::id, gi_products::name))
        .load::<(i32, String)>(conn)?
        .into_iter()
        .collect();
    let mut covers = repo::cover_images(conn, &ids)?;
    let mut translations = repo::translations_of_products(conn, &ids)?;
    let digits = repo::currency_digits_of(conn, rows.iter().map(|(p, _)| p.currency.as_str()))?;
    let mut hs_names: HashMap<String, Option<String>> = HashMap::new();
    let mut out = Vec::with_capacity(rows.len());
    for (product, note) in rows {
        let Some(producer) = producers.get(product.producer_id.as_str()) else {
            continue;
        };
        let place = places.get(&producer.district_code);
        let hs = match &product.hs_code {
            Some(code) => {
                let six = &code[..code.len().min(6)];
                if !hs_names.contains_key(six) {
                    let name = repo::hs_subheading(conn, six)?;
                    hs_names.insert(six.to_owned(), name);
                }
                Some((code.clone(), hs_names.get(six).cloned().flatten()))
            }
            None => None,
        };
        let district_odop = odop_of_district.get(&producer.district_code);
        let odop = product
            .odop_product_slug
            .as_deref()
            .and_then(|slug| district_odop.and_then(|list| list.iter().find(|o| o.slug == slug)))
            .or_else(|| district_odop.and_then(|list| list.first()));
        let story = match (odop, place) {
            (Some(odop), Some((district, _))) => Some(OdopStory {
                district: district.name.clone(),
                product: odop.name.clone(),
                description: odop.description.clone(),
            }),
            _ => None,
        };
        let digits = digits.get(&product.currency).copied().unwrap_or(2);
        let texts = listing_texts(
            &product,
            &translations.remove(product.id.as_str()).unwrap_or_default(),
        );
        let text = texts.for_reader(language).1.clone();
        out.push(Entry {
            facts: facts(
                &product,
                producer,
                digits,
                hs,
                product.gi_product_id.and_then(|id| gi_names.get(&id).cloned()),
            ),
            photo: covers.remove(product.id.as_str()).map(|image| Photo {
                hash: image.hash,
                width: image.width,
                height: image.height,
            }),
            story,
            place: place
                .map(|(d, s)| format!("{}, {}", d.name, s.name))
                .unwrap_or_default(),
            producer: producer.business_name.clone(),
            slug: product.slug,
            title: text.title,
            description: text.description,
            note,
            updated_at: product.updated_at,
        });
    }
    Ok(out)
}

/// The key facts a buyer compares, as the product page words them; a fact
/// the listing or its producer does not give is left out, not shown empty.
fn facts(
    product: &Product,
    producer: &Producer,
    digits: u32,
    hs: Option<(String, Option<String>)>,
    gi: Option<String>,
) -> Vec<Fact> {
    let fact = |label: &'static str, value: String| Fact {
        label: Message::new(label).to_string(),
        value,
    };
    let mut facts = vec![
        fact("products-price-range", price_per_unit(product, digits)),
        fact(
            "products-moq",
            format::quantity(product.moq.into(), &product.moq_unit).to_string(),
        ),
        fact(
            "products-lead-time",
            Message::new("products-days")
                .with("count", product.lead_time_days)
                .to_string(),
        ),
    ];
    if let Some(capacity) = product.monthly_capacity {
        facts.push(fact(
            "products-capacity",
            format::quantity(capacity.into(), &product.moq_unit).to_string(),
        ));
    }
    if let Some((code, name)) = hs {
        facts.push(fact(
            "products-hs-code",
            match name {
                Some(name) => format!("{code} ({name})"),
                None => code,
            },
        ));
    }
    if let Some(gi) = gi {
        facts.push(fact("products-gi", gi));
    }
    if !producer.incoterms.trim().is_empty() {
        let terms = producer.incoterms.replace(',', ", ");
        facts.push(fact(
            "products-incoterms",
            terms.split_whitespace().collect::<Vec<_>>().join(" "),
        ));
    }
    if !producer.ports_of_loading.trim().is_empty() {
        facts.push(fact("products-ports", producer.ports_of_loading.clone()));
    }
    let available = || Message::new("products-samples-available").to_string();
    facts.push(fact(
        "products-samples",
        match (product.samples_available, producer.sample_policy.trim()) {
            (true, "") => available(),
            (true, policy) => format!("{}: {policy}", available()),
            (false, _) => Message::new("products-samples-none").to_string(),
        },
    ));
    if !product.materials.trim().is_empty() {
        facts.push(fact("products-materials", product.materials.clone()));
    }
    if !product.certifications.trim().is_empty() {
        facts.push(fact("products-certifications", product.certifications.clone()));
    }
    facts
}

/// "5 December 2026": the day (in India, where its curators are) a
/// catalogue was made, as its pages say (in the locale being written).
pub fn made_on(now: NaiveDateTime) -> String {
    dates::long_day(showcases::model::day_in_india(now))
}
