use serde::{Deserialize, Serialize};

use crate::i18n::Language;

/// An e-mail waiting to be sent: the payload of a `mail.send` job. It names
/// a template and its context rather than holding rendered text, so a fix to
/// a template also reaches e-mails still waiting for a retry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutgoingEmail {
    /// The recipient's address.
    pub to: String,
    /// The recipient's name, shown beside the address.
    pub to_name: Option<String>,
    /// A directory under `templates/email/`, e.g. `verify_email`.
    pub template: String,
    /// The template's variables, as a JSON object. What the sender words
    /// itself (figures, dates, times, messages) is written into it when it
    /// is queued, in the recipient's locale (`i18n::scoped` around building
    /// it, whoever's request caused the e-mail), and the templates print it
    /// as it is. Raw values formatted when rendering would need the mail
    /// templates to learn every formatter (a price per unit, a time on two
    /// clocks) and would still leave the attachments, text written when
    /// queued (a calendar invitation), to be worded the other way.
    pub context: serde_json::Value,
    /// The language the recipient reads (`None`: English, for addresses
    /// without an account, and e-mails queued before languages existed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<Language>,
    /// Files sent with the message (a calendar invitation).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<Attachment>,
}

/// A text file attached to an e-mail.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attachment {
    pub filename: String,
    /// The full MIME type, parameters included (`text/calendar; method=REQUEST; charset=UTF-8`).
    pub content_type: String,
    pub content: String,
}

impl OutgoingEmail {
    pub fn new(to: impl Into<String>, template: impl Into<String>, context: serde_json::Value) -> Self {
        Self {
            to: to.into(),
            to_name: None,
            template: template.into(),
            context,
            language: None,
            attachments: Vec::new(),
        }
    }

    /// Written in `language`, the recipient's account setting.
    pub fn in_language(mut self, language: Option<Language>) -> Self {
        self.language = language;
        self
    }

    pub fn to_name(mut self, name: impl Into<String>) -> Self {
        self.to_name = Some(name.into());
        self
    }

    pub fn attach(mut self, attachment: Attachment) -> Self {
        self.attachments.push(attachment);
        self
    }
}
