//! `/admin`: users and roles, the audit log, and the job queue.

use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::accounts::request_context;
use super::choices::WordedChoice;
use crate::accounts::repo::UserSearch;
use crate::accounts::{AccountsError, Role, User, admin_users, repo as accounts_repo};
use crate::catalogue::{self, values::ProductStatus};
use crate::db::DbError;
use crate::domain::FieldErrors;
use crate::domain::fields;
use crate::enquiries::{self, values::RfqStatus};
use crate::i18n::{Locale, Message};
use crate::jobs;
use crate::web::present::admin::{AdminHome, JobRow, UserRow, Waiting, audit_rows, role_counts};
use crate::web::present::pagination::{Pagination, numbered};
use crate::web::render::form_status;
use crate::web::{AppError, AppState, Viewer, redirect};

/// Why a role in a form or an address was refused.
fn no_such_role(name: &str) -> Message {
    Message::new("admin-no-such-role").with("role", name)
}

#[get("")]
pub async fn show_overview(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
) -> Result<HttpResponse, AppError> {
    viewer.require_role(&req, Role::Admin)?;
    let (roles, open_jobs, failed_jobs, audit, waiting) = state
        .db
        .read(|conn| {
            Ok::<_, DbError>((
                accounts_repo::count_by_role(conn)?,
                jobs::repo::pending_count(conn)?,
                jobs::repo::failed_count(conn)?,
                accounts_repo::recent_audit(conn, 8)?,
                Waiting {
                    listings: catalogue::repo::count_products_in_status(conn, ProductStatus::Submitted)?,
                    producers: catalogue::verification::unverified_count(conn)?,
                    rfqs: enquiries::repo::count_rfqs_in_status(conn, RfqStatus::Pending)?,
                    reported_buyers: enquiries::repo::count_reported_buyers(conn)?,
                },
            ))
        })
        .await?;
    let page = AdminHome {
        roles: role_counts(&roles),
        open_jobs,
        failed_jobs,
        audit: audit_rows(audit)?,
        waiting,
    };
    state.templates.page("admin/index.html", &viewer, &page)
}

/// Accounts on one page of the users list (each row holds two forms).
const USERS_PER_PAGE: usize = 25;

/// `/admin/users?role=producer&q=kashi&page=2`.
#[derive(Deserialize)]
pub struct UsersQuery {
    role: Option<String>,
    #[serde(default)]
    q: String,
    page: Option<usize>,
}

/// This list's address with `page`, keeping the role and the search.
fn users_href(search: &UserSearch, page: usize) -> String {
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    if let Some(role) = search.role {
        query.append_pair("role", role.as_str());
    }
    if !search.text.is_empty() {
        query.append_pair("q", &search.text);
    }
    if page > 1 {
        query.append_pair("page", &page.to_string());
    }
    let query = query.finish();
    if query.is_empty() {
        "/admin/users".to_owned()
    } else {
        format!("/admin/users?{query}")
    }
}

#[derive(Deserialize, Serialize, Default)]
pub struct NewUserForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    role: String,
}

async fn render_users(
    state: &AppState,
    viewer: &Viewer,
    (search, page): (UserSearch, usize),
    values: NewUserForm,
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    let offset = (page - 1) * USERS_PER_PAGE;
    let to_sql = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
    let (total, users) = state
        .db
        .read({
            let search = search.clone();
            move |conn| accounts_repo::find_users(conn, &search, (to_sql(offset), to_sql(USERS_PER_PAGE)))
        })
        .await?;
    let rows: Vec<UserRow> = users.iter().map(UserRow::from).collect();
    let roles: Vec<_> = Role::ALL
        .iter()
        .map(|r| WordedChoice {
            value: r.as_str(),
            label: Message::new("admin-role").with("role", r.as_str()),
        })
        .collect();
    let status = form_status(&errors);
    let pages = usize::try_from(total).unwrap_or(0).div_ceil(USERS_PER_PAGE);
    let page = UsersPage {
        first: offset + 1,
        last: offset + rows.len(),
        users: rows,
        total,
        roles,
        filter: search.role,
        q: search.text.clone(),
        pagination: numbered(page, pages, |n| users_href(&search, n)),
        values,
        errors,
    };
    state
        .templates
        .page_with_status(status, "admin/users.html", viewer, &page)
}

/// `/admin/users`: everyone (or one role, or those matching a search), a page
/// at a time, and the form to add an organiser or admin.
#[derive(Serialize)]
struct UsersPage {
    users: Vec<UserRow>,
    /// How many match in all; "26–50": the rows this page shows.
    total: i64,
    first: usize,
    last: usize,
    roles: Vec<WordedChoice>,
    filter: Option<Role>,
    q: String,
    pagination: Option<Pagination>,
    values: NewUserForm,
    errors: FieldErrors,
}

#[get("/users")]
pub async fn list_users(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    query: web::Query<UsersQuery>,
) -> Result<HttpResponse, AppError> {
    viewer.require_role(&req, Role::Admin)?;
    let query = query.into_inner();
    let role = match query.role.filter(|r| !r.is_empty()) {
        Some(text) => Some(Role::parse(&text).ok_or_else(|| AppError::BadRequest(no_such_role(&text)))?),
        None => None,
    };
    let values = NewUserForm {
        role: Role::Organiser.as_str().into(),
        ..NewUserForm::default()
    };
    let search = UserSearch {
        role,
        text: query.q.trim().to_owned(),
    };
    let page = query.page.unwrap_or(1).max(1);
    render_users(&state, &viewer, (search, page), values, FieldErrors::new()).await
}

#[post("/users")]
pub async fn create_user(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    form: web::Form<NewUserForm>,
) -> Result<HttpResponse, AppError> {
    let admin = viewer.require_role(&req, Role::Admin)?.clone();
    let form = form.into_inner();
    let role = match Role::parse(&form.role) {
        Some(role @ (Role::Organiser | Role::Admin)) => role,
        _ => {
            let errors = fields::one("role", Message::new("account-invite-role"));
            return render_users(&state, &viewer, (UserSearch::default(), 1), form, errors).await;
        }
    };
    let ctx = request_context(&req, &state);
    match admin_users::invite_user(&state.db, &admin, role, &form.email, &form.name, &ctx).await {
        Ok(user) => {
            viewer.notice(
                Message::new("admin-notice-invited")
                    .with("name", user.name)
                    .with("email", user.email),
            );
            Ok(redirect("/admin/users"))
        }
        Err(AccountsError::Invalid(errors)) => {
            render_users(&state, &viewer, (UserSearch::default(), 1), form, errors).await
        }
        Err(AccountsError::EmailTaken) => {
            let errors = fields::one("email", Message::new("account-invite-exists"));
            render_users(&state, &viewer, (UserSearch::default(), 1), form, errors).await
        }
        Err(other) => Err(other.into()),
    }
}

#[derive(Deserialize)]
pub struct RoleForm {
    #[serde(default)]
    role: String,
}

#[post("/users/{id}/role")]
pub async fn change_role(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    id: web::Path<String>,
    form: web::Form<RoleForm>,
) -> Result<HttpResponse, AppError> {
    let admin = viewer.require_role(&req, Role::Admin)?.clone();
    let role = Role::parse(&form.role).ok_or_else(|| AppError::BadRequest(no_such_role(&form.role)))?;
    match admin_users::change_role(
        &state.db,
        &admin,
        id.into_inner(),
        role,
        &request_context(&req, &state),
    )
    .await
    {
        Ok(()) => {
            viewer.notice(Message::new("admin-notice-role-changed"));
            Ok(redirect("/admin/users"))
        }
        Err(AccountsError::Invalid(errors)) => {
            viewer.notify(&fields::in_one_line(&errors, viewer.locale));
            Ok(redirect("/admin/users"))
        }
        Err(other) => Err(other.into()),
    }
}

#[derive(Deserialize)]
pub struct SuspensionForm {
    #[serde(default)]
    reason: String,
}

#[post("/users/{id}/{action:suspend|reinstate}")]
pub async fn suspend_user(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(String, String)>,
    form: web::Form<SuspensionForm>,
) -> Result<HttpResponse, AppError> {
    let admin = viewer.require_role(&req, Role::Admin)?.clone();
    let (user_id, action) = path.into_inner();
    let suspend = action == "suspend";
    let reason = match form.into_inner().reason.trim() {
        "" if suspend => "Suspended from the users page".to_owned(),
        "" => "Reinstated from the users page".to_owned(),
        given => given.to_owned(),
    };
    let message =
        suspend_or_reinstate(&req, &state, &admin, user_id, (suspend, reason), viewer.locale).await?;
    viewer.notify(&message);
    Ok(redirect("/admin/users"))
}

/// Suspends or reinstates an account with what follows from it (a
/// producer's listings withheld or back); the message says what happened,
/// or why nothing did, in `locale`.
pub(super) async fn suspend_or_reinstate(
    req: &HttpRequest,
    state: &AppState,
    admin: &User,
    user_id: String,
    (suspend, reason): (bool, String),
    locale: Locale,
) -> Result<String, AppError> {
    let ctx = request_context(req, state);
    let follow = crate::catalogue::suspension::follow_account;
    match admin_users::set_suspended(&state.db, admin, user_id, suspend, reason, follow, &ctx).await {
        Ok(()) if suspend => Ok(Message::new("admin-notice-suspended").in_locale(locale)),
        Ok(()) => Ok(Message::new("admin-notice-reinstated").in_locale(locale)),
        Err(AccountsError::Invalid(errors)) => Ok(fields::in_one_line(&errors, locale)),
        Err(other) => Err(other.into()),
    }
}

#[get("/audit")]
pub async fn show_audit(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
) -> Result<HttpResponse, AppError> {
    viewer.require_role(&req, Role::Admin)?;
    let rows = state
        .db
        .read(|conn| accounts_repo::recent_audit(conn, 500))
        .await?;
    state.templates.page(
        "admin/audit.html",
        &viewer,
        &json!({ "events": audit_rows(rows)? }),
    )
}

#[get("/jobs")]
pub async fn list_jobs(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
) -> Result<HttpResponse, AppError> {
    viewer.require_role(&req, Role::Admin)?;
    let list = state.db.read(|conn| jobs::repo::list(conn, false, 500)).await?;
    let rows: Vec<JobRow> = list.iter().map(JobRow::from).collect();
    state
        .templates
        .page("admin/jobs.html", &viewer, &json!({ "jobs": rows }))
}

#[post("/jobs/{id}/retry")]
pub async fn retry_job(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    viewer.require_role(&req, Role::Admin)?;
    let id = id.into_inner();
    let (key, now) = (id.clone(), state.clock.now());
    let requeued = state
        .db
        .write(move |conn| jobs::repo::retry(conn, &key, now))
        .await?;
    if !requeued {
        return Err(AppError::NotFoundWhat(
            Message::new("admin-no-such-job").with("id", id),
        ));
    }
    viewer.notice(Message::new("admin-notice-job-queued"));
    Ok(redirect("/admin/jobs"))
}
