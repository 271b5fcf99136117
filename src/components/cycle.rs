//! The CX management cycle as a stepper (research → map → strategy → apply and analyse →
//! improve and renew), with what the current step asks in the seeds' words, how long ago the
//! last research round was and, past the map's renew period, a suggestion to renew; at the
//! renew step, closing the round takes a snapshot and starts the next round's research.
use super::fields::NumberField;
use super::tx;
use super::{app_state, use_t};
use crate::analysis::cycle::{last_research, months_between, renew_due};
use crate::i18n::{cycle_step_asks, cycle_step_name, last_research_text, Key};
use crate::model::{Command, CycleStep};
use crate::platform;
use crate::state::EditorState;
use leptos::prelude::*;

/// The cycle stepper.
#[component]
pub fn Cycle(editor: EditorState) -> impl IntoView {
    let app = app_state();
    let t = use_t();
    let lang = app.lang;
    let step = Memo::new(move |_| editor.map.with(|m| m.cycle));
    // The snapshots are read once the editor has painted and settled (reading them scans the
    // storage keys: not on the open path).
    let _ = platform::Timer::after(1500, move || app.refresh_snapshots());
    let last = Memo::new(move |_| {
        let rounds: Vec<(String, String)> = app.snapshots.with(|s| {
            s.iter()
                .filter(|e| e.cycle == CycleStep::Renew)
                .map(|e| (e.name.clone(), e.taken.clone()))
                .collect()
        });
        editor.map.with(|m| last_research(m, &rounds))
    });
    let research_line = move || {
        let now = platform::now_iso();
        let last = last.get();
        let months = last.as_ref().and_then(|l| months_between(l.date(), &now));
        let due = editor.map.with(|m| renew_due(m, last.as_ref(), &now));
        view! {
            <p class="cycle-age" class:due=due>
                {last_research_text(lang.get(), last.as_ref(), months)}
                {due.then(|| view! { <strong>" · "{t(Key::RenewDue)}</strong> })}
            </p>
        }
    };
    view! {
        <nav class="cycle" aria-label=tx(Key::CycleLabel)>
            <ol class="cycle-steps">
                {CycleStep::ALL
                    .into_iter()
                    .enumerate()
                    .map(|(i, s)| {
                        view! {
                            <li>
                                <button
                                    class:current=move || step.get() == s
                                    aria-current=move || (step.get() == s).then_some("step")
                                    on:click=move |_| editor.dispatch(Command::SetCycle(s))
                                >
                                    {i + 1}
                                    ". "
                                    {move || cycle_step_name(lang.get(), s)}
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <p class="cycle-asks">{move || cycle_step_asks(lang.get(), step.get())}</p>
            {research_line}
            <Show when=move || step.get() == CycleStep::Renew>
                <super::snapshots::SnapshotNameForm
                    class="cycle-renew"
                    button=Key::CloseRound
                    primary=true
                    take=Callback::new(move |name: String| app.start_next_round(&name).is_ok())
                />
                <NumberField
                    label=Signal::derive(move || t(Key::RenewAfter).to_string())
                    value=Signal::derive(move || {
                        editor.map.with(|m| m.renew_after_months.map(f64::from))
                    })
                    places=0
                    range=(1.0, 120.0)
                    on_commit=Callback::new(move |v: Option<f64>| {
                        let months = v.map(|v| v.round() as u16);
                        editor.dispatch(Command::SetRenewAfter(months))
                    })
                />
            </Show>
        </nav>
    }
}
