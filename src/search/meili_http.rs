//! How the Meilisearch client reaches the server: reqwest, with each request
//! body sent from memory.
//!
//! meilisearch-sdk 0.33's own reqwest client streams every body through a
//! reader that zero-fills an 8 MiB buffer per request before sending a few
//! hundred bytes of search: under search load a quarter of the site's CPU
//! went to that memset. Bodies here are small (searches) or already in
//! memory (document batches), so reading them whole costs nothing.

use async_trait::async_trait;
use futures_util::AsyncReadExt;
use meilisearch_sdk::errors::Error;
use meilisearch_sdk::request::{HttpClient, Method, parse_response};
use reqwest::header::{self, HeaderMap, HeaderValue};
use serde::Serialize;
use serde::de::DeserializeOwned;

#[derive(Debug, Clone)]
pub struct BufferedHttp {
    client: reqwest::Client,
}

impl BufferedHttp {
    pub fn new(api_key: Option<&str>) -> Result<Self, Error> {
        let mut headers = HeaderMap::new();
        if let Some(key) = api_key {
            let mut bearer =
                HeaderValue::from_str(&format!("Bearer {key}")).map_err(|e| Error::Other(Box::new(e)))?;
            bearer.set_sensitive(true);
            headers.insert(header::AUTHORIZATION, bearer);
        }
        let client = reqwest::Client::builder()
            .user_agent(concat!("odop-bazaar/", env!("CARGO_PKG_VERSION")))
            .default_headers(headers)
            .build()?;
        Ok(Self { client })
    }
}

#[async_trait]
impl HttpClient for BufferedHttp {
    async fn stream_request<
        Query: Serialize + Send + Sync,
        Body: futures_io::AsyncRead + Send + Sync + 'static,
        Output: DeserializeOwned + 'static,
    >(
        &self,
        url: &str,
        method: Method<Query, Body>,
        content_type: &str,
        expected_status_code: u16,
    ) -> Result<Output, Error> {
        let verb = match &method {
            Method::Get { .. } => reqwest::Method::GET,
            Method::Delete { .. } => reqwest::Method::DELETE,
            Method::Post { .. } => reqwest::Method::POST,
            Method::Put { .. } => reqwest::Method::PUT,
            Method::Patch { .. } => reqwest::Method::PATCH,
        };
        let query = yaup::to_string(method.query())?;
        let url = format!("{url}{query}");
        let mut request = self.client.request(verb, &url);
        if let Some(body) = method.into_body() {
            let mut bytes = Vec::new();
            std::pin::pin!(body)
                .read_to_end(&mut bytes)
                .await
                .map_err(|e| Error::Other(Box::new(e)))?;
            request = request.header(header::CONTENT_TYPE, content_type).body(bytes);
        }
        let response = self.client.execute(request.build()?).await?;
        let status = response.status().as_u16();
        let body = response.text().await?;
        let body = if body.is_empty() { "null" } else { &body };
        parse_response(status, expected_status_code, body, url)
    }

    fn is_tokio(&self) -> bool {
        true
    }
}
