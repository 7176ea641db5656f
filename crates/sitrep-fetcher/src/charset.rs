//! Transcoding a fetched document to UTF-8 before feed-rs reads it, by evidence.
//!
//! feed-rs reads only the document (BOM, XML declaration); the HTTP `Content-Type` charset
//! would be lost. So the fetcher decodes first. A BOM decides. Otherwise bytes that are
//! valid UTF-8 are read as UTF-8 whatever a label says: valid multi-byte UTF-8 is next to
//! impossible in single-byte text, while a server or a template that says ISO-8859-1 over
//! UTF-8 is common (and would make mojibake of every accent). Bytes that are not valid
//! UTF-8 are read in the first charset a label (HTTP, then the XML declaration) names that
//! decodes them; with no such label, as UTF-8 where they are valid and windows-1252 where
//! they are not, byte by byte, as python's feedparser does (a stray windows-1252 byte in
//! a UTF-8 feed, or a Latin-1 feed that says nothing of its charset). The XML declaration
//! is rewritten to say UTF-8 so the parser does not decode a second time.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};

use crate::repair::{RepairKind, Repairs};

/// The document as UTF-8, with its XML declaration (if any) saying so; what it took is
/// noted in `repairs`.
pub(crate) fn to_utf8<'a>(
    bytes: &'a [u8],
    http_charset: Option<&str>,
    repairs: &mut Repairs,
) -> Cow<'a, [u8]> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _had_errors) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        return Cow::Owned(declare_utf8(&text).into_bytes());
    }
    let declared = xml_declared_encoding(bytes);
    let labels: Vec<&'static Encoding> = [http_charset, declared.as_deref()]
        .into_iter()
        .flatten()
        .filter_map(|label| Encoding::for_label(label.trim().as_bytes()))
        // UTF-16 without a BOM is a mislabel: ASCII bytes would "decode" to CJK garbage.
        .filter(|encoding| *encoding != UTF_16LE && *encoding != UTF_16BE)
        .collect();
    if let Ok(text) = std::str::from_utf8(bytes) {
        let says_other = labels.first().is_some_and(|label| *label != UTF_8);
        if says_other && !text.is_ascii() {
            repairs.note(RepairKind::CharsetLabel);
        }
        if declared.is_none() {
            return Cow::Borrowed(bytes);
        }
        return Cow::Owned(declare_utf8(text).into_bytes());
    }
    for encoding in labels.iter().filter(|encoding| **encoding != UTF_8) {
        if let Some(text) = encoding.decode_without_bom_handling_and_without_replacement(bytes) {
            return Cow::Owned(declare_utf8(&text).into_bytes());
        }
    }
    let (text, num_stray, has_multibyte) = utf8_or_windows_1252(bytes);
    if has_multibyte {
        repairs.note_many(RepairKind::StrayBytes, num_stray);
    } else {
        repairs.note(RepairKind::UndeclaredCharset);
    }
    Cow::Owned(declare_utf8(&text).into_bytes())
}

/// `bytes` read as UTF-8 where they are valid and as windows-1252 where they are not,
/// with how many bytes were not, and whether any valid multi-byte sequence was read.
fn utf8_or_windows_1252(bytes: &[u8]) -> (String, usize, bool) {
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 8);
    let mut num_stray = 0;
    let mut has_multibyte = false;
    for chunk in bytes.utf8_chunks() {
        let valid = chunk.valid();
        has_multibyte |= !valid.is_ascii();
        text.push_str(valid);
        let invalid = chunk.invalid();
        if !invalid.is_empty() {
            num_stray += invalid.len();
            let (decoded, _had_errors) = WINDOWS_1252.decode_without_bom_handling(invalid);
            text.push_str(&decoded);
        }
    }
    (text, num_stray, has_multibyte)
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

    fn check(bytes: &[u8], http_charset: Option<&str>, expected: &str, kinds: &[RepairKind]) {
        let mut repairs = Repairs::default();
        let found = to_utf8(bytes, http_charset, &mut repairs);
        let found = String::from_utf8(found.into_owned()).expect("the output is UTF-8");
        assert_eq!(found, expected);
        let found_kinds: Vec<_> = repairs.counts().map(|(kind, _)| kind).collect();
        assert_eq!(found_kinds, kinds, "{expected}");
    }

    #[test]
    fn decodes_from_header_bom_or_declaration() {
        check(b"<rss>caf\xc3\xa9</rss>", None, "<rss>caf\u{e9}</rss>", &[]);
        check(
            b"<rss>caf\xe9</rss>",
            Some("ISO-8859-1"),
            "<rss>caf\u{e9}</rss>",
            &[],
        );
        check(
            b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss>caf\xe9</rss>",
            None,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss>caf\u{e9}</rss>",
            &[],
        );
        check(
            b"<?xml version='1.0' encoding='windows-1251'?><rss>\xcf\xf0\xe8</rss>",
            Some("utf-8"),
            "<?xml version='1.0' encoding='UTF-8'?><rss>\u{41f}\u{440}\u{438}</rss>",
            &[],
        );
        check(
            b"\xef\xbb\xbf<rss>x</rss>",
            Some("ISO-8859-1"),
            "<rss>x</rss>",
            &[],
        );
        check(b"\xff\xfe<\x00r\x00>\x00", None, "<r>", &[]);
    }

    #[test]
    fn valid_multibyte_utf8_wins_over_a_single_byte_label() {
        check(
            b"<rss>caf\xc3\xa9 \xe2\x80\x94</rss>",
            Some("ISO-8859-1"),
            "<rss>caf\u{e9} \u{2014}</rss>",
            &[RepairKind::CharsetLabel],
        );
        check(
            b"<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss>Z\xc3\xbcrich</rss>",
            None,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss>Z\u{fc}rich</rss>",
            &[RepairKind::CharsetLabel],
        );
        // ASCII reads the same in either: nothing to repair.
        check(
            b"<rss>plain</rss>",
            Some("ISO-8859-1"),
            "<rss>plain</rss>",
            &[],
        );
    }

    #[test]
    fn bytes_invalid_in_utf8_are_read_as_windows_1252() {
        check(
            b"<rss>caf\xc3\xa9 and a \x93quote\x94</rss>",
            None,
            "<rss>caf\u{e9} and a \u{201c}quote\u{201d}</rss>",
            &[RepairKind::StrayBytes],
        );
        check(
            b"<rss>caf\xe9</rss>",
            None,
            "<rss>caf\u{e9}</rss>",
            &[RepairKind::UndeclaredCharset],
        );
        check(
            b"<rss>caf\xe9</rss>",
            Some("x-made-up"),
            "<rss>caf\u{e9}</rss>",
            &[RepairKind::UndeclaredCharset],
        );
    }
}
