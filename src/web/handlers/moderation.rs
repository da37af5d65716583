//! `/admin/products` and `/admin/producers`: the moderation queue, the
//! producers (searched, filtered, a page at a time), what a verification
//! looks at, and the verification.

use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::choices::Place;
use crate::accounts::Role;
use crate::catalogue::values::{Decision, ProductStatus};
use crate::catalogue::verification::{self, ProducerSearch};
use crate::catalogue::{CatalogueError, moderation, repo, views};
use crate::db::DbError;
use crate::directory::repo as directory_repo;
use crate::domain::FieldErrors;
use crate::domain::LocalPath;
use crate::i18n::{self, Message};
use crate::web::present::admin::{ProducerReviewPage, ProducerRow};
use crate::web::present::pagination::{Pagination, numbered};
use crate::web::render::form_status;
use crate::web::{AppError, AppState, Viewer, redirect};

async fn render_queue(
    state: &AppState,
    viewer: &Viewer,
    errors: FieldErrors,
    failed_id: Option<String>,
) -> Result<HttpResponse, AppError> {
    let queue = state
        .db
        .read(|conn| {
            let waiting = repo::products_in_status(conn, ProductStatus::Submitted, 200)?;
            let mut items = Vec::with_capacity(waiting.len());
            for (product, _) in waiting {
                let page = views::product_page(conn, product)?.ok_or(CatalogueError::NotFound)?;
                items.push(page);
            }
            Ok::<_, CatalogueError>(items)
        })
        .await?;
    let status = form_status(&errors);
    let page = json!({ "queue": queue, "errors": errors, "failed_id": failed_id });
    state
        .templates
        .page_with_status(status, "admin/products.html", viewer, &page)
}

#[get("/products")]
pub async fn show_queue(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
) -> Result<HttpResponse, AppError> {
    viewer.require_role(&req, Role::Admin)?;
    render_queue(&state, &viewer, FieldErrors::new(), None).await
}

#[derive(Deserialize)]
/// A moderator's decision with an optional note (products and buy requests).
pub struct DecisionForm {
    #[serde(default)]
    pub decision: String,
    #[serde(default)]
    pub note: String,
}

#[post("/products/{id}/decision")]
pub async fn decide(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    id: web::Path<String>,
    form: web::Form<DecisionForm>,
) -> Result<HttpResponse, AppError> {
    let admin = viewer.require_role(&req, Role::Admin)?.clone();
    let decision = Decision::parse(&form.decision)
        .ok_or_else(|| AppError::BadRequest(Message::new("admin-choose-product-decision")))?;
    let (id, note) = (id.into_inner(), form.into_inner().note);
    let key = id.clone();
    let base_url = state.settings.base_url.clone();
    let now = state.clock.now();
    match state
        .db
        .write(move |conn| moderation::decide(conn, &admin, &key, decision, &note, &base_url, now))
        .await
    {
        Ok(product) => {
            viewer.notice(
                Message::new("admin-notice-decided")
                    .with("title", product.title.as_str())
                    .with("status", product.status().as_str()),
            );
            Ok(redirect("/admin/products"))
        }
        Err(CatalogueError::Invalid(errors)) => render_queue(&state, &viewer, errors, Some(id)).await,
        Err(CatalogueError::NotAllowed(message)) => {
            viewer.notice(message);
            Ok(redirect("/admin/products"))
        }
        Err(other) => Err(other.into()),
    }
}

/// Producers on one page of the administrators' list.
const PRODUCERS_PER_PAGE: usize = 50;

/// `/admin/producers?q=…&unverified=1&state=9&district=187&page=2`. Lists
/// send codes; a value that is not one shows everyone, as if left empty.
#[derive(Deserialize)]
pub struct ProducersQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    unverified: Option<String>,
    #[serde(default)]
    state: String,
    #[serde(default)]
    district: String,
    #[serde(default)]
    page: Option<usize>,
}

impl ProducersQuery {
    fn search(&self) -> ProducerSearch {
        ProducerSearch {
            text: self.q.trim().to_owned(),
            unverified_only: self.unverified.is_some(),
            state: self.state.parse().ok(),
            // A district is chosen within the state shown.
            district: self.state.parse::<i32>().ok().and(self.district.parse().ok()),
        }
    }
}

/// The producers list: the search, its filters and one page of what matches.
#[derive(Serialize)]
struct ProducerListPage {
    producers: Vec<ProducerRow>,
    total: i64,
    /// "51–100": the rows this page shows.
    first: usize,
    last: usize,
    q: String,
    unverified: bool,
    state: Option<i32>,
    district: Option<i32>,
    states: Vec<Place>,
    /// The chosen state's districts (a district is picked within a state).
    districts: Vec<Place>,
    pagination: Option<Pagination>,
    /// Where a verification made on this page comes back to.
    here: String,
    first_page: String,
}

/// This list's address with `page`, keeping the search and filters.
fn producers_href(search: &ProducerSearch, page: usize) -> String {
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    if !search.text.is_empty() {
        query.append_pair("q", &search.text);
    }
    if search.unverified_only {
        query.append_pair("unverified", "1");
    }
    if let Some(state) = search.state {
        query.append_pair("state", &state.to_string());
    }
    if let Some(district) = search.district {
        query.append_pair("district", &district.to_string());
    }
    if page > 1 {
        query.append_pair("page", &page.to_string());
    }
    let query = query.finish();
    if query.is_empty() {
        "/admin/producers".to_owned()
    } else {
        format!("/admin/producers?{query}")
    }
}

#[get("/producers")]
pub async fn list_producers(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    query: web::Query<ProducersQuery>,
) -> Result<HttpResponse, AppError> {
    viewer.require_role(&req, Role::Admin)?;
    let search = query.search();
    let page = query.page.unwrap_or(1).max(1);
    let offset = (page - 1) * PRODUCERS_PER_PAGE;
    let to_sql = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
    let (found, states, districts) = state
        .db
        .read({
            let search = search.clone();
            move |conn| {
                let found = verification::find_producers(
                    conn,
                    &search,
                    (to_sql(offset), to_sql(PRODUCERS_PER_PAGE)),
                )?;
                let states = directory_repo::all_states(conn)?;
                let districts = match search.state {
                    Some(code) => directory_repo::districts_of_state(conn, code)?,
                    None => Vec::new(),
                };
                Ok::<_, DbError>((found, states, districts))
            }
        })
        .await?;
    let total = usize::try_from(found.total).unwrap_or(0);
    let pages = total.div_ceil(PRODUCERS_PER_PAGE);
    // The rows word their dates when built.
    let producers: Vec<ProducerRow> = i18n::scoped(viewer.locale, || {
        found
            .producers
            .into_iter()
            .map(|(p, email, district)| ProducerRow::new(p, email, district))
            .collect()
    });
    let page_data = ProducerListPage {
        first: offset + 1,
        last: offset + producers.len(),
        producers,
        total: found.total,
        q: search.text.clone(),
        unverified: search.unverified_only,
        state: search.state,
        district: search.district,
        states: states
            .into_iter()
            .map(|s| Place {
                code: s.lgd_code,
                name: s.name,
            })
            .collect(),
        districts: districts
            .into_iter()
            .map(|d| Place {
                code: d.lgd_code,
                name: d.name,
            })
            .collect(),
        pagination: numbered(page, pages, |n| producers_href(&search, n)),
        here: producers_href(&search, page),
        first_page: producers_href(&search, 1),
    };
    state.templates.page("admin/producers.html", &viewer, &page_data)
}

/// What an administrator checks before verifying a producer: the address,
/// every photo, the registrations with links to the official registers.
#[get("/producers/{id}")]
pub async fn show_producer(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    viewer.require_role(&req, Role::Admin)?;
    // The review and its page word their dates when built, in the reader's language.
    let locale = viewer.locale;
    let review = state
        .db
        .read(move |conn| i18n::scoped(locale, || verification::producer_review(conn, &id)))
        .await?;
    let page = i18n::scoped(locale, || ProducerReviewPage::new(review));
    state.templates.page("admin/producer.html", &viewer, &page)
}

#[derive(Deserialize)]
pub struct VerifyForm {
    #[serde(default)]
    verified: String,
    /// The admin page the form was on, to come back to.
    #[serde(default)]
    back: String,
}

#[post("/producers/{id}/verification")]
pub async fn set_verification(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    id: web::Path<String>,
    form: web::Form<VerifyForm>,
) -> Result<HttpResponse, AppError> {
    let admin = viewer.require_role(&req, Role::Admin)?.clone();
    let verified = form.verified == "true";
    let now = state.clock.now();
    let id = id.into_inner();
    let base_url = state.settings.base_url.clone();
    let producer = state
        .db
        .write(move |conn| verification::set_verified(conn, &admin, &id, verified, &base_url, now))
        .await?;
    let notice = if verified {
        Message::new("admin-notice-verified")
    } else {
        Message::new("admin-notice-unverified")
    };
    viewer.notice(notice.with("name", producer.business_name));
    let back = LocalPath::parse(&state.settings.base_url, &form.back)
        .filter(|path| path.as_str().starts_with("/admin/producers"))
        .map_or_else(|| "/admin/producers".to_owned(), |path| path.as_str().to_owned());
    Ok(redirect(&back))
}
