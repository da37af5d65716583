//! Tera templates with autoescape, loaded from the embedded `templates/`.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use serde::Serialize;
use tera::{Context, Tera};

use super::AppError;
use super::assets::TemplateFiles;
use super::present;
use super::session::Viewer;

pub struct Templates {
    tera: Tera,
}

impl Templates {
    pub fn load() -> anyhow::Result<Self> {
        let mut sources = Vec::new();
        for name in TemplateFiles::iter() {
            if let Some(file) = TemplateFiles::get(&name) {
                sources.push((name.to_string(), String::from_utf8(file.data.into_owned())?));
            }
        }
        let mut tera = Tera::default();
        // Feeds and sitemaps are XML: the same escaping keeps them well formed.
        tera.autoescape_on(vec![".html", ".xml"]);
        tera.add_raw_templates(sources)?;
        present::register_tera(&mut tera);
        Ok(Self { tera })
    }

    pub fn render(&self, name: &str, context: &Context) -> Result<String, AppError> {
        self.tera
            .render(name, context)
            .map_err(|e| AppError::Internal(anyhow::anyhow!("rendering {name}: {e:?}")))
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
        let mut context = Context::new();
        context.insert("page", data);
        context.insert("viewer", &viewer.template_user());
        context.insert("notice", &viewer.notice);
        // Signed-in pages carry the sign-out form; anonymous pages get a
        // token (and so a session cookie) only when they hold a form.
        if viewer.user.is_some() || viewer.has_csrf_token() {
            context.insert("csrf_token", &viewer.csrf_token());
        }
        let html = self.render(name, &context)?;
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
