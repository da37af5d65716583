//! Who a JSON API request acts for: the owner of the API token sent as
//! `Authorization: Bearer odop_…`, or, when the request has no
//! `Authorization` header at all, the signed-in user of the session (so the
//! site's own scripts can call the API).
//!
//! A request that carries a bearer token gets no authority from cookies:
//! `load_viewer` leaves its session unread and `verify_csrf` lets it through
//! without a form token. Browsers cannot add the header to a cross-site
//! request (that needs a CORS preflight, which this site never approves), so
//! a forged request has no token to borrow.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::header::{AUTHORIZATION, HeaderMap};
use actix_web::{FromRequest, HttpMessage, HttpRequest, web};

use super::{AppError, AppState, Viewer};
use crate::accounts::{Role, User, api_tokens};
use crate::i18n::Message;

/// Refuses a request that sent no API token (or another scheme).
fn missing() -> AppError {
    AppError::Unauthorized(Message::new("error-api-token-missing"))
}

/// Refuses a token that is unknown or revoked.
fn unknown() -> AppError {
    AppError::Unauthorized(Message::new("error-api-token-unknown"))
}

/// What the `Authorization` header holds.
enum Credentials {
    Absent,
    Bearer(String),
    /// Another scheme (Basic, …), which the API does not accept.
    Other,
}

fn credentials(headers: &HeaderMap) -> Credentials {
    let Some(value) = headers.get(AUTHORIZATION) else {
        return Credentials::Absent;
    };
    let text = value.to_str().unwrap_or_default().trim();
    match text.split_once(' ') {
        Some((scheme, token)) if scheme.eq_ignore_ascii_case("bearer") => {
            Credentials::Bearer(token.trim().to_owned())
        }
        _ => Credentials::Other,
    }
}

/// Whether the request authenticates with a bearer token (and so never with its cookies).
pub fn carries_bearer(headers: &HeaderMap) -> bool {
    matches!(credentials(headers), Credentials::Bearer(_))
}

/// The user an API request acts for. Extracting it answers 401 (as a JSON
/// problem) when there is neither a valid token nor a signed-in session.
pub struct ApiCaller {
    pub user: User,
}

impl ApiCaller {
    /// The caller, if their account has `role`; 403 otherwise.
    pub fn require_role(&self, role: Role) -> Result<&User, AppError> {
        if self.user.role() != role {
            return Err(AppError::Forbidden(
                Message::new("error-api-for-role").with("role", role.as_str()),
            ));
        }
        Ok(&self.user)
    }
}

impl FromRequest for ApiCaller {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let credentials = credentials(req.headers());
        let state = req.app_data::<web::Data<AppState>>().cloned();
        let session_user = req.extensions().get::<Viewer>().and_then(|v| v.user.clone());
        Box::pin(async move {
            let user = match credentials {
                Credentials::Absent => session_user.ok_or_else(missing)?,
                Credentials::Other => return Err(missing()),
                Credentials::Bearer(secret) => {
                    let state = state
                        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("AppState is not registered")))?;
                    api_tokens::authenticate(&state.db, &secret, state.clock.now())
                        .await?
                        .ok_or_else(unknown)?
                }
            };
            Ok(ApiCaller { user })
        })
    }
}

/// The caller of an endpoint open to everyone that shows some callers more
/// (an event's draft, to its organisers): nobody when the request has
/// neither a token nor a session. A token that is sent must be in use, so a
/// revoked one is told so (401) instead of quietly getting the public view.
pub struct OptionalApiCaller {
    pub user: Option<User>,
}

impl FromRequest for OptionalApiCaller {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let anonymous = matches!(credentials(req.headers()), Credentials::Absent)
            && req
                .extensions()
                .get::<Viewer>()
                .and_then(|v| v.user.as_ref())
                .is_none();
        let caller = (!anonymous).then(|| ApiCaller::from_request(req, payload));
        Box::pin(async move {
            let user = match caller {
                Some(caller) => Some(caller.await?.user),
                None => None,
            };
            Ok(OptionalApiCaller { user })
        })
    }
}

#[cfg(test)]
mod tests {
    use actix_web::http::header::HeaderValue;

    use super::*;

    fn headers(value: &str) -> HeaderMap {
        let mut map = HeaderMap::new();
        map.insert(AUTHORIZATION, HeaderValue::from_str(value).unwrap());
        map
    }

    #[test]
    fn only_the_bearer_scheme_counts_as_a_token() {
        assert!(carries_bearer(&headers("Bearer odop_abc")));
        assert!(carries_bearer(&headers("bearer  odop_abc ")));
        assert!(!carries_bearer(&headers("Basic dXNlcjpwYXNz")));
        assert!(!carries_bearer(&HeaderMap::new()));
        assert!(
            matches!(credentials(&headers("Bearer  odop_abc ")), Credentials::Bearer(t) if t == "odop_abc")
        );
    }
}
