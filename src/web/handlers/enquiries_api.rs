//! JSON API, version 1: enquiries, for buyers' sourcing tools (and
//! producers' own). The same services and permissions as the dashboard: a
//! conversation the caller is not part of answers 404.

use actix_web::http::header::LOCATION;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde::Deserialize;
use serde_json::Value;
use utoipa::ToSchema;

use super::accounts::request_context;
use crate::enquiries::EnquiryError;
use crate::enquiries::threads::{self, EnquiryInput, QuoteInput};
use crate::enquiries::views::{self, Inbox, ThreadView};
use crate::i18n::Message;
use crate::web::forms::from_json;
use crate::web::{ApiCaller, AppError, AppState, Problem};

/// The caller's conversations, newest activity first.
#[utoipa::path(
    tag = "enquiries",
    security(("bearer" = [])),
    responses((status = 200, description = "The caller's inbox (empty for roles that have no conversations)", body = Inbox)),
)]
#[get("/enquiries")]
pub async fn list_enquiries(state: web::Data<AppState>, caller: ApiCaller) -> Result<HttpResponse, AppError> {
    let user = caller.user;
    let inbox = state.db.read(move |conn| views::inbox(conn, &user)).await?;
    Ok(HttpResponse::Ok().json(inbox))
}

/// An enquiry: the listing form's fields plus `product`, the product's slug.
#[derive(Deserialize, ToSchema)]
struct NewEnquiry {
    #[serde(default)]
    product: String,
    #[serde(flatten)]
    input: EnquiryInput,
}

/// A buyer's enquiry about a published product; answers with the new conversation.
#[utoipa::path(
    tag = "enquiries",
    security(("bearer" = [])),
    request_body = NewEnquiry,
    responses(
        (status = 201, description = "The conversation started, at the `Location` header's URL", body = ThreadView),
        (status = 400, description = "The body is not a JSON object of the fields", body = Problem),
        (status = 403, description = "The buyer's e-mail address is not confirmed yet", body = Problem),
        (status = 404, description = "No published product has this slug", body = Problem),
        (status = 409, description = "The caller is not a buyer, or may not write to this producer", body = Problem),
        (status = 422, description = "Fields to correct, in `errors`", body = Problem),
        (status = 429, description = "Too many enquiries; wait the seconds in `Retry-After`", body = Problem),
    ),
)]
#[post("/enquiries")]
pub async fn create_enquiry(
    req: HttpRequest,
    state: web::Data<AppState>,
    caller: ApiCaller,
    body: web::Json<Value>,
) -> Result<HttpResponse, AppError> {
    let NewEnquiry { product, input } = from_json(
        body.into_inner(),
        r#"{"product": "banarasi-silk-saree", "quantity": 500, "unit": "pieces", "incoterm": "FOB", "destination_country": "NL", "message": "…"}"#,
    )?;
    if product.trim().is_empty() {
        return Err(AppError::from(EnquiryError::field(
            "product",
            Message::new("enquiry-api-product-slug"),
        )));
    }
    let user = caller.user;
    let ctx = request_context(&req, &state);
    let today = ctx.now.date();
    let reader = user.clone();
    let thread = state
        .db
        .write_answering(
            move |conn| threads::send_enquiry(conn, &user, product.trim(), &input, &ctx),
            move |conn, enquiry| views::thread(conn, &reader, &enquiry.id, today),
        )
        .await?;
    Ok(HttpResponse::Created()
        .insert_header((LOCATION, format!("/api/v1/enquiries/{}", thread.id)))
        .json(thread))
}

/// A conversation the caller takes part in, with its messages and quotes.
#[utoipa::path(
    tag = "enquiries",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The conversation's id")),
    responses(
        (status = 200, description = "The conversation", body = ThreadView),
        (status = 404, description = "No such conversation, or not the caller's", body = Problem),
    ),
)]
#[get("/enquiries/{id}")]
pub async fn show_enquiry(
    state: web::Data<AppState>,
    caller: ApiCaller,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let user = caller.user;
    let today = state.clock.today();
    let thread = state
        .db
        .read(move |conn| views::thread(conn, &user, &id, today))
        .await?;
    Ok(HttpResponse::Ok().json(thread))
}

/// Marks the conversation read for the caller (reading it does not).
#[utoipa::path(
    tag = "enquiries",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The conversation's id")),
    responses(
        (status = 204, description = "Marked read"),
        (status = 404, description = "No such conversation, or not the caller's", body = Problem),
    ),
)]
#[post("/enquiries/{id}/read")]
pub async fn mark_enquiry_read(
    state: web::Data<AppState>,
    caller: ApiCaller,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let user = caller.user;
    state
        .db
        .write(move |conn| threads::mark_read(conn, &user, &id))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Deserialize, Default, ToSchema)]
#[serde(default)]
struct Reply {
    message: String,
}

/// A message in the conversation; answers with the conversation.
#[utoipa::path(
    tag = "enquiries",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The conversation's id")),
    request_body = Reply,
    responses(
        (status = 201, description = "The conversation with the message", body = ThreadView),
        (status = 400, description = "The body is not a JSON object of the fields", body = Problem),
        (status = 404, description = "No such conversation, or not the caller's", body = Problem),
        (status = 409, description = "The conversation is closed, or changed meanwhile", body = Problem),
        (status = 422, description = "Fields to correct, in `errors`", body = Problem),
        (status = 429, description = "Too many messages; wait the seconds in `Retry-After`", body = Problem),
    ),
)]
#[post("/enquiries/{id}/messages")]
pub async fn reply_to_enquiry(
    req: HttpRequest,
    state: web::Data<AppState>,
    caller: ApiCaller,
    id: web::Path<String>,
    body: web::Json<Value>,
) -> Result<HttpResponse, AppError> {
    let Reply { message } = from_json(body.into_inner(), r#"{"message": "…"}"#)?;
    let user = caller.user;
    let ctx = request_context(&req, &state);
    let today = ctx.now.date();
    let (reader, thread_id) = (user.clone(), id.clone());
    let thread = state
        .db
        .write_answering(
            move |conn| threads::reply(conn, &user, &id, &message, &ctx),
            move |conn, _| views::thread(conn, &reader, &thread_id, today),
        )
        .await?;
    Ok(HttpResponse::Created().json(thread))
}

/// A producer's quote; answers with the conversation.
#[utoipa::path(
    tag = "enquiries",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The conversation's id")),
    request_body = QuoteInput,
    responses(
        (status = 201, description = "The conversation with the quote", body = ThreadView),
        (status = 400, description = "The body is not a JSON object of the fields", body = Problem),
        (status = 404, description = "No such conversation, or not the caller's", body = Problem),
        (status = 409, description = "Only the producer quotes, on an open conversation", body = Problem),
        (status = 422, description = "Fields to correct, in `errors`", body = Problem),
        (status = 429, description = "Too many quotes; wait the seconds in `Retry-After`", body = Problem),
    ),
)]
#[post("/enquiries/{id}/quotes")]
pub async fn quote_on_enquiry(
    req: HttpRequest,
    state: web::Data<AppState>,
    caller: ApiCaller,
    id: web::Path<String>,
    body: web::Json<Value>,
) -> Result<HttpResponse, AppError> {
    let input: QuoteInput = from_json(
        body.into_inner(),
        r#"{"unit_price": "11.80", "currency": "USD", "moq": 200, "moq_unit": "pieces", "lead_time_days": 45, "incoterm": "FOB", "valid_until": "2027-01-31"}"#,
    )?;
    let user = caller.user;
    let ctx = request_context(&req, &state);
    let today = ctx.now.date();
    let (reader, thread_id) = (user.clone(), id.clone());
    let thread = state
        .db
        .write_answering(
            move |conn| threads::send_quote(conn, &user, &id, &input, &ctx),
            move |conn, _| views::thread(conn, &reader, &thread_id, today),
        )
        .await?;
    Ok(HttpResponse::Created().json(thread))
}
