//! The open map's action plan as its own file, in the plan's order and the map's language: a
//! CSV for spreadsheets (`<title>-aksiyon-plani.csv` / `<title>-action-plan.csv`) or Markdown for
//! a report or a wiki page.
use super::{AppState, Failure, Outcome};
use crate::i18n::plan_markdown;
use crate::interop::plan_csv::plan_to_csv;
use crate::model::Lang;
use crate::platform;
use leptos::prelude::*;

/// How the plan is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanFile {
    /// A CSV table.
    Csv,
    /// A Markdown page.
    Markdown,
}

impl AppState {
    /// Downloads the open map's action plan as `file`.
    pub fn export_open_map_plan(&self, file: PlanFile) -> Outcome {
        let editor = self.open_editor()?;
        let (name, mime, text) = editor.map.with_untracked(|m| {
            let lang = m.lang();
            let word = if lang == Lang::Tr {
                "aksiyon plani"
            } else {
                "action plan"
            };
            let base = format!("{} {word}", m.title);
            match file {
                PlanFile::Csv => (
                    platform::file_name(&base, "csv"),
                    "text/csv;charset=utf-8",
                    plan_to_csv(m),
                ),
                PlanFile::Markdown => (
                    platform::file_name(&base, "md"),
                    "text/markdown;charset=utf-8",
                    plan_markdown(lang, m),
                ),
            }
        });
        match platform::download(&name, mime, &text) {
            true => Ok(()),
            false => Err(Failure::NotDownloaded),
        }
    }
}
