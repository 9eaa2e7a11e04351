//! The attendee file: what it holds, how it is written and read (strictly, bounded), and how
//! the same attendee is recognised twice.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::content::ContentPacks;
use crate::scoring::SelfCheckAnswer;
use crate::text::{TextKind, check_text};

/// The `format` value of an attendee file.
pub const ATTENDEE_FORMAT: &str = "mamori-attendee";
/// The version this build writes and reads.
pub const ATTENDEE_FORMAT_VERSION: u64 = 1;
/// The largest attendee file accepted (64 KiB; a complete file is about 2 KiB).
pub const ATTENDEE_MAX_BYTES: usize = 64 * 1024;

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Wire {
    format: String,
    format_version: u64,
    content_versions: BTreeMap<String, String>,
    selfcheck: BTreeMap<String, String>,
    #[serde(default)]
    maturity: BTreeMap<String, String>,
    /// The quick run's anonymous id (random, not derived from anything about the attendee):
    /// lets the class view recognise the same attendee's file twice. Absent in older files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    run: Option<String>,
}

/// Whether `id` is a run id: 8 to 32 lowercase hex digits.
pub fn is_run_id(id: &str) -> bool {
    (8..=32).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// What makes two attendee files the same attendee's: the same run id, or (files without
/// one) the same bytes. Two attendees who answered alike are still two.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AttendeeKey {
    /// The quick run's id.
    Run(String),
    /// The whole file, for files written before run ids.
    Bytes(Vec<u8>),
}

/// The key of a parsed attendee file (see [`AttendeeKey`]).
pub fn attendee_key(answers: &AttendeeAnswers, bytes: &[u8]) -> AttendeeKey {
    match &answers.run {
        Some(r) => AttendeeKey::Run(r.clone()),
        None => AttendeeKey::Bytes(bytes.to_vec()),
    }
}

/// One attendee's answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttendeeAnswers {
    /// All self-check answers, by question number.
    pub selfcheck: BTreeMap<u32, SelfCheckAnswer>,
    /// Maturity answers given (any number), by statement id → scale code.
    pub maturity: BTreeMap<String, String>,
    /// The quick run's anonymous id ([`is_run_id`]), when the file has one.
    pub run: Option<String>,
}

/// Why an attendee file was skipped.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AttendeeError {
    /// Larger than [`ATTENDEE_MAX_BYTES`].
    #[error("the file is larger than {max_bytes} bytes")]
    TooLarge {
        /// The limit.
        max_bytes: usize,
    },
    /// Not JSON of the expected shape.
    #[error("not a Mamori attendee file: {detail}")]
    Malformed {
        /// serde's description.
        detail: String,
    },
    /// The file ends too early (cut off while copying or saving).
    #[error("the file is cut off")]
    Truncated,
    /// Another kind of file, or a newer format.
    #[error("not a Mamori attendee file of format 1")]
    NotAttendeeFile,
    /// A question number or statement id the content does not have.
    #[error("unknown question `{id}`")]
    UnknownQuestion {
        /// The id (shortened).
        id: String,
    },
    /// An answer that is not on the scale.
    #[error("question {id}: `{value}` is not an answer")]
    UnknownAnswer {
        /// The question.
        id: String,
        /// The value (shortened).
        value: String,
    },
    /// A key or value holds a control character (see [`crate::text`]).
    #[error("the file contains the control character {value}")]
    ControlChar {
        /// The first such character, as `U+XXXX`.
        value: String,
    },
    /// The self-check is not complete.
    #[error("{missing} self-check questions are not answered")]
    Incomplete {
        /// How many are missing.
        missing: usize,
    },
}

fn short(s: &str) -> String {
    s.chars().take(40).collect()
}

/// Writes an attendee file (pretty JSON, ending in a newline).
pub fn write_attendee(packs: &ContentPacks, a: &AttendeeAnswers) -> String {
    let w = Wire {
        format: ATTENDEE_FORMAT.to_owned(),
        format_version: ATTENDEE_FORMAT_VERSION,
        content_versions: BTreeMap::from([
            (packs.sme.framework.clone(), packs.sme.version.clone()),
            ("mamori-maturity".to_owned(), "1.0".to_owned()),
        ]),
        selfcheck: a
            .selfcheck
            .iter()
            .map(|(n, x)| (n.to_string(), x.as_str().to_owned()))
            .collect(),
        maturity: a.maturity.clone(),
        run: a.run.clone().filter(|r| is_run_id(r)),
    };
    // Plain maps of strings always serialize.
    let mut s = serde_json::to_string_pretty(&w).unwrap_or_default();
    s.push('\n');
    s
}

/// Parses and checks an attendee file against the content.
pub fn parse_attendee(
    packs: &ContentPacks,
    bytes: &[u8],
) -> Result<AttendeeAnswers, AttendeeError> {
    if bytes.len() > ATTENDEE_MAX_BYTES {
        return Err(AttendeeError::TooLarge {
            max_bytes: ATTENDEE_MAX_BYTES,
        });
    }
    // Check the kind first, so a bundle or any other JSON is named as such.
    let v: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| {
        // A file cut off after its start says it is an attendee file: name that, not "another
        // kind of file".
        let text = String::from_utf8_lossy(bytes);
        if e.is_eof() && text.contains(ATTENDEE_FORMAT) {
            AttendeeError::Truncated
        } else {
            AttendeeError::Malformed {
                detail: e.to_string(),
            }
        }
    })?;
    if v.get("format").and_then(|f| f.as_str()) != Some(ATTENDEE_FORMAT)
        || v.get("formatVersion").and_then(serde_json::Value::as_u64)
            != Some(ATTENDEE_FORMAT_VERSION)
    {
        return Err(AttendeeError::NotAttendeeFile);
    }
    let w: Wire = serde_json::from_value(v).map_err(|e| AttendeeError::Malformed {
        detail: e.to_string(),
    })?;
    // Every key and value is an id, a code or an edition: one line, the same rule as a name.
    for text in [&w.content_versions, &w.selfcheck, &w.maturity]
        .into_iter()
        .flat_map(|m| m.iter().flat_map(|(k, v)| [k, v]))
    {
        check_text(text, TextKind::SingleLine).map_err(|c| AttendeeError::ControlChar {
            value: c.code_point(),
        })?;
    }
    if let Some(r) = &w.run
        && !is_run_id(r)
    {
        return Err(AttendeeError::Malformed {
            detail: format!("run `{}` is not a run id", short(r)),
        });
    }
    let sc = &packs.sme.selfcheck;
    let mut selfcheck = BTreeMap::new();
    for (k, v) in &w.selfcheck {
        let q = sc
            .questions
            .iter()
            .find(|q| q.number.to_string() == *k)
            .ok_or_else(|| AttendeeError::UnknownQuestion { id: short(k) })?;
        let a = SelfCheckAnswer::parse(v).ok_or_else(|| AttendeeError::UnknownAnswer {
            id: k.clone(),
            value: short(v),
        })?;
        selfcheck.insert(q.number, a);
    }
    let missing = sc.questions.len().saturating_sub(selfcheck.len());
    if missing > 0 {
        return Err(AttendeeError::Incomplete { missing });
    }
    let m = &packs.maturity;
    for (k, v) in &w.maturity {
        if !m.questions.iter().any(|q| q.id == *k) {
            return Err(AttendeeError::UnknownQuestion { id: short(k) });
        }
        if !m.scale.iter().any(|s| s.code == *v) {
            return Err(AttendeeError::UnknownAnswer {
                id: short(k),
                value: short(v),
            });
        }
    }
    Ok(AttendeeAnswers {
        selfcheck,
        maturity: w.maturity,
        run: w.run,
    })
}
