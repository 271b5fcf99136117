//! Languages Patika speaks, as a value: the interface language and the language of a map's
//! content (a map file stores it as a BCP 47 tag). Pure data; `i18n` turns facts into words.

/// Türkçe or English.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Lang {
    /// Türkçe: the first audience.
    #[default]
    Tr,
    /// English.
    En,
}

impl Lang {
    /// Both languages, in menu order.
    pub const ALL: [Lang; 2] = [Lang::Tr, Lang::En];

    /// BCP 47 tag: the stored preference and a map file's `language`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Tr => "tr",
            Lang::En => "en",
        }
    }

    /// The language of exactly this code ("tr", "en").
    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "tr" => Some(Lang::Tr),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language's own name.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Tr => "Türkçe",
            Lang::En => "English",
        }
    }

    /// The language of a stored code or a language tag ("tr-TR" → Turkish); English otherwise.
    pub fn from_tag(tag: &str) -> Lang {
        if tag.to_ascii_lowercase().starts_with("tr") {
            Lang::Tr
        } else {
            Lang::En
        }
    }

    /// The interface language: the stored choice, else the first browser language we speak,
    /// else Turkish.
    pub fn choose(stored: Option<&str>, browser: &[String]) -> Lang {
        if let Some(chosen) = stored.and_then(Lang::from_code) {
            return chosen;
        }
        for tag in browser {
            let t = tag.to_ascii_lowercase();
            if t.starts_with("tr") {
                return Lang::Tr;
            }
            if t.starts_with("en") {
                return Lang::En;
            }
        }
        if browser.is_empty() {
            Lang::Tr
        } else {
            Lang::En
        }
    }
}

/// Folds text for search and for matching names, so that Turkish dotted/dotless i and case do
/// not matter ("İSTANBUL", "istanbul" and "Istanbul" all match).
pub fn search_fold(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'İ' | 'I' | 'ı' => 'i',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .filter(|c| *c != '\u{307}')
        .collect()
}

/// A key that sorts names in alphabetical order regardless of case, in the Turkish alphabet
/// (a b c ç d e f g ğ h ı i j … o ö p r s ş t u ü v y z) for a Turkish map and in Unicode order
/// otherwise: plain code-point order would put every "Ç…", "Ö…" or "Ş…" after "Z…". The
/// Turkish capital I is dotless ı's; İ is i's.
pub fn alphabet_key(lang: Lang, s: &str) -> Vec<u32> {
    s.chars()
        .flat_map(|c| match (lang, c) {
            (Lang::Tr, 'I') => vec!['ı'],
            (Lang::Tr, 'İ') => vec!['i'],
            _ => c.to_lowercase().collect(),
        })
        .map(|c| {
            let after = |base: char| base as u32 * 2 + 1;
            match (lang, c) {
                (Lang::Tr, 'ç') => after('c'),
                (Lang::Tr, 'ğ') => after('g'),
                (Lang::Tr, 'ı') => after('h'),
                (Lang::Tr, 'ö') => after('o'),
                (Lang::Tr, 'ş') => after('s'),
                (Lang::Tr, 'ü') => after('u'),
                _ => c as u32 * 2,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_sort_in_the_turkish_alphabet_whatever_their_case() {
        let mut names = vec![
            "Zeynep",
            "Çağrı merkezi",
            "ceren",
            "Dilek",
            "Işık",
            "İnsan kaynakları",
            "Ürün",
            "Uğur",
            "Öykü",
            "oya",
            "Şube",
            "Satış",
            "hukuk",
            "Ege",
            "E-ticaret",
        ];
        names.sort_by_key(|n| alphabet_key(Lang::Tr, n));
        assert_eq!(
            names,
            [
                "ceren",
                "Çağrı merkezi",
                "Dilek",
                "E-ticaret",
                "Ege",
                "hukuk",
                "Işık",
                "İnsan kaynakları",
                "oya",
                "Öykü",
                "Satış",
                "Şube",
                "Uğur",
                "Ürün",
                "Zeynep",
            ]
        );
        let mut en = vec!["billing", "Accounts", "Support", "contact centre"];
        en.sort_by_key(|n| alphabet_key(Lang::En, n));
        assert_eq!(en, ["Accounts", "billing", "contact centre", "Support"]);
    }

    #[test]
    fn language_follows_choice_then_browser() {
        assert_eq!(Lang::choose(Some("en"), &["tr-TR".into()]), Lang::En);
        assert_eq!(Lang::choose(None, &["tr-TR".into()]), Lang::Tr);
        assert_eq!(
            Lang::choose(None, &["de-DE".into(), "en-GB".into()]),
            Lang::En
        );
        assert_eq!(Lang::choose(Some("xx"), &["de".into()]), Lang::En);
        assert_eq!(Lang::choose(None, &[]), Lang::Tr);
    }

    #[test]
    fn turkish_i_folds() {
        assert_eq!(search_fold("İSTANBUL Işık"), "istanbul işik");
        assert!(search_fold("Çağrı Merkezi").contains(&search_fold("çağri")));
    }
}
