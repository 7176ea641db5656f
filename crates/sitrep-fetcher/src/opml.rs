//! OPML, the subscription list every feed reader exports: the feeds it names (outlines
//! with an `xmlUrl`), each with its title and the folders it sits in as tags.
//!
//! Read with quick-xml, which resolves no external entities and reads no DTD.

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use quick_xml::XmlVersion;

/// One feed of an OPML file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpmlFeed {
    /// The feed's address (`xmlUrl`).
    pub url: String,
    /// `title`, else `text`.
    pub name: Option<String>,
    /// The titles of the folders (outlines without `xmlUrl`) it is nested in.
    pub tags: Vec<String>,
}

/// Why an OPML document could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OpmlError {
    /// The bytes are not UTF-8 (the decoder's message).
    #[error("not UTF-8 text: {0}")]
    NotUtf8(String),
    /// The XML is not well formed.
    #[error("not well-formed XML at byte {position}: {message}")]
    Xml {
        /// The byte offset where reading stopped.
        position: u64,
        /// The XML reader's message.
        message: String,
    },
    /// Well-formed XML without an `<opml>` element.
    #[error("no <opml> element: not an OPML document")]
    NotOpml,
}

/// The feeds of an OPML document, in document order, without repeats of one URL.
pub fn parse_opml(bytes: &[u8]) -> Result<Vec<OpmlFeed>, OpmlError> {
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
        .map_err(|error| OpmlError::NotUtf8(error.to_string()))?;
    let mut reader = Reader::from_str(text);
    reader.config_mut().trim_text(true);
    let mut feeds: Vec<OpmlFeed> = Vec::new();
    // The folder titles of the open outlines (None for an open outline that is a feed).
    let mut folders: Vec<Option<String>> = Vec::new();
    let mut seen_opml = false;
    loop {
        let event = reader.read_event().map_err(|error| OpmlError::Xml {
            position: reader.error_position(),
            message: error.to_string(),
        })?;
        match event {
            Event::Start(element) | Event::Empty(element)
                if element.local_name().as_ref() == b"opml" =>
            {
                seen_opml = true;
            }
            Event::Start(element) if element.local_name().as_ref() == b"outline" => {
                let outline = read_outline(&reader, &element)?;
                folders.push(match outline.url {
                    Some(_) => None,
                    None => outline.name.clone(),
                });
                push_feed(&mut feeds, outline, &folders[..folders.len() - 1]);
            }
            Event::Empty(element) if element.local_name().as_ref() == b"outline" => {
                let outline = read_outline(&reader, &element)?;
                push_feed(&mut feeds, outline, &folders);
            }
            Event::End(element) if element.local_name().as_ref() == b"outline" => {
                folders.pop();
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !seen_opml {
        return Err(OpmlError::NotOpml);
    }
    Ok(feeds)
}

struct Outline {
    url: Option<String>,
    name: Option<String>,
}

fn read_outline(reader: &Reader<&[u8]>, element: &BytesStart<'_>) -> Result<Outline, OpmlError> {
    let mut url = None;
    let mut title = None;
    let mut text = None;
    for attribute in element.attributes() {
        let attribute = attribute.map_err(|error| OpmlError::Xml {
            position: reader.buffer_position(),
            message: error.to_string(),
        })?;
        let value = attribute
            .decoded_and_normalized_value(XmlVersion::Implicit1_0, reader.decoder())
            .map_err(|error| OpmlError::Xml {
                position: reader.buffer_position(),
                message: error.to_string(),
            })?
            .trim()
            .to_owned();
        if value.is_empty() {
            continue;
        }
        // Attribute names are case-insensitive in practice (`xmlurl` is seen in the wild).
        match attribute
            .key
            .local_name()
            .as_ref()
            .to_ascii_lowercase()
            .as_slice()
        {
            b"xmlurl" => url = Some(value),
            b"title" => title = Some(value),
            b"text" => text = Some(value),
            _ => {}
        }
    }
    Ok(Outline {
        url,
        name: title.or(text),
    })
}

fn push_feed(feeds: &mut Vec<OpmlFeed>, outline: Outline, folders: &[Option<String>]) {
    let Some(url) = outline.url else {
        return;
    };
    if feeds.iter().any(|feed| feed.url == url) {
        return;
    }
    feeds.push(OpmlFeed {
        url,
        name: outline.name,
        tags: folders.iter().flatten().cloned().collect(),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(opml: &str, expected: &[(&str, Option<&str>, &[&str])]) {
        let feeds = parse_opml(opml.as_bytes()).expect("valid OPML");
        let got: Vec<(&str, Option<&str>, Vec<&str>)> = feeds
            .iter()
            .map(|f| {
                (
                    f.url.as_str(),
                    f.name.as_deref(),
                    f.tags.iter().map(String::as_str).collect(),
                )
            })
            .collect();
        let expected: Vec<(&str, Option<&str>, Vec<&str>)> = expected
            .iter()
            .map(|(url, name, tags)| (*url, *name, tags.to_vec()))
            .collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn reads_feeds_with_their_folders_as_tags() {
        check(
            r#"<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>Subscriptions</title></head>
  <body>
    <outline text="World" title="World">
      <outline type="rss" text="BBC World" title="BBC News - World" xmlUrl="https://feeds.bbci.co.uk/news/world/rss.xml" htmlUrl="https://www.bbc.co.uk/news"/>
      <outline text="Defence">
        <outline type="rss" text="Defense &amp; Security" xmlUrl="https://example.org/defence.xml?a=1&amp;b=2"/>
      </outline>
    </outline>
    <outline type="rss" text="UN News" xmlUrl="https://news.un.org/feed/subscribe/en/news/all/rss.xml"></outline>
    <outline type="rss" text="Again" xmlUrl="https://feeds.bbci.co.uk/news/world/rss.xml"/>
    <outline text="No URL"/>
  </body>
</opml>"#,
            &[
                (
                    "https://feeds.bbci.co.uk/news/world/rss.xml",
                    Some("BBC News - World"),
                    &["World"],
                ),
                (
                    "https://example.org/defence.xml?a=1&b=2",
                    Some("Defense & Security"),
                    &["World", "Defence"],
                ),
                (
                    "https://news.un.org/feed/subscribe/en/news/all/rss.xml",
                    Some("UN News"),
                    &[],
                ),
            ],
        );
    }

    #[test]
    fn refuses_what_is_not_opml() {
        assert_eq!(
            parse_opml(b"<rss><channel/></rss>"),
            Err(OpmlError::NotOpml)
        );
        assert!(matches!(
            parse_opml(b"<opml><body><outline></body></opml>"),
            Err(OpmlError::Xml { .. })
        ));
        assert!(matches!(
            parse_opml(b"\xff\xfe<opml/>"),
            Err(OpmlError::NotUtf8(_))
        ));
        // An external entity is never fetched nor expanded.
        let with_entity = br#"<?xml version="1.0"?>
<!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<opml><body><outline text="&x;" xmlUrl="https://example.org/a.xml"/></body></opml>"#;
        assert!(parse_opml(with_entity).is_err());
    }
}
