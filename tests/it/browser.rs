//! A person with a browser: cookies kept, redirects not followed (tests
//! assert on them), forms submitted with the token the page gave.

use std::net::IpAddr;

use reqwest::header::HeaderMap;

use crate::harness::TestApp;

pub struct Browser {
    client: reqwest::Client,
    base: String,
}

pub struct Page {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: String,
}

impl Page {
    pub fn location(&self) -> &str {
        self.headers
            .get("location")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    /// The `Set-Cookie` header that sets `name`.
    pub fn set_cookie(&self, name: &str) -> String {
        self.headers
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|v| v.starts_with(&format!("{name}=")))
            .unwrap_or_else(|| panic!("no {name} cookie set"))
            .to_owned()
    }

    pub fn csrf_token(&self) -> String {
        let marker = "name=\"csrf_token\" value=\"";
        let start = self
            .body
            .find(marker)
            .unwrap_or_else(|| panic!("no csrf token in page:\n{}", self.body))
            + marker.len();
        self.body[start..].chars().take_while(|c| *c != '"').collect()
    }
}

impl Browser {
    pub fn new(app: &TestApp) -> Self {
        Self::from_address(app, "127.0.0.1".parse().unwrap())
    }

    /// A browser on another loopback address (another "visitor" as far as rate limits go).
    pub fn from_address(app: &TestApp, ip: IpAddr) -> Self {
        Self {
            client: reqwest::Client::builder()
                .cookie_store(true)
                .redirect(reqwest::redirect::Policy::none())
                .local_address(ip)
                .build()
                .unwrap(),
            base: app.address.clone(),
        }
    }

    /// The same browser, cookies and all, on another server (another
    /// instance of the site).
    pub fn at(&self, base: &str) -> Self {
        Self {
            client: self.client.clone(),
            base: base.to_owned(),
        }
    }

    async fn read(response: reqwest::Response) -> Page {
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        Page {
            status,
            headers,
            body: response.text().await.unwrap(),
        }
    }

    pub async fn get(&self, path_or_url: &str) -> Page {
        let url = if path_or_url.starts_with("http") {
            path_or_url.to_owned()
        } else {
            format!("{}{path_or_url}", self.base)
        };
        Self::read(self.client.get(url).send().await.unwrap()).await
    }

    /// POSTs `fields` as a form, exactly as given (no token added).
    pub async fn post(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        Self::read(
            self.client
                .post(format!("{}{path}", self.base))
                .form(fields)
                .send()
                .await
                .unwrap(),
        )
        .await
    }

    /// POSTs a multipart form (file uploads); the caller puts the token first.
    pub async fn post_multipart(&self, path: &str, form: reqwest::multipart::Form) -> Page {
        Self::read(
            self.client
                .post(format!("{}{path}", self.base))
                .multipart(form)
                .send()
                .await
                .unwrap(),
        )
        .await
    }

    /// POSTs a body built by hand (a forged or oversized upload) as
    /// `content_type`; `None` when the server closed the connection before
    /// the client had sent it all (as it may when refusing a body unread).
    pub async fn post_raw(&self, path: &str, content_type: &str, body: reqwest::Body) -> Option<Page> {
        let request = self
            .client
            .post(format!("{}{path}", self.base))
            .header("Content-Type", content_type)
            .body(body);
        Some(Self::read(request.send().await.ok()?).await)
    }

    /// Sends `body` as JSON with this browser's cookies and the extra `headers`.
    pub async fn send_json(
        &self,
        method: reqwest::Method,
        path: &str,
        body: &serde_json::Value,
        headers: &[(&str, &str)],
    ) -> Page {
        let mut request = self
            .client
            .request(method, format!("{}{path}", self.base))
            .json(body);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        Self::read(request.send().await.unwrap()).await
    }

    /// What a page's script does: an empty POST to `path` with the page's
    /// form token in the `X-CSRF-Token` header.
    pub async fn script_post(&self, page: &Page, path: &str) -> Page {
        let request = self
            .client
            .post(format!("{}{path}", self.base))
            .header("X-CSRF-Token", page.csrf_token());
        Self::read(request.send().await.unwrap()).await
    }

    /// Opens `page_path`, takes its form token, and POSTs `fields` to `action`.
    pub async fn submit(&self, page_path: &str, action: &str, fields: &[(&str, &str)]) -> Page {
        let token = self.get(page_path).await.csrf_token();
        let mut all: Vec<(&str, &str)> = fields.to_vec();
        all.push(("csrf_token", &token));
        self.post(action, &all).await
    }

    pub async fn sign_in(&self, email: &str, password: &str) -> Page {
        self.submit("/login", "/login", &[("email", email), ("password", password)])
            .await
    }
}

/// The first link in `text` that starts with `prefix`.
pub fn link_in(text: &str, prefix: &str) -> String {
    let start = text
        .find(prefix)
        .unwrap_or_else(|| panic!("no link starting {prefix} in:\n{text}"));
    text[start..]
        .chars()
        .take_while(|c| !c.is_whitespace() && *c != '"' && *c != '<' && *c != '>')
        .collect()
}
