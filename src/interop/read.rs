//! A file the user gave, whatever its kind: a Patika map, a CSV table, a CJML (XML) file or a
//! Mermaid journey, told apart by name and content, each read into a map through the load
//! pipeline. The import worker and the main thread both read files this way.
use super::{cjml, csv, mermaid, Converted};
use crate::format::{import, ImportError, MAX_BYTES};
use crate::model::Lang;

/// A map from the file `name` holding `bytes` (`size`: the file's real size, which may exceed what
/// was read), with the conversion's notes. `now` stamps a converted map's dates.
pub fn read_file(
    name: &str,
    bytes: &[u8],
    size: usize,
    lang: Lang,
    now: &str,
) -> Result<Converted, ImportError> {
    if size > MAX_BYTES || bytes.len() > MAX_BYTES {
        return Err(ImportError::TooLarge {
            size: size.max(bytes.len()),
            limit: MAX_BYTES,
        });
    }
    let lower = name.to_lowercase();
    let text = || {
        std::str::from_utf8(bytes).map_err(|e| ImportError::NotUtf8 {
            offset: e.valid_up_to(),
        })
    };
    if lower.ends_with(".csv") || lower.ends_with(".tsv") {
        return csv::from_csv_bytes(bytes, &title_of(name), lang, now);
    }
    let looks_xml = lower.ends_with(".xml")
        || lower.ends_with(".cjml")
        || text().is_ok_and(|t| t.trim_start().starts_with('<'));
    if looks_xml {
        return cjml::from_cjml(text()?, lang, now);
    }
    let looks_mermaid = lower.ends_with(".mmd")
        || lower.ends_with(".mermaid")
        || text().is_ok_and(|t| t.trim_start().starts_with("journey"));
    if looks_mermaid {
        return mermaid::from_mermaid(text()?, lang, now);
    }
    import(bytes).map(|imported| Converted {
        imported,
        notes: Vec::new(),
    })
}

/// A table's title from its file name: "Kargo-sureci_v2.csv" → "Kargo sureci v2".
fn title_of(name: &str) -> String {
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    stem.replace(['-', '_'], " ").trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_is_named_after_its_file() {
        assert_eq!(title_of("Kargo-sureci_v2.csv"), "Kargo sureci v2");
        assert_eq!(title_of("plain"), "plain");
    }
}
