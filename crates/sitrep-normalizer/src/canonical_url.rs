//! Canonical article URLs: the same story reached through two feeds or two campaigns has
//! one URL, and so one article id.
//!
//! Lowercase scheme and host and no default port (the `url` crate does both when parsing),
//! no fragment, no tracking parameters; the remaining query parameters keep their order and
//! their exact encoding. Relative links are resolved against the feed's URL.

use url::Url;

/// Query parameter names that only say how a reader arrived (compared case-insensitively).
const TRACKING_PARAMS: &[&str] = &[
    "fbclid",
    "gclid",
    "dclid",
    "gbraid",
    "wbraid",
    "msclkid",
    "yclid",
    "igshid",
    "twclid",
    "mc_cid",
    "mc_eid",
    "_ga",
    "_gl",
    "ref",
    "ref_src",
    "ref_url",
    "referrer",
    "cmpid",
    "cmp",
    "ocid",
    "smid",
    "smtyp",
    "taid",
    "ito",
    "at_medium",
    "at_campaign",
    "at_custom1",
    "at_custom2",
    "at_custom3",
    "at_custom4",
    "ns_mchannel",
    "ns_source",
    "ns_campaign",
    "ns_linkname",
    "ns_fee",
    "sr_share",
    "soc_src",
    "soc_trk",
    "__twitter_impression",
    "xtor",
    "s_cid",
    "wt.mc_id",
    "ncid",
];

/// Query parameter name prefixes of campaign tags.
const TRACKING_PREFIXES: &[&str] = &["utm_", "hmb_", "pk_", "mtm_", "oly_", "vero_", "itm_"];

/// The canonical form of `link`, resolved against `base` when relative; `None` when the
/// link is not an absolute or resolvable `http`/`https` URL.
pub fn canonical_url(link: &str, base: Option<&str>) -> Option<Url> {
    let link = link.trim();
    if link.is_empty() {
        return None;
    }
    let mut url = match Url::parse(link) {
        Ok(url) => url,
        Err(url::ParseError::RelativeUrlWithoutBase) => {
            let base = Url::parse(base?).ok()?;
            base.join(link).ok()?
        }
        Err(_) => return None,
    };
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none_or(str::is_empty) {
        return None;
    }
    url.set_fragment(None);
    let kept_query = url.query().map(without_tracking_params);
    url.set_query(kept_query.as_deref().filter(|query| !query.is_empty()));
    Some(url)
}

/// `query` without its tracking parameters, the others kept as they were written.
fn without_tracking_params(query: &str) -> String {
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .filter(|pair| {
            let raw_name = pair.split('=').next().unwrap_or_default();
            let name = percent_decoded_lowercase(raw_name);
            !TRACKING_PARAMS.contains(&name.as_str())
                && !TRACKING_PREFIXES
                    .iter()
                    .any(|prefix| name.starts_with(prefix))
        })
        .collect::<Vec<_>>()
        .join("&")
}

fn percent_decoded_lowercase(raw: &str) -> String {
    url::form_urlencoded::parse(raw.as_bytes())
        .next()
        .map(|(name, _)| name.to_lowercase())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(link: &str, base: Option<&str>, expected: Option<&str>) {
        let found = canonical_url(link, base).map(String::from);
        assert_eq!(found.as_deref(), expected, "link: {link:?}");
    }

    #[test]
    fn canonicalizes() {
        check(
            "HTTPS://WWW.Example.COM:443/Story?id=7#top",
            None,
            Some("https://www.example.com/Story?id=7"),
        );
        check(
            "http://example.com:80/a",
            None,
            Some("http://example.com/a"),
        );
        check(
            "http://example.com:8080/a",
            None,
            Some("http://example.com:8080/a"),
        );
        check(
            "https://example.com/a?utm_source=rss&id=1&fbclid=x&UTM_Medium=y&b=%20c&gclid=1&mc_cid=2&mc_eid=3&ref=rss&cmpid=7",
            None,
            Some("https://example.com/a?id=1&b=%20c"),
        );
        check(
            "https://example.com/a?utm_source=rss",
            None,
            Some("https://example.com/a"),
        );
        check(
            "https://example.com/a?",
            None,
            Some("https://example.com/a"),
        );
        check(
            "  https://example.com/a  ",
            None,
            Some("https://example.com/a"),
        );
    }

    #[test]
    fn resolves_relative_links() {
        check(
            "/world/story.html",
            Some("https://news.example.org/rss/world.xml"),
            Some("https://news.example.org/world/story.html"),
        );
        check(
            "story.html",
            Some("https://news.example.org/rss/world.xml"),
            Some("https://news.example.org/rss/story.html"),
        );
        check(
            "//cdn.example.org/s",
            Some("https://news.example.org/rss"),
            Some("https://cdn.example.org/s"),
        );
        check("/world/story.html", None, None);
        check("/world/story.html", Some("file:///srv/feeds/a.xml"), None);
    }

    #[test]
    fn refuses_unusable_links() {
        check("", None, None);
        check("javascript:alert(1)", None, None);
        check("mailto:desk@example.com", None, None);
        check("http://", None, None);
        check("http://exa mple.com/", None, None);
    }
}
