//! The one route table.

use actix_web::web;

use super::AppError;
use super::assets::serve_static;
use super::handlers::{
    accounts, admin, api, catalogue, dashboard, directory, health, media, moderation, producer_dashboard,
    search,
};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(health::healthz)
        .service(health::readyz)
        .route("/static/{path:.*}", web::get().to(serve_static))
        .route("/media/{path:.*}", web::get().to(media::serve_media))
        .service(
            web::scope("/api/v1")
                .service(api::list_states)
                .service(api::show_state)
                .service(api::show_district)
                .service(search::search_products_api),
        )
        .service(search::show_search)
        .service(search::show_search_results)
        .service(directory::show_home)
        .service(directory::list_states)
        .service(directory::show_state)
        .service(directory::show_district)
        .service(directory::show_sector)
        .service(directory::show_gi_register)
        .service(directory::show_data_sources)
        .service(accounts::show_signup)
        .service(accounts::submit_signup)
        .service(accounts::show_login)
        .service(accounts::submit_login)
        .service(accounts::submit_logout)
        .service(accounts::verify_email)
        .service(accounts::resend_verification)
        .service(accounts::show_forgot_password)
        .service(accounts::submit_forgot_password)
        .service(accounts::show_reset_password)
        .service(accounts::submit_reset_password)
        .service(accounts::show_account)
        .service(accounts::change_name)
        .service(accounts::change_password)
        .service(accounts::change_email)
        .service(catalogue::show_product)
        .service(catalogue::show_producer)
        .service(
            web::scope("/dashboard")
                .service(producer_dashboard::show_profile)
                .service(producer_dashboard::save_profile)
                .service(producer_dashboard::list_products)
                .service(producer_dashboard::new_product)
                .service(producer_dashboard::create_product)
                .service(producer_dashboard::show_import)
                .service(producer_dashboard::import_template)
                .service(producer_dashboard::run_import)
                .service(producer_dashboard::edit_product)
                .service(producer_dashboard::update_product)
                .service(producer_dashboard::change_product_status)
                .service(producer_dashboard::upload_photo)
                .service(producer_dashboard::change_photo)
                .service(dashboard::show_dashboard),
        )
        .service(
            web::scope("/admin")
                .service(admin::show_overview)
                .service(admin::list_users)
                .service(admin::create_user)
                .service(admin::change_role)
                .service(admin::show_audit)
                .service(admin::list_jobs)
                .service(admin::retry_job)
                .service(moderation::show_queue)
                .service(moderation::decide)
                .service(moderation::list_producers)
                .service(moderation::set_verification),
        )
        .default_service(web::to(|| async {
            Err::<actix_web::HttpResponse, _>(AppError::NotFound)
        }));
}
