//! Content commands: the embedded guidance and its health.

use mamori_core::{ContentPacks, Locale};
use mamori_i18n::{CONTENT_DIR, Catalog};

use crate::dto::{ContentSummary, ContentSummaryReq, RecheckFact};
use crate::{AppCtx, AppError, ErrorCode};

/// The embedded content packs, or an internal error if they do not load (a build defect that
/// the tests catch).
pub(crate) fn packs() -> Result<&'static ContentPacks, AppError> {
    ContentPacks::embedded().map_err(|e| AppError::new(ErrorCode::Internal, e.to_string()))
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Counts of the embedded content and every problem with it: the content rules
/// (`ContentPacks::validate`), messages missing, misplaced or orphaned, variables a message may
/// not use, Fluent syntax errors and locale parity. `ok` is true when there is none. "Today"
/// (for `checked` dates after today and for the facts to re-check) is [`AppCtx::today`].
pub fn content_summary(ctx: &AppCtx, _req: ContentSummaryReq) -> Result<ContentSummary, AppError> {
    let packs = match ContentPacks::load() {
        Ok(p) => p,
        Err(e) => {
            return Ok(ContentSummary {
                ok: false,
                principles: 0,
                directions: 0,
                steps: 0,
                selfcheck_questions: 0,
                maturity_questions: 0,
                locales: 0,
                problems: e.problems.iter().map(ToString::to_string).collect(),
                to_recheck: Vec::new(),
            });
        }
    };
    let catalog = Catalog::load()?;
    let today = ctx.today();
    let mut problems: Vec<String> = packs
        .validate_on(today)
        .iter()
        .map(ToString::to_string)
        .collect();
    problems.extend(catalog.syntax_errors.iter().cloned());
    problems.extend(
        catalog
            .duplicates
            .iter()
            .map(|d| format!("message defined twice: {d}")),
    );
    problems.extend(catalog.parity_problems());
    problems.extend(catalog.content_problems(&packs.messages()));
    let locales = Locale::ALL
        .iter()
        .filter(|l| {
            catalog
                .messages
                .get(l)
                .is_some_and(|m| m.values().any(|m| m.file.starts_with(CONTENT_DIR)))
        })
        .count();
    let c = packs.counts();
    Ok(ContentSummary {
        ok: problems.is_empty(),
        principles: count(c.principles),
        directions: count(c.directions),
        steps: count(c.steps),
        selfcheck_questions: count(c.selfcheck_questions),
        maturity_questions: count(c.maturity_questions),
        locales: count(locales),
        problems,
        to_recheck: packs
            .to_recheck(today)
            .into_iter()
            .map(|f| RecheckFact {
                id: f.id,
                file: f.file.to_owned(),
                checked: f.checked,
            })
            .collect(),
    })
}
