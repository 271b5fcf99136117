//! Pages as URL fragments (`#/`, `#/map/<id>`…): deep links work on any static host, under any
//! subpath, with no rewrite rules.

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
        }
    }

    /// The link to this route, for `href`: "#/map/<id>".
    #[inline(always)] // on the start path (see app_state.rs)
    pub fn href(&self) -> String {
        format!("#{}", self.to_hash())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_route_reads_back_from_its_link() {
        for r in [
            Route::Library,
            Route::Map("m1".into()),
            Route::Present("m1".into()),
        ] {
            assert_eq!(Route::parse(r.href().trim_start_matches('#')), r);
        }
        assert_eq!(Route::Map("m1".into()).href(), "#/map/m1");
        assert_eq!(Route::Library.href(), Route::LIBRARY_HREF);
        assert_eq!(Route::parse("/map/"), Route::Library);
    }
}
