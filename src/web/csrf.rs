//! Cross-site request forgery protection for every state-changing request:
//! the request must come from our own origin (when the browser says where
//! it comes from) and carry the session's token — in the `X-CSRF-Token`
//! header (a page's script) or a `csrf_token` form field, which an upload
//! form sends as its first part. Never in the URL, where logs, `Referer`
//! headers and browser history would keep it.
//! Requests authenticated by an API token (`Authorization: Bearer`), and API
//! calls from no one signed in, are exempt: they carry no cookie authority.

use std::pin::Pin;

use actix_multipart::Multipart;
use actix_session::SessionExt;
use actix_web::HttpMessage;
use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::error::PayloadError;
use actix_web::http::header::HeaderMap;
use actix_web::http::{Method, header};
use actix_web::middleware::Next;
use actix_web::web::{self, Bytes, BytesMut};
use futures_util::{Stream, StreamExt, stream};

use super::forms::FORM_LIMIT;
use super::{AppError, AppState, Viewer};
use crate::i18n::Message;

pub const FIELD: &str = "csrf_token";
const HEADER: &str = "x-csrf-token";

pub async fn verify_csrf<B: MessageBody>(
    mut req: ServiceRequest,
    next: Next<B>,
) -> Result<ServiceResponse<EitherBody<B>>, actix_web::Error> {
    if exempt(&req) {
        return next.call(req).await.map(ServiceResponse::map_into_left_body);
    }
    // Refusals are answered here (not raised) so the error pages middleware renders them.
    if !same_origin(&req) {
        tracing::warn!(path = %req.path(), "cross-origin form post refused");
        return Ok(req.error_response(AppError::CsrfRejected).map_into_right_body());
    }
    let expected = req.get_session().get::<String>("csrf").ok().flatten();
    let provided = match provided_token(&mut req).await {
        Ok(token) => token,
        Err(error) => return Ok(req.error_response(error).map_into_right_body()),
    };
    match (expected, provided) {
        (Some(expected), Some(provided)) if constant_time_eq(expected.as_bytes(), provided.as_bytes()) => {
            next.call(req).await.map(ServiceResponse::map_into_left_body)
        }
        _ => Ok(req.error_response(AppError::CsrfRejected).map_into_right_body()),
    }
}

/// Reads, and API requests with no cookie authority a forgery could borrow:
/// those carrying an API token (their session is ignored; see `api_auth`)
/// and calls from no one signed in, which the API answers with "send a
/// token". Pages outside `/api/` always need the form token, whatever
/// headers come with them.
fn exempt(req: &ServiceRequest) -> bool {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return true;
    }
    req.path().starts_with("/api/")
        && (super::api_auth::carries_bearer(req.headers())
            || req
                .extensions()
                .get::<Viewer>()
                .is_none_or(|viewer| viewer.user.is_none()))
}

async fn provided_token(req: &mut ServiceRequest) -> Result<Option<String>, AppError> {
    if let Some(token) = req.headers().get(HEADER).and_then(|v| v.to_str().ok()) {
        return Ok(Some(token.to_owned()));
    }
    let content_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    if content_type.starts_with("multipart/form-data") {
        return token_in_first_part(req).await;
    }
    if !content_type.starts_with("application/x-www-form-urlencoded") {
        return Ok(None);
    }
    let too_large =
        || AppError::BadRequest(Message::new("error-form-too-large").with("kb", FORM_LIMIT / 1024));
    let body = req.extract::<Bytes>().await.map_err(|_| too_large())?;
    if body.len() > FORM_LIMIT {
        return Err(too_large());
    }
    let token = field(&body);
    // Put the body back for the handler.
    req.set_payload(body.into());
    Ok(token)
}

/// Bytes read ahead of an upload to find its first part: room for the
/// boundary, the part's headers and a token many times over.
const FIRST_PART_BYTES: usize = 4096;

/// The token of an upload form, which puts its hidden `csrf_token` field
/// first (browsers send fields in document order). Only the start of the
/// body is read, so a forged upload is refused before its file arrives;
/// what was read is put back in front of the rest for the handler.
async fn token_in_first_part(req: &mut ServiceRequest) -> Result<Option<String>, AppError> {
    let mut rest = req.take_payload();
    let mut head = BytesMut::new();
    while head.len() < FIRST_PART_BYTES {
        match rest.next().await {
            Some(Ok(chunk)) => head.extend_from_slice(&chunk),
            Some(Err(error)) => {
                return Err(AppError::BadRequest(
                    Message::new("error-upload-unreadable").with("error", error.to_string()),
                ));
            }
            None => break,
        }
    }
    let head = head.freeze();
    let token = first_field(req.headers(), head.clone()).await;
    let replayed = stream::once(async move { Ok(head) }).chain(rest);
    let replayed: Pin<Box<dyn Stream<Item = Result<Bytes, PayloadError>>>> = Box::pin(replayed);
    req.set_payload(Payload::from(replayed));
    Ok(token)
}

/// The value of the body's first part when that part is `csrf_token`.
async fn first_field(headers: &HeaderMap, head: Bytes) -> Option<String> {
    let mut parts = Multipart::new(headers, stream::once(async move { Ok::<_, PayloadError>(head) }));
    let mut part = parts.next().await?.ok()?;
    if part.name() != Some(FIELD) {
        return None;
    }
    let mut value = Vec::new();
    while let Some(chunk) = part.next().await {
        value.extend_from_slice(&chunk.ok()?);
        if value.len() > FIRST_PART_BYTES {
            return None;
        }
    }
    String::from_utf8(value).ok()
}

fn field(encoded: &[u8]) -> Option<String> {
    url::form_urlencoded::parse(encoded)
        .find(|(k, _)| k == FIELD)
        .map(|(_, v)| v.into_owned())
}

/// `Origin` (or, failing that, `Referer`) must name this site: the public
/// `BASE_URL` or the host the request was sent to. Requests that carry
/// neither header still need the token.
fn same_origin(req: &ServiceRequest) -> bool {
    let claimed = req
        .headers()
        .get(header::ORIGIN)
        .or_else(|| req.headers().get(header::REFERER))
        .and_then(|v| v.to_str().ok());
    let Some(claimed) = claimed else {
        return true;
    };
    let Ok(claimed) = url::Url::parse(claimed) else {
        return false;
    };
    let claimed = claimed.origin();
    let base_matches = req
        .app_data::<web::Data<AppState>>()
        .is_some_and(|state| state.settings.base_url.origin() == claimed);
    let host = req.connection_info().host().to_owned();
    let host_matches = url::Url::parse(&format!("{}://{host}", req.connection_info().scheme()))
        .is_ok_and(|own| own.origin() == claimed);
    base_matches || host_matches
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
