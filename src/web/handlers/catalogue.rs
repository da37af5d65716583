//! Public product and producer pages.

use actix_web::{HttpResponse, get, web};

use crate::accounts::Role;
use crate::catalogue::values::ProductStatus;
use crate::catalogue::{CatalogueError, repo, views};
use crate::enquiries::threads;
use crate::shortlist::{self, service::Saved};
use crate::showcases;
use crate::web::present::links;
use crate::web::present::pages::{ProducerPublicPage, ProductPageFacts, ProductShowPage};
use crate::web::present::shortlist::SaveState;
use crate::web::present::showcases::Curate;
use crate::web::{AppError, AppState, Viewer, cached_page};

/// A published listing for everyone; an unpublished one only for its
/// producer and admins (as a preview), and a 404 for anyone else.
#[get("/products/{slug}")]
pub async fn show_product(
    state: web::Data<AppState>,
    viewer: Viewer,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    cached_page(&state, &viewer, async {
        let viewer_user = viewer.user.clone();
        let page =
            state
                .db
                .read(move |conn| {
                    let product = repo::product_by_slug(conn, &slug)?.ok_or(CatalogueError::NotFound)?;
                    let published = product.status() == ProductStatus::Published;
                    let may_preview = match &viewer_user {
                        Some(user) if user.role() == Role::Admin => true,
                        Some(user) => repo::producer_by_user(conn, &user.id)?
                            .is_some_and(|p| p.id == product.producer_id),
                        None => false,
                    };
                    if !published && !may_preview {
                        return Err(CatalogueError::NotFound.into());
                    }
                    let is_owner = match &viewer_user {
                        Some(user) => repo::producer_by_user(conn, &user.id)?
                            .is_some_and(|p| p.id == product.producer_id),
                        None => false,
                    };
                    let reply_time = threads::typical_reply_time(conn, &product.producer_id)?;
                    let saved = shortlist::saved_by(conn, viewer_user.as_ref(), Saved::Product, &product.id)?;
                    let page = views::product_page(conn, product)?.ok_or(CatalogueError::NotFound)?;
                    Ok::<_, AppError>((page, !published, is_owner, reply_time, saved))
                })
                .await?;
        let (product, preview, is_owner, reply_time, saved) = page;
        let curate = match &viewer.user {
            Some(user) if !preview && showcases::service::may_curate(user) => {
                let (curator, now) = (user.clone(), state.clock.now());
                let open = state
                    .db
                    .read(move |conn| showcases::service::open_showcases_of(conn, &curator, now))
                    .await?;
                Some(Curate::new(&open, links::product(&product.slug)))
            }
            _ => None,
        };
        let data = ProductShowPage::new(
            product,
            ProductPageFacts {
                preview,
                is_owner,
                reply_time,
                save: SaveState::for_viewer(viewer.user.is_some(), saved).filter(|_| !preview),
            },
            &state.settings.base_url,
        )
        .with_curate(curate);
        state.templates.page("products/show.html", &viewer, &data)
    })
    .await
}

#[get("/producers/{slug}")]
pub async fn show_producer(
    state: web::Data<AppState>,
    viewer: Viewer,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let viewer_user = viewer.user.clone();
    let page = state
        .db
        .read(move |conn| {
            let page = views::producer_page(conn, &slug)?.ok_or(CatalogueError::NotFound)?;
            let reply_time = threads::typical_reply_time(conn, &page.producer.id)?;
            let saved = shortlist::saved_by(conn, viewer_user.as_ref(), Saved::Producer, &page.producer.id)?;
            let save = SaveState::for_viewer(viewer_user.is_some(), saved);
            Ok::<_, AppError>(ProducerPublicPage::new(page, reply_time).with_save(save))
        })
        .await?;
    state.templates.page("producers/show.html", &viewer, &page)
}
