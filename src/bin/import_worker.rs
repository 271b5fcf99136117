//! The import worker (a Web Worker beside the app): reads the files the page sends it, off the
//! page's thread (`platform::import_worker`). Natively there is nothing to run.

#[cfg(target_arch = "wasm32")]
fn main() {
    patika::platform::import_worker::serve();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("patika-import is the app's import worker; it runs only in the browser");
    std::process::exit(2);
}
