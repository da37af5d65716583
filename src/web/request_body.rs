//! A request body that stops arriving is given up on: each part of it must
//! come within `BODY_TIMEOUT_SECS` of the one before, so a client that opens
//! a request and then trickles (or never sends) its body cannot hold the
//! connection and the handler waiting on it. A slow but moving upload from a
//! phone on mobile data is unaffected.

use std::io;
use std::pin::Pin;

use actix_web::body::MessageBody;
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::error::PayloadError;
use actix_web::middleware::Next;
use actix_web::web::Bytes;
use actix_web::{Error, HttpMessage, web};
use futures_util::{Stream, StreamExt};

use super::AppState;

pub async fn limit_body_pauses(
    mut req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let Some(pause) = req
        .app_data::<web::Data<AppState>>()
        .map(|state| state.settings.body_timeout)
    else {
        return next.call(req).await;
    };
    let body = req.take_payload();
    let watched = futures_util::stream::unfold(Some(body), move |body| async move {
        let mut body = body?;
        match tokio::time::timeout(pause, body.next()).await {
            Ok(Some(part)) => Some((part, Some(body))),
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
    next.call(req).await
}
