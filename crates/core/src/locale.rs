//! The languages Mamori speaks, and how the first-start language is chosen.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A language the whole app (UI, content and reports) is available in.
///
/// Serialized as its BCP 47 tag (`"ja"`, `"en"`), which is also the folder name under `locales/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    /// Japanese.
    Ja,
    /// English.
    En,
}

impl Locale {
    /// Every supported locale, in the order the UI offers them.
    pub const ALL: [Locale; 2] = [Locale::Ja, Locale::En];

    /// The BCP 47 tag, which is also the folder name under `locales/`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::Ja => "ja",
            Locale::En => "en",
        }
    }

    /// Parses a tag we wrote ourselves (`"ja"` or `"en"`); anything else is `None`.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.tag() == tag)
    }

    /// The first-start language for an operating-system locale string such as `ja_JP.UTF-8`,
    /// `ja-JP` or `en-US`: Japanese for anything whose language is `ja`, English otherwise
    /// (including when the OS gives no locale at all).
    pub fn from_os_locale(os: Option<&str>) -> Locale {
        let lang = os
            .unwrap_or("")
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        if lang == "ja" { Locale::Ja } else { Locale::En }
    }
}

impl std::fmt::Display for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn os_locale_maps_japanese_variants_to_ja() {
        for os in ["ja_JP.UTF-8", "ja-JP", "ja", "JA_jp", "ja_JP@euro"] {
            assert_eq!(Locale::from_os_locale(Some(os)), Locale::Ja, "{os}");
        }
    }

    #[test]
    fn os_locale_maps_everything_else_to_en() {
        for os in [
            "en_US.UTF-8",
            "de-DE",
            "C",
            "POSIX",
            "",
            "jav",
            "zh-Hans-JP",
        ] {
            assert_eq!(Locale::from_os_locale(Some(os)), Locale::En, "{os}");
        }
        assert_eq!(Locale::from_os_locale(None), Locale::En);
    }

    #[test]
    fn tags_round_trip() {
        for l in Locale::ALL {
            assert_eq!(Locale::from_tag(l.tag()), Some(l));
        }
        assert_eq!(Locale::from_tag("fr"), None);
    }
}
