//! The open map leaves the app: as a JSON, CSV, Mermaid or CJML file, as a picture, as a share
//! link, or as a future-state copy beside it. A format that cannot carry everything says what it
//! left out.
use super::{AppState, EditorState, Failure, Notice, Outcome, Route};
use crate::format::StoreError;
use crate::i18n::{text, Key};
use crate::interop::{cjml, csv, mermaid, Note};
use crate::model::{copy_of, MapState};
use crate::platform;
use leptos::prelude::*;

/// The file formats a map is exported as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MapFile {
    /// Patika's own file: everything, canonical.
    Json,
    /// A table for spreadsheets.
    Csv,
    /// Mermaid `journey` text.
    Mermaid,
    /// CJML 2.0 XML.
    Cjml,
}

/// How a picture is downloaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Picture {
    /// The SVG drawing as it is.
    Svg,
    /// The same drawing as a PNG, twice this size (width, height in CSS pixels).
    Png(u32, u32),
}

impl AppState {
    /// The open map, or `NotFound`.
    pub(super) fn open_editor(&self) -> Outcome<EditorState> {
        self.editor.get_untracked().ok_or(Failure::NotFound)
    }

    /// Downloads the open map as `file`. A JSON copy is noted in the library ("last exported");
    /// the other formats say in a banner what they could not carry.
    pub fn export_open_map(&self, file: MapFile) -> Outcome {
        let (id, name, notes, hash) = self.download_open_map(file)?;
        if let Some(hash) = hash {
            // The version handed on is kept: a file that comes back merges three-way against it.
            self.keep_exported_version(&hash);
            // The library shows when a copy was last kept.
            let now = platform::now_iso();
            let _ = self
                .library
                .try_update_value(|l| l.mark_exported(&[id], &now));
            self.refresh_entries();
        }
        if !notes.is_empty() {
            self.notify(Notice::LeftOut { file: name, notes });
        }
        Ok(())
    }

    /// Downloads the open map as `file`: its id, the file's name, what it left out and (a JSON
    /// file) the content hash it records.
    fn download_open_map(
        &self,
        file: MapFile,
    ) -> Outcome<(String, String, Vec<Note>, Option<String>)> {
        let editor = self.open_editor()?;
        let (ext, mime) = match file {
            MapFile::Json => ("json", "application/json"),
            MapFile::Csv => ("csv", "text/csv;charset=utf-8"),
            MapFile::Mermaid => ("mmd", "text/plain;charset=utf-8"),
            MapFile::Cjml => ("cjml.xml", "application/xml"),
        };
        let (id, name, (text, notes, hash)) = editor.map.with_untracked(|m| {
            let converted = match file {
                MapFile::Json => {
                    let (text, hash) = crate::format::exchange::export_for_exchange(m);
                    (text, Vec::new(), Some(hash))
                }
                MapFile::Csv => (csv::to_csv(m), Vec::new(), None),
                MapFile::Mermaid => {
                    let (text, notes) = mermaid::to_mermaid(m);
                    (text, notes, None)
                }
                MapFile::Cjml => {
                    let (text, notes) = cjml::to_cjml(m);
                    (text, notes, None)
                }
            };
            (m.id.clone(), platform::file_name(&m.title, ext), converted)
        });
        match platform::download(&name, mime, &text) {
            true => Ok((id, name, notes, hash)),
            false => Err(Failure::NotDownloaded),
        }
    }

    /// Downloads a drawing of the open map (the curve, the matrix) named after the map's title
    /// and `what` ("Emotion curve").
    pub fn download_picture(&self, what: &str, svg: &str, picture: Picture) -> Outcome {
        let editor = self.open_editor()?;
        let base = editor.map.with_untracked(|m| format!("{} {what}", m.title));
        match picture {
            Picture::Svg => {
                let name = platform::file_name(&base, "svg");
                match platform::download(&name, "image/svg+xml", svg) {
                    true => Ok(()),
                    false => Err(Failure::NotDownloaded),
                }
            }
            Picture::Png(width, height) => {
                let name = platform::file_name(&base, "png");
                platform::download_svg_as_png(svg, width, height, &name);
                Ok(())
            }
        }
    }

    /// Downloads the whole open map as a picture (the grid with its chosen lanes, a title with the
    /// date and a legend; a map wider than `chart::PICTURE_COLUMNS` columns shows its first ones
    /// and says so), as SVG or as a PNG twice its size.
    pub fn export_map_picture(&self, png: bool) -> Outcome {
        let editor = self.open_editor()?;
        let lang = self.lang.get_untracked();
        let (svg, width, height) = editor.map.with_untracked(|m| {
            let date = platform::local_time(&m.updated, lang);
            crate::chart::map_picture(m, lang, &date, &crate::chart::PictureOf::whole(m))
        });
        let picture = if png {
            Picture::Png(width, height)
        } else {
            Picture::Svg
        };
        self.download_picture(text(lang, Key::MapPicture), &svg, picture)
    }

    /// Makes a share link of the open map (the map compressed into the link's fragment):
    /// `made(link)` when it is ready, then `copied(true)` when it is on the clipboard.
    pub fn share_open_map(
        &self,
        made: impl FnOnce(String) + 'static,
        copied: impl FnOnce(bool) + 'static,
    ) -> Outcome {
        let editor = self.open_editor()?;
        let text = editor.map.with_untracked(crate::format::export);
        platform::share::make_payload(text, move |payload| {
            let Some(payload) = payload else {
                return;
            };
            let shared = Route::Shared(payload).href();
            let link = format!("{}{shared}", platform::share::page_base());
            made(link.clone());
            platform::share::copy_text(link, copied);
        });
        Ok(())
    }

    /// The SHA-256 of the open map's exported JSON, as hex (`None` where the browser has no Web
    /// Crypto): what a team compares with a shared file's hash.
    pub fn hash_open_map(&self, done: impl FnOnce(Option<String>) + 'static) -> Outcome {
        let editor = self.open_editor()?;
        let text = editor
            .map
            .with_untracked(|m| crate::format::exchange::export_for_exchange(m).0);
        platform::files::sha256_hex(&text, done);
        Ok(())
    }

    /// Stores a future-state copy of the open map ("… — future state", based on it, compared
    /// with it on the curve) and opens it; returns its id.
    pub fn create_future_copy(&self) -> Outcome<String> {
        let editor = self.open_editor()?;
        let suffix = text(self.lang.get_untracked(), Key::FutureSuffix);
        let now = platform::now_iso();
        let mut copy = editor
            .map
            .with_untracked(|m| copy_of(m, &platform::new_id(), suffix, &now));
        copy.based_on = Some(editor.map.with_untracked(|m| m.id.clone()));
        copy.state = MapState::Future;
        self.flush();
        self.create_map(copy)
    }

    /// Draws the stored map `id` on the open map's curve for comparison (`None`: no comparison).
    pub fn compare_open_map_with(&self, id: Option<&str>) -> Outcome {
        let editor = self.open_editor()?;
        let Some(id) = id else {
            editor.compare.set(None);
            return Ok(());
        };
        match self.load(id) {
            Ok(imported) => {
                editor.compare.set(Some(imported.map));
                Ok(())
            }
            Err(crate::format::LoadError::Store(e)) => Err(Failure::NotSaved(e)),
            Err(_) => Err(Failure::NotFound),
        }
    }

    /// "Export now" while storage is full: the map in memory is the newest copy, and it is what
    /// gets downloaded.
    /// On the library page it downloads the maps left unstored (one map file, or one backup file
    /// for several); exported, they leave the unsaved list.
    pub fn export_unsaved(&self) -> Outcome {
        if self.editor.with_untracked(Option::is_some) {
            return self.download_open_map(MapFile::Json).map(|_| ());
        }
        let maps = self.unsaved.get_untracked();
        let (name, text) = match maps.as_slice() {
            // Nothing left unstored (storage was full from the start): every map, as a backup.
            [] => {
                self.request_backup();
                return Ok(());
            }
            [map] => (
                platform::file_name(&map.title, "json"),
                crate::format::export(map),
            ),
            _ => {
                let now = platform::now_iso();
                let name = format!("patika-unsaved-{}.json", now.get(..10).unwrap_or(""));
                (name, crate::format::export_backup(&maps, &now))
            }
        };
        if !platform::download(&name, "application/json", &text) {
            return Err(Failure::NotDownloaded);
        }
        self.unsaved.set(Vec::new());
        Ok(())
    }
}

/// Whether the save status says storage is full (the banner that offers "Export now").
#[inline(always)] // on the start path (see app_state.rs)
pub fn storage_full(status: &super::SaveStatus) -> bool {
    matches!(status, super::SaveStatus::Failed(StoreError::QuotaExceeded))
}
