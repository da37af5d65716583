//! Public product and producer pages.

use actix_web::{HttpResponse, get, web};
use serde::Serialize;
use serde_json::json;

use crate::accounts::Role;
use crate::catalogue::values::ProductStatus;
use crate::catalogue::{CatalogueError, repo, views};
use crate::enquiries::threads;
use crate::web::{AppError, AppState, Viewer};

/// A published listing for everyone; an unpublished one only for its
/// producer and admins (as a preview), and a 404 for anyone else.
#[get("/products/{slug}")]
pub async fn show_product(
    state: web::Data<AppState>,
    viewer: Viewer,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let viewer_user = viewer.user.clone();
    let page = state
        .db
        .read(move |conn| {
            let product = repo::product_by_slug(conn, &slug)?.ok_or(CatalogueError::NotFound)?;
            let published = product.status() == ProductStatus::Published;
            let may_preview = match &viewer_user {
                Some(user) if user.role() == Role::Admin => true,
                Some(user) => {
                    repo::producer_by_user(conn, &user.id)?.is_some_and(|p| p.id == product.producer_id)
                }
                None => false,
            };
            if !published && !may_preview {
                return Err(CatalogueError::NotFound);
            }
            let is_owner = match &viewer_user {
                Some(user) => {
                    repo::producer_by_user(conn, &user.id)?.is_some_and(|p| p.id == product.producer_id)
                }
                None => false,
            };
            let page = views::product_page(conn, product)?.ok_or(CatalogueError::NotFound)?;
            Ok((page, !published, is_owner))
        })
        .await?;
    let (product, preview, is_owner) = page;
    let url = state
        .settings
        .base_url
        .join(&format!("products/{}", product.slug))
        .map(|u| u.to_string())
        .unwrap_or_default();
    let data = json!({
        "product": product,
        "preview": preview,
        "is_owner": is_owner,
        "canonical_url": url,
        "json_ld": structured_data(&product, &url, &state.settings.base_url),
    });
    state.templates.page("products/show.html", &viewer, &data)
}

/// schema.org Product JSON-LD, escaped so it cannot close its `<script>` element.
/// The absolute address of a photo's widest JPEG variant.
fn jpeg_url(base: &url::Url, hash: &str, width: i32) -> Option<String> {
    let variant = crate::media::widest_variant(u32::try_from(width).unwrap_or(0));
    base.join(&crate::media::url_path(hash, variant, crate::media::Format::Jpeg))
        .ok()
        .map(|u| u.to_string())
}

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
    data.to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

#[get("/producers/{slug}")]
pub async fn show_producer(
    state: web::Data<AppState>,
    viewer: Viewer,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let page = state
        .db
        .read(move |conn| {
            let page = views::producer_page(conn, &slug)?.ok_or(CatalogueError::NotFound)?;
            let reply_time = threads::typical_reply_time(conn, &page.producer.id)?;
            Ok::<_, AppError>(ProducerPublicPage { page, reply_time })
        })
        .await?;
    state.templates.page("producers/show.html", &viewer, &page)
}

#[derive(Serialize)]
struct ProducerPublicPage {
    #[serde(flatten)]
    page: views::ProducerPage,
    /// "within 2 days", once enough enquiries were answered to say.
    reply_time: Option<String>,
}
