//! View models of pages with more than a few fields.

use serde::Serialize;
use serde_json::json;

use super::cards::{CardView, cards};
use super::links;
use super::shortlist::SaveState;
use super::showcases::Curate;
use crate::catalogue::views::{self, ProductCard};

/// A directory page (home, state, district, sector) plus the published
/// listings that belong on it, as `page.listings`.
#[derive(Serialize)]
pub struct WithListings<T: Serialize> {
    #[serde(flatten)]
    inner: T,
    listings: Vec<CardView>,
}

impl<T: Serialize> WithListings<T> {
    pub fn new(inner: T, listings: Vec<ProductCard>) -> Self {
        Self {
            inner,
            listings: cards(listings),
        }
    }
}

/// A producer's public page.
#[derive(Serialize)]
pub struct ProducerPublicPage {
    producer: views::ProducerView,
    products: Vec<CardView>,
    story: crate::i18n::Versions<String>,
    /// "within 2 days", once enough enquiries were answered to say.
    reply_time: Option<crate::i18n::Message>,
    /// The shortlist's Save button, for buyers and visitors.
    save: Option<SaveState>,
}

impl ProducerPublicPage {
    pub fn new(page: views::ProducerPage, reply_time: Option<crate::i18n::Message>) -> Self {
        Self {
            producer: page.producer,
            products: cards(page.products),
            story: page.story,
            reply_time,
            save: None,
        }
    }

    pub fn with_save(self, save: Option<SaveState>) -> Self {
        Self { save, ..self }
    }
}

/// A listing's page, for buyers or (unpublished) as its producer's preview.
#[derive(Serialize)]
pub struct ProductShowPage {
    product: views::ProductPage,
    #[serde(flatten)]
    facts: ProductPageFacts,
    canonical_url: String,
    json_ld: String,
    /// The "Add to showcase" form, for organisers and admins.
    curate: Option<Curate>,
}

/// What a listing's page says besides the listing.
#[derive(Serialize)]
pub struct ProductPageFacts {
    /// Not published: only its producer and admins see it.
    pub preview: bool,
    pub is_owner: bool,
    /// The producer's "within 2 days", once enough enquiries were answered to say.
    pub reply_time: Option<crate::i18n::Message>,
    /// The shortlist's Save button; none on a preview.
    pub save: Option<SaveState>,
}

impl ProductShowPage {
    pub fn with_curate(self, curate: Option<Curate>) -> Self {
        Self { curate, ..self }
    }

    pub fn new(product: views::ProductPage, facts: ProductPageFacts, base: &url::Url) -> Self {
        let canonical_url = base
            .join(links::product(&product.slug).trim_start_matches('/'))
            .map(|u| u.to_string())
            .unwrap_or_default();
        Self {
            json_ld: structured_data(&product, &canonical_url, base),
            product,
            facts,
            canonical_url,
            curate: None,
        }
    }
}

/// The absolute address of a photo's widest JPEG variant.
pub(super) fn jpeg_url(base: &url::Url, hash: &str, width: i32) -> Option<String> {
    let variant = crate::media::widest_variant(u32::try_from(width).unwrap_or(0));
    base.join(&crate::media::url_path(hash, variant, crate::media::Format::Jpeg))
        .ok()
        .map(|u| u.to_string())
}

/// schema.org Product JSON-LD.
fn structured_data(product: &views::ProductPage, url: &str, base: &url::Url) -> String {
    let images: Vec<String> = product
        .images
        .iter()
        .filter_map(|i| jpeg_url(base, &i.hash, i.width))
        .collect();
    let logo = product
        .producer
        .logo
        .as_ref()
        .and_then(|l| jpeg_url(base, &l.hash, l.width));
    let data = json!({
        "@context": "https://schema.org",
        "@type": "Product",
        "name": product.title,
        "description": product.description,
        "url": url,
        "image": images,
        "category": product.sector_name,
        "material": product.materials,
        "countryOfOrigin": { "@type": "Country", "name": "India" },
        "brand": { "@type": "Brand", "name": product.producer.business_name },
        "manufacturer": {
            "@type": "Organization",
            "name": product.producer.business_name,
            "logo": logo,
            "address": { "@type": "PostalAddress", "addressLocality": product.producer.district_name, "addressRegion": product.producer.state_name, "addressCountry": "IN" },
        },
        "offers": {
            "@type": "AggregateOffer",
            "priceCurrency": product.currency,
            "lowPrice": product.price_low,
            "highPrice": product.price_high,
            "eligibleQuantity": { "@type": "QuantitativeValue", "minValue": product.moq, "unitText": product.moq_unit },
        },
    });
    json_ld(&data)
}

/// JSON-LD for a `<script type="application/ld+json">` element, escaped so
/// it cannot close the element (or start a comment) whatever text it holds.
pub(super) fn json_ld(data: &serde_json::Value) -> String {
    data.to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}
