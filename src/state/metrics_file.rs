//! The open map's metrics as their own CSV file: out (`<title>-metrikler.csv` /
//! `<title>-metrics.csv`), and back in onto the open map's touchpoints as one undo step, saying
//! what was added, updated and could not be placed.
use super::{AppState, Failure, Notice, Outcome};
use crate::interop::metrics_csv::{metrics_from_csv, metrics_to_csv};
use crate::model::Command;
use crate::platform::{self, files::BrowserFile};
use leptos::prelude::*;

impl AppState {
    /// Downloads the open map's metrics as CSV in the map's language.
    pub fn export_open_map_metrics(&self) -> Outcome {
        let editor = self.open_editor()?;
        let (name, text) = editor.map.with_untracked(|m| {
            let tr = m.lang() == crate::model::Lang::Tr;
            let base = format!("{} {}", m.title, if tr { "metrikler" } else { "metrics" });
            (platform::file_name(&base, "csv"), metrics_to_csv(m))
        });
        match platform::download(&name, "text/csv;charset=utf-8", &text) {
            true => Ok(()),
            false => Err(Failure::NotDownloaded),
        }
    }

    /// Puts the metrics of the first of `files` (a metrics CSV) onto the open map.
    pub fn put_metrics_from(&self, files: Vec<BrowserFile>) {
        let app = *self;
        platform::files::read_files(files, crate::format::MAX_BYTES, move |fs| {
            let Some(f) = fs.into_iter().next() else {
                return;
            };
            let Some(editor) = app.editor.get_untracked() else {
                return;
            };
            // UTF-8, else Windows-1254 (what Turkish Excel saves as "CSV").
            let text = match std::str::from_utf8(&f.bytes) {
                Ok(t) => t.to_string(),
                Err(_) => crate::interop::legacy::decode_windows_1254(&f.bytes),
            };
            let result = editor.map.with_untracked(|m| {
                metrics_from_csv(m, &text).map(|(new, read)| {
                    let steps: Vec<Command> = new
                        .touchpoints
                        .iter()
                        .zip(&m.touchpoints)
                        .filter(|(a, b)| a != b)
                        .map(|(a, _)| Command::UpdateTouchpoint(a.clone()))
                        .collect();
                    (steps, read)
                })
            });
            match result {
                Ok((steps, read)) => {
                    if !steps.is_empty() {
                        editor.dispatch(Command::Batch(steps));
                    }
                    app.notify(Notice::MetricsRead { file: f.name, read });
                }
                Err(_) => app.notify(Notice::NotMetricsFile { file: f.name }),
            }
        });
    }
}
