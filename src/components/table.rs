//! A read-only data table drawn from rows of cells (the insights' stage and gap tables, the
//! plan's list): one compiled view for every such table, instead of one static view type (and
//! its build code) per table and per row shape.
use crate::i18n::{text, Key, Lang};
use leptos::prelude::*;

/// One cell of a row.
pub enum Cell {
    /// Text in a `<td>`.
    Text(String),
    /// The row's header: what the row is about (`<th scope="row">`).
    Head(String),
    /// The row's header as a button that opens what the row is about.
    Open(String, Callback<()>),
}

/// One row: its cells, and whether it is marked done (drawn muted).
pub struct Row {
    /// The cells, left to right.
    pub cells: Vec<Cell>,
    /// Marked as done (class `done`).
    pub done: bool,
}

impl Row {
    /// A row that is not marked done.
    pub fn new(cells: Vec<Cell>) -> Self {
        Row { cells, done: false }
    }
}

/// A `<table>` with an optional caption, one header row of `heads` and `rows`.
pub fn table(caption: Option<String>, heads: Vec<String>, rows: Vec<Row>) -> AnyView {
    let heads = heads
        .into_iter()
        .map(|h| view! { <th scope="col">{h}</th> })
        .collect_view();
    let rows = rows
        .into_iter()
        .map(|r| {
            let cells = r.cells.into_iter().map(cell).collect_view();
            view! { <tr class:done=r.done>{cells}</tr> }
        })
        .collect_view();
    view! {
        <table>
            {caption.map(|c| view! { <caption>{c}</caption> })} <thead>
                <tr>{heads}</tr>
            </thead> <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}

/// The column heads `keys` in `lang`.
pub fn heads(lang: Lang, keys: &[Key]) -> Vec<String> {
    keys.iter().map(|k| text(lang, *k).to_string()).collect()
}

/// A captioned `table` in its `scroll_box`, named by the caption.
pub fn scroll_table(caption: &str, heads: Vec<String>, rows: Vec<Row>) -> AnyView {
    scroll_box(caption, table(Some(caption.into()), heads, rows))
}

/// The box that scrolls a wide table sideways on a narrow screen: focusable and named
/// (`label`), so the keyboard can scroll it too.
pub fn scroll_box(label: &str, content: AnyView) -> AnyView {
    view! {
        <div class="numbers-scroll" tabindex="0" aria-label=label.to_string()>
            {content}
        </div>
    }
    .into_any()
}

/// One cell's element.
fn cell(c: Cell) -> AnyView {
    match c {
        Cell::Text(s) => view! { <td>{s}</td> }.into_any(),
        Cell::Head(s) => view! { <th scope="row">{s}</th> }.into_any(),
        Cell::Open(s, open) => view! {
            <th scope="row">
                <button class="link" on:click=move |_| open.run(())>
                    {s}
                </button>
            </th>
        }
        .into_any(),
    }
}
