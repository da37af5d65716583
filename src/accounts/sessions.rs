//! Server-side sessions: one row per signed-in browser. The cookie carries a
//! 256-bit secret; only its SHA-256 is stored. Because the row lives in the
//! database, signing out, a password change or a suspension ends a session
//! on every instance, even if someone kept a copy of the cookie.

use std::net::IpAddr;

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;
use ipnet::{Ipv4Net, Ipv6Net};
use serde::Serialize;

use super::error::AccountsError;
use super::model::{User, UserId};
use super::tokens;
use crate::db::{Db, DbConnection, DbResult};
use crate::schema::{sessions, users};

/// A session ends after this long without a request…
pub const IDLE_TIMEOUT: TimeDelta = TimeDelta::hours(12);
/// …and this long after sign-in, whatever happens.
pub const ABSOLUTE_TIMEOUT: TimeDelta = TimeDelta::days(14);
/// `last_seen_at` is written at most this often per session, so that
/// browsing does not turn every page view into a write.
const TOUCH_INTERVAL: TimeDelta = TimeDelta::minutes(1);
const MAX_DEVICE_CHARS: usize = 60;

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, Serialize)]
#[diesel(table_name = sessions)]
pub struct SessionRecord {
    pub id: String,
    #[serde(skip)]
    pub secret_hash: String,
    pub user_id: UserId,
    /// "Firefox on Linux": a few words from the `User-Agent`, for the account page.
    pub device: String,
    /// The network the browser signed in from (`/24` or `/48`), never the full address.
    pub ip_prefix: Option<String>,
    pub created_at: NaiveDateTime,
    pub last_seen_at: NaiveDateTime,
    /// Whether the person gave a second factor in this session.
    pub two_factor: bool,
}

impl SessionRecord {
    fn is_live(&self, now: NaiveDateTime) -> bool {
        now - self.created_at < ABSOLUTE_TIMEOUT && now - self.last_seen_at < IDLE_TIMEOUT
    }
}

/// A session just started; `secret` goes into the cookie and nowhere else.
pub struct StartedSession {
    pub record: SessionRecord,
    pub secret: String,
}

/// Starts a session for `user` on the browser described by `user_agent`;
/// `two_factor` says whether a second factor was given for it.
pub async fn start(
    db: &Db,
    user: &User,
    user_agent: Option<&str>,
    ip: Option<&str>,
    two_factor: bool,
    now: NaiveDateTime,
) -> Result<StartedSession, AccountsError> {
    let secret = tokens::new_secret();
    let record = SessionRecord {
        id: uuid::Uuid::now_v7().to_string(),
        secret_hash: tokens::digest(&secret),
        user_id: user.id.clone(),
        device: describe_device(user_agent.unwrap_or_default()),
        ip_prefix: ip.and_then(|ip| ip.parse().ok()).map(network_of),
        created_at: now,
        last_seen_at: now,
        two_factor,
    };
    let row = record.clone();
    db.write(move |conn| {
        diesel::insert_into(sessions::table).values(&row).execute(conn)?;
        Ok::<_, AccountsError>(())
    })
    .await?;
    Ok(StartedSession { record, secret })
}

/// The live session whose cookie holds `secret`, and its user. An expired
/// session is deleted; "last seen" is refreshed at most once a minute.
pub async fn resume(
    db: &Db,
    secret: &str,
    now: NaiveDateTime,
) -> Result<Option<(SessionRecord, User)>, AccountsError> {
    let digest = tokens::digest(secret);
    let found = db
        .read(move |conn| {
            Ok::<_, AccountsError>(
                sessions::table
                    .inner_join(users::table)
                    .filter(sessions::secret_hash.eq(digest))
                    .select((SessionRecord::as_select(), User::as_select()))
                    .first(conn)
                    .optional()?,
            )
        })
        .await?;
    let Some((record, user)) = found else {
        return Ok(None);
    };
    if !record.is_live(now) || user.is_suspended() {
        end_by_id(db, record.id).await?;
        return Ok(None);
    }
    if now - record.last_seen_at >= TOUCH_INTERVAL {
        let id = record.id.clone();
        db.write(move |conn| {
            diesel::update(sessions::table.find(id))
                .set(sessions::last_seen_at.eq(now))
                .execute(conn)?;
            Ok::<_, AccountsError>(())
        })
        .await?;
    }
    Ok(Some((record, user)))
}

async fn end_by_id(db: &Db, id: String) -> Result<(), AccountsError> {
    db.write(move |conn| {
        diesel::delete(sessions::table.find(id)).execute(conn)?;
        Ok::<_, AccountsError>(())
    })
    .await
}

/// Ends the session whose cookie holds `secret` (signing out).
pub async fn end(db: &Db, secret: &str) -> Result<(), AccountsError> {
    let digest = tokens::digest(secret);
    db.write(move |conn| {
        diesel::delete(sessions::table.filter(sessions::secret_hash.eq(digest))).execute(conn)?;
        Ok::<_, AccountsError>(())
    })
    .await
}

/// Ends one of `user`'s own sessions, chosen on the account page; `false`
/// when it had already ended (or is not theirs).
pub async fn end_one(db: &Db, user: &User, id: &str) -> Result<bool, AccountsError> {
    let (user_id, id) = (user.id.clone(), id.to_owned());
    db.write(move |conn| {
        let ended = diesel::delete(
            sessions::table
                .filter(sessions::id.eq(id))
                .filter(sessions::user_id.eq(user_id)),
        )
        .execute(conn)?;
        Ok::<_, AccountsError>(ended > 0)
    })
    .await
}

/// Ends every session of `user` but `keep` ("sign out everywhere else").
pub async fn end_others(db: &Db, user: &User, keep: &str) -> Result<usize, AccountsError> {
    let (user_id, keep) = (user.id.clone(), keep.to_owned());
    db.write(move |conn| {
        Ok::<_, AccountsError>(
            diesel::delete(
                sessions::table
                    .filter(sessions::user_id.eq(user_id))
                    .filter(sessions::id.ne(keep)),
            )
            .execute(conn)?,
        )
    })
    .await
}

/// Ends every session of the user, inside the caller's transaction (a
/// password change or reset, a suspension).
/// Records that the person gave a second factor in this session (after
/// turning two-factor sign-in on from it).
pub fn mark_two_factor(conn: &mut DbConnection, session_id: &str) -> DbResult<()> {
    diesel::update(sessions::table.find(session_id))
        .set(sessions::two_factor.eq(true))
        .execute(conn)?;
    Ok(())
}

pub fn end_all(conn: &mut DbConnection, user_id: &UserId) -> DbResult<usize> {
    Ok(diesel::delete(sessions::table.filter(sessions::user_id.eq(user_id))).execute(conn)?)
}

/// The user's live sessions, most recently seen first.
pub async fn list(db: &Db, user: &User, now: NaiveDateTime) -> Result<Vec<SessionRecord>, AccountsError> {
    let user_id = user.id.clone();
    db.read(move |conn| {
        Ok::<_, AccountsError>(
            sessions::table
                .filter(sessions::user_id.eq(user_id))
                .filter(sessions::created_at.gt(now - ABSOLUTE_TIMEOUT))
                .filter(sessions::last_seen_at.gt(now - IDLE_TIMEOUT))
                .order(sessions::last_seen_at.desc())
                .select(SessionRecord::as_select())
                .load(conn)?,
        )
    })
    .await
}

/// Deletes sessions that have timed out (the daily purge).
pub fn purge(conn: &mut DbConnection, now: NaiveDateTime) -> DbResult<usize> {
    Ok(diesel::delete(
        sessions::table.filter(
            sessions::created_at
                .le(now - ABSOLUTE_TIMEOUT)
                .or(sessions::last_seen_at.le(now - IDLE_TIMEOUT)),
        ),
    )
    .execute(conn)?)
}

/// "Firefox on Linux": enough to recognise one's own devices in a list,
/// and no more (the full `User-Agent` is not kept).
pub fn describe_device(user_agent: &str) -> String {
    const BROWSERS: &[(&str, &str)] = &[
        ("Edg/", "Edge"),
        ("OPR/", "Opera"),
        ("SamsungBrowser/", "Samsung Internet"),
        ("Firefox/", "Firefox"),
        ("FxiOS/", "Firefox"),
        ("CriOS/", "Chrome"),
        ("Chrome/", "Chrome"),
        ("Safari/", "Safari"),
        ("curl/", "curl"),
    ];
    const SYSTEMS: &[(&str, &str)] = &[
        ("iPhone", "iPhone"),
        ("iPad", "iPad"),
        ("Android", "Android"),
        ("CrOS", "ChromeOS"),
        ("Windows", "Windows"),
        ("Macintosh", "macOS"),
        ("Linux", "Linux"),
    ];
    let find = |table: &[(&str, &'static str)]| {
        table
            .iter()
            .find(|(marker, _)| user_agent.contains(marker))
            .map(|(_, name)| *name)
    };
    let described = match (find(BROWSERS), find(SYSTEMS)) {
        (Some(browser), Some(system)) => format!("{browser} on {system}"),
        (Some(browser), None) => browser.to_owned(),
        (None, Some(system)) => format!("A browser on {system}"),
        (None, None) if user_agent.trim().is_empty() => "An unnamed program".to_owned(),
        (None, None) => user_agent.split('/').next().unwrap_or_default().trim().to_owned(),
    };
    described.chars().take(MAX_DEVICE_CHARS).collect()
}

/// The network an address belongs to, shown instead of the address itself:
/// `/24` for IPv4, `/48` (a site) for IPv6.
pub fn network_of(ip: IpAddr) -> String {
    match ip {
        IpAddr::V4(v4) => Ipv4Net::new(v4, 24).map(|n| n.trunc().to_string()),
        IpAddr::V6(v6) => Ipv6Net::new(v6, 48).map(|n| n.trunc().to_string()),
    }
    .unwrap_or_else(|_| ip.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn devices_are_named_in_a_few_words() {
        let firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
        assert_eq!(describe_device(firefox), "Firefox on Linux");
        let iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 \
                      (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1";
        assert_eq!(describe_device(iphone), "Safari on iPhone");
        let edge = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) \
                    Chrome/131.0 Safari/537.36 Edg/131.0";
        assert_eq!(describe_device(edge), "Edge on Windows");
        assert_eq!(describe_device("reqwest/0.12"), "reqwest");
        assert_eq!(describe_device(""), "An unnamed program");
    }

    #[test]
    fn addresses_are_shown_as_their_network() {
        assert_eq!(network_of("203.0.113.77".parse().unwrap()), "203.0.113.0/24");
        assert_eq!(network_of("2001:db8:1:2::5".parse().unwrap()), "2001:db8:1::/48");
    }
}
