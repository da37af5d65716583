//! The address of the person making a request. Behind a reverse proxy the
//! TCP peer is the proxy, so every visitor would share one rate limit; the
//! proxy says who it forwards for in `Forwarded` or `X-Forwarded-For`. Those
//! headers are believed only when the peer is one of `TRUSTED_PROXIES`, and
//! then only up to the rightmost address that is not a trusted proxy: hops
//! to the left of it were written by the client and prove nothing.

use std::net::{IpAddr, SocketAddr};

use actix_web::HttpRequest;
use actix_web::http::header::{FORWARDED, HeaderMap};
use ipnet::IpNet;

use crate::settings::Settings;

const X_FORWARDED_FOR: &str = "x-forwarded-for";

/// The client's address as far as it can be established, or `None` when
/// the server is not listening on TCP (tests of handlers alone).
pub fn client_ip(req: &HttpRequest, settings: &Settings) -> Option<IpAddr> {
    let peer = req.peer_addr()?.ip();
    Some(resolve(peer, req.headers(), &settings.trusted_proxies))
}

fn resolve(peer: IpAddr, headers: &HeaderMap, trusted: &[IpNet]) -> IpAddr {
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|net| net.contains(ip));
    if !is_trusted(&peer) {
        return peer;
    }
    let mut client = peer;
    for hop in forwarded_hops(headers).into_iter().rev() {
        // An address we cannot read ("unknown", an obfuscated name) ends
        // the chain: the last trusted hop is the best we know.
        let Some(ip) = hop else {
            break;
        };
        client = ip;
        if !is_trusted(&ip) {
            break;
        }
    }
    client
}

/// The addresses the proxies report, nearest last. `Forwarded` (RFC 7239)
/// wins over `X-Forwarded-For` when both are present.
fn forwarded_hops(headers: &HeaderMap) -> Vec<Option<IpAddr>> {
    let joined = |name: &str| {
        headers
            .get_all(name)
            .filter_map(|v| v.to_str().ok())
            .collect::<Vec<_>>()
            .join(",")
    };
    let forwarded = joined(FORWARDED.as_str());
    if !forwarded.trim().is_empty() {
        return forwarded
            .split(',')
            .map(|element| {
                element
                    .split(';')
                    .filter_map(|pair| pair.trim().split_once('='))
                    .find(|(key, _)| key.eq_ignore_ascii_case("for"))
                    .and_then(|(_, value)| node_ip(value.trim().trim_matches('"')))
            })
            .collect();
    }
    joined(X_FORWARDED_FOR)
        .split(',')
        .map(str::trim)
        .filter(|hop| !hop.is_empty())
        .map(node_ip)
        .collect()
}

/// `203.0.113.7`, `203.0.113.7:4711`, `2001:db8::1` or `[2001:db8::1]:4711`.
fn node_ip(node: &str) -> Option<IpAddr> {
    node.parse::<IpAddr>()
        .or_else(|_| node.parse::<SocketAddr>().map(|a| a.ip()))
        .or_else(|_| node.trim_start_matches('[').trim_end_matches(']').parse())
        .ok()
}

#[cfg(test)]
mod tests {
    use actix_web::http::header::{HeaderName, HeaderValue};

    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(
                HeaderName::from_static(name),
                HeaderValue::from_str(value).unwrap(),
            );
        }
        map
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn forwarding_headers_count_only_from_trusted_proxies() {
        let trusted: Vec<IpNet> = vec!["10.0.0.0/8".parse().unwrap(), "::1/128".parse().unwrap()];
        let claim = headers(&[("x-forwarded-for", "198.51.100.9")]);
        assert_eq!(resolve(ip("203.0.113.5"), &claim, &trusted), ip("203.0.113.5"));
        assert_eq!(resolve(ip("10.1.2.3"), &claim, &trusted), ip("198.51.100.9"));
        assert_eq!(resolve(ip("10.1.2.3"), &claim, &[]), ip("10.1.2.3"));
    }

    #[test]
    fn the_rightmost_untrusted_hop_is_the_client() {
        let trusted: Vec<IpNet> = vec!["10.0.0.0/8".parse().unwrap()];
        let spoofed = headers(&[("x-forwarded-for", "1.2.3.4, 198.51.100.9, 10.0.0.2")]);
        assert_eq!(resolve(ip("10.0.0.1"), &spoofed, &trusted), ip("198.51.100.9"));
        let two_headers = headers(&[
            ("x-forwarded-for", "1.2.3.4"),
            ("x-forwarded-for", "198.51.100.9"),
        ]);
        assert_eq!(
            resolve(ip("10.0.0.1"), &two_headers, &trusted),
            ip("198.51.100.9")
        );
        let forwarded = headers(&[
            (
                "forwarded",
                r#"for=1.2.3.4, for="[2001:db8::7]:4711";proto=https, for=10.0.0.2"#,
            ),
            ("x-forwarded-for", "5.6.7.8"),
        ]);
        assert_eq!(resolve(ip("10.0.0.1"), &forwarded, &trusted), ip("2001:db8::7"));
        let unknown = headers(&[("forwarded", "for=unknown")]);
        assert_eq!(resolve(ip("10.0.0.1"), &unknown, &trusted), ip("10.0.0.1"));
    }
}
