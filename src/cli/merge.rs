//! `patika merge BASE OURS THEIRS [-o OUT]`: a three-way merge of map files, usable as Git's merge
//! driver (`git config merge.patika.driver 'patika merge %O %A %B -o %A'`). Writes the merged map
//! (ours where conflicted) to OUT or stdout, lists the conflicts on stderr; exit 0 when clean, 1
//! when conflicts remain, 2 on a usage or I/O error. Files that are not Patika maps get Git's own
//! text merge (`git merge-file`), so a driver scoped too widely still does no harm.
use patika::format::{export, import, ImportError};
use patika::i18n::{conflict_text, Lang};
use patika::model::JourneyMap;

/// Reads a map file through the load pipeline; `Ok(None)`: empty (Git's base when the two sides
/// added the file independently).
fn read_map(path: &str) -> Result<Option<JourneyMap>, Option<String>> {
    let bytes = std::fs::read(path).map_err(|e| Some(format!("{path}: {e}")))?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(None);
    }
    match import(&bytes) {
        Ok(imported) => Ok(Some(imported.map)),
        // Not a map at all: the caller falls back to a text merge.
        Err(ImportError::NotJson { .. } | ImportError::WrongFormat { .. }) => Err(None),
        Err(e) => Err(Some(format!(
            "{path}: {}",
            patika::i18n::import_error_text(Lang::En, &e)
        ))),
    }
}

pub fn run(base: &str, ours: &str, theirs: &str, out: Option<&str>) -> i32 {
    let (b, o, t) = (read_map(base), read_map(ours), read_map(theirs));
    let (o, t) = match (o, t) {
        (Ok(Some(o)), Ok(Some(t))) => (o, t),
        (Err(Some(e)), _) | (_, Err(Some(e))) => {
            eprintln!("patika: {e}");
            return 2;
        }
        _ => return text_merge(base, ours, theirs, out),
    };
    let b = match b {
        Ok(b) => b,
        Err(Some(e)) => {
            eprintln!("patika: {e}");
            return 2;
        }
        Err(None) => None,
    };
    let merged = patika::merge::merge(b.as_ref(), &o, &t);
    let text = export(&merged.map);
    let written = match out {
        Some(path) => std::fs::write(path, &text).map_err(|e| format!("{path}: {e}")),
        None => {
            print!("{text}");
            Ok(())
        }
    };
    if let Err(e) = written {
        eprintln!("patika: {e}");
        return 2;
    }
    // The base's names first: the names both sides knew.
    let maps: Vec<&JourneyMap> = b.iter().chain([&o, &t]).collect();
    for c in &merged.conflicts {
        eprintln!("conflict: {}", conflict_text(Lang::En, &maps, c));
    }
    if !merged.report.is_clean() {
        eprintln!(
            "patika: {} repair(s) after merging",
            merged.report.notes.len()
        );
    }
    if merged.conflicts.is_empty() {
        0
    } else {
        eprintln!("patika: {} conflict(s), ours kept", merged.conflicts.len());
        1
    }
}

/// Git's line-based merge for files that are not maps (conflict markers and all).
fn text_merge(base: &str, ours: &str, theirs: &str, out: Option<&str>) -> i32 {
    let result = std::process::Command::new("git")
        .args(["merge-file", "-p", ours, base, theirs])
        .output();
    let Ok(result) = result else {
        eprintln!("patika: not a Patika map, and git merge-file could not run");
        return 2;
    };
    let written = match out {
        Some(path) => std::fs::write(path, &result.stdout).is_ok(),
        None => {
            use std::io::Write;
            std::io::stdout().write_all(&result.stdout).is_ok()
        }
    };
    match result.status.code() {
        Some(0) if written => 0,
        Some(n) if n > 0 && written => 1,
        _ => 2,
    }
}
