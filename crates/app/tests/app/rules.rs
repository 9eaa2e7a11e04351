//! One rule, three views: for two hundred random organizations, the journey (every screen),
//! the portfolio row and the summary report agree on the self-check score and band, SECURITY
//! ACTION readiness and the stage — they all come from mamori-core's rules, so a disagreement
//! means a copy of a rule crept back in.

use std::collections::BTreeMap;

use mamori_app::AppCtx;
use mamori_app::commands::{list_orgs, open_org};
use mamori_app::dto::{ListOrgsReq, OpenOrgReq, SelfCheckAnswer, StepStatus};
use mamori_core::ContentPacks;
use mamori_core::Locale;
use mamori_core::progress::{Stage, step_id};
use mamori_report::model::{Block, ReportModel};
use mamori_report::{Branding, ReportInput, ReportKind};
use mamori_store::{DocumentKind, MaturityAnswer, OrgInput, StepInput};
use time::macros::date;

/// xorshift64*: deterministic, so a failure names a seed that reproduces it.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// Writes one random organization straight through the store: steps of the basics and the
/// directions (often all of one kind, so every stage is reached), a random share of the
/// self-check and maturity answers, and a policy draft filled in more or less.
fn random_org(ctx: &AppCtx, p: &ContentPacks, rng: &mut Rng, i: usize) {
    let mut s = ctx.store().unwrap();
    s.transaction(|s| -> Result<(), mamori_store::Error> {
        let org = s.create_org(&OrgInput {
            name: format!("会社 {i:03}"),
            ..OrgInput::default()
        })?;
        let round = s.start_next_round(org.id, "meti-csm@3.0", &BTreeMap::new())?;
        let mut step_ids = Vec::new();
        for b in &p.sme.basics {
            for st in &b.steps {
                step_ids.push(step_id(&p.sme.pack, &b.id, &st.id));
            }
        }
        for d in &p.csm.directions {
            for st in &d.steps {
                step_ids.push(step_id(&p.csm.pack, &d.id, &st.id));
            }
        }
        let uniform = rng.chance(40).then(|| StepStatus::ALL[rng.below(4)]);
        for id in &step_ids {
            if uniform.is_none() && rng.chance(50) {
                continue;
            }
            let status = uniform.unwrap_or(StepStatus::ALL[rng.below(4)]);
            let input = StepInput {
                na_reason: (status == StepStatus::Na).then(|| "対象外".to_owned()),
                ..StepInput::status(status)
            };
            s.save_step(round.id, id, &input)?;
        }
        let share = [0, 30, 90, 100, 100][rng.below(5)];
        for q in &p.sme.selfcheck.questions {
            if rng.chance(share) {
                let a = SelfCheckAnswer::ALL[rng.below(4)];
                s.save_selfcheck(round.id, q.number, a, None)?;
            }
        }
        let share = [0, 50, 100][rng.below(3)];
        for q in &p.maturity.questions {
            if rng.chance(share) {
                s.save_maturity(round.id, &q.id, MaturityAnswer::Partly, None)?;
            }
        }
        let mut fields = BTreeMap::new();
        for (key, value) in [
            ("company", "会社"),
            ("owner", "代表取締役"),
            ("adoptedOn", "2026-11-01"),
            ("publishedWhere", "ウェブサイト"),
        ] {
            if rng.chance(75) {
                fields.insert(key.to_owned(), value.to_owned());
            }
        }
        s.save_document(org.id, DocumentKind::Policy, &fields)?;
        Ok(())
    })
    .unwrap();
}

fn paragraphs(m: &ReportModel) -> Vec<&str> {
    m.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Para { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect()
}

#[test]
fn journey_portfolio_and_report_agree_on_every_rule() {
    let ctx = AppCtx::in_memory(None).unwrap();
    ctx.set_today(Some(date!(2026 - 11 - 25)));
    let p = ContentPacks::embedded().unwrap();
    let l = ctx.localizer();
    let mut rng = Rng(0x4d41_4d4f_5249_2026);
    const ORGS: usize = 200;
    for i in 0..ORGS {
        random_org(&ctx, p, &mut rng, i);
    }
    let rows = list_orgs(
        &ctx,
        ListOrgsReq {
            today: Some("2026-11-25".into()),
            include_archived: false,
        },
    )
    .unwrap()
    .orgs;
    assert_eq!(rows.len(), ORGS);
    let mut stages_seen = BTreeMap::<Stage, usize>::new();
    let mut stars_seen = [0usize; 3];
    for row in &rows {
        let j = open_org(
            &ctx,
            OpenOrgReq {
                org_id: row.id.clone(),
            },
        )
        .unwrap();
        let who = &row.name;
        // Score and band.
        assert_eq!(j.selfcheck.answered, row.selfcheck_answered, "{who}");
        assert_eq!(j.selfcheck.running_total, row.selfcheck_score, "{who}");
        assert_eq!(
            j.selfcheck.score.as_ref().map(|s| s.band.clone()),
            row.selfcheck_band,
            "{who}"
        );
        if let Some(s) = &j.selfcheck.score {
            assert_eq!(s.total, row.selfcheck_score, "{who}");
        }
        // Readiness and stage.
        assert_eq!(j.stars, row.stars, "{who}");
        assert_eq!(j.stage, row.stage, "{who}");
        *stages_seen.entry(j.stage).or_default() += 1;
        stars_seen[j.stars as usize] += 1;

        // The summary report says the same.
        let data = ctx
            .store()
            .unwrap()
            .org_data(row.id.parse().unwrap())
            .unwrap();
        let branding = Branding::default();
        let input = ReportInput {
            data: &data,
            localizer: l,
            locale: Locale::Ja,
            date: date!(2026 - 11 - 25),
            branding: &branding,
        };
        let (model, _) = mamori_report::lay_out(ReportKind::Summary, &input).unwrap();
        let paras = paragraphs(&model);
        if let Some(s) = &j.selfcheck.score {
            let score = l.format(
                Locale::Ja,
                "report-score",
                &[
                    ("total", s.total.to_string().into()),
                    ("max", s.max.to_string().into()),
                ],
            );
            assert!(paras.contains(&score.as_str()), "{who}: {score}");
            let band = l.format(Locale::Ja, &p.sme.band_title_id(&s.band), &[]);
            assert!(paras.contains(&band.as_str()), "{who}: {band}");
        } else {
            let score = l.format(
                Locale::Ja,
                "report-score",
                &[
                    ("total", j.selfcheck.running_total.to_string().into()),
                    ("max", "100".into()),
                ],
            );
            assert!(
                !paras.contains(&score.as_str()),
                "{who}: a score without a complete self-check"
            );
        }
        let star_line = match j.stars {
            0 => l.format(Locale::Ja, "report-star-none", &[]),
            n => l.format(
                Locale::Ja,
                "report-star-ready",
                &[(
                    "level",
                    l.format(Locale::Ja, &format!("sa-star{n}-title"), &[])
                        .into(),
                )],
            ),
        };
        assert!(paras.contains(&star_line.as_str()), "{who}: {star_line}");
    }
    // The random organizations reach every stage and every level, so the agreement above is
    // checked where it matters.
    assert_eq!(stages_seen.len(), Stage::ORDER.len(), "{stages_seen:?}");
    assert!(stars_seen.iter().all(|n| *n > 0), "{stars_seen:?}");
}
