//! Two-factor sign-in pages: the second step of signing in, and turning it
//! on (QR code, confirmation, recovery codes) or off on the account page.

use actix_web::http::StatusCode;
use actix_web::http::header::{CACHE_CONTROL, HeaderValue};
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde::{Deserialize, Serialize};

use super::accounts::request_context;
use crate::accounts::two_factor::{self, Enrolment, State};
use crate::accounts::{AccountsError, User, service};
use crate::domain::FieldErrors;
use crate::i18n::Message;
use crate::web::{AppError, AppState, TWO_FACTOR_PAGE, Viewer, redirect};

/// Where a sign-in goes after the password when the account has two factors.
pub const SECOND_STEP_PAGE: &str = "/login/code";

#[derive(Deserialize, Default)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
}

#[derive(Serialize)]
struct CodePage {
    errors: FieldErrors,
}

#[derive(Serialize)]
struct SettingsPage {
    on: bool,
    recovery_codes_left: i64,
    /// The role must keep it on.
    required: bool,
    /// On for the account, but this session was started without it.
    session_lacks_it: bool,
    errors: FieldErrors,
}

#[derive(Serialize)]
struct EnrolPage {
    qr_svg: String,
    /// The secret in groups of four, for typing into an app by hand.
    secret: String,
    errors: FieldErrors,
}

#[derive(Serialize)]
struct RecoveryPage {
    codes: Vec<String>,
}

fn code_error() -> FieldErrors {
    crate::domain::fields::one("code", Message::new("account-two-factor-wrong-code"))
}

#[get("/login/code")]
pub async fn show_second_step(state: web::Data<AppState>, viewer: Viewer) -> Result<HttpResponse, AppError> {
    if viewer.pending_second_factor().is_none() {
        return Ok(redirect("/login"));
    }
    viewer.csrf_token();
    let page = CodePage {
        errors: FieldErrors::new(),
    };
    state.templates.page("accounts/login_code.html", &viewer, &page)
}

#[post("/login/code")]
pub async fn submit_second_step(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    form: web::Form<CodeForm>,
) -> Result<HttpResponse, AppError> {
    let Some(pending) = viewer.pending_second_factor() else {
        viewer.notice(Message::new("accounts-notice-too-slow"));
        return Ok(redirect("/login"));
    };
    let user = service::find_user(&state.db, pending.user_id.clone())
        .await?
        .ok_or(AppError::NotFound)?;
    match two_factor::verify(&state.db, &user, &form.code, &request_context(&req, &state)).await {
        Ok(()) => {
            viewer.forget_second_factor();
            viewer.sign_in(&req, &state, &user, true).await?;
            Ok(redirect(&pending.next))
        }
        Err(AccountsError::WrongCode) => state.templates.page_with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            "accounts/login_code.html",
            &viewer,
            &CodePage { errors: code_error() },
        ),
        Err(other) => Err(other.into()),
    }
}

async fn render_settings(
    state: &AppState,
    viewer: &Viewer,
    user: &User,
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let (on, recovery_codes_left) = match two_factor::state_of(&state.db, user).await? {
        State::On { recovery_codes_left } => (true, recovery_codes_left),
        State::Off => (false, 0),
    };
    let page = SettingsPage {
        on,
        recovery_codes_left,
        required: user.role().needs_two_factor(),
        session_lacks_it: on && !viewer.current_session.as_ref().is_some_and(|s| s.two_factor),
        errors,
    };
    state
        .templates
        .page_with_status(status, "accounts/two_factor.html", viewer, &page)
}

#[get("/account/two-factor")]
pub async fn show_settings(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require_verified(&req)?.clone();
    render_settings(&state, &viewer, &user, FieldErrors::new()).await
}

fn render_enrolment(
    state: &AppState,
    viewer: &Viewer,
    enrolment: Enrolment,
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let secret = enrolment
        .secret
        .as_bytes()
        .chunks(4)
        .map(|group| String::from_utf8_lossy(group).into_owned())
        .collect::<Vec<_>>()
        .join(" ");
    let page = EnrolPage {
        qr_svg: enrolment.qr_svg,
        secret,
        errors,
    };
    let mut response =
        state
            .templates
            .page_with_status(status, "accounts/two_factor_enrol.html", viewer, &page)?;
    // The secret is on this page: no cache may keep it.
    response
        .headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

#[post("/account/two-factor/start")]
pub async fn start(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require_verified(&req)?.clone();
    let enrolment = two_factor::start(&state.db, &user, request_context(&req, &state).now).await?;
    render_enrolment(&state, &viewer, enrolment, FieldErrors::new())
}

fn render_recovery_codes(
    state: &AppState,
    viewer: &Viewer,
    codes: Vec<String>,
) -> Result<HttpResponse, AppError> {
    let mut response =
        state
            .templates
            .page("accounts/recovery_codes.html", viewer, &RecoveryPage { codes })?;
    response
        .headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

#[post("/account/two-factor/confirm")]
pub async fn confirm(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    form: web::Form<CodeForm>,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require_verified(&req)?.clone();
    let session_id = viewer.current_session.as_ref().map(|s| s.id.clone());
    let ctx = request_context(&req, &state);
    match two_factor::confirm(&state.db, &user, session_id, &form.code, &ctx).await {
        Ok(codes) => render_recovery_codes(&state, &viewer, codes),
        Err(AccountsError::WrongCode) => match two_factor::pending(&state.db, &user).await? {
            Some(enrolment) => render_enrolment(&state, &viewer, enrolment, code_error()),
            None => Ok(redirect(TWO_FACTOR_PAGE)),
        },
        Err(AccountsError::TwoFactorAlreadyOn) => Ok(redirect(TWO_FACTOR_PAGE)),
        Err(other) => Err(other.into()),
    }
}

#[post("/account/two-factor/recovery-codes")]
pub async fn renew_recovery_codes(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    form: web::Form<CodeForm>,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require_user(&req)?.clone();
    let ctx = request_context(&req, &state);
    match two_factor::renew_recovery_codes(&state.db, &user, &form.code, &ctx).await {
        Ok(codes) => render_recovery_codes(&state, &viewer, codes),
        Err(AccountsError::WrongCode) => render_settings(&state, &viewer, &user, code_error()).await,
        Err(other) => Err(other.into()),
    }
}

#[post("/account/two-factor/disable")]
pub async fn disable(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    form: web::Form<CodeForm>,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require_user(&req)?.clone();
    let ctx = request_context(&req, &state);
    match two_factor::disable(&state.db, &user, &form.code, &ctx).await {
        Ok(()) => {
            viewer.notice(Message::new("accounts-notice-two-factor-off"));
            Ok(redirect(TWO_FACTOR_PAGE))
        }
        Err(AccountsError::WrongCode) => render_settings(&state, &viewer, &user, code_error()).await,
        Err(other) => Err(other.into()),
    }
}
