//! Conversations between buyers and producers: the enquiry form on a
//! product, the inbox, and one conversation with its messages, quotes,
//! decisions, closing and spam reports. The service checks that the viewer
//! is a party: anyone else's conversation reads as "not found".

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use chrono::{NaiveDate, TimeDelta};
use serde::{Deserialize, Serialize};

use super::accounts::request_context;
use super::choices::{self, CURRENCIES};
use super::choices::{Choice, WordedChoice};
use super::producer_dashboard::FormPage;
use crate::accounts::User;
use crate::catalogue::views::{self as catalogue_views, ProductPage};
use crate::catalogue::{CatalogueError, repo as catalogue_repo};
use crate::domain::FieldErrors;
use crate::enquiries::EnquiryError;
use crate::enquiries::threads::{self, EnquiryInput, QuoteInput};
use crate::enquiries::values::Outcome;
use crate::enquiries::views::{self, ThreadView};
use crate::i18n::Message;
use crate::meetings::from_enquiry;
use crate::web::present::thread_meetings::{TimelineItem, timeline};
use crate::web::render::form_status;
use crate::web::{AppError, AppState, Viewer, forms, redirect};

/// A buyer with a confirmed address; anyone else is refused with a reason (403).
pub(super) fn verified_buyer<'a>(viewer: &'a Viewer, req: &HttpRequest) -> Result<&'a User, AppError> {
    let user = viewer.require_user(req)?;
    threads::require_verified_buyer(user).map_err(|e| match e {
        EnquiryError::NotAllowed(message) => AppError::Forbidden(message),
        other => other.into(),
    })?;
    Ok(user)
}

fn thread_path(id: &str) -> String {
    format!("/dashboard/enquiries/{id}")
}

#[derive(Serialize)]
struct EnquiryPage {
    #[serde(flatten)]
    form: FormPage<EnquiryInput, EnquiryChoices>,
    product: ProductPage,
}

/// The enquiry form's lists: a quote's, and the countries to ship to.
#[derive(Serialize)]
struct EnquiryChoices {
    #[serde(flatten)]
    quote: QuoteChoices,
    countries: Vec<Choice>,
}

/// The enquiry form beside the product's summary; `values` sent back with `errors`.
async fn render_enquiry_form(
    state: &AppState,
    viewer: &Viewer,
    user: &User,
    slug: String,
    values: Option<EnquiryInput>,
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    let (product, countries) = state
        .db
        .read(move |conn| {
            let product =
                catalogue_repo::published_product_by_slug(conn, &slug)?.ok_or(CatalogueError::NotFound)?;
            let page = catalogue_views::product_page(conn, product)?.ok_or(CatalogueError::NotFound)?;
            Ok::<_, AppError>((page, choices::countries(conn)?))
        })
        .await?;
    let status = form_status(&errors);
    let values = values.unwrap_or_else(|| EnquiryInput {
        unit: product.moq_unit.clone(),
        currency: "USD".into(),
        destination_country: user.country_code.clone().unwrap_or_default(),
        ..EnquiryInput::default()
    });
    let choices = EnquiryChoices {
        quote: quote_choices(state.clock.today()),
        countries,
    };
    let page = EnquiryPage {
        form: FormPage {
            is_new: true,
            values,
            errors,
            choices,
        },
        product,
    };
    state
        .templates
        .page_with_status(status, "enquiries/new.html", viewer, &page)
}

#[get("/products/{slug}/enquire")]
pub async fn show_enquiry_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let user = verified_buyer(&viewer, &req)?.clone();
    render_enquiry_form(
        &state,
        &viewer,
        &user,
        slug.into_inner(),
        None,
        FieldErrors::new(),
    )
    .await
}

#[post("/products/{slug}/enquire")]
pub async fn send_enquiry(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    slug: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let user = verified_buyer(&viewer, &req)?.clone();
    let input: EnquiryInput = forms::parse(&body, &[])?;
    let slug = slug.into_inner();
    let ctx = request_context(&req, &state);
    let (buyer, key, typed) = (user.clone(), slug.clone(), input.clone());
    let sent = state
        .db
        .write(move |conn| {
            let enquiry = threads::send_enquiry(conn, &buyer, &key, &typed, &ctx)?;
            let producer = catalogue_repo::producer_by_id(conn, &enquiry.producer_id)?
                .map(|p| p.business_name)
                .unwrap_or_default();
            Ok::<_, EnquiryError>((enquiry.id, producer))
        })
        .await;
    match sent {
        Ok((id, producer)) => {
            viewer.notice(Message::new("enquiries-notice-sent").with("producer", producer));
            Ok(redirect(&thread_path(&id)))
        }
        Err(EnquiryError::Invalid(errors)) => {
            render_enquiry_form(&state, &viewer, &user, slug, Some(input), errors).await
        }
        Err(other) => Err(other.into()),
    }
}

#[get("/enquiries")]
pub async fn list_enquiries(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require_user(&req)?.clone();
    let inbox = state.db.read(move |conn| views::inbox(conn, &user)).await?;
    state.templates.page("enquiries/inbox.html", &viewer, &inbox)
}

/// What was typed into the form of the conversation page that came back with problems.
enum Typed {
    Reply(String),
    Quote(QuoteInput),
    Close(String),
}

/// The conversation page's forms: which one failed and what it held.
#[derive(Serialize, Default)]
struct ThreadForms {
    failed: Option<&'static str>,
    errors: FieldErrors,
    message: String,
    quote: QuoteInput,
    outcome: String,
}

#[derive(Serialize)]
struct ThreadPage {
    thread: ThreadView,
    /// The messages and quotes with the meetings proposed in the thread.
    timeline: Vec<TimelineItem>,
    #[serde(flatten)]
    forms: ThreadForms,
    choices: QuoteChoices,
}

/// A quote form filled in from the enquiry: the quantity, unit, Incoterm
/// and currency the buyer asked about, valid for 30 days.
pub(super) fn quote_defaults(
    quantity: i64,
    unit: &str,
    incoterm: Option<&str>,
    currency: Option<&str>,
    today: NaiveDate,
) -> QuoteInput {
    QuoteInput {
        currency: currency.unwrap_or("USD").to_owned(),
        moq: quantity.to_string(),
        moq_unit: unit.to_owned(),
        incoterm: incoterm.unwrap_or_default().to_owned(),
        valid_until: (today + TimeDelta::days(30)).to_string(),
        ..QuoteInput::default()
    }
}

/// The lists the quote form offers (and, on a conversation, the closing form).
#[derive(Serialize)]
pub(super) struct QuoteChoices {
    units: Vec<WordedChoice>,
    incoterms: Vec<WordedChoice>,
    currencies: &'static [&'static str],
    /// The earliest "valid until".
    today: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    outcomes: Vec<WordedChoice>,
}

pub(super) fn quote_choices(today: NaiveDate) -> QuoteChoices {
    QuoteChoices {
        units: choices::units(),
        incoterms: choices::incoterms(),
        currencies: &CURRENCIES,
        today: today.to_string(),
        outcomes: Vec::new(),
    }
}

async fn render_thread(
    state: &AppState,
    viewer: &Viewer,
    user: &User,
    id: String,
    problem: Option<(Typed, FieldErrors)>,
) -> Result<HttpResponse, AppError> {
    let owner = user.clone();
    let (today, now) = (state.clock.today(), state.clock.now());
    let (mut thread, meetings) = state
        .db
        .read(move |conn| {
            let thread = views::thread(conn, &owner, &id, today)?;
            Ok::<_, AppError>((thread, from_enquiry::thread_meetings(conn, &owner, &id, now)?))
        })
        .await?;
    let timeline = timeline(std::mem::take(&mut thread.entries), meetings);
    let terms = &thread.terms;
    let mut forms = ThreadForms {
        quote: quote_defaults(
            terms.count,
            &terms.unit,
            terms.incoterm.as_deref(),
            terms.currency.as_deref(),
            today,
        ),
        ..ThreadForms::default()
    };
    if let Some((typed, errors)) = problem {
        forms.errors = errors;
        match typed {
            Typed::Reply(message) => {
                forms.failed = Some("reply");
                forms.message = message;
            }
            Typed::Quote(quote) => {
                forms.failed = Some("quote");
                forms.quote = quote;
            }
            Typed::Close(outcome) => {
                forms.failed = Some("close");
                forms.outcome = outcome;
            }
        }
    }
    let status = if forms.failed.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let choices = QuoteChoices {
        outcomes: Outcome::ALL
            .iter()
            .map(|o| WordedChoice {
                value: o.as_str(),
                label: Message::new("enquiries-outcome").with("outcome", o.as_str()),
            })
            .collect(),
        ..quote_choices(today)
    };
    let page = ThreadPage {
        thread,
        timeline,
        forms,
        choices,
    };
    state
        .templates
        .page_with_status(status, "enquiries/thread.html", viewer, &page)
}

#[get("/enquiries/{id}")]
pub async fn show_enquiry(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require_user(&req)?.clone();
    render_thread(&state, &viewer, &user, id.into_inner(), None).await
}

/// Where a change to conversation `id` leads: back to it with `notice`; a
/// refusal its state explains (closed, quote expired) shown the same way;
/// field errors on the page again with what was typed.
async fn after_change(
    state: &AppState,
    viewer: &Viewer,
    user: &User,
    id: String,
    result: Result<Message, EnquiryError>,
    typed: Option<Typed>,
) -> Result<HttpResponse, AppError> {
    match result {
        Ok(notice) => {
            viewer.notice(notice);
            Ok(redirect(&thread_path(&id)))
        }
        Err(EnquiryError::Invalid(errors)) => match typed {
            Some(typed) => render_thread(state, viewer, user, id, Some((typed, errors))).await,
            None => Err(AppError::Invalid(errors)),
        },
        Err(other) => {
            viewer.notice(other.into_refusal()?);
            Ok(redirect(&thread_path(&id)))
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReplyForm {
    message: String,
}

#[post("/enquiries/{id}/messages")]
pub async fn reply_to_enquiry(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    id: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require_user(&req)?.clone();
    let form: ReplyForm = forms::parse(&body, &[])?;
    let (id, ctx) = (id.into_inner(), request_context(&req, &state));
    let (writer, key, text) = (user.clone(), id.clone(), form.message.clone());
    let result = state
        .db
        .write(move |conn| threads::reply(conn, &writer, &key, &text, &ctx))
        .await
        .map(|_| Message::new("enquiries-notice-replied"));
    after_change(
        &state,
        &viewer,
        &user,
        id,
        result,
        Some(Typed::Reply(form.message)),
    )
    .await
}

#[post("/enquiries/{id}/quotes")]
pub async fn send_quote(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    id: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require_user(&req)?.clone();
    let input: QuoteInput = forms::parse(&body, &[])?;
    let (id, ctx) = (id.into_inner(), request_context(&req, &state));
    let (writer, key, typed) = (user.clone(), id.clone(), input.clone());
    let result = state
        .db
        .write(move |conn| threads::send_quote(conn, &writer, &key, &typed, &ctx))
        .await
        .map(|_| Message::new("enquiries-notice-quoted"));
    after_change(&state, &viewer, &user, id, result, Some(Typed::Quote(input))).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DecisionForm {
    decision: String,
}

#[post("/enquiries/{id}/quotes/{quote_id}/decision")]
pub async fn decide_quote(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(String, String)>,
    form: web::Form<DecisionForm>,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require_user(&req)?.clone();
    let accept = match form.decision.as_str() {
        "accept" => true,
        "decline" => false,
        _ => {
            return Err(AppError::BadRequest(Message::new("error-choose-quote-answer")));
        }
    };
    let (id, quote_id) = path.into_inner();
    let ctx = request_context(&req, &state);
    let (buyer, key) = (user.clone(), id.clone());
    let result = state
        .db
        .write(move |conn| threads::decide_quote(conn, &buyer, &key, &quote_id, accept, &ctx))
        .await
        .map(|_| {
            if accept {
                Message::new("enquiries-notice-accepted")
            } else {
                Message::new("enquiries-notice-declined")
            }
        });
    after_change(&state, &viewer, &user, id, result, None).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CloseForm {
    outcome: String,
}

#[post("/enquiries/{id}/close")]
pub async fn close_enquiry(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    id: web::Path<String>,
    form: web::Form<CloseForm>,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require_user(&req)?.clone();
    let (id, ctx, outcome) = (
        id.into_inner(),
        request_context(&req, &state),
        form.into_inner().outcome,
    );
    let (writer, key, chosen) = (user.clone(), id.clone(), outcome.clone());
    let result = state
        .db
        .write(move |conn| threads::close(conn, &writer, &key, &chosen, &ctx))
        .await
        .map(|()| Message::new("enquiries-notice-closed"));
    after_change(&state, &viewer, &user, id, result, Some(Typed::Close(outcome))).await
}

/// The thread page's script calls this once the page is shown, so only a
/// person's browser marks a conversation read, never a link scanner's GET.
#[post("/enquiries/{id}/read")]
pub async fn mark_read(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require_user(&req)?.clone();
    state
        .db
        .write(move |conn| threads::mark_read(conn, &user, &id))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

#[post("/enquiries/{id}/report-spam")]
pub async fn report_spam(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require_user(&req)?.clone();
    let id = id.into_inner();
    let key = id.clone();
    let now = state.clock.now();
    match state
        .db
        .write(move |conn| threads::report_spam(conn, &user, &key, now))
        .await
    {
        Ok(()) => {
            viewer.notice(Message::new("enquiries-notice-reported"));
            Ok(redirect("/dashboard/enquiries"))
        }
        Err(error) => {
            viewer.notice(error.into_refusal()?);
            Ok(redirect(&thread_path(&id)))
        }
    }
}
