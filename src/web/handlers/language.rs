//! The language menu: a plain link for visitors (it sets a cookie), a form
//! for signed-in people (it saves the account's setting, which e-mails follow).

use actix_web::cookie::Cookie;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde::Deserialize;

use crate::accounts::changes;
use crate::accounts::model::User;
use crate::domain::LocalPath;
use crate::i18n::Language;
use crate::web::language::cookie;
use crate::web::{AppError, AppState, Viewer};

/// A header or footer menu's choice (`?to=hi&next=/states`): the language
/// menu's and the currency menu's.
#[derive(Deserialize)]
pub struct Choice {
    #[serde(default)]
    pub(super) to: String,
    #[serde(default)]
    next: String,
}

impl Choice {
    /// The page to go back to: this site's only, else the home page.
    pub(super) fn next(&self, state: &AppState) -> String {
        LocalPath::parse(&state.settings.base_url, &self.next)
            .map_or_else(|| "/".to_owned(), |path| path.as_str().to_owned())
    }

    /// The chosen language (an unknown name keeps the current one) and the
    /// page to go back to.
    fn read(&self, state: &AppState, viewer: &Viewer) -> (Language, String) {
        let language = Language::from_tag(&self.to).unwrap_or(viewer.locale.language);
        (language, self.next(state))
    }
}

/// Back to `next`, keeping a menu's choice in `cookie` when there is one.
pub(super) fn back_with(cookie: Option<Cookie<'static>>, next: &str) -> HttpResponse {
    let mut response = HttpResponse::SeeOther();
    response.insert_header((actix_web::http::header::LOCATION, next));
    if let Some(cookie) = cookie {
        response.cookie(cookie);
    }
    response.finish()
}

fn back_in(language: Language, next: &str) -> HttpResponse {
    back_with(Some(cookie(language)), next)
}

/// `/language?to=hi&next=/states`: keeps the choice in a cookie and goes back.
#[get("/language")]
pub async fn choose_language(
    state: web::Data<AppState>,
    viewer: Viewer,
    choice: web::Query<Choice>,
) -> Result<HttpResponse, AppError> {
    let (language, next) = choice.read(&state, &viewer);
    Ok(back_in(language, &next))
}

/// The signed-in menu's form: the account's language, and the cookie too so
/// that the browser keeps it after signing out.
#[post("/language")]
pub async fn save_language(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    choice: web::Form<Choice>,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require_signed_in(&req)?;
    let (language, next) = choice.read(&state, &viewer);
    save(&state, user, language, &next).await
}

/// Saves `user`'s language and goes on to `next` in it: the menu's form and
/// the account page's setting both save through here.
pub(super) async fn save(
    state: &AppState,
    user: &User,
    language: Language,
    next: &str,
) -> Result<HttpResponse, AppError> {
    changes::change_language(&state.db, user, Some(language), state.clock.now()).await?;
    Ok(back_in(language, next))
}
