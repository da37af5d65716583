//! Defences every request gets: security headers, and a deadline for
//! receiving the request body.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::error::PayloadError;
use actix_web::middleware::{DefaultHeaders, Next};
use actix_web::{HttpMessage, HttpResponse, web};
use futures_util::StreamExt;

use super::AppState;
use crate::settings::Settings;

/// Headers every response carries. The policy allows no inline script and
/// nothing from other origins: the site works offline and needs neither.
/// Over https, browsers are told to use nothing else for a year.
pub fn security_headers(settings: &Settings) -> DefaultHeaders {
    let headers = DefaultHeaders::new()
        .add((
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; \
             font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; \
             form-action 'self'; frame-ancestors 'none'",
        ))
        .add(("X-Content-Type-Options", "nosniff"))
        .add(("Referrer-Policy", "strict-origin-when-cross-origin"))
        .add(("X-Frame-Options", "DENY"))
        .add(("Cross-Origin-Opener-Policy", "same-origin"))
        .add((
            "Permissions-Policy",
            "camera=(), microphone=(), geolocation=(), payment=()",
        ));
    if settings.base_url.scheme() == "https" {
        headers.add(("Strict-Transport-Security", "max-age=31536000"))
    } else {
        headers
    }
}

/// Bounds how long a client may take to send its request body
/// (`BODY_TIMEOUT_SECS`), so a body trickled a byte at a time cannot hold a
/// request open. actix-web bounds only the request head
/// (`client_request_timeout`); this bounds the rest. A late body ends the
/// stream with an error, and the answer is `408 Request Timeout`.
pub async fn limit_body_time<B: MessageBody>(
    mut req: ServiceRequest,
    next: Next<B>,
) -> Result<ServiceResponse<EitherBody<B>>, actix_web::Error> {
    let Some(limit) = req
        .app_data::<web::Data<AppState>>()
        .map(|state| state.settings.body_timeout)
    else {
        return next.call(req).await.map(ServiceResponse::map_into_left_body);
    };
    let deadline = tokio::time::Instant::now() + limit;
    let timed_out = Arc::new(AtomicBool::new(false));
    let flag = timed_out.clone();
    let body = futures_util::stream::unfold(Some(req.take_payload()), move |payload| {
        let flag = flag.clone();
        async move {
            let mut payload = payload?;
            match tokio::time::timeout_at(deadline, payload.next()).await {
                Ok(chunk) => chunk.map(|chunk| (chunk, Some(payload))),
                Err(_) => {
                    flag.store(true, Ordering::Relaxed);
                    let late =
                        std::io::Error::new(std::io::ErrorKind::TimedOut, "the request body came too slowly");
                    Some((Err(PayloadError::Io(late)), None))
                }
            }
        }
    });
    req.set_payload(Payload::Stream {
        payload: Box::pin(body),
    });
    let response = next.call(req).await?;
    if timed_out.load(Ordering::Relaxed) {
        tracing::info!("request body not received in time");
        let late = HttpResponse::RequestTimeout()
            .insert_header(("Connection", "close"))
            .body("The request took too long to arrive. Please try again.");
        return Ok(response.into_response(late).map_into_right_body());
    }
    Ok(response.map_into_left_body())
}
