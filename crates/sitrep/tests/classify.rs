//! `sitrep classify` on local files, run as the real binary: a JSON Feed is read as one
//! whatever its `version` says, relative links are resolved against the document's own
//! link or `xml:base`, and an entry with no text is skipped with a warning naming it.

use std::path::Path;
use std::process::{Command, Output};

fn classify(dir: &Path, name: &str, contents: &str) -> Output {
    let path = dir.join(name);
    std::fs::write(&path, contents).expect("write the input");
    Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .args(["classify", "--all"])
        .arg(&path)
        .output()
        .expect("run sitrep")
}

/// The article URLs of `classify --all` output (events and verdicts alike).
fn article_urls(output: &Output) -> Vec<String> {
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter_map(|value| value["article"]["url"].as_str().map(str::to_owned))
        .collect()
}

const TEXT: &str = "The city council approved a new budget for parks and libraries on Tuesday.";

#[test]
fn a_json_feed_without_its_version_is_read_as_a_json_feed() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, head) in [
        ("no-version.json", "\"title\": \"Wire\","),
        ("no-title.json", ""),
        (
            "other-version.json",
            "\"version\": \"1\", \"title\": \"Wire\",",
        ),
    ] {
        let feed = format!(
            "{{{head} \"home_page_url\": \"https://wire.example/\", \"items\": [\
             {{\"id\": \"1\", \"url\": \"https://wire.example/a\", \"title\": \"Budget\", \
             \"content_text\": \"{TEXT}\"}},\
             {{\"id\": \"2\", \"url\": \"/b\", \"content_text\": \"{TEXT}\"}}]}}"
        );
        let output = classify(dir.path(), name, &feed);
        assert!(
            output.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert_eq!(
            article_urls(&output),
            ["https://wire.example/a", "https://wire.example/b"],
            "{name}"
        );
    }
}

#[test]
fn relative_links_of_a_local_file_resolve_against_its_own_link_or_xml_base() {
    let dir = tempfile::tempdir().expect("tempdir");
    let rss = format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>\
         <link>https://wire.example/news/</link><description>d</description>\
         <item><title>Budget</title><link>/2020/03/budget.html</link><guid>b1</guid>\
         <description>{TEXT}</description></item>\
         <item><title>Parks</title><link>parks.html</link><guid>b2</guid>\
         <description>{TEXT}</description></item></channel></rss>"
    );
    let output = classify(dir.path(), "relative.rss", &rss);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        article_urls(&output),
        [
            "https://wire.example/2020/03/budget.html",
            "https://wire.example/news/parks.html"
        ]
    );
    let atom = format!(
        "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\" \
         xml:base=\"https://atom.example/base/\"><title>Atom wire</title><id>urn:x</id>\
         <updated>2020-03-10T10:00:00Z</updated>\
         <entry><title>Budget</title><id>urn:x:1</id><link href=\"entry-1\"/>\
         <updated>2020-03-10T10:00:00Z</updated><content>{TEXT}</content></entry></feed>"
    );
    let output = classify(dir.path(), "relative.atom", &atom);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(article_urls(&output), ["https://atom.example/base/entry-1"]);
}

#[test]
fn an_entry_with_no_text_is_skipped_with_a_warning_naming_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let rss = format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Podcast</title>\
         <link>https://pod.example/</link><description>d</description>\
         <item><guid>episode-7</guid><enclosure url=\"https://pod.example/7.mp3\" \
         length=\"1\" type=\"audio/mpeg\"/></item>\
         <item><link>https://pod.example/8</link></item>\
         <item><title>Budget</title><link>https://pod.example/9</link>\
         <description>{TEXT}</description></item></channel></rss>"
    );
    let output = classify(dir.path(), "podcast.rss", &rss);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(
        stderr.contains("entry \"episode-7\" skipped: no title and no text"),
        "{stderr}"
    );
    assert!(
        stderr.contains("entry \"https://pod.example/8\" skipped"),
        "{stderr}"
    );
    assert_eq!(article_urls(&output), ["https://pod.example/9"]);
}
