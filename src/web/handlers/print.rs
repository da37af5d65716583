//! Printable catalogues at stable addresses: `/showcases/{slug}/catalogue.pdf`,
//! `/districts/{slug}/catalogue.pdf` and `/producers/{slug}/catalogue.pdf`,
//! in the reader's language (chosen as for a page, `?lang=` included).
//! The current version's file is served when it exists; otherwise the job
//! that makes it is queued and the reader gets a page that reloads itself.

use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, get, web};
use serde::Serialize;

use crate::i18n;
use crate::print::{self, Audience, CatalogueKind, PrintRequest};
use crate::web::{AppError, AppState, Viewer};

/// Seconds the "being prepared" page waits before it reloads: a 100-product
/// catalogue takes a few seconds to make.
const RETRY_AFTER_SECS: u32 = 5;

#[derive(Serialize)]
struct Preparing {
    title: String,
    /// How many products it prints (the page words the count).
    products: usize,
    pdf_path: String,
    page_path: String,
    retry_after: u32,
}

#[get("/showcases/{slug}/catalogue.pdf")]
pub async fn showcase_catalogue(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    catalogue(&state, &viewer, &req, CatalogueKind::Showcase, slug.into_inner()).await
}

#[get("/districts/{slug}/catalogue.pdf")]
pub async fn district_catalogue(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    catalogue(&state, &viewer, &req, CatalogueKind::District, slug.into_inner()).await
}

#[get("/producers/{slug}/catalogue.pdf")]
pub async fn producer_catalogue(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    catalogue(&state, &viewer, &req, CatalogueKind::Producer, slug.into_inner()).await
}

async fn catalogue(
    state: &AppState,
    viewer: &Viewer,
    req: &HttpRequest,
    kind: CatalogueKind,
    slug: String,
) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    let wanted = slug.clone();
    let language = i18n::current().language;
    // What the public may see: a draft or ended showcase is a 404 here even
    // for its curator, since the file is shared by everyone.
    let source = state
        .db
        .read(move |conn| print::source::gather(conn, kind, &wanted, Audience::Public, language, now))
        .await?;
    let version = source
        .version(&state.settings.base_url)
        .map_err(AppError::Internal)?;
    let tag = header::EntityTag::new_strong(version.clone());
    let printer = print::Printer::new(&state.settings.data_dir, state.media.as_ref().clone());
    let path = printer.path(&source, &version);
    let stored = web::block(move || print::Printer::stored(&path))
        .await
        .map_err(|e| AppError::Internal(e.into()))?
        .map_err(|e| AppError::Internal(e.into()))?;
    if let Some(bytes) = stored {
        let fresh = req
            .headers()
            .get(header::IF_NONE_MATCH)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.split(',').any(|t| t.trim() == tag.to_string()));
        let mut response = if fresh {
            HttpResponse::NotModified()
        } else {
            HttpResponse::Ok()
        };
        // Revalidated on every use: the address is stable, its content is
        // not, and differs by the language asked for as a page does.
        response
            .insert_header(header::ETag(tag))
            .insert_header((header::CACHE_CONTROL, "no-cache"))
            .insert_header((header::VARY, "Accept-Language, Cookie"))
            .insert_header((header::CONTENT_LANGUAGE, language.as_str()));
        if fresh {
            return Ok(response.finish());
        }
        let name = format!(
            "odop-bazaar-{}-{}-{}.pdf",
            kind.folder().trim_end_matches('s'),
            slug,
            language.as_str()
        );
        return Ok(response
            .content_type("application/pdf")
            .insert_header((
                header::CONTENT_DISPOSITION,
                header::ContentDisposition {
                    disposition: header::DispositionType::Inline,
                    parameters: vec![header::DispositionParam::Filename(name)],
                },
            ))
            .body(bytes));
    }
    let request = PrintRequest {
        kind,
        slug: slug.clone(),
        language,
    };
    state
        .db
        .write(move |conn| print::enqueue(conn, &request, &version, now))
        .await?;
    let page = Preparing {
        products: source.printed(),
        title: source.title,
        pdf_path: format!("{}/catalogue.pdf", source.page_path),
        page_path: source.page_path,
        retry_after: RETRY_AFTER_SECS,
    };
    let mut response =
        state
            .templates
            .page_with_status(StatusCode::ACCEPTED, "print/preparing.html", viewer, &page)?;
    response
        .headers_mut()
        .insert(header::RETRY_AFTER, header::HeaderValue::from(RETRY_AFTER_SECS));
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-store"),
    );
    Ok(response)
}
