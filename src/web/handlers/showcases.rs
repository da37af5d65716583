//! Public showcase pages: `/showcases` (live ones, the latest first), each
//! showcase's page (a preview for its curator and admins until it is live),
//! and the Atom feed. The curator's pages are in `showcase_editor`; the
//! showcases' sitemap is one of `sitemap`'s files.

use actix_web::{HttpResponse, get, web};
use tera::Context;

use crate::showcases::{ShowcaseError, views};
use crate::web::present::showcases::{Feed, ShowcaseListPage, ShowcasePage, showcase_cards};
use crate::web::{AppError, AppState, Viewer};

#[get("/showcases")]
pub async fn list_showcases(state: web::Data<AppState>, viewer: Viewer) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    let live = state.db.read(move |conn| views::live(conn, now)).await?;
    let page = ShowcaseListPage {
        showcases: showcase_cards(&live, now),
        all: false,
    };
    state.templates.page("showcases/index.html", &viewer, &page)
}

/// A live showcase for everyone; a draft, scheduled or ended one only for
/// its curator and admins (as a preview), and a 404 for anyone else.
#[get("/showcases/{slug}")]
pub async fn show_showcase(
    state: web::Data<AppState>,
    viewer: Viewer,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    let user = viewer.user.clone();
    let (page, may_edit) = state
        .db
        .read(move |conn| {
            let page = views::public_page(conn, &slug, user.as_ref(), now)?;
            let may_edit = match &user {
                Some(user) => crate::showcases::service::editable(conn, user, &page.showcase.id).is_ok(),
                None => false,
            };
            Ok::<_, ShowcaseError>((page, may_edit))
        })
        .await?;
    let data = ShowcasePage::new(page, may_edit, &state.settings.base_url, now);
    state.templates.page("showcases/show.html", &viewer, &data)
}

/// Renders an XML document (feed, sitemap) from `template` with `data` as `page`.
pub(super) fn xml(
    state: &AppState,
    template: &str,
    content_type: &str,
    data: &impl serde::Serialize,
) -> Result<HttpResponse, AppError> {
    let mut context = Context::new();
    context.insert("page", data);
    let body = state.templates.render_xml(template, &context)?;
    Ok(HttpResponse::Ok().content_type(content_type).body(body))
}

/// The live showcases as an Atom feed, the latest to go live first.
#[get("/showcases.atom")]
pub async fn showcase_feed(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    let live = state.db.read(move |conn| views::live(conn, now)).await?;
    let feed = Feed::new(&live, &state.settings.base_url, now);
    xml(
        &state,
        "showcases/feed.xml",
        "application/atom+xml; charset=utf-8",
        &feed,
    )
}
