//! The one route table.

use actix_web::web;

use super::AppError;
use super::assets::serve_static;
use super::handlers::{api, directory, health};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(health::healthz)
        .service(health::readyz)
        .route("/static/{path:.*}", web::get().to(serve_static))
        .service(
            web::scope("/api/v1")
                .service(api::list_states)
                .service(api::show_state)
                .service(api::show_district),
        )
        .service(directory::show_home)
        .service(directory::list_states)
        .service(directory::show_state)
        .service(directory::show_district)
        .service(directory::show_sector)
        .service(directory::show_gi_register)
        .service(directory::show_data_sources)
        .default_service(web::to(|| async {
            Err::<actix_web::HttpResponse, _>(AppError::NotFound)
        }));
}
