//! Sign-up, sign-in, sign-out, e-mail verification, password reset, and
//! the account page.

use actix_web::http::StatusCode;
use actix_web::http::header::{CACHE_CONTROL, HeaderValue, USER_AGENT};
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::accounts::api_tokens::{self, IssuedToken};
use crate::accounts::devices::DeviceSecret;
use crate::accounts::model::{ApiToken, User};
use crate::accounts::sessions::{self, SessionRecord};
use crate::accounts::signup::{self, SignUpInput};
use crate::accounts::two_factor;
use crate::accounts::{AccountsError, RequestContext};
use crate::accounts::{changes, recovery, signin};
use crate::directory::repo as directory_repo;
use crate::domain::fields;
use crate::domain::{FieldErrors, LocalPath};
use crate::i18n::{Language, Locale, Message};
use crate::web::CONFIRM_EMAIL_PAGE;
use crate::web::handlers::language;
use crate::web::handlers::two_factor::SECOND_STEP_PAGE;
use crate::web::present::destination::Destination;
use crate::web::render::form_status;
use crate::web::session::{device_cookie, device_cookie_name, safe_next};
use crate::web::{AppError, AppState, Viewer, client_ip, redirect};

pub fn request_context(req: &HttpRequest, state: &AppState) -> RequestContext {
    RequestContext {
        ip: client_ip(req, &state.settings).map(|ip| ip.to_string()),
        base_url: state.settings.base_url.clone(),
        now: state.clock.now(),
    }
}

/// A form page: what was typed (never the passwords) and what is wrong with it.
#[derive(Serialize, Default)]
struct FormPage<T: Serialize> {
    values: T,
    errors: FieldErrors,
    #[serde(flatten)]
    extra: serde_json::Value,
}

#[derive(Deserialize, Serialize, Default, Clone)]
pub struct SignUpForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default, skip_serializing)]
    password: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    company: String,
    #[serde(default)]
    country: String,
    /// The page sign-up began from, to come back to once confirmed.
    #[serde(default)]
    next: String,
}

/// The sign-up form's lists, and where it goes on to.
async fn signup_extra(
    state: &AppState,
    destination: Option<Destination>,
) -> Result<serde_json::Value, AppError> {
    let countries = state.db.read(directory_repo::all_countries).await?;
    Ok(json!({ "countries": countries, "destination": destination }))
}

/// `next` as the account pages show it, when it is a page of this site.
async fn destination(state: &AppState, next: Option<&str>) -> Result<Option<Destination>, AppError> {
    let Some(next) = next.and_then(|next| LocalPath::parse(&state.settings.base_url, next)) else {
        return Ok(None);
    };
    Ok(Some(
        state.db.read(move |conn| Destination::of(conn, next)).await?,
    ))
}

#[derive(Deserialize)]
pub struct SignUpQuery {
    role: Option<String>,
    next: Option<String>,
}

#[get("/signup")]
pub async fn show_signup(
    state: web::Data<AppState>,
    viewer: Viewer,
    query: web::Query<SignUpQuery>,
) -> Result<HttpResponse, AppError> {
    viewer.csrf_token();
    let query = query.into_inner();
    let destination = destination(&state, query.next.as_deref()).await?;
    let values = SignUpForm {
        role: query.role.unwrap_or_default(),
        next: destination.as_ref().map(|d| d.next.clone()).unwrap_or_default(),
        ..SignUpForm::default()
    };
    let page = FormPage {
        values,
        errors: FieldErrors::new(),
        extra: signup_extra(&state, destination).await?,
    };
    state.templates.page("accounts/signup.html", &viewer, &page)
}

#[post("/signup")]
pub async fn submit_signup(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    form: web::Form<SignUpForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let input = SignUpInput {
        name: form.name.clone(),
        email: form.email.clone(),
        password: form.password.clone(),
        role: form.role.clone(),
        company: form.company.clone(),
        country: form.country.clone(),
        next: LocalPath::parse(&state.settings.base_url, &form.next),
        language: viewer.locale.language,
    };
    let destination = destination(&state, Some(&form.next)).await?;
    match signup::sign_up(&state.db, input, &request_context(&req, &state)).await {
        Ok(()) => state.templates.page(
            "accounts/check_inbox.html",
            &viewer,
            &json!({ "email": form.email.trim(), "destination": destination }),
        ),
        Err(AccountsError::Invalid(errors)) => {
            let page = FormPage {
                values: form,
                errors,
                extra: signup_extra(&state, destination).await?,
            };
            state.templates.page_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                "accounts/signup.html",
                &viewer,
                &page,
            )
        }
        Err(other) => Err(other.into()),
    }
}

#[derive(Deserialize, Serialize, Default)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default, skip_serializing)]
    password: String,
    #[serde(default)]
    next: Option<String>,
}

#[derive(Deserialize)]
pub struct NextQuery {
    next: Option<String>,
}

#[get("/login")]
pub async fn show_login(
    state: web::Data<AppState>,
    viewer: Viewer,
    query: web::Query<NextQuery>,
) -> Result<HttpResponse, AppError> {
    if viewer.user.is_some() {
        return Ok(redirect(&safe_next(
            &state.settings.base_url,
            query.next.as_deref(),
        )));
    }
    viewer.csrf_token();
    let next = query.into_inner().next;
    let values = LoginForm {
        next: Some(safe_next(&state.settings.base_url, next.as_deref())),
        ..LoginForm::default()
    };
    let page = FormPage {
        values,
        errors: FieldErrors::new(),
        extra: json!({ "destination": destination(&state, next.as_deref()).await? }),
    };
    state.templates.page("accounts/login.html", &viewer, &page)
}

#[post("/login")]
pub async fn submit_login(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    form: web::Form<LoginForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let base_url = &state.settings.base_url;
    let device = DeviceSecret::from_cookie(
        req.cookie(device_cookie_name(base_url))
            .as_ref()
            .map(|cookie| cookie.value()),
    );
    let user_agent = req.headers().get(USER_AGENT).and_then(|v| v.to_str().ok());
    let device_name = sessions::describe_device(user_agent.unwrap_or_default());
    match signin::sign_in(
        &state.db,
        &form.email,
        &form.password,
        &device,
        &device_name,
        &request_context(&req, &state),
    )
    .await
    {
        Ok(user) => {
            let next = safe_next(base_url, form.next.as_deref());
            let mut response = if two_factor::is_on(&state.db, &user).await? {
                viewer.await_second_factor(&user, &next);
                redirect(SECOND_STEP_PAGE)
            } else {
                viewer.sign_in(&req, &state, &user, false).await?;
                redirect(&next)
            };
            if device.is_new {
                response
                    .add_cookie(&device_cookie(base_url, device.secret))
                    .map_err(|e| AppError::Internal(e.into()))?;
            }
            Ok(response)
        }
        Err(AccountsError::WrongCredentials) => {
            let errors = fields::one("form", Message::new("account-wrong-credentials"));
            let destination = destination(&state, form.next.as_deref()).await?;
            let page = FormPage {
                values: form,
                errors,
                extra: json!({ "destination": destination }),
            };
            state
                .templates
                .page_with_status(StatusCode::UNAUTHORIZED, "accounts/login.html", &viewer, &page)
        }
        Err(other) => Err(other.into()),
    }
}

#[post("/logout")]
pub async fn submit_logout(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
) -> Result<HttpResponse, AppError> {
    if let Some(user) = &viewer.user {
        signin::record_sign_out(&state.db, user.id.to_string(), &request_context(&req, &state)).await?;
    }
    viewer.sign_out(&state).await?;
    Ok(redirect("/"))
}

#[derive(Deserialize)]
pub struct TokenQuery {
    token: Option<String>,
    /// Where a confirmation link goes on to (the page sign-up began from).
    next: Option<String>,
}

#[get("/verify-email")]
pub async fn verify_email(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    query: web::Query<TokenQuery>,
) -> Result<HttpResponse, AppError> {
    let query = query.into_inner();
    let token = query.token.unwrap_or_default();
    match signup::confirm_email(&state.db, token, &request_context(&req, &state)).await {
        Ok(user) => {
            let destination = destination(&state, query.next.as_deref()).await?;
            state.templates.page(
                "accounts/email_confirmed.html",
                &viewer,
                &json!({ "email": user.email, "destination": destination }),
            )
        }
        Err(AccountsError::TokenInvalid) => state.templates.page_with_status(
            StatusCode::BAD_REQUEST,
            "accounts/link_expired.html",
            &viewer,
            &json!({ "kind": "verify" }),
        ),
        Err(AccountsError::EmailTaken) => Err(AppError::BadRequest(Message::new(
            "accounts-email-taken-meanwhile",
        ))),
        Err(other) => Err(other.into()),
    }
}

#[post("/verify-email/resend")]
pub async fn resend_verification(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require_signed_in(&req)?;
    signup::resend_verification(&state.db, user.id.to_string(), &request_context(&req, &state)).await?;
    viewer.notice(Message::new("accounts-notice-link-resent").with("email", user.email.as_str()));
    Ok(redirect(CONFIRM_EMAIL_PAGE))
}

/// Where a signed-in person lands until their address is confirmed.
#[get("/confirm-email")]
pub async fn show_confirm_email(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require_signed_in(&req)?;
    if user.is_verified() {
        return Ok(redirect("/dashboard"));
    }
    let email = user.email.clone();
    state
        .templates
        .page("accounts/confirm_email.html", &viewer, &json!({ "email": email }))
}

#[derive(Deserialize, Serialize, Default)]
pub struct ForgotForm {
    #[serde(default)]
    email: String,
}

#[get("/forgot-password")]
pub async fn show_forgot_password(
    state: web::Data<AppState>,
    viewer: Viewer,
) -> Result<HttpResponse, AppError> {
    viewer.csrf_token();
    state.templates.page(
        "accounts/forgot_password.html",
        &viewer,
        &FormPage::<ForgotForm>::default(),
    )
}

#[post("/forgot-password")]
pub async fn submit_forgot_password(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    form: web::Form<ForgotForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    match recovery::request_password_reset(&state.db, &form.email, &request_context(&req, &state)).await {
        Ok(()) => state.templates.page(
            "accounts/reset_sent.html",
            &viewer,
            &json!({ "email": form.email.trim() }),
        ),
        Err(AccountsError::Invalid(errors)) => {
            let page = FormPage {
                values: form,
                errors,
                extra: json!({}),
            };
            state.templates.page_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                "accounts/forgot_password.html",
                &viewer,
                &page,
            )
        }
        Err(other) => Err(other.into()),
    }
}

#[get("/reset-password")]
pub async fn show_reset_password(
    state: web::Data<AppState>,
    viewer: Viewer,
    query: web::Query<TokenQuery>,
) -> Result<HttpResponse, AppError> {
    let token = query.into_inner().token.unwrap_or_default();
    if !recovery::reset_token_is_live(&state.db, token.clone(), state.clock.now()).await? {
        return state.templates.page_with_status(
            StatusCode::BAD_REQUEST,
            "accounts/link_expired.html",
            &viewer,
            &json!({ "kind": "reset" }),
        );
    }
    viewer.csrf_token();
    let page = FormPage {
        values: json!({ "token": token }),
        errors: FieldErrors::new(),
        extra: json!({}),
    };
    state
        .templates
        .page("accounts/reset_password.html", &viewer, &page)
}

#[derive(Deserialize)]
pub struct ResetForm {
    #[serde(default)]
    token: String,
    #[serde(default)]
    password: String,
}

#[post("/reset-password")]
pub async fn submit_reset_password(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    form: web::Form<ResetForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    match recovery::reset_password(
        &state.db,
        form.token.clone(),
        &form.password,
        &request_context(&req, &state),
    )
    .await
    {
        Ok(_) => {
            viewer.sign_out(&state).await?;
            viewer.notice(Message::new("accounts-notice-password-reset"));
            Ok(redirect("/login"))
        }
        Err(AccountsError::Invalid(errors)) => {
            let page = FormPage {
                values: json!({ "token": form.token }),
                errors,
                extra: json!({}),
            };
            state.templates.page_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                "accounts/reset_password.html",
                &viewer,
                &page,
            )
        }
        Err(AccountsError::TokenInvalid) => state.templates.page_with_status(
            StatusCode::BAD_REQUEST,
            "accounts/link_expired.html",
            &viewer,
            &json!({ "kind": "reset" }),
        ),
        Err(other) => Err(other.into()),
    }
}

#[derive(Serialize, Default)]
struct AccountPage {
    name: String,
    /// The account's language as stored (`en`, `hi`, `ar`), or what was chosen.
    language: String,
    new_email: String,
    token_name: String,
}

impl AccountPage {
    /// The page's values for `user` as saved.
    fn of(user: &User, viewer: &Viewer) -> Self {
        AccountPage {
            name: user.name.clone(),
            language: user
                .language
                .unwrap_or(viewer.locale.language)
                .as_str()
                .to_owned(),
            ..AccountPage::default()
        }
    }
}

/// An API token as the account page lists it (the template words its times).
fn token_row(token: ApiToken) -> serde_json::Value {
    json!({
        "id": token.id,
        "name": token.name,
        "created": token.created_at,
        "last_used": token.last_used_at,
        "revoked": token.revoked_at,
    })
}

/// A signed-in browser as the account page lists it.
fn session_row(session: SessionRecord, current: Option<&str>) -> serde_json::Value {
    json!({
        "id": session.id,
        "device": session.device,
        "network": session.ip_prefix,
        "signed_in": session.created_at,
        "last_seen": session.last_seen_at,
        "current": current == Some(session.id.as_str()),
    })
}

/// The languages the account page offers, each in its own name.
fn language_choices() -> Vec<serde_json::Value> {
    Language::ALL
        .iter()
        .map(|language| json!({ "value": language.as_str(), "label": language.label() }))
        .collect()
}

/// The account page; `issued` is a token just made, whose secret it shows this once.
async fn render_account(
    state: &AppState,
    viewer: &Viewer,
    values: AccountPage,
    errors: FieldErrors,
    issued: Option<IssuedToken>,
) -> Result<HttpResponse, AppError> {
    let status = form_status(&errors);
    let (tokens, signed_in, two_factor_on) = match &viewer.user {
        Some(user) => (
            api_tokens::list(&state.db, user).await?,
            sessions::list(&state.db, user, state.clock.now()).await?,
            two_factor::is_on(&state.db, user).await?,
        ),
        None => (Vec::new(), Vec::new(), false),
    };
    let current = viewer.current_session.as_ref().map(|s| s.id.as_str());
    let page = FormPage {
        values,
        errors,
        extra: json!({
            "api_tokens": tokens.into_iter().map(token_row).collect::<Vec<_>>(),
            "sessions": signed_in.into_iter().map(|s| session_row(s, current)).collect::<Vec<_>>(),
            "new_token": issued.map(|i| json!({ "name": i.token.name, "secret": i.secret })),
            "two_factor": two_factor_on,
            "languages": language_choices(),
        }),
    };
    state
        .templates
        .page_with_status(status, "accounts/account.html", viewer, &page)
}

#[get("/account")]
pub async fn show_account(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require_user(&req)?;
    let values = AccountPage::of(user, &viewer);
    render_account(&state, &viewer, values, FieldErrors::new(), None).await
}

#[derive(Deserialize)]
pub struct NameForm {
    #[serde(default)]
    name: String,
}

#[post("/account/name")]
pub async fn change_name(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    form: web::Form<NameForm>,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require_user(&req)?;
    match changes::change_name(&state.db, user, &form.name, state.clock.now()).await {
        Ok(()) => {
            viewer.notice(Message::new("accounts-notice-name-saved"));
            Ok(redirect("/account"))
        }
        Err(AccountsError::Invalid(errors)) => {
            let values = AccountPage {
                name: form.into_inner().name,
                ..AccountPage::of(user, &viewer)
            };
            render_account(&state, &viewer, values, errors, None).await
        }
        Err(other) => Err(other.into()),
    }
}

#[derive(Deserialize)]
pub struct LanguageForm {
    #[serde(default)]
    language: String,
}

/// The account page's language setting: saved as the header menu saves it,
/// but a name that is not one of ours is told next to the field.
#[post("/account/language")]
pub async fn change_language(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    form: web::Form<LanguageForm>,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require_user(&req)?;
    let Some(language) = Language::parse(&form.language) else {
        let values = AccountPage {
            language: form.into_inner().language,
            ..AccountPage::of(user, &viewer)
        };
        let errors = fields::one("language", Message::new("accounts-language-choose"));
        return render_account(&state, &viewer, values, errors, None).await;
    };
    // Told in the language just chosen, as the next page is.
    viewer.notify(&Message::new("accounts-notice-language-saved").in_locale(Locale::new(language)));
    language::save(&state, user, language, "/account").await
}

#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    new_password: String,
}

#[post("/account/password")]
pub async fn change_password(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    form: web::Form<PasswordForm>,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require_user(&req)?.clone();
    let ctx = request_context(&req, &state);
    match changes::change_password(&state.db, &user, &form.current_password, &form.new_password, &ctx).await {
        Ok(()) => {
            // Every session ended with the old password; this browser gets a new one.
            let two_factor = viewer.current_session.as_ref().is_some_and(|s| s.two_factor);
            viewer.sign_in(&req, &state, &user, two_factor).await?;
            viewer.notice(Message::new("accounts-notice-password-changed"));
            Ok(redirect("/account"))
        }
        Err(AccountsError::Invalid(errors)) => {
            let values = AccountPage::of(&user, &viewer);
            render_account(&state, &viewer, values, errors, None).await
        }
        Err(other) => Err(other.into()),
    }
}

#[derive(Deserialize)]
pub struct EmailForm {
    #[serde(default)]
    new_email: String,
    #[serde(default)]
    email_password: String,
}

#[post("/account/email")]
pub async fn change_email(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    form: web::Form<EmailForm>,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require_user(&req)?.clone();
    let ctx = request_context(&req, &state);
    match changes::request_email_change(&state.db, &user, &form.new_email, &form.email_password, &ctx).await {
        Ok(()) => {
            viewer.notice(Message::new("accounts-notice-email-link").with("email", form.new_email.trim()));
            Ok(redirect("/account"))
        }
        Err(AccountsError::Invalid(errors)) => {
            let values = AccountPage {
                new_email: form.into_inner().new_email,
                ..AccountPage::of(&user, &viewer)
            };
            render_account(&state, &viewer, values, errors, None).await
        }
        Err(other) => Err(other.into()),
    }
}

#[derive(Deserialize)]
pub struct ApiTokenForm {
    #[serde(default)]
    token_name: String,
}

#[post("/account/api-tokens")]
pub async fn create_api_token(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    form: web::Form<ApiTokenForm>,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require_user(&req)?.clone();
    let ctx = request_context(&req, &state);
    let values = AccountPage::of(&user, &viewer);
    match api_tokens::create(&state.db, &user, &form.token_name, &ctx).await {
        Ok(issued) => {
            let mut page = render_account(&state, &viewer, values, FieldErrors::new(), Some(issued)).await?;
            // The secret is on this page only; no cache may keep it.
            page.headers_mut()
                .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
            Ok(page)
        }
        Err(AccountsError::Invalid(errors)) => {
            let values = AccountPage {
                token_name: form.into_inner().token_name,
                ..values
            };
            render_account(&state, &viewer, values, errors, None).await
        }
        Err(other) => Err(other.into()),
    }
}

#[post("/account/api-tokens/{id}/revoke")]
pub async fn revoke_api_token(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require_user(&req)?.clone();
    let ctx = request_context(&req, &state);
    let token = api_tokens::revoke(&state.db, &user, &id, &ctx).await?;
    viewer.notice(Message::new("accounts-notice-token-revoked").with("name", token.name));
    Ok(redirect("/account#api-access"))
}

/// Signs one browser out, chosen from the account page's list.
#[post("/account/sessions/{id}/end")]
pub async fn end_session(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require_user(&req)?.clone();
    if viewer.current_session.as_ref().is_some_and(|s| s.id == *id) {
        viewer.sign_out(&state).await?;
        return Ok(redirect("/"));
    }
    let notice = if sessions::end_one(&state.db, &user, &id).await? {
        Message::new("accounts-notice-device-out")
    } else {
        Message::new("accounts-notice-device-was-out")
    };
    viewer.notice(notice);
    Ok(redirect("/account#sessions"))
}

/// Signs out every browser but this one.
#[post("/account/sessions/end-others")]
pub async fn end_other_sessions(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require_user(&req)?.clone();
    let keep = viewer
        .current_session
        .as_ref()
        .map(|s| s.id.clone())
        .unwrap_or_default();
    let ended = sessions::end_others(&state.db, &user, &keep).await?;
    viewer.notice(Message::new("accounts-notice-others-out").with("count", ended));
    Ok(redirect("/account#sessions"))
}
