//! Curators' pages under `/dashboard/showcases`: their showcases, the
//! showcase form (new and edit, the banner uploaded with it), the editor
//! (products in order with notes and pavilions, a search that adds more,
//! publishing), and the "Add to showcase" form of product and search pages.
//! Organisers reach their own showcases, admins every one; to anyone else a
//! showcase does not exist.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde::Deserialize;

use crate::accounts::{Role, User};
use crate::domain::FieldErrors;
use crate::i18n::Message;
use crate::search::SearchQuery;
use crate::showcases::service::{self, BannerUpload, ItemInput, Move, NewBanner, ShowcaseInput};
use crate::showcases::{ShowcaseError, views};
use crate::web::present::showcases::{
    AddPage, Curate, EditorPage, ItemErrors, ShowcaseForm, ShowcaseListPage, showcase_cards,
};
use crate::web::session::safe_next;
use crate::web::{AppError, AppState, Viewer, forms, multipart, redirect};

/// Search results the editor lists at once.
const FOUND_PER_PAGE: usize = 12;

/// The signed-in organiser or admin.
pub(super) fn curator<'a>(viewer: &'a Viewer, req: &HttpRequest) -> Result<&'a User, AppError> {
    let user = viewer.require_user(req)?;
    if service::may_curate(user) {
        Ok(user)
    } else {
        Err(AppError::Forbidden(
            Message::new("error-page-for-role").with("role", Role::Organiser.as_str()),
        ))
    }
}

fn status_for(errors: &FieldErrors) -> StatusCode {
    if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    }
}

fn editor_path(id: &str) -> String {
    format!("/dashboard/showcases/{id}")
}

#[get("/showcases")]
pub async fn list_my_showcases(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    let user = curator(&viewer, &req)?.clone();
    let all = user.role() == Role::Admin;
    let summaries = state.db.read(move |conn| views::curated(conn, &user)).await?;
    let page = ShowcaseListPage {
        showcases: showcase_cards(&summaries, now),
        all,
    };
    state.templates.page("showcases/mine.html", &viewer, &page)
}

async fn render_new(
    state: &AppState,
    viewer: &Viewer,
    user: User,
    values: ShowcaseInput,
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    let events = state
        .db
        .read(move |conn| service::linkable_events(conn, &user, now))
        .await?;
    let form = ShowcaseForm::new(values, errors, &events, None);
    state
        .templates
        .page_with_status(status_for(&form.errors), "showcases/new.html", viewer, &form)
}

#[get("/showcases/new")]
pub async fn new_showcase(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
) -> Result<HttpResponse, AppError> {
    let user = curator(&viewer, &req)?.clone();
    let values = ShowcaseInput {
        pavilions: "none".into(),
        ..ShowcaseInput::default()
    };
    render_new(&state, &viewer, user, values, FieldErrors::new()).await
}

/// The showcase form's fields and its banner: the file, when one came, is
/// counted against the account's hourly uploads and then stored through the
/// media pipeline, which judges it by its content.
async fn receive_form(
    state: &AppState,
    user: &User,
    payload: actix_multipart::Multipart,
) -> Result<(ShowcaseInput, BannerUpload), AppError> {
    let parts = multipart::read_image_form(payload, "banner").await?;
    let fields = serde_json::to_value(&parts.fields).map_err(|e| {
        AppError::BadRequest(Message::new("error-form-unreadable").with("error", e.to_string()))
    })?;
    let input: ShowcaseInput = forms::from_json(fields, "a showcase form")?;
    let banner = match parts.file {
        Err(message) => BannerUpload::Refused(message),
        Ok(None) => BannerUpload::Keep,
        Ok(Some(bytes)) => {
            let (uploader, now) = (user.clone(), state.clock.now());
            match state
                .db
                .write(move |conn| service::check_can_upload(conn, &uploader, now))
                .await
            {
                Err(ShowcaseError::NotAllowed(message)) => BannerUpload::Refused(message),
                Err(other) => return Err(other.into()),
                Ok(()) => match multipart::store_image(state, bytes).await? {
                    Ok(stored) => BannerUpload::New(NewBanner {
                        hash: stored.hash,
                        width: stored.width,
                        height: stored.height,
                    }),
                    Err(message) => BannerUpload::Refused(message),
                },
            }
        }
    };
    Ok((input, banner))
}

/// The files of a banner stored for a form that saved nothing.
async fn discard(state: &AppState, banner: &BannerUpload) {
    if let BannerUpload::New(new) = banner {
        multipart::discard_unless_used(state, new.hash.clone()).await;
    }
}

#[post("/showcases")]
pub async fn create_showcase(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    payload: actix_multipart::Multipart,
) -> Result<HttpResponse, AppError> {
    let user = curator(&viewer, &req)?.clone();
    let (input, banner) = receive_form(&state, &user, payload).await?;
    let (owner, typed, upload, now) = (user.clone(), input.clone(), banner.clone(), state.clock.now());
    match state
        .db
        .write(move |conn| service::create_showcase(conn, &owner, &typed, upload, now))
        .await
    {
        Ok(showcase) => {
            viewer.notice(Message::new("showcases-notice-created"));
            Ok(redirect(&editor_path(&showcase.id)))
        }
        Err(ShowcaseError::Invalid(errors)) => {
            discard(&state, &banner).await;
            render_new(&state, &viewer, user, input, errors).await
        }
        Err(other) => {
            discard(&state, &banner).await;
            Err(other.into())
        }
    }
}

/// What the editor shows besides the stored showcase: a form sent back, an
/// item's form sent back, a search, problems with adding or publishing.
#[derive(Default)]
struct EditorState {
    form: Option<(ShowcaseInput, FieldErrors)>,
    item: Option<ItemErrors>,
    q: Option<String>,
    errors: FieldErrors,
}

async fn render_editor(
    state: &AppState,
    viewer: &Viewer,
    user: User,
    id: String,
    shown: EditorState,
) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    let editor = state
        .db
        .read(move |conn| views::editor(conn, &user, &id, now))
        .await?;
    let found = match shown.q.as_deref().map(str::trim).filter(|q| !q.is_empty()) {
        Some(q) => {
            let query = SearchQuery {
                per_page: FOUND_PER_PAGE,
                ..SearchQuery::text(q)
            };
            Some((q.to_owned(), state.search.search(&query).await?))
        }
        None => None,
    };
    let failed = !shown.errors.is_empty()
        || shown.item.is_some()
        || shown.form.as_ref().is_some_and(|(_, errors)| !errors.is_empty());
    let (values, form_errors) = shown.form.unwrap_or_else(|| {
        let values = ShowcaseInput::from_showcase(
            &editor.showcase,
            &editor.sections,
            editor.event.as_ref(),
            editor.banner.as_ref(),
        );
        // Publishing's problems with the dates belong beside the date fields.
        (values, shown.errors.clone())
    });
    let form = ShowcaseForm::new(values, form_errors, &editor.events, editor.banner.as_ref());
    let search = found
        .as_ref()
        .map(|(q, results)| (q.clone(), results.total, results.hits.as_slice()));
    let page = EditorPage::new(editor, form, shown.item, search, shown.errors);
    let status = if failed {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    state
        .templates
        .page_with_status(status, "showcases/editor.html", viewer, &page)
}

/// The editor again with the problems `shown` places, when the error is
/// field problems; any other error as it is.
async fn refused(
    state: &AppState,
    viewer: &Viewer,
    user: User,
    id: String,
    error: ShowcaseError,
    shown: impl FnOnce(FieldErrors) -> EditorState,
) -> Result<HttpResponse, AppError> {
    match error {
        ShowcaseError::Invalid(errors) => render_editor(state, viewer, user, id, shown(errors)).await,
        other => Err(other.into()),
    }
}

#[derive(Deserialize)]
pub struct EditorQuery {
    q: Option<String>,
}

#[get("/showcases/{id}")]
pub async fn edit_showcase(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    id: web::Path<String>,
    query: web::Query<EditorQuery>,
) -> Result<HttpResponse, AppError> {
    let user = curator(&viewer, &req)?.clone();
    let shown = EditorState {
        q: query.into_inner().q,
        ..EditorState::default()
    };
    render_editor(&state, &viewer, user, id.into_inner(), shown).await
}

#[post("/showcases/{id}")]
pub async fn update_showcase(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    id: web::Path<String>,
    payload: actix_multipart::Multipart,
) -> Result<HttpResponse, AppError> {
    let user = curator(&viewer, &req)?.clone();
    let id = id.into_inner();
    // Nothing of someone else's showcase is processed, their banner included.
    let (reader, key) = (user.clone(), id.clone());
    state
        .db
        .read(move |conn| service::editable(conn, &reader, &key))
        .await?;
    let (input, banner) = receive_form(&state, &user, payload).await?;
    let (writer, key, typed, upload, now) = (
        user.clone(),
        id.clone(),
        input.clone(),
        banner.clone(),
        state.clock.now(),
    );
    match state
        .db
        .write(move |conn| service::update_showcase(conn, &writer, &key, &typed, upload, now))
        .await
    {
        Ok(saved) => {
            if let Some(hash) = saved.unused_banner {
                state.media.delete(&hash).await;
            }
            viewer.notice(Message::new("showcases-notice-saved"));
            Ok(redirect(&editor_path(&id)))
        }
        Err(error) => {
            discard(&state, &banner).await;
            refused(&state, &viewer, user, id, error, |errors| EditorState {
                form: Some((input, errors)),
                ..EditorState::default()
            })
            .await
        }
    }
}

#[post("/showcases/{id}/banner/delete")]
pub async fn remove_banner(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let user = curator(&viewer, &req)?.clone();
    let (id, now) = (id.into_inner(), state.clock.now());
    let key = id.clone();
    let unused = state
        .db
        .write(move |conn| service::remove_banner(conn, &user, &key, now))
        .await?;
    if let Some(hash) = unused {
        state.media.delete(&hash).await;
    }
    viewer.notice(Message::new("showcases-notice-banner-removed"));
    Ok(redirect(&format!("{}#banner", editor_path(&id))))
}

#[post("/showcases/{id}/publish")]
pub async fn publish_showcase(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let user = curator(&viewer, &req)?.clone();
    let (id, now) = (id.into_inner(), state.clock.now());
    let (writer, key) = (user.clone(), id.clone());
    match state
        .db
        .write(move |conn| service::publish(conn, &writer, &key, now))
        .await
    {
        Ok(showcase) => {
            let notice = if showcase.phase(now) == crate::showcases::model::Phase::Live {
                Message::new("showcases-notice-live")
            } else {
                Message::new("showcases-notice-published")
            };
            viewer.notice(notice);
            Ok(redirect(&editor_path(&id)))
        }
        Err(error) => {
            refused(&state, &viewer, user, id, error, |errors| EditorState {
                errors,
                ..EditorState::default()
            })
            .await
        }
    }
}

#[post("/showcases/{id}/unpublish")]
pub async fn unpublish_showcase(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let user = curator(&viewer, &req)?.clone();
    let (id, now) = (id.into_inner(), state.clock.now());
    let key = id.clone();
    state
        .db
        .write(move |conn| service::unpublish(conn, &user, &key, now))
        .await?;
    viewer.notice(Message::new("showcases-notice-unpublished"));
    Ok(redirect(&editor_path(&id)))
}

#[derive(Deserialize)]
pub struct AddForm {
    #[serde(default)]
    product: String,
    /// The editor's search, kept across the add.
    #[serde(default)]
    q: String,
}

/// Adds a product found by the editor's search.
#[post("/showcases/{id}/items")]
pub async fn add_item(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    id: web::Path<String>,
    form: web::Form<AddForm>,
) -> Result<HttpResponse, AppError> {
    let user = curator(&viewer, &req)?.clone();
    let (id, form, now) = (id.into_inner(), form.into_inner(), state.clock.now());
    let (writer, key, product) = (user.clone(), id.clone(), form.product.clone());
    match state
        .db
        .write(move |conn| service::add_product(conn, &writer, &key, &product, "", now))
        .await
    {
        Ok((_, product)) => {
            viewer.notice(Message::new("showcases-notice-added-end").with("title", product.title));
            let search = url::form_urlencoded::Serializer::new(String::new())
                .append_pair("q", &form.q)
                .finish();
            Ok(redirect(&format!("{}?{search}#found", editor_path(&id))))
        }
        Err(error) => {
            refused(&state, &viewer, user, id, error, |errors| EditorState {
                q: Some(form.q),
                errors,
                ..EditorState::default()
            })
            .await
        }
    }
}

#[post("/showcases/{id}/items/{product}")]
pub async fn edit_item(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let user = curator(&viewer, &req)?.clone();
    let ((id, product_id), now) = (path.into_inner(), state.clock.now());
    let input: ItemInput = forms::parse(&body, &[])?;
    let (writer, key, product, typed) = (user.clone(), id.clone(), product_id.clone(), input.clone());
    match state
        .db
        .write(move |conn| service::edit_item(conn, &writer, &key, &product, &typed, now))
        .await
    {
        Ok(_) => {
            viewer.notice(Message::new("showcases-notice-note-saved"));
            Ok(redirect(&format!("{}#item-{product_id}", editor_path(&id))))
        }
        Err(error) => {
            refused(&state, &viewer, user, id, error, |errors| EditorState {
                item: Some(ItemErrors {
                    product_id,
                    values: input,
                    errors,
                }),
                ..EditorState::default()
            })
            .await
        }
    }
}

#[derive(Deserialize)]
pub struct MoveForm {
    to: String,
}

#[post("/showcases/{id}/items/{product}/move")]
pub async fn move_item(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(String, String)>,
    form: web::Form<MoveForm>,
) -> Result<HttpResponse, AppError> {
    let user = curator(&viewer, &req)?.clone();
    let ((id, product_id), now) = (path.into_inner(), state.clock.now());
    let to = Move::parse(&form.to).ok_or_else(|| AppError::BadRequest(Message::new("error-choose-move")))?;
    let (key, product) = (id.clone(), product_id.clone());
    state
        .db
        .write(move |conn| service::move_item(conn, &user, &key, &product, to, now))
        .await?;
    Ok(redirect(&format!("{}#item-{product_id}", editor_path(&id))))
}

#[post("/showcases/{id}/items/{product}/delete")]
pub async fn remove_item(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let user = curator(&viewer, &req)?.clone();
    let ((id, product_id), now) = (path.into_inner(), state.clock.now());
    let key = id.clone();
    state
        .db
        .write(move |conn| service::remove_item(conn, &user, &key, &product_id, now))
        .await?;
    viewer.notice(Message::new("showcases-notice-removed"));
    Ok(redirect(&format!("{}#products", editor_path(&id))))
}

#[derive(Deserialize)]
pub struct QuickAddForm {
    #[serde(default)]
    showcase: String,
    #[serde(default)]
    product: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    back: String,
}

/// "Add to showcase" on a product or search page: back to that page, or,
/// when something is wrong, this form on its own with the problem beside
/// its field.
#[post("/showcases/add")]
pub async fn add_to_showcase(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let user = curator(&viewer, &req)?.clone();
    let form: QuickAddForm = forms::parse(&body, &[])?;
    let now = state.clock.now();
    let back = safe_next(&state.settings.base_url, Some(&form.back));
    let result = if form.showcase.trim().is_empty() {
        Err(ShowcaseError::field(
            "showcase",
            Message::new("form-showcase-choose-one-showcases"),
        ))
    } else {
        let (writer, showcase, product, note) = (
            user.clone(),
            form.showcase.clone(),
            form.product.clone(),
            form.note.clone(),
        );
        state
            .db
            .write(move |conn| service::add_product(conn, &writer, &showcase, &product, &note, now))
            .await
    };
    match result {
        Ok((showcase, product)) => {
            viewer.notice(
                Message::new("showcases-notice-added-to")
                    .with("title", product.title)
                    .with("showcase", showcase.title),
            );
            Ok(redirect(&back))
        }
        Err(ShowcaseError::Invalid(errors)) => {
            let (reader, product_id) = (user.clone(), form.product.clone());
            let (showcases, product) = state
                .db
                .read(move |conn| {
                    let showcases = service::open_showcases_of(conn, &reader, now)?;
                    let product = crate::catalogue::repo::find_product(conn, &product_id)?;
                    Ok::<_, ShowcaseError>((showcases, product))
                })
                .await?;
            let page = AddPage {
                product_title: product.as_ref().map(|p| p.title.clone()).unwrap_or_default(),
                product_href: product
                    .as_ref()
                    .map(|p| crate::format::paths::product(&p.slug))
                    .unwrap_or_default(),
                product_id: form.product,
                curate: Curate::new(&showcases, back),
                showcase: form.showcase,
                note: form.note,
                errors,
            };
            state.templates.page_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                "showcases/add.html",
                &viewer,
                &page,
            )
        }
        Err(other) => Err(other.into()),
    }
}
