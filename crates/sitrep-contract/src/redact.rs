//! What sitrep never prints: the one place that decides which names hold secrets and
//! masks them in URLs and in text that quotes URLs.
//!
//! A feed URL may carry credentials (`https://user:pass@host/`, `?api_key=...`); every log
//! line, command output, dead letter and raw item shows it through [`mask_url`] (or
//! [`mask_urls_in`] for a message that quotes one), and `config check` masks the
//! settings [`is_secret_name`] picks out. The functions work on text, so a URL that does
//! not parse is masked all the same.

use std::fmt;

/// What a secret is replaced by.
pub const MASK: &str = "***";

/// Words of a name that mark its value as a secret (`api_key`, `sasl.password`,
/// `ssl.key.pem`, `X-Amz-Signature`).
const SECRET_WORDS: [&str; 17] = [
    "key",
    "token",
    "secret",
    "password",
    "passwd",
    "pwd",
    "pass",
    "sig",
    "signature",
    "credential",
    "credentials",
    "auth",
    "authorization",
    "session",
    "sessionid",
    "jwt",
    "jaas",
];

/// Endings of a word that mark a secret too (`apikey`, `accesstoken`, `clientsecret`).
const SECRET_ENDINGS: [&str; 4] = ["key", "token", "secret", "password"];

/// Whether a setting, header or query parameter named `name` holds a secret: one of its
/// words (split at anything not a letter or digit, case ignored) is a secret word or ends
/// like one, or it is librdkafka's `sasl.oauthbearer.config`.
pub fn is_secret_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    if lower.contains("oauthbearer.config") {
        return true;
    }
    lower
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .any(|word| {
            SECRET_WORDS.contains(&word) || SECRET_ENDINGS.iter().any(|end| word.ends_with(end))
        })
}

/// `url` with its user information and the values of secret-named query and fragment
/// parameters replaced by `***`: `https://***@wire.example/feed?api_key=***&lang=en`.
/// Everything else is kept as written.
pub fn mask_url(url: &str) -> String {
    let Some(scheme_end) = url.find("://") else {
        return url.to_owned();
    };
    let authority_start = scheme_end + 3;
    let rest = &url[authority_start..];
    let authority_len = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..authority_len];
    let mut masked = String::with_capacity(url.len());
    masked.push_str(&url[..authority_start]);
    match authority.rfind('@') {
        Some(at) => {
            masked.push_str(MASK);
            masked.push_str(&authority[at..]);
        }
        None => masked.push_str(authority),
    }
    let after = &rest[authority_len..];
    let (before_fragment, fragment) = match after.find('#') {
        Some(hash) => (&after[..hash], Some(&after[hash + 1..])),
        None => (after, None),
    };
    match before_fragment.find('?') {
        Some(question) => {
            masked.push_str(&before_fragment[..=question]);
            masked.push_str(&mask_params(&before_fragment[question + 1..]));
        }
        None => masked.push_str(before_fragment),
    }
    if let Some(fragment) = fragment {
        masked.push('#');
        masked.push_str(&mask_params(fragment));
    }
    masked
}

/// `name=value` pairs joined by `&` with the values of secret names masked.
fn mask_params(params: &str) -> String {
    params
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((name, value)) if !value.is_empty() && is_secret_name(&decode_name(name)) => {
                format!("{name}={MASK}")
            }
            _ => pair.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// A parameter name with `+` and `%XX` escapes decoded, enough to tell its words.
fn decode_name(name: &str) -> String {
    let bytes = name.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        match bytes[index] {
            b'%' if index + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[index + 1..index + 3]).unwrap_or("");
                match u8::from_str_radix(hex, 16) {
                    Ok(byte) => {
                        decoded.push(byte);
                        index += 3;
                    }
                    Err(_) => {
                        decoded.push(b'%');
                        index += 1;
                    }
                }
            }
            b'+' => {
                decoded.push(b' ');
                index += 1;
            }
            byte => {
                decoded.push(byte);
                index += 1;
            }
        }
    }
    String::from_utf8_lossy(&decoded).into_owned()
}

/// `text` with every URL in it (`scheme://` up to white space or a quote or bracket)
/// masked by [`mask_url`]: for error messages that quote the URL they failed on.
pub fn mask_urls_in(text: &str) -> String {
    if !text.contains("://") {
        return text.to_owned();
    }
    let mut masked = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(found) = rest.find("://") {
        let scheme_start = rest[..found]
            .rfind(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
            .map_or(0, |index| index + 1);
        let tail = &rest[found..];
        let url_end = found
            + tail
                .find(|c: char| {
                    c.is_whitespace()
                        || matches!(
                            c,
                            '"' | '\'' | '<' | '>' | '(' | ')' | '[' | ']' | '{' | '}' | '`'
                        )
                })
                .unwrap_or(tail.len());
        masked.push_str(&rest[..scheme_start]);
        masked.push_str(&mask_url(&rest[scheme_start..url_end]));
        rest = &rest[url_end..];
    }
    masked.push_str(rest);
    masked
}

/// A value that must never be printed: SASL passwords, key passphrases, feed credentials.
/// Debug and Display print `***`; only [`Secret::expose`] gives the value, at the one
/// place it is handed to the client library.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(MASK)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_never_printed() {
        let secret = Secret::new("hunter2");
        assert_eq!(
            format!("{secret} {secret:?} {:?}", vec![secret.clone()]),
            "*** Secret(***) [Secret(***)]"
        );
        assert_eq!(secret.expose(), "hunter2");
    }

    fn check(input: &str, expected: &str) {
        assert_eq!(mask_url(input), expected, "{input}");
    }

    #[test]
    fn masks_user_information_and_secret_parameters() {
        check("https://wire.example/feed", "https://wire.example/feed");
        check(
            "https://user:hunter2@wire.example:8443/feed",
            "https://***@wire.example:8443/feed",
        );
        check("https://tok3n@wire.example/", "https://***@wire.example/");
        check(
            "https://wire.example/feed?api_key=abc&lang=en&token=t&Signature=s",
            "https://wire.example/feed?api_key=***&lang=en&token=***&Signature=***",
        );
        check(
            "https://wire.example/f?apikey=1&access_token=2&secret=3&password=4&sig=5&key=6",
            "https://wire.example/f?apikey=***&access_token=***&secret=***&password=***&sig=***&key=***",
        );
        check(
            "https://s3.example/b?X-Amz-Credential=c&X-Amz-Signature=s&X-Amz-Date=d",
            "https://s3.example/b?X-Amz-Credential=***&X-Amz-Signature=***&X-Amz-Date=d",
        );
        check(
            "https://wire.example/f?api%5Fkey=1&page=2#access_token=x&y=1",
            "https://wire.example/f?api%5Fkey=***&page=2#access_token=***&y=1",
        );
        check(
            "https://wire.example/p@th?q=1",
            "https://wire.example/p@th?q=1",
        );
        check("not a url", "not a url");
        check("file:///srv/feeds/a.xml", "file:///srv/feeds/a.xml");
    }

    #[test]
    fn masks_urls_quoted_in_text() {
        assert_eq!(
            mask_urls_in(
                "error sending request for url (http://u:p@wire.example/f?api_key=k): refused"
            ),
            "error sending request for url (http://***@wire.example/f?api_key=***): refused"
        );
        assert_eq!(
            mask_urls_in("feed https://a.example/?token=1 and \"https://b.example/?key=2\""),
            "feed https://a.example/?token=*** and \"https://b.example/?key=***\""
        );
        assert_eq!(mask_urls_in("no url here"), "no url here");
    }

    #[test]
    fn tells_secret_names() {
        for secret in [
            "ssl.key.pem",
            "ssl.key.password",
            "sasl.password",
            "sasl.oauthbearer.config",
            "sasl.oauthbearer.client.secret",
            "api_key",
            "apiKey",
            "access_token",
            "Authorization",
            "X-Api-Key",
            "sasl.jaas.config",
        ] {
            assert!(is_secret_name(secret), "{secret}");
        }
        for public in [
            "message.max.bytes",
            "ssl.ca.location",
            "ssl.certificate.pem",
            "lang",
            "page",
            "format",
            "compression.type",
        ] {
            assert!(!is_secret_name(public), "{public}");
        }
    }
}
