//! `class`: the seminar class report from a folder of attendee files. Files that are not
//! attendee files are listed on stderr and skipped, never fatal.

use std::path::{Path, PathBuf};

use mamori_app::commands::{read_attendee_files, render_class_report};
use mamori_app::files::{read_error, write_atomically, write_error};
use mamori_app::{AppCtx, AppError};
use mamori_core::{ContentPacks, Locale};
use mamori_i18n::Arg;

use crate::out::Out;

pub fn run(
    ctx: &AppCtx,
    out: &Out<'_>,
    lang: Locale,
    dir: &Path,
    file: &Path,
    date: Option<&str>,
) -> Result<(), AppError> {
    let packs = ContentPacks::embedded()
        .map_err(|e| AppError::new(mamori_app::ErrorCode::Internal, e.to_string()))?;
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| read_error(dir, &e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    let (answers, skipped) = read_attendee_files(packs, &files);
    for s in &skipped {
        let args: Vec<(&str, Arg)> = s
            .args
            .iter()
            .map(|(k, v)| (k.as_str(), Arg::Str(v.clone())))
            .collect();
        let reason = out.text(&s.message_id, &args);
        out.say(
            "class-skipped",
            &[("file", s.file.as_str().into()), ("reason", reason.into())],
        );
    }
    let date = ctx.date_or_today(date, "date")?;
    let (bytes, _) = render_class_report(ctx, &answers, &skipped, lang, date)?;
    write_atomically(file, &bytes).map_err(|e| write_error(file, &e))?;
    out.say(
        "class-written",
        &[
            ("attendees", answers.len().to_string().into()),
            ("path", file.display().to_string().into()),
            (
                "skipped",
                i64::try_from(skipped.len()).unwrap_or(i64::MAX).into(),
            ),
        ],
    );
    println!("{}", file.display());
    Ok(())
}
