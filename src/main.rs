//! In the browser: mounts the app. Natively: the `patika` command-line tool.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(patika::app::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(cli::run(std::env::args().skip(1).collect()));
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use patika::format::import;

    const USAGE: &str = "usage: patika validate FILE...";

    /// Runs the command line; returns the exit code.
    pub fn run(args: Vec<String>) -> i32 {
        match args.split_first() {
            Some((cmd, files)) if cmd == "validate" && !files.is_empty() => {
                let mut code = 0;
                for f in files {
                    match std::fs::read(f).map_err(|e| e.to_string()).and_then(|b| import(&b).map_err(|e| e.to_string())) {
                        Ok(imp) if imp.report.is_clean() => println!("{f}: ok"),
                        Ok(imp) => {
                            println!("{f}: ok after {} repair(s)", imp.report.notes.len());
                            for n in imp.report.notes {
                                println!("  {}: {}", n.path, n.detail);
                            }
                        }
                        Err(e) => {
                            println!("{f}: error: {e}");
                            code = 1;
                        }
                    }
                }
                code
            }
            _ => {
                eprintln!("{USAGE}");
                2
            }
        }
    }
}
