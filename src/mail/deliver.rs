//! Performing a `mail.send` job: render, build, send. What can never succeed
//! (a bad payload, an unknown template, an invalid address) fails for good;
//! a mail server that is down or refuses for now is retried with backoff.

use lettre::Message;
use lettre::message::header::ContentType;
use lettre::message::{Attachment as LettreAttachment, Mailbox, MultiPart};

use super::error::MailError;
use super::model::OutgoingEmail;
use super::templates::MailTemplates;
use super::transport::Mailer;
use crate::jobs::{Job, JobFailure};
use crate::settings::Settings;

/// Everything a worker needs to send the queued e-mail.
pub struct MailDelivery {
    templates: MailTemplates,
    mailer: Mailer,
    from: Mailbox,
    /// The right-hand side of our `Message-ID`s: the site's host.
    message_id_domain: String,
}

impl MailDelivery {
    /// Fails when `SMTP_URL` or `MAIL_FROM` cannot be used (the error names
    /// the variable), the mail directory cannot be made or a template does
    /// not parse. Must run inside the Tokio runtime (see [`Mailer::from_settings`]).
    pub fn from_settings(settings: &Settings) -> Result<Self, MailError> {
        Ok(Self {
            templates: MailTemplates::load(&settings.base_url)?,
            mailer: Mailer::from_settings(settings)?,
            from: settings.mail_from.parse().map_err(MailError::MailFrom)?,
            // BASE_URL is validated to have a host; the fallback only keeps this infallible.
            message_id_domain: settings.base_url.host_str().unwrap_or("localhost").to_owned(),
        })
    }

    pub async fn deliver(&self, job: &Job) -> Result<(), JobFailure> {
        let never = |message: String| {
            metrics::counter!("emails_failed_total", "retried" => "false").increment(1);
            JobFailure::permanent(message)
        };
        let email: OutgoingEmail = serde_json::from_str(&job.payload)
            .map_err(|e| never(format!("the payload is not an e-mail: {e}")))?;
        let message = self
            .compose(job.id.as_str(), &email)
            .map_err(|e| never(e.to_string()))?;
        if let Err(error) = self.mailer.send(message).await {
            metrics::counter!("emails_failed_total", "retried" => "true").increment(1);
            return Err(JobFailure::retry(redact_addresses(&error.to_string())));
        }
        metrics::counter!("emails_sent_total", "template" => email.template.clone()).increment(1);
        tracing::info!(template = %email.template, "e-mail sent");
        Ok(())
    }

    /// The `Message-ID` comes from the job id: if the server took a message
    /// but its reply was lost, the retry carries the same id and receivers
    /// can tell it is the same message.
    fn compose(&self, job_id: &str, email: &OutgoingEmail) -> Result<Message, MailError> {
        let rendered = self.templates.render(
            &email.template,
            &email.context,
            email.language.unwrap_or_default(),
        )?;
        let to = Mailbox::new(
            email.to_name.clone(),
            email.to.parse().map_err(MailError::Recipient)?,
        );
        let mut body = MultiPart::alternative_plain_html(rendered.text, rendered.html);
        if !email.attachments.is_empty() {
            let mut mixed = MultiPart::mixed().multipart(body);
            for attachment in &email.attachments {
                let content_type = ContentType::parse(&attachment.content_type)
                    .map_err(|e| MailError::Attachment(e.to_string()))?;
                mixed = mixed.singlepart(
                    LettreAttachment::new(attachment.filename.clone())
                        .body(attachment.content.clone(), content_type),
                );
            }
            body = mixed;
        }
        Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(rendered.subject)
            .message_id(Some(format!("<{job_id}@{}>", self.message_id_domain)))
            .multipart(body)
            .map_err(MailError::Build)
    }
}

/// A server's refusal may quote the recipient (`550 <asha@example.com>:
/// unknown user`); job errors are logged, and logs carry no full addresses.
fn redact_addresses(text: &str) -> String {
    text.split(' ')
        .map(|word| match word.find('@') {
            Some(at) => {
                let start = word[..at].rfind(['<', '(', ':', '"', '\'']).map_or(0, |i| i + 1);
                format!("{}…{}", &word[..start], &word[at..])
            }
            None => word.to_owned(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_in_server_replies_are_redacted() {
        assert_eq!(
            redact_addresses("permanent error (550): 5.1.1 <asha@example.com>: Recipient address rejected"),
            "permanent error (550): 5.1.1 <…@example.com>: Recipient address rejected"
        );
        assert_eq!(redact_addresses("user ravi@x.in unknown"), "user …@x.in unknown");
        assert_eq!(redact_addresses("Connection refused"), "Connection refused");
    }
}
