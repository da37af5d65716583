//! The JSON API's OpenAPI 3.1 document, `/api/v1/openapi.json`. Its
//! operations come off the `/api/v1` scope of the route table (each handler's
//! `#[utoipa::path]`), its schemas from the types the handlers send and read;
//! what every operation shares (the bearer token, the problem document of
//! every error, the statuses middleware and extractors answer with) is added
//! here once.

use std::sync::LazyLock;

use actix_web::{HttpResponse, get};
use utoipa::openapi::path::Operation;
use utoipa::openapi::response::{Response, ResponseBuilder};
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::openapi::{Content, OpenApi as Document, Ref, RefOr};
use utoipa::{Modify, OpenApi};
use utoipa_actix_web::OpenApiFactory;

use super::routes;
use super::{AppError, Problem};

/// The media type of every error body (RFC 9457).
pub const PROBLEM_JSON: &str = "application/problem+json";

/// The name the document gives the API token scheme.
pub const BEARER: &str = "bearer";

#[derive(OpenApi)]
#[openapi(
    info(
        title = "ODOP Bazaar API",
        version = "1",
        description = "The directory, product search, listings, enquiries and buyer-seller meets of ODOP Bazaar, as JSON. \
            Calls that act for someone send an API token, created under “API access” on the account page (/account), \
            as `Authorization: Bearer odop_…`. Every error is an `application/problem+json` document (RFC 9457); \
            a 422 lists the fields to correct in `errors`.",
        license(name = "AGPL-3.0-or-later", identifier = "AGPL-3.0-or-later"),
    ),
    components(schemas(Problem)),
    tags(
        (name = "directory", description = "States, districts and their One District One Product entries"),
        (name = "products", description = "Published listings and search"),
        (name = "my products", description = "A producer's own listings"),
        (name = "enquiries", description = "Conversations between buyers and producers, with quotes"),
        (name = "events", description = "Buyer-seller meets: organising them and taking part"),
        (name = "meetings", description = "Booking and answering meetings at an event"),
        (name = "document", description = "This document"),
    ),
)]
struct ApiDoc;

/// What every operation shares, added to the operations the scope collected.
struct Shared;

impl Modify for Shared {
    fn modify(&self, doc: &mut Document) {
        let components = doc.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            BEARER,
            SecurityScheme::Http(
                Http::builder()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some(
                        "An API token from the account page (/account), sent as `Authorization: Bearer odop_…`.",
                    ))
                    .build(),
            ),
        );
        for item in doc.paths.paths.values_mut() {
            for operation in [
                &mut item.get,
                &mut item.put,
                &mut item.post,
                &mut item.delete,
                &mut item.patch,
            ]
            .into_iter()
            .flatten()
            {
                add_shared_responses(operation);
            }
        }
    }
}

fn problem(description: &str) -> RefOr<Response> {
    RefOr::T(
        ResponseBuilder::new()
            .description(description)
            .content(PROBLEM_JSON, Content::new(Some(Ref::from_schema_name("Problem"))))
            .build(),
    )
}

/// Errors are problem documents; the statuses that the extractors and
/// middleware answer (not the handler itself) are added where they apply.
fn add_shared_responses(operation: &mut Operation) {
    let responses = &mut operation.responses.responses;
    for (status, response) in responses.iter_mut() {
        if (status.starts_with('4') || status.starts_with('5'))
            && let RefOr::T(response) = response
            && let Some(content) = response.content.shift_remove("application/json")
        {
            response.content.insert(PROBLEM_JSON.to_owned(), content);
        }
    }
    let signed = operation
        .security
        .as_ref()
        .is_some_and(|requirements| !requirements.is_empty());
    if signed {
        responses.entry("401".to_owned()).or_insert_with(|| {
            problem("No API token, or one that is unknown or revoked (with `WWW-Authenticate: Bearer`).")
        });
    }
    if operation.request_body.is_some() {
        responses
            .entry("413".to_owned())
            .or_insert_with(|| problem("The body is larger than the site reads."));
    }
    responses
        .entry("503".to_owned())
        .or_insert_with(|| problem("The site is busy; try again after the seconds in `Retry-After`."));
    responses
        .entry("500".to_owned())
        .or_insert_with(|| problem("Something went wrong on the site's side; it has been logged."));
}

/// The document of every operation under `/api/v1`.
pub fn document() -> Document {
    let scope = routes::api_v1();
    let mut doc = ApiDoc::openapi();
    doc.paths.merge(scope.paths());
    let mut schemas = Vec::new();
    scope.schemas(&mut schemas);
    doc.components
        .get_or_insert_with(Default::default)
        .schemas
        .extend(schemas);
    Shared.modify(&mut doc);
    doc
}

/// Built once: the document only changes with the code.
static DOCUMENT: LazyLock<Result<String, serde_json::Error>> = LazyLock::new(|| document().to_pretty_json());

/// This document.
#[utoipa::path(
    tag = "document",
    responses((status = 200, description = "The OpenAPI 3.1 document of this API", content_type = "application/json", body = Object)),
)]
#[get("/openapi.json")]
pub async fn show_document() -> Result<HttpResponse, AppError> {
    let json = DOCUMENT
        .as_ref()
        .map_err(|e| AppError::Internal(anyhow::anyhow!("the OpenAPI document did not serialise: {e}")))?;
    Ok(HttpResponse::Ok()
        .content_type("application/json")
        .body(json.as_str()))
}

#[cfg(test)]
mod tests {
    use actix_web::App;
    use actix_web::http::Method;
    use actix_web::test as actix_test;
    use utoipa::openapi::path::PathItem;

    use super::*;

    fn operations(item: &PathItem) -> Vec<(Method, &Operation)> {
        [
            (Method::GET, &item.get),
            (Method::PUT, &item.put),
            (Method::POST, &item.post),
            (Method::DELETE, &item.delete),
            (Method::PATCH, &item.patch),
            (Method::HEAD, &item.head),
            (Method::OPTIONS, &item.options),
            (Method::TRACE, &item.trace),
        ]
        .into_iter()
        .filter_map(|(method, operation)| Some((method, operation.as_ref()?)))
        .collect()
    }

    /// The route table's other direction: what the document lists is what
    /// the site routes, by method and pattern (the scope already refuses a
    /// handler that has no operation).
    #[actix_web::test]
    async fn every_documented_operation_is_routed_with_its_method_and_pattern() {
        let app = actix_test::init_service(App::new().configure(routes::configure)).await;
        let doc = document();
        let mut count = 0;
        for (pattern, item) in &doc.paths.paths {
            assert!(pattern.starts_with("/api/v1/"), "{pattern}");
            for (method, _) in operations(item) {
                let path = pattern.replace(['{', '}'], "");
                let request = actix_test::TestRequest::default()
                    .method(method.clone())
                    .uri(&path)
                    .to_request();
                let response = actix_test::call_service(&app, request).await;
                assert_eq!(
                    response.request().match_pattern().as_deref(),
                    Some(pattern.as_str()),
                    "{method} {path} is not routed to {pattern}"
                );
                count += 1;
            }
        }
        assert_eq!(count, 45, "the /api/v1 operations in the route table");
    }

    #[test]
    fn every_error_is_a_problem_document_and_every_operation_says_what_it_does() {
        let doc = document();
        let scheme = doc
            .components
            .as_ref()
            .map(|c| c.security_schemes.contains_key(BEARER));
        assert_eq!(scheme, Some(true));
        for (pattern, item) in &doc.paths.paths {
            for (method, operation) in operations(item) {
                let name = format!("{method} {pattern}");
                assert!(operation.summary.is_some(), "{name} has no summary");
                assert!(
                    !operation.tags.as_deref().unwrap_or_default().is_empty(),
                    "{name} has no tag"
                );
                let responses = &operation.responses.responses;
                assert!(
                    responses.keys().any(|status| status.starts_with('2')),
                    "{name} documents no success"
                );
                for (status, response) in responses {
                    let RefOr::T(response) = response else {
                        panic!("{name} {status} is a reference");
                    };
                    if status.starts_with('4') || status.starts_with('5') {
                        let types: Vec<_> = response.content.keys().collect();
                        assert_eq!(types, [PROBLEM_JSON], "{name} {status}");
                        let content = serde_json::to_value(&response.content[PROBLEM_JSON]).unwrap();
                        assert_eq!(
                            content["schema"]["$ref"], "#/components/schemas/Problem",
                            "{name} {status}"
                        );
                    }
                }
                let parameters = operation.parameters.as_deref().unwrap_or_default();
                for segment in pattern.split('/').filter(|s| s.starts_with('{')) {
                    let param = segment.trim_matches(['{', '}']);
                    assert!(
                        parameters
                            .iter()
                            .any(|p| matches!(p, RefOr::T(p) if p.name == param)),
                        "{name} does not describe {{{param}}}"
                    );
                }
                let signed = operation.security.as_ref().is_some_and(|s| !s.is_empty());
                assert_eq!(
                    signed,
                    responses.contains_key("401"),
                    "{name}: 401 iff a token is accepted"
                );
            }
        }
    }
}
