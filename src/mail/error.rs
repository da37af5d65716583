use std::path::PathBuf;

/// Why an e-mail could not be prepared or sent. Messages never contain the
/// recipient's address (they end up in job errors and logs).
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("SMTP_URL cannot be used: {0}")]
    SmtpUrl(lettre::transport::smtp::Error),
    #[error("SMTP_URL has a password but no encryption; add ?tls=required (STARTTLS) or use smtps:// (TLS)")]
    PasswordInClear,
    #[error("MAIL_FROM is not a usable sender address: {0}")]
    MailFrom(lettre::address::AddressError),
    #[error("cannot create the mail directory {}: {error}", path.display())]
    MailDir { path: PathBuf, error: std::io::Error },
    #[error("the e-mail templates do not load: {0}")]
    Templates(String),
    #[error("there is no e-mail template '{0}'")]
    UnknownTemplate(String),
    #[error("the context of e-mail template '{template}' must be a JSON object")]
    BadContext { template: String },
    #[error("rendering e-mail template {template} failed: {message}")]
    Render { template: String, message: String },
    #[error("the recipient address is not valid: {0}")]
    Recipient(lettre::address::AddressError),
    #[error("an attachment's content type cannot be read: {0}")]
    Attachment(String),
    #[error("the message cannot be built: {0}")]
    Build(lettre::error::Error),
    #[error("the SMTP server did not take the message: {0}")]
    Smtp(lettre::transport::smtp::Error),
    #[error("the message cannot be written to the mail directory: {0}")]
    File(lettre::transport::file::Error),
}
