//! Tera templates with autoescape, loaded from the embedded `templates/`.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use serde::Serialize;
use tera::{Context, Tera};

use super::AppError;
use super::assets::TemplateFiles;
use super::session::Viewer;
use super::{language, present};
use crate::currency::display;
use crate::i18n::Locale;

pub struct Templates {
    tera: Tera,
    /// The site's address without a trailing slash, for `hreflang` alternates.
    site_url: String,
    /// The XML documents (feeds, sitemaps), escaped for XML alone.
    xml: Tera,
}

impl Templates {
    pub fn load(base_url: &url::Url) -> anyhow::Result<Self> {
        let mut sources = Vec::new();
        for name in TemplateFiles::iter() {
            if let Some(file) = TemplateFiles::get(&name) {
                sources.push((name.to_string(), String::from_utf8(file.data.into_owned())?));
            }
        }
        let (documents, pages): (Vec<_>, Vec<_>) =
            sources.into_iter().partition(|(name, _)| name.ends_with(".xml"));
        let mut tera = Tera::default();
        tera.autoescape_on(vec![".html"]);
        tera.add_raw_templates(pages)?;
        present::register_tera(&mut tera);
        // Escaped so they stay well formed, and without tera's `&#x2F;` in every URL.
        let mut xml = Tera::default();
        xml.autoescape_on(vec![".xml"]);
        xml.set_escape_fn(crate::format::escape_markup);
        xml.register_filter("t", crate::i18n::translate);
        xml.add_raw_templates(documents)?;
        Ok(Self {
            tera,
            site_url: base_url.as_str().trim_end_matches('/').to_owned(),
            xml,
        })
    }

    /// Renders the XML document `name` (a feed, a sitemap).
    pub fn render_xml(&self, name: &str, context: &Context) -> Result<String, AppError> {
        self.xml
            .render(name, context)
            .map_err(|e| AppError::Internal(anyhow::anyhow!("rendering {name}: {e:?}")))
    }

    pub fn render(&self, name: &str, context: &Context) -> Result<String, AppError> {
        self.tera
            .render(name, context)
            .map_err(|e| AppError::Internal(anyhow::anyhow!("rendering {name}: {e:?}")))
    }

    /// What every page's layout reads: the visitor, the one-off notice, the
    /// language (`lang`, `dir`, the menu and the `hreflang` alternates) and,
    /// where a form may need it, the form token.
    pub fn context(&self, viewer: &Viewer) -> Context {
        let mut context = self.layout_context(viewer.locale, &viewer.here);
        context.insert("viewer", &viewer.template_user());
        context.insert("notice", &viewer.notice);
        context.insert("currency_menu", &viewer.prices.menu());
        // Signed-in pages carry the sign-out form; anonymous pages get a
        // token (and so a session cookie) only when they hold a form.
        if viewer.user.is_some() || viewer.has_csrf_token() {
            context.insert("csrf_token", &viewer.csrf_token());
        }
        context
    }

    /// The language part of the layout's context, for a page at `here`.
    pub fn layout_context(&self, locale: Locale, here: &str) -> Context {
        let mut context = Context::new();
        let language = locale.language;
        context.insert("lang", language.as_str());
        context.insert("dir", language.direction().as_str());
        context.insert("languages", &language::links(here, language));
        context.insert("here", here);
        context.insert("site_url", &self.site_url);
        context
    }

    /// Renders `name` with `data` as `page` into a 200 HTML response.
    pub fn page<T: Serialize>(
        &self,
        name: &str,
        viewer: &Viewer,
        data: &T,
    ) -> Result<HttpResponse, AppError> {
        self.page_with_status(StatusCode::OK, name, viewer, data)
    }

    /// Renders a page with another status (a form sent back with errors is 422).
    pub fn page_with_status<T: Serialize>(
        &self,
        status: StatusCode,
        name: &str,
        viewer: &Viewer,
        data: &T,
    ) -> Result<HttpResponse, AppError> {
        // Values that format themselves (numbers, money, dates) do so when
        // serialised into the context, so the locale is set around both.
        // Prices convert themselves when serialised too; a page that showed
        // a converted figure says at which rates in its footnote.
        let html = crate::i18n::scoped(viewer.locale, || {
            let mut context = self.context(viewer);
            let (_, shown) = display::scoped(viewer.prices.conversion(), || context.insert("page", data));
            context.insert("currency_note", &shown.map(display::footnote));
            self.render(name, &context)
        })?;
        Ok(HttpResponse::build(status)
            .content_type("text/html; charset=utf-8")
            .body(html))
    }
}

/// A form page's status: 200, or 422 when it comes back with field errors.
pub fn form_status(errors: &crate::domain::FieldErrors) -> StatusCode {
    if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    }
}
