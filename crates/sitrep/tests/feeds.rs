//! `sitrep feeds`: OPML import into a feeds file and the listing of what a config polls,
//! run as the real binary; and the bundled live feed list loads and validates.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn sitrep(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .args(args)
        .output()
        .expect("run sitrep")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

const OPML: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>An analyst's subscriptions</title></head>
  <body>
    <outline text="Defence">
      <outline type="rss" text="Defence wire" title="Defence &amp; Security wire" xmlUrl="https://defence.example.org/rss.xml"/>
      <outline text="Africa">
        <outline type="rss" text="Sahel desk" xmlUrl="https://sahel.example.net/feed?format=rss&amp;lang=en"/>
      </outline>
    </outline>
    <outline type="rss" text="Local copy" xmlUrl="file:///var/feeds/local.xml"/>
    <outline type="rss" text="Not a URL" xmlUrl="no scheme here"/>
  </body>
</opml>"#;

fn write(dir: &Path, name: &str, contents: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, contents).expect("write fixture");
    path
}

#[test]
fn opml_import_appends_new_feeds_once_and_the_config_lists_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    let opml = write(dir.path(), "subscriptions.opml", OPML);
    let feeds = write(
        dir.path(),
        "feeds.toml",
        "[[feeds]]\nurl = \"https://defence.example.org/rss.xml\"\nname = \"already here\"\n",
    );
    let config = write(
        dir.path(),
        "sitrep.toml",
        "transport = \"memory\"\n[fetcher]\nfeeds_file = \"feeds.toml\"\n",
    );

    let imported = sitrep(&[
        "feeds",
        "import",
        opml.to_str().expect("a UTF-8 path"),
        "--output",
        feeds.to_str().expect("a UTF-8 path"),
    ]);
    assert!(imported.status.success(), "{}", text(&imported.stderr));
    let report = text(&imported.stderr);
    assert!(
        report.contains("1 feeds added") && report.contains("1 already there"),
        "{report}"
    );
    // The file URL and the broken URL are named and left out, one line each.
    assert!(report.contains("file:///var/feeds/local.xml"), "{report}");
    assert!(report.contains("no scheme here"), "{report}");

    let written = std::fs::read_to_string(&feeds).expect("feeds file");
    assert!(
        written.contains("url = \"https://sahel.example.net/feed?format=rss&lang=en\""),
        "{written}"
    );
    assert!(written.contains("name = \"Sahel desk\""), "{written}");
    assert!(
        written.contains("tags = [\"Defence\", \"Africa\"]"),
        "{written}"
    );

    // A second import adds nothing.
    let again = sitrep(&[
        "feeds",
        "import",
        opml.to_str().expect("a UTF-8 path"),
        "--output",
        feeds.to_str().expect("a UTF-8 path"),
    ]);
    assert!(again.status.success(), "{}", text(&again.stderr));
    assert!(text(&again.stderr).contains("0 feeds added"));
    assert_eq!(
        std::fs::read_to_string(&feeds).expect("the feeds file"),
        written
    );

    // The result is a valid feeds file: the config loads and lists both feeds.
    let listed = sitrep(&[
        "feeds",
        "list",
        "--config",
        config.to_str().expect("a UTF-8 path"),
    ]);
    assert!(listed.status.success(), "{}", text(&listed.stderr));
    let lines: Vec<String> = text(&listed.stdout).lines().map(str::to_owned).collect();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(lines[0].starts_with("feed_") && lines[0].ends_with("already here"));
    assert!(
        lines[1].contains("https://sahel.example.net/feed") && lines[1].ends_with("Sahel desk")
    );
}

#[test]
fn opml_import_prints_entries_without_output_and_refuses_what_is_not_opml() {
    let dir = tempfile::tempdir().expect("tempdir");
    let opml = write(dir.path(), "subscriptions.opml", OPML);
    let printed = sitrep(&["feeds", "import", opml.to_str().expect("a UTF-8 path")]);
    assert!(printed.status.success(), "{}", text(&printed.stderr));
    assert_eq!(text(&printed.stdout).matches("[[feeds]]").count(), 2);

    let rss = write(
        dir.path(),
        "feed.xml",
        "<rss version=\"2.0\"><channel/></rss>",
    );
    let refused = sitrep(&["feeds", "import", rss.to_str().expect("a UTF-8 path")]);
    assert!(!refused.status.success());
    let error = text(&refused.stderr);
    assert_eq!(error.trim().lines().count(), 1, "{error}");
    assert!(
        error.contains("feed.xml") && error.contains("OPML"),
        "{error}"
    );
}

#[test]
fn the_bundled_live_feed_list_loads_and_every_feed_is_https() {
    let config = workspace().join("config/live.toml");
    let checked = sitrep(&[
        "config",
        "check",
        "--config",
        config.to_str().expect("a UTF-8 path"),
    ]);
    assert!(checked.status.success(), "{}", text(&checked.stderr));

    let listed = sitrep(&[
        "feeds",
        "list",
        "--config",
        config.to_str().expect("a UTF-8 path"),
    ]);
    assert!(listed.status.success(), "{}", text(&listed.stderr));
    let stdout = text(&listed.stdout);
    let feeds: Vec<&str> = stdout.lines().collect();
    assert!(feeds.len() >= 20, "{} feeds", feeds.len());
    for feed in &feeds {
        let url = feed.split("  ").nth(1).expect("a URL column");
        assert!(url.starts_with("https://"), "{feed}");
    }
}

#[test]
fn feeds_list_and_config_check_never_show_a_credential() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "feeds.toml",
        "[[feeds]]\nurl = \"https://wire.example/rss?lang=en&api_key=in-url-4c1e\"\n\
         headers = { Authorization = \"LIST_TEST_AUTH\" }\n",
    );
    let config = write(
        dir.path(),
        "sitrep.toml",
        "[fetcher]\nfeeds_file = \"feeds.toml\"\n\
         [kafka.properties]\n\"ssl.key.pem\" = \"pem-4c1e\"\n",
    );
    for args in [
        ["feeds", "list", "--config"],
        ["config", "check", "--config"],
    ] {
        let output = Command::new(env!("CARGO_BIN_EXE_sitrep"))
            .args(args)
            .arg(&config)
            .env("LIST_TEST_AUTH", "Bearer env-4c1e")
            .output()
            .expect("run sitrep");
        let shown = format!("{}{}", text(&output.stdout), text(&output.stderr));
        assert!(output.status.success(), "{args:?}: {shown}");
        assert!(
            shown.contains("https://wire.example/rss?lang=en&api_key=***"),
            "{shown}"
        );
        assert!(!shown.contains("4c1e"), "{args:?} shows a secret:\n{shown}");
    }
}

#[test]
fn run_once_fails_when_every_feed_failed() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "feeds.toml",
        "[[feeds]]\nurl = \"missing.xml\"\n\n[[feeds]]\nurl = \"http://127.0.0.1:1/feed\"\n",
    );
    let config = write(
        dir.path(),
        "sitrep.toml",
        "[fetcher]\nfeeds_file = \"feeds.toml\"\nallow_private_addresses = true\n\
         [output]\nprint_events = false\n[log]\nformat = \"text\"\n",
    );
    let output = Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .args(["run", "--once", "--config"])
        .arg(&config)
        .output()
        .expect("run sitrep");
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("every feed failed (2 feeds: 0 ok, 2 failed, 0 skipped"),
        "{stderr}"
    );

    // One readable feed is a run that worked.
    write(
        dir.path(),
        "ok.xml",
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>\
         <item><title>One</title><guid>one</guid><description>Text.</description></item>\
         </channel></rss>",
    );
    write(
        dir.path(),
        "feeds.toml",
        "[[feeds]]\nurl = \"missing.xml\"\n\n[[feeds]]\nurl = \"ok.xml\"\n",
    );
    let output = Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .args(["run", "--once", "--config"])
        .arg(&config)
        .output()
        .expect("run sitrep");
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(
        text(&output.stderr).contains("fetch cycle done: 2 feeds: 1 ok, 1 failed"),
        "{}",
        text(&output.stderr)
    );
}

#[test]
fn opml_import_leaves_out_a_feed_with_credentials_in_its_url() {
    let dir = tempfile::tempdir().expect("tempdir");
    let opml = write(
        dir.path(),
        "private.opml",
        "<opml version=\"2.0\"><body>\
         <outline type=\"rss\" text=\"Private\" xmlUrl=\"https://bot:pw-7f2a@private.example/rss\"/>\
         <outline type=\"rss\" text=\"Public\" xmlUrl=\"https://public.example/rss\"/>\
         </body></opml>",
    );
    let printed = sitrep(&["feeds", "import", opml.to_str().expect("a UTF-8 path")]);
    let (stdout, stderr) = (text(&printed.stdout), text(&printed.stderr));
    assert!(printed.status.success(), "{stderr}");
    assert_eq!(stdout.matches("[[feeds]]").count(), 1, "{stdout}");
    assert!(stdout.contains("https://public.example/rss"), "{stdout}");
    assert!(
        stderr.contains("https://***@private.example/rss: credentials in the URL, left out"),
        "{stderr}"
    );
    assert!(!format!("{stdout}{stderr}").contains("pw-7f2a"));
}
