//! `/admin/products` and `/admin/producers`: the moderation queue and
//! producer verification.

use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde::Deserialize;
use serde_json::json;

use crate::accounts::Role;
use crate::catalogue::values::{Decision, ProductStatus};
use crate::catalogue::{CatalogueError, moderation, profile, repo, views};
use crate::domain::FieldErrors;
use crate::web::present::admin::ProducerRow;
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
        .ok_or_else(|| AppError::BadRequest("Choose approve, request changes or reject.".into()))?;
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
            viewer.notify(&format!(
                "“{}” is now {}.",
                product.title,
                product.status().label().to_lowercase()
            ));
            Ok(redirect("/admin/products"))
        }
        Err(CatalogueError::Invalid(errors)) => render_queue(&state, &viewer, errors, Some(id)).await,
        Err(CatalogueError::NotAllowed(message)) => {
            viewer.notify(&message);
            Ok(redirect("/admin/products"))
        }
        Err(other) => Err(other.into()),
    }
}

#[derive(Deserialize)]
pub struct ProducersQuery {
    #[serde(default)]
    unverified: Option<String>,
}

#[get("/producers")]
pub async fn list_producers(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    query: web::Query<ProducersQuery>,
) -> Result<HttpResponse, AppError> {
    viewer.require_role(&req, Role::Admin)?;
    let unverified = query.unverified.is_some();
    let rows = state
        .db
        .read(move |conn| repo::list_producers(conn, unverified, 500))
        .await?;
    let producers: Vec<ProducerRow> = rows
        .into_iter()
        .map(|(p, email, district)| ProducerRow::new(p, email, district))
        .collect();
    state.templates.page(
        "admin/producers.html",
        &viewer,
        &json!({ "producers": producers, "unverified": unverified }),
    )
}

#[derive(Deserialize)]
pub struct VerifyForm {
    #[serde(default)]
    verified: String,
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
    let producer = state
        .db
        .write(move |conn| profile::set_verified(conn, &admin, &id, verified, now))
        .await?;
    let message = if verified {
        "is verified"
    } else {
        "is no longer marked verified"
    };
    viewer.notify(&format!("{} {message}.", producer.business_name));
    Ok(redirect("/admin/producers"))
}
