//! Graceful shutdown of the real binary: on SIGTERM the request sent just
//! before is answered, new connections are refused, and the process exits
//! cleanly once its worker has stopped.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::harness::{Backend, TestStorage};

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn wait_until_serving(port: u16) {
    let started = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the server did not start"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// GET /signup: the session cookie it sets and the form's CSRF token.
fn signup_page(port: u16) -> (String, String) {
    let mut page = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        page,
        "GET /signup HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut text = String::new();
    page.read_to_string(&mut text).unwrap();
    let cookie = text
        .lines()
        .find_map(|l| l.strip_prefix("set-cookie: "))
        .and_then(|c| c.split(';').next())
        .unwrap_or_else(|| panic!("no session cookie: {text}"))
        .to_owned();
    let marker = "name=\"csrf_token\" value=\"";
    let start = text.find(marker).unwrap_or_else(|| panic!("no token: {text}")) + marker.len();
    let token = text[start..].chars().take_while(|c| *c != '"').collect();
    (cookie, token)
}

fn wait_for_signup_to_start(storage: &TestStorage) {
    use diesel::prelude::*;
    let path = storage.dir.path().join("bazaar.db");
    let mut db = diesel::SqliteConnection::establish(&path.display().to_string()).unwrap();
    let started = Instant::now();
    loop {
        let hits: i64 = odop_bazaar::schema::rate_limits::table
            .count()
            .get_result(&mut db)
            .unwrap_or(0);
        if hits > 0 {
            return;
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "the sign-up never started"
        );
        std::thread::sleep(Duration::from_millis(2));
    }
}

#[test]
fn sigterm_answers_the_request_just_sent_refuses_new_ones_and_exits_cleanly() {
    let storage = TestStorage::new(Backend::Sqlite);
    let port = free_port();
    let mut server = Command::new(env!("CARGO_BIN_EXE_odop-bazaar"))
        .current_dir(storage.dir.path())
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .envs(storage.env())
        .env("BIND", format!("127.0.0.1:{port}"))
        .env("RUST_LOG", "info")
        .arg("serve")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    wait_until_serving(port);

    // A sign-up form as a browser would send it: its session cookie and token
    // from the page, then the whole form, and SIGTERM right after it.
    let (cookie, token) = signup_page(port);
    let body = format!(
        "role=buyer&name=Jan+de+Vries&email=jan%40tulip.example&password=copper+lantern+river+mango\
         &company=Tulip+Trading&country=NL&csrf_token={token}"
    );
    let mut client = TcpStream::connect(("127.0.0.1", port)).unwrap();
    client.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    write!(
        client,
        "POST /signup HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nOrigin: http://127.0.0.1:{port}\r\n\
         Cookie: {cookie}\r\nContent-Type: application/x-www-form-urlencoded\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len(),
    )
    .unwrap();
    client.flush().unwrap();
    // SIGTERM once the handler is at work: sign-up's first write is its
    // rate-limit row; the password work and the account follow it. (A
    // request whose bytes the server has not read yet is a known gap, see
    // docs/OPERATIONS.md; waiting a fixed few milliseconds made this test
    // hit it on a busy machine.)
    wait_for_signup_to_start(&storage);
    let stopped = Command::new("kill")
        .args(["-TERM", &server.id().to_string()])
        .status()
        .unwrap();
    assert!(stopped.success());

    let mut answer = String::new();
    client.read_to_string(&mut answer).unwrap();
    let status_line = answer.lines().next().unwrap_or_default().to_owned();
    assert_eq!(status_line, "HTTP/1.1 200 OK", "answered: {answer:?}");
    assert!(answer.contains("Check your inbox"), "{answer}");
    // The signal may be handled just after the answer on a busy machine; the
    // listener must close soon after it either way.
    let signalled = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_ok() {
        assert!(
            signalled.elapsed() < Duration::from_secs(10),
            "a stopping server takes no new connections"
        );
        std::thread::sleep(Duration::from_millis(20));
    }

    let started = Instant::now();
    let status = loop {
        if let Some(status) = server.try_wait().unwrap() {
            break status;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the server did not exit"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    let mut log = String::new();
    server.stderr.take().unwrap().read_to_string(&mut log).unwrap();
    assert!(status.success(), "{status:?}: {log}");
    assert!(log.contains("job worker stopped"), "{log}");
}
