//! In the browser: mounts the app. Natively: the `patika` command-line tool.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    // In the same task as the mount: no frame shows both bars, or neither.
    patika::platform::remove_boot_shell();
    leptos::mount::mount_to_body(patika::app::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(cli::run(std::env::args().skip(1).collect()));
}

#[cfg(not(target_arch = "wasm32"))]
mod cli;
