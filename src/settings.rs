//! Typed settings: defaults, then an optional `odop-bazaar.toml`, then the
//! environment. Every value is validated once, at start-up, and a bad one
//! stops the program with a line that names the variable.

use std::collections::BTreeMap;
use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use ipnet::IpNet;
use rand::RngCore;
use url::Url;

use crate::meetings::video::{self, VideoRooms};
use crate::sitemaps::model::MOST_URLS_PER_FILE;

/// The variables of the public contract, in the order `config` shows them.
/// The same names, lower-cased, are the keys of `odop-bazaar.toml`.
pub const VARIABLES: &[(&str, &str)] = &[
    ("BIND", "address and port the site listens on"),
    (
        "BASE_URL",
        "public address of the site, used in links and e-mails",
    ),
    (
        "DATA_DIR",
        "directory for the SQLite file, search index, mail and media",
    ),
    ("DATABASE_URL", "sqlite://FILE or postgres://USER@HOST/DB"),
    ("DATABASE_POOL_SIZE", "connections kept in the database pool"),
    (
        "DATABASE_TIMEOUT_SECS",
        "how long a request waits for a free connection before it is answered 503",
    ),
    (
        "MEILI_URL",
        "Meilisearch address; unset means the embedded search index",
    ),
    ("MEILI_API_KEY", "Meilisearch API key"),
    (
        "SMTP_URL",
        "smtp://USER:PASS@HOST:PORT; unset means .eml files under DATA_DIR/mail",
    ),
    ("MAIL_FROM", "sender address of outgoing e-mail"),
    ("MEDIA_DIR", "where uploaded photos are stored"),
    (
        "MEETING_URL_TEMPLATE",
        "https address of a meeting's video room, {room} standing for its unguessable name; default a Jitsi Meet room",
    ),
    (
        "SESSION_KEY",
        "secret for session cookies, at least 64 characters",
    ),
    (
        "TRUSTED_PROXIES",
        "comma-separated networks of reverse proxies whose X-Forwarded-For / Forwarded is believed, e.g. 10.0.0.0/8; default none",
    ),
    ("RUST_LOG", "log filter, e.g. info or odop_bazaar=debug"),
    ("LOG_FORMAT", "pretty or json"),
    (
        "BODY_TIMEOUT_SECS",
        "how long a request body may pause before the request is given up on",
    ),
    (
        "SITEMAP_URLS_PER_FILE",
        "the most URLs in one sitemap file (listings and producers split past it); at most the protocol's 50000",
    ),
    (
        "RATES_URL",
        "address of the daily reference rates in the ECB's XML format; 'off' fetches none (no converted prices)",
    ),
    (
        "RATES_MAX_AGE_DAYS",
        "how many days old the latest rates may be for converted prices to be shown",
    ),
    (
        "METRICS_TOKEN",
        "bearer token that opens /metrics to a Prometheus scraper; unset means /metrics is off",
    ),
];

const SECRET_VARIABLES: &[&str] = &[
    "MEILI_API_KEY",
    "SESSION_KEY",
    "SMTP_URL",
    "DATABASE_URL",
    "METRICS_TOKEN",
];

/// Where a setting's value came from, for `odop-bazaar config`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Default,
    File,
    Environment,
    /// Generated on first start and kept in `DATA_DIR/session.key`.
    KeyFile,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Source::Default => "default",
            Source::File => "odop-bazaar.toml",
            Source::Environment => "environment",
            Source::KeyFile => "DATA_DIR/session.key",
        })
    }
}

#[derive(Debug, thiserror::Error)]
#[error("{variable}: {message}")]
pub struct SettingsError {
    pub variable: String,
    pub message: String,
}

impl SettingsError {
    fn new(variable: &str, message: impl Into<String>) -> Self {
        Self {
            variable: variable.to_owned(),
            message: message.into(),
        }
    }
}

/// A value that must never be printed: `Debug` and `Display` redact it.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(****)")
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatabaseUrl {
    Sqlite(PathBuf),
    Postgres(Secret),
}

impl DatabaseUrl {
    pub fn parse(raw: &str) -> Result<Self, String> {
        let expected = "expected sqlite://PATH or postgres://USER@HOST[:PORT]/DATABASE";
        if let Some(path) = raw
            .strip_prefix("sqlite://")
            .or_else(|| raw.strip_prefix("sqlite:"))
        {
            if path.is_empty() || path == ":memory:" {
                return Err(format!(
                    "{expected}; an in-memory database cannot be shared by a pool"
                ));
            }
            return Ok(Self::Sqlite(PathBuf::from(path)));
        }
        if raw.starts_with("postgres://") || raw.starts_with("postgresql://") {
            Url::parse(raw).map_err(|e| format!("{expected}, but it does not parse: {e}"))?;
            return Ok(Self::Postgres(Secret(raw.to_owned())));
        }
        let scheme = raw.split(':').next().unwrap_or_default();
        Err(format!("{expected}, got the unknown scheme '{scheme}'"))
    }

    /// The URL with any password removed, for logs and `config`.
    pub fn redacted(&self) -> String {
        match self {
            Self::Sqlite(path) => format!("sqlite://{}", path.display()),
            Self::Postgres(url) => redact_url(url.expose()),
        }
    }
}

/// The URL with its password hidden, whether it is in the user part or, as
/// libpq also accepts, a `password` query parameter.
fn redact_url(raw: &str) -> String {
    match Url::parse(raw) {
        Ok(mut url) => {
            if url.password().is_some() {
                let _ = url.set_password(Some("****"));
            }
            if url.query_pairs().any(|(key, _)| key == "password") {
                let pairs: Vec<(String, String)> = url
                    .query_pairs()
                    .map(|(key, value)| {
                        let value = if key == "password" { "****".into() } else { value };
                        (key.into_owned(), value.into_owned())
                    })
                    .collect();
                url.query_pairs_mut().clear().extend_pairs(pairs);
            }
            url.to_string()
        }
        Err(_) => "****".to_owned(),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Pretty,
    Json,
}

/// Key material for signing and encrypting cookies.
#[derive(Clone)]
pub struct SessionKey(Vec<u8>);

impl SessionKey {
    pub fn bytes(&self) -> &[u8] {
        &self.0
    }
}

impl fmt::Debug for SessionKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SessionKey(****)")
    }
}

#[derive(Debug, Clone)]
pub struct Settings {
    /// Address the HTTP server binds; port 0 picks a free port.
    pub bind: SocketAddr,
    /// Public address used to build absolute links.
    pub base_url: Url,
    /// Root of everything the server writes locally.
    pub data_dir: PathBuf,
    pub database_url: DatabaseUrl,
    pub database_pool_size: u32,
    /// Bounded wait for a pooled connection; past it a request gets 503.
    pub database_timeout: Duration,
    pub meili_url: Option<Url>,
    pub meili_api_key: Option<Secret>,
    pub smtp_url: Option<Secret>,
    pub mail_from: String,
    pub media_dir: PathBuf,
    /// Where accepted meetings get their video rooms (`MEETING_URL_TEMPLATE`).
    pub video_rooms: VideoRooms,
    pub session_key: SessionKey,
    pub log_filter: String,
    pub log_format: LogFormat,
    /// The longest pause allowed between two parts of a request body.
    pub body_timeout: Duration,
    /// Reverse proxies whose forwarding headers name the client (see `web::client_addr`).
    pub trusted_proxies: Vec<IpNet>,
    /// The most URLs in one sitemap file: the protocol's 50,000 unless lowered
    /// (`SITEMAP_URLS_PER_FILE`; tests lower it to see the split).
    pub sitemap_urls_per_file: u32,
    /// Required as `Authorization: Bearer …` on `/metrics`; without it the
    /// endpoint does not exist.
    pub metrics_token: Option<Secret>,
    /// Where the daily job fetches the reference rates (`RATES_URL`, the
    /// ECB's file by default); `None` when turned off.
    pub rates_url: Option<Url>,
    /// Rates older than this many days convert no price on the pages.
    pub rates_max_age_days: u32,
    /// Each value as given and where it came from (secrets redacted).
    pub origins: Vec<(String, String, Source)>,
}

/// Raw values by variable name, with their source, before parsing.
struct RawValues(BTreeMap<&'static str, (String, Source)>);

impl RawValues {
    fn get(&self, key: &str) -> Option<&str> {
        self.0.get(key).map(|(v, _)| v.as_str()).filter(|v| !v.is_empty())
    }
}

impl Settings {
    /// Loads settings from `odop-bazaar.toml` in the working directory (if
    /// present) and the process environment.
    pub fn load() -> Result<Self, SettingsError> {
        let file = Path::new("odop-bazaar.toml");
        let file_values = if file.exists() {
            read_config_file(file)?
        } else {
            BTreeMap::new()
        };
        Self::from_sources(&file_values, |key| std::env::var(key).ok())
    }

    /// Builds settings from explicit sources; the tests use this to avoid
    /// touching the process environment.
    pub fn from_sources(
        file: &BTreeMap<String, String>,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Self, SettingsError> {
        let mut raw = BTreeMap::new();
        for (name, _) in VARIABLES {
            if let Some(value) = env(name) {
                raw.insert(*name, (value, Source::Environment));
            } else if let Some(value) = file.get(&name.to_ascii_lowercase()) {
                raw.insert(*name, (value.clone(), Source::File));
            }
        }
        Self::parse(RawValues(raw))
    }

    fn parse(raw: RawValues) -> Result<Self, SettingsError> {
        let mut origins = Vec::new();
        let mut note = |name: &str, value: String, source: Source| {
            let shown = if SECRET_VARIABLES.contains(&name) && source != Source::Default {
                match name {
                    "DATABASE_URL" | "SMTP_URL" => redact_url(&value),
                    _ => "****".to_owned(),
                }
            } else {
                value
            };
            origins.push((name.to_owned(), shown, source));
        };
        let source_of = |name: &str| raw.0.get(name).map_or(Source::Default, |(_, s)| *s);

        let bind_raw = raw.get("BIND").unwrap_or("127.0.0.1:8080");
        let bind: SocketAddr = bind_raw.parse().map_err(|_| {
            SettingsError::new(
                "BIND",
                format!("expected an address and port such as 127.0.0.1:8080, got '{bind_raw}'"),
            )
        })?;
        note("BIND", bind.to_string(), source_of("BIND"));

        let base_default = format!("http://{bind}");
        let base_raw = raw.get("BASE_URL").unwrap_or(&base_default);
        let base_url = Url::parse(base_raw)
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https") && u.has_host())
            .ok_or_else(|| {
                SettingsError::new(
                    "BASE_URL",
                    format!(
                        "expected an http(s) address such as https://bazaar.example.org, got '{base_raw}'"
                    ),
                )
            })?;
        note("BASE_URL", base_url.to_string(), source_of("BASE_URL"));

        let data_dir = PathBuf::from(raw.get("DATA_DIR").unwrap_or("data"));
        ensure_writable_dir(&data_dir).map_err(|e| {
            SettingsError::new(
                "DATA_DIR",
                format!(
                    "expected a writable directory, but '{}' is not: {e}",
                    data_dir.display()
                ),
            )
        })?;
        note("DATA_DIR", data_dir.display().to_string(), source_of("DATA_DIR"));

        let database_url = match raw.get("DATABASE_URL") {
            Some(url) => DatabaseUrl::parse(url).map_err(|m| SettingsError::new("DATABASE_URL", m))?,
            None => DatabaseUrl::Sqlite(data_dir.join("bazaar.db")),
        };
        note("DATABASE_URL", database_url.redacted(), source_of("DATABASE_URL"));

        let database_pool_size = parse_number(&raw, "DATABASE_POOL_SIZE", 16, 1..=512)?;
        note(
            "DATABASE_POOL_SIZE",
            database_pool_size.to_string(),
            source_of("DATABASE_POOL_SIZE"),
        );
        let timeout_secs = parse_number(&raw, "DATABASE_TIMEOUT_SECS", 5, 1..=300)?;
        note(
            "DATABASE_TIMEOUT_SECS",
            timeout_secs.to_string(),
            source_of("DATABASE_TIMEOUT_SECS"),
        );

        let meili_url = match raw.get("MEILI_URL") {
            Some(u) => Some(
                Url::parse(u)
                    .ok()
                    .filter(|u| matches!(u.scheme(), "http" | "https"))
                    .ok_or_else(|| {
                        SettingsError::new(
                            "MEILI_URL",
                            format!("expected an http(s) address such as http://127.0.0.1:7700, got '{u}'"),
                        )
                    })?,
            ),
            None => None,
        };
        note(
            "MEILI_URL",
            meili_url.as_ref().map_or_else(
                || format!("(embedded index under {}/search)", data_dir.display()),
                Url::to_string,
            ),
            source_of("MEILI_URL"),
        );
        let meili_api_key = raw.get("MEILI_API_KEY").map(|k| Secret(k.to_owned()));
        note(
            "MEILI_API_KEY",
            meili_api_key
                .as_ref()
                .map_or("(none)".to_owned(), |k| k.0.clone()),
            source_of("MEILI_API_KEY"),
        );

        let smtp_url = match raw.get("SMTP_URL") {
            Some(u) => {
                let parsed = Url::parse(u).map_err(|_| {
                    SettingsError::new(
                        "SMTP_URL",
                        "expected smtp://USER:PASS@HOST:PORT or smtps://…, and it does not parse",
                    )
                })?;
                if !matches!(parsed.scheme(), "smtp" | "smtps") {
                    return Err(SettingsError::new(
                        "SMTP_URL",
                        format!("expected the scheme smtp or smtps, got '{}'", parsed.scheme()),
                    ));
                }
                Some(Secret(u.to_owned()))
            }
            None => None,
        };
        note(
            "SMTP_URL",
            smtp_url.as_ref().map_or_else(
                || format!("(.eml files under {}/mail)", data_dir.display()),
                |s| s.0.clone(),
            ),
            source_of("SMTP_URL"),
        );

        let mail_from = raw
            .get("MAIL_FROM")
            .unwrap_or("ODOP Bazaar <no-reply@odop-bazaar.local>")
            .to_owned();
        if !mail_from.contains('@') {
            return Err(SettingsError::new(
                "MAIL_FROM",
                format!("expected an e-mail address, got '{mail_from}'"),
            ));
        }
        note("MAIL_FROM", mail_from.clone(), source_of("MAIL_FROM"));

        let video_template = raw.get("MEETING_URL_TEMPLATE").unwrap_or(video::DEFAULT_TEMPLATE);
        let video_rooms = VideoRooms::new(video_template)
            .map_err(|e| SettingsError::new("MEETING_URL_TEMPLATE", e.to_string()))?;
        note(
            "MEETING_URL_TEMPLATE",
            video_template.to_owned(),
            source_of("MEETING_URL_TEMPLATE"),
        );

        let media_dir = raw
            .get("MEDIA_DIR")
            .map_or_else(|| data_dir.join("media"), PathBuf::from);
        note(
            "MEDIA_DIR",
            media_dir.display().to_string(),
            source_of("MEDIA_DIR"),
        );

        let (session_key, key_source) = match raw.get("SESSION_KEY") {
            Some(key) if key.len() >= 64 => (SessionKey(key.as_bytes().to_vec()), source_of("SESSION_KEY")),
            Some(_) => {
                return Err(SettingsError::new(
                    "SESSION_KEY",
                    "expected at least 64 characters of random text",
                ));
            }
            None => (load_or_generate_session_key(&data_dir)?, Source::KeyFile),
        };
        note("SESSION_KEY", "****".to_owned(), key_source);

        let trusted_proxies = parse_networks(raw.get("TRUSTED_PROXIES").unwrap_or_default())
            .map_err(|m| SettingsError::new("TRUSTED_PROXIES", m))?;
        note(
            "TRUSTED_PROXIES",
            if trusted_proxies.is_empty() {
                "(none: the TCP peer is the client)".to_owned()
            } else {
                trusted_proxies
                    .iter()
                    .map(IpNet::to_string)
                    .collect::<Vec<_>>()
                    .join(",")
            },
            source_of("TRUSTED_PROXIES"),
        );

        let log_filter = raw.get("RUST_LOG").unwrap_or("info").to_owned();
        note("RUST_LOG", log_filter.clone(), source_of("RUST_LOG"));
        let log_format = match raw.get("LOG_FORMAT").unwrap_or("pretty") {
            "pretty" => LogFormat::Pretty,
            "json" => LogFormat::Json,
            other => {
                return Err(SettingsError::new(
                    "LOG_FORMAT",
                    format!("expected 'pretty' or 'json', got '{other}'"),
                ));
            }
        };
        note(
            "LOG_FORMAT",
            format!("{log_format:?}").to_lowercase(),
            source_of("LOG_FORMAT"),
        );

        let body_timeout_secs = parse_number(&raw, "BODY_TIMEOUT_SECS", 30, 1..=600)?;
        note(
            "BODY_TIMEOUT_SECS",
            body_timeout_secs.to_string(),
            source_of("BODY_TIMEOUT_SECS"),
        );

        let sitemap_urls_per_file = parse_number(
            &raw,
            "SITEMAP_URLS_PER_FILE",
            MOST_URLS_PER_FILE,
            1..=MOST_URLS_PER_FILE,
        )?;
        note(
            "SITEMAP_URLS_PER_FILE",
            sitemap_urls_per_file.to_string(),
            source_of("SITEMAP_URLS_PER_FILE"),
        );

        let metrics_token = match raw.get("METRICS_TOKEN") {
            Some(token) if token.len() >= 32 => Some(Secret(token.to_owned())),
            Some(_) => {
                return Err(SettingsError::new(
                    "METRICS_TOKEN",
                    "expected at least 32 characters of random text",
                ));
            }
            None => None,
        };
        note(
            "METRICS_TOKEN",
            metrics_token
                .as_ref()
                .map_or("(none: /metrics is off)".to_owned(), |t| t.0.clone()),
            source_of("METRICS_TOKEN"),
        );

        let rates_url = match raw.get("RATES_URL").unwrap_or(crate::currency::fetch::ECB_DAILY) {
            "off" => None,
            u => Some(
                Url::parse(u)
                    .ok()
                    .filter(|u| matches!(u.scheme(), "http" | "https"))
                    .ok_or_else(|| {
                        SettingsError::new(
                            "RATES_URL",
                            format!("expected an http(s) address or 'off', got '{u}'"),
                        )
                    })?,
            ),
        };
        note(
            "RATES_URL",
            rates_url.as_ref().map_or("off".to_owned(), Url::to_string),
            source_of("RATES_URL"),
        );
        let rates_max_age_days = parse_number(&raw, "RATES_MAX_AGE_DAYS", 7, 1..=365)?;
        note(
            "RATES_MAX_AGE_DAYS",
            rates_max_age_days.to_string(),
            source_of("RATES_MAX_AGE_DAYS"),
        );

        Ok(Self {
            bind,
            base_url,
            data_dir,
            database_url,
            database_pool_size,
            database_timeout: Duration::from_secs(timeout_secs.into()),
            meili_url,
            meili_api_key,
            smtp_url,
            mail_from,
            media_dir,
            video_rooms,
            session_key,
            log_filter,
            log_format,
            body_timeout: Duration::from_secs(body_timeout_secs.into()),
            trusted_proxies,
            sitemap_urls_per_file,
            metrics_token,
            rates_url,
            rates_max_age_days,
            origins,
        })
    }
}

impl Settings {
    /// Whether `BASE_URL` was derived from `BIND` rather than given.
    pub fn base_url_is_default(&self) -> bool {
        self.origins
            .iter()
            .any(|(name, _, source)| name == "BASE_URL" && *source == Source::Default)
    }
}

fn read_config_file(path: &Path) -> Result<BTreeMap<String, String>, SettingsError> {
    let variable = path.display().to_string();
    let text = std::fs::read_to_string(path)
        .map_err(|e| SettingsError::new(&variable, format!("cannot be read: {e}")))?;
    let table: toml::Table = text
        .parse()
        .map_err(|e| SettingsError::new(&variable, format!("is not valid TOML: {e}")))?;
    let known: Vec<String> = VARIABLES.iter().map(|(n, _)| n.to_ascii_lowercase()).collect();
    let mut values = BTreeMap::new();
    for (key, value) in table {
        if !known.contains(&key) {
            return Err(SettingsError::new(
                &variable,
                format!("unknown key '{key}'; known keys are {}", known.join(", ")),
            ));
        }
        let text = match value {
            toml::Value::String(s) => s,
            toml::Value::Integer(i) => i.to_string(),
            other => other.to_string(),
        };
        values.insert(key, text);
    }
    Ok(values)
}

/// `10.0.0.0/8, 2001:db8::/32, 192.0.2.7`: networks, or single addresses.
fn parse_networks(text: &str) -> Result<Vec<IpNet>, String> {
    text.split(',')
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(|item| {
            item.parse::<IpNet>()
                .or_else(|_| item.parse::<std::net::IpAddr>().map(IpNet::from))
                .map(|net| net.trunc())
                .map_err(|_| {
                    format!(
                        "expected comma-separated networks such as 10.0.0.0/8 or 2001:db8::/32, got '{item}'"
                    )
                })
        })
        .collect()
}

fn parse_number(
    raw: &RawValues,
    name: &str,
    default: u32,
    range: std::ops::RangeInclusive<u32>,
) -> Result<u32, SettingsError> {
    let Some(text) = raw.get(name) else {
        return Ok(default);
    };
    text.parse::<u32>()
        .ok()
        .filter(|n| range.contains(n))
        .ok_or_else(|| {
            SettingsError::new(
                name,
                format!(
                    "expected a whole number from {} to {}, got '{text}'",
                    range.start(),
                    range.end()
                ),
            )
        })
}

fn ensure_writable_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let probe = dir.join(".write-probe");
    std::fs::write(&probe, b"ok")?;
    std::fs::remove_file(probe)
}

/// A missing `SESSION_KEY` is generated once and kept under `DATA_DIR`, so
/// sessions survive restarts; several instances must share an explicit key.
fn load_or_generate_session_key(data_dir: &Path) -> Result<SessionKey, SettingsError> {
    let path = data_dir.join("session.key");
    let fail = |e: std::io::Error| {
        SettingsError::new(
            "SESSION_KEY",
            format!("not set, and {} cannot be used: {e}", path.display()),
        )
    };
    if let Ok(existing) = std::fs::read_to_string(&path) {
        let key = existing.trim();
        if key.len() >= 64 {
            return Ok(SessionKey(key.as_bytes().to_vec()));
        }
    }
    let mut bytes = [0u8; 64];
    rand::rng().fill_bytes(&mut bytes);
    let key: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    crate::files::write_private(&path, key.as_bytes()).map_err(fail)?;
    eprintln!(
        "warning: SESSION_KEY is not set; generated one and saved it to {} (set SESSION_KEY when running several instances)",
        path.display()
    );
    Ok(SessionKey(key.into_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings_with(pairs: &[(&str, &str)]) -> Result<Settings, SettingsError> {
        let dir = std::env::temp_dir().join(format!("odop-settings-{}", uuid::Uuid::now_v7()));
        let mut env: BTreeMap<String, String> = pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        env.entry("DATA_DIR".into())
            .or_insert_with(|| dir.display().to_string());
        Settings::from_sources(&BTreeMap::new(), |k| env.get(k).cloned())
    }

    #[test]
    fn defaults_are_sqlite_under_data_dir() {
        let s = settings_with(&[]).unwrap();
        assert_eq!(s.bind.to_string(), "127.0.0.1:8080");
        assert!(matches!(s.database_url, DatabaseUrl::Sqlite(ref p) if p.ends_with("bazaar.db")));
        assert_eq!(s.log_format, LogFormat::Pretty);
    }

    #[test]
    fn bad_values_name_their_variable() {
        let err = settings_with(&[("BIND", "nowhere")]).unwrap_err();
        assert_eq!(err.variable, "BIND");
        let err = settings_with(&[("DATABASE_URL", "mysql://x")]).unwrap_err();
        assert_eq!(err.variable, "DATABASE_URL");
        assert!(err.message.contains("mysql"));
        let err = settings_with(&[("LOG_FORMAT", "xml")]).unwrap_err();
        assert_eq!(err.variable, "LOG_FORMAT");
        let err = settings_with(&[("SESSION_KEY", "short")]).unwrap_err();
        assert_eq!(err.variable, "SESSION_KEY");
        let err = settings_with(&[("METRICS_TOKEN", "guessable")]).unwrap_err();
        assert_eq!(err.variable, "METRICS_TOKEN");
        let err = settings_with(&[("RATES_URL", "ftp://rates")]).unwrap_err();
        assert_eq!(err.variable, "RATES_URL");
    }

    #[test]
    fn the_metrics_token_is_a_redacted_secret() {
        let token = "t".repeat(40);
        let s = settings_with(&[("METRICS_TOKEN", &token)]).unwrap();
        assert!(!format!("{s:?}").contains(&token));
        let shown = s.origins.iter().find(|(n, _, _)| n == "METRICS_TOKEN").unwrap();
        assert_eq!(shown.1, "****");
        assert!(
            settings_with(&[]).unwrap().metrics_token.is_none(),
            "off by default"
        );
    }

    #[test]
    fn secrets_are_redacted_in_origins_and_debug() {
        let s = settings_with(&[
            ("DATABASE_URL", "postgres://app:hunter2@db/bazaar"),
            ("MEILI_API_KEY", "topsecret"),
        ])
        .unwrap();
        let shown = format!("{:?}", s);
        assert!(
            !shown.contains("hunter2") && !shown.contains("topsecret"),
            "{shown}"
        );
        let db = s.origins.iter().find(|(n, _, _)| n == "DATABASE_URL").unwrap();
        assert!(db.1.contains("****") && !db.1.contains("hunter2"));
    }

    #[test]
    fn a_password_in_a_postgresql_query_string_is_redacted() {
        let s = settings_with(&[(
            "DATABASE_URL",
            "postgres://app@db/bazaar?sslmode=require&password=hunter2",
        )])
        .unwrap();
        let shown = &s.origins.iter().find(|(n, _, _)| n == "DATABASE_URL").unwrap().1;
        assert!(!shown.contains("hunter2"), "{shown}");
        assert!(
            shown.contains("password=****") && shown.contains("sslmode=require"),
            "{shown}"
        );
    }

    #[cfg(unix)]
    #[test]
    fn the_generated_session_key_is_readable_by_its_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = std::env::temp_dir().join(format!("odop-key-{}", uuid::Uuid::now_v7()));
        let s = settings_with(&[("DATA_DIR", dir.to_str().unwrap())]).unwrap();
        let mode = std::fs::metadata(s.data_dir.join("session.key"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    #[test]
    fn generated_session_key_is_reused() {
        let a = settings_with(&[("DATA_DIR", "/tmp/odop-settings-keep")]).unwrap();
        let b = settings_with(&[("DATA_DIR", "/tmp/odop-settings-keep")]).unwrap();
        assert_eq!(a.session_key.bytes(), b.session_key.bytes());
    }
}
