//! `/dashboard/buyer-profile`: who a buyer is, where, and what they source.

use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde::Serialize;

use super::choices;
use super::choices::Choice;
use super::producer_dashboard::FormPage;
use crate::accounts::{Role, User};
use crate::domain::FieldErrors;
use crate::enquiries::buyers::{self, BuyerProfileInput};
use crate::enquiries::values::BuyerType;
use crate::enquiries::{EnquiryError, repo};
use crate::i18n::Message;
use crate::web::render::form_status;
use crate::web::{AppError, AppState, Viewer, forms, redirect};

/// The stored profile, or `values` sent back with `errors`.
async fn render_profile(
    state: &AppState,
    viewer: &Viewer,
    user: &User,
    values: Option<BuyerProfileInput>,
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    let user_id = user.id.clone();
    let (profile, countries) = state
        .db
        .read(move |conn| {
            Ok::<_, AppError>((repo::buyer_profile(conn, &user_id)?, choices::countries(conn)?))
        })
        .await?;
    let status = form_status(&errors);
    let values = values.unwrap_or_else(|| BuyerProfileInput::from_profile(user, profile.as_ref()));
    let choices = BuyerChoices {
        countries,
        buyer_types: BuyerType::ALL
            .iter()
            .map(|t| Choice::new(t.as_str(), t.label()))
            .collect(),
        sectors: choices::sectors(),
        chosen_sectors: values
            .sectors
            .split(',')
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect(),
        time_zones: chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name()).collect(),
    };
    let page = FormPage {
        is_new: profile.is_none(),
        values,
        errors,
        choices,
    };
    state
        .templates
        .page_with_status(status, "enquiries/buyer_profile.html", viewer, &page)
}

/// The lists the buyer profile form offers.
#[derive(Serialize)]
struct BuyerChoices {
    countries: Vec<Choice>,
    buyer_types: Vec<Choice>,
    sectors: Vec<Choice>,
    chosen_sectors: Vec<String>,
    time_zones: Vec<&'static str>,
}

#[get("/buyer-profile")]
pub async fn show_buyer_profile(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require_role(&req, Role::Buyer)?.clone();
    render_profile(&state, &viewer, &user, None, FieldErrors::new()).await
}

#[post("/buyer-profile")]
pub async fn save_buyer_profile(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require_role(&req, Role::Buyer)?.clone();
    // Sectors come as one `sectors` field per ticked box.
    let input: BuyerProfileInput = forms::parse(&body, &["sectors"])?;
    let (owner, typed) = (user.clone(), input.clone());
    let now = state.clock.now();
    match state
        .db
        .write(move |conn| buyers::save_profile(conn, &owner, &typed, now))
        .await
    {
        Ok(_) => {
            viewer.notice(Message::new("enquiries-notice-profile-saved"));
            Ok(redirect("/dashboard"))
        }
        Err(EnquiryError::Invalid(errors)) => {
            render_profile(&state, &viewer, &user, Some(input), errors).await
        }
        Err(other) => Err(other.into()),
    }
}
