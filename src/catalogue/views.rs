//! What catalogue pages show, assembled from the queries: product cards,
//! the product page, the producer page.

use std::collections::HashMap;

use diesel::prelude::*;
use serde::Serialize;

use super::model::{Producer, Product, ProductImage, ProductTranslation};
use super::repo;
use super::values::Minor;
use crate::currency::display::Converted;
use crate::db::{DbConnection, DbResult};
use crate::directory::Sector;
use crate::directory::model::{District, State, category_words};
use crate::format::{Amount, PriceRange, dates};
use crate::i18n::Versions;
use crate::schema::{districts, producers, products, states};

#[derive(Debug, Clone, Serialize)]
pub struct ImageView {
    pub id: String,
    pub hash: String,
    pub alt: String,
    pub width: i32,
    pub height: i32,
}

impl From<ProductImage> for ImageView {
    fn from(i: ProductImage) -> Self {
        Self {
            id: i.id.to_string(),
            hash: i.hash,
            alt: i.alt_text,
            width: i.width,
            height: i.height,
        }
    }
}

/// A listing as a card in a grid.
#[derive(Debug, Clone, Serialize)]
pub struct ProductCard {
    pub id: String,
    pub slug: String,
    pub title: String,
    pub producer_name: String,
    pub producer_slug: String,
    pub district_name: String,
    pub district_slug: String,
    pub state_name: String,
    /// A `directory::Sector` slug.
    pub sector: String,
    pub moq: i32,
    pub moq_unit: String,
    /// "₹8,500 – 24,000 per piece" (`format::PriceRange`).
    pub price: String,
    /// The price in the reader's currency, written when the page is.
    pub converted: Converted,
    pub gi_tagged: bool,
    pub verified: bool,
    pub export_ready: bool,
    pub status: String,
    pub status_label: &'static str,
    pub image: Option<ImageView>,
    pub updated: String,
    /// The title's language and its translations, for the cards that show
    /// the reader's language (`web::present::cards`).
    #[serde(skip)]
    pub titles: Versions<String>,
}

/// "₹8,500 – 24,000 per piece": a listing's price as every page and e-mail words it.
pub fn price_per_unit(product: &Product, digits: u32) -> String {
    PriceRange {
        currency: &product.currency,
        low: Amount::from_minor(product.price_min, digits),
        high: Some(Amount::from_minor(product.price_max, digits)),
    }
    .per(&product.moq_unit)
}

/// A listing's price range, to be shown converted into the reader's currency.
pub fn converted(product: &Product, digits: u32) -> Converted {
    Converted::minor(&product.currency, product.price_min, product.price_max, digits)
}

/// Minor-unit digits for each currency used by `products`.
pub(super) fn digits_for(conn: &mut DbConnection, products: &[Product]) -> DbResult<HashMap<String, u32>> {
    repo::currency_digits_of(conn, products.iter().map(|p| p.currency.as_str()))
}

/// Cards for `products`, in the given order.
pub fn cards(conn: &mut DbConnection, products: Vec<Product>) -> DbResult<Vec<ProductCard>> {
    let ids: Vec<String> = products.iter().map(|p| p.id.to_string()).collect();
    let producer_ids: Vec<String> = products.iter().map(|p| p.producer_id.to_string()).collect();
    let places: HashMap<String, (Producer, District, State)> = producers::table
        .inner_join(districts::table.inner_join(states::table))
        .filter(producers::id.eq_any(&producer_ids))
        .select((Producer::as_select(), District::as_select(), State::as_select()))
        .load::<(Producer, District, State)>(conn)?
        .into_iter()
        .map(|row| (row.0.id.to_string(), row))
        .collect();
    let mut covers = repo::cover_images(conn, &ids)?;
    let mut translations = repo::translations_of_products(conn, &ids)?;
    let digits = digits_for(conn, &products)?;
    Ok(products
        .into_iter()
        .filter_map(|p| {
            let (producer, district, state) = places.get(p.producer_id.as_str())?;
            let status = p.status();
            let digits = digits.get(&p.currency).copied().unwrap_or(2);
            Some(ProductCard {
                price: price_per_unit(&p, digits),
                converted: converted(&p, digits),
                image: covers.remove(p.id.as_str()).map(Into::into),
                updated: dates::day(p.updated_at),
                titles: translations
                    .remove(p.id.as_str())
                    .unwrap_or_default()
                    .into_iter()
                    .fold(Versions::new(p.language, p.title.clone()), |titles, t| {
                        titles.with(t.language, t.title)
                    }),
                id: p.id.to_string(),
                slug: p.slug,
                title: p.title,
                producer_name: producer.business_name.clone(),
                producer_slug: producer.slug.clone(),
                sector: p.sector,
                district_name: district.name.clone(),
                district_slug: district.slug.clone(),
                state_name: state.name.clone(),
                moq: p.moq,
                moq_unit: p.moq_unit,
                gi_tagged: p.gi_product_id.is_some(),
                verified: producer.is_verified(),
                export_ready: p.export_ready,
                status: status.as_str().to_owned(),
                status_label: status.label(),
            })
        })
        .collect())
}

const PUBLISHED: &str = "published";

/// Newest published listings of producers in a district.
pub fn published_in_district(
    conn: &mut DbConnection,
    district_code: i32,
    limit: i64,
) -> DbResult<Vec<ProductCard>> {
    let list = products::table
        .inner_join(producers::table)
        .filter(producers::district_code.eq(district_code))
        .filter(products::status.eq(PUBLISHED))
        .order(products::published_at.desc())
        .limit(limit)
        .select(Product::as_select())
        .load(conn)?;
    cards(conn, list)
}

/// Newest published listings of producers in a state.
pub fn published_in_state(
    conn: &mut DbConnection,
    state_code: i32,
    limit: i64,
) -> DbResult<Vec<ProductCard>> {
    let list = products::table
        .inner_join(producers::table.inner_join(districts::table))
        .filter(districts::state_code.eq(state_code))
        .filter(products::status.eq(PUBLISHED))
        .order(products::published_at.desc())
        .limit(limit)
        .select(Product::as_select())
        .load(conn)?;
    cards(conn, list)
}

/// Newest published listings in a sector.
pub fn published_in_sector(
    conn: &mut DbConnection,
    sector: Sector,
    limit: i64,
) -> DbResult<Vec<ProductCard>> {
    let list = products::table
        .filter(products::sector.eq(sector.slug()))
        .filter(products::status.eq(PUBLISHED))
        .order(products::published_at.desc())
        .limit(limit)
        .select(Product::as_select())
        .load(conn)?;
    cards(conn, list)
}

/// Newest published listings overall (the home page).
pub fn newest_published(conn: &mut DbConnection, limit: i64) -> DbResult<Vec<ProductCard>> {
    let list = products::table
        .filter(products::status.eq(PUBLISHED))
        .order(products::published_at.desc())
        .limit(limit)
        .select(Product::as_select())
        .load(conn)?;
    cards(conn, list)
}

/// A producer's published listings.
pub fn published_of_producer(conn: &mut DbConnection, producer_id: &str) -> DbResult<Vec<ProductCard>> {
    let list = products::table
        .filter(products::producer_id.eq(producer_id))
        .filter(products::status.eq(PUBLISHED))
        .order(products::published_at.desc())
        .select(Product::as_select())
        .load(conn)?;
    cards(conn, list)
}

/// The producer as shown next to their products and on their own page.
#[derive(Debug, Clone, Serialize)]
pub struct ProducerView {
    pub id: String,
    pub slug: String,
    pub business_name: String,
    pub kind: String,
    pub kind_label: &'static str,
    pub district_name: String,
    pub district_slug: String,
    pub state_name: String,
    pub state_slug: String,
    pub address: String,
    pub story: String,
    pub year_founded: Option<i32>,
    pub team_size: Option<i32>,
    pub languages: String,
    pub logo: Option<LogoView>,
    /// Up to two initials, shown in place of a missing logo.
    pub initials: String,
    pub iec: Option<String>,
    pub gstin: Option<String>,
    pub udyam: Option<String>,
    pub certifications: String,
    pub ports_of_loading: String,
    pub incoterms: String,
    pub sample_policy: String,
    pub verified: bool,
    /// "12 March 2026".
    pub verified_on: Option<String>,
}

/// A producer's logo, with what the photo macros need (hash, width, height, alt).
#[derive(Debug, Clone, Serialize)]
pub struct LogoView {
    pub hash: String,
    pub width: i32,
    pub height: i32,
    pub alt: String,
}

pub fn logo_view(producer: &Producer) -> Option<LogoView> {
    match (&producer.logo_hash, producer.logo_width, producer.logo_height) {
        (Some(hash), Some(width), Some(height)) => Some(LogoView {
            hash: hash.clone(),
            width,
            height,
            alt: format!("Logo of {}", producer.business_name),
        }),
        _ => None,
    }
}

/// "Kashi Weaves" → "KW": the first letter of the first two words.
pub fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|word| word.chars().find(|c| c.is_alphanumeric()))
        .take(2)
        .flat_map(char::to_uppercase)
        .collect()
}

pub fn producer_view(producer: &Producer, district: &District, state: &State) -> ProducerView {
    ProducerView {
        id: producer.id.to_string(),
        slug: producer.slug.clone(),
        business_name: producer.business_name.clone(),
        kind: producer.kind.as_str().to_owned(),
        kind_label: producer.kind.label(),
        district_name: district.name.clone(),
        district_slug: district.slug.clone(),
        state_name: state.name.clone(),
        state_slug: state.slug.clone(),
        address: producer.address.clone(),
        story: producer.story.clone(),
        year_founded: producer.year_founded,
        team_size: producer.team_size,
        languages: producer.languages.clone(),
        logo: logo_view(producer),
        initials: initials(&producer.business_name),
        iec: producer.iec.clone(),
        gstin: producer.gstin.clone(),
        udyam: producer.udyam.clone(),
        certifications: producer.certifications.clone(),
        ports_of_loading: producer.ports_of_loading.clone(),
        incoterms: producer.incoterms.clone(),
        sample_policy: producer.sample_policy.clone(),
        verified: producer.is_verified(),
        verified_on: producer.verified_at.map(|at| dates::long_day(at.date())),
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct ProducerPage {
    pub producer: ProducerView,
    pub products: Vec<ProductCard>,
    /// The story in the reader's language when the producer wrote it in it.
    pub story: Versions<String>,
}

pub fn producer_page(conn: &mut DbConnection, slug: &str) -> DbResult<Option<ProducerPage>> {
    let Some(producer) = repo::public_producer_by_slug(conn, slug)? else {
        return Ok(None);
    };
    let Some((district, state)) = repo::district(conn, producer.district_code)? else {
        return Ok(None);
    };
    let story = repo::producer_translations(conn, &producer.id)?.into_iter().fold(
        Versions::new(producer.language, producer.story.clone()),
        |story, t| story.with(t.language, t.story),
    );
    Ok(Some(ProducerPage {
        story,
        products: published_of_producer(conn, &producer.id)?,
        producer: producer_view(&producer, &district, &state),
    }))
}

#[derive(Debug, Clone, Serialize)]
pub struct OdopView {
    pub name: String,
    pub description: String,
    pub gi_status: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct ProductPage {
    pub id: String,
    pub slug: String,
    pub title: String,
    pub description: String,
    pub sector: String,
    pub sector_name: &'static str,
    pub category: String,
    pub materials: String,
    pub moq: i32,
    pub moq_unit: String,
    pub price: String,
    /// The price in the reader's currency, written when the page is.
    pub converted: Converted,
    pub currency: String,
    pub monthly_capacity: Option<i32>,
    pub lead_time_days: i32,
    pub samples_available: bool,
    pub export_ready: bool,
    pub certifications: String,
    pub hs_code: Option<String>,
    pub hs_description: Option<String>,
    pub gi_name: Option<String>,
    pub gi_category: Option<String>,
    pub odop: Option<OdopView>,
    pub status: String,
    pub status_label: &'static str,
    pub moderation_note: Option<String>,
    pub published_on: Option<String>,
    pub images: Vec<ImageView>,
    pub producer: ProducerView,
    /// Price bounds in major units, for structured data.
    pub price_low: f64,
    pub price_high: f64,
    /// The title and description in the reader's language when the producer
    /// wrote them in it, else as written (`title` and `description`).
    pub shown: Versions<ListingText>,
    /// Every translation, for the moderators who review them.
    pub translations: Vec<ProductTranslation>,
}

/// A listing's own words in one language.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ListingText {
    pub title: String,
    pub description: String,
}

/// A listing's title and description with `translations` of them.
pub fn listing_texts(product: &Product, translations: &[ProductTranslation]) -> Versions<ListingText> {
    let original = ListingText {
        title: product.title.clone(),
        description: product.description.clone(),
    };
    translations
        .iter()
        .fold(Versions::new(product.language, original), |texts, t| {
            texts.with(
                t.language,
                ListingText {
                    title: t.title.clone(),
                    description: t.description.clone(),
                },
            )
        })
}

/// The product page's data for a listing, whatever its status (the caller
/// decides who may see an unpublished one).
pub fn product_page(conn: &mut DbConnection, product: Product) -> DbResult<Option<ProductPage>> {
    let Some(producer) = repo::producer_by_id(conn, &product.producer_id)? else {
        return Ok(None);
    };
    let Some((district, state)) = repo::district(conn, producer.district_code)? else {
        return Ok(None);
    };
    let digits = repo::currency_digits(conn, &product.currency)?.unwrap_or(2);
    let odop = match &product.odop_product_slug {
        Some(slug) => repo::odop_product(conn, slug)?.map(|o| OdopView {
            name: o.name,
            description: o.description,
            gi_status: o.gi_status,
        }),
        None => None,
    };
    let gi = match product.gi_product_id {
        Some(id) => repo::gi_product(conn, id)?,
        None => None,
    };
    let hs_description = match &product.hs_code {
        Some(code) => repo::hs_subheading(conn, &code[..code.len().min(6)])?,
        None => None,
    };
    let images = repo::images_of(conn, &product.id)?
        .into_iter()
        .map(Into::into)
        .collect();
    let status = product.status();
    let translations = repo::product_translations(conn, &product.id)?;
    Ok(Some(ProductPage {
        shown: listing_texts(&product, &translations),
        translations,
        price: price_per_unit(&product, digits),
        converted: converted(&product, digits),
        price_low: Minor(product.price_min).as_major(digits),
        price_high: Minor(product.price_max).as_major(digits),
        sector_name: Sector::from_slug(&product.sector).map_or("Other products", Sector::name),
        status_label: status.label(),
        status: status.as_str().to_owned(),
        published_on: product.published_at.map(|at| dates::long_day(at.date())),
        gi_name: gi.as_ref().map(|g| g.name.clone()),
        gi_category: gi.map(|g| g.goods_category),
        hs_description,
        odop,
        images,
        producer: producer_view(&producer, &district, &state),
        id: product.id.to_string(),
        slug: product.slug,
        title: product.title,
        description: product.description,
        sector: product.sector,
        category: category_words(&product.category),
        materials: product.materials,
        moq: product.moq,
        moq_unit: product.moq_unit,
        currency: product.currency,
        monthly_capacity: product.monthly_capacity,
        lead_time_days: product.lead_time_days,
        samples_available: product.samples_available,
        export_ready: product.export_ready,
        certifications: product.certifications,
        hs_code: product.hs_code,
        moderation_note: product.moderation_note,
    }))
}

#[cfg(test)]
mod tests {
    use super::initials;

    #[test]
    fn initials_take_the_first_two_words() {
        assert_eq!(initials("Kashi Weaves & Sons"), "KW");
        assert_eq!(initials("  (Bagru) prints "), "BP");
        assert_eq!(initials("Channapatna"), "C");
        assert_eq!(initials("काशी बुनकर"), "कब");
    }
}
