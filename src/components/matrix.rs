//! The touchpoint matrix: stages × channels as a heatmap table. Empty rows and columns stay
//! visible (a channel the journey never uses); clicking a cell filters the board.
use super::use_t;
use crate::analysis::matrix;
use crate::chart::{heat_colour, matrix_size, matrix_svg};
use crate::i18n::Key;
use crate::platform;
use crate::state::EditorState;
use leptos::prelude::*;

/// Background colour of a cell: the export's colour, so screen and file agree.
fn heat(mean: Option<f64>, lo: i8, hi: i8) -> String {
    if mean.is_none() {
        return "transparent".into();
    }
    let c = heat_colour(mean, lo, hi);
    format!("rgb({} {} {})", c.0, c.1, c.2)
}

/// The matrix with its filter.
#[component]
pub fn TouchpointMatrix(editor: EditorState) -> impl IntoView {
    let t = use_t();
    let lang = super::app_state().lang;
    let open = RwSignal::new(false);
    let data = Memo::new(move |_| {
        editor.map.with(|m| {
            let mx = matrix(m);
            let stage_names: Vec<String> = mx
                .stages
                .iter()
                .map(|s| m.stage(s).map(|x| x.name.clone()).unwrap_or_default())
                .collect();
            let channel_names: Vec<String> = mx
                .channels
                .iter()
                .map(|c| m.channel(c).map(|x| x.name.clone()).unwrap_or_default())
                .collect();
            (
                mx,
                stage_names,
                channel_names,
                m.emotion_scale.min,
                m.emotion_scale.max,
            )
        })
    });
    // The export is drawn by plotters from the same data the table shows.
    let export = move || {
        let (mx, stages, channels, lo, hi) = data.get_untracked();
        let title = editor.map.with_untracked(|m| m.title.clone());
        let name =
            move |ext: &str| platform::file_name(&format!("{title} {}", t(Key::Matrix)), ext);
        (
            name,
            matrix_svg(&mx, &stages, &channels, (lo, hi), lang.get_untracked()),
            matrix_size(&mx),
        )
    };
    view! {
        <details class="matrix">
            <summary on:click=move |_| open.update(|o| *o = !*o)>{move || t(Key::Matrix)}</summary>
            <Show when=move || open.get()>
                <p class="hint">{move || t(Key::MatrixHelp)}</p>
                <p class="row buttons">
                    <button on:click=move |_| {
                        let (name, svg, _) = export();
                        platform::download(&name("svg"), "image/svg+xml", &svg);
                    }>{move || t(Key::ExportSvg)}</button>
                    <button on:click=move |_| {
                        let (name, svg, (w, h)) = export();
                        platform::download_svg_as_png(&svg, w, h, &name("png"));
                    }>{move || t(Key::ExportPng)}</button>
                </p>
                <div class="matrix-scroll">
                    {move || {
                        let (mx, stages, channels, lo, hi) = data.get();
                        let unused: Vec<bool> = (0..mx.channels.len())
                            .map(|c| mx.is_unused_channel(c))
                            .collect();
                        view! {
                            <table>
                                <thead>
                                    <tr>
                                        <td></td>
                                        {channels
                                            .iter()
                                            .zip(&unused)
                                            .map(|(c, u)| {
                                                view! {
                                                    <th scope="col" class:unused=*u>
                                                        {c.clone()}
                                                        {u
                                                            .then(|| {
                                                                view! {
                                                                    <span class="unused-note">" ("{t(Key::NotUsed)}")"</span>
                                                                }
                                                            })}
                                                    </th>
                                                }
                                            })
                                            .collect_view()}
                                    </tr>
                                </thead>
                                <tbody>
                                    {mx
                                        .cells
                                        .iter()
                                        .enumerate()
                                        .map(|(r, row)| {
                                            let stage_name = stages[r].clone();
                                            let empty_row = row
                                                .iter()
                                                .all(|c| c.touchpoints.is_empty());
                                            view! {
                                                <tr class:unused=empty_row>
                                                    <th scope="row">{stage_name.clone()}</th>
                                                    {row
                                                        .iter()
                                                        .enumerate()
                                                        .map(|(c, cell)| {
                                                            let n = cell.touchpoints.len();
                                                            let key = (mx.stages[r].clone(), mx.channels[c].clone());
                                                            let k2 = key.clone();
                                                            let mean = cell
                                                                .mean_emotion
                                                                .map(|m| crate::i18n::signed_decimal(lang.get(), m, 1))
                                                                .unwrap_or_default();
                                                            let label = format!(
                                                                "{} × {}: {n} {}, {} {}, {} {}",
                                                                stage_name,
                                                                channels[c],
                                                                t(Key::Touchpoints),
                                                                t(Key::MeanEmotion),
                                                                if mean.is_empty() {
                                                                    "—".to_string()
                                                                } else {
                                                                    mean.clone()
                                                                },
                                                                cell.pain_points,
                                                                t(Key::PainPoints),
                                                            );
                                                            let style = format!(
                                                                "background:{}",
                                                                heat(cell.mean_emotion, lo, hi),
                                                            );
                                                            let pains = cell.pain_points;
                                                            view! {
                                                                <td class:unused=unused[c] style=style>
                                                                    {(n > 0)
                                                                        .then(|| {
                                                                            view! {
                                                                                <button
                                                                                    class="cell"
                                                                                    aria-label=label.clone()
                                                                                    title=label.clone()
                                                                                    aria-pressed=move || {
                                                                                        (editor.filter.get().as_ref() == Some(&k2)).to_string()
                                                                                    }
                                                                                    on:click=move |_| editor.filter.set(Some(key.clone()))
                                                                                >
                                                                                    <span class="n">{n}</span>
                                                                                    <span class="mean">{mean.clone()}</span>
                                                                                    {(pains > 0)
                                                                                        .then(|| view! { <span class="pains">"⚠"{pains}</span> })}
                                                                                </button>
                                                                            }
                                                                        })}
                                                                </td>
                                                            }
                                                        })
                                                        .collect_view()}
                                                </tr>
                                            }
                                        })
                                        .collect_view()}
                                </tbody>
                            </table>
                        }
                    }}
                </div>
            </Show>
        </details>
    }
}

/// The active board filter, with a way out.
#[component]
pub fn FilterBar(editor: EditorState) -> impl IntoView {
    let t = use_t();
    let names = Memo::new(move |_| {
        let (s, c) = editor.filter.get()?;
        editor
            .map
            .with(|m| Some((m.stage(&s)?.name.clone(), m.channel(&c)?.name.clone())))
    });
    view! {
        {move || {
            names
                .get()
                .map(|(s, c)| {
                    view! {
                        <p class="filter-bar" role="status">
                            {t(Key::Filtered)}
                            " "
                            <strong>{s}" × "{c}</strong>
                            " "
                            <button on:click=move |_| {
                                editor.filter.set(None)
                            }>{t(Key::ClearFilter)}</button>
                        </p>
                    }
                })
        }}
    }
}
