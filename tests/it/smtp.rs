//! A real SMTP server inside the test process, so e-mail tests go through
//! lettre's SMTP client and a TCP socket like production does. It speaks
//! plain ESMTP (no TLS, no AUTH), keeps every message it accepted, and can
//! be stopped and started again on the same port to simulate an outage.

use std::sync::{Arc, Mutex};

use lettre::message::header::ContentType;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use mail_parser::{MessageParser, MimeHeaders};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::{JoinHandle, JoinSet};

/// One accepted message: the envelope recipients and the raw data, parsed.
#[derive(Debug, Clone)]
pub struct ReceivedEmail {
    /// The message as received, after dot-unstuffing.
    pub raw: String,
    /// `RCPT TO` addresses.
    pub envelope_to: Vec<String>,
    /// The first address of the `To` header.
    pub to: String,
    pub subject: String,
    /// The top-level MIME type, e.g. `multipart/alternative`.
    pub content_type: String,
    /// The `text/plain` part, if there is one.
    pub text: Option<String>,
    /// The `text/html` part, if there is one (never converted from text).
    pub html: Option<String>,
    /// Without the angle brackets.
    pub message_id: String,
}

impl ReceivedEmail {
    pub fn parse(raw: String, envelope_to: Vec<String>) -> Self {
        let message = MessageParser::default().parse(&raw).expect("a parsable message");
        let content_type = message
            .content_type()
            .map(|ct| format!("{}/{}", ct.ctype(), ct.subtype().unwrap_or_default()))
            .unwrap_or_default();
        let text = message
            .text_part(0)
            .filter(|part| part.is_content_type("text", "plain"))
            .and_then(|part| part.text_contents())
            .map(str::to_owned);
        let html = message
            .html_part(0)
            .filter(|part| part.is_content_type("text", "html"))
            .and_then(|part| part.text_contents())
            .map(str::to_owned);
        Self {
            to: message
                .to()
                .and_then(|to| to.first())
                .and_then(|addr| addr.address())
                .unwrap_or_default()
                .to_owned(),
            subject: message.subject().unwrap_or_default().to_owned(),
            message_id: message.message_id().unwrap_or_default().to_owned(),
            content_type,
            text,
            html,
            raw,
            envelope_to,
        }
    }
}

type Inbox = Arc<Mutex<Vec<ReceivedEmail>>>;

pub struct SmtpServer {
    port: u16,
    inbox: Inbox,
    accepting: Option<JoinHandle<()>>,
}

impl SmtpServer {
    /// Listens on a free port of 127.0.0.1.
    pub async fn start() -> Self {
        let mut server = Self {
            port: 0,
            inbox: Inbox::default(),
            accepting: None,
        };
        server.listen().await;
        server
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// For `SMTP_URL`: lettre reads `smtp://` without a `tls` parameter as
    /// plain SMTP without STARTTLS.
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Every message accepted so far, in arrival order, across restarts.
    pub fn messages(&self) -> Vec<ReceivedEmail> {
        self.inbox.lock().unwrap().clone()
    }

    /// Closes the listener and every open session: from now on connections
    /// are refused, like a mail server that is down.
    pub async fn stop(&mut self) {
        if let Some(task) = self.accepting.take() {
            task.abort();
            let _ = task.await;
        }
    }

    /// Listens again on the same port, keeping the messages received so far.
    pub async fn restart(&mut self) {
        self.stop().await;
        self.listen().await;
    }

    async fn listen(&mut self) {
        let listener = TcpListener::bind(("127.0.0.1", self.port))
            .await
            .expect("the SMTP test server can listen");
        self.port = listener.local_addr().unwrap().port();
        let inbox = self.inbox.clone();
        // The sessions belong to the accept task: aborting it drops the set,
        // which aborts them and closes their sockets.
        self.accepting = Some(tokio::spawn(async move {
            let mut sessions = JoinSet::new();
            while let Ok((stream, _)) = listener.accept().await {
                while sessions.try_join_next().is_some() {}
                sessions.spawn(session(stream, inbox.clone()));
            }
        }));
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        if let Some(task) = self.accepting.take() {
            task.abort();
        }
    }
}

/// One SMTP conversation (RFC 5321), just enough for lettre.
async fn session(stream: TcpStream, inbox: Inbox) -> std::io::Result<()> {
    let (read, mut write) = stream.into_split();
    let mut read = BufReader::new(read);
    write
        .write_all(b"220 127.0.0.1 ESMTP odop-bazaar test server\r\n")
        .await?;
    let mut envelope_to = Vec::new();
    let mut line = Vec::new();
    loop {
        line.clear();
        if read.read_until(b'\n', &mut line).await? == 0 {
            return Ok(());
        }
        let command = String::from_utf8_lossy(&line).trim_end().to_owned();
        let verb = command
            .split([' ', ':'])
            .next()
            .unwrap_or_default()
            .to_ascii_uppercase();
        let reply: &[u8] = match verb.as_str() {
            "EHLO" => b"250-127.0.0.1 greets you\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n",
            "HELO" => b"250 127.0.0.1 greets you\r\n",
            "MAIL" => {
                envelope_to.clear();
                b"250 2.1.0 OK\r\n"
            }
            "RCPT" => {
                let address = command
                    .split_once('<')
                    .and_then(|(_, rest)| rest.split_once('>'))
                    .map(|(address, _)| address.to_owned())
                    .unwrap_or_default();
                envelope_to.push(address);
                b"250 2.1.5 OK\r\n"
            }
            "DATA" if envelope_to.is_empty() => b"503 5.5.1 no valid recipients\r\n",
            "DATA" => {
                write
                    .write_all(b"354 end data with <CR><LF>.<CR><LF>\r\n")
                    .await?;
                let raw = read_data(&mut read).await?;
                let email = ReceivedEmail::parse(raw, std::mem::take(&mut envelope_to));
                inbox.lock().unwrap().push(email);
                b"250 2.0.0 OK queued\r\n"
            }
            "RSET" => {
                envelope_to.clear();
                b"250 2.0.0 OK\r\n"
            }
            "NOOP" => b"250 2.0.0 OK\r\n",
            "QUIT" => {
                write.write_all(b"221 2.0.0 bye\r\n").await?;
                return Ok(());
            }
            _ => b"502 5.5.2 command not recognised\r\n",
        };
        write.write_all(reply).await?;
    }
}

/// Reads the message up to the lone `.` line, undoing dot-stuffing.
async fn read_data(read: &mut BufReader<tokio::net::tcp::OwnedReadHalf>) -> std::io::Result<String> {
    let mut raw = Vec::new();
    let mut line = Vec::new();
    loop {
        line.clear();
        if read.read_until(b'\n', &mut line).await? == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        if line == b".\r\n" || line == b".\n" {
            return Ok(String::from_utf8_lossy(&raw).into_owned());
        }
        let unstuffed = line.strip_prefix(b".").unwrap_or(&line);
        raw.extend_from_slice(unstuffed);
    }
}

fn message(body: &str) -> Message {
    Message::builder()
        .from("Bazaar <no-reply@bazaar.test>".parse().unwrap())
        .to("Asha <asha@example.com>".parse().unwrap())
        .subject("Test")
        .header(ContentType::TEXT_PLAIN)
        .body(body.to_owned())
        .unwrap()
}

fn client(server: &SmtpServer) -> AsyncSmtpTransport<Tokio1Executor> {
    AsyncSmtpTransport::<Tokio1Executor>::from_url(&server.url())
        .unwrap()
        .build()
}

#[actix_web::test]
async fn it_receives_over_smtp_undoes_dot_stuffing_and_survives_a_restart() {
    let mut server = SmtpServer::start().await;
    let port = server.port();
    client(&server)
        .send(message("first line\n.starts with a dot\n..two dots\nend"))
        .await
        .unwrap();
    let received = server.messages();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].envelope_to, ["asha@example.com"]);
    assert_eq!(received[0].to, "asha@example.com");
    assert!(
        received[0]
            .raw
            .contains("\r\n.starts with a dot\r\n..two dots\r\n"),
        "{}",
        received[0].raw
    );

    server.stop().await;
    assert!(
        TcpStream::connect(("127.0.0.1", port)).await.is_err(),
        "refused while stopped"
    );
    assert!(client(&server).send(message("lost")).await.is_err());

    server.restart().await;
    assert_eq!(server.port(), port);
    client(&server).send(message("second")).await.unwrap();
    assert_eq!(server.messages().len(), 2);
}
