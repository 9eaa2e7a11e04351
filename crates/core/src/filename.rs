//! The names of files Mamori suggests or writes (reports, calendars, organization and attendee
//! files, backups), made safe on every system it runs on. Windows is the strictest:
//!
//! - `< > : " / \ | ? *` and control characters are not allowed (nor are path separators
//!   anywhere); invisible formatting characters (bidi overrides, zero-width spaces) could make a
//!   name read differently from what it is, so they go too;
//! - a name ending in a dot or a space is silently changed by Windows: they are trimmed;
//! - `CON`, `PRN`, `AUX`, `NUL`, `COM0`–`COM9`, `LPT0`–`LPT9` (also with `¹²³`) are devices,
//!   whatever the case and extension (`con.pdf` too): such names get a `_` in front;
//! - a name is at most 255 UTF-16 units on NTFS and 255 bytes on ext4 and APFS: names are cut to
//!   255 UTF-8 bytes (which is never more than 255 UTF-16 units), keeping the extension.
//!
//! [`safe_file_name`] is applied to every whole name; [`name_part`] makes a user's text (an
//! organization's name) fit to go inside one.

/// The longest file name, in UTF-8 bytes.
pub const MAX_BYTES: usize = 255;

/// The most characters of a user's text kept by [`name_part`].
pub const NAME_PART_CHARS: usize = 40;

/// `name` made safe as a whole file name (see the module documentation). Never empty: a name
/// with nothing left is `mamori`.
pub fn safe_file_name(name: &str) -> String {
    let mapped: String = name.chars().map(replace_unsafe).collect();
    let mut s = trim_end(&mapped).to_owned();
    if s.trim_start_matches('.').is_empty() {
        s = "mamori".to_owned();
    }
    if is_reserved(&s) {
        s.insert(0, '_');
    }
    if s.len() > MAX_BYTES {
        s = shorten(&s);
    }
    s
}

/// A user's text (an organization's name) for use inside a file name: what
/// [`safe_file_name`] removes, and white space too, becomes `_`; at most
/// [`NAME_PART_CHARS`] characters; no dots or `_` at either end; `org` when nothing is left.
pub fn name_part(text: &str) -> String {
    let s: String = text
        .chars()
        .map(|c| {
            if c.is_whitespace() {
                '_'
            } else {
                replace_unsafe(c)
            }
        })
        .take(NAME_PART_CHARS)
        .collect();
    let s = s.trim_matches(['.', '_']);
    if s.is_empty() {
        "org".to_owned()
    } else {
        s.to_owned()
    }
}

fn replace_unsafe(c: char) -> char {
    let invisible = matches!(c,
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}');
    if c.is_control() || invisible || r#"<>:"/\|?*"#.contains(c) {
        '_'
    } else {
        c
    }
}

fn trim_end(s: &str) -> &str {
    s.trim_end_matches(['.', ' '])
}

/// Whether Windows takes the name for a device: the part before the first dot, without
/// trailing spaces, is a device name in any case.
fn is_reserved(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or(name).trim_end_matches(' ');
    let upper = stem.to_ascii_uppercase();
    match upper.as_str() {
        "CON" | "PRN" | "AUX" | "NUL" | "CONIN$" | "CONOUT$" => true,
        _ => {
            let (Some(prefix), Some(last)) = (upper.get(..3), upper.chars().last()) else {
                return false;
            };
            let digit = last.is_ascii_digit() || matches!(last, '¹' | '²' | '³');
            (prefix == "COM" || prefix == "LPT") && digit && upper.chars().count() == 4
        }
    }
}

/// Cuts a name longer than [`MAX_BYTES`] at a character boundary, keeping a short extension.
fn shorten(s: &str) -> String {
    let ext = s
        .rfind('.')
        .filter(|&i| i > 0 && s.len() - i <= 16)
        .map_or("", |i| &s[i..]);
    let stem = &s[..s.len() - ext.len()];
    let mut end = MAX_BYTES - ext.len();
    while !stem.is_char_boundary(end) {
        end -= 1;
    }
    let stem = trim_end(&stem[..end]);
    format!("{stem}{ext}")
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn ordinary_names_are_kept() {
        for n in [
            "mamori-summary-株式会社ミナト精工-20261125-ja.pdf",
            "mamori-backup-2026-11-25.db",
            "report v2.pdf",
            "Sakura IT (Tokyo).json",
        ] {
            assert_eq!(safe_file_name(n), n);
        }
    }

    #[test]
    fn characters_windows_refuses_become_underscores() {
        assert_eq!(
            safe_file_name(r#"a<b>c:d"e/f\g|h?i*j.pdf"#),
            "a_b_c_d_e_f_g_h_i_j.pdf"
        );
        assert_eq!(
            safe_file_name("tab\there\nnew\u{7f}.ics"),
            "tab_here_new_.ics"
        );
        // A right-to-left override would show "…fdp.exe" as "…exe.pdf".
        assert_eq!(safe_file_name("x\u{202E}fdp.exe"), "x_fdp.exe");
        assert_eq!(safe_file_name("zero\u{200B}width.pdf"), "zero_width.pdf");
    }

    #[test]
    fn trailing_dots_and_spaces_are_trimmed() {
        assert_eq!(safe_file_name("report. . ."), "report");
        assert_eq!(safe_file_name("report.pdf  "), "report.pdf");
        assert_eq!(safe_file_name(" . "), "mamori");
        assert_eq!(safe_file_name(".."), "mamori");
        assert_eq!(safe_file_name(""), "mamori");
    }

    #[test]
    fn device_names_get_a_prefix_whatever_the_case_and_extension() {
        for n in [
            "CON",
            "con.pdf",
            "Nul.tar.gz",
            "aux .json",
            "COM1.ics",
            "lpt9",
            "COM¹.db",
        ] {
            let safe = safe_file_name(n);
            assert!(safe.starts_with('_'), "{n} -> {safe}");
            assert_eq!(&safe[1..], trim_end(n), "{n}");
        }
        for n in [
            "CONTRACT.pdf",
            "console.pdf",
            "COM10.pdf",
            "LPT.pdf",
            "nul-report.pdf",
            "COMA",
        ] {
            assert_eq!(safe_file_name(n), n);
        }
    }

    #[test]
    fn long_names_are_cut_to_255_bytes_at_a_character_keeping_the_extension() {
        let long = format!("{}.pdf", "長".repeat(200)); // 600 bytes of kanji
        let safe = safe_file_name(&long);
        assert!(safe.len() <= MAX_BYTES, "{}", safe.len());
        assert!(safe.len() > MAX_BYTES - 3);
        assert!(safe.ends_with("長.pdf"));
        assert!(safe.encode_utf16().count() <= 255);
        let emoji = "😀".repeat(100); // 4 bytes and 2 UTF-16 units each, no extension
        let safe = safe_file_name(&emoji);
        assert_eq!(safe.len(), 252);
        assert!(safe.encode_utf16().count() <= 255);
        let spaces = format!("{}{}.ics", "a".repeat(250), " ".repeat(10));
        let safe = safe_file_name(&spaces);
        assert_eq!(safe, format!("{}.ics", "a".repeat(250)));
    }

    #[test]
    fn name_parts_have_no_separators_spaces_or_edges_and_are_short() {
        assert_eq!(name_part("株式会社ミナト精工"), "株式会社ミナト精工");
        assert_eq!(name_part("A/B: C?"), "A_B__C");
        assert_eq!(name_part("株式会社　サクラ"), "株式会社_サクラ"); // ideographic space
        assert_eq!(name_part(".."), "org");
        assert_eq!(name_part("  "), "org");
        assert_eq!(name_part("..\\..\\Windows"), "Windows");
        assert_eq!(
            name_part(&"長".repeat(100)).chars().count(),
            NAME_PART_CHARS
        );
    }

    #[test]
    fn every_safe_name_passes_the_rules() {
        let samples = [
            "CON", "a:b", "x. ", "😀", "長", "\u{0}", "COM1.x", ".hidden", "a/../b", "  ", "?",
        ];
        for a in samples {
            for b in samples {
                let n = safe_file_name(&format!("{a}{b}"));
                assert!(!n.is_empty());
                assert!(n.len() <= MAX_BYTES);
                assert!(!n.ends_with(['.', ' ']), "{n:?}");
                assert!(
                    !n.chars()
                        .any(|c| c.is_control() || r#"<>:"/\|?*"#.contains(c))
                );
                assert!(!is_reserved(&n), "{n:?}");
                assert_ne!(n, "..");
                assert_eq!(safe_file_name(&n), n, "applying it twice changes nothing");
            }
        }
    }
}
