//! Buy requests (RFQs): a buyer's requests at `/dashboard/rfqs`, and the
//! requests a producer received at `/dashboard/buy-requests`, answered with
//! a message and, if ticked, a quote.

use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::accounts::request_context;
use super::choices::{self, CURRENCIES, Choice, DistrictGroup, Place, WordedChoice};
use super::enquiries::{QuoteChoices, quote_choices, quote_defaults, verified_buyer};
use super::producer_dashboard::{FormPage, producer_user};
use crate::accounts::{Role, User};
use crate::catalogue::repo as catalogue_repo;
use crate::db::DbError;
use crate::directory::repo as directory_repo;
use crate::domain::FieldErrors;
use crate::enquiries::rfqs::{self, ResponseInput, RfqInput};
use crate::enquiries::views::{self, ReceivedRfq};
use crate::enquiries::{EnquiryError, comparison};
use crate::i18n::Message;
use crate::web::render::form_status;
use crate::web::{AppError, AppState, Viewer, forms, redirect};

fn buyer<'a>(viewer: &'a Viewer, req: &HttpRequest) -> Result<&'a User, AppError> {
    viewer.require_role(req, Role::Buyer)
}

#[get("/rfqs")]
pub async fn list_rfqs(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
) -> Result<HttpResponse, AppError> {
    let user = buyer(&viewer, &req)?.clone();
    let rfqs = state.db.read(move |conn| views::buyer_rfqs(conn, &user)).await?;
    state
        .templates
        .page("rfqs/list.html", &viewer, &json!({ "rfqs": rfqs }))
}

#[derive(Serialize)]
struct RfqFormPage {
    #[serde(flatten)]
    form: FormPage<RfqInput, RfqChoices>,
    /// The places ticked, as LGD codes.
    chosen_states: Vec<i32>,
    chosen_districts: Vec<i32>,
}

async fn render_rfq_form(
    state: &AppState,
    viewer: &Viewer,
    values: RfqInput,
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    let (states, districts, countries) = state
        .db
        .read(|conn| {
            Ok::<_, DbError>((
                directory_repo::all_states(conn)?,
                catalogue_repo::all_districts(conn)?,
                choices::countries(conn)?,
            ))
        })
        .await?;
    let status = form_status(&errors);
    let choices = RfqChoices {
        units: choices::units(),
        sectors: choices::sectors(),
        states: states
            .into_iter()
            .map(|s| Place {
                code: s.lgd_code,
                name: s.name,
            })
            .collect(),
        district_groups: choices::district_groups(districts),
        today: state.clock.today().to_string(),
        currencies: &CURRENCIES,
        incoterms: choices::incoterms(),
        countries,
    };
    let page = RfqFormPage {
        chosen_states: rfqs::parse_codes(&values.states),
        chosen_districts: rfqs::parse_codes(&values.districts),
        form: FormPage {
            is_new: true,
            values,
            errors,
            choices,
        },
    };
    state
        .templates
        .page_with_status(status, "rfqs/new.html", viewer, &page)
}

/// The lists the buy-request form offers.
#[derive(Serialize)]
struct RfqChoices {
    units: Vec<WordedChoice>,
    sectors: Vec<Choice>,
    states: Vec<Place>,
    district_groups: Vec<DistrictGroup>,
    /// The earliest deadline.
    today: String,
    currencies: &'static [&'static str],
    incoterms: Vec<WordedChoice>,
    countries: Vec<Choice>,
}

#[get("/rfqs/new")]
pub async fn new_rfq(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
) -> Result<HttpResponse, AppError> {
    let user = verified_buyer(&viewer, &req)?;
    let values = RfqInput {
        unit: "pieces".into(),
        currency: "USD".into(),
        destination_country: user.country_code.clone().unwrap_or_default(),
        ..RfqInput::default()
    };
    render_rfq_form(&state, &viewer, values, FieldErrors::new()).await
}

#[post("/rfqs")]
pub async fn create_rfq(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let user = verified_buyer(&viewer, &req)?.clone();
    // States and districts come as one field per chosen place.
    let input: RfqInput = forms::parse(&body, &["states", "districts"])?;
    let ctx = request_context(&req, &state);
    let typed = input.clone();
    match state
        .db
        .write(move |conn| rfqs::post(conn, &user, &typed, &ctx))
        .await
    {
        Ok(rfq) => {
            viewer.notice(Message::new("rfqs-notice-saved"));
            Ok(redirect(&format!("/dashboard/rfqs/{}", rfq.id)))
        }
        Err(EnquiryError::Invalid(errors)) => render_rfq_form(&state, &viewer, input, errors).await,
        Err(other) => Err(other.into()),
    }
}

#[get("/rfqs/{id}")]
pub async fn show_rfq(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let user = buyer(&viewer, &req)?.clone();
    let id = id.into_inner();
    let page = state
        .db
        .read(move |conn| views::buyer_rfq(conn, &user, &id))
        .await?;
    state.templates.page("rfqs/show.html", &viewer, &page)
}

/// How the comparison is sorted: `?sort=lead_time&order=desc`.
#[derive(Deserialize)]
pub struct CompareQuery {
    sort: Option<String>,
    order: Option<String>,
}

#[get("/rfqs/{id}/compare")]
pub async fn compare_quotes(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    id: web::Path<String>,
    query: web::Query<CompareQuery>,
) -> Result<HttpResponse, AppError> {
    let user = buyer(&viewer, &req)?.clone();
    let (id, query, today) = (id.into_inner(), query.into_inner(), state.clock.today());
    let descending = query.order.as_deref() == Some("desc");
    let rates = viewer.prices.rates.clone();
    let page = state
        .db
        .read(move |conn| {
            let sort = query.sort.as_deref();
            comparison::compare_quotes(conn, &user, &id, sort, descending, today, rates.as_deref())
        })
        .await?;
    state.templates.page("rfqs/compare.html", &viewer, &page)
}

#[post("/rfqs/{id}/close")]
pub async fn close_rfq(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let user = buyer(&viewer, &req)?.clone();
    let id = id.into_inner();
    let (key, ctx) = (id.clone(), request_context(&req, &state));
    let notice = match state
        .db
        .write(move |conn| rfqs::close_by_buyer(conn, &user, &key, &ctx))
        .await
    {
        Ok(()) => Message::new("rfqs-notice-closed"),
        Err(error) => error.into_refusal()?,
    };
    viewer.notice(notice);
    Ok(redirect(&format!("/dashboard/rfqs/{id}")))
}

#[get("/buy-requests")]
pub async fn list_buy_requests(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
) -> Result<HttpResponse, AppError> {
    let user = producer_user(&viewer, &req)?.clone();
    let requests = state
        .db
        .read(move |conn| views::producer_rfqs(conn, &user))
        .await?;
    state
        .templates
        .page("rfqs/received.html", &viewer, &json!({ "requests": requests }))
}

#[derive(Serialize)]
struct BuyRequestPage {
    request: ReceivedRfq,
    #[serde(flatten)]
    form: FormPage<ResponseInput, QuoteChoices>,
}

/// A received request with the answer form; `values` sent back with `errors`.
async fn render_buy_request(
    state: &AppState,
    viewer: &Viewer,
    user: &User,
    id: String,
    values: Option<ResponseInput>,
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    let owner = user.clone();
    let request = state
        .db
        .read(move |conn| views::producer_rfq(conn, &owner, &id))
        .await?;
    let status = form_status(&errors);
    let today = state.clock.today();
    let values = values.unwrap_or_else(|| ResponseInput {
        quote: quote_defaults(request.rfq.count, &request.rfq.unit, None, None, today),
        ..ResponseInput::default()
    });
    let page = BuyRequestPage {
        request,
        form: FormPage {
            is_new: true,
            values,
            errors,
            choices: quote_choices(today),
        },
    };
    state
        .templates
        .page_with_status(status, "rfqs/received_show.html", viewer, &page)
}

#[get("/buy-requests/{id}")]
pub async fn show_buy_request(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let user = producer_user(&viewer, &req)?.clone();
    render_buy_request(&state, &viewer, &user, id.into_inner(), None, FieldErrors::new()).await
}

#[post("/buy-requests/{id}/respond")]
pub async fn respond_to_buy_request(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    id: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let user = producer_user(&viewer, &req)?.clone();
    let input: ResponseInput = forms::parse(&body, &[])?;
    let id = id.into_inner();
    let (producer, key, typed, ctx) = (
        user.clone(),
        id.clone(),
        input.clone(),
        request_context(&req, &state),
    );
    match state
        .db
        .write(move |conn| rfqs::respond(conn, &producer, &key, &typed, &ctx))
        .await
    {
        Ok(enquiry) => {
            viewer.notice(Message::new("rfqs-notice-answered"));
            Ok(redirect(&format!("/dashboard/enquiries/{}", enquiry.id)))
        }
        Err(EnquiryError::Invalid(errors)) => {
            render_buy_request(&state, &viewer, &user, id, Some(input), errors).await
        }
        Err(error) => {
            viewer.notice(error.into_refusal()?);
            Ok(redirect(&format!("/dashboard/buy-requests/{id}")))
        }
    }
}
