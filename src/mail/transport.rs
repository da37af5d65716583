//! Where messages go: an SMTP server when `SMTP_URL` is set, otherwise `.eml`
//! files under `DATA_DIR/mail` (development, and a server without mail).

use std::time::Duration;

use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use url::Url;

use super::error::MailError;
use crate::settings::Settings;

/// Past this an unresponsive server counts as down and the job retries later,
/// instead of holding a worker for minutes.
const SMTP_TIMEOUT: Duration = Duration::from_secs(10);

pub enum Mailer {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Files(AsyncFileTransport<Tokio1Executor>),
}

impl Mailer {
    /// Must run inside the Tokio runtime: the SMTP connection pool starts its
    /// cleanup task here.
    pub fn from_settings(settings: &Settings) -> Result<Self, MailError> {
        match &settings.smtp_url {
            Some(url) => {
                if sends_password_in_clear(url.expose()) {
                    return Err(MailError::PasswordInClear);
                }
                let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url.expose())
                    .map_err(MailError::SmtpUrl)?
                    .timeout(Some(SMTP_TIMEOUT))
                    .build();
                Ok(Self::Smtp(transport))
            }
            None => {
                let path = settings.data_dir.join("mail");
                std::fs::create_dir_all(&path).map_err(|error| MailError::MailDir {
                    path: path.clone(),
                    error,
                })?;
                Ok(Self::Files(AsyncFileTransport::new(path)))
            }
        }
    }

    pub async fn send(&self, message: Message) -> Result<(), MailError> {
        match self {
            Self::Smtp(smtp) => smtp.send(message).await.map(drop).map_err(MailError::Smtp),
            Self::Files(files) => files.send(message).await.map(drop).map_err(MailError::File),
        }
    }
}

/// lettre reads `smtp://` without a `tls` parameter as plain SMTP with no
/// STARTTLS, so `smtp://user:pass@host:587` would log in unencrypted.
fn sends_password_in_clear(url: &str) -> bool {
    Url::parse(url).is_ok_and(|url| {
        url.scheme() == "smtp" && url.password().is_some() && !url.query_pairs().any(|(key, _)| key == "tls")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_needs_tls() {
        assert!(sends_password_in_clear("smtp://user:secret@mail.example.org:587"));
        assert!(!sends_password_in_clear(
            "smtp://user:secret@mail.example.org:587?tls=required"
        ));
        assert!(!sends_password_in_clear("smtps://user:secret@mail.example.org"));
        assert!(!sends_password_in_clear("smtp://127.0.0.1:2525"));
    }
}
