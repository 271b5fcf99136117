//! The first screen's welcome (until dismissed): what a customer journey map is and why, in seed
//! 000's words, and the four ways in — step by step, from a template, a blank map, a file.
use super::{app_state, use_t};
use crate::i18n::Key;
use leptos::prelude::*;

/// The welcome panel.
#[component]
pub fn Welcome() -> impl IntoView {
    let app = app_state();
    let t = use_t();
    let shown = RwSignal::new(app.welcome_shown());
    let dismiss = move |_| {
        app.dismiss_welcome();
        shown.set(false);
    };
    let templates = move |_| {
        app.templates_open.set(true);
        crate::platform::focus_soon("templates-summary".into());
    };
    move || {
        shown.get().then(|| {
            view! {
                <section class="welcome" aria-labelledby="welcome-heading">
                    <h2 id="welcome-heading">{move || t(Key::WelcomeTitle)}</h2>
                    <p>{move || t(Key::WelcomeWhat)}</p>
                    <ul>
                        <li>{move || t(Key::WelcomeWhy1)}</li>
                        <li>{move || t(Key::WelcomeWhy2)}</li>
                        <li>{move || t(Key::WelcomeWhy3)}</li>
                    </ul>
                    <p class="welcome-ways-title">{move || t(Key::WelcomeWays)}</p>
                    <div class="welcome-ways">
                        <button class="primary" on:click=move |_| app.request_guided_map()>
                            {move || t(Key::GuidedStart)}
                        </button>
                        <button on:click=templates>{move || t(Key::FromTemplate)}</button>
                        <button on:click=move |_| {
                            app.request_blank_map()
                        }>{move || t(Key::WelcomeBlank)}</button>
                        <label class="button" for="import-file">
                            {move || t(Key::WelcomeImport)}
                        </label>
                    </div>
                    <button class="small welcome-dismiss" on:click=dismiss>
                        {move || t(Key::WelcomeDismiss)}
                    </button>
                </section>
            }
        })
    }
}
