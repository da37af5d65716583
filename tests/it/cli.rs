//! The `odop-bazaar` binary as an operator uses it.

use std::path::Path;
use std::process::{Command, Output};

use chrono::Utc;
use odop_bazaar::db::Db;
use odop_bazaar::jobs::{NewJob, repo};

use crate::harness::{Backend, TestStorage};
use test_macros::backend_test;

fn odop(dir: &Path, env: &[(&str, &str)], args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_odop-bazaar"));
    command
        .current_dir(dir)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default());
    for (k, v) in env {
        command.env(k, v);
    }
    command.args(args).output().expect("run odop-bazaar")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn a_bad_setting_stops_start_up_with_one_clear_line() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data").display().to_string();
    let cases = [
        (
            vec![("BIND", "port-eighty")],
            "BIND: expected an address and port",
        ),
        (
            vec![("DATABASE_URL", "mysql://localhost/bazaar")],
            "DATABASE_URL: expected sqlite://",
        ),
        (
            vec![("DATA_DIR", "/proc/odop-bazaar")],
            "DATA_DIR: expected a writable directory",
        ),
        (
            vec![("LOG_FORMAT", "yaml")],
            "LOG_FORMAT: expected 'pretty' or 'json'",
        ),
        (
            vec![("DATABASE_POOL_SIZE", "lots")],
            "DATABASE_POOL_SIZE: expected a whole number",
        ),
    ];
    for (env, expected) in cases {
        let mut env = env.clone();
        if !env.iter().any(|(k, _)| *k == "DATA_DIR") {
            env.push(("DATA_DIR", &data));
        }
        let output = odop(dir.path(), &env, &["serve"]);
        assert_eq!(output.status.code(), Some(2), "{env:?}");
        let stderr = text(&output.stderr);
        let errors: Vec<&str> = stderr.lines().filter(|l| l.starts_with("error:")).collect();
        assert_eq!(errors.len(), 1, "{stderr}");
        assert!(errors[0].contains(expected), "{stderr}");
    }
}

#[test]
fn settings_come_from_the_config_file_and_environment_with_secrets_redacted() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("odop-bazaar.toml"),
        "bind = \"127.0.0.1:9191\"\nmail_from = \"Bazaar <hello@example.org>\"\n",
    )
    .unwrap();
    let key = "s".repeat(64);
    let output = odop(
        dir.path(),
        &[
            ("MAIL_FROM", "Env <env@example.org>"),
            ("SESSION_KEY", &key),
            ("MEILI_API_KEY", "meili-secret"),
        ],
        &["config"],
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    let shown = text(&output.stdout);
    assert!(
        shown.contains("127.0.0.1:9191") && shown.contains("[odop-bazaar.toml]"),
        "{shown}"
    );
    assert!(
        shown.contains("env@example.org") && shown.contains("[environment]"),
        "{shown}"
    );
    assert!(
        !shown.contains(&key) && !shown.contains("meili-secret"),
        "{shown}"
    );

    std::fs::write(dir.path().join("odop-bazaar.toml"), "bnid = \"x\"\n").unwrap();
    let output = odop(dir.path(), &[], &["config"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("unknown key 'bnid'"));
}

#[backend_test]
fn migrate_and_seed_commands_report_what_they_did(backend: Backend) {
    let storage = TestStorage::new(backend);
    let env = storage.env();
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let dir = storage.dir.path();

    let first = odop(dir, &env, &["migrate"]);
    assert!(first.status.success(), "{}", text(&first.stderr));
    assert!(text(&first.stdout).contains("applied"));
    let second = odop(dir, &env, &["migrate"]);
    assert!(text(&second.stdout).contains("up to date"), "{backend:?}");

    let seeded = odop(dir, &env, &["seed"]);
    assert!(seeded.status.success(), "{}", text(&seeded.stderr));
    let summary = text(&seeded.stdout);
    assert_eq!(
        summary.lines().count(),
        1,
        "one line when not on a terminal: {summary}"
    );
    assert!(
        summary.contains("36 states, 787 districts, 1241 ODOP products, 695 GIs"),
        "{summary}"
    );
    let again = text(&odop(dir, &env, &["seed"]).stdout);
    assert!(again.contains("(0 inserted, 0 updated)"), "{backend:?}: {again}");
}

#[test]
fn jobs_command_lists_failed_jobs_and_retries_one() {
    let storage = TestStorage::new(Backend::Sqlite);
    let env = storage.env();
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let dir = storage.dir.path();
    assert!(odop(dir, &env, &["migrate"]).status.success());
    let listed = text(&odop(dir, &env, &["jobs"]).stdout);
    assert!(listed.contains("No queued, running or failed jobs"), "{listed}");

    let settings = storage.settings(&[]);
    let db = Db::connect(&settings.database_url, 1, std::time::Duration::from_secs(5)).unwrap();
    db.write_blocking(|conn| {
        let now = Utc::now().naive_utc();
        repo::enqueue(
            conn,
            NewJob::new("mail.send", serde_json::json!({}))
                .with_key("job-1".into())
                .max_attempts(1),
            now,
        )?;
        let claimed = repo::claim(conn, "w", 1, repo::LEASE, now)?;
        repo::fail(
            conn,
            &claimed[0],
            "connection refused by smtp.example.org",
            false,
            now,
        )
    })
    .unwrap();
    drop(db);

    let failed = text(&odop(dir, &env, &["jobs", "--failed"]).stdout);
    assert!(
        failed.contains("job-1") && failed.contains("failed") && failed.contains("connection refused"),
        "{failed}"
    );
    let retried = odop(dir, &env, &["jobs", "--retry", "job-1"]);
    assert!(retried.status.success());
    assert!(text(&odop(dir, &env, &["jobs", "--failed"]).stdout).contains("No failed jobs"));
    let missing = odop(dir, &env, &["jobs", "--retry", "job-404"]);
    assert!(!missing.status.success());
    assert!(text(&missing.stderr).contains("no failed or queued job with id job-404"));
}

#[test]
fn every_command_has_help() {
    let dir = tempfile::tempdir().unwrap();
    for command in ["serve", "migrate", "seed", "jobs", "config"] {
        let output = odop(dir.path(), &[], &[command, "--help"]);
        assert!(output.status.success(), "{command}");
        assert!(text(&output.stdout).contains("Usage: odop-bazaar"), "{command}");
    }
}

#[test]
fn serve_starts_from_nothing_and_logs_json_lines() {
    use std::io::{BufRead, BufReader};

    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mut child = Command::new(env!("CARGO_BIN_EXE_odop-bazaar"))
        .current_dir(dir.path())
        .env_clear()
        .env("DATA_DIR", &data)
        .env("BIND", "127.0.0.1:0")
        .env("LOG_FORMAT", "json")
        .env("RUST_LOG", "info")
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let mut address = None;
    let mut seen = Vec::new();
    for line in lines.by_ref().take(50) {
        let line = line.unwrap();
        if line.starts_with("warning: SESSION_KEY") {
            continue;
        }
        let event: serde_json::Value =
            serde_json::from_str(&line).unwrap_or_else(|_| panic!("not JSON: {line}"));
        seen.push(event["message"].as_str().unwrap_or_default().to_owned());
        if event["message"] == "odop-bazaar is serving" {
            address = event["address"].as_str().map(str::to_owned);
            break;
        }
    }
    let address = address.unwrap_or_else(|| panic!("never served; logged {seen:?}"));
    assert!(seen.iter().any(|m| m.contains("seeding")), "{seen:?}");
    assert!(data.join("bazaar.db").exists() && data.join("session.key").exists());

    let body = http_get(&address, "/districts/varanasi");
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(body.contains("Silk Products"));
}

/// A plain HTTP/1.0 GET, enough to talk to the server from a sync test.
fn http_get(address: &str, path: &str) -> String {
    use std::io::{Read, Write};
    let host = address.trim_start_matches("http://");
    let mut stream = std::net::TcpStream::connect(host).unwrap();
    write!(stream, "GET {path} HTTP/1.0\r\nHost: {host}\r\n\r\n").unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    assert!(
        response.starts_with("HTTP/1.0 200") || response.starts_with("HTTP/1.1 200"),
        "{response}"
    );
    response
}

#[test]
fn create_user_takes_the_password_from_stdin_or_generates_one() {
    use std::io::Write;

    let storage = TestStorage::new(Backend::Sqlite);
    let env = storage.env();
    let run = |args: &[&str], stdin: Option<&str>| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_odop-bazaar"));
        command
            .current_dir(storage.dir.path())
            .env_clear()
            .envs(&env)
            .args(args);
        command
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        let mut child = command.spawn().unwrap();
        let mut input = child.stdin.take().unwrap();
        if let Some(text) = stdin {
            writeln!(input, "{text}").unwrap();
        }
        drop(input);
        child.wait_with_output().unwrap()
    };

    let given = run(
        &["create-user", "--role", "admin", "--email", "root@example.org"],
        Some("a long admin pass phrase"),
    );
    assert!(given.status.success(), "{}", text(&given.stderr));
    assert!(text(&given.stdout).contains("Created administrator root@example.org"));
    assert!(
        !text(&given.stdout).contains("Password"),
        "a given password is not echoed"
    );

    let generated = run(
        &[
            "create-user",
            "--role",
            "organiser",
            "--email",
            "council@example.org",
        ],
        None,
    );
    assert!(generated.status.success(), "{}", text(&generated.stderr));
    let out = text(&generated.stdout);
    let password = out
        .lines()
        .find_map(|l| l.strip_prefix("Password (shown once): "))
        .expect("generated password printed");
    assert!(password.len() >= 20);

    let again = run(
        &["create-user", "--role", "admin", "--email", "root@example.org"],
        Some("another long pass phrase"),
    );
    assert!(!again.status.success());
    assert!(text(&again.stderr).contains("already exists"));
    let weak = run(
        &["create-user", "--role", "admin", "--email", "weak@example.org"],
        Some("password1"),
    );
    assert!(text(&weak.stderr).contains("password:"));
    let bad_role = run(
        &["create-user", "--role", "wizard", "--email", "x@example.org"],
        Some("whatever"),
    );
    assert!(text(&bad_role.stderr).contains("--role must be"));
}

#[test]
fn seed_demo_adds_published_listings_once() {
    let storage = TestStorage::new(Backend::Sqlite);
    let env = storage.env();
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let dir = storage.dir.path();
    let first = odop(dir, &env, &["seed", "--demo", "60"]);
    assert!(first.status.success(), "{}", text(&first.stderr));
    assert!(
        text(&first.stdout).contains("Added 60 demo products"),
        "{}",
        text(&first.stdout)
    );
    let again = odop(dir, &env, &["seed", "--demo", "60"]);
    assert!(
        text(&again.stdout).contains("Added 0 demo products"),
        "{}",
        text(&again.stdout)
    );

    use diesel::prelude::*;
    use odop_bazaar::schema::{product_images, products};
    let settings = storage.settings(&[]);
    let db = Db::connect(&settings.database_url, 1, std::time::Duration::from_secs(5)).unwrap();
    let (published, photos): (i64, i64) = db
        .read_blocking(|c| {
            let published = products::table
                .filter(products::status.eq("published"))
                .count()
                .get_result(c)?;
            let photos = product_images::table.count().get_result(c)?;
            Ok::<_, odop_bazaar::db::DbError>((published, photos))
        })
        .unwrap();
    assert_eq!((published, photos), (60, 60));
    let stored = std::fs::read_dir(storage.dir.path().join("media"))
        .unwrap()
        .count();
    assert!(stored > 0, "the sector patterns were stored as photos");
}
