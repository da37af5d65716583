//! E-mail templates: `templates/email/<name>/{subject.txt,body.txt,body.html}`,
//! with `email/base.html` as the HTML layout. Embedded in the binary like the
//! page templates, but loaded into a Tera of their own so that only the HTML
//! parts are escaped.

use std::error::Error as _;

use rust_embed::RustEmbed;
use tera::{Context, Tera};
use url::Url;

use super::error::MailError;
use crate::i18n::{Language, Locale};

#[derive(RustEmbed)]
#[folder = "templates/email/"]
struct EmailTemplateFiles;

/// Names carry the `email/` prefix the page templates see them under too, so
/// `{% extends "email/base.html" %}` means the same file in both Teras.
const PREFIX: &str = "email/";

/// A rendered e-mail, ready to be put in a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedEmail {
    /// One line: line breaks in the template are folded into spaces.
    pub subject: String,
    pub text: String,
    pub html: String,
}

pub struct MailTemplates {
    tera: Tera,
    /// The site's address without a trailing slash, given to every template
    /// as `base_url` for absolute links.
    base_url: String,
}

impl MailTemplates {
    pub fn load(base_url: &Url) -> Result<Self, MailError> {
        let mut sources = Vec::new();
        for path in EmailTemplateFiles::iter() {
            if let Some(file) = EmailTemplateFiles::get(&path) {
                let text = String::from_utf8(file.data.into_owned())
                    .map_err(|_| MailError::Templates(format!("{PREFIX}{path} is not UTF-8")))?;
                sources.push((format!("{PREFIX}{path}"), text));
            }
        }
        let mut tera = Tera::default();
        tera.autoescape_on(vec![".html"]);
        // Tera's default escaper also turns `/` into `&#x2F;`, which mangles
        // every link in the HTML part for no gain inside quoted attributes and text.
        tera.set_escape_fn(crate::format::escape_markup);
        tera.add_raw_templates(sources)
            .map_err(|e| MailError::Templates(describe(&e)))?;
        tera.register_filter("t", crate::i18n::translate);
        Ok(Self {
            tera,
            base_url: base_url.as_str().trim_end_matches('/').to_owned(),
        })
    }

    /// Renders the three parts of template `name` with `context` (a JSON
    /// object) in `language`.
    pub fn render(
        &self,
        name: &str,
        context: &serde_json::Value,
        language: Language,
    ) -> Result<RenderedEmail, MailError> {
        let part = |file: &str| format!("{PREFIX}{name}/{file}");
        let complete = ["subject.txt", "body.txt", "body.html"]
            .iter()
            .all(|file| self.tera.get_template_names().any(|t| t == part(file)));
        if name.contains(['/', '\\']) || !complete {
            return Err(MailError::UnknownTemplate(name.to_owned()));
        }
        let mut context = Context::from_value(context.clone()).map_err(|_| MailError::BadContext {
            template: name.to_owned(),
        })?;
        context.insert("base_url", &self.base_url);
        context.insert("lang", language.as_str());
        context.insert("dir", language.direction().as_str());
        let render = |file: &str| {
            crate::i18n::scoped(Locale::new(language), || self.tera.render(&part(file), &context)).map_err(
                |e| MailError::Render {
                    template: part(file),
                    message: describe(&e),
                },
            )
        };
        Ok(RenderedEmail {
            subject: render("subject.txt")?
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
            text: render("body.txt")?,
            html: render("body.html")?,
        })
    }
}

/// Tera's own message only names the template; the cause is in its sources.
fn describe(error: &tera::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn templates() -> MailTemplates {
        MailTemplates::load(&Url::parse("https://bazaar.example.org/").unwrap()).unwrap()
    }

    /// Each template with the context its sender promises.
    fn examples() -> Vec<(&'static str, serde_json::Value, &'static str)> {
        let link = "https://bazaar.example.org/link?token=abc&x=1";
        vec![
            (
                "verify_email",
                json!({ "name": "Asha", "verify_url": link }),
                "24 hours",
            ),
            (
                "password_reset",
                json!({ "name": "Asha", "reset_url": link }),
                "1 hour",
            ),
            (
                "email_change",
                json!({ "name": "Asha", "verify_url": link, "new_email": "asha@new.example" }),
                "asha@new.example",
            ),
            (
                "account_exists",
                json!({ "name": "Asha", "login_url": "https://bazaar.example.org/login", "reset_url": link }),
                "https://bazaar.example.org/login",
            ),
        ]
    }

    #[test]
    fn every_template_renders_all_parts_with_its_context() {
        let templates = templates();
        for (name, context, expected) in examples() {
            let email = templates.render(name, &context, Language::En).unwrap();
            assert!(
                !email.subject.is_empty() && !email.subject.contains('\n'),
                "{name}"
            );
            assert!(
                email.text.contains("Asha") && email.html.contains("Asha"),
                "{name}"
            );
            assert!(email.text.contains(expected), "{name}: text mentions {expected}");
            assert!(
                email
                    .text
                    .contains("https://bazaar.example.org/link?token=abc&x=1"),
                "{name}"
            );
            assert!(
                email
                    .html
                    .contains("https://bazaar.example.org/link?token=abc&amp;x=1"),
                "{name}: the HTML link is escaped once"
            );
            assert!(
                email.html.contains("https://bazaar.example.org"),
                "{name}: base_url"
            );
            assert!(
                email.html.starts_with("<!doctype html>"),
                "{name}: extends the layout"
            );
        }
    }

    #[test]
    fn every_template_directory_has_its_three_parts() {
        let templates = templates();
        let names: std::collections::BTreeSet<String> = EmailTemplateFiles::iter()
            .filter_map(|path| path.split_once('/').map(|(dir, _)| dir.to_owned()))
            .collect();
        assert!(names.len() >= 4, "{names:?}");
        for name in names {
            for part in ["subject.txt", "body.txt", "body.html"] {
                let full = format!("{PREFIX}{name}/{part}");
                assert!(
                    templates.tera.get_template_names().any(|t| t == full),
                    "{full} is missing"
                );
            }
        }
    }

    #[test]
    fn only_html_is_escaped() {
        let context = json!({ "name": "<b>Ravi & Sons</b>", "verify_url": "https://x.example/v" });
        let email = templates()
            .render("verify_email", &context, Language::En)
            .unwrap();
        assert!(email.text.contains("<b>Ravi & Sons</b>"));
        assert!(email.html.contains("&lt;b&gt;Ravi &amp; Sons&lt;/b&gt;"));
        assert!(!email.html.contains("<b>Ravi"));
    }

    #[test]
    fn unknown_templates_and_bad_contexts_are_refused() {
        let templates = templates();
        let context = json!({ "name": "Asha" });
        for name in ["welcome", "", "../errors", "verify_email/body.txt"] {
            assert!(
                matches!(
                    templates.render(name, &context, Language::En),
                    Err(MailError::UnknownTemplate(_))
                ),
                "{name}"
            );
        }
        assert!(matches!(
            templates.render("verify_email", &json!(["not", "an", "object"]), Language::En),
            Err(MailError::BadContext { .. })
        ));
        assert!(matches!(
            templates.render("verify_email", &json!({ "name": "Asha" }), Language::En),
            Err(MailError::Render { .. })
        ));
    }
}
