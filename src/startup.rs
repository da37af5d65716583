//! Builds the application: database, migrations, seed, templates, HTTP
//! server and background workers. Tests start the same thing on port 0.

use std::net::TcpListener;
use std::sync::Arc;

use actix_web::dev::Server;
use actix_web::middleware::{Compress, ErrorHandlers, from_fn};
use actix_web::{App, HttpServer};
use tokio::sync::watch;
use tokio::task::JoinHandle;
use tracing_actix_web::TracingLogger;

use crate::background::AppJobs;
use crate::catalogue;
use crate::clock::Clock;
use crate::currency::fetch::RatesSource;
use crate::db::{self, Backend, Db, DbError};
use crate::directory;
use crate::directory::names::PlaceNames;
use crate::jobs::{self, Worker, maintenance};
use crate::mail::MailDelivery;
use crate::media::MediaStore;
use crate::print::Printer;
use crate::search::SearchEngine;
use crate::search::embedded_claim::EmbeddedIndexClaim;
use crate::search::suggest::Suggester;
use crate::settings::Settings;
use crate::web::generation_watch::GenerationWatch;
use crate::web::{self as site, AppState, PageCache, Templates};

/// Rendered public pages kept per instance: the home, state, district and
/// sector pages and a few hundred product pages of ~40 kB each.
const PAGE_CACHE_BYTES: usize = 64 * 1024 * 1024;

/// What `serve` does besides serving.
#[derive(Debug, Clone)]
pub struct Options {
    /// Run pending migrations before serving.
    pub migrate: bool,
    /// Load the directory when the database has none.
    pub seed_if_empty: bool,
    /// Start an in-process job worker.
    pub run_workers: bool,
    /// The time the site and its worker read (tests move theirs forward).
    pub clock: Clock,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            migrate: true,
            seed_if_empty: true,
            run_workers: true,
            clock: Clock::system(),
        }
    }
}

pub struct Application {
    server: Server,
    port: u16,
    db: Db,
    search: Arc<SearchEngine>,
    clock: Clock,
    shutdown: watch::Sender<bool>,
    worker: Option<JoinHandle<()>>,
    /// Held while the site runs (see `search::embedded_claim`).
    _index_claim: EmbeddedIndexClaim,
}

/// Opens the pool described by the settings.
pub fn connect(settings: &Settings) -> Result<Db, DbError> {
    Db::connect(
        &settings.database_url,
        settings.database_pool_size,
        settings.database_timeout,
    )
}

/// Runs pending migrations on a connection of its own (each migration is its own transaction).
pub fn migrate(db: &Db) -> Result<Vec<String>, DbError> {
    let mut conn = db.get()?;
    db::run_pending_migrations(&mut conn)
}

impl Application {
    pub async fn build(mut settings: Settings, options: Options) -> anyhow::Result<Self> {
        let db = connect(&settings)?;
        let setup_db = db.clone();
        let clock = options.clock.clone();
        let run_workers = options.run_workers;
        let fetch_rates = settings.rates_url.is_some();
        tokio::task::spawn_blocking(move || prepare_database(&setup_db, options, fetch_rates)).await??;
        let claim_settings = settings.clone();
        let index_claim =
            tokio::task::spawn_blocking(move || EmbeddedIndexClaim::take(&claim_settings)).await??;
        let listener = TcpListener::bind(settings.bind)?;
        let port = listener.local_addr()?.port();
        if settings.bind.port() == 0 && settings.base_url_is_default() {
            // Bound to a free port (tests): links must name the real one.
            let _ = settings.base_url.set_port(Some(port));
        }
        // Built before serving so a bad SMTP_URL or MAIL_FROM stops the start,
        // rather than every e-mail failing later.
        let mail = MailDelivery::from_settings(&settings)?;
        let search = Arc::new(SearchEngine::from_settings(&settings)?);
        // Built before serving, so the first buyer to type waits for nothing.
        let suggestions = Arc::new(Suggester::new(db.clone(), catalogue::listing_counts));
        suggestions.table(search.config()).await?;

        let state = AppState {
            db: db.clone(),
            templates: Arc::new(Templates::load(&settings.base_url)?),
            settings: Arc::new(settings.clone()),
            media: Arc::new(MediaStore::from_settings(&settings)?),
            search: search.clone(),
            place_names: Arc::new(PlaceNames::new(db.clone())),
            suggestions: suggestions.clone(),
            pages: Arc::new(PageCache::new(PAGE_CACHE_BYTES)),
            generation: GenerationWatch::start(db.clone(), clock.clone()),
            clock: clock.clone(),
            rates: Arc::default(),
        };
        // Installed before the first request so every one is counted.
        crate::telemetry::prometheus::recorder();
        let data = actix_web::web::Data::new(state);
        let server = HttpServer::new(move || {
            App::new()
                .app_data(data.clone())
                .wrap(from_fn(site::verify_csrf))
                .wrap(from_fn(site::guard_request_body))
                .wrap(from_fn(site::load_viewer))
                // Inside the session middleware, so error pages still see the
                // live session (the sign-out form needs its token).
                .wrap(ErrorHandlers::new().default_handler(site::render_errors))
                .wrap(site::session_middleware(&data.settings))
                .wrap(site::security_headers(&data.settings))
                .wrap(Compress::default())
                .wrap(from_fn(site::head_as_get))
                .wrap(TracingLogger::default())
                .wrap(from_fn(site::record_request_metrics))
                .configure(site::configure)
        })
        .listen(listener)?
        .run();
        tracing::info!(
            address = %format!("http://127.0.0.1:{port}"),
            database = db.backend().name(),
            search = search.kind(),
            "odop-bazaar is serving"
        );

        let printer = Printer::from_settings(&settings)?;
        let (shutdown, receiver) = watch::channel(false);
        let worker = run_workers.then(|| {
            let jobs = AppJobs::new(
                db.clone(),
                mail,
                search.clone(),
                &settings.base_url,
                printer,
                clock.clone(),
            )
            .with_rates(settings.rates_url.clone().map(RatesSource::new));
            tokio::spawn(
                Worker::new(db.clone(), Arc::new(jobs))
                    .with_clock(clock.clone())
                    .run(receiver),
            )
        });
        Ok(Self {
            server,
            port,
            db,
            search,
            clock,
            shutdown,
            worker,
            _index_claim: index_claim,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn db(&self) -> &Db {
        &self.db
    }

    /// The search engine the site and its workers use.
    pub fn search(&self) -> &Arc<SearchEngine> {
        &self.search
    }

    /// The time the site and its worker read.
    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    /// A handle that stops the server gracefully.
    pub fn server_handle(&self) -> actix_web::dev::ServerHandle {
        self.server.handle()
    }

    /// Serves until the server stops (Ctrl-C / SIGTERM), then stops the worker.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let result = self.server.await;
        let _ = self.shutdown.send(true);
        if let Some(worker) = self.worker {
            let _ = worker.await;
        }
        result
    }
}

fn prepare_database(db: &Db, options: Options, fetch_rates: bool) -> anyhow::Result<()> {
    let clock = options.clock;
    if options.migrate {
        for name in migrate(db)? {
            tracing::info!(migration = %name, "applied migration");
        }
    }
    if options.seed_if_empty {
        let empty = db.read_blocking(|conn| directory::repo::counts(conn).map(|c| c.states == 0))?;
        if empty {
            tracing::info!("the directory is empty; seeding it from data/seed");
            let reports =
                db.write_blocking(|conn| directory::seed::seed_directory(conn, &mut |_, _, _| {}))?;
            let rows: usize = reports.iter().map(|r| r.inserted).sum();
            tracing::info!(rows, "seeded the directory");
        }
    }
    db::refresh_planner_statistics(&mut *db.get()?)?;
    if db.backend() == Backend::Sqlite && options.run_workers {
        // One instance serves a SQLite file, so jobs still marked running were
        // held by its predecessor, which died: run them again now rather than
        // when their lease runs out.
        let released = db.write_blocking(jobs::repo::release_all_claims)?;
        if released > 0 {
            tracing::info!(jobs = released, "released the jobs a previous run was holding");
        }
    }
    db.write_blocking(|conn| maintenance::schedule_purge(conn, clock.now()))?;
    if fetch_rates {
        db.write_blocking(|conn| crate::currency::fetch::schedule_at_start(conn, clock.now()))?;
    }
    Ok(())
}
