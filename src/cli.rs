//! The command line: parses arguments, loads settings and calls the library.

use std::io::IsTerminal;
use std::process::ExitCode;

use anyhow::Context;
use chrono::Utc;
use clap::{Parser, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};

use crate::accounts::{self, AccountsError, RequestContext, Role, password};
use crate::backup;
use crate::catalogue::{self, demo};
use crate::db::{self, Db, DbError};
use crate::directory::Sector;
use crate::directory::seed;
use crate::i18n::Language;
use crate::jobs::{self, Job};
use crate::media::MediaStore;
use crate::meetings::{self, demo::DemoEventOutcome, demo_history::DemoHistoryOutcome, notify::Links};
use crate::print::{self, Audience, CatalogueKind, Printer};
use crate::search;
use crate::settings::{Settings, VARIABLES};
use crate::startup::{self, Application, Options};
use crate::telemetry;

/// odop-bazaar: India's One District One Product marketplace.
///
/// Settings come from the environment and an optional odop-bazaar.toml;
/// `odop-bazaar config` shows them.
#[derive(Debug, Parser)]
#[command(name = "odop-bazaar", version, about)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum ImportCommand {
    /// Import listings from a CSV file (the template from the producer dashboard) as drafts of a producer.
    Products {
        /// The CSV file.
        file: std::path::PathBuf,
        /// The producer's slug (from their public page address).
        #[arg(long)]
        producer: String,
    },
}

#[derive(Debug, Subcommand)]
enum RatesCommand {
    /// Fetch the daily reference rates from RATES_URL now and store them if they are newer
    /// (the daily job does the same at 15:30 UTC); a running site re-indexes its listings' euro prices.
    Fetch,
}

#[derive(Debug, Subcommand)]
enum SearchCommand {
    /// Write every published product to the search index in batches, while the site keeps
    /// serving from it; then remove what is no longer published.
    Reindex {
        /// Products per batch (each batch is one commit of the index: fewer,
        /// larger commits are faster; 5,000 take about 20 MB).
        #[arg(long, default_value_t = 5000)]
        batch_size: usize,
    },
    /// Push search-config/ (index settings and synonyms) to Meilisearch and wait until it applies.
    SyncSettings,
    /// Report products missing from the index, stale in it, or in it but not published;
    /// exits with an error if there are any.
    Verify,
}

#[derive(Debug, Subcommand)]
enum CatalogueCommand {
    /// Make the printable PDF catalogue of a showcase (also before its first day), a district or
    /// a producer: a cover, the contents and a page per product (at most 200).
    #[command(group(clap::ArgGroup::new("subject").required(true).multiple(false)))]
    Pdf {
        /// The showcase's slug.
        #[arg(long, group = "subject", value_name = "SLUG")]
        showcase: Option<String>,
        /// The district's slug (its published listings).
        #[arg(long, group = "subject", value_name = "SLUG")]
        district: Option<String>,
        /// The producer's slug (their published listings).
        #[arg(long, group = "subject", value_name = "SLUG")]
        producer: Option<String>,
        /// The PDF file to write.
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: std::path::PathBuf,
        /// The language it is written in: en, hi or ar.
        #[arg(long = "lang", value_name = "LANGUAGE", default_value = "en", value_parser = parse_language)]
        language: Language,
    },
}

fn parse_language(tag: &str) -> Result<Language, String> {
    Language::from_tag(tag).ok_or_else(|| {
        let shipped: Vec<&str> = Language::ALL.iter().map(|l| l.as_str()).collect();
        format!("the site speaks {}", shipped.join(", "))
    })
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Migrate, seed the directory if it is empty, and serve the site with its workers (the default).
    Serve {
        /// Do not run pending migrations first.
        #[arg(long)]
        no_migrate: bool,
    },
    /// Run pending database migrations and exit.
    Migrate,
    /// Load (or refresh) the directory: states, districts, ODOP list, GI register, HS codes, countries, currencies.
    Seed {
        /// Also add N demo products (published, from the real ODOP list; deterministic) for demos and benchmarks.
        #[arg(long, value_name = "N")]
        demo: Option<usize>,
        /// Also add a published five-day demo buyer-seller meet with 300 producers, 500 buyers
        /// and 3,000 meetings (for benchmarks and load tests; it adds the 1,000 demo products it
        /// draws on unless --demo asks for more). Running it again adds nothing.
        #[arg(long)]
        demo_event: bool,
        /// Also add a finished six-day demo meet with the same producers and buyers, 10,000
        /// meetings held and what both sides reported of them (for the programme report and its
        /// benchmark; it adds the demo products it draws on too). Running it again adds nothing.
        #[arg(long)]
        demo_history: bool,
    },
    /// Bulk imports.
    Import {
        #[command(subcommand)]
        what: ImportCommand,
    },
    /// The product search index: rebuild it, push its settings, check it.
    Search {
        #[command(subcommand)]
        command: SearchCommand,
    },
    /// Printable catalogues.
    Catalogue {
        #[command(subcommand)]
        command: CatalogueCommand,
    },
    /// The reference exchange rates that convert prices into a buyer's currency.
    Rates {
        #[command(subcommand)]
        command: RatesCommand,
    },
    /// List queued, running and failed background jobs.
    Jobs {
        /// Only failed jobs.
        #[arg(long)]
        failed: bool,
        /// Put the failed job with this id back in the queue.
        #[arg(long, value_name = "ID")]
        retry: Option<String>,
    },
    /// Show the effective settings and where each comes from (secrets redacted).
    Config,
    /// Copy a SQLite site (database, photos, session key) into an empty folder, while it runs.
    Backup {
        /// A new or empty folder.
        dir: std::path::PathBuf,
    },
    /// Put a backup in place of this site's data, then rebuild the search index. Stop the site first.
    Restore {
        /// A folder made by `backup`.
        dir: std::path::PathBuf,
        /// Replace an existing database (it is kept beside the restored one).
        #[arg(long)]
        force: bool,
    },
    /// Create an account, typically an organiser or admin. The password is read from standard
    /// input when it is not a terminal; otherwise one is generated and printed once.
    CreateUser {
        /// producer, buyer, organiser or admin.
        #[arg(long)]
        role: String,
        #[arg(long)]
        email: String,
        /// Display name (defaults to the part of the address before the @).
        #[arg(long)]
        name: Option<String>,
    },
    /// Make an API token for an account with a confirmed address and print its secret once
    /// (for scripts such as scripts/api-fuzz.sh; people make theirs on their account page).
    CreateApiToken {
        #[arg(long)]
        email: String,
        /// What the token is for, as the account page lists it.
        #[arg(long)]
        name: String,
    },
}

pub fn run(cli: Cli) -> ExitCode {
    let settings = match Settings::load() {
        Ok(settings) => settings,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::from(2);
        }
    };
    telemetry::init(&settings.log_filter, settings.log_format);
    let outcome = match cli.command.unwrap_or(Command::Serve { no_migrate: false }) {
        Command::Serve { no_migrate } => serve(settings, no_migrate),
        Command::Migrate => run_migrations(&settings),
        Command::Seed {
            demo,
            demo_event,
            demo_history,
        } => run_seed(&settings).and_then(|()| {
            let listings = if demo_event || demo_history {
                Some(demo.unwrap_or(0).max(meetings::demo::LISTINGS_NEEDED))
            } else {
                demo
            };
            if let Some(count) = listings {
                seed_demo(&settings, count)?;
            }
            if demo_event {
                seed_demo_event(&settings)?;
            }
            if demo_history {
                seed_demo_history(&settings)?;
            }
            Ok(())
        }),
        Command::Import {
            what: ImportCommand::Products { file, producer },
        } => import_products(&settings, &file, &producer),
        Command::Search { command } => run_search(&settings, command),
        Command::Rates {
            command: RatesCommand::Fetch,
        } => fetch_rates(&settings),
        Command::Catalogue {
            command:
                CatalogueCommand::Pdf {
                    showcase,
                    district,
                    producer,
                    output,
                    language,
                },
        } => {
            let subject = showcase
                .map(|slug| (CatalogueKind::Showcase, slug))
                .or_else(|| district.map(|slug| (CatalogueKind::District, slug)))
                .or_else(|| producer.map(|slug| (CatalogueKind::Producer, slug)));
            match subject {
                Some((kind, slug)) => print_catalogue(&settings, kind, &slug, language, &output),
                None => Err(anyhow::anyhow!("name a --showcase, --district or --producer")),
            }
        }
        Command::Jobs { failed, retry } => list_jobs(&settings, failed, retry),
        Command::Config => {
            show_config(&settings);
            Ok(())
        }
        Command::Backup { dir } => make_backup(&settings, &dir),
        Command::Restore { dir, force } => restore_backup(&settings, &dir, force),
        Command::CreateUser { role, email, name } => create_user(&settings, &role, &email, name),
        Command::CreateApiToken { email, name } => create_api_token(&settings, &email, &name),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn serve(settings: Settings, no_migrate: bool) -> anyhow::Result<()> {
    let options = Options {
        migrate: !no_migrate,
        ..Options::default()
    };
    actix_web::rt::System::new().block_on(async move {
        let app = Application::build(settings, options).await?;
        app.run_until_stopped().await?;
        Ok(())
    })
}

fn connect(settings: &Settings) -> anyhow::Result<Db> {
    Ok(startup::connect(settings)?)
}

fn run_migrations(settings: &Settings) -> anyhow::Result<()> {
    let applied = startup::migrate(&connect(settings)?)?;
    if applied.is_empty() {
        println!("The database is up to date.");
    }
    for name in applied {
        println!("applied {name}");
    }
    Ok(())
}

fn make_backup(settings: &Settings, dir: &std::path::Path) -> anyhow::Result<()> {
    let manifest = backup::backup(settings, &connect(settings)?, dir)?;
    println!(
        "Backed up the database, {} photo files{} to {}.",
        manifest.media_files,
        if manifest.session_key {
            " and the session key"
        } else {
            ""
        },
        dir.display()
    );
    Ok(())
}

fn restore_backup(settings: &Settings, dir: &std::path::Path, force: bool) -> anyhow::Result<()> {
    let manifest = backup::restore(settings, dir, force)?;
    println!(
        "Restored the backup of {} ({} photo files). Rebuilding the search index…",
        manifest.created_at.format("%Y-%m-%d %H:%M UTC"),
        manifest.media_files
    );
    run_search(settings, SearchCommand::Reindex { batch_size: 5000 })
}

fn run_seed(settings: &Settings) -> anyhow::Result<()> {
    let db = connect(settings)?;
    startup::migrate(&db)?;
    let bar = if std::io::stderr().is_terminal() {
        ProgressBar::new(seed::TABLE_COUNT as u64)
    } else {
        ProgressBar::hidden()
    };
    bar.set_style(ProgressStyle::with_template("{bar:30} {pos}/{len} {msg}")?);
    let reports = db.write_blocking(|conn| {
        seed::seed_directory(conn, &mut |report, done, _| {
            bar.set_position(done as u64);
            bar.set_message(format!("{} ({} rows)", report.table, report.rows));
        })
    })?;
    bar.finish_and_clear();
    let rows: usize = reports.iter().map(|r| r.rows).sum();
    let inserted: usize = reports.iter().map(|r| r.inserted).sum();
    let updated: usize = reports.iter().map(|r| r.updated).sum();
    let find = |table: &str| reports.iter().find(|r| r.table == table).map_or(0, |r| r.rows);
    println!(
        "Seeded {} tables, {rows} rows ({inserted} inserted, {updated} updated): {} states, {} districts, {} ODOP products, {} GIs.",
        reports.len(),
        find("states"),
        find("districts"),
        find("odop_products"),
        find("gi_products"),
    );
    Ok(())
}

fn list_jobs(settings: &Settings, failed: bool, retry: Option<String>) -> anyhow::Result<()> {
    let db = connect(settings)?;
    if let Some(id) = retry {
        let now = Utc::now().naive_utc();
        let requeued = db.write_blocking(|conn| jobs::repo::retry(conn, &id, now))?;
        anyhow::ensure!(requeued, "no failed or queued job with id {id}");
        println!("Job {id} is queued again.");
        return Ok(());
    }
    let list: Vec<Job> = db.read_blocking(|conn| jobs::repo::list(conn, failed, 500))?;
    if list.is_empty() {
        println!(
            "{}",
            if failed {
                "No failed jobs."
            } else {
                "No queued, running or failed jobs."
            }
        );
        return Ok(());
    }
    println!(
        "{:<40} {:<28} {:<8} {:>8}  {:<19}  last error",
        "id", "kind", "status", "attempts", "next run (UTC)"
    );
    for job in list {
        println!(
            "{:<40} {:<28} {:<8} {:>4}/{:<3}  {:<19}  {}",
            job.id,
            job.kind,
            job.status.as_str(),
            job.attempts,
            job.max_attempts,
            job.run_at.format("%Y-%m-%d %H:%M:%S"),
            job.last_error
                .unwrap_or_default()
                .lines()
                .next()
                .unwrap_or_default(),
        );
    }
    Ok(())
}

fn show_config(settings: &Settings) {
    for (name, value, source) in &settings.origins {
        let about = VARIABLES.iter().find(|(n, _)| n == name).map_or("", |(_, a)| a);
        println!("{name:<22} = {value:<48} [{source}]  # {about}");
    }
}

fn create_user(settings: &Settings, role: &str, email: &str, name: Option<String>) -> anyhow::Result<()> {
    let role = Role::parse(role)
        .ok_or_else(|| anyhow::anyhow!("--role must be producer, buyer, organiser or admin"))?;
    let db = connect(settings)?;
    startup::migrate(&db)?;
    let (password, generated) = if std::io::stdin().is_terminal() {
        (password::generate(), true)
    } else {
        let mut line = String::new();
        std::io::stdin().read_line(&mut line)?;
        let typed = line.trim_end_matches(['\r', '\n']).to_owned();
        if typed.is_empty() {
            (password::generate(), true)
        } else {
            (typed, false)
        }
    };
    let name = name.unwrap_or_else(|| email.split('@').next().unwrap_or(email).to_owned());
    let ctx = RequestContext {
        ip: None,
        base_url: settings.base_url.clone(),
        now: Utc::now().naive_utc(),
    };
    let created = actix_web::rt::System::new().block_on(async {
        accounts::admin_users::create_user(&db, role, email, &name, &password, None, &ctx).await
    });
    let user = match created {
        Ok(user) => user,
        Err(AccountsError::Invalid(errors)) => {
            let problems: Vec<String> = errors
                .into_iter()
                .map(|(field, message)| format!("{field}: {message}"))
                .collect();
            anyhow::bail!("{}", problems.join("; "));
        }
        Err(other) => return Err(other.into()),
    };
    println!(
        "Created {} {} ({}).",
        role.label().to_lowercase(),
        user.email,
        user.id
    );
    if generated {
        println!("Password (shown once): {password}");
    }
    Ok(())
}

fn create_api_token(settings: &Settings, email: &str, name: &str) -> anyhow::Result<()> {
    let db = connect(settings)?;
    let ctx = RequestContext {
        ip: None,
        base_url: settings.base_url.clone(),
        now: Utc::now().naive_utc(),
    };
    let issued = actix_web::rt::System::new().block_on(async {
        let address = email.trim().to_lowercase();
        let user = db
            .read(move |conn| accounts::repo::find_user_by_email(conn, &address))
            .await?
            .ok_or_else(|| anyhow::anyhow!("no account has the address {email}"))?;
        match accounts::api_tokens::create(&db, &user, name, &ctx).await {
            Err(AccountsError::NotVerified) => {
                anyhow::bail!("{email} has not confirmed its address, so it gets no API token")
            }
            other => Ok(other?),
        }
    })?;
    // The secret alone on standard output, so a script can capture it.
    println!("{}", issued.secret);
    Ok(())
}

fn progress_bar(total: u64) -> anyhow::Result<ProgressBar> {
    let bar = if std::io::stderr().is_terminal() {
        ProgressBar::new(total)
    } else {
        ProgressBar::hidden()
    };
    bar.set_style(ProgressStyle::with_template(
        "{bar:30} {pos}/{len} {msg} ({eta})",
    )?);
    Ok(bar)
}

fn print_catalogue(
    settings: &Settings,
    kind: CatalogueKind,
    slug: &str,
    language: Language,
    output: &std::path::Path,
) -> anyhow::Result<()> {
    let db = connect(settings)?;
    let now = Utc::now().naive_utc();
    let source =
        db.read_blocking(|conn| print::source::gather(conn, kind, slug, Audience::Operator, language, now))?;
    if source.available > source.printed() {
        eprintln!(
            "“{}” has {} products; the catalogue prints the first {}.",
            source.title,
            source.available,
            print::MAX_PRODUCTS
        );
    }
    let printer = Printer::from_settings(settings)?;
    let bar = progress_bar(source.printed() as u64)?;
    bar.set_message("product pages");
    let bytes = printer.render(&source, &settings.base_url, now, &mut |done| {
        bar.set_position(done as u64)
    })?;
    bar.finish_and_clear();
    crate::files::write_atomically(output, &bytes)
        .with_context(|| format!("writing {}", output.display()))?;
    let products = match source.printed() {
        1 => "1 product".to_owned(),
        n => format!("{n} products"),
    };
    println!(
        "Wrote {}: {products}, {:.2} MB.",
        output.display(),
        bytes.len() as f64 / 1_000_000.0
    );
    Ok(())
}

fn seed_demo(settings: &Settings, count: usize) -> anyhow::Result<()> {
    let db = connect(settings)?;
    let media = MediaStore::from_settings(settings)?;
    let photos = actix_web::rt::System::new().block_on(async {
        let mut photos = demo::SectorPhotos::new();
        for sector in Sector::ALL {
            let stored = media.store_upload(demo::render_sector_pattern(sector)).await?;
            photos.insert(sector, (stored.hash, stored.width, stored.height));
        }
        Ok::<_, anyhow::Error>(photos)
    })?;
    let bar = progress_bar(count as u64)?;
    let now = Utc::now().naive_utc();
    let added = db.write_blocking(|conn| {
        demo::seed_demo(conn, count, &photos, now, &mut |done| {
            bar.set_position(done as u64)
        })
    })?;
    bar.finish_and_clear();
    db::refresh_planner_statistics(&mut *db.get()?)?;
    // Index in batches through the job queue, so a running server picks them up.
    let mut after: Option<String> = None;
    let mut queued = 0;
    loop {
        let batch = db.read_blocking(|conn| catalogue::published_ids(conn, after.as_deref(), 500))?;
        let Some(last) = batch.last().cloned() else { break };
        db.write_blocking(|conn| search::enqueue_index(conn, &batch, now))?;
        queued += batch.len();
        after = Some(last);
    }
    println!(
        "Added {added} demo products ({count} requested); {queued} published products queued for indexing. Run `odop-bazaar search reindex` to index them now."
    );
    Ok(())
}

fn seed_demo_event(settings: &Settings) -> anyhow::Result<()> {
    let db = connect(settings)?;
    let links = Links::from_settings(settings);
    let now = Utc::now().naive_utc();
    let outcome = db.write_blocking(|conn| meetings::demo::seed_demo_event(conn, &links, now))?;
    let path = format!("/events/{}", meetings::demo::SLUG);
    match outcome {
        DemoEventOutcome::Exists => println!("The demo event is there already ({path}); nothing added."),
        DemoEventOutcome::Added {
            producers,
            buyers,
            accepted,
            requested,
        } => {
            db::refresh_planner_statistics(&mut *db.get()?)?;
            println!(
                "Added the demo event {path}: {producers} producers, {buyers} buyers, {} meetings ({accepted} accepted, {requested} waiting for an answer).",
                accepted + requested
            );
        }
    }
    Ok(())
}

fn seed_demo_history(settings: &Settings) -> anyhow::Result<()> {
    let db = connect(settings)?;
    let links = Links::from_settings(settings);
    let now = Utc::now().naive_utc();
    let outcome = db.write_blocking(|conn| meetings::demo_history::seed_demo_history(conn, &links, now))?;
    let path = format!("/events/{}", meetings::demo_history::SLUG);
    match outcome {
        DemoHistoryOutcome::Exists => {
            println!("The finished demo meet is there already ({path}); nothing added.")
        }
        DemoHistoryOutcome::Added {
            producers,
            buyers,
            meetings,
            outcomes,
            follow_ups,
        } => {
            db::refresh_planner_statistics(&mut *db.get()?)?;
            println!(
                "Added the finished demo meet {path}: {producers} producers, {buyers} buyers, {meetings} meetings held, {outcomes} outcomes reported, {follow_ups} followed up; its report is at /dashboard/events/{}/report.",
                meetings::demo_history::SLUG
            );
        }
    }
    Ok(())
}

fn import_products(settings: &Settings, file: &std::path::Path, producer_slug: &str) -> anyhow::Result<()> {
    let db = connect(settings)?;
    let bytes = std::fs::read(file).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", file.display()))?;
    let slug = producer_slug.to_owned();
    let user = db.read_blocking(|conn| {
        let producer = catalogue::repo::producer_by_slug(conn, &slug)?;
        match producer {
            Some(p) => Ok::<_, DbError>(accounts::repo::find_user(conn, &p.user_id)?),
            None => Ok(None),
        }
    })?;
    let user = user.ok_or_else(|| anyhow::anyhow!("no producer with the slug {producer_slug}"))?;
    let rows = bytes.iter().filter(|b| **b == b'\n').count().saturating_sub(1);
    let bar = progress_bar(rows as u64)?;
    let report = actix_web::rt::System::new().block_on(catalogue::import::import_csv(
        &db,
        &user,
        &bytes,
        Utc::now().naive_utc(),
        {
            let bar = bar.clone();
            move |done, total| {
                bar.set_length(total as u64);
                bar.set_position(done as u64);
            }
        },
    ));
    bar.finish_and_clear();
    let report = match report {
        Ok(report) => report,
        Err(catalogue::CatalogueError::Invalid(errors)) => {
            anyhow::bail!(
                "{}",
                errors
                    .values()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(" ")
            )
        }
        Err(other) => return Err(other.into()),
    };
    for row in &report.rows {
        match &row.created {
            Some(id) => println!("line {:>4}  created   {}  ({id})", row.line, row.title),
            None => println!(
                "line {:>4}  refused   {}: {}",
                row.line,
                row.title,
                row.problems.join("; ")
            ),
        }
    }
    println!("{} created, {} refused.", report.created, report.refused);
    anyhow::ensure!(
        report.refused == 0 || report.created > 0,
        "no row could be imported"
    );
    Ok(())
}

fn fetch_rates(settings: &Settings) -> anyhow::Result<()> {
    let url = settings
        .rates_url
        .clone()
        .context("RATES_URL is off: set it to the ECB's daily file or a copy of it")?;
    actix_web::rt::System::new().block_on(async {
        let db = connect(settings)?;
        startup::migrate(&db)?;
        let source = crate::currency::fetch::RatesSource::new(url);
        let now = Utc::now().naive_utc();
        match crate::background::refresh_rates(&db, &source, now).await? {
            crate::background::RatesRefresh::Stored(date) => println!(
                "Stored the reference rates of {date} from {}; the listings' euro prices are queued for re-indexing.",
                source.url()
            ),
            crate::background::RatesRefresh::AlreadyCurrent(date) => println!(
                "{} publishes the rates of {date}; those stored are as new, so nothing changed.",
                source.url()
            ),
        }
        Ok(())
    })
}

fn run_search(settings: &Settings, command: SearchCommand) -> anyhow::Result<()> {
    actix_web::rt::System::new().block_on(async {
        let engine = search::SearchEngine::from_settings(settings)?;
        match command {
            SearchCommand::SyncSettings => {
                engine.apply_settings().await?;
                match engine.kind() {
                    "meilisearch" => println!("Meilisearch has the settings and synonyms of search-config/."),
                    _ => println!(
                        "MEILI_URL is not set: the embedded index reads search-config/ from the binary, so there is nothing to push."
                    ),
                }
            }
            SearchCommand::Reindex { batch_size } => {
                let db = connect(settings)?;
                startup::migrate(&db)?;
                let bar = progress_bar(0)?;
                let report = search::maintenance::reindex(
                    &db,
                    &engine,
                    catalogue::document_source(),
                    batch_size,
                    &|done, total| {
                        bar.set_length(total as u64);
                        bar.set_position(done as u64);
                    },
                )
                .await?;
                bar.finish_and_clear();
                println!(
                    "Indexed {} published products in the {} index; removed {} no longer published; rewrote {} that changed meanwhile; dropped {} queued index updates it covered.",
                    report.indexed,
                    engine.kind(),
                    report.removed,
                    report.repaired,
                    report.superseded_jobs
                );
            }
            SearchCommand::Verify => {
                let db = connect(settings)?;
                let report = search::maintenance::verify(&db, &engine, catalogue::document_source(), 500).await?;
                println!("Checked {} published products against the {} index.", report.checked, engine.kind());
                for (what, ids) in [
                    ("missing from the index", &report.missing),
                    ("stale in the index", &report.stale),
                    ("in the index but not published", &report.extra),
                ] {
                    if ids.is_empty() {
                        continue;
                    }
                    println!("{} {what}:", ids.len());
                    for id in ids.iter().take(20) {
                        println!("  {id}");
                    }
                    if ids.len() > 20 {
                        println!("  … and {} more", ids.len() - 20);
                    }
                }
                anyhow::ensure!(
                    report.is_clean(),
                    "the index differs from the catalogue; `odop-bazaar search reindex` rebuilds it"
                );
                println!("The index matches the catalogue.");
            }
        }
        Ok(())
    })
}
