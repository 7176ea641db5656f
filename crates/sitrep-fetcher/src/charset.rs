//! Transcoding a fetched document to UTF-8 before feed-rs reads it.
//!
//! feed-rs reads only the document (BOM, XML declaration); the HTTP `Content-Type` charset
//! would be lost. So the fetcher decodes first, trying in order the BOM, the HTTP charset,
//! the XML declaration and UTF-8, and takes the first that decodes without error (a wrong
//! header is common; a declaration that matches the bytes then wins). The XML declaration
//! is rewritten to say UTF-8 so the parser does not decode a second time.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};

/// Why a document could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CharsetError {
    pub message: String,
}

/// The document as UTF-8, with its XML declaration (if any) saying so.
pub fn to_utf8<'a>(
    bytes: &'a [u8],
    http_charset: Option<&str>,
) -> Result<Cow<'a, [u8]>, CharsetError> {
    let mut candidates: Vec<&'static Encoding> = Vec::new();
    let mut unknown_labels: Vec<String> = Vec::new();
    let (bom_encoding, bom_len) = match Encoding::for_bom(bytes) {
        Some((encoding, len)) => (Some(encoding), len),
        None => (None, 0),
    };
    candidates.extend(bom_encoding);
    let declared = xml_declared_encoding(bytes);
    for label in [http_charset, declared.as_deref()].into_iter().flatten() {
        match Encoding::for_label(label.trim().as_bytes()) {
            Some(encoding) => candidates.push(encoding),
            None => unknown_labels.push(label.to_owned()),
        }
    }
    candidates.push(UTF_8);

    let body = &bytes[bom_len..];
    for encoding in candidates {
        // UTF-16 without a BOM is a mislabel: ASCII bytes would "decode" to CJK garbage.
        if (encoding == UTF_16LE || encoding == UTF_16BE) && bom_encoding != Some(encoding) {
            continue;
        }
        if let Some(text) = encoding.decode_without_bom_handling_and_without_replacement(body) {
            if encoding == UTF_8 && bom_len == 0 && declared.is_none() {
                return Ok(Cow::Borrowed(bytes));
            }
            return Ok(Cow::Owned(declare_utf8(&text).into_bytes()));
        }
    }
    let mut message =
        String::from("bytes are not valid in any charset the document or the server names");
    if !unknown_labels.is_empty() {
        message = format!(
            "unknown charset {:?} and bytes are not valid UTF-8",
            unknown_labels.join(", ")
        );
    } else if let Some(offset) = std::str::from_utf8(body)
        .err()
        .map(|error| error.valid_up_to())
    {
        message.push_str(&format!(" (first bad byte at offset {})", offset + bom_len));
    }
    Err(CharsetError { message })
}

/// The `encoding` of an XML declaration at the start of the document.
fn xml_declared_encoding(bytes: &[u8]) -> Option<String> {
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace())?;
    let head = &bytes[start..bytes.len().min(start + 256)];
    if !head.starts_with(b"<?xml") {
        return None;
    }
    let end = head.windows(2).position(|pair| pair == b"?>")?;
    let declaration = std::str::from_utf8(&head[..end]).ok()?;
    let after = &declaration[declaration.find("encoding")? + "encoding".len()..];
    let after = after.trim_start().strip_prefix('=')?.trim_start();
    let quote = after.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let value = &after[1..];
    Some(value[..value.find(quote)?].to_owned())
}

/// `text` with the `encoding` of its XML declaration replaced by `UTF-8`.
fn declare_utf8(text: &str) -> String {
    let trimmed = text.trim_start();
    let Some(end) = trimmed
        .starts_with("<?xml")
        .then(|| trimmed.find("?>"))
        .flatten()
    else {
        return text.to_owned();
    };
    let declaration = &trimmed[..end];
    let Some(at) = declaration.find("encoding") else {
        return text.to_owned();
    };
    let after = &declaration[at + "encoding".len()..];
    let Some(value_start) = after.find(['"', '\'']) else {
        return text.to_owned();
    };
    let quote = &after[value_start..=value_start];
    let Some(value_len) = after[value_start + 1..].find(quote) else {
        return text.to_owned();
    };
    let offset = text.len() - trimmed.len();
    let value_begin = offset + at + "encoding".len() + value_start + 1;
    let value_end = value_begin + value_len;
    format!("{}UTF-8{}", &text[..value_begin], &text[value_end..])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(bytes: &[u8], http_charset: Option<&str>, expected: Result<&str, &str>) {
        let found = to_utf8(bytes, http_charset)
            .map(|utf8| String::from_utf8(utf8.into_owned()).expect("the output is UTF-8"))
            .map_err(|error| error.message);
        match expected {
            Ok(text) => assert_eq!(found.as_deref(), Ok(text)),
            Err(part) => assert!(
                found.as_ref().is_err_and(|message| message.contains(part)),
                "{found:?}"
            ),
        }
    }

    #[test]
    fn decodes_from_header_bom_or_declaration() {
        check(b"<rss>caf\xc3\xa9</rss>", None, Ok("<rss>caf\u{e9}</rss>"));
        check(
            b"<rss>caf\xe9</rss>",
            Some("ISO-8859-1"),
            Ok("<rss>caf\u{e9}</rss>"),
        );
        check(
            b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss>caf\xe9</rss>",
            None,
            Ok("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss>caf\u{e9}</rss>"),
        );
        check(
            b"<?xml version='1.0' encoding='windows-1251'?><rss>\xcf\xf0\xe8</rss>",
            Some("utf-8"),
            Ok("<?xml version='1.0' encoding='UTF-8'?><rss>\u{41f}\u{440}\u{438}</rss>"),
        );
        check(
            b"\xef\xbb\xbf<rss>x</rss>",
            Some("ISO-8859-1"),
            Ok("<rss>x</rss>"),
        );
        check(b"\xff\xfe<\x00r\x00>\x00", None, Ok("<r>"));
    }

    #[test]
    fn refuses_undecodable_bytes() {
        check(
            b"<rss>caf\xe9</rss>",
            None,
            Err("first bad byte at offset 8"),
        );
        check(
            b"<rss>caf\xe9</rss>",
            Some("x-made-up"),
            Err("unknown charset"),
        );
    }
}
