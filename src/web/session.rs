//! Sessions: a signed and encrypted cookie (no server-side state, so any
//! instance can serve any request), with idle and absolute time-outs that
//! we enforce ourselves because a cookie store cannot expire anything.

use actix_session::config::{CookieContentSecurity, PersistentSession, TtlExtensionPolicy};
use actix_session::storage::CookieSessionStore;
use actix_session::{Session, SessionExt, SessionMiddleware};
use actix_web::body::{EitherBody, MessageBody};
use actix_web::cookie::{Key, SameSite};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::{FromRequest, HttpMessage, HttpRequest, web};
use chrono::Utc;
use serde::Serialize;

use super::{AppError, AppState};
use crate::accounts::{Role, User, service};
use crate::settings::Settings;

const USER_ID: &str = "uid";
const AUTH_AT: &str = "auth_at";
const SEEN_AT: &str = "seen_at";
const CSRF: &str = "csrf";
const NOTICE: &str = "notice";

/// A session ends after this long without a request…
const IDLE_TIMEOUT_SECS: i64 = 12 * 60 * 60;
/// …and this long after sign-in, whatever happens.
const ABSOLUTE_TIMEOUT_SECS: i64 = 14 * 24 * 60 * 60;
/// `seen_at` is refreshed at most this often, to avoid a new cookie per request.
const SEEN_REFRESH_SECS: i64 = 5 * 60;
/// Session times are kept in milliseconds: a password change must end a
/// session that began a moment earlier, even within the same second.
const MILLIS: i64 = 1000;

pub fn middleware(settings: &Settings) -> SessionMiddleware<CookieSessionStore> {
    let key = Key::try_from(settings.session_key.bytes())
        .unwrap_or_else(|_| Key::derive_from(settings.session_key.bytes()));
    SessionMiddleware::builder(CookieSessionStore::default(), key)
        .cookie_name("odop_session".into())
        .cookie_secure(settings.base_url.scheme() == "https")
        .cookie_http_only(true)
        .cookie_same_site(SameSite::Lax)
        .cookie_content_security(CookieContentSecurity::Private)
        .session_lifecycle(
            PersistentSession::default()
                .session_ttl(actix_web::cookie::time::Duration::seconds(ABSOLUTE_TIMEOUT_SECS))
                .session_ttl_extension_policy(TtlExtensionPolicy::OnStateChanges),
        )
        .build()
}

/// The signed-in person as templates see them.
#[derive(Debug, Clone, Serialize)]
pub struct ViewerUser {
    pub id: String,
    pub name: String,
    pub email: String,
    pub role: Role,
    pub role_label: &'static str,
    pub verified: bool,
}

/// Who is making the request. Loaded once per request by [`load_viewer`].
#[derive(Clone)]
pub struct Viewer {
    pub user: Option<User>,
    /// A one-off message from the previous request ("Password changed").
    pub notice: Option<String>,
    session: Session,
}

impl Viewer {
    /// The signed-in user, or a redirect to the sign-in page that comes back here.
    pub fn require_user(&self, req: &HttpRequest) -> Result<&User, AppError> {
        self.user
            .as_ref()
            .ok_or_else(|| AppError::LoginRequired(login_target(req)))
    }

    pub fn require_role(&self, req: &HttpRequest, role: Role) -> Result<&User, AppError> {
        let user = self.require_user(req)?;
        if user.role() != role {
            return Err(AppError::Forbidden(format!(
                "This page is for {}s.",
                role.label().to_lowercase()
            )));
        }
        Ok(user)
    }

    pub fn has_csrf_token(&self) -> bool {
        matches!(self.session.get::<String>(CSRF), Ok(Some(_)))
    }

    /// The session's CSRF token, created on first use.
    pub fn csrf_token(&self) -> String {
        if let Ok(Some(token)) = self.session.get::<String>(CSRF) {
            return token;
        }
        let token = crate::accounts::service::new_form_token();
        let _ = self.session.insert(CSRF, &token);
        token
    }

    pub fn template_user(&self) -> Option<ViewerUser> {
        self.user.as_ref().map(|u| ViewerUser {
            id: u.id.to_string(),
            name: u.name.clone(),
            email: u.email.clone(),
            role: u.role(),
            role_label: u.role().label(),
            verified: u.is_verified(),
        })
    }

    /// Starts a fresh session for `user` (a new cookie, so a fixed session id is useless).
    pub fn sign_in(&self, user: &User) {
        let now = Utc::now().timestamp_millis();
        self.session.renew();
        self.session.remove(CSRF);
        let _ = self.session.insert(USER_ID, &user.id);
        let _ = self.session.insert(AUTH_AT, now);
        let _ = self.session.insert(SEEN_AT, now);
    }

    pub fn sign_out(&self) {
        self.session.purge();
    }

    /// Shows `message` once, on the next page.
    pub fn notify(&self, message: &str) {
        let _ = self.session.insert(NOTICE, message);
    }
}

/// `/login?next=…` for the current path (always local).
fn login_target(req: &HttpRequest) -> String {
    let here = match req.query_string() {
        "" => req.path().to_owned(),
        query => format!("{}?{query}", req.path()),
    };
    format!(
        "/login?next={}",
        url::form_urlencoded::byte_serialize(here.as_bytes()).collect::<String>()
    )
}

/// Only same-site paths are followed after sign-in.
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(path) if path.starts_with('/') && !path.starts_with("//") && !path.contains('\\') => {
            path.to_owned()
        }
        _ => "/dashboard".to_owned(),
    }
}

impl FromRequest for Viewer {
    type Error = AppError;
    type Future = std::future::Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        std::future::ready(
            req.extensions().get::<Viewer>().cloned().ok_or_else(|| {
                AppError::Internal(anyhow::anyhow!("load_viewer middleware is not installed"))
            }),
        )
    }
}

/// Reads the session, enforces its time-outs, loads the user, and leaves a
/// [`Viewer`] in the request for handlers and templates.
pub async fn load_viewer<B: MessageBody>(
    req: ServiceRequest,
    next: Next<B>,
) -> Result<ServiceResponse<EitherBody<B>>, actix_web::Error> {
    let session = req.get_session();
    // A request with an API token acts only for the token's owner (see `api_auth`).
    if super::api_auth::carries_bearer(req.headers()) {
        req.extensions_mut().insert(Viewer {
            user: None,
            notice: None,
            session,
        });
        return next.call(req).await.map(ServiceResponse::map_into_left_body);
    }
    let notice = session.remove_as::<String>(NOTICE).and_then(Result::ok);
    let user = match session.get::<String>(USER_ID).ok().flatten() {
        None => None,
        Some(user_id) => {
            let state = req.app_data::<web::Data<AppState>>().cloned();
            match current_user(&session, user_id, state).await {
                Ok(user) => user,
                // Answered here so the error pages middleware renders it.
                Err(error) => return Ok(req.error_response(error).map_into_right_body()),
            }
        }
    };
    req.extensions_mut().insert(Viewer {
        user,
        notice,
        session,
    });
    next.call(req).await.map(ServiceResponse::map_into_left_body)
}

async fn current_user(
    session: &Session,
    user_id: String,
    state: Option<web::Data<AppState>>,
) -> Result<Option<User>, AppError> {
    let now = Utc::now().timestamp_millis();
    let auth_at = session.get::<i64>(AUTH_AT).ok().flatten().unwrap_or(0);
    let seen_at = session.get::<i64>(SEEN_AT).ok().flatten().unwrap_or(0);
    if now - auth_at > ABSOLUTE_TIMEOUT_SECS * MILLIS || now - seen_at > IDLE_TIMEOUT_SECS * MILLIS {
        session.purge();
        return Ok(None);
    }
    let Some(state) = state else {
        return Ok(None);
    };
    let user = service::find_user(&state.db, user_id)
        .await
        .map_err(AppError::from)?;
    // A password change ends every session that began before it.
    match user {
        Some(user)
            if user.password_changed_at.and_utc().timestamp_millis() <= auth_at && !user.is_suspended() =>
        {
            if now - seen_at > SEEN_REFRESH_SECS * MILLIS {
                let _ = session.insert(SEEN_AT, now);
            }
            Ok(Some(user))
        }
        _ => {
            session.purge();
            Ok(None)
        }
    }
}
