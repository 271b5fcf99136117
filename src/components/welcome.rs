//! The first screen's welcome (until dismissed): what a customer journey map is and why, in seed
//! 000's words, and the four ways in — step by step, from a template, a blank map, a file.
use super::app_state;
use super::tx;
use crate::i18n::Key;
use leptos::prelude::*;

/// The welcome panel.
#[component]
pub fn Welcome() -> impl IntoView {
    let app = app_state();
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
                    <h2 id="welcome-heading">{tx(Key::WelcomeTitle)}</h2>
                    <p>{tx(Key::WelcomeWhat)}</p>
                    <ul>
                        <li>{tx(Key::WelcomeWhy1)}</li>
                        <li>{tx(Key::WelcomeWhy2)}</li>
                        <li>{tx(Key::WelcomeWhy3)}</li>
                    </ul>
                    <p class="welcome-ways-title">{tx(Key::WelcomeWays)}</p>
                    <div class="welcome-ways">
                        <button class="primary" on:click=move |_| app.request_guided_map()>
                            {tx(Key::GuidedStart)}
                        </button>
                        <button on:click=templates>{tx(Key::FromTemplate)}</button>
                        <button on:click=move |_| {
                            app.request_blank_map()
                        }>{tx(Key::WelcomeBlank)}</button>
                        <label class="button" for="import-file">
                            {tx(Key::WelcomeImport)}
                        </label>
                    </div>
                    <button class="small welcome-dismiss" on:click=dismiss>
                        {tx(Key::WelcomeDismiss)}
                    </button>
                </section>
            }
        })
    }
}
