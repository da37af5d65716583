//! The currency menu: a GET form for visitors (it sets a cookie), a POST form
//! for signed-in people (it saves the account's setting too). A currency
//! that prices cannot be shown in keeps the current choice.

use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde::Deserialize;

use crate::accounts::changes;
use crate::currency::Currency;
use crate::domain::LocalPath;
use crate::web::currency::cookie;
use crate::web::{AppError, AppState, Viewer};

#[derive(Deserialize)]
pub struct Choice {
    #[serde(default)]
    to: String,
    #[serde(default)]
    next: String,
}

impl Choice {
    /// The chosen currency, if prices can be shown in it, and the page to go
    /// back to (this site's only, else the home page).
    fn read(&self, state: &AppState, viewer: &Viewer) -> (Option<Currency>, String) {
        let currency = Currency::parse(&self.to).filter(|c| viewer.prices.can_show(*c));
        let next = LocalPath::parse(&state.settings.base_url, &self.next)
            .map_or_else(|| "/".to_owned(), |path| path.as_str().to_owned());
        (currency, next)
    }
}

fn back_with(currency: Option<Currency>, next: &str) -> HttpResponse {
    let mut response = HttpResponse::SeeOther();
    response.insert_header((actix_web::http::header::LOCATION, next));
    if let Some(currency) = currency {
        response.cookie(cookie(currency));
    }
    response.finish()
}

/// `/currency?to=USD&next=/products/…`: keeps the choice in a cookie and goes back.
#[get("/currency")]
pub async fn choose_currency(
    state: web::Data<AppState>,
    viewer: Viewer,
    choice: web::Query<Choice>,
) -> Result<HttpResponse, AppError> {
    let (currency, next) = choice.read(&state, &viewer);
    Ok(back_with(currency, &next))
}

/// The signed-in menu's form: the account's currency, and the cookie too.
#[post("/currency")]
pub async fn save_currency(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    choice: web::Form<Choice>,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require_signed_in(&req)?;
    let (currency, next) = choice.read(&state, &viewer);
    if currency.is_some() {
        changes::change_currency(&state.db, user, currency, state.clock.now()).await?;
    }
    Ok(back_with(currency, &next))
}
