//! Character references (`&amp;`, `&#8217;`, `&#x2014;`) as the HTML standard reads them
//! in text: the longest named reference that starts there (also the legacy ones written
//! without a semicolon, `&copy2020` is `©2020`), numbers with the standard's
//! replacements (0, surrogates and numbers past Unicode become U+FFFD; 0x80-0x9F are
//! read as windows-1252), and a bare `&` that starts no reference stays as it is.
//!
//! The names and code points are the standard's own table, as html5ever ships it
//! (`web_atoms`), where every prefix of a name is a key too: a lookup per character finds
//! the longest match, at most 32 lookups for one `&`.

use std::borrow::Cow;

use web_atoms::{C1_REPLACEMENTS, NAMED_ENTITIES};

/// The longest name in the table, with its semicolon.
const MAX_NAME_BYTES: usize = 33;

/// `text` with its character references decoded; borrowed when it has none.
pub(super) fn decode(text: &str) -> Cow<'_, str> {
    if !text.contains('&') {
        return Cow::Borrowed(text);
    }
    let mut decoded = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        decoded.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let used = reference(after, &mut decoded);
        if used == 0 {
            decoded.push('&');
        }
        rest = &after[used..];
    }
    decoded.push_str(rest);
    Cow::Owned(decoded)
}

/// Decodes the reference `after` starts with (the text after an `&`) into `out`, and
/// returns how many bytes of `after` it used; 0 when it starts none.
fn reference(after: &str, out: &mut String) -> usize {
    match after.as_bytes().first() {
        Some(b'#') => numeric(after, out),
        Some(byte) if byte.is_ascii_alphanumeric() => named(after, out),
        _ => 0,
    }
}

fn named(after: &str, out: &mut String) -> usize {
    let bytes = after.as_bytes();
    let mut best: Option<(usize, (u32, u32))> = None;
    for end in 1..=bytes.len().min(MAX_NAME_BYTES) {
        let last = bytes[end - 1];
        if !(last.is_ascii_alphanumeric() || last == b';') {
            break;
        }
        match NAMED_ENTITIES.get(&after[..end]) {
            None => break,
            // Only a prefix of longer names.
            Some(&(0, 0)) => {}
            Some(&code_points) => best = Some((end, code_points)),
        }
        if last == b';' {
            break;
        }
    }
    let Some((used, (first, second))) = best else {
        return 0;
    };
    for code_point in [first, second] {
        if let Some(c) = char::from_u32(code_point).filter(|_| code_point != 0) {
            out.push(c);
        }
    }
    used
}

fn numeric(after: &str, out: &mut String) -> usize {
    let bytes = after.as_bytes();
    let (radix, digits_start) = match bytes.get(1) {
        Some(b'x' | b'X') => (16, 2),
        _ => (10, 1),
    };
    let num_digits = bytes[digits_start..]
        .iter()
        .take_while(|byte| (**byte as char).is_digit(radix))
        .count();
    if num_digits == 0 {
        return 0;
    }
    let digits = &after[digits_start..digits_start + num_digits];
    // Past Unicode either way: saturate rather than overflow.
    let value = digits.chars().fold(0u32, |value, digit| {
        let digit = digit.to_digit(radix).unwrap_or(0);
        value.saturating_mul(radix).saturating_add(digit)
    });
    let mut used = digits_start + num_digits;
    if bytes.get(used) == Some(&b';') {
        used += 1;
    }
    out.push(code_point(value));
    used
}

/// The character a numeric reference stands for, with the standard's replacements.
fn code_point(value: u32) -> char {
    match value {
        0 => '\u{fffd}',
        0x80..=0x9f => C1_REPLACEMENTS[(value - 0x80) as usize]
            .or_else(|| char::from_u32(value))
            .unwrap_or('\u{fffd}'),
        _ => char::from_u32(value).unwrap_or('\u{fffd}'),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &str) {
        assert_eq!(decode(input), expected, "{input:?}");
    }

    #[test]
    fn decodes_what_the_standard_decodes() {
        check("Fish &amp; chips", "Fish & chips");
        check("&lt;p&gt;", "<p>");
        check("&eacute;&Eacute;&nbsp;", "\u{e9}\u{c9}\u{a0}");
        check("&#8217;&#x2014;&#X2014;", "\u{2019}\u{2014}\u{2014}");
        check("&#39s", "'s");
        check("&copy2020 &notit; &not", "\u{a9}2020 \u{ac}it; \u{ac}");
        check("&NotEqualTilde;", "\u{2242}\u{338}");
        check(
            "&#0;&#xD800;&#x110000;&#99999999999;",
            "\u{fffd}\u{fffd}\u{fffd}\u{fffd}",
        );
        check("&#x80;&#150;&#x81;", "\u{20ac}\u{2013}\u{81}");
    }

    #[test]
    fn leaves_what_starts_no_reference() {
        check("AT&T & co", "AT&T & co");
        check("&bogus; &; &#; &#x; &", "&bogus; &; &#; &#x; &");
        check("a && b &&& c", "a && b &&& c");
        check("&amp", "&");
        check("caf\u{e9} &eacute", "caf\u{e9} \u{e9}");
        check("no reference", "no reference");
    }
}
