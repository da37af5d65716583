//! `TestApp`: the real server on a random port, with its own SQLite file or
//! its own PostgreSQL database (when `TEST_DATABASE_URL` is set).

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use chrono::Utc;
use diesel::Connection;
use diesel::RunQueryDsl;
use diesel::pg::PgConnection;
use diesel::{BoolExpressionMethods, ExpressionMethods, QueryDsl};
use odop_bazaar::background::AppJobs;
use odop_bazaar::clock::Clock;
use odop_bazaar::currency::fetch::RatesSource;
use odop_bazaar::db::{Db, DbError};
use odop_bazaar::jobs::{JobStatus, Worker, maintenance};
use odop_bazaar::mail::MailDelivery;
use odop_bazaar::print::Printer;
use odop_bazaar::schema::jobs;
use odop_bazaar::search::SearchEngine;
use odop_bazaar::settings::Settings;
use odop_bazaar::startup::{Application, Options};
use tempfile::TempDir;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

fn postgres_url() -> Option<String> {
    std::env::var("TEST_DATABASE_URL").ok().filter(|u| !u.is_empty())
}

/// A PostgreSQL database made for one test and dropped after it.
pub struct PgTestDatabase {
    admin_url: String,
    name: String,
    pub url: String,
}

impl PgTestDatabase {
    pub fn create() -> Self {
        let admin_url = postgres_url().expect("TEST_DATABASE_URL");
        let name = format!("odop_test_{}", uuid::Uuid::now_v7().simple());
        let mut admin = PgConnection::establish(&admin_url).expect("connect to TEST_DATABASE_URL");
        diesel::sql_query(format!("CREATE DATABASE {name}"))
            .execute(&mut admin)
            .expect("create test database");
        let mut url = url::Url::parse(&admin_url).expect("TEST_DATABASE_URL is a URL");
        url.set_path(&name);
        Self {
            admin_url,
            name,
            url: url.to_string(),
        }
    }
}

impl Drop for PgTestDatabase {
    fn drop(&mut self) {
        if let Ok(mut admin) = PgConnection::establish(&self.admin_url) {
            let _ = diesel::sql_query(format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name))
                .execute(&mut admin);
        }
    }
}

/// Where a test's data lives: a temporary directory, plus a PostgreSQL
/// database for the PostgreSQL backend.
pub struct TestStorage {
    pub dir: TempDir,
    pub pg: Option<PgTestDatabase>,
}

impl TestStorage {
    pub fn new(backend: Backend) -> Self {
        Self {
            dir: tempfile::tempdir().expect("temp dir"),
            pg: (backend == Backend::Postgres).then(PgTestDatabase::create),
        }
    }

    /// The environment a server on this storage runs with.
    pub fn env(&self) -> BTreeMap<String, String> {
        let mut env = BTreeMap::new();
        env.insert("DATA_DIR".into(), self.dir.path().display().to_string());
        env.insert("BIND".into(), "127.0.0.1:0".into());
        // No test reaches the ECB: the rates tests serve their own file.
        env.insert("RATES_URL".into(), "off".into());
        env.insert("SESSION_KEY".into(), "k".repeat(64));
        env.insert("RUST_LOG".into(), "warn".into());
        if let Some(pg) = &self.pg {
            env.insert("DATABASE_URL".into(), pg.url.clone());
        }
        env
    }

    pub fn settings(&self, overrides: &[(&str, &str)]) -> Settings {
        let mut env = self.env();
        for (k, v) in overrides {
            env.insert((*k).to_owned(), (*v).to_owned());
        }
        Settings::from_sources(&BTreeMap::new(), |k| env.get(k).cloned()).expect("test settings are valid")
    }
}

pub struct TestApp {
    pub settings: Settings,
    pub address: String,
    pub db: Db,
    /// The server's own search engine: documents indexed here are what `/search` finds.
    pub search: Arc<SearchEngine>,
    pub client: reqwest::Client,
    /// The time the server and its jobs read: move it forward to see what
    /// happens later.
    pub clock: Clock,
    server: actix_web::dev::ServerHandle,
    /// Set by a test about jobs that leaves some on purpose (see `Drop`).
    leftover_jobs_allowed: AtomicBool,
    _storage: Arc<TestStorage>,
}

impl TestApp {
    /// Migrated, seeded, without a background worker (tests run jobs themselves).
    pub async fn spawn(backend: Backend) -> TestApp {
        Self::spawn_with(backend, &[]).await
    }

    pub async fn spawn_with(backend: Backend, overrides: &[(&str, &str)]) -> TestApp {
        let storage = Arc::new(TestStorage::new(backend));
        let settings = storage.settings(overrides);
        let options = Options {
            migrate: true,
            seed_if_empty: true,
            run_workers: false,
            clock: Clock::system(),
        };
        let app = Application::build(settings.clone(), options)
            .await
            .expect("application builds");
        let address = format!("http://127.0.0.1:{}", app.port());
        let mut settings = settings;
        if settings.base_url_is_default() {
            // The server fixed its own copy to the bound port; keep ours the same.
            let _ = settings.base_url.set_port(Some(app.port()));
        }
        let db = app.db().clone();
        let search = app.search().clone();
        let server = app.server_handle();
        let clock = app.clock().clone();
        actix_web::rt::spawn(app.run_until_stopped());
        TestApp {
            settings,
            address,
            db,
            search,
            client: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .expect("client"),
            clock,
            server,
            leftover_jobs_allowed: AtomicBool::new(false),
            _storage: storage,
        }
    }

    pub fn db_url(&self) -> odop_bazaar::settings::DatabaseUrl {
        self.settings.database_url.clone()
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.expect("request")
    }

    /// GET a page and return (status, body).
    pub async fn page(&self, path: &str) -> (u16, String) {
        let response = self.get(path).await;
        let status = response.status().as_u16();
        (status, response.text().await.expect("body"))
    }

    pub async fn stop(self) {
        self.server.stop(true).await;
    }

    /// For tests about jobs: leaving jobs queued or failed is what they show.
    pub fn allow_leftover_jobs(&self, _why: &str) {
        self.leftover_jobs_allowed.store(true, Ordering::Relaxed);
    }
}

/// Running jobs with the application's real handler (the server itself runs
/// no worker in tests). The daily purge is always scheduled for tomorrow, so
/// these helpers leave it alone.
impl TestApp {
    /// The application's job handler, built from this app's settings.
    pub fn app_jobs(&self) -> AppJobs {
        let mail = MailDelivery::from_settings(&self.settings).expect("mail settings are valid");
        AppJobs::new(
            self.db.clone(),
            mail,
            self.search.clone(),
            &self.settings.base_url,
            Printer::from_settings(&self.settings).expect("the data folder can be written"),
            self.clock.clone(),
        )
        .with_rates(self.settings.rates_url.clone().map(RatesSource::new))
    }

    /// Performs due jobs until none is left due; returns how many ran.
    pub async fn run_pending_jobs(&self) -> usize {
        let worker = Worker::new(self.db.clone(), Arc::new(self.app_jobs())).with_clock(self.clock.clone());
        let mut total = 0;
        loop {
            match worker.run_once().await.expect("the job queue is reachable") {
                0 => return total,
                n => total += n,
            }
        }
    }

    /// Makes every queued job due now, as if its backoff had passed.
    pub fn make_jobs_due(&self) {
        self.db
            .write_blocking(|conn| {
                diesel::update(
                    jobs::table
                        .filter(jobs::status.eq(JobStatus::Queued.as_str()))
                        .filter(jobs::kind.ne(maintenance::PURGE_FINISHED)),
                )
                .set(jobs::run_at.eq(self.clock.now()))
                .execute(conn)
                .map_err(DbError::from)
            })
            .expect("jobs can be made due");
    }

    /// Jobs queued or running.
    pub fn pending_job_count(&self) -> i64 {
        self.db
            .read_blocking(|conn| {
                jobs::table
                    .filter(jobs::status.eq_any([JobStatus::Queued.as_str(), JobStatus::Running.as_str()]))
                    .filter(jobs::kind.ne(maintenance::PURGE_FINISHED))
                    .count()
                    .get_result(conn)
                    .map_err(DbError::from)
            })
            .expect("jobs can be counted")
    }
}

/// A test that ends with a job failed, or due and still queued or running,
/// has left work undone or hidden a failure (an e-mail that never went out,
/// an index that was never updated): it fails, naming the jobs. Jobs planned
/// for later (a reminder in 48 hours) are the state the test left on purpose.
/// Tests about jobs that leave some on purpose say so with
/// [`TestApp::allow_leftover_jobs`].
impl Drop for TestApp {
    fn drop(&mut self) {
        if std::thread::panicking() || self.leftover_jobs_allowed.load(Ordering::Relaxed) {
            return;
        }
        let left = self
            .db
            .read_blocking(|conn| {
                let due_or_failed = jobs::status.eq(JobStatus::Failed.as_str()).or(jobs::status
                    .ne(JobStatus::Done.as_str())
                    .and(jobs::run_at.le(Utc::now().naive_utc())));
                jobs::table
                    .filter(due_or_failed)
                    .filter(jobs::kind.ne(maintenance::PURGE_FINISHED))
                    .select((jobs::kind, jobs::status, jobs::last_error))
                    .load::<(String, String, Option<String>)>(conn)
                    .map_err(DbError::from)
            })
            .expect("jobs can be listed");
        assert!(
            left.is_empty(),
            "the test left jobs behind (run them with app.run_pending_jobs(), or say why with \
             app.allow_leftover_jobs): {left:?}"
        );
    }
}

impl crate::market::Site for TestApp {
    fn db(&self) -> &Db {
        &self.db
    }

    fn base_url(&self) -> &url::Url {
        &self.settings.base_url
    }
}
