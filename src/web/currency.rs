//! The reader's currency, read from what the request carries
//! (`currency::choice`), and the rates pages convert with.
//!
//! Requests never fetch rates and rarely read them: the latest stored rates
//! are kept per catalogue generation, which storing new rates bumps, so a
//! request reads the table only after a change (or when the generation is
//! not known without a query, as for kept pages).

use std::sync::{Arc, Mutex};

use actix_web::HttpRequest;
use actix_web::cookie::{Cookie, SameSite, time::Duration};
use chrono::{NaiveDateTime, TimeDelta};
use serde::Serialize;

use super::AppState;
use crate::catalogue::repo::catalogue_generation;
use crate::currency::choice::{self, Asked};
use crate::currency::display::Conversion;
use crate::currency::{Currency, RateTable, rates};
use crate::db::DbError;
use crate::i18n::Locale;

/// The cookie the currency menu sets.
pub const COOKIE: &str = "currency";

/// The latest stored rates, as read at one catalogue generation.
#[derive(Default)]
pub struct KeptRates {
    kept: Mutex<Option<(i64, Option<Arc<RateTable>>)>>,
}

impl KeptRates {
    /// The latest stored rates, read again only when the generation moved.
    pub async fn latest(&self, state: &AppState) -> Result<Option<Arc<RateTable>>, DbError> {
        let known = state
            .generation
            .current(state.clock.now())
            .map(|seen| seen.generation);
        if let Some(generation) = known {
            let kept = self.kept.lock().unwrap_or_else(|p| p.into_inner());
            if let Some((at, table)) = kept.as_ref()
                && *at == generation
            {
                return Ok(table.clone());
            }
        }
        let (generation, table) = state
            .db
            .read(|conn| Ok::<_, DbError>((catalogue_generation(conn)?, rates::latest(conn)?)))
            .await?;
        let table = table.map(Arc::new);
        *self.kept.lock().unwrap_or_else(|p| p.into_inner()) = Some((generation, table.clone()));
        Ok(table)
    }
}

/// What the pages need of the reader's currency.
#[derive(Debug, Clone, Default)]
pub struct Prices {
    /// The reader's currency, if any can be shown.
    pub currency: Option<Currency>,
    /// The latest rates, when fresh enough to convert with.
    pub rates: Option<Arc<RateTable>>,
}

impl Prices {
    /// Reads the reader's currency from the account, the cookie and the locale.
    pub fn requested(
        req: &HttpRequest,
        account: Option<Currency>,
        locale: Locale,
        latest: Option<Arc<RateTable>>,
        now: NaiveDateTime,
        max_age_days: u32,
    ) -> Self {
        let fresh = latest.filter(|table| now.date() - table.date <= TimeDelta::days(max_age_days.into()));
        let cookie = req.cookie(COOKIE);
        let asked = Asked {
            account,
            cookie: cookie.as_ref().map(Cookie::value),
        };
        let known = |currency: Currency| fresh.as_ref().is_some_and(|t| t.per_eur(currency).is_some());
        Self {
            currency: choice::choose(asked, locale, known),
            rates: fresh,
        }
    }

    /// The conversion pages are rendered with.
    pub fn conversion(&self) -> Option<Conversion> {
        Some(Conversion {
            currency: self.currency?,
            rates: self.rates.clone()?,
        })
    }

    /// What a kept page's copy depends on: the currency and the rates' day.
    pub fn cache_key(&self) -> String {
        match self.conversion() {
            Some(c) => format!("{}@{}", c.currency, c.rates.date),
            None => "-".to_owned(),
        }
    }

    /// Whether `currency` can be chosen.
    pub fn can_show(&self, currency: Currency) -> bool {
        self.rates.as_ref().is_some_and(|t| t.per_eur(currency).is_some())
    }

    /// The footer's menu: every currency with a fresh rate.
    pub fn menu(&self) -> Option<Menu> {
        let rates = self.rates.as_ref()?;
        Some(Menu {
            current: self.currency,
            currencies: rates.currencies().collect(),
        })
    }
}

#[derive(Debug, Serialize)]
pub struct Menu {
    pub current: Option<Currency>,
    pub currencies: Vec<Currency>,
}

/// The cookie that keeps the menu's choice for a year.
pub fn cookie(currency: Currency) -> Cookie<'static> {
    Cookie::build(COOKIE, currency.to_string())
        .path("/")
        .max_age(Duration::days(365))
        .same_site(SameSite::Lax)
        .http_only(true)
        .finish()
}
