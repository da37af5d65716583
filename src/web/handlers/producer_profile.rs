//! `/dashboard/profile`: a producer's business profile and logo.

use std::collections::BTreeMap;

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde::Serialize;

use super::choices;
use super::choices::{Choice, DistrictGroup, WordedChoice};
use super::producer_dashboard::{FormPage, producer_user};
use crate::accounts::User;
use crate::catalogue::profile::{self, ProfileInput};
use crate::catalogue::translations;
use crate::catalogue::values::{INCOTERMS, ProducerKind};
use crate::catalogue::views::{self, LogoView};
use crate::catalogue::{CatalogueError, repo};
use crate::domain::FieldErrors;
use crate::i18n::{Language, Message};
use crate::web::{AppError, AppState, Viewer, forms, multipart, redirect};

/// Choices the profile form offers.
async fn profile_choices(state: &AppState) -> Result<ProfileChoices, AppError> {
    Ok(ProfileChoices {
        district_groups: choices::district_groups(state.db.read(repo::all_districts).await?),
        kinds: ProducerKind::ALL
            .iter()
            .map(|k| Choice::new(k.as_str(), k.label()))
            .collect(),
        incoterms_list: &INCOTERMS,
        languages: choices::languages(),
    })
}

#[derive(Serialize)]
struct ProfileChoices {
    district_groups: Vec<DistrictGroup>,
    kinds: Vec<Choice>,
    incoterms_list: &'static [&'static str],
    /// What the story may be written in.
    languages: Vec<WordedChoice>,
}

#[derive(Serialize)]
struct ProfilePage {
    #[serde(flatten)]
    form: FormPage<ProfileInput, ProfileChoices>,
    logo: Option<LogoView>,
    /// Shown in place of a missing logo.
    initials: String,
    /// Why an uploaded logo was refused, shown next to the logo field.
    logo_error: Option<Message>,
    /// The story in the other languages, for the "Other languages" form.
    stories: Vec<StoryField>,
    story_errors: FieldErrors,
}

/// One language's story field of the profile's "Other languages" form.
#[derive(Serialize)]
struct StoryField {
    field: &'static str,
    language: Language,
    name: Message,
    value: String,
}

/// What the story form sends: `story_hi`, `story_ar`… (see `translations::story_field`).
type TypedStories = BTreeMap<String, String>;

/// What a refused form sends back to the profile page.
enum Returned {
    /// Nothing: the page as stored.
    Nothing,
    /// The profile form as typed, with its errors.
    Profile(Box<ProfileInput>, FieldErrors),
    /// Why an uploaded logo was refused.
    Logo(Message),
    /// The stories as typed, with their errors.
    Stories(TypedStories, FieldErrors),
}

/// The profile page as stored, or with what a refused form sent back.
async fn render_profile(
    state: &AppState,
    viewer: &Viewer,
    user: &User,
    returned: Returned,
) -> Result<HttpResponse, AppError> {
    let (values, errors, logo_error, stories) = match returned {
        Returned::Nothing => (None, FieldErrors::new(), None, None),
        Returned::Profile(values, errors) => (Some(*values), errors, None, None),
        Returned::Logo(message) => (None, FieldErrors::new(), Some(message), None),
        Returned::Stories(typed, errors) => (None, FieldErrors::new(), None, Some((typed, errors))),
    };
    let user_id = user.id.clone();
    let (existing, kept) = state
        .db
        .read(move |conn| {
            let existing = repo::producer_by_user(conn, &user_id)?;
            let kept = match &existing {
                Some(producer) => repo::producer_translations(conn, &producer.id)?,
                None => Vec::new(),
            };
            Ok::<_, CatalogueError>((existing, kept))
        })
        .await?;
    let (typed, story_errors) = stories.unwrap_or_default();
    let stories = match &existing {
        Some(producer) => Language::ALL
            .iter()
            .filter(|language| **language != producer.language)
            .map(|language| {
                let field = translations::story_field(*language);
                StoryField {
                    field,
                    language: *language,
                    name: Message::new("products-language-name").with("language", language.as_str()),
                    value: typed.get(field).cloned().unwrap_or_else(|| {
                        kept.iter()
                            .find(|t| t.language == *language)
                            .map(|t| t.story.clone())
                            .unwrap_or_default()
                    }),
                }
            })
            .collect(),
        None => Vec::new(),
    };
    let status = if errors.is_empty() && logo_error.is_none() && story_errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page = ProfilePage {
        logo: existing.as_ref().and_then(views::logo_view),
        initials: existing
            .as_ref()
            .map(|p| views::initials(&p.business_name))
            .unwrap_or_default(),
        logo_error,
        stories,
        story_errors,
        form: FormPage {
            is_new: existing.is_none(),
            values: values
                .or_else(|| existing.as_ref().map(ProfileInput::from_producer))
                .unwrap_or_default(),
            errors,
            choices: profile_choices(state).await?,
        },
    };
    state
        .templates
        .page_with_status(status, "producers/profile_form.html", viewer, &page)
}

#[get("/profile")]
pub async fn show_profile(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
) -> Result<HttpResponse, AppError> {
    let user = producer_user(&viewer, &req)?.clone();
    render_profile(&state, &viewer, &user, Returned::Nothing).await
}

#[post("/profile")]
pub async fn save_profile(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let user = producer_user(&viewer, &req)?.clone();
    // Incoterms come as one `incoterms` field per ticked box.
    let input: ProfileInput = forms::parse(&body, &["incoterms"])?;
    let (owner, saved_input) = (user.clone(), input.clone());
    let now = state.clock.now();
    let result = state
        .db
        .write(move |conn| profile::save_profile(conn, &owner, &saved_input, now))
        .await;
    match result {
        Ok(producer) => {
            viewer.notice(Message::new("producers-notice-profile-saved"));
            Ok(redirect(&format!("/producers/{}", producer.slug)))
        }
        Err(CatalogueError::Invalid(errors)) => {
            render_profile(&state, &viewer, &user, Returned::Profile(Box::new(input), errors)).await
        }
        Err(other) => Err(other.into()),
    }
}

/// Saves the story in the other languages; an emptied one is removed.
#[post("/profile/stories")]
pub async fn save_stories(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    form: web::Form<TypedStories>,
) -> Result<HttpResponse, AppError> {
    let user = producer_user(&viewer, &req)?.clone();
    let typed = form.into_inner();
    let (owner, sent, now) = (user.clone(), typed.clone(), state.clock.now());
    match state
        .db
        .write(move |conn| translations::save_stories(conn, &owner, &sent, now))
        .await
    {
        Ok(()) => {
            viewer.notice(Message::new("producers-notice-profile-saved"));
            Ok(redirect("/dashboard/profile#stories"))
        }
        Err(CatalogueError::Invalid(errors)) => {
            render_profile(&state, &viewer, &user, Returned::Stories(typed, errors)).await
        }
        Err(other) => Err(other.into()),
    }
}

/// Uploads a logo (multipart; the form token is its first part).
/// A refused file leaves the current logo as it is.
#[post("/profile/logo")]
pub async fn upload_logo(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    payload: actix_multipart::Multipart,
) -> Result<HttpResponse, AppError> {
    let user = producer_user(&viewer, &req)?.clone();
    // Nothing is processed for an account without a profile or over its limit.
    let (owner, now) = (user.clone(), state.clock.now());
    match state
        .db
        .write(move |conn| profile::check_can_upload_logo(conn, &owner, now))
        .await
    {
        Err(CatalogueError::NotAllowed(message)) => {
            return render_profile(&state, &viewer, &user, Returned::Logo(message)).await;
        }
        other => other?,
    }
    let stored = match multipart::receive_image(&state, payload, "logo", |_| Ok(()))
        .await?
        .image
    {
        Ok(stored) => stored,
        Err(message) => {
            return render_profile(&state, &viewer, &user, Returned::Logo(message)).await;
        }
    };
    let hash = stored.hash.clone();
    let saved = state
        .db
        .write(move |conn| profile::set_logo(conn, &user, &stored.hash, stored.width, stored.height, now))
        .await;
    match saved {
        Ok(replaced) => {
            if let Some(old) = replaced {
                state.media.delete(&old).await;
            }
            viewer.notice(Message::new("producers-notice-logo-saved"));
            Ok(redirect("/dashboard/profile#logo"))
        }
        Err(error) => {
            multipart::discard_unless_used(&state, hash).await;
            Err(error.into())
        }
    }
}

#[post("/profile/logo/delete")]
pub async fn remove_logo(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
) -> Result<HttpResponse, AppError> {
    let user = producer_user(&viewer, &req)?.clone();
    let now = state.clock.now();
    let unused = state
        .db
        .write(move |conn| profile::remove_logo(conn, &user, now))
        .await?;
    if let Some(hash) = unused {
        state.media.delete(&hash).await;
    }
    viewer.notice(Message::new("producers-notice-logo-removed"));
    Ok(redirect("/dashboard/profile#logo"))
}
