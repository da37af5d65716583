//! Outgoing e-mail. A use case queues an [`OutgoingEmail`] as a job in its
//! own transaction ([`enqueue`]); a worker later renders it from
//! `templates/email/<name>/` and hands it to the [`Mailer`] (SMTP, or `.eml`
//! files when no SMTP server is configured), retrying while the server is away.

mod deliver;
mod error;
mod model;
mod service;
mod templates;
mod transport;

pub use deliver::MailDelivery;
pub use error::MailError;
pub use model::{Attachment, OutgoingEmail};
pub use service::{SEND_EMAIL, enqueue, enqueue_once};
pub use templates::{MailTemplates, RenderedEmail};
pub use transport::Mailer;
