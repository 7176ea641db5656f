//! Which addresses the fetcher may connect to. By default only public ones: a feed URL or
//! a redirect must not reach the services next to the fetcher (a cloud metadata endpoint,
//! an admin port on loopback, the private network). The check happens after DNS
//! resolution, in the client's resolver, so a public name pointing at a private address is
//! refused too; IP literals in URLs and redirects are checked before any connection.
//!
//! Behind a proxy the client resolves only the proxy's name, so the check moves in front
//! of it: [`check_host`] resolves every name (the feed's and each redirect target's) in
//! sitrep and refuses it when any of its addresses is not public, before the request goes
//! to the proxy. The proxy resolves the name again; a name that changes its answers
//! between the two lookups is the proxy's to refuse. Proxies come only from sitrep's own
//! settings (`fetcher.proxy_url`): `HTTP_PROXY` and the like are ignored, so no
//! environment can route requests around the check.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use url::{Host, Url};

/// Which addresses a feed may resolve to.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum AddressPolicy {
    /// Only globally routable addresses (the default).
    #[default]
    PublicOnly,
    /// Any address, loopback and private networks included: for local setups and tests.
    AllowPrivate,
}

/// A host that resolves only to addresses the policy refuses.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{host} resolves only to private, loopback or link-local addresses")]
pub struct RefusedAddress {
    /// The host name refused.
    pub host: String,
}

/// Whether `ip` is a globally routable unicast address.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(ip) => is_public_v4(ip),
        IpAddr::V6(ip) => is_public_v6(ip),
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, c, _] = ip.octets();
    !(ip.is_unspecified()
        || ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_broadcast()
        || ip.is_multicast()
        || ip.is_documentation()
        || a == 0
        || (a == 100 && (64..128).contains(&b))
        || (a == 192 && b == 0 && c == 0)
        || (a == 198 && (18..20).contains(&b))
        || a >= 240)
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    if let Some(v4) = ip.to_ipv4_mapped() {
        return is_public_v4(v4);
    }
    let segments = ip.segments();
    // NAT64 (64:ff9b::/96) embeds an IPv4 address in its last 32 bits.
    if segments[..6] == [0x64, 0xff9b, 0, 0, 0, 0] {
        let [_, _, _, _, _, _, high, low] = segments;
        let embedded = Ipv4Addr::from((u32::from(high) << 16) | u32::from(low));
        return is_public_v4(embedded);
    }
    !(ip.is_unspecified()
        || ip.is_loopback()
        || ip.is_multicast()
        || (segments[0] & 0xfe00) == 0xfc00
        || (segments[0] & 0xffc0) == 0xfe80
        || (segments[0] == 0x2001 && segments[1] == 0x0db8))
}

/// Refuses `url` when its host is an IP literal the policy does not allow.
pub fn check_literal_host(url: &Url, policy: AddressPolicy) -> Result<(), RefusedAddress> {
    if policy == AddressPolicy::AllowPrivate {
        return Ok(());
    }
    let ip = match url.host() {
        Some(Host::Ipv4(ip)) => IpAddr::V4(ip),
        Some(Host::Ipv6(ip)) => IpAddr::V6(ip),
        Some(Host::Domain(_)) | None => return Ok(()),
    };
    if is_public(ip) {
        Ok(())
    } else {
        Err(RefusedAddress {
            host: ip.to_string(),
        })
    }
}

/// Refuses `url` when its host is not allowed, before a request for it goes to a proxy:
/// IP literals as [`check_literal_host`] does, names by resolving them here. A name is
/// refused when any address it resolves to is not public (the proxy may connect to any
/// of them), or when it does not resolve at all.
pub async fn check_host(url: &Url, policy: AddressPolicy) -> Result<(), RefusedAddress> {
    check_literal_host(url, policy)?;
    if policy == AddressPolicy::AllowPrivate {
        return Ok(());
    }
    let Some(Host::Domain(name)) = url.host() else {
        return Ok(());
    };
    let refused = || RefusedAddress {
        host: name.to_owned(),
    };
    let port = url.port_or_known_default().unwrap_or(0);
    let resolved: Vec<SocketAddr> = tokio::net::lookup_host((name, port))
        .await
        .map_err(|_| refused())?
        .collect();
    if resolved.is_empty() || resolved.iter().any(|addr| !is_public(addr.ip())) {
        return Err(refused());
    }
    Ok(())
}

/// A resolver that keeps only public addresses and fails when none is left.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct PublicOnlyResolver;

impl Resolve for PublicOnlyResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let host = name.as_str().to_owned();
        Box::pin(async move {
            let resolved: Vec<SocketAddr> =
                tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            let public: Vec<SocketAddr> = resolved
                .into_iter()
                .filter(|addr| is_public(addr.ip()))
                .collect();
            if public.is_empty() {
                return Err(
                    Box::new(RefusedAddress { host }) as Box<dyn std::error::Error + Send + Sync>
                );
            }
            let addrs: Addrs = Box::new(public.into_iter());
            Ok(addrs)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_public_from_internal_addresses() {
        let check = |text: &str, expected: bool| {
            let ip: IpAddr = text.parse().expect("an address");
            assert_eq!(is_public(ip), expected, "{text}");
        };
        for internal in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "255.255.255.255",
            "224.0.0.1",
            "192.0.2.1",
            "198.18.0.1",
            "240.0.0.1",
            "::1",
            "::",
            "fc00::1",
            "fd12::1",
            "fe80::1",
            "ff02::1",
            "2001:db8::1",
            "::ffff:127.0.0.1",
            "::ffff:10.0.0.1",
            "64:ff9b::a9fe:a9fe",
        ] {
            check(internal, false);
        }
        for public in [
            "1.1.1.1",
            "8.8.8.8",
            "172.32.0.1",
            "100.128.0.1",
            "2606:4700::1111",
            "::ffff:8.8.8.8",
        ] {
            check(public, true);
        }
    }

    #[tokio::test]
    async fn names_are_resolved_and_checked_before_a_proxy() {
        let url = |text: &str| Url::parse(text).expect("a URL");
        let refused = check_host(
            &url("http://localhost:8080/feed"),
            AddressPolicy::PublicOnly,
        )
        .await
        .expect_err("localhost is loopback");
        assert_eq!(refused.host, "localhost");
        assert!(check_host(
            &url("http://169.254.169.254/latest"),
            AddressPolicy::PublicOnly
        )
        .await
        .is_err());
        assert!(
            check_host(
                &url("http://no-such-host.invalid/"),
                AddressPolicy::PublicOnly
            )
            .await
            .is_err(),
            "a name that does not resolve"
        );
        assert!(
            check_host(&url("http://8.8.8.8/feed"), AddressPolicy::PublicOnly)
                .await
                .is_ok()
        );
        assert!(
            check_host(&url("http://localhost/feed"), AddressPolicy::AllowPrivate)
                .await
                .is_ok()
        );
    }

    #[test]
    fn literal_hosts_are_checked_against_the_policy() {
        let url = |text: &str| Url::parse(text).expect("a URL");
        assert!(check_literal_host(
            &url("http://127.0.0.1:8080/feed"),
            AddressPolicy::PublicOnly
        )
        .is_err());
        assert!(check_literal_host(&url("http://[::1]/feed"), AddressPolicy::PublicOnly).is_err());
        assert!(check_literal_host(
            &url("http://169.254.169.254/latest"),
            AddressPolicy::PublicOnly
        )
        .is_err());
        assert!(check_literal_host(&url("http://8.8.8.8/feed"), AddressPolicy::PublicOnly).is_ok());
        assert!(
            check_literal_host(&url("http://example.org/feed"), AddressPolicy::PublicOnly).is_ok()
        );
        assert!(
            check_literal_host(&url("http://127.0.0.1/feed"), AddressPolicy::AllowPrivate).is_ok()
        );
    }
}
