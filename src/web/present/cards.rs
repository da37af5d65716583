//! The product card: one view of a listing for every grid of listings
//! (search results, home, state, district, sector and producer pages),
//! rendered by the `product_card` macro in `templates/macros.html`.

use serde::Serialize;

use super::links;
use super::tera::variant_url;
use crate::catalogue::views::{ImageView, ProductCard};
use crate::currency::display::Converted;
use crate::format::{Amount, PriceRange, quantity};
use crate::i18n::{Message, Versions};
use crate::media::{self, Format};
use crate::search::model::SearchHit;

#[derive(Debug, Serialize)]
pub struct CardView {
    /// The listing's id, which an organiser's "Add to showcase" form sends.
    pub id: String,
    pub href: String,
    /// For the no-photo block and the buttons' labels, in the reader's
    /// language when the producer wrote one.
    pub title: Versions<String>,
    /// The title as HTML: escaped, with a search's matching words marked.
    pub title_html: Versions<String>,
    /// A search's matching passage of the description, as HTML.
    pub snippet_html: Option<String>,
    pub district: String,
    pub district_href: String,
    pub state: String,
    pub producer: String,
    pub producer_href: String,
    /// "₹8,500 – 24,000 per piece".
    pub price: String,
    /// "≈ US$102 – 284" in the reader's currency, or nothing.
    pub converted: Converted,
    /// "1,000 pieces".
    pub moq: Message,
    pub photo: Option<CardPhoto>,
    /// A `directory::Sector` slug: the no-photo block's colour.
    pub sector: String,
    pub gi: bool,
    pub verified: bool,
    pub export_ready: bool,
    /// The producer's "within 2 days", where buyers choose whom to ask
    /// (search results).
    pub reply_time: Option<Message>,
}

impl CardView {
    pub fn with_reply_time(self, reply_time: Option<Message>) -> Self {
        Self { reply_time, ..self }
    }
}

#[derive(Debug, Serialize)]
pub struct CardPhoto {
    pub src: String,
    /// Every stored width, when the photo's own width is known.
    pub srcset: Option<String>,
    pub webp_srcset: Option<String>,
    pub width: i32,
    pub height: i32,
    /// The producer's description of the photo, in the listing's language;
    /// the translated title for readers of a translation (`alt_text`).
    pub alt: Versions<String>,
}

impl From<ProductCard> for CardView {
    fn from(card: ProductCard) -> Self {
        Self {
            href: links::product(&card.slug),
            id: card.id,
            title_html: card.titles.clone().map(|title| tera::escape_html(&title)),
            snippet_html: None,
            district_href: links::district(&card.district_slug),
            district: card.district_name,
            state: card.state_name,
            producer_href: links::producer(&card.producer_slug),
            producer: card.producer_name,
            price: card.price,
            converted: card.converted,
            moq: quantity(card.moq.into(), &card.moq_unit),
            photo: card.image.map(|image| photo(image, &card.titles)),
            title: card.titles,
            sector: card.sector,
            gi: card.gi_tagged,
            verified: card.verified,
            export_ready: card.export_ready,
            reply_time: None,
        }
    }
}

fn photo(image: ImageView, titles: &Versions<String>) -> CardPhoto {
    let original = u32::try_from(image.width).ok();
    let srcset = |format| original.map(|width| media::srcset(&image.hash, width, format));
    CardPhoto {
        src: variant_url(&image.hash, 800, Format::Jpeg, original),
        srcset: srcset(Format::Jpeg),
        webp_srcset: srcset(Format::Webp),
        width: image.width,
        height: image.height,
        alt: alt_text(&image.alt, titles),
    }
}

/// A photo's alt text in the reader's version of the listing: the
/// producer's description of it for readers of the listing's own language,
/// the title they read for readers of a translation (the description is
/// not translated), and the title wherever there is no description.
fn alt_text(written: &str, titles: &Versions<String>) -> Versions<String> {
    if written.trim().is_empty() {
        titles.clone()
    } else {
        titles.clone().with_original(written.to_owned())
    }
}

impl From<&SearchHit> for CardView {
    fn from(hit: &SearchHit) -> Self {
        let d = &hit.document;
        let price = PriceRange {
            currency: &d.currency,
            low: Amount::from_major(d.price_min),
            high: Some(Amount::from_major(d.price_max)),
        };
        let title = d
            .translations
            .iter()
            .fold(Versions::new(d.language, d.title.clone()), |titles, t| {
                titles.with(t.language, t.title.clone())
            });
        Self {
            id: d.id.clone(),
            href: links::product(&d.slug),
            title_html: hit.translated_titles_html.iter().fold(
                Versions::new(d.language, hit.title_html.clone()),
                |titles, (language, html)| titles.with(*language, html.clone()),
            ),
            snippet_html: Some(hit.snippet_html.clone()).filter(|s| !s.is_empty()),
            district: d.district_name.clone(),
            district_href: links::district(&d.district_slug),
            state: d.state_name.clone(),
            producer: d.producer_name.clone(),
            producer_href: links::producer(&d.producer_slug),
            price: price.per(&d.moq_unit),
            converted: Converted::major(&d.currency, d.price_min, d.price_max),
            moq: quantity(d.moq, &d.moq_unit),
            // The index keeps only the 320-pixel thumbnail's path.
            photo: d.image.clone().map(|src| CardPhoto {
                src,
                srcset: None,
                webp_srcset: None,
                width: 320,
                height: 240,
                alt: alt_text(d.image_alt.as_deref().unwrap_or_default(), &title),
            }),
            title,
            sector: d.sector.clone(),
            gi: d.gi_tagged,
            verified: d.producer_verified,
            export_ready: d.export_ready,
            reply_time: None,
        }
    }
}

/// Cards for a grid, in order.
pub fn cards(listings: Vec<ProductCard>) -> Vec<CardView> {
    listings.into_iter().map(CardView::from).collect()
}
