//! Leading datelines of wire copy ("MOGADISHU, March 7 (SW) - ", "KYIV (Reuters) -"):
//! the place the story was filed from is a fallback for the event's place, and the
//! dateline is cut from the text so that its date is never read as the event's date.

use regex::Regex;

/// A dateline found at the start of a body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeadingDateline<'a> {
    /// The place in capitals ("LASHKAR GAH").
    pub place: &'a str,
    /// The region or country written after it, if any ("Afghanistan").
    pub region: Option<&'a str>,
    /// Byte length of the dateline, separator included.
    pub len: usize,
}

pub struct DatelineReader {
    pattern: Regex,
}

impl DatelineReader {
    pub fn new() -> Result<Self, regex::Error> {
        let pattern = Regex::new(
            r"^\s*([A-Z][A-Z'’.\- ]{1,40}?[A-Z.])(?:,\s*([A-Z][A-Za-z .'’]{2,40}?))??(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^)]{1,40}\))?\s*(?:-{1,2}|–|—)\s+",
        )?;
        Ok(Self { pattern })
    }

    pub fn find<'a>(&self, body: &'a str) -> Option<LeadingDateline<'a>> {
        let caps = self.pattern.captures(body)?;
        let whole = caps.get(0)?;
        let place = caps.get(1)?.as_str().trim();
        Some(LeadingDateline {
            place,
            region: caps.get(2).map(|m| m.as_str().trim()),
            len: whole.end(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(body: &str, expected: Option<(&str, Option<&str>, &str)>) {
        let reader = DatelineReader::new().expect("regex");
        let found = reader
            .find(body)
            .map(|d| (d.place, d.region, &body[d.len..]));
        assert_eq!(found, expected, "in {body:?}");
    }

    #[test]
    fn finds_leading_datelines() {
        check(
            "MOGADISHU, March 7 (SW) - A suicide bomber",
            Some(("MOGADISHU", None, "A suicide bomber")),
        );
        check(
            "KYIV (Reuters) - Shelling",
            Some(("KYIV", None, "Shelling")),
        );
        check(
            "LASHKAR GAH, Afghanistan, March 10 (SW) - A roadside bomb",
            Some(("LASHKAR GAH", Some("Afghanistan"), "A roadside bomb")),
        );
        check("The US carried out airstrikes - on Thursday", None);
        check("US strikes Iranian-backed militia sites in Iraq", None);
    }
}
