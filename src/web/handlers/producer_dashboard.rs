//! `/dashboard/products`: a producer's own listings, their photos and bulk
//! import. Every listing route checks ownership in the service.

use actix_web::http::StatusCode;
use actix_web::http::header::CONTENT_DISPOSITION;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde::Serialize;
use serde_json::json;

use super::choices::{Choice, WordedChoice};
use crate::accounts::{Role, User};
use crate::catalogue::listings::{self, ListingInput};
use crate::catalogue::translations::TranslationInput;
use crate::catalogue::values::{ListingAction, PhotoAction, ProductStatus};
use crate::catalogue::{CatalogueError, import, photos, repo, views};
use crate::directory::model::{GiProduct, OdopProduct};
use crate::domain::FieldErrors;
use crate::domain::fields;
use crate::i18n::Language;
use crate::i18n::Message;
use crate::web::present::listings::{
    ListingActions, ListingEditPage, TranslationPanel, TranslationsView, decision_rows,
};
use crate::web::{AppError, AppState, Viewer, multipart, redirect};

pub(super) fn producer_user<'a>(viewer: &'a Viewer, req: &HttpRequest) -> Result<&'a User, AppError> {
    viewer.require_role(req, Role::Producer)
}

/// A form with what was typed, what is wrong with it, and the choices it offers.
#[derive(Serialize)]
pub(super) struct FormPage<T: Serialize, C: Serialize> {
    pub values: T,
    pub errors: FieldErrors,
    pub is_new: bool,
    #[serde(flatten)]
    pub choices: C,
}

/// The lists the listing form offers, for the producer's district.
#[derive(Serialize)]
pub(super) struct ListingChoices {
    sectors: Vec<Choice>,
    odop_products: Vec<OdopProduct>,
    /// The GIs of the producer's state, and the listing's own (`listings::claimable_gis`).
    gi_products: Vec<GiProduct>,
    units: Vec<WordedChoice>,
    /// What the title and description may be written in.
    languages: Vec<WordedChoice>,
}

#[get("/products")]
pub async fn list_products(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
) -> Result<HttpResponse, AppError> {
    let user = producer_user(&viewer, &req)?.clone();
    let page = state
        .db
        .read(move |conn| {
            let Some(producer) = repo::producer_by_user(conn, &user.id)? else {
                return Ok::<_, CatalogueError>(json!({ "has_profile": false, "products": [] }));
            };
            let products = repo::products_of_producer(conn, &producer.id)?;
            let notes: Vec<_> = products
                .iter()
                .map(|p| (p.id.clone(), p.moderation_note.clone()))
                .collect();
            let cards = views::cards(conn, products)?;
            let rows: Vec<_> = cards
                .into_iter()
                .map(|card| {
                    let note = notes
                        .iter()
                        .find(|(id, _)| id.as_str() == card.id)
                        .and_then(|(_, n)| n.clone());
                    json!({ "card": card, "note": note })
                })
                .collect();
            Ok(json!({ "has_profile": true, "producer_slug": producer.slug, "products": rows }))
        })
        .await?;
    state.templates.page("producers/products.html", &viewer, &page)
}

/// Choices the listing form offers, for the signed-in producer's district
/// and a listing that claims the GI `kept_gi` (`None` for a new one).
async fn listing_choices(
    state: &AppState,
    user: &User,
    kept_gi: Option<i32>,
) -> Result<ListingChoices, AppError> {
    let user = user.clone();
    state
        .db
        .read(move |conn| {
            let producer = listings::producer_of(conn, &user)?;
            let odop = repo::odop_products_of_district(conn, producer.district_code)?;
            Ok::<_, CatalogueError>(ListingChoices {
                sectors: super::choices::sectors(),
                odop_products: odop,
                gi_products: listings::claimable_gis(conn, &producer, kept_gi)?,
                units: super::choices::units(),
                languages: super::choices::languages(),
            })
        })
        .await
        .map_err(Into::into)
}

#[get("/products/new")]
pub async fn new_product(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
) -> Result<HttpResponse, AppError> {
    let user = producer_user(&viewer, &req)?.clone();
    let choices = match listing_choices(&state, &user, None).await {
        Err(AppError::NeedsProfile) => {
            viewer.notice(Message::new("producers-notice-profile-first"));
            return Ok(redirect("/dashboard/profile"));
        }
        other => other?,
    };
    let values = ListingInput {
        currency: "INR".into(),
        moq_unit: "pieces".into(),
        ..ListingInput::default()
    };
    let page = FormPage {
        is_new: true,
        values,
        errors: FieldErrors::new(),
        choices,
    };
    state.templates.page(
        "producers/product_form.html",
        &viewer,
        &json!({ "form": page, "product": null }),
    )
}

#[post("/products/new")]
pub async fn create_product(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    form: web::Form<ListingInput>,
) -> Result<HttpResponse, AppError> {
    let user = producer_user(&viewer, &req)?.clone();
    let input = form.into_inner();
    let (owner, typed) = (user.clone(), input.clone());
    let now = state.clock.now();
    match state
        .db
        .write(move |conn| listings::create_listing(conn, &owner, &typed, now))
        .await
    {
        Ok(product) => {
            viewer.notice(Message::new("producers-notice-draft-saved"));
            Ok(redirect(&format!("/dashboard/products/{}/edit", product.id)))
        }
        Err(CatalogueError::Invalid(errors)) => {
            let page = FormPage {
                is_new: true,
                values: input,
                errors,
                choices: listing_choices(&state, &user, None).await?,
            };
            state.templates.page_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                "producers/product_form.html",
                &viewer,
                &json!({ "form": page, "product": null }),
            )
        }
        Err(other) => Err(other.into()),
    }
}

/// A refused photo upload: the message for the photo field and the alt text typed.
pub(super) struct PhotoProblem {
    message: Message,
    alt: String,
}

/// What the edit page shows again after a refused form, or on a fresh visit.
pub(super) enum Returned {
    /// A plain visit; `?translate=hi` opens that translation in its form.
    Fresh(Option<Language>),
    Listing(Box<ListingInput>, FieldErrors),
    Photo(PhotoProblem),
    Translation(TranslationInput, FieldErrors),
}

/// The edit page: the form, the photos, the translations, the status and its history.
pub(super) async fn render_edit(
    state: &AppState,
    viewer: &Viewer,
    user: &User,
    id: String,
    returned: Returned,
) -> Result<HttpResponse, AppError> {
    let owner = user.clone();
    let (product, page_data, history, stored, translations) = state
        .db
        .read(move |conn| {
            let (_, product) = listings::owned_product(conn, &owner, &id)?;
            let digits = repo::currency_digits(conn, &product.currency)?.unwrap_or(2);
            let stored = ListingInput::from_product(&product, digits);
            let history = decision_rows(repo::decisions_of(conn, &product.id)?);
            let translations = repo::product_translations(conn, &product.id)?;
            let page = views::product_page(conn, product.clone())?.ok_or(CatalogueError::NotFound)?;
            Ok::<_, CatalogueError>((product, page, history, stored, translations))
        })
        .await?;
    let status = match &returned {
        Returned::Fresh(_) => StatusCode::OK,
        _ => StatusCode::UNPROCESSABLE_ENTITY,
    };
    let (values, errors, photo, translation) = match returned {
        Returned::Fresh(asked) => (
            None,
            FieldErrors::new(),
            None,
            TranslationPanel::asked(&translations, asked),
        ),
        Returned::Listing(values, errors) => (Some(*values), errors, None, TranslationPanel::default()),
        Returned::Photo(problem) => (
            None,
            FieldErrors::new(),
            Some(problem),
            TranslationPanel::default(),
        ),
        Returned::Translation(values, errors) => (
            None,
            FieldErrors::new(),
            None,
            TranslationPanel { values, errors },
        ),
    };
    let page = FormPage {
        is_new: false,
        values: values.unwrap_or(stored),
        errors,
        choices: listing_choices(state, user, product.gi_product_id).await?,
    };
    let data = ListingEditPage {
        photo_error: photo.as_ref().map(|p| p.message.clone()),
        alt_value: photo.map(|p| p.alt),
        translations: TranslationsView::new(product.language, translations, translation),
        form: page,
        product: page_data,
        history,
        actions: ListingActions::of(&product),
    };
    state
        .templates
        .page_with_status(status, "producers/product_form.html", viewer, &data)
}

#[derive(serde::Deserialize)]
pub struct EditQuery {
    /// A translation to open in the "Other languages" form.
    translate: Option<String>,
}

#[get("/products/{id}/edit")]
pub async fn edit_product(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    id: web::Path<String>,
    query: web::Query<EditQuery>,
) -> Result<HttpResponse, AppError> {
    let user = producer_user(&viewer, &req)?.clone();
    let asked = query.translate.as_deref().and_then(Language::from_tag);
    render_edit(&state, &viewer, &user, id.into_inner(), Returned::Fresh(asked)).await
}

#[post("/products/{id}/edit")]
pub async fn update_product(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    id: web::Path<String>,
    form: web::Form<ListingInput>,
) -> Result<HttpResponse, AppError> {
    let user = producer_user(&viewer, &req)?.clone();
    let (id, input) = (id.into_inner(), form.into_inner());
    let (owner, key, typed) = (user.clone(), id.clone(), input.clone());
    let now = state.clock.now();
    match state
        .db
        .write(move |conn| listings::update_listing(conn, &owner, &key, &typed, now))
        .await
    {
        Ok(saved) => {
            viewer.notice(saved_notice(saved.status));
            Ok(redirect(&format!("/dashboard/products/{id}/edit")))
        }
        Err(CatalogueError::Invalid(errors)) => {
            render_edit(
                &state,
                &viewer,
                &user,
                id,
                Returned::Listing(Box::new(input), errors),
            )
            .await
        }
        Err(other) => Err(other.into()),
    }
}

/// What a destructive button asks before it acts: a page of its own, so the
/// question works without JavaScript and a slipped tap on a phone costs nothing.
/// `action` and `back` are built here from ids read from the database (the
/// template does not escape them).
#[derive(Serialize)]
struct ConfirmPage {
    /// The listing's title, for the way back.
    title: String,
    question: Message,
    consequence: Message,
    action: String,
    button: Message,
    back: String,
}

#[get("/products/{id}/delete")]
pub async fn confirm_delete_product(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let user = producer_user(&viewer, &req)?.clone();
    let id = id.into_inner();
    let key = id.clone();
    let (_, product) = state
        .db
        .read(move |conn| listings::owned_product(conn, &user, &key))
        .await?;
    let back = format!("/dashboard/products/{id}/edit");
    if !product.deletable() {
        viewer.notice(Message::new("producers-notice-archived-not-deleted"));
        return Ok(redirect(&back));
    }
    let page = ConfirmPage {
        question: Message::new("producers-delete-question").with("title", product.title.as_str()),
        consequence: Message::new("producers-delete-consequence"),
        title: product.title,
        action: format!("/dashboard/products/{id}/delete"),
        button: Message::new("producers-delete-button"),
        back,
    };
    state.templates.page("producers/confirm.html", &viewer, &page)
}

#[get("/products/{id}/photos/{image_id}/delete")]
pub async fn confirm_remove_photo(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let user = producer_user(&viewer, &req)?.clone();
    let (id, image_id) = path.into_inner();
    let key = id.clone();
    let (product, images) = state
        .db
        .read(move |conn| {
            let (_, product) = listings::owned_product(conn, &user, &key)?;
            let images = repo::images_of(conn, &product.id)?;
            Ok::<_, CatalogueError>((product, images))
        })
        .await?;
    let (number, image) = images
        .iter()
        .enumerate()
        .find(|(_, image)| image.id == image_id.as_str())
        .ok_or_else(|| AppError::NotFoundWhat(Message::new("error-no-such-listing-photo")))?;
    let page = ConfirmPage {
        question: Message::new("producers-photo-remove-question")
            .with("number", number + 1)
            .with("title", product.title.as_str()),
        consequence: Message::new("producers-photo-remove-consequence").with("alt", image.alt_text.as_str()),
        title: product.title.clone(),
        action: format!("/dashboard/products/{id}/photos/{image_id}/delete"),
        button: Message::new("producers-photo-remove-button"),
        back: format!("/dashboard/products/{id}/edit#photos"),
    };
    state.templates.page("producers/confirm.html", &viewer, &page)
}

/// The status changes a producer makes with a button.
#[post("/products/{id}/{action:submit|archive|restore|delete}")]
pub async fn change_product_status(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(String, ListingAction)>,
) -> Result<HttpResponse, AppError> {
    let user = producer_user(&viewer, &req)?.clone();
    let (id, action) = path.into_inner();
    let key = id.clone();
    let now = state.clock.now();
    let outcome = state
        .db
        .write(move |conn| listings::act_on_listing(conn, &user, &key, action, now))
        .await;
    match outcome {
        Ok(orphaned) => {
            for hash in orphaned {
                state.media.delete(&hash).await;
            }
            let (message, target) = match action {
                ListingAction::Submit => (
                    Message::new("producers-notice-submitted"),
                    format!("/dashboard/products/{id}/edit"),
                ),
                ListingAction::Archive => (
                    Message::new("producers-notice-archived"),
                    format!("/dashboard/products/{id}/edit"),
                ),
                ListingAction::Restore => (
                    Message::new("producers-notice-restored"),
                    format!("/dashboard/products/{id}/edit"),
                ),
                ListingAction::Delete => (
                    Message::new("producers-notice-deleted"),
                    "/dashboard/products".to_owned(),
                ),
            };
            viewer.notice(message);
            Ok(redirect(&target))
        }
        Err(error) => {
            viewer.notice(error.into_refusal()?);
            Ok(redirect(&format!("/dashboard/products/{id}/edit")))
        }
    }
}

#[get("/products/import")]
pub async fn show_import(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
) -> Result<HttpResponse, AppError> {
    producer_user(&viewer, &req)?;
    viewer.csrf_token();
    state.templates.page(
        "producers/import.html",
        &viewer,
        &json!({ "columns": import::COLUMNS, "report": null, "error": null }),
    )
}

#[get("/products/import/template.csv")]
pub async fn import_template(req: HttpRequest, viewer: Viewer) -> Result<HttpResponse, AppError> {
    producer_user(&viewer, &req)?;
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            CONTENT_DISPOSITION,
            "attachment; filename=\"odop-bazaar-products.csv\"",
        ))
        .body(import::template_csv()))
}

/// Largest CSV accepted for import.
const IMPORT_LIMIT: usize = 2 * 1024 * 1024;

#[post("/products/import")]
pub async fn run_import(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    payload: actix_multipart::Multipart,
) -> Result<HttpResponse, AppError> {
    let user = producer_user(&viewer, &req)?.clone();
    let render = |report: Option<import::ImportReport>, error: Option<Message>| {
        let status = if error.is_some() {
            StatusCode::UNPROCESSABLE_ENTITY
        } else {
            StatusCode::OK
        };
        let data = json!({ "columns": import::COLUMNS, "report": report, "error": error });
        state
            .templates
            .page_with_status(status, "producers/import.html", &viewer, &data)
    };
    let upload = match multipart::read(payload, IMPORT_LIMIT).await {
        Ok(upload) => upload,
        Err(AppError::PayloadTooLarge(message)) => return render(None, Some(message)),
        Err(other) => return Err(other),
    };
    let Some((_, _, bytes)) = upload.file else {
        return render(None, Some(Message::new("producers-import-choose-file")));
    };
    let now = state.clock.now();
    match import::import_csv(&state.db, &user, &bytes, now, |_, _| {}).await {
        Ok(report) => render(Some(report), None),
        Err(CatalogueError::Invalid(errors)) => render(
            None,
            Some(Message::new("field-problem").with("text", fields::in_one_line(&errors, viewer.locale))),
        ),
        Err(CatalogueError::NotAllowed(message)) => render(None, Some(message)),
        Err(CatalogueError::NoProfile) => Err(AppError::NeedsProfile),
        Err(other) => Err(other.into()),
    }
}

#[post("/products/{id}/photos")]
pub async fn upload_photo(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    id: web::Path<String>,
    payload: actix_multipart::Multipart,
) -> Result<HttpResponse, AppError> {
    let user = producer_user(&viewer, &req)?.clone();
    let id = id.into_inner();
    // Ownership first: nothing of someone else's listing is processed.
    let (owner, key, now) = (user.clone(), id.clone(), state.clock.now());
    match state
        .db
        .write(move |conn| photos::check_can_add(conn, &owner, &key, now))
        .await
    {
        Err(CatalogueError::NotAllowed(message)) => {
            return photo_refused(&state, &viewer, &user, id, message, String::new()).await;
        }
        other => other?,
    }
    let form = multipart::receive_image(&state, payload, "photo", |fields| {
        match photos::parse_alt(fields.get("alt").map_or("", String::as_str)) {
            Err(CatalogueError::Invalid(errors)) => Err(Message::new("field-problem")
                .with("text", fields::in_one_line(&errors, crate::i18n::current()))),
            _ => Ok(()),
        }
    })
    .await?;
    let alt = form.fields.get("alt").cloned().unwrap_or_default();
    let stored = match form.image {
        Ok(stored) => stored,
        Err(message) => return photo_refused(&state, &viewer, &user, id, message, alt).await,
    };
    let (owner, key, text) = (user.clone(), id.clone(), alt.clone());
    let hash = stored.hash.clone();
    let attached = state
        .db
        .write(move |conn| {
            photos::attach(
                conn,
                &owner,
                &key,
                &stored.hash,
                stored.width,
                stored.height,
                &text,
                now,
            )
        })
        .await;
    match attached {
        Ok(status) => {
            let notice = if status == ProductStatus::Submitted {
                Message::new("producers-notice-photo-added-for-review")
            } else {
                Message::new("producers-notice-photo-added")
            };
            viewer.notice(notice);
            Ok(redirect(&format!("/dashboard/products/{id}/edit#photos")))
        }
        Err(error) => {
            multipart::discard_unless_used(&state, hash).await;
            match error {
                CatalogueError::NotAllowed(message) => {
                    photo_refused(&state, &viewer, &user, id, message, alt).await
                }
                other => Err(other.into()),
            }
        }
    }
}

/// The edit page again, with the photo problem next to the upload field.
async fn photo_refused(
    state: &AppState,
    viewer: &Viewer,
    user: &User,
    id: String,
    message: Message,
    alt: String,
) -> Result<HttpResponse, AppError> {
    render_edit(
        state,
        viewer,
        user,
        id,
        Returned::Photo(PhotoProblem { message, alt }),
    )
    .await
}

#[derive(serde::Deserialize)]
pub struct PhotoForm {
    #[serde(default)]
    alt: String,
    #[serde(default)]
    direction: String,
}

/// Describe, move or remove one photo.
#[post("/products/{id}/photos/{image_id}/{action:alt|move|delete}")]
pub async fn change_photo(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(String, String, PhotoAction)>,
    form: web::Form<PhotoForm>,
) -> Result<HttpResponse, AppError> {
    let user = producer_user(&viewer, &req)?.clone();
    let (id, image_id, action) = path.into_inner();
    let (key, form) = (id.clone(), form.into_inner());
    let now = state.clock.now();
    let outcome = state
        .db
        .write(move |conn| match action {
            PhotoAction::Describe => photos::describe(conn, &user, &key, &image_id, &form.alt).map(|()| None),
            PhotoAction::Move => {
                photos::shift(conn, &user, &key, &image_id, form.direction == "up", now).map(|()| None)
            }
            PhotoAction::Remove => photos::remove(conn, &user, &key, &image_id, now),
        })
        .await;
    match outcome {
        Ok(orphan) => {
            if let Some(hash) = orphan {
                state.media.delete(&hash).await;
            }
            Ok(redirect(&format!("/dashboard/products/{id}/edit#photos")))
        }
        Err(CatalogueError::NotAllowed(message)) => {
            viewer.notice(message);
            Ok(redirect(&format!("/dashboard/products/{id}/edit#photos")))
        }
        Err(CatalogueError::Invalid(errors)) => {
            viewer.notify(&fields::in_one_line(&errors, viewer.locale));
            Ok(redirect(&format!("/dashboard/products/{id}/edit#photos")))
        }
        Err(other) => Err(other.into()),
    }
}

/// What a producer is told after saving a listing's text: whether it waits
/// for review again.
pub(super) fn saved_notice(status: ProductStatus) -> Message {
    Message::new(if status == ProductStatus::Submitted {
        "producers-notice-saved-for-review"
    } else {
        "producers-notice-saved"
    })
}
