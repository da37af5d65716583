//! The public directory pages.

use actix_web::{HttpResponse, get, web};
use serde::Deserialize;

use crate::catalogue::views;
use crate::directory::{Sector, repo, service};
use crate::showcases;
use crate::web::present::pages::WithListings;
use crate::web::present::showcases::{Featuring, showcase_cards};
use crate::web::{AppError, AppState, Viewer, cached_page, cached_timed_page};

/// Featured showcases the home page shows at most.
const FEATURED_ON_HOME: i64 = 3;

#[get("/")]
pub async fn show_home(state: web::Data<AppState>, viewer: Viewer) -> Result<HttpResponse, AppError> {
    // Featured showcases come and go with their windows, not only with writes.
    cached_timed_page(&state, &viewer, async {
        let now = state.clock.now();
        let (page, featured) = state
            .db
            .read(move |conn| {
                let overview = service::overview(conn)?;
                let listings = views::newest_published(conn, 8)?;
                let featured = showcases::views::featured(conn, now, FEATURED_ON_HOME)?;
                Ok::<_, AppError>((WithListings::new(overview, listings), featured))
            })
            .await?;
        let page = Featuring {
            page,
            showcases: showcase_cards(&featured, now),
        };
        state.templates.page("directory/home.html", &viewer, &page)
    })
    .await
}

#[get("/states")]
pub async fn list_states(state: web::Data<AppState>, viewer: Viewer) -> Result<HttpResponse, AppError> {
    let states = state.db.read(service::state_summaries).await?;
    state.templates.page(
        "directory/states.html",
        &viewer,
        &serde_json::json!({ "states": states }),
    )
}

#[get("/states/{slug}")]
pub async fn show_state(
    state: web::Data<AppState>,
    viewer: Viewer,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    cached_page(&state, &viewer, async {
        let page = state
            .db
            .read(move |conn| {
                let detail = service::state_detail(conn, &slug)?;
                let listings = views::published_in_state(conn, detail.state.lgd_code, 12)?;
                Ok::<_, AppError>(WithListings::new(detail, listings))
            })
            .await?;
        state.templates.page("directory/state.html", &viewer, &page)
    })
    .await
}

#[get("/districts/{slug}")]
pub async fn show_district(
    state: web::Data<AppState>,
    viewer: Viewer,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    cached_page(&state, &viewer, async {
        let page = state
            .db
            .read(move |conn| {
                let detail = service::district_detail(conn, &slug)?;
                let listings = views::published_in_district(conn, detail.district.lgd_code, 24)?;
                Ok::<_, AppError>(WithListings::new(detail, listings))
            })
            .await?;
        state.templates.page("directory/district.html", &viewer, &page)
    })
    .await
}

#[get("/sectors/{slug}")]
pub async fn show_sector(
    state: web::Data<AppState>,
    viewer: Viewer,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    cached_page(&state, &viewer, async {
        let page = state
            .db
            .read(move |conn| {
                let detail = service::sector_detail(conn, &slug)?;
                let sector = Sector::from_slug(detail.sector.slug).unwrap_or(Sector::Others);
                let listings = views::published_in_sector(conn, sector, 12)?;
                Ok::<_, AppError>(WithListings::new(detail, listings))
            })
            .await?;
        state.templates.page("directory/sector.html", &viewer, &page)
    })
    .await
}

#[derive(Deserialize)]
pub struct GiQuery {
    category: Option<String>,
}

#[get("/gi")]
pub async fn show_gi_register(
    state: web::Data<AppState>,
    viewer: Viewer,
    query: web::Query<GiQuery>,
) -> Result<HttpResponse, AppError> {
    let category = query.into_inner().category.filter(|c| !c.is_empty());
    let register = state
        .db
        .read(move |conn| service::gi_register(conn, category.as_deref()))
        .await?;
    state.templates.page("directory/gi.html", &viewer, &register)
}

#[get("/about/data")]
pub async fn show_data_sources(state: web::Data<AppState>, viewer: Viewer) -> Result<HttpResponse, AppError> {
    let counts = state.db.read(repo::counts).await?;
    state
        .templates
        .page("directory/about_data.html", &viewer, &counts)
}
