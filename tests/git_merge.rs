//! `patika merge` as Git's merge driver, in a real repository in a temp dir (issue 19, item 4):
//! two branches that edited one map file merge cleanly when they changed different things, and
//! stop with the conflict listed (ours kept, no markers in the JSON) when they changed one emotion
//! differently. A file that is not a map gets Git's text merge.
#![cfg(not(target_arch = "wasm32"))]
use patika::format::{export, import};
use patika::model::samples::{sample, Sample};
use patika::model::JourneyMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("patika-git-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(d.join("maps")).expect("temp dir");
    git(&d, &["init", "-q", "-b", "main"]);
    git(&d, &["config", "user.name", "Test"]);
    git(&d, &["config", "user.email", "test@example.com"]);
    let driver = format!("{} merge %O %A %B -o %A", env!("CARGO_BIN_EXE_patika"));
    git(&d, &["config", "merge.patika.driver", &driver]);
    std::fs::write(d.join(".gitattributes"), "maps/*.json merge=patika\n").expect("attributes");
    d
}

fn git(dir: &Path, args: &[&str]) -> Output {
    Command::new("git")
        .current_dir(dir)
        .args(args)
        .output()
        .expect("git runs")
}

fn commit_map(dir: &Path, map: &JourneyMap, message: &str) {
    std::fs::write(dir.join("maps/shop.json"), export(map)).expect("write map");
    git(dir, &["add", "-A"]);
    let o = git(dir, &["commit", "-q", "-m", message]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

fn stored(dir: &Path) -> JourneyMap {
    import(&std::fs::read(dir.join("maps/shop.json")).expect("read"))
        .expect("a map")
        .map
}

fn with_emotion(m: &JourneyMap, tp: usize, v: i8) -> JourneyMap {
    let mut m = m.clone();
    let p = m.personas[0].id.clone();
    m.touchpoints[tp].emotions.insert(p, v);
    m
}

/// Base on main; `a` and `b` each on a branch of their own; main merges `a` then `b`.
fn two_branches(dir: &Path, base: &JourneyMap, a: &JourneyMap, b: &JourneyMap) -> Output {
    commit_map(dir, base, "base");
    git(dir, &["checkout", "-q", "-b", "theirs"]);
    commit_map(dir, b, "their edit");
    git(dir, &["checkout", "-q", "main"]);
    commit_map(dir, a, "my edit");
    git(dir, &["merge", "--no-edit", "theirs"])
}

#[test]
fn different_changes_merge_cleanly_through_git() {
    let dir = repo("clean");
    let base = sample(Sample::OnlineShopTr, "shop", "2026-11-24T10:00:00Z");
    let mine = with_emotion(&base, 0, -2);
    let mut theirs = base.clone();
    theirs.stages[1].name = "Keşif (yeni)".into();
    let o = two_branches(&dir, &base, &mine, &theirs);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stdout));
    let merged = stored(&dir);
    assert_eq!(
        merged.touchpoints[0].emotions.get(&base.personas[0].id),
        Some(&-2)
    );
    assert_eq!(merged.stages[1].name, "Keşif (yeni)");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn one_emotion_changed_differently_stops_with_the_conflict_named() {
    let dir = repo("conflict");
    let base = sample(Sample::OnlineShopTr, "shop", "2026-11-24T10:00:00Z");
    let (mine, theirs) = (with_emotion(&base, 2, -1), with_emotion(&base, 2, -2));
    let o = two_branches(&dir, &base, &mine, &theirs);
    assert!(!o.status.success(), "git reports the conflict");
    let said =
        String::from_utf8_lossy(&o.stderr).into_owned() + &String::from_utf8_lossy(&o.stdout);
    let name = &base.touchpoints[2].name;
    assert!(
        said.contains(&format!("“{name}”: mine −1, theirs −2")),
        "{said}"
    );
    let text = std::fs::read_to_string(dir.join("maps/shop.json")).expect("read");
    assert!(
        !text.contains("<<<<<<<"),
        "no text conflict markers inside JSON"
    );
    let merged = stored(&dir);
    assert_eq!(
        merged.touchpoints[2].emotions.get(&base.personas[0].id),
        Some(&-1),
        "ours kept"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_file_that_is_not_a_map_gets_a_text_merge() {
    let dir = repo("text");
    let write = |name: &str, text: &str| {
        let p = dir.join(name);
        std::fs::write(&p, text).expect("write");
        p.to_string_lossy().into_owned()
    };
    let (b, o, t) = (
        write("b.txt", "a\nb\nc\n"),
        write("o.txt", "A\nb\nc\n"),
        write("t.txt", "a\nb\nC\n"),
    );
    let out = dir.join("out.txt").to_string_lossy().into_owned();
    let r = Command::new(env!("CARGO_BIN_EXE_patika"))
        .args(["merge", &b, &o, &t, "-o", &out])
        .output()
        .expect("run patika");
    assert_eq!(
        r.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&r.stderr)
    );
    assert_eq!(std::fs::read_to_string(&out).expect("merged"), "A\nb\nC\n");
    let _ = std::fs::remove_dir_all(&dir);
}
