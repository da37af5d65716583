//! The programme report: `/dashboard/events/{slug}/report` with its CSV
//! exports for the event's organisers (and admins), and `/admin/reports`
//! across every event for admins. Anyone else finds no such event.

use actix_web::http::header::{self, ContentDisposition, DispositionParam, DispositionType};
use actix_web::{HttpRequest, HttpResponse, get, web};
use chrono::NaiveDateTime;

use crate::accounts::Role;
use crate::catalogue::repo as catalogue_repo;
use crate::db::DbConnection;
use crate::directory::repo as directory_repo;
use crate::format::{self, Amount};
use crate::i18n::{self, Locale, Message};
use crate::meetings::exports::{self, Export};
use crate::meetings::model::EventId;
use crate::meetings::report::{self, ProgrammeReport};
use crate::meetings::{MeetingError, events, repo};
use crate::web::present::report::{Download, Figure, Names, ReportPage};
use crate::web::{AppError, AppState, Viewer};

/// The names behind the report's country and district codes.
fn names(conn: &mut DbConnection, report: &ProgrammeReport) -> Result<Names, MeetingError> {
    let codes: Vec<&str> = report
        .by_country
        .iter()
        .filter_map(|(c, _)| c.as_deref())
        .collect();
    let countries = directory_repo::country_names(conn, &codes)?;
    let states: std::collections::HashMap<i32, String> = directory_repo::all_states(conn)?
        .into_iter()
        .map(|s| (s.lgd_code, s.name))
        .collect();
    let districts = directory_repo::all_districts(conn)?
        .into_iter()
        .filter(|d| report.by_district.iter().any(|(code, _)| *code == d.lgd_code))
        .map(|d| {
            let state = states.get(&d.state_code).cloned().unwrap_or_default();
            (d.lgd_code, (d.name, state))
        })
        .collect();
    Ok(Names { countries, districts })
}

/// The report page, worded in `locale` as it is built (its charts carry their words).
fn page(
    conn: &mut DbConnection,
    title: String,
    events: &[EventId],
    (now, locale): (NaiveDateTime, Locale),
) -> Result<ReportPage, MeetingError> {
    let report = report::programme_report(conn, events, now)?;
    let names = names(conn, &report)?;
    let codes = report
        .expected_values
        .iter()
        .chain(&report.order_values)
        .map(|(code, _)| code.as_str());
    let digits = catalogue_repo::currency_digits_of(conn, codes)?;
    let amounts = |minor: i64, code: &str| {
        format::money(
            Amount::from_minor(minor, digits.get(code).copied().unwrap_or(2)),
            code,
        )
    };
    Ok(i18n::scoped(locale, || {
        ReportPage::new(title, &report, &names, amounts)
    }))
}

#[get("/events/{slug}/report")]
pub async fn show_event_report(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let now = (state.clock.now(), viewer.locale);
    let user = viewer.require_user(&req)?.clone();
    let page = state
        .db
        .read(move |conn| {
            let event = events::overseen(conn, &user, &slug)?;
            let mut page = page(conn, event.title.clone(), std::slice::from_ref(&event.id), now)?;
            page.event_slug = Some(event.slug.clone());
            page.downloads = ["participants", "meetings", "outcomes"]
                .into_iter()
                .map(|name| Download {
                    name,
                    path: format!("/dashboard/events/{}/report/{name}.csv", event.slug),
                })
                .collect();
            Ok::<_, MeetingError>(page)
        })
        .await?;
    state.templates.page("meetings/report.html", &viewer, &page)
}

#[get("/events/{slug}/report/{export}.csv")]
pub async fn export_event_csv(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require_user(&req)?.clone();
    let (slug, name) = path.into_inner();
    let which = Export::parse(&name).ok_or(AppError::NotFound)?;
    let (file_name, body) = state
        .db
        .read(move |conn| {
            let event = events::overseen(conn, &user, &slug)?;
            Ok::<_, MeetingError>((which.file_name(&event), exports::export(conn, &event, which)?))
        })
        .await?;
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header(ContentDisposition {
            disposition: DispositionType::Attachment,
            parameters: vec![DispositionParam::Filename(file_name)],
        })
        .insert_header((header::CACHE_CONTROL, "private, no-store"))
        .body(body))
}

#[get("/reports")]
pub async fn show_all_reports(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
) -> Result<HttpResponse, AppError> {
    viewer.require_role(&req, Role::Admin)?;
    let now = (state.clock.now(), viewer.locale);
    let every_event = Message::new("meetings-report-every-event").in_locale(viewer.locale);
    let page = state
        .db
        .read(move |conn| {
            let all = repo::public_events(conn)?;
            let ids: Vec<EventId> = all.iter().map(|e| e.id.clone()).collect();
            let mut page = page(conn, every_event, &ids, now)?;
            page.events = all
                .into_iter()
                .map(|e| Figure {
                    label: e.title,
                    value: e.slug,
                })
                .collect();
            Ok::<_, MeetingError>(page)
        })
        .await?;
    state.templates.page("meetings/report.html", &viewer, &page)
}
