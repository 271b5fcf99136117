//! The action plan panel (built when opened): the impact × effort matrix drawn with plotters, a
//! focusable button on each action's place; the list in priority order, filtered by status,
//! owner and stage and sorted by priority, owner, status or stage; the open action's form.
use super::action_form::{ActionForm, STATUSES};
use super::fields::SelectField;
use super::table::{self, table, Cell, Row};
use super::tx;
use super::{app_state, use_t};
use crate::analysis::plan::{plan, Ranked};
use crate::chart::{plan_matrix_svg, plan_points, PLAN_HEIGHT, PLAN_WIDTH};
use crate::i18n::{action_status_name, plan_lines, quadrant_name, text, Key, Lang};
use crate::i18n::{PlanLine, PLAN_HEADS, PLAN_TITLE};
use crate::model::alphabet_key;
use crate::model::order::sort_by_key;
use crate::model::{Action, JourneyMap};
use crate::platform;
use crate::state::EditorState;
use leptos::prelude::*;

/// The list's order, as chosen in the panel (session state): the select's code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Order {
    Priority,
    Owner,
    Status,
    Stage,
}

/// The orders the list offers: the select's code and words.
const ORDERS: [(&str, Order, Key); 4] = [
    ("priority", Order::Priority, Key::ByPriority),
    ("owner", Order::Owner, Key::ByOwner),
    ("status", Order::Status, Key::ByStatus),
    ("stage", Order::Stage, Key::ByStage),
];

impl Order {
    /// The order a select's code names (priority for anything else).
    fn from_code(code: &str) -> Order {
        ORDERS
            .iter()
            .find(|o| o.0 == code)
            .map_or(Order::Priority, |o| o.1)
    }
}

/// The first stage (in stage order) an action's touchpoints are in.
fn stage_index(map: &JourneyMap, a: &Action) -> usize {
    a.touchpoints
        .iter()
        .filter_map(|id| map.touchpoint(id))
        .filter_map(|t| map.stages.iter().position(|s| s.id == t.stage))
        .min()
        .unwrap_or(usize::MAX)
}

/// The plan's rows after the filters, in the chosen order.
fn rows(map: &JourneyMap, status: &str, owner: &str, stage: &str, order: Order) -> Vec<Ranked> {
    let of = |r: &Ranked| map.actions.iter().find(|a| a.id == r.id);
    let mut out: Vec<Ranked> = plan(map)
        .into_iter()
        .filter(|r| {
            let Some(a) = of(r) else { return false };
            (status.is_empty() || a.status.code() == status)
                && (owner.is_empty() || a.owner.trim() == owner)
                && (stage.is_empty()
                    || a.touchpoints
                        .iter()
                        .any(|t| map.touchpoint(t).is_some_and(|t| t.stage == stage)))
        })
        .collect();
    // Every listed row's action is there (the filter kept only those): read in place, not
    // copied for each comparison.
    match order {
        Order::Priority => {}
        Order::Owner => {
            let lang = map.lang();
            sort_by_key(&mut out, |r| {
                alphabet_key(lang, of(r).map_or("", |a| a.owner.trim()))
            })
        }
        Order::Status => sort_by_key(&mut out, |r| of(r).map_or(0, |a| a.status as u8)),
        Order::Stage => sort_by_key(&mut out, |r| {
            of(r).map_or(usize::MAX, |a| stage_index(map, a))
        }),
    }
    out
}

/// The action plan panel.
#[component]
pub fn Plan(editor: EditorState) -> impl IntoView {
    let lang = app_state().lang;
    let open = RwSignal::new(false);
    let shown = move || open.get() || editor.action.get().is_some();
    let status = RwSignal::new(String::new());
    let owner = RwSignal::new(String::new());
    let stage = RwSignal::new(String::new());
    let order = RwSignal::new(ORDERS[0].0.to_string());
    let listed = Memo::new(move |_| {
        if !shown() {
            return Vec::new();
        }
        let (s, o, st) = (status.get(), owner.get(), stage.get());
        let order = order.with(|o| Order::from_code(o));
        editor.map.with(|m| rows(m, &s, &o, &st, order))
    });
    let count = move || editor.map.with(|m| m.actions.len());
    let add = move |_| {
        editor.add_action(Action {
            id: platform::new_id(),
            title: text(lang.get_untracked(), Key::NewAction).to_string(),
            ..Action::default()
        })
    };
    view! {
        <details class="plan" prop:open=shown>
            <summary on:click=move |ev| {
                ev.prevent_default();
                let now = shown();
                open.set(!now);
                if now {
                    editor.action.set(None);
                }
            }>{tx(Key::ActionPlan)}" ("{count}")"</summary>
            <Show when=shown>
                <div class="plan-tools">
                    <button on:click=add>"+ "{tx(Key::NewAction)}</button>
                    {filters(editor, lang, status, owner, stage, order)}
                </div>
                <Show
                    when=move || count() != 0
                    fallback=move || view! { <p class="hint">{tx(Key::NoActions)}</p> }
                >
                    <div class="plan-body">
                        {matrix(editor, lang, listed)} {list(editor, lang, listed)}
                    </div>
                </Show>
                {move || editor.action.get().map(|id| view! { <ActionForm editor id /> })}
            </Show>
        </details>
    }
}

/// The filters (status, owner, stage) and the order: four selects, each with its words, its
/// choices ("all" first where it filters) and its value.
fn filters(
    editor: EditorState,
    lang: RwSignal<Lang>,
    status: RwSignal<String>,
    owner: RwSignal<String>,
    stage: RwSignal<String>,
    order: RwSignal<String>,
) -> impl IntoView {
    let t = use_t();
    let choices = move |which: Key| -> Vec<(String, String)> {
        let l = lang.get();
        let mut v = vec![(String::new(), text(l, Key::AllOptions).to_string())];
        match which {
            Key::ActionStatusLabel => v.extend(
                STATUSES.map(|s| (s.code().to_string(), action_status_name(l, s).to_string())),
            ),
            Key::Owner => {
                let mut names: Vec<String> = editor.map.with(|m| {
                    let owners = m.actions.iter().map(|a| a.owner.trim().to_string());
                    owners.filter(|o| !o.is_empty()).collect()
                });
                let lang = editor.map.with(JourneyMap::lang);
                sort_by_key(&mut names, |n| alphabet_key(lang, n));
                names.dedup();
                v.extend(names.into_iter().map(|n| (n.clone(), n)));
            }
            Key::Stage => editor
                .map
                .with(|m| v.extend(m.stages.iter().map(|s| (s.id.clone(), s.name.clone())))),
            _ => {
                v = ORDERS
                    .iter()
                    .map(|(c, _, k)| (c.to_string(), text(l, *k).to_string()))
                    .collect()
            }
        }
        v
    };
    [
        (Key::ActionStatusLabel, status),
        (Key::Owner, owner),
        (Key::Stage, stage),
        (Key::SortBy, order),
    ]
    .into_iter()
    .map(|(key, value)| {
        view! {
            <SelectField
                label=Signal::derive(move || t(key).to_string())
                options=Signal::derive(move || choices(key))
                value=value
                on_commit=Callback::new(move |v| value.set(v))
            />
        }
    })
    .collect_view()
}

/// The impact × effort picture with a button on each listed action's place.
fn matrix(editor: EditorState, lang: RwSignal<Lang>, listed: Memo<Vec<Ranked>>) -> impl IntoView {
    let picture = platform::svg_picture(move || plan_matrix_svg(lang.get(), None));
    let dots = move || {
        let l = lang.get();
        editor.map.with(|m| {
            listed.with(|rows| {
                plan_points(m, rows)
                    .into_iter()
                    .zip(rows.iter())
                    .filter_map(|(p, r)| {
                        let a = m.actions.iter().find(|a| a.id == p.id)?;
                        let label = format!(
                            "{}{} · {} · {}",
                            p.rank.map(|n| format!("{n}. ")).unwrap_or_default(),
                            a.title,
                            quadrant_name(l, r.quadrant),
                            action_status_name(l, a.status)
                        );
                        let style = format!(
                            "left:{:.2}%;top:{:.2}%",
                            p.x / PLAN_WIDTH * 100.0,
                            p.y / PLAN_HEIGHT * 100.0
                        );
                        let id = p.id.clone();
                        let mark = p.rank.map(|n| n.to_string()).unwrap_or_else(|| "✓".into());
                        Some(view! {
                            <button
                                class="plan-dot"
                                class:done=p.rank.is_none()
                                style=style
                                aria-label=label.clone()
                                title=label
                                on:click=move |_| editor.action.set(Some(id.clone()))
                            >
                                {mark}
                            </button>
                        })
                    })
                    .collect_view()
            })
        })
    };
    view! {
        <figure class="plan-matrix">
            <figcaption class="sr-only">{move || text(lang.get(), Key::QuadrantLabel)}</figcaption>
            <div class="plan-canvas">
                <img src=move || picture.get().unwrap_or_default() alt="" />
                {dots}
            </div>
        </figure>
    }
}

/// The plan table's rows for `ranked` in `l` (the list's and the presentation's): the cells of
/// `i18n::plan_lines`, the title as `title` draws it, done rows muted.
pub fn plan_rows(
    m: &JourneyMap,
    l: Lang,
    ranked: &[Ranked],
    title: &dyn Fn(&Action) -> Cell,
) -> Vec<Row> {
    let row = |line: PlanLine| {
        let cells = line.cells.into_iter().enumerate();
        Row {
            cells: cells
                .map(|(i, c)| {
                    if i == PLAN_TITLE {
                        title(line.action)
                    } else {
                        Cell::Text(c)
                    }
                })
                .collect(),
            done: line.done,
        }
    };
    plan_lines(l, m, ranked).into_iter().map(row).collect()
}

/// The listed actions as a table, each title opening its action's form.
fn list(editor: EditorState, lang: RwSignal<Lang>, listed: Memo<Vec<Ranked>>) -> impl IntoView {
    let open = move |a: &Action| {
        let id = a.id.clone();
        Cell::Open(
            a.title.clone(),
            Callback::new(move |()| editor.action.set(Some(id.clone()))),
        )
    };
    view! {
        <div class="numbers-scroll plan-list" tabindex="0" aria-label=tx(Key::ActionPlan)>
            {move || {
                let l = lang.get();
                let rows = editor.map.with(|m| listed.with(|r| plan_rows(m, l, r, &open)));
                table(None, table::heads(l, &PLAN_HEADS), rows)
            }}
        </div>
    }
}
