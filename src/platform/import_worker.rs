//! Files are read in a Web Worker (`interop::handoff::work`): decoding and repairing a 15,000-
//! touchpoint file takes about a second, which on the page's thread would freeze it. The page
//! posts the file's bytes; the worker posts back the reply and each map's storage form.
//!
//! The page never reads files itself: doing so would put every reader (CSV, Mermaid, CJML,
//! backups) into the app's own download, 18 KB brotli for every visit, to serve a host that lost
//! the worker's files. When no worker can start, an import says so and changes nothing. A worker
//! that stops while reading (a bug) fails that file, never the page.
use super::files::GivenFile;
use super::Timer;
use crate::format::ImportError;
use crate::interop::handoff::{work, Handoff, Reply};
use crate::model::Lang;
use js_sys::{Array, Uint8Array};
use std::cell::RefCell;
use std::collections::BTreeMap;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The worker's loader, beside the page (`public/` is copied into the build as it is).
const LOADER: &str = "public/import-worker.js";

/// What the loader posts once the worker listens (before that, it queues what it is sent).
const READY: &str = "ready";
/// What the loader posts when the worker cannot start.
const FAILED: &str = "failed";

/// What to do with the reply to a file sent to the worker.
type Job = Box<dyn FnOnce(Handoff)>;

#[derive(Default)]
enum Worker {
    /// None started yet (or the last one stopped).
    #[default]
    None,
    /// Started; `ready` once it said it listens.
    Started {
        worker: web_sys::Worker,
        ready: bool,
    },
    /// No worker can start here: imports are refused.
    Unavailable,
}

#[derive(Default)]
struct Client {
    worker: Worker,
    jobs: BTreeMap<u32, Job>,
    next: u32,
}

thread_local! {
    static CLIENT: RefCell<Client> = RefCell::default();
}

/// Reads `file` (a map, a table, a journey or a backup) off the page's thread, then calls `done`
/// with what was read, in a task of its own.
pub fn read_file(file: GivenFile, lang: Lang, now: String, done: impl FnOnce(Handoff) + 'static) {
    let Some(worker) = CLIENT.with_borrow_mut(started) else {
        return refuse(Box::new(done), ImportError::ReaderUnavailable);
    };
    let id = CLIENT.with_borrow_mut(|c| {
        c.next = c.next.wrapping_add(1);
        c.next
    });
    let bytes = Uint8Array::from(file.bytes.as_slice());
    drop(file.bytes);
    let message = Array::new();
    for part in [
        JsValue::from(id),
        JsValue::from_str(&file.name),
        JsValue::from(file.size as f64),
        JsValue::from_str(lang.code()),
        JsValue::from_str(&now),
        bytes.clone().into(),
    ] {
        message.push(&part);
    }
    // The copy's buffer moves to the worker rather than being copied again.
    if worker
        .post_message_with_transfer(&message, &Array::of1(&bytes.buffer()))
        .is_err()
    {
        return refuse(Box::new(done), ImportError::ReaderUnavailable);
    }
    CLIENT.with_borrow_mut(|c| c.jobs.insert(id, Box::new(done)));
}

/// The worker to send to: the running one, or a new one; `None` when none can start here.
fn started(client: &mut Client) -> Option<web_sys::Worker> {
    match &client.worker {
        Worker::Started { worker, .. } => return Some(worker.clone()),
        Worker::Unavailable => return None,
        Worker::None => {}
    }
    let Ok(worker) = web_sys::Worker::new(LOADER) else {
        client.worker = Worker::Unavailable;
        say_how_files_are_read("unavailable");
        return None;
    };
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(on_message);
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(|ev: web_sys::Event| {
        ev.prevent_default();
        stopped();
    });
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_error.forget();
    client.worker = Worker::Started {
        worker: worker.clone(),
        ready: false,
    };
    Some(worker)
}

/// A message from the worker: "ready", "failed", or a reply `[id, reply, ...bodies]`.
fn on_message(ev: web_sys::MessageEvent) {
    let data = ev.data();
    if data.as_string().as_deref() == Some(FAILED) {
        return stopped();
    }
    if data.as_string().as_deref() == Some(READY) {
        CLIENT.with_borrow_mut(|c| {
            if let Worker::Started { ready, .. } = &mut c.worker {
                *ready = true;
            }
        });
        return say_how_files_are_read(READY);
    }
    let Some(parts) = data.dyn_ref::<Array>() else {
        return;
    };
    let id = parts.get(0).as_f64().map_or(0, |id| id as u32);
    let Some(job) = CLIENT.with_borrow_mut(|c| c.jobs.remove(&id)) else {
        return;
    };
    let reply = parts.get(1).as_string().unwrap_or_default();
    let bodies = (2..parts.length())
        .map(|i| parts.get(i).as_string().unwrap_or_default())
        .collect();
    let handoff =
        Handoff::decode(&reply, bodies).unwrap_or_else(|| failed(ImportError::ReaderFailed));
    job(handoff);
}

/// The worker stopped: before it listened (it cannot start here), its files and every later one
/// are refused; after, the files it was reading fail, and the next file starts a new worker.
fn stopped() {
    let (jobs, never_ready) = CLIENT.with_borrow_mut(|c| {
        let never_ready = match std::mem::take(&mut c.worker) {
            Worker::Started { worker, ready } => {
                worker.terminate();
                !ready
            }
            _ => false,
        };
        if never_ready {
            c.worker = Worker::Unavailable;
            say_how_files_are_read("unavailable");
        }
        (std::mem::take(&mut c.jobs), never_ready)
    });
    let error = match never_ready {
        true => ImportError::ReaderUnavailable,
        false => ImportError::ReaderFailed,
    };
    for job in jobs.into_values() {
        job(failed(error.clone()));
    }
}

/// Marks the page with how files are read (`<html data-import-worker="ready">`, or
/// "unavailable"): for support and for the tests of every browser, which cannot see into a worker.
fn say_how_files_are_read(how: &str) {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    if let Some(root) = root {
        let _ = root.set_attribute("data-import-worker", how);
    }
}

fn failed(error: ImportError) -> Handoff {
    Handoff {
        reply: Reply::Failed { error },
        bodies: Vec::new(),
    }
}

/// Refuses a file, in a task of its own (as a reply would come).
fn refuse(job: Job, error: ImportError) {
    Timer::after(0, move || job(failed(error)));
}

/// The worker's side: answers each file it is sent (`public/import-worker.js` queues what comes
/// before this listens, then says "ready").
pub fn serve() {
    let Ok(scope) = js_sys::global().dyn_into::<web_sys::DedicatedWorkerGlobalScope>() else {
        return;
    };
    let reply_to = scope.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            let Some(parts) = ev.data().dyn_ref::<Array>().cloned() else {
                return;
            };
            let name = parts.get(1).as_string().unwrap_or_default();
            let size = parts.get(2).as_f64().unwrap_or(0.0) as usize;
            let lang = parts.get(3).as_string().and_then(|c| Lang::from_code(&c));
            let now = parts.get(4).as_string().unwrap_or_default();
            let bytes = parts.get(5).dyn_into::<Uint8Array>().map(|b| b.to_vec());
            let handoff = work(
                &name,
                &bytes.unwrap_or_default(),
                size,
                lang.unwrap_or_default(),
                &now,
            );
            let out = Array::of2(&parts.get(0), &JsValue::from_str(&handoff.encode_reply()));
            for body in &handoff.bodies {
                out.push(&JsValue::from_str(body));
            }
            // A reply that cannot be posted leaves the page waiting; posting strings cannot fail.
            let _ = reply_to.post_message(&out);
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
}
