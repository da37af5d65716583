//! One error type for the web layer. Handlers return `AppError`; the
//! `render_errors` middleware turns every error response into a styled HTML
//! page, or an `application/problem+json` body under `/api/`.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::ServiceResponse;
use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::ErrorHandlerResponse;
use actix_web::{HttpMessage, HttpResponse, ResponseError, web};
use serde::Serialize;

use super::session::Viewer;
use super::{AppState, language};
use crate::accounts::AccountsError;
use crate::catalogue::CatalogueError;
use crate::db::DbError;
use crate::directory::DirectoryError;
use crate::domain::FieldErrors;
use crate::enquiries::EnquiryError;
use crate::format::dates::with_wait;
use crate::i18n::Message;
use crate::media::MediaError;
use crate::meetings::MeetingError;
use crate::print::PrintError;
use crate::rate_limit::RetryAfter;
use crate::search::SearchError;
use crate::shortlist::ShortlistError;
use crate::showcases::ShowcaseError;

/// Seconds a client is asked to wait when the database is saturated.
const RETRY_AFTER_SECS: &str = "5";

/// What went wrong, as the person is told it: every text is a message of
/// the `.ftl` files, written in the reader's language when displayed
/// ([`crate::i18n::current`]; `render_errors` sets it to the reader's).
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("{}", Message::new("error-not-found"))]
    NotFound,
    #[error("{0}")]
    NotFoundWhat(Message),
    #[error("{0}")]
    BadRequest(Message),
    /// Fields the client must correct, each with its message (422; the JSON problem lists them).
    #[error("{}", Message::new("error-invalid").with("problems", crate::domain::fields::in_one_line(.0, crate::i18n::current())))]
    Invalid(FieldErrors),
    /// A program without a usable API token (401, with `WWW-Authenticate: Bearer`).
    #[error("{0}")]
    Unauthorized(Message),
    #[error("{}", Message::new("error-busy"))]
    Unavailable,
    /// Sign-in needed; carries the sign-in URL that returns here.
    #[error("{}", Message::new("error-sign-in"))]
    LoginRequired(String),
    /// Signed in, but the address is not confirmed: only confirming is open.
    #[error("{}", Message::new("error-confirm-email"))]
    EmailUnconfirmed,
    /// The role needs a second factor that this session was not started with.
    #[error("{}", Message::new("error-two-factor-first"))]
    TwoFactorRequired,
    #[error("{0}")]
    Forbidden(Message),
    #[error("{}", Message::new("error-csrf"))]
    CsrfRejected,
    #[error("{}", with_wait(Message::new("error-too-many-requests"), *.0))]
    TooManyRequests(i64),
    /// The request cannot be carried out in the object's current state.
    #[error("{0}")]
    Conflict(Message),
    #[error("{0}")]
    PayloadTooLarge(Message),
    #[error("{0}")]
    UnsupportedMediaType(Message),
    #[error("{}", Message::new("error-needs-profile"))]
    NeedsProfile,
    #[error("{}", Message::new("error-internal"))]
    Internal(#[source] anyhow::Error),
}

impl From<DbError> for AppError {
    fn from(e: DbError) -> Self {
        match e {
            DbError::Unavailable => AppError::Unavailable,
            other => AppError::Internal(other.into()),
        }
    }
}

impl From<DirectoryError> for AppError {
    fn from(e: DirectoryError) -> Self {
        match e {
            DirectoryError::NotFound { kind, slug } => AppError::NotFoundWhat(
                Message::new("error-no-such-named")
                    .with("kind", kind)
                    .with("name", slug),
            ),
            DirectoryError::Db(db) => db.into(),
            other => AppError::Internal(other.into()),
        }
    }
}

impl From<AccountsError> for AppError {
    fn from(e: AccountsError) -> Self {
        match e {
            AccountsError::RateLimited(RetryAfter(seconds)) => AppError::TooManyRequests(seconds),
            AccountsError::NotFound => AppError::NotFoundWhat(Message::new("error-no-such-account")),
            AccountsError::NoSuchApiToken => AppError::NotFoundWhat(Message::new("error-no-such-api-token")),
            AccountsError::Invalid(errors) => AppError::Invalid(errors),
            AccountsError::Suspended => AppError::Forbidden(Message::new("error-account-suspended")),
            AccountsError::TwoFactorRequired => AppError::Conflict(Message::new("error-two-factor-required")),
            AccountsError::TwoFactorAlreadyOn => {
                AppError::Conflict(Message::new("error-two-factor-already-on"))
            }
            AccountsError::NotVerified => AppError::Forbidden(Message::new("error-email-not-verified")),
            AccountsError::TokenInvalid => AppError::BadRequest(Message::new("error-link-expired")),
            AccountsError::Db(db) => db.into(),
            other => AppError::Internal(other.into()),
        }
    }
}

impl From<CatalogueError> for AppError {
    fn from(e: CatalogueError) -> Self {
        match e.into_refusal() {
            Ok(why) => AppError::Conflict(why),
            Err(CatalogueError::NotFound) => AppError::NotFoundWhat(Message::new("error-no-such-listing")),
            Err(CatalogueError::NoProfile) => AppError::NeedsProfile,
            Err(CatalogueError::Invalid(errors)) => AppError::Invalid(errors),
            Err(CatalogueError::Db(db)) => db.into(),
            Err(other) => AppError::Internal(other.into()),
        }
    }
}

impl From<MediaError> for AppError {
    fn from(e: MediaError) -> Self {
        let Some(why) = e.refusal() else {
            return match e {
                MediaError::NotFound => AppError::NotFoundWhat(Message::new("error-no-such-photo")),
                other => AppError::Internal(other.into()),
            };
        };
        match e {
            MediaError::FileTooLarge | MediaError::TooManyPixels | MediaError::TooMuchMemory => {
                AppError::PayloadTooLarge(why)
            }
            MediaError::NotAPhoto | MediaError::UnsupportedVariant => AppError::UnsupportedMediaType(why),
            _ => AppError::BadRequest(why),
        }
    }
}

impl From<ShortlistError> for AppError {
    fn from(e: ShortlistError) -> Self {
        match e {
            ShortlistError::NotFound => AppError::NotFoundWhat(Message::new("error-no-such-listing")),
            ShortlistError::Db(db) => db.into(),
            ShortlistError::Enquiries(other) => other.into(),
        }
    }
}

impl From<EnquiryError> for AppError {
    fn from(e: EnquiryError) -> Self {
        match e.into_refusal() {
            Ok(why) => AppError::Conflict(why),
            Err(EnquiryError::NotFound) => AppError::NotFoundWhat(Message::new("error-no-such-conversation")),
            Err(EnquiryError::EmailNotVerified) => {
                AppError::Forbidden(Message::new("error-enquiry-email-not-verified"))
            }
            Err(EnquiryError::RateLimited(RetryAfter(seconds))) => AppError::TooManyRequests(seconds),
            Err(EnquiryError::Invalid(errors)) => AppError::Invalid(errors),
            Err(EnquiryError::Db(db)) => db.into(),
            Err(other) => AppError::Internal(other.into()),
        }
    }
}

impl From<MeetingError> for AppError {
    fn from(e: MeetingError) -> Self {
        match e.into_refusal() {
            Ok(why) => AppError::Conflict(why),
            Err(MeetingError::NotFound) => AppError::NotFoundWhat(Message::new("error-no-such-meeting")),
            Err(MeetingError::Invalid(errors)) => AppError::Invalid(errors),
            Err(MeetingError::Db(db)) => db.into(),
            Err(MeetingError::Unreadable(unreadable)) => AppError::Internal(unreadable.into()),
            Err(other) => AppError::Internal(other.into()),
        }
    }
}

impl From<PrintError> for AppError {
    fn from(e: PrintError) -> Self {
        match e {
            PrintError::NotFound(why) | PrintError::Empty(why) => AppError::NotFoundWhat(why),
            PrintError::Db(db) => db.into(),
            PrintError::Unexpected(other) => AppError::Internal(other),
        }
    }
}

impl From<ShowcaseError> for AppError {
    fn from(e: ShowcaseError) -> Self {
        match e.into_refusal() {
            Ok(why) => AppError::Conflict(why),
            Err(ShowcaseError::NotFound) => AppError::NotFoundWhat(Message::new("error-no-such-showcase")),
            Err(ShowcaseError::Invalid(errors)) => AppError::Invalid(errors),
            Err(ShowcaseError::Db(db)) => db.into(),
            Err(other) => AppError::Internal(other.into()),
        }
    }
}

impl From<SearchError> for AppError {
    fn from(e: SearchError) -> Self {
        match e {
            SearchError::InvalidParameter { message, .. } => AppError::BadRequest(message),
            SearchError::Unavailable(message) => {
                tracing::warn!(error = %message, "search engine unavailable");
                AppError::Unavailable
            }
            SearchError::Db(db) => db.into(),
            other => AppError::Internal(other.into()),
        }
    }
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::NotFound | AppError::NotFoundWhat(_) => StatusCode::NOT_FOUND,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            AppError::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            AppError::LoginRequired(_) | AppError::EmailUnconfirmed | AppError::TwoFactorRequired => {
                StatusCode::SEE_OTHER
            }
            AppError::Forbidden(_) | AppError::CsrfRejected => StatusCode::FORBIDDEN,
            AppError::TooManyRequests(_) => StatusCode::TOO_MANY_REQUESTS,
            AppError::Conflict(_) | AppError::NeedsProfile => StatusCode::CONFLICT,
            AppError::PayloadTooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let mut response = HttpResponse::build(self.status_code());
        match self {
            AppError::Unavailable => {
                response.insert_header((header::RETRY_AFTER, RETRY_AFTER_SECS));
            }
            AppError::TooManyRequests(seconds) => {
                response.insert_header((header::RETRY_AFTER, seconds.to_string()));
            }
            AppError::LoginRequired(target) => {
                response.insert_header((header::LOCATION, target.as_str()));
            }
            AppError::EmailUnconfirmed => {
                response.insert_header((header::LOCATION, CONFIRM_EMAIL_PAGE));
            }
            AppError::TwoFactorRequired => {
                response.insert_header((header::LOCATION, TWO_FACTOR_PAGE));
            }
            AppError::Unauthorized(_) => {
                response.insert_header((header::WWW_AUTHENTICATE, "Bearer"));
            }
            _ => {}
        }
        // The body is written by `render_errors`, which knows the request.
        response.finish()
    }
}

/// Where a signed-in person whose address is not confirmed is sent.
pub const CONFIRM_EMAIL_PAGE: &str = "/confirm-email";
/// Where an admin or organiser without a second factor is sent.
pub const TWO_FACTOR_PAGE: &str = "/account/two-factor";

/// A problem document (RFC 9457): the body of every error the API answers,
/// as `application/problem+json`.
#[derive(Serialize, utoipa::ToSchema)]
pub struct Problem<'a> {
    /// Always `about:blank`: the status says what kind of problem it is.
    #[serde(rename = "type")]
    kind: &'a str,
    /// The status's reason phrase in the reader's language, e.g. "Not Found".
    title: String,
    status: u16,
    /// What went wrong and what to do about it, in words for a person.
    detail: String,
    /// The path of the request.
    instance: &'a str,
    /// Per-field messages when the request failed validation (422).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<std::collections::BTreeMap<String, String>>)]
    errors: Option<&'a FieldErrors>,
}

#[derive(Serialize)]
struct ErrorPage {
    status: u16,
    title: String,
    detail: String,
}

/// What the person is told, in the locale being written: the error's own
/// message for client errors, a calm generic line for server errors (the
/// log has the details).
fn detail_for(res: &ServiceResponse<impl MessageBody>) -> String {
    let status = res.status();
    match res.response().error() {
        Some(error) if status.is_client_error() || status == StatusCode::SERVICE_UNAVAILABLE => {
            match error.as_error::<AppError>() {
                Some(app) => app.to_string(),
                // Actix's own refusals (a path, query or body it could not
                // read) keep its English words.
                None => error.to_string(),
            }
        }
        _ if status == StatusCode::NOT_FOUND => AppError::NotFound.to_string(),
        _ if status.is_client_error() => Message::new("error-unhandled").to_string(),
        _ => AppError::Internal(anyhow::anyhow!("")).to_string(),
    }
}

fn field_errors(res: &ServiceResponse<impl MessageBody>) -> Option<&FieldErrors> {
    match res.response().error()?.as_error::<AppError>()? {
        AppError::Invalid(errors) => Some(errors),
        _ => None,
    }
}

pub fn render_errors<B: MessageBody + 'static>(
    res: ServiceResponse<B>,
) -> actix_web::Result<ErrorHandlerResponse<B>> {
    let already_rendered = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html") || v.starts_with("application/problem+json"));
    if already_rendered {
        return Ok(ErrorHandlerResponse::Response(res.map_into_left_body()));
    }
    let status = res.status();
    let viewer = res.request().extensions().get::<Viewer>().cloned();
    let (locale, here) = match &viewer {
        Some(viewer) => (viewer.locale, viewer.here.clone()),
        None => (
            language::requested(res.request(), None),
            language::here(res.request()),
        ),
    };
    let title = Message::new("error-title")
        .with("status", status.as_u16())
        .in_locale(locale);
    let detail = crate::i18n::scoped(locale, || detail_for(&res));
    let path = res.request().path().to_owned();
    let wants_json = path.starts_with("/api/")
        || res
            .request()
            .headers()
            .get(header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/json") || v.contains("problem+json"));

    let (content_type, body) = if wants_json {
        let problem = Problem {
            kind: "about:blank",
            title: title.clone(),
            status: status.as_u16(),
            detail,
            instance: &path,
            errors: field_errors(&res),
        };
        (
            "application/problem+json",
            crate::i18n::scoped(locale, || serde_json::to_string(&problem).unwrap_or_default()),
        )
    } else {
        let state = res.request().app_data::<web::Data<AppState>>().cloned();
        let rendered = state.and_then(|state| {
            crate::i18n::scoped(locale, || {
                let mut context = match &viewer {
                    Some(viewer) => state.templates.context(viewer),
                    None => state.templates.layout_context(locale, &here),
                };
                context.insert(
                    "page",
                    &ErrorPage {
                        status: status.as_u16(),
                        title: title.clone(),
                        detail: detail.clone(),
                    },
                );
                state.templates.render("errors/error.html", &context).ok()
            })
        });
        let html = rendered.unwrap_or_else(|| {
            format!(
                "<!doctype html><title>{title}</title><h1>{title}</h1><p>{}</p>",
                tera::escape_html(&detail)
            )
        });
        ("text/html; charset=utf-8", html)
    };

    let (req, mut response) = res.into_parts();
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    let response = response.set_body(BoxBody::new(body));
    Ok(ErrorHandlerResponse::Response(
        ServiceResponse::new(req, response).map_into_right_body(),
    ))
}
