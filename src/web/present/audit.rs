//! How the audit logs (the admins' log of accounts, an event's log of its
//! organisers' actions) show what an entry says besides its name.

use serde::{Serialize, Serializer};

use crate::i18n::{self, Language, Message, Versions};

/// An entry's detail: worded in the reader's language, text a person typed,
/// or the English words an entry stored before entries kept their facts.
pub enum AuditDetail {
    Worded(Message),
    /// A token's name, a suspension's reason: shown as typed, in whatever
    /// language it was typed in.
    Typed(String),
    English(String),
}

/// As a text in its language (`Versions`' fields: `text`, `lang`, `dir`,
/// `foreign`), so a page in another language marks stored English as such
/// (`m::lang_of`).
impl Serialize for AuditDetail {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let page = i18n::current().language;
        match self {
            AuditDetail::Worded(message) => Versions::new(page, message.to_string()).serialize(serializer),
            AuditDetail::Typed(text) => Versions::new(page, text).serialize(serializer),
            AuditDetail::English(line) => Versions::new(Language::En, line).serialize(serializer),
        }
    }
}
