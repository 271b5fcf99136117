//! The `patika` command line, for teams that keep maps in Git: validate, render, convert, diff,
//! merge, report.
//! Same pure core as the app, speaking English. Exit codes: 0 fine, 1 invalid or different, 2 usage or I/O error.
use patika::analysis::diff;
use patika::chart::{emotion_curve_picture, CurveText};
use patika::format::{export, Imported};
use patika::i18n::{import_error_text, note_text, repair_detail_text, Lang};
use patika::interop::read::read_file;
use patika::interop::{cjml, csv, mermaid, Note};

const USAGE: &str = "usage:
  patika validate FILE...          check map files (report on stdout; exit 1 if any is unreadable)
  patika render FILE --svg OUT     draw the emotion curve as SVG (--png OUT: as PNG, twice the size)
  patika render FILE --map --svg OUT   draw the whole map (the grid with its lanes; --png too)
  patika convert IN OUT            json / csv / mmd (Mermaid) / xml (CJML), by the file extensions
  patika diff A B                  what changed from A to B (exit 1 when they differ)
  patika merge BASE OURS THEIRS [-o OUT]   three-way merge (exit 1 when conflicts remain; ours kept)
  patika report FILE [--json] [--lang tr|en]   metrics, roll-ups, funnel, insights, action plan
  patika schema                    print the JSON Schema of the map file format";

/// What `patika` was asked to do; returns the exit code.
pub fn run(args: Vec<String>) -> i32 {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["validate", files @ ..] if !files.is_empty() => validate(files),
        ["render", file, "--svg", out] => render(file, out, false, false),
        ["render", file, "--png", out] => render(file, out, true, false),
        ["render", file, "--map", "--svg", out] => render(file, out, false, true),
        ["render", file, "--map", "--png", out] => render(file, out, true, true),
        ["convert", input, output] => convert(input, output),
        ["diff", a, b] => compare(a, b),
        ["merge", base, ours, theirs] => merge::run(base, ours, theirs, None),
        ["merge", base, ours, theirs, "-o", out] => merge::run(base, ours, theirs, Some(out)),
        ["report", file, rest @ ..] => report(file, rest),
        ["schema"] => {
            print!("{}", patika::format::schema::json_schema());
            0
        }
        ["--help"] | ["-h"] | ["help"] => {
            println!("{USAGE}");
            0
        }
        _ => {
            eprintln!("{USAGE}");
            2
        }
    }
}

mod merge;

fn fail(msg: &str) -> i32 {
    eprintln!("patika: {msg}");
    2
}

fn ext(path: &str) -> String {
    path.rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default()
}

/// Reads a map from any supported file, with conversion notes (told apart as the app does).
fn read(path: &str) -> Result<(Imported, Vec<Note>), String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
    let name = std::path::Path::new(path)
        .file_name()
        .and_then(|s| s.to_str())
        .unwrap_or("map");
    read_file(name, &bytes, bytes.len(), Lang::En, "")
        .map(|c| (c.imported, c.notes))
        .map_err(|e| format!("{path}: {}", import_error_text(Lang::En, &e)))
}

fn validate(files: &[&str]) -> i32 {
    let mut code = 0;
    for f in files {
        match read(f) {
            Ok((imp, notes)) => {
                if imp.report.is_clean() {
                    println!("{f}: ok");
                } else {
                    println!("{f}: ok after {} repair(s)", imp.report.notes.len());
                }
                for n in imp.report.notes {
                    println!("  {}: {}", n.path, repair_detail_text(Lang::En, &n.detail));
                }
                for n in notes {
                    println!("  note: {}", note_text(Lang::En, &n));
                }
            }
            Err(e) => {
                println!("error: {e}");
                code = 1;
            }
        }
    }
    code
}

/// `patika report`: Markdown in the map's language (or `--lang`), or JSON with `--json`.
fn report(file: &str, options: &[&str]) -> i32 {
    let (mut json, mut lang) = (false, None);
    let mut rest = options.iter();
    while let Some(o) = rest.next() {
        match *o {
            "--json" => json = true,
            "--lang" => match rest.next() {
                Some(&"tr") => lang = Some(Lang::Tr),
                Some(&"en") => lang = Some(Lang::En),
                _ => return fail("--lang takes tr or en"),
            },
            _ => return fail(USAGE),
        }
    }
    let (imp, _) = match read(file) {
        Ok(r) => r,
        Err(e) => return fail(&e),
    };
    let m = imp.map;
    let r = patika::analysis::report::report(&m);
    if json {
        match serde_json::to_string_pretty(&r) {
            Ok(text) => println!("{text}"),
            Err(e) => return fail(&e.to_string()),
        }
    } else {
        print!(
            "{}",
            patika::i18n::report_markdown(lang.unwrap_or_else(|| m.lang()), &m, &r)
        );
    }
    0
}

fn render(file: &str, out: &str, png: bool, whole_map: bool) -> i32 {
    let (imp, _) = match read(file) {
        Ok(r) => r,
        Err(e) => return fail(&e),
    };
    let m = imp.map;
    let date = m.updated.get(..10).unwrap_or_default();
    let svg = if whole_map {
        let of = patika::chart::PictureOf::whole(&m);
        patika::chart::map_picture(&m, m.lang(), date, &of).0
    } else {
        let width = 288 * m.stages.len().max(1) as u32;
        let text = CurveText::for_map(m.lang(), &m);
        emotion_curve_picture(&m, width, 300, &text, None, date).0
    };
    let bytes = if png {
        match svg_to_png(&svg) {
            Some(b) => b,
            None => return fail("could not draw the PNG"),
        }
    } else {
        svg.into_bytes()
    };
    match std::fs::write(out, bytes) {
        Ok(()) => 0,
        Err(e) => fail(&format!("{out}: {e}")),
    }
}

/// The same SVG drawing rasterised at twice its size (sharp on print and high-density screens),
/// with the system's fonts.
fn svg_to_png(svg: &str) -> Option<Vec<u8>> {
    let mut opt = resvg::usvg::Options::default();
    let db = opt.fontdb_mut();
    db.load_system_fonts();
    // The drawing asks for "sans-serif": map it to a sans family this system has.
    let families: Vec<String> = db
        .faces()
        .flat_map(|f| f.families.iter().map(|(n, _)| n.clone()))
        .collect();
    if let Some(f) = [
        "DejaVu Sans",
        "Liberation Sans",
        "Noto Sans",
        "Arial",
        "Helvetica",
    ]
    .iter()
    .find(|f| families.iter().any(|x| x == *f))
    {
        db.set_sans_serif_family(*f);
    }
    let tree = resvg::usvg::Tree::from_str(svg, &opt).ok()?;
    let size = tree.size().to_int_size();
    let mut pixmap = resvg::tiny_skia::Pixmap::new(size.width() * 2, size.height() * 2)?;
    pixmap.fill(resvg::tiny_skia::Color::WHITE);
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(2.0, 2.0),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().ok()
}

fn convert(input: &str, output: &str) -> i32 {
    let (imp, mut notes) = match read(input) {
        Ok(r) => r,
        Err(e) => return fail(&e),
    };
    let text = match ext(output).as_str() {
        "json" => export(&imp.map),
        "csv" => csv::to_csv(&imp.map),
        "mmd" | "mermaid" => {
            let (text, lost) = mermaid::to_mermaid(&imp.map);
            notes.extend(lost);
            text
        }
        "xml" | "cjml" => {
            let (text, lost) = cjml::to_cjml(&imp.map);
            notes.extend(lost);
            text
        }
        other => {
            return fail(&format!(
                "unknown output type {other:?} (use .json, .csv, .mmd or .xml)"
            ))
        }
    };
    for n in imp.report.notes {
        eprintln!(
            "repaired {}: {}",
            n.path,
            repair_detail_text(Lang::En, &n.detail)
        );
    }
    for n in notes {
        eprintln!("note: {}", note_text(Lang::En, &n));
    }
    match std::fs::write(output, text) {
        Ok(()) => 0,
        Err(e) => fail(&format!("{output}: {e}")),
    }
}

fn compare(a: &str, b: &str) -> i32 {
    let (Ok((x, _)), Ok((y, _))) = (read(a), read(b)) else {
        for e in [read(a).err(), read(b).err()].into_iter().flatten() {
            eprintln!("patika: {e}");
        }
        return 2;
    };
    let changes = diff(&x.map, &y.map);
    for c in &changes {
        println!("{c}");
    }
    i32::from(!changes.is_empty())
}
