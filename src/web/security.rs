use actix_web::middleware::DefaultHeaders;

use crate::settings::Settings;

/// Headers every response carries. The policy allows no inline script and
/// nothing from other origins: the site works offline and needs neither. A
/// site served over HTTPS also tells browsers to use nothing else for a year.
pub fn security_headers(settings: &Settings) -> DefaultHeaders {
    let headers = if settings.base_url.scheme() == "https" {
        DefaultHeaders::new().add(("Strict-Transport-Security", "max-age=31536000"))
    } else {
        DefaultHeaders::new()
    };
    headers
        .add((
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; \
             font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; \
             form-action 'self'; frame-ancestors 'none'",
        ))
        .add(("X-Content-Type-Options", "nosniff"))
        .add(("Referrer-Policy", "strict-origin-when-cross-origin"))
        .add(("X-Frame-Options", "DENY"))
        .add(("Cross-Origin-Opener-Policy", "same-origin"))
        .add((
            "Permissions-Policy",
            "camera=(), microphone=(), geolocation=(), payment=()",
        ))
}
