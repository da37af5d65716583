//! `/admin/rfqs` and `/admin/spam`: buy requests waiting for approval, and
//! buyers whom producers reported as spam.

use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde::Deserialize;
use serde_json::json;

use super::accounts::request_context;
use super::moderation::DecisionForm;
use crate::accounts::Role;
use crate::domain::FieldErrors;
use crate::enquiries::{EnquiryError, repo, rfqs, views};
use crate::i18n::Message;
use crate::web::render::form_status;
use crate::web::{AppError, AppState, Viewer, redirect};

async fn render_rfq_queue(
    state: &AppState,
    viewer: &Viewer,
    errors: FieldErrors,
    failed_id: Option<String>,
) -> Result<HttpResponse, AppError> {
    let queue = state.db.read(views::review_queue).await?;
    let status = form_status(&errors);
    let page = json!({ "queue": queue, "errors": errors, "failed_id": failed_id });
    state
        .templates
        .page_with_status(status, "admin/rfqs.html", viewer, &page)
}

#[get("/rfqs")]
pub async fn show_rfq_queue(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
) -> Result<HttpResponse, AppError> {
    viewer.require_role(&req, Role::Admin)?;
    render_rfq_queue(&state, &viewer, FieldErrors::new(), None).await
}

#[post("/rfqs/{id}/review")]
pub async fn review_rfq(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    id: web::Path<String>,
    form: web::Form<DecisionForm>,
) -> Result<HttpResponse, AppError> {
    let admin = viewer.require_role(&req, Role::Admin)?.clone();
    let approve = match form.decision.as_str() {
        "approve" => true,
        "reject" => false,
        _ => {
            return Err(AppError::BadRequest(Message::new("admin-choose-rfq-decision")));
        }
    };
    let (id, note) = (id.into_inner(), form.into_inner().note);
    let (key, ctx) = (id.clone(), request_context(&req, &state));
    match state
        .db
        .write(move |conn| rfqs::review(conn, &admin, &key, approve, &note, &ctx))
        .await
    {
        Ok(sent_to) if approve => {
            viewer.notice(Message::new("admin-notice-rfq-approved").with("count", sent_to));
            Ok(redirect("/admin/rfqs"))
        }
        Ok(_) => {
            viewer.notice(Message::new("admin-notice-rfq-rejected"));
            Ok(redirect("/admin/rfqs"))
        }
        Err(EnquiryError::Invalid(errors)) => render_rfq_queue(&state, &viewer, errors, Some(id)).await,
        Err(error) => {
            viewer.notice(error.into_refusal()?);
            Ok(redirect("/admin/rfqs"))
        }
    }
}

#[get("/spam")]
pub async fn show_reported_buyers(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
) -> Result<HttpResponse, AppError> {
    viewer.require_role(&req, Role::Admin)?;
    let buyers = state.db.read(views::reported_buyers).await?;
    state
        .templates
        .page("admin/spam.html", &viewer, &json!({ "buyers": buyers }))
}

#[derive(Deserialize)]
pub struct SpamActionForm {
    #[serde(default)]
    reason: String,
}

/// Suspend or reinstate a reported buyer, or dismiss the reports.
#[post("/spam/{user_id}/{action:suspend|reinstate|dismiss}")]
pub async fn act_on_reported_buyer(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(String, String)>,
    form: web::Form<SpamActionForm>,
) -> Result<HttpResponse, AppError> {
    let admin = viewer.require_role(&req, Role::Admin)?.clone();
    let (user_id, action) = path.into_inner();
    let reason = form.into_inner().reason.trim().to_owned();
    let message = match action.as_str() {
        "dismiss" => {
            let now = state.clock.now();
            let resolved = state
                .db
                .write(move |conn| repo::resolve_spam_reports(conn, &user_id, now))
                .await?;
            Message::new("admin-notice-reports-dismissed")
                .with("count", resolved)
                .in_locale(viewer.locale)
        }
        _ => {
            let suspend = action == "suspend";
            let reason = match (reason.is_empty(), suspend) {
                (false, _) => reason,
                (true, true) => "Reported as spam by producers".to_owned(),
                (true, false) => "Spam reports checked".to_owned(),
            };
            super::admin::suspend_or_reinstate(
                &req,
                &state,
                &admin,
                user_id,
                (suspend, reason),
                viewer.locale,
            )
            .await?
        }
    };
    viewer.notify(&message);
    Ok(redirect("/admin/spam"))
}
