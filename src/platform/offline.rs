//! The service worker (`sw.js`, written by scripts/service-worker.mjs): registered after start so
//! that the app opens with no network next time; a newer build it finds waits until the user
//! takes it. Nothing here throws: where service workers are missing, nothing happens.
use std::cell::{Cell, RefCell};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

/// How long after start the worker is registered: its download of the whole build must not
/// compete with the start itself.
const REGISTER_AFTER_MS: u64 = 2_000;
/// How often an open page asks the site for a newer build.
const CHECK_EVERY_MS: i32 = 60 * 60 * 1000;

thread_local! {
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
    /// Whether this page asked the waiting build to take over (then it reloads when it does).
    static TAKING_UPDATE: Cell<bool> = const { Cell::new(false) };
}

/// This page's service worker container, when the browser has one here (it needs a secure
/// context: https or the local machine).
fn container() -> Option<ServiceWorkerContainer> {
    let w = web_sys::window()?;
    if !w.is_secure_context() {
        return None;
    }
    let nav = w.navigator();
    let sw = js_sys::Reflect::get(&nav, &"serviceWorker".into()).ok()?;
    sw.dyn_into::<ServiceWorkerContainer>().ok()
}

/// Registers the worker a little after start; calls `on_update` whenever a newer build is ready
/// to take over (or has taken over from another tab: this page is then the older build).
pub fn watch_for_updates(on_update: impl Fn() + Clone + 'static) {
    let _ = super::Timer::after(REGISTER_AFTER_MS, move || register(on_update));
}

fn register(on_update: impl Fn() + Clone + 'static) {
    let Some(sw) = container() else {
        return;
    };
    let had_controller = sw.controller().is_some();
    let notify = on_update.clone();
    let changed = Closure::<dyn Fn()>::new(move || {
        if TAKING_UPDATE.get() {
            super::reload_page();
        } else if had_controller {
            notify();
        }
    });
    sw.set_oncontrollerchange(Some(changed.as_ref().unchecked_ref()));
    changed.forget();
    let options = web_sys::RegistrationOptions::new();
    options.set_scope("./");
    let promise = sw.register_with_options("./sw.js", &options);
    leptos::task::spawn_local(async move {
        let Ok(reg) = wasm_bindgen_futures::JsFuture::from(promise).await else {
            return;
        };
        let Ok(reg) = reg.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        // A controlled page tells the worker it started: old builds' files can go once no
        // page of theirs is open.
        if let Some(active) = sw.controller() {
            let _ = active.post_message(&"started".into());
        }
        if reg.waiting().is_some() && had_controller {
            on_update();
        }
        watch_installs(&reg, on_update);
        check(&reg);
        every_hour(reg.clone());
        REGISTRATION.with(|r| *r.borrow_mut() = Some(reg));
    });
}

/// Calls `on_update` when a newly found build has finished installing while an older one
/// serves this page (the first install serves nothing new).
fn watch_installs(reg: &ServiceWorkerRegistration, on_update: impl Fn() + Clone + 'static) {
    let r = reg.clone();
    let found = Closure::<dyn Fn()>::new(move || {
        let Some(worker) = r.installing() else {
            return;
        };
        let w = worker.clone();
        let notify = on_update.clone();
        let state = Closure::<dyn Fn()>::new(move || {
            let controlled = container().is_some_and(|c| c.controller().is_some());
            if w.state() == ServiceWorkerState::Installed && controlled {
                notify();
            }
        });
        worker.set_onstatechange(Some(state.as_ref().unchecked_ref()));
        state.forget();
    });
    reg.set_onupdatefound(Some(found.as_ref().unchecked_ref()));
    found.forget();
}

fn every_hour(reg: ServiceWorkerRegistration) {
    let Some(w) = web_sys::window() else {
        return;
    };
    let tick = Closure::<dyn Fn()>::new(move || check(&reg));
    let _ = w.set_interval_with_callback_and_timeout_and_arguments_0(
        tick.as_ref().unchecked_ref(),
        CHECK_EVERY_MS,
    );
    tick.forget();
}

/// Asks the site for a newer build; with no network that fails quietly (the next check retries).
fn check(reg: &ServiceWorkerRegistration) {
    if let Ok(promise) = reg.update() {
        leptos::task::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        });
    }
}

/// Moves this page to the newest build: the waiting one takes over and the page reloads when it
/// has (the caller has saved everything first); with none waiting, the page just reloads.
pub fn take_update() {
    let waiting: Option<ServiceWorker> =
        REGISTRATION.with(|r| r.borrow().as_ref().and_then(|reg| reg.waiting()));
    match waiting {
        Some(worker) if worker.post_message(&"skip-waiting".into()).is_ok() => {
            TAKING_UPDATE.set(true)
        }
        _ => super::reload_page(),
    }
}
