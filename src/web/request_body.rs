//! Every request body is watched as it arrives, before any handler or the
//! form-token check reads it:
//!
//! - **Size.** No body may pass [`MAX_BODY_BYTES`], counting every byte on
//!   the wire: a multipart upload's boundaries and part headers as well as
//!   its contents, so thousands of empty parts with long headers cost as much
//!   as a file of that size. A declared `Content-Length` over the cap is
//!   refused before anything is read.
//! - **Pauses.** Each part must come within `BODY_TIMEOUT_SECS` of the one
//!   before, so a client that opens a request and then trickles (or never
//!   sends) its body cannot hold the connection and the handler waiting on
//!   it. A slow but moving upload from a phone on mobile data is unaffected.

use std::io;
use std::pin::Pin;

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::error::PayloadError;
use actix_web::http::header::CONTENT_LENGTH;
use actix_web::middleware::Next;
use actix_web::web::Bytes;
use actix_web::{Error, HttpMessage, web};
use futures_util::{Stream, StreamExt};

use super::{AppError, AppState};
use crate::i18n::Message;
use crate::media::{MAX_UPLOAD_BYTES, MAX_UPLOAD_MB};

/// The largest body of any request: an image upload of the media area's
/// largest size with the rest of its form and multipart's framing.
pub const MAX_BODY_BYTES: usize = MAX_UPLOAD_BYTES + 128 * 1024;

pub async fn guard_request_body<B: MessageBody>(
    mut req: ServiceRequest,
    next: Next<B>,
) -> Result<ServiceResponse<EitherBody<B>>, Error> {
    let declared = req
        .headers()
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|length| length > MAX_BODY_BYTES as u64) {
        return Ok(req.error_response(too_large()).map_into_right_body());
    }
    let Some(pause) = req
        .app_data::<web::Data<AppState>>()
        .map(|state| state.settings.body_timeout)
    else {
        return next.call(req).await.map(ServiceResponse::map_into_left_body);
    };
    let body = req.take_payload();
    let watched = futures_util::stream::unfold(Some((body, 0usize)), move |state| async move {
        let (mut body, read) = state?;
        match tokio::time::timeout(pause, body.next()).await {
            Ok(Some(Ok(chunk))) if read + chunk.len() > MAX_BODY_BYTES => {
                Some((Err(PayloadError::Overflow), None))
            }
            Ok(Some(Ok(chunk))) => {
                let read = read + chunk.len();
                Some((Ok(chunk), Some((body, read))))
            }
            Ok(Some(Err(error))) => Some((Err(error), None)),
            Ok(None) => None,
            Err(_) => Some((
                Err(PayloadError::Io(io::Error::new(
                    io::ErrorKind::TimedOut,
                    "the request body stopped arriving",
                ))),
                None,
            )),
        }
    });
    // Fused: readers such as the multipart parser poll again after the end.
    let watched: Pin<Box<dyn Stream<Item = Result<Bytes, PayloadError>>>> = Box::pin(watched.fuse());
    req.set_payload(Payload::from(watched));
    next.call(req).await.map(ServiceResponse::map_into_left_body)
}

fn too_large() -> AppError {
    AppError::PayloadTooLarge(Message::new("error-request-too-large").with("mb", MAX_UPLOAD_MB))
}
