//! Product search: the `/search` page, its live-results fragment, the JSON
//! API and the search box's suggestions.

use std::collections::HashMap;

use actix_web::{HttpRequest, HttpResponse, get, web};
use serde::Deserialize;
use tera::Context;
use utoipa::IntoParams;

use crate::accounts::Role;
use crate::currency::display;
use crate::currency::{Currency, PerEur};
use crate::enquiries::threads;
use crate::search::service;
use crate::search::suggest::Suggestion;
use crate::search::{SearchParams, SearchQuery};
use crate::shortlist::repo as shortlist_repo;
use crate::showcases;
use crate::web::currency::Prices;
use crate::web::present::search::{ApiResults, SearchPage};
use crate::web::present::shortlist::ShortlistMarks;
use crate::web::present::showcases::Curate;
use crate::web::{AppError, AppState, Problem, Viewer};

/// The search page of `params`, with the typical reply time of each
/// result's producer (one query for the page's producers).
async fn search_page(
    state: &AppState,
    viewer: &Viewer,
    params: &SearchParams,
) -> Result<SearchPage, AppError> {
    let mut query = SearchQuery::from_params(params)?;
    price_in_readers_currency(&mut query, &viewer.prices);
    let outcome = service::search_products_with_help(&state.place_names, &state.search, &query).await?;
    let slugs: Vec<String> = outcome
        .results
        .hits
        .iter()
        .map(|hit| hit.document.producer_slug.clone())
        .collect();
    let reply_times = if slugs.is_empty() {
        HashMap::new()
    } else {
        state
            .db
            .read(move |conn| threads::typical_reply_times(conn, &slugs))
            .await?
    };
    Ok(SearchPage::new(query, outcome, &reply_times).in_currency(viewer.prices.currency))
}

/// Price bounds are in the currency filter's currency, else in the reader's;
/// with a rate for it they are compared with every listing's euro price.
fn price_in_readers_currency(query: &mut SearchQuery, prices: &Prices) {
    let filters = &mut query.filters;
    if filters.price_min.is_none() && filters.price_max.is_none() {
        return;
    }
    let currency = match &filters.currency {
        Some(code) => Currency::parse(code),
        None => prices.currency,
    };
    if let Some(currency) = currency {
        let rate = prices.rates.as_ref().and_then(|rates| rates.per_eur(currency));
        filters.price_in(currency.as_str(), rate.map(PerEur::as_f64));
    }
}

/// The "Add to showcase" form for an organiser or admin, coming back to the
/// search page with this query.
async fn curate(state: &AppState, viewer: &Viewer, req: &HttpRequest) -> Result<Option<Curate>, AppError> {
    let Some(user) = viewer.user.clone().filter(showcases::service::may_curate) else {
        return Ok(None);
    };
    let now = state.clock.now();
    let open = state
        .db
        .read(move |conn| showcases::service::open_showcases_of(conn, &user, now))
        .await?;
    Ok(Some(Curate::new(
        &open,
        format!("/search?{}", req.query_string()),
    )))
}

/// The "Save" buttons on the results, for a buyer: which are saved
/// already, and this search to come back to.
async fn shortlist(
    state: &AppState,
    viewer: &Viewer,
    req: &HttpRequest,
    page: &SearchPage,
) -> Result<Option<ShortlistMarks>, AppError> {
    let Some(user) = viewer.user.clone().filter(|u| u.role() == Role::Buyer) else {
        return Ok(None);
    };
    let ids = page.card_ids();
    let saved = state
        .db
        .read(move |conn| shortlist_repo::saved_among(conn, &user.id, &ids))
        .await?;
    Ok(Some(ShortlistMarks {
        saved: saved.into_iter().collect(),
        back: format!("/search?{}", req.query_string()),
    }))
}

#[get("/search")]
pub async fn show_search(
    state: web::Data<AppState>,
    viewer: Viewer,
    params: web::Query<SearchParams>,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let page = search_page(&state, &viewer, &params)
        .await?
        .with_curate(curate(&state, &viewer, &req).await?);
    let marks = shortlist(&state, &viewer, &req, &page).await?;
    let page = page.with_shortlist(marks);
    state.templates.page("search/index.html", &viewer, &page)
}

/// The results and filters alone, for search-as-you-type (`static/js/search.js`).
#[get("/search/results")]
pub async fn show_search_results(
    state: web::Data<AppState>,
    viewer: Viewer,
    params: web::Query<SearchParams>,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let curate = curate(&state, &viewer, &req).await?;
    let page = search_page(&state, &viewer, &params).await?;
    // The Save buttons return to the search page, not to this fragment.
    let marks = shortlist(&state, &viewer, &req, &page).await?;
    let page = page.with_curate(curate).with_shortlist(marks);
    let html = crate::i18n::scoped(viewer.locale, || {
        let mut context = Context::new();
        if page.has_forms() {
            // The cards' "Add to showcase" and "Save" forms carry the form token.
            context.insert("csrf_token", &viewer.csrf_token());
        }
        display::scoped(viewer.prices.conversion(), || context.insert("page", &page));
        state.templates.render("search/body.html", &context)
    })?;
    Ok(HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .insert_header(("Cache-Control", "no-store"))
        .body(html))
}

/// Searches published listings, with the same parameters as the search page `/search`.
#[utoipa::path(
    tag = "products",
    params(SearchParams),
    responses(
        (status = 200, description = "A page of results with their facets", body = ApiResults),
        (status = 400, description = "A parameter that cannot be read, named in `detail`", body = Problem),
    ),
)]
#[get("/products/search")]
pub async fn search_products_api(
    state: web::Data<AppState>,
    params: web::Query<SearchParams>,
) -> Result<HttpResponse, AppError> {
    let query = SearchQuery::from_params(&params)?;
    let outcome = service::search_products(&state.place_names, &state.search, &query).await?;
    Ok(HttpResponse::Ok().json(ApiResults::new(&query, outcome)))
}

/// What the search box holds so far.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SuggestParams {
    /// The text typed; fewer than 2 or more than 100 characters get no suggestions.
    q: Option<String>,
}

/// Suggestions for a search box as someone types: districts, states, ODOP
/// products, GI names, glossary words ("hal" → "Haldi (turmeric)") and listing
/// titles that begin with the words, in Latin letters or Devanagari. At most
/// eight, best first; each says what it names and where it leads.
#[utoipa::path(
    tag = "products",
    params(SuggestParams),
    responses(
        (status = 200, description = "The suggestions, best first (an empty list when there are none)", body = Vec<Suggestion>),
        (status = 400, description = "A query string that cannot be read", body = Problem),
    ),
)]
#[get("/suggest")]
pub async fn suggest_api(
    state: web::Data<AppState>,
    params: web::Query<SuggestParams>,
) -> Result<HttpResponse, AppError> {
    let typed = params.q.as_deref().unwrap_or_default();
    let suggestions = state.suggestions.suggest(&state.search, typed).await?;
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "public, max-age=60"))
        .json(&*suggestions))
}
