//! The runtime's modules are layered: no module reaches, through the others, back to
//! itself, and the settings (`config`) import nothing from the rest of the crate.
//!
//! Read from the source: every `crate::` path outside comments (grouped uses included)
//! is an edge from the top-level module of the file it is in to the top-level module
//! it names. A submodule using its parent (`config::kafka` using `config`) is inside one
//! module and not an edge.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Top-level module -> the top-level modules it imports.
type Graph = BTreeMap<String, BTreeSet<String>>;

fn source_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read src") {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            rust_files(&path, files);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
}

/// The top-level module a file belongs to (`fetch` for `fetch/poll.rs`); None for lib.rs.
fn module_of(src: &Path, file: &Path) -> Option<String> {
    let relative = file.strip_prefix(src).expect("under src");
    let first = relative.components().next()?.as_os_str().to_str()?;
    match first.strip_suffix(".rs") {
        Some("lib") => None,
        Some(name) => Some(name.to_owned()),
        None => Some(first.to_owned()),
    }
}

/// The top-level module names a source text's `crate::` paths start with.
fn imported(text: &str) -> BTreeSet<String> {
    let code: String = text
        .lines()
        .map(|line| line.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n");
    let mut names = BTreeSet::new();
    let mut rest = code.as_str();
    while let Some(at) = rest.find("crate::") {
        let before = rest[..at].chars().next_back();
        rest = &rest[at + "crate::".len()..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue; // `sitrep_crate::`, not this crate
        }
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 0usize;
            let mut item = String::new();
            for c in group.chars() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        names.insert(leading_ident(&item));
                        item.clear();
                        continue;
                    }
                    _ => {}
                }
                item.push(c);
            }
            names.insert(leading_ident(&item));
        } else {
            names.insert(leading_ident(rest));
        }
    }
    names.remove("");
    names.remove("self");
    names
}

fn leading_ident(text: &str) -> String {
    text.trim_start()
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect()
}

fn graph() -> Graph {
    let src = source_dir();
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut graph = Graph::new();
    for file in files {
        let Some(module) = module_of(&src, &file) else {
            continue;
        };
        let text = std::fs::read_to_string(&file).expect("read source");
        let edges = graph.entry(module.clone()).or_default();
        edges.extend(imported(&text).into_iter().filter(|name| *name != module));
    }
    graph
}

/// A path of modules that leads back to its first one, if there is any.
fn find_cycle(graph: &Graph) -> Option<Vec<String>> {
    fn visit(
        module: &str,
        graph: &Graph,
        done: &mut BTreeSet<String>,
        path: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|m| m == module) {
            let mut cycle = path[start..].to_vec();
            cycle.push(module.to_owned());
            return Some(cycle);
        }
        if done.contains(module) {
            return None;
        }
        path.push(module.to_owned());
        for next in graph.get(module).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, done, path) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(module.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|module| visit(module, graph, &mut done, &mut Vec::new()))
}

fn describe(graph: &Graph) -> String {
    graph
        .iter()
        .map(|(module, edges)| {
            let edges: Vec<&str> = edges.iter().map(String::as_str).collect();
            format!("{module} -> {}", edges.join(", "))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn no_module_imports_itself_through_others() {
    let graph = graph();
    assert!(
        graph.contains_key("stage") && graph.contains_key("config"),
        "the source was read: {graph:?}"
    );
    if let Some(cycle) = find_cycle(&graph) {
        panic!(
            "import cycle: {}\n\nthe imports:\n{}",
            cycle.join(" -> "),
            describe(&graph)
        );
    }
}

#[test]
fn the_settings_import_nothing_from_the_rest_of_the_crate() {
    let graph = graph();
    let imports = &graph["config"];
    assert!(imports.is_empty(), "config imports {imports:?}");
}

#[test]
fn the_reader_sees_grouped_and_nested_imports_but_not_comments() {
    let text = "use crate::{a::B, c::{d, e}};\n// crate::f\nlet x = crate::g::h();\n\
                /// [`crate::i`]\nuse sitrep_crate::j;";
    let names: Vec<String> = imported(text).into_iter().collect();
    assert_eq!(names, ["a", "c", "g"]);
    let mut graph = Graph::new();
    graph.insert("a".into(), ["b".into()].into());
    graph.insert("b".into(), ["c".into()].into());
    graph.insert("c".into(), ["a".into()].into());
    assert_eq!(
        find_cycle(&graph),
        Some(vec!["a".into(), "b".into(), "c".into(), "a".into()])
    );
}
