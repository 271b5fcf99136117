//! An empty Leptos app that shows one labelled input: the start-up baseline.
use leptos::prelude::*;

fn main() {
    mount_to_body(|| {
        view! {
            <main>
                <h1>"Empty"</h1>
                <label for="map-search">"Search"</label>
                <input id="map-search" type="search" />
            </main>
        }
    });
}
