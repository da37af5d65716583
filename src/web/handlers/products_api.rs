//! JSON API, version 1: products. `GET /products/{slug}` is public (published
//! listings only); `/me/products` are the calling producer's own listings,
//! for their own tools, under the dashboard's rules: the same checks, and
//! another producer's listing answers 404.

use actix_web::http::header::LOCATION;
use actix_web::{HttpResponse, delete, get, post, put, web};
use serde::Serialize;
use serde_json::Value;
use utoipa::ToSchema;

use crate::accounts::{Role, User};
use crate::catalogue::api_views::{self, ListingJson};
use crate::catalogue::listings::{self, ListingInput};
use crate::catalogue::model::Product;
use crate::catalogue::translations::{self, TranslationInput};
use crate::catalogue::{CatalogueError, repo};
use crate::db::DbConnection;
use crate::i18n::{Language, Message};
use crate::web::forms::from_json;
use crate::web::{ApiCaller, AppError, AppState, Problem};

/// Largest JSON body the API reads.
const JSON_LIMIT: usize = 64 * 1024;

/// How the API reads JSON bodies: a bounded size, and a refusal that says what to send.
pub fn json_config() -> web::JsonConfig {
    web::JsonConfig::default()
        .limit(JSON_LIMIT)
        .error_handler(|error, _| {
            AppError::BadRequest(
                Message::new("error-json-body-unreadable")
                    .with("kb", JSON_LIMIT / 1024)
                    .with("error", error.to_string()),
            )
            .into()
        })
}

/// The listing fields of a JSON object, named as in the listing form.
fn listing_input(body: Value) -> Result<ListingInput, AppError> {
    from_json(body, r#"{"title": "Banarasi silk saree", …}"#)
}

fn producer(caller: &ApiCaller) -> Result<User, AppError> {
    caller.require_role(Role::Producer).cloned()
}

/// Makes a change to a listing and reads the listing back, in one transaction.
async fn change(
    state: &AppState,
    f: impl FnOnce(&mut DbConnection) -> Result<Product, CatalogueError> + Send + 'static,
) -> Result<ListingJson, AppError> {
    Ok(state
        .db
        .write(move |conn| {
            let product = f(conn)?;
            Ok::<_, CatalogueError>(api_views::listing(conn, product)?)
        })
        .await?)
}

/// A published listing.
#[utoipa::path(
    tag = "products",
    params(("slug" = String, Path, description = "The listing's slug, as in /products/{slug}")),
    responses(
        (status = 200, description = "The listing", body = ListingJson),
        (status = 404, description = "No published listing has this slug", body = Problem),
    ),
)]
#[get("/products/{slug}")]
pub async fn show_product(
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let listing = state
        .db
        .read(move |conn| match repo::published_product_by_slug(conn, &slug)? {
            Some(product) => Ok(api_views::listing(conn, product)?),
            None => Err(CatalogueError::NotFound),
        })
        .await?;
    Ok(HttpResponse::Ok().json(listing))
}

#[derive(Serialize, ToSchema)]
struct ListingList {
    products: Vec<ListingJson>,
}

/// The calling producer's listings, in every status.
#[utoipa::path(
    tag = "my products",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The listings", body = ListingList),
        (status = 403, description = "The caller is not a producer", body = Problem),
        (status = 409, description = "The producer has no profile yet", body = Problem),
    ),
)]
#[get("/me/products")]
pub async fn list_my_products(
    state: web::Data<AppState>,
    caller: ApiCaller,
) -> Result<HttpResponse, AppError> {
    let user = producer(&caller)?;
    let listings = state
        .db
        .read(move |conn| {
            let producer = listings::producer_of(conn, &user)?;
            let products = repo::products_of_producer(conn, &producer.id)?;
            Ok::<_, CatalogueError>(api_views::listings_of(conn, &producer, products)?)
        })
        .await?;
    Ok(HttpResponse::Ok().json(ListingList { products: listings }))
}

/// Creates a draft from the listing form's fields.
#[utoipa::path(
    tag = "my products",
    security(("bearer" = [])),
    request_body = ListingInput,
    responses(
        (status = 201, description = "The draft, at the `Location` header's URL", body = ListingJson),
        (status = 400, description = "The body is not a JSON object of the fields", body = Problem),
        (status = 403, description = "The caller is not a producer", body = Problem),
        (status = 409, description = "The producer has no profile yet", body = Problem),
        (status = 422, description = "Fields to correct, in `errors`", body = Problem),
    ),
)]
#[post("/me/products")]
pub async fn create_my_product(
    state: web::Data<AppState>,
    caller: ApiCaller,
    body: web::Json<Value>,
) -> Result<HttpResponse, AppError> {
    let user = producer(&caller)?;
    let input = listing_input(body.into_inner())?;
    let now = state.clock.now();
    let listing = change(&state, move |conn| {
        listings::create_listing(conn, &user, &input, now)
    })
    .await?;
    Ok(HttpResponse::Created()
        .insert_header((LOCATION, format!("/api/v1/me/products/{}", listing.id)))
        .json(listing))
}

/// One of the calling producer's listings.
#[utoipa::path(
    tag = "my products",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The listing's id")),
    responses(
        (status = 200, description = "The listing", body = ListingJson),
        (status = 403, description = "The caller is not a producer", body = Problem),
        (status = 404, description = "The caller has no listing with this id", body = Problem),
        (status = 409, description = "The producer has no profile yet", body = Problem),
    ),
)]
#[get("/me/products/{id}")]
pub async fn show_my_product(
    state: web::Data<AppState>,
    caller: ApiCaller,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let user = producer(&caller)?;
    let listing = state
        .db
        .read(move |conn| {
            let (_, product) = listings::owned_product(conn, &user, &id)?;
            Ok::<_, CatalogueError>(api_views::listing(conn, product)?)
        })
        .await?;
    Ok(HttpResponse::Ok().json(listing))
}

/// Replaces every field of the listing (a field left out is empty).
#[utoipa::path(
    tag = "my products",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The listing's id")),
    request_body = ListingInput,
    responses(
        (status = 200, description = "The listing as changed", body = ListingJson),
        (status = 400, description = "The body is not a JSON object of the fields", body = Problem),
        (status = 403, description = "The caller is not a producer", body = Problem),
        (status = 404, description = "The caller has no listing with this id", body = Problem),
        (status = 409, description = "The listing's status does not allow the change, or it changed meanwhile", body = Problem),
        (status = 422, description = "Fields to correct, in `errors`", body = Problem),
    ),
)]
#[put("/me/products/{id}")]
pub async fn update_my_product(
    state: web::Data<AppState>,
    caller: ApiCaller,
    id: web::Path<String>,
    body: web::Json<Value>,
) -> Result<HttpResponse, AppError> {
    let user = producer(&caller)?;
    let input = listing_input(body.into_inner())?;
    let now = state.clock.now();
    let listing = change(&state, move |conn| {
        listings::update_listing(conn, &user, &id, &input, now)
    })
    .await?;
    Ok(HttpResponse::Ok().json(listing))
}

/// The title and description of a translation, as a JSON object.
#[derive(serde::Deserialize, ToSchema)]
struct TranslationBody {
    #[serde(default)]
    title: String,
    #[serde(default)]
    description: String,
}

/// Adds or replaces the listing's title and description in `language`
/// (not its own). A published listing goes back to review, as after an edit.
#[utoipa::path(
    tag = "my products",
    security(("bearer" = [])),
    params(
        ("id" = String, Path, description = "The listing's id"),
        ("language" = Language, Path, description = "The translation's language; not the listing's own"),
    ),
    request_body = TranslationBody,
    responses(
        (status = 200, description = "The listing with the translation", body = ListingJson),
        (status = 400, description = "The body is not a JSON object of the fields", body = Problem),
        (status = 403, description = "The caller is not a producer", body = Problem),
        (status = 404, description = "The caller has no listing with this id", body = Problem),
        (status = 409, description = "The listing's status does not allow the change", body = Problem),
        (status = 422, description = "Fields to correct, in `errors` (`translation_language`, `translation_title`, `translation_description`)", body = Problem),
    ),
)]
#[put("/me/products/{id}/translations/{language}")]
pub async fn put_my_translation(
    state: web::Data<AppState>,
    caller: ApiCaller,
    path: web::Path<(String, String)>,
    body: web::Json<Value>,
) -> Result<HttpResponse, AppError> {
    let user = producer(&caller)?;
    let (id, language) = path.into_inner();
    let body: TranslationBody = from_json(
        body.into_inner(),
        r#"{"title": "बनारसी रेशमी साड़ी", "description": "…"}"#,
    )?;
    let input = TranslationInput {
        language,
        title: body.title,
        description: body.description,
    };
    let now = state.clock.now();
    let listing = change(&state, move |conn| {
        translations::save_listing_translation(conn, &user, &id, &input, now)
    })
    .await?;
    Ok(HttpResponse::Ok().json(listing))
}

/// Removes the listing's translation into `language`.
#[utoipa::path(
    tag = "my products",
    security(("bearer" = [])),
    params(
        ("id" = String, Path, description = "The listing's id"),
        ("language" = Language, Path, description = "The translation's language"),
    ),
    responses(
        (status = 200, description = "The listing without the translation", body = ListingJson),
        (status = 403, description = "The caller is not a producer", body = Problem),
        (status = 404, description = "The caller has no listing with this id", body = Problem),
        (status = 409, description = "The listing's status does not allow the change", body = Problem),
    ),
)]
#[delete("/me/products/{id}/translations/{language}")]
pub async fn delete_my_translation(
    state: web::Data<AppState>,
    caller: ApiCaller,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let user = producer(&caller)?;
    let (id, language) = path.into_inner();
    let now = state.clock.now();
    let listing = change(&state, move |conn| {
        translations::remove_listing_translation(conn, &user, &id, &language, now)
    })
    .await?;
    Ok(HttpResponse::Ok().json(listing))
}

/// Deletes a listing that was never published.
#[utoipa::path(
    tag = "my products",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The listing's id")),
    responses(
        (status = 204, description = "Deleted, with its photos"),
        (status = 403, description = "The caller is not a producer", body = Problem),
        (status = 404, description = "The caller has no listing with this id", body = Problem),
        (status = 409, description = "The listing has been published: it is archived, not deleted", body = Problem),
    ),
)]
#[delete("/me/products/{id}")]
pub async fn delete_my_product(
    state: web::Data<AppState>,
    caller: ApiCaller,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let user = producer(&caller)?;
    let orphaned = state
        .db
        .write(move |conn| listings::delete_listing(conn, &user, &id))
        .await?;
    for hash in orphaned {
        state.media.delete(&hash).await;
    }
    Ok(HttpResponse::NoContent().finish())
}

/// Sends the listing for review (it needs a photo and a confirmed e-mail address).
#[utoipa::path(
    tag = "my products",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The listing's id")),
    responses(
        (status = 200, description = "The listing, submitted", body = ListingJson),
        (status = 403, description = "The caller is not a producer", body = Problem),
        (status = 404, description = "The caller has no listing with this id", body = Problem),
        (status = 409, description = "The listing lacks a photo, the address is not confirmed, or its status does not allow it", body = Problem),
    ),
)]
#[post("/me/products/{id}/submit")]
pub async fn submit_my_product(
    state: web::Data<AppState>,
    caller: ApiCaller,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let user = producer(&caller)?;
    let now = state.clock.now();
    let listing = change(&state, move |conn| {
        listings::submit_listing(conn, &user, &id, now)
    })
    .await?;
    Ok(HttpResponse::Ok().json(listing))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn json_values_become_the_forms_text() {
        let input = listing_input(json!({
            "title": "Saree",
            "moq": 10,
            "price_min": 8500.5,
            "export_ready": true,
            "samples_available": false,
            "hs_code": null,
            "photos": [{ "id": "x" }],
            "status": "published",
        }))
        .unwrap();
        assert_eq!(input.title, "Saree");
        assert_eq!(input.moq, "10");
        assert_eq!(input.price_min, "8500.5");
        assert_eq!(input.export_ready, "yes");
        assert_eq!(input.samples_available, "");
        assert_eq!(input.hs_code, "");
        assert!(listing_input(json!(["title"])).is_err());
    }
}
