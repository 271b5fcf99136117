//! House rules that code review alone would miss.
#![cfg(not(target_arch = "wasm32"))]
use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

fn code_lines(path: &Path) -> Vec<(usize, String)> {
    let text = fs::read_to_string(path).unwrap();
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim_start().starts_with("//"))
        .map(|(i, l)| (i + 1, l.to_string()))
        .collect()
}

fn names_word(line: &str, word: &str) -> bool {
    line.match_indices(word).any(|(i, _)| {
        let before = line[..i].chars().last();
        let after = line[i + word.len()..].chars().next();
        let ident = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        !ident(before) && !ident(after)
    })
}

#[test]
fn the_pure_core_names_no_browser_crate() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    for m in [
        "model", "format", "analysis", "layout", "merge", "chart", "interop",
    ] {
        rust_files(&root.join(m), &mut files);
    }
    rust_files(&root.join("i18n"), &mut files);
    assert!(
        files.len() >= 10,
        "expected the core's files, found {}",
        files.len()
    );
    let banned = [
        "leptos",
        "web_sys",
        "js_sys",
        "wasm_bindgen",
        "gloo",
        "gloo_storage",
        "gloo_timers",
        "gloo_events",
    ];
    let mut hits = Vec::new();
    for f in &files {
        for (n, line) in code_lines(f) {
            for w in banned {
                if names_word(&line, w) {
                    hits.push(format!("{}:{n}: {w}", f.display()));
                }
            }
        }
    }
    assert!(
        hits.is_empty(),
        "browser crates in the pure core:\n{}",
        hits.join("\n")
    );
}

/// Every `file:line` under `dir` (recursively) whose code line matches `hit`.
fn lines_matching(dir: &str, skip: Option<&str>, hit: impl Fn(&str) -> bool) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join(dir), &mut files);
    files
        .iter()
        .filter(|f| skip.is_none_or(|s| !f.starts_with(root.join(s))))
        .flat_map(|f| {
            code_lines(f)
                .into_iter()
                .filter(|(_, l)| hit(l))
                .map(move |(n, _)| format!("{}:{n}", f.display()))
        })
        .collect()
}

#[test]
fn no_inner_html_anywhere() {
    let hits = lines_matching("src", None, |l| l.contains("inner_html"));
    assert!(hits.is_empty(), "inner_html used: {hits:?}");
}

#[test]
fn platform_never_unwraps_browser_apis() {
    let hits = lines_matching("src/platform", None, |l| {
        l.contains(".unwrap()") || l.contains(".expect(")
    });
    assert!(hits.is_empty(), "unwrap/expect in src/platform: {hits:?}");
}

#[test]
fn browser_apis_stay_in_platform() {
    let hits = lines_matching("src", Some("src/platform"), |l| {
        ["web_sys", "js_sys", "gloo_storage"]
            .iter()
            .any(|w| names_word(l, w))
    });
    assert!(
        hits.is_empty(),
        "browser APIs outside src/platform: {hits:?}"
    );
}

/// Crates only the command line, schema generation or tests need never reach the app's wasm.
#[test]
fn cli_and_schema_crates_stay_out_of_the_wasm_build() {
    let manifest = fs::read_to_string("Cargo.toml").expect("Cargo.toml");
    let mut section = String::new();
    for line in manifest.lines() {
        let l = line.trim();
        if l.starts_with('[') {
            section = l.to_string();
            continue;
        }
        for krate in ["schemars", "resvg", "boon", "clap"] {
            if l.starts_with(&format!("{krate} ")) || l.starts_with(&format!("{krate}=")) {
                assert!(
                    section.contains("cfg(not(target_arch = \"wasm32\"))"),
                    "{krate} is declared in {section}: it must be a native-only dependency"
                );
            }
        }
    }
    // And no pure or browser module names them outside native-only code.
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    for f in files {
        let text = fs::read_to_string(&f).expect("source");
        for krate in ["schemars", "resvg"] {
            if text.contains(&format!("{krate}::")) {
                let native = text.contains("cfg_attr(not(target_arch = \"wasm32\")")
                    || f.ends_with("cli.rs")
                    || f.ends_with("schema.rs");
                assert!(
                    native,
                    "{} uses {krate} outside native-only code",
                    f.display()
                );
            }
        }
    }
}

/// The code lines of a file before its test module (`#[cfg(test)]` at the start of a line): what
/// the module itself depends on.
fn lines_before_tests(path: &Path) -> Vec<(usize, String)> {
    code_lines(path)
        .into_iter()
        .take_while(|(_, l)| !l.starts_with("#[cfg(test)]"))
        .collect()
}

#[test]
fn format_model_and_interop_report_data_not_sentences() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    for m in ["model", "format", "interop", "merge"] {
        rust_files(&root.join(m), &mut files);
    }
    assert!(
        files.len() >= 10,
        "expected the core's files, found {}",
        files.len()
    );
    let mut hits = Vec::new();
    for f in &files {
        for (n, line) in lines_before_tests(f) {
            let language_compared = ["== \"tr\"", "== \"en\"", "\"tr\" ==", "\"en\" =="]
                .iter()
                .any(|p| line.contains(p));
            if names_word(&line, "i18n") || language_compared {
                hits.push(format!("{}:{n}: {}", f.display(), line.trim()));
            }
        }
    }
    assert!(
        hits.is_empty(),
        "a second translation layer:\n{}",
        hits.join("\n")
    );
}

#[test]
fn components_do_no_library_storage_or_download_work() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![root.join("app.rs")];
    rust_files(&root.join("components"), &mut files);
    assert!(
        files.len() >= 10,
        "expected the components, found {}",
        files.len()
    );
    // Use cases live in src/state: components read state and call them.
    let banned = [
        "format::Library",
        ".library",
        "platform::storage",
        "BrowserStore",
        "store_language",
        "stored_language",
        "request_persistence",
        "platform::download",
        "download_svg_as_png",
        "read_files",
        "\"#/",
    ];
    let mut hits = Vec::new();
    for f in &files {
        for (n, line) in code_lines(f) {
            for b in banned.iter().filter(|b| line.contains(**b)) {
                hits.push(format!("{}:{n}: {b}", f.display()));
            }
        }
    }
    assert!(
        hits.is_empty(),
        "library, storage or download work in components:\n{}",
        hits.join("\n")
    );
}

#[test]
fn no_line_is_longer_than_120_characters() {
    // The translation tables too: a long sentence is written in `concat!` pieces, since rustfmt
    // cannot break a string and leaves the `texts!` table as it is.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let mut long = Vec::new();
    for f in &files {
        let text = fs::read_to_string(f).expect("source");
        for (i, line) in text.lines().enumerate() {
            if line.chars().count() > 120 {
                long.push(format!("{}:{}", f.display(), i + 1));
            }
        }
    }
    assert_eq!(long.len(), 0, "lines over 120 characters: {long:?}");
}

/// What each call site would compile a copy of in the wasm goes through the one shared piece:
/// sorting through `model::order` (a copy of the standard sort per closure), JSON trees through
/// `format::tree` (a serialiser and a decoder of every model type). Test modules may use either.
#[test]
fn sorts_and_json_trees_go_through_their_one_compiled_copy() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let own = [root.join("model/order.rs"), root.join("format/tree.rs")];
    let banned = [
        ".sort()",
        ".sort_by(",
        ".sort_by_key(",
        ".sort_by_cached_key(",
        ".sort_unstable",
        "serde_json::to_value",
        "serde_json::from_value",
    ];
    let mut hits = Vec::new();
    for f in files.iter().filter(|f| !own.contains(f)) {
        for (n, line) in lines_before_tests(f) {
            if banned.iter().any(|b| line.contains(b)) {
                hits.push(format!("{}:{n}: {}", f.display(), line.trim()));
            }
        }
    }
    assert!(
        hits.is_empty(),
        "use model::order / format::tree:\n{}",
        hits.join("\n")
    );
}
