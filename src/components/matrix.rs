//! The touchpoint matrix: stages × channels as a heatmap table. Empty rows and columns stay
//! visible (a channel the journey never uses); clicking a cell filters the board.
use super::tx;
use super::use_t;
use crate::analysis::{matrix, Cell, Matrix};
use crate::chart::{heat_colour, matrix_size, matrix_svg};
use crate::i18n::{signed_decimal, Key, Lang};
use crate::model::Id;
use crate::state::{EditorState, Picture};
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
                .map(|s| m.stage_name(s).to_string())
                .collect();
            let channel_names: Vec<String> = mx
                .channels
                .iter()
                .map(|c| m.channel_name(c).to_string())
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
    let app = super::app_state();
    let export = move |png: bool| {
        let (mx, stages, channels, lo, hi) = data.get_untracked();
        let svg = matrix_svg(&mx, &stages, &channels, (lo, hi), lang.get_untracked());
        let (w, h) = matrix_size(&mx);
        let picture = if png {
            Picture::Png(w, h)
        } else {
            Picture::Svg
        };
        let _ = app.download_picture(t(Key::Matrix), &svg, picture);
    };
    view! {
        <details class="matrix">
            <summary on:click=move |_| open.update(|o| *o = !*o)>{tx(Key::Matrix)}</summary>
            <Show when=move || open.get()>
                <p class="hint">{tx(Key::MatrixHelp)}</p>
                <p class="row buttons">
                    <button on:click=move |_| export(false)>{tx(Key::ExportSvg)}</button>
                    <button on:click=move |_| export(true)>{tx(Key::ExportPng)}</button>
                </p>
                <div class="matrix-scroll">
                    {move || {
                        let (mx, stages, channels, lo, hi) = data.get();
                        matrix_table(editor, lang.get(), &mx, &stages, &channels, (lo, hi))
                    }}
                </div>
            </Show>
        </details>
    }
}

/// The table: a header row of channels (unused ones marked), then one row per stage.
fn matrix_table(
    editor: EditorState,
    lang: Lang,
    mx: &Matrix,
    stages: &[String],
    channels: &[String],
    scale: (i8, i8),
) -> impl IntoView {
    let t = use_t();
    let unused: Vec<bool> = (0..mx.channels.len())
        .map(|c| mx.is_unused_channel(c))
        .collect();
    let header = channels
        .iter()
        .zip(&unused)
        .map(|(c, u)| {
            let note =
                u.then(|| view! { <span class="unused-note">" ("{t(Key::NotUsed)}")"</span> });
            view! {
                <th scope="col" class:unused=*u>
                    {c.clone()}
                    {note}
                </th>
            }
        })
        .collect_view();
    let rows = mx
        .cells
        .iter()
        .enumerate()
        .map(|(r, row)| {
            let empty_row = row.iter().all(|c| c.touchpoints.is_empty());
            let cells = row
                .iter()
                .enumerate()
                .map(|(c, cell)| {
                    let key = (mx.stages[r].clone(), mx.channels[c].clone());
                    let names = (stages[r].as_str(), channels[c].as_str());
                    matrix_cell(editor, lang, cell, key, names, unused[c], scale)
                })
                .collect_view();
            view! {
                <tr class:unused=empty_row>
                    <th scope="row">{stages[r].clone()}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <table>
            <thead>
                <tr>
                    <td></td>
                    {header}
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// One cell: how many touchpoints, their mean emotion and pain points, coloured by the mean;
/// clicking it filters the board to them.
fn matrix_cell(
    editor: EditorState,
    lang: Lang,
    cell: &Cell,
    key: (Id, Id),
    (stage, channel): (&str, &str),
    unused: bool,
    (lo, hi): (i8, i8),
) -> impl IntoView {
    let t = use_t();
    let n = cell.touchpoints.len();
    let pains = cell.pain_points;
    let mean = cell
        .mean_emotion
        .map(|m| signed_decimal(lang, m, 1))
        .unwrap_or_default();
    let said_mean = if mean.is_empty() {
        "—".to_string()
    } else {
        mean.clone()
    };
    // The name is what the cell shows, with the words a screen reader needs around it (WCAG 2.5.3:
    // the visible text is part of the name).
    let title = format!(
        "{stage} × {channel}: {n} {}, {} {said_mean}, {pains} {}",
        t(Key::Touchpoints),
        t(Key::MeanEmotion),
        t(Key::PainPoints),
    );
    let style = format!("background:{}", heat(cell.mean_emotion, lo, hi));
    let chosen = key.clone();
    let (stage, channel) = (stage.to_string(), channel.to_string());
    let button = (n > 0).then(|| {
        view! {
            <button
                class="cell"
                title=title
                aria-pressed=move || (editor.filter.get().as_ref() == Some(&chosen)).to_string()
                on:click=move |_| editor.filter.set(Some(key.clone()))
            >
                <span class="sr-only">{format!("{stage} × {channel}: ")}</span>
                <span class="n">{n}</span>
                <span class="sr-only">
                    {format!(" {}, {} ", t(Key::Touchpoints), t(Key::MeanEmotion))}
                </span>
                <span class="mean">{mean.clone()}</span>
                {mean.is_empty().then(|| view! { <span class="sr-only">"—"</span> })}
                {(pains > 0).then(|| view! { <span class="pains">"⚠"{pains}</span> })}
                <span class="sr-only">{format!(" {pains} {}", t(Key::PainPoints))}</span>
            </button>
        }
    });
    view! {
        <td class:unused=unused style=style>
            {button}
        </td>
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
