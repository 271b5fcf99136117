//! Pages as URL fragments (`#/`, `#/map/<id>`…): deep links work on any static host, under any
//! subpath, with no rewrite rules. (Tested in `tests/web.rs`: this layer builds for wasm32 only.)

/// Which page is shown, from the URL fragment.
#[derive(Debug, Clone, PartialEq)]
pub enum Route {
    /// `#/`: the library.
    Library,
    /// `#/map/<id>`: the editor.
    Map(String),
    /// `#/present/<id>`: a stored map, read-only, without editing chrome.
    Present(String),
    /// `#/shared/<payload>`: a map carried in the link itself, read-only until saved.
    Shared(String),
    /// `#/snapshot/<map>/<id>`: one of a map's snapshots, read-only.
    Snapshot(String, String),
}

impl Route {
    /// The link to the library, as a constant: the header's link is built at start, where
    /// formatting it would compile more code before the first paint.
    pub const LIBRARY_HREF: &'static str = "#/";

    /// Parses a fragment (without '#').
    pub fn parse(hash: &str) -> Route {
        let after = |p: &str| {
            hash.strip_prefix(p)
                .filter(|x| !x.is_empty())
                .map(str::to_string)
        };
        if let Some(id) = after("/map/") {
            Route::Map(id)
        } else if let Some(id) = after("/present/") {
            Route::Present(id)
        } else if let Some(payload) = after("/shared/") {
            Route::Shared(payload)
        } else if let Some((map, id)) = after("/snapshot/").and_then(|x| {
            let (m, i) = x.rsplit_once('/')?;
            (!m.is_empty() && !i.is_empty()).then(|| (m.to_string(), i.to_string()))
        }) {
            Route::Snapshot(map, id)
        } else {
            Route::Library
        }
    }
    /// The fragment for this route, without '#'.
    pub fn to_hash(&self) -> String {
        match self {
            Route::Library => "/".into(),
            Route::Map(id) => format!("/map/{id}"),
            Route::Present(id) => format!("/present/{id}"),
            Route::Shared(payload) => format!("/shared/{payload}"),
            Route::Snapshot(map, id) => format!("/snapshot/{map}/{id}"),
        }
    }

    /// The link to this route, for `href`: "#/map/<id>".
    #[inline(always)] // on the start path (see app_state.rs)
    pub fn href(&self) -> String {
        format!("#{}", self.to_hash())
    }
}
