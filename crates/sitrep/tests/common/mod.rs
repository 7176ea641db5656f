//! What the command-line tests on a broker share: where the workspace is, which commands a
//! page of the docs shows, and a command's stdout once it is known to have succeeded.

use std::path::PathBuf;
use std::process::Output;

/// The repository's root.
pub fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The lines of the `sh` blocks of docs/operations.md that start with `prefix`, trimmed,
/// in the page's order.
pub fn documented(prefix: &str) -> Vec<String> {
    let page = std::fs::read_to_string(workspace().join("docs/operations.md")).expect("page");
    let mut in_block = false;
    let mut commands = Vec::new();
    for line in page.lines() {
        if line.starts_with("```") {
            in_block = !in_block && line.trim() == "```sh";
            continue;
        }
        if in_block && line.trim().starts_with(prefix) {
            commands.push(line.trim().to_owned());
        }
    }
    commands
}

/// The stdout of `command`'s `output`; fails the test, with both streams, if it failed.
pub fn succeeded(command: &str, output: &Output) -> String {
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "{command}: {:?}\n{stdout}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}
