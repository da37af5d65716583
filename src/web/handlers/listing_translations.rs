//! `/dashboard/products/{id}/translations`: a listing's title and
//! description in other languages, from the "Other languages" section of
//! its edit page (one form; works without JavaScript).

use actix_web::{HttpRequest, HttpResponse, post, web};

use super::producer_dashboard::{Returned, producer_user, render_edit, saved_notice};
use crate::catalogue::CatalogueError;
use crate::catalogue::translations::{self, TranslationInput};
use crate::i18n::Message;
use crate::web::{AppError, AppState, Viewer, redirect};

/// The form's fields are named `translation_*` so that their messages and
/// ids do not meet the listing form's on the same page.
#[derive(serde::Deserialize)]
pub struct TranslationForm {
    #[serde(default)]
    translation_language: String,
    #[serde(default)]
    translation_title: String,
    #[serde(default)]
    translation_description: String,
}

#[post("/products/{id}/translations")]
pub async fn save_translation(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    id: web::Path<String>,
    form: web::Form<TranslationForm>,
) -> Result<HttpResponse, AppError> {
    let user = producer_user(&viewer, &req)?.clone();
    let form = form.into_inner();
    let input = TranslationInput {
        language: form.translation_language,
        title: form.translation_title,
        description: form.translation_description,
    };
    let (id, owner, typed, now) = (id.into_inner(), user.clone(), input.clone(), state.clock.now());
    let key = id.clone();
    match state
        .db
        .write(move |conn| translations::save_listing_translation(conn, &owner, &key, &typed, now))
        .await
    {
        Ok(saved) => {
            viewer.notice(saved_notice(saved.status));
            Ok(redirect(&format!("/dashboard/products/{id}/edit#translations")))
        }
        Err(CatalogueError::Invalid(errors)) => {
            render_edit(&state, &viewer, &user, id, Returned::Translation(input, errors)).await
        }
        Err(other) => Err(other.into()),
    }
}

#[post("/products/{id}/translations/{language}/remove")]
pub async fn remove_translation(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let user = producer_user(&viewer, &req)?.clone();
    let (id, language) = path.into_inner();
    let (key, now) = (id.clone(), state.clock.now());
    state
        .db
        .write(move |conn| translations::remove_listing_translation(conn, &user, &key, &language, now))
        .await?;
    viewer.notice(Message::new("producers-notice-translation-removed"));
    Ok(redirect(&format!("/dashboard/products/{id}/edit#translations")))
}
