//! What the search index holds for each published product. The catalogue
//! builds these from the database; the engines store and return them.

use serde::{Deserialize, Serialize};

use crate::i18n::Language;

/// One published product as a search document. Field names are the
/// attribute names in `search-config/products.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ProductDocument {
    /// The product id (UUIDv7), also the document id.
    pub id: String,
    pub slug: String,
    pub title: String,
    pub description: String,
    /// The district's ODOP product this listing is linked to, if any.
    pub odop_name: Option<String>,
    pub producer_name: String,
    pub producer_slug: String,
    pub producer_verified: bool,
    pub district_name: String,
    pub district_slug: String,
    pub state_name: String,
    pub state_slug: String,
    /// A `directory::Sector` slug.
    pub sector: String,
    pub sector_name: String,
    /// Free-text category within the sector ("Silk sarees", "Brassware").
    pub category: String,
    pub gi_tagged: bool,
    pub gi_name: Option<String>,
    /// Materials, comma-separated as entered.
    pub materials: String,
    pub export_ready: bool,
    pub moq: i64,
    pub moq_unit: String,
    /// Price range in major units of `currency` (e.g. rupees, dollars).
    pub price_min: f64,
    pub price_max: f64,
    /// ISO 4217 code.
    pub currency: String,
    /// The price range in euros at the rates stored when the document was
    /// made (`currency`), for filters and sorting across currencies; absent
    /// when there is no rate for the listing's currency.
    #[serde(default)]
    pub price_min_eur: Option<f64>,
    #[serde(default)]
    pub price_max_eur: Option<f64>,
    /// HS code as entered (6 or 8 digits), and its 2-digit chapter.
    pub hs_code: Option<String>,
    pub hs_chapter: Option<String>,
    /// Path of the 320-px thumbnail, if the product has a photo.
    pub image: Option<String>,
    pub image_alt: Option<String>,
    /// Unix seconds; for "newest" sorting.
    pub published_at: i64,
    /// The language `title` and `description` are written in.
    #[serde(default)]
    pub language: Language,
    /// The title and description in the other languages the producer wrote
    /// them in: searchable (`translations.title`, `translations.description`)
    /// so a query in any language finds the listing.
    #[serde(default)]
    pub translations: Vec<DocumentTranslation>,
}

/// A listing's title and description in another language than its own.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct DocumentTranslation {
    pub language: Language,
    pub title: String,
    pub description: String,
}

/// The order of results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SortOrder {
    #[default]
    Relevance,
    Newest,
    PriceAsc,
    PriceDesc,
}

impl SortOrder {
    pub const ALL: [SortOrder; 4] = [
        SortOrder::Relevance,
        SortOrder::Newest,
        SortOrder::PriceAsc,
        SortOrder::PriceDesc,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SortOrder::Relevance => "relevance",
            SortOrder::Newest => "newest",
            SortOrder::PriceAsc => "price_asc",
            SortOrder::PriceDesc => "price_desc",
        }
    }

    pub fn parse(raw: &str) -> Option<SortOrder> {
        Self::ALL.into_iter().find(|s| s.as_str() == raw)
    }
}

/// Narrowing a search. Slugs are those of the directory; prices are in the
/// listing's own currency (pair them with `currency` to compare like with like).
#[derive(Debug, Clone, PartialEq, Default, Serialize, utoipa::ToSchema)]
pub struct Filters {
    pub state: Option<String>,
    pub district: Option<String>,
    /// A `directory::Sector` slug.
    pub sector: Option<String>,
    pub category: Option<String>,
    pub gi: bool,
    pub verified: bool,
    pub export_ready: bool,
    /// Listings whose MOQ is at most this.
    pub moq_max: Option<i64>,
    /// Listings whose price range reaches this or more.
    pub price_min: Option<f64>,
    /// Listings whose price range starts at this or less.
    pub price_max: Option<f64>,
    pub currency: Option<String>,
    pub hs_chapter: Option<String>,
    /// The currency `price_min` and `price_max` are in (the `currency`
    /// filter, else the reader's currency), when known.
    pub price_currency: Option<String>,
    /// The same bounds in euros at the current rates, when the bounds'
    /// currency has one (see [`PriceMatch`]).
    pub price_min_eur: Option<f64>,
    pub price_max_eur: Option<f64>,
}

impl Filters {
    pub fn is_empty(&self) -> bool {
        *self == Filters::default()
    }

    /// Says that the price bounds are in `currency`, whose euro rate (units
    /// per euro) is `per_eur` when there is one.
    pub fn price_in(&mut self, currency: &str, per_eur: Option<f64>) {
        self.price_currency = Some(currency.to_owned());
        if let Some(rate) = per_eur.filter(|rate| *rate > 0.0) {
            self.price_min_eur = self.price_min.map(|price| price / rate);
            self.price_max_eur = self.price_max.map(|price| price / rate);
        }
    }

    /// How the engines compare prices.
    pub fn price_match(&self) -> PriceMatch {
        let bounds = PriceBounds {
            low: self.price_min,
            high: self.price_max,
        };
        if bounds.low.is_none() && bounds.high.is_none() {
            return PriceMatch::Any;
        }
        let Some(currency) = self.price_currency.clone() else {
            return PriceMatch::AsListed(bounds);
        };
        if self.price_min_eur.is_none() && self.price_max_eur.is_none() {
            return PriceMatch::InCurrency(currency, bounds);
        }
        PriceMatch::Converted {
            currency,
            bounds,
            eur: PriceBounds {
                low: self.price_min_eur,
                high: self.price_max_eur,
            },
        }
    }
}

/// A price range a listing's range must reach into.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PriceBounds {
    pub low: Option<f64>,
    pub high: Option<f64>,
}

/// How a price filter compares listings.
#[derive(Debug, Clone, PartialEq)]
pub enum PriceMatch {
    /// No price filter.
    Any,
    /// No currency known: the figures as listed, whatever their currency.
    AsListed(PriceBounds),
    /// A currency without a rate: only listings priced in it, as listed.
    InCurrency(String, PriceBounds),
    /// Listings with a euro price by it (`price_min_eur`, `price_max_eur`),
    /// and listings in `currency` itself as listed (those whose currency
    /// has no rate are found only so).
    Converted {
        currency: String,
        bounds: PriceBounds,
        eur: PriceBounds,
    },
}

/// A validated search request (see `SearchQuery::from_params`).
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct SearchQuery {
    /// The words as typed, trimmed; empty lists everything.
    pub text: String,
    pub filters: Filters,
    pub sort: SortOrder,
    /// 1-based.
    pub page: usize,
    pub per_page: usize,
    /// The words only: a place name among them ("Banarasi") is not also
    /// read as the listings from that place.
    pub literal: bool,
}

impl Default for SearchQuery {
    fn default() -> Self {
        Self {
            text: String::new(),
            filters: Filters::default(),
            sort: SortOrder::Relevance,
            page: 1,
            per_page: SearchQuery::DEFAULT_PER_PAGE,
            literal: false,
        }
    }
}

impl SearchQuery {
    pub const DEFAULT_PER_PAGE: usize = 24;
    pub const MAX_PER_PAGE: usize = 48;
    pub const MAX_QUERY_CHARS: usize = 200;
    pub const MAX_PAGE: usize = 10_000;

    pub fn text(text: &str) -> Self {
        Self {
            text: text.trim().to_owned(),
            ..Self::default()
        }
    }

    /// What the engines sort by: with no words there is no relevance to rank
    /// by, so the newest come first (both engines would otherwise fall back
    /// to their own internal order).
    pub fn effective_sort(&self) -> SortOrder {
        if self.sort == SortOrder::Relevance && self.text.trim().is_empty() {
            SortOrder::Newest
        } else {
            self.sort
        }
    }

    pub fn offset(&self) -> usize {
        (self.page - 1) * self.per_page
    }
}

/// Counts of each filter's values among the results.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Facets {
    pub state: Vec<FacetCount>,
    pub district: Vec<FacetCount>,
    pub sector: Vec<FacetCount>,
    pub category: Vec<FacetCount>,
    pub currency: Vec<FacetCount>,
    pub hs_chapter: Vec<FacetCount>,
    /// Results that are GI-tagged, from verified producers, export-ready.
    pub gi: usize,
    pub verified: usize,
    pub export_ready: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FacetCount {
    pub value: String,
    pub count: usize,
}

/// A result with its matches marked: HTML, escaped, with `<mark>` around the
/// words that matched.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct SearchHit {
    pub document: ProductDocument,
    pub title_html: String,
    /// A few dozen words of the description around the first match.
    pub snippet_html: String,
    /// `title_html` of each translation: cards show the reader's language.
    #[serde(skip)]
    pub translated_titles_html: Vec<(Language, String)>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchResults {
    pub hits: Vec<SearchHit>,
    /// Every matching listing (up to the configured `maxTotalHits`).
    pub total: usize,
    pub page: usize,
    pub per_page: usize,
    pub total_pages: usize,
    pub facets: Facets,
    /// Time the engine took, in milliseconds.
    pub took_ms: u64,
    /// How the query was read when words in it name a place: the listings
    /// from there come first, then the other listings with the words.
    pub origin: Option<OriginRead>,
}

/// Words of the query read as a place ("Banarasi" → Varanasi).
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct OriginRead {
    /// The words as typed.
    pub words: String,
    /// District slugs.
    pub districts: Vec<String>,
    /// State slugs.
    pub states: Vec<String>,
}

/// A listing whose title holds the words typed so far, for suggestions.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct TitleMatch {
    pub title: String,
    pub slug: String,
}
