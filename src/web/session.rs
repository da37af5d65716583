//! Sessions: an encrypted, signed cookie that carries the session's secret
//! (plus the form token and a one-off notice), and a row per session in the
//! database (`accounts::sessions`) that says whether it is still live, so
//! signing out ends it on every instance. Anonymous visitors get neither.

use actix_session::config::{CookieContentSecurity, PersistentSession, TtlExtensionPolicy};
use actix_session::storage::CookieSessionStore;
use actix_session::{Session, SessionExt, SessionMiddleware};
use actix_web::body::{EitherBody, MessageBody};
use actix_web::cookie::{Key, SameSite};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::header::{CACHE_CONTROL, HeaderValue, USER_AGENT};
use actix_web::middleware::Next;
use actix_web::{FromRequest, HttpMessage, HttpRequest, web};
use chrono::Utc;
use serde::Serialize;
use url::Url;

use super::currency::Prices;
use super::{AppError, AppState, language};
use crate::accounts::sessions::{self, ABSOLUTE_TIMEOUT, SessionRecord};
use crate::accounts::{Role, User};
use crate::domain::LocalPath;
use crate::i18n::{self, Locale, Message};
use crate::settings::Settings;

const SECRET: &str = "sid";
const CSRF: &str = "csrf";
const NOTICE: &str = "notice";
/// A sign-in whose password was right, waiting for its second factor.
const PENDING_SECOND_FACTOR: &str = "pending_2fa";

/// What the cookie holds between the password and the code.
#[derive(Serialize, serde::Deserialize)]
pub struct PendingSignIn {
    pub user_id: String,
    /// Where to go once signed in (already checked by `safe_next`).
    pub next: String,
    pub until: chrono::NaiveDateTime,
}

/// The cookie's name. Over https it takes the `__Host-` prefix, which
/// browsers accept only from a secure origin, for the whole host, with no
/// `Domain`: a sibling subdomain cannot plant or overwrite it.
pub fn cookie_name(base_url: &Url) -> &'static str {
    if base_url.scheme() == "https" {
        "__Host-odop_session"
    } else {
        "odop_session"
    }
}

/// The cookie that lets a browser be recognised by the accounts it signed in
/// to before (`accounts::devices`), prefixed like the session's.
pub fn device_cookie_name(base_url: &Url) -> &'static str {
    if base_url.scheme() == "https" {
        "__Host-odop_device"
    } else {
        "odop_device"
    }
}

/// The device cookie carrying `secret`: for the whole host, out of scripts'
/// reach, kept for 400 days (the most browsers allow).
pub fn device_cookie(base_url: &Url, secret: String) -> actix_web::cookie::Cookie<'static> {
    actix_web::cookie::Cookie::build(device_cookie_name(base_url), secret)
        .path("/")
        .secure(base_url.scheme() == "https")
        .http_only(true)
        .same_site(SameSite::Lax)
        .max_age(actix_web::cookie::time::Duration::days(400))
        .finish()
}

pub fn middleware(settings: &Settings) -> SessionMiddleware<CookieSessionStore> {
    let key = Key::try_from(settings.session_key.bytes())
        .unwrap_or_else(|_| Key::derive_from(settings.session_key.bytes()));
    SessionMiddleware::builder(CookieSessionStore::default(), key)
        .cookie_name(cookie_name(&settings.base_url).into())
        .cookie_secure(settings.base_url.scheme() == "https")
        .cookie_path("/".into())
        .cookie_http_only(true)
        .cookie_same_site(SameSite::Lax)
        .cookie_content_security(CookieContentSecurity::Private)
        .session_lifecycle(
            PersistentSession::default()
                .session_ttl(actix_web::cookie::time::Duration::seconds(
                    ABSOLUTE_TIMEOUT.num_seconds(),
                ))
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
    pub verified: bool,
    /// The header's badge: enquiry messages and quotes waiting to be read.
    pub unread_messages: i32,
}

/// Who is making the request. Loaded once per request by [`load_viewer`].
#[derive(Clone)]
pub struct Viewer {
    pub user: Option<User>,
    /// The signed-in browser's session (for the account page's list).
    pub current_session: Option<SessionRecord>,
    /// A one-off message from the previous request ("Password changed").
    pub notice: Option<String>,
    /// The language and formats this request is answered in (`web::language`).
    pub locale: Locale,
    /// This page's path and query without `lang`: the language menu and the
    /// `hreflang` alternates point at it.
    pub here: String,
    /// The currency prices are also shown in, and the rates (`web::currency`).
    pub prices: Prices,
    session: Session,
}

impl Viewer {
    /// The signed-in user with a confirmed address (and, for the roles that
    /// need one, a session started with a second factor), or a redirect: to
    /// the sign-in page that comes back here, to the page that asks to confirm
    /// the address, or to the two-factor set-up. Until the address is
    /// confirmed the account may belong to someone who typed another person's
    /// address, so it can do nothing else.
    pub fn require_user(&self, req: &HttpRequest) -> Result<&User, AppError> {
        let user = self.require_verified(req)?;
        let second_factor_given = self.current_session.as_ref().is_some_and(|s| s.two_factor);
        if user.role().needs_two_factor() && !second_factor_given {
            return Err(AppError::TwoFactorRequired);
        }
        Ok(user)
    }

    /// A signed-in user with a confirmed address, whether or not their role's
    /// second factor was given: only for setting up two-factor sign-in.
    pub fn require_verified(&self, req: &HttpRequest) -> Result<&User, AppError> {
        let user = self.require_signed_in(req)?;
        if !user.is_verified() {
            return Err(AppError::EmailUnconfirmed);
        }
        Ok(user)
    }

    /// The signed-in user, confirmed or not: only for confirming the address
    /// and signing out.
    pub fn require_signed_in(&self, req: &HttpRequest) -> Result<&User, AppError> {
        self.user
            .as_ref()
            .ok_or_else(|| AppError::LoginRequired(login_target(req)))
    }

    pub fn require_role(&self, req: &HttpRequest, role: Role) -> Result<&User, AppError> {
        let user = self.require_user(req)?;
        if user.role() != role {
            return Err(AppError::Forbidden(
                Message::new("error-page-for-role").with("role", role.as_str()),
            ));
        }
        Ok(user)
    }

    /// Nothing on a page is personal to this visitor: not signed in, no
    /// notice to show, no form token in the session.
    pub fn is_anonymous(&self) -> bool {
        self.user.is_none() && self.notice.is_none() && !self.has_csrf_token()
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
            verified: u.is_verified(),
            unread_messages: u.unread_messages,
        })
    }

    /// Starts a fresh session for `user`: a new server-side record and a new
    /// cookie (so a session id fixed by someone else is useless). Whatever
    /// session this browser had is ended first.
    /// `two_factor`: whether a second factor was given for this session.
    pub async fn sign_in(
        &self,
        req: &HttpRequest,
        state: &AppState,
        user: &User,
        two_factor: bool,
    ) -> Result<(), AppError> {
        self.end_session(state).await?;
        let user_agent = req.headers().get(USER_AGENT).and_then(|v| v.to_str().ok());
        let ip = super::client_addr::client_ip(req, &state.settings).map(|ip| ip.to_string());
        let started = sessions::start(
            &state.db,
            user,
            user_agent,
            ip.as_deref(),
            two_factor,
            state.clock.now(),
        )
        .await?;
        self.session.renew();
        self.session.remove(CSRF);
        let _ = self.session.insert(SECRET, &started.secret);
        Ok(())
    }

    /// Ends this browser's session, here and in the database.
    pub async fn sign_out(&self, state: &AppState) -> Result<(), AppError> {
        self.end_session(state).await?;
        self.session.purge();
        Ok(())
    }

    async fn end_session(&self, state: &AppState) -> Result<(), AppError> {
        if let Some(secret) = self.session.get::<String>(SECRET).ok().flatten() {
            sessions::end(&state.db, &secret).await?;
        }
        Ok(())
    }

    /// Remembers, for a few minutes, that `user` gave the right password and
    /// now owes a second factor; no session exists until it is given.
    pub fn await_second_factor(&self, user: &User, next: &str) {
        self.session.renew();
        let pending = PendingSignIn {
            user_id: user.id.to_string(),
            next: next.to_owned(),
            until: Utc::now().naive_utc() + crate::accounts::two_factor::SECOND_STEP_VALID,
        };
        let _ = self.session.insert(PENDING_SECOND_FACTOR, pending);
    }

    /// The sign-in waiting for its second factor, while it is still fresh.
    pub fn pending_second_factor(&self) -> Option<PendingSignIn> {
        self.session
            .get::<PendingSignIn>(PENDING_SECOND_FACTOR)
            .ok()
            .flatten()
            .filter(|pending| pending.until > Utc::now().naive_utc())
    }

    pub fn forget_second_factor(&self) {
        self.session.remove(PENDING_SECOND_FACTOR);
    }

    /// Shows `message` once, on the next page.
    pub fn notify(&self, message: &str) {
        let _ = self.session.insert(NOTICE, message);
    }

    /// Shows `message` once, on the next page, in this viewer's language.
    pub fn notice(&self, message: Message) {
        self.notify(&message.in_locale(self.locale));
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

/// Where to go after signing in: `next` if it is a page of this site
/// ([`LocalPath`]), else the dashboard.
pub fn safe_next(base_url: &Url, next: Option<&str>) -> String {
    next.and_then(|next| LocalPath::parse(base_url, next))
        .map_or_else(|| "/dashboard".to_owned(), |path| path.as_str().to_owned())
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

/// Reads the session, checks its server-side record, loads the user, and
/// leaves a [`Viewer`] in the request for handlers and templates. Answers to
/// a signed-in person (or to an API token) are personal: no cache keeps them.
pub async fn load_viewer<B: MessageBody>(
    req: ServiceRequest,
    next: Next<B>,
) -> Result<ServiceResponse<EitherBody<B>>, actix_web::Error> {
    let session = req.get_session();
    // A request with an API token acts only for the token's owner (see `api_auth`).
    if super::api_auth::carries_bearer(req.headers()) {
        let locale = language::requested(req.request(), None);
        req.extensions_mut().insert(Viewer {
            user: None,
            current_session: None,
            notice: None,
            locale,
            here: language::here(req.request()),
            prices: Prices::default(),
            session,
        });
        return i18n::for_request(locale, next.call(req))
            .await
            .map(|res| language::vary(no_store(res)).map_into_left_body());
    }
    let notice = session.remove_as::<String>(NOTICE).and_then(Result::ok);
    let (current_session, user) = match session.get::<String>(SECRET).ok().flatten() {
        None => (None, None),
        Some(secret) => {
            let Some(state) = req.app_data::<web::Data<AppState>>().cloned() else {
                return Ok(req
                    .error_response(AppError::Internal(anyhow::anyhow!("AppState is not registered")))
                    .map_into_right_body());
            };
            match sessions::resume(&state.db, &secret, state.clock.now()).await {
                Ok(Some((record, user))) => (Some(record), Some(user)),
                Ok(None) => {
                    session.purge();
                    (None, None)
                }
                // Answered here so the error pages middleware renders it.
                Err(error) => return Ok(req.error_response(AppError::from(error)).map_into_right_body()),
            }
        }
    };
    let signed_in = user.is_some();
    let locale = language::requested(req.request(), user.as_ref().and_then(|u| u.language));
    let prices = match req.app_data::<web::Data<AppState>>().cloned() {
        Some(state) => {
            // Without rates the prices are shown as listed: a database
            // hiccup here is no reason to fail the page.
            let latest = state.rates.latest(&state).await.unwrap_or_else(|error| {
                tracing::warn!(%error, "exchange rates could not be read; prices shown as listed");
                None
            });
            Prices::requested(
                req.request(),
                user.as_ref().and_then(|u| u.currency),
                locale,
                latest,
                state.clock.now(),
                state.settings.rates_max_age_days,
            )
        }
        None => Prices::default(),
    };
    req.extensions_mut().insert(Viewer {
        user,
        current_session,
        notice,
        locale,
        here: language::here(req.request()),
        prices,
        session,
    });
    let response = language::vary(i18n::for_request(locale, next.call(req)).await?);
    Ok(if signed_in { no_store(response) } else { response }.map_into_left_body())
}

/// Marks a personal answer as not to be stored by any cache, unless its
/// handler chose a policy itself (static assets, which hold nothing personal).
fn no_store<B>(mut response: ServiceResponse<B>) -> ServiceResponse<B> {
    let headers = response.headers_mut();
    if !headers.contains_key(CACHE_CONTROL) {
        headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}
