//! The currency menu: a GET form for visitors (it sets a cookie), a POST form
//! for signed-in people (it saves the account's setting too). A currency
//! that prices cannot be shown in keeps the current choice.

use actix_web::{HttpRequest, HttpResponse, get, post, web};

use super::language::{Choice, back_with};
use crate::accounts::changes;
use crate::currency::Currency;
use crate::web::currency::cookie;
use crate::web::{AppError, AppState, Viewer};

/// The chosen currency, if prices can be shown in it (else the current
/// choice stays), and the page to go back to.
fn read(choice: &Choice, state: &AppState, viewer: &Viewer) -> (Option<Currency>, String) {
    let currency = Currency::parse(&choice.to).filter(|c| viewer.prices.can_show(*c));
    (currency, choice.next(state))
}

/// `/currency?to=USD&next=/products/…`: keeps the choice in a cookie and goes back.
#[get("/currency")]
pub async fn choose_currency(
    state: web::Data<AppState>,
    viewer: Viewer,
    choice: web::Query<Choice>,
) -> Result<HttpResponse, AppError> {
    let (currency, next) = read(&choice, &state, &viewer);
    Ok(back_with(currency.map(cookie), &next))
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
    let (currency, next) = read(&choice, &state, &viewer);
    if currency.is_some() {
        changes::change_currency(&state.db, user, currency, state.clock.now()).await?;
    }
    Ok(back_with(currency.map(cookie), &next))
}
