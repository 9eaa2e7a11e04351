//! The rule for text people type: which characters a name, a title or a note may hold.
//!
//! Control characters (Unicode category Cc: U+0000–U+001F, U+007F–U+009F) are invisible,
//! break the layout of screens, PDFs and calendar files, and are never typed on purpose: a
//! single-line value (a name, a title, a date, an id) refuses all of them; a note keeps line
//! breaks and tabs, which people do type, and refuses the rest. The store checks every value it
//! writes with [`check_text`], the bundle import and the seminar attendee file with the same
//! function, so a form, an imported client file and an attendee file follow one rule.

/// Where a text is shown, which decides the characters it may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextKind {
    /// One line: names, titles, single-line fields, ids, codes.
    SingleLine,
    /// Notes and other multi-line text: line breaks (`\n`, `\r`) and tabs are kept.
    MultiLine,
}

/// A control character where the text may not hold one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ControlChar(pub char);

impl ControlChar {
    /// The character as `U+XXXX`, to show in a message (the character itself is invisible).
    pub fn code_point(self) -> String {
        format!("U+{:04X}", u32::from(self.0))
    }
}

impl std::fmt::Display for ControlChar {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "control character {}", self.code_point())
    }
}

/// Checks `s` for control characters a text of `kind` may not hold; the error names the first.
pub fn check_text(s: &str, kind: TextKind) -> Result<(), ControlChar> {
    match s.chars().find(|&c| !allowed(c, kind)) {
        Some(c) => Err(ControlChar(c)),
        None => Ok(()),
    }
}

fn allowed(c: char, kind: TextKind) -> bool {
    !c.is_control() || (kind == TextKind::MultiLine && matches!(c, '\n' | '\r' | '\t'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn single_line_text_refuses_every_control_character() {
        assert_eq!(
            check_text("株式会社ミナト精工 (Minato)", TextKind::SingleLine),
            Ok(())
        );
        assert_eq!(check_text("", TextKind::SingleLine), Ok(()));
        for c in ('\u{0}'..='\u{1f}').chain('\u{7f}'..='\u{9f}') {
            let s = format!("a{c}b");
            assert_eq!(
                check_text(&s, TextKind::SingleLine),
                Err(ControlChar(c)),
                "{s:?}"
            );
        }
        // Not control characters: the ideographic space, a zero-width joiner, an emoji.
        assert_eq!(
            check_text("a\u{3000}b\u{200d}c🙂", TextKind::SingleLine),
            Ok(())
        );
    }

    #[test]
    fn notes_keep_line_breaks_and_tabs_only() {
        assert_eq!(check_text("1. a\n2.\tb\r\n", TextKind::MultiLine), Ok(()));
        assert_eq!(
            check_text("a\nb\u{1}c\u{7}", TextKind::MultiLine),
            Err(ControlChar('\u{1}'))
        );
        assert_eq!(
            check_text("\u{85}", TextKind::MultiLine),
            Err(ControlChar('\u{85}'))
        );
        assert_eq!(ControlChar('\u{1}').code_point(), "U+0001");
        assert_eq!(
            ControlChar('\u{9f}').to_string(),
            "control character U+009F"
        );
    }
}
