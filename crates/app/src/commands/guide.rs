//! `get_content`: the guidance as the UI draws it, with the message id of every sentence
//! derived by the rules of `docs/CONTENT.md` (the same rules the parity tests check).

use mamori_core::content::{ContentPacks, Step, ids};
use mamori_core::scoring::SelfCheckAnswer;

use super::content::packs;
use crate::dto::{
    BandView, BasicView, ChecklistItemView, ContactView, ContentView, DirectionView, EffortView,
    FactsChecked, FieldView, GetContentReq, GroupView, IncidentView, LevelView,
    MaturityQuestionView, MaturityView, PartView, PrincipleView, QuestionView, RequirementView,
    RoleView, ScaleView, SectionView, SecurityActionView, SelfcheckView, SourceView, StageView,
    StepView, TemplateView,
};
use crate::{AppCtx, AppError};

fn j(prefix: &str, parts: &[&str]) -> String {
    ids::join(prefix, parts)
}

fn step(pack: &str, parent: &str, s: &Step) -> StepView {
    StepView {
        id: format!("{pack}/{parent}/{}", s.id),
        role: s.role.clone(),
        effort: s.effort.clone(),
        template: s.template.clone(),
        text_id: j(pack, &[parent, &s.id]),
        evidence_id: j(pack, &[parent, &s.id, "evidence"]),
    }
}

/// The content view of the given packs.
pub(crate) fn content_view(p: &ContentPacks) -> ContentView {
    let csm = &p.csm;
    let sme = &p.sme;
    let sc = &sme.selfcheck;
    let mat = &p.maturity;
    let sa = &p.security_action;
    let inc = &p.incident;
    ContentView {
        facts_checked: p.checked_range().map(|(oldest, newest)| FactsChecked {
            oldest: oldest.to_string(),
            newest: newest.to_string(),
        }),
        notice_id: ids::CONTENT_NOTICE.to_owned(),
        source_label_id: ids::CONTENT_SOURCE_LABEL.to_owned(),
        sources: p
            .sources
            .sources
            .iter()
            .map(|s| SourceView {
                id: s.id.clone(),
                publisher: s.publisher.tag().to_owned(),
                title_ja: s.title_ja.clone(),
                title_en: s.title_en.clone(),
                edition: s.edition.clone(),
                date: s.date.clone(),
                url: s.url.clone(),
                checked: s.checked.clone(),
                note_id: j(&p.sources.pack, &[&s.id, "note"]),
            })
            .collect(),
        roles: p
            .roles
            .roles
            .iter()
            .map(|r| RoleView {
                id: r.id.clone(),
                name_id: j(&p.roles.pack, &[&r.id, "name"]),
                smb_id: j(&p.roles.pack, &[&r.id, "smb"]),
            })
            .collect(),
        efforts: p
            .roles
            .efforts
            .iter()
            .map(|e| EffortView {
                id: e.id.clone(),
                name_id: j(ids::EFFORT_PREFIX, &[&e.id, "name"]),
            })
            .collect(),
        principles: csm
            .principles
            .iter()
            .map(|x| PrincipleView {
                id: x.id.clone(),
                number: x.number,
                official_ja: x.official_ja.clone(),
                title_id: j(&csm.pack, &[&x.id, "title"]),
                body_id: j(&csm.pack, &[&x.id, "body"]),
            })
            .collect(),
        groups: csm
            .groups
            .iter()
            .map(|g| GroupView {
                id: g.id.clone(),
                number: g.number.clone(),
                official_ja: g.official_ja.clone(),
                title_id: j(&csm.pack, &[&g.id, "title"]),
            })
            .collect(),
        directions: csm
            .directions
            .iter()
            .map(|d| DirectionView {
                id: d.id.clone(),
                number: d.number,
                group: d.group.clone(),
                official_ja: d.official_ja.clone(),
                title_id: j(&csm.pack, &[&d.id, "title"]),
                ask_id: j(&csm.pack, &[&d.id, "ask"]),
                why_id: j(&csm.pack, &[&d.id, "why"]),
                story_id: j(&csm.pack, &[&d.id, "story"]),
                roles_id: j(&csm.pack, &[&d.id, "roles"]),
                sources: d.sources.clone(),
                steps: d.steps.iter().map(|s| step(&csm.pack, &d.id, s)).collect(),
            })
            .collect(),
        csm_sources: csm.sources.clone(),
        basics: sme
            .basics
            .iter()
            .map(|b| BasicView {
                id: b.id.clone(),
                number: b.number,
                official_ja: b.official_ja.clone(),
                title_id: j(&sme.pack, &[&b.id, "title"]),
                body_id: j(&sme.pack, &[&b.id, "body"]),
                steps: b.steps.iter().map(|s| step(&sme.pack, &b.id, s)).collect(),
            })
            .collect(),
        sme_sources: sme.sources.clone(),
        stages: sme
            .stages
            .iter()
            .map(|s| StageView {
                id: s.id.clone(),
                number: s.number,
                official_ja: s.official_ja.clone(),
                exit: s.exit.clone(),
                title_id: j(&sme.pack, &[&s.id, "title"]),
                body_id: j(&sme.pack, &[&s.id, "body"]),
            })
            .collect(),
        selfcheck: SelfcheckView {
            title_id: sme.selfcheck_message_id("title"),
            intro_id: sme.selfcheck_message_id("intro"),
            followup_id: sme.selfcheck_message_id("dont-know-followup"),
            sources: sc.sources.clone(),
            scale: sc
                .scale
                .iter()
                .map(|s| ScaleView {
                    code: s.code.clone(),
                    points: SelfCheckAnswer::parse(&s.code).map(SelfCheckAnswer::points),
                    followup: s.code == "dont_know",
                    label_id: sme.scale_label_id(&s.code),
                    hint_id: j(&sme.pack, &["scale", &s.code, "hint"]),
                })
                .collect(),
            parts: sc
                .parts
                .iter()
                .map(|x| PartView {
                    number: x.number,
                    first: x.first,
                    last: x.last,
                    official_ja: x.official_ja.clone(),
                    title_id: sme.part_title_id(x.number),
                    body_id: j(&sme.pack, &[&format!("part{}", x.number), "body"]),
                })
                .collect(),
            bands: sc
                .bands
                .iter()
                .map(|b| BandView {
                    id: b.id.clone(),
                    min: b.min,
                    max: b.max,
                    title_id: sme.band_title_id(&b.id),
                    advice_id: sme.band_advice_id(&b.id),
                })
                .collect(),
            questions: sc
                .questions
                .iter()
                .map(|q| QuestionView {
                    number: q.number,
                    part: q.part,
                    basics: q.basics.clone(),
                    directions: q.directions.clone(),
                    text_id: sme.question_message_id(q.number, "text"),
                    why_id: sme.question_message_id(q.number, "why"),
                    how_id: sme.question_message_id(q.number, "how"),
                })
                .collect(),
        },
        maturity: MaturityView {
            title_id: j(&mat.pack, &["title"]),
            intro_id: j(&mat.pack, &["intro"]),
            disclaimer_id: j(&mat.pack, &["disclaimer"]),
            score_explain_id: j(&mat.pack, &["score-explain"]),
            sources: mat.sources.clone(),
            scale: mat
                .scale
                .iter()
                .map(|s| ScaleView {
                    code: s.code.clone(),
                    points: s.points.and_then(|p| i32::try_from(p).ok()),
                    followup: s.followup,
                    label_id: j(&mat.pack, &["scale", &s.code]),
                    hint_id: j(&mat.pack, &["scale", &s.code, "hint"]),
                })
                .collect(),
            questions: mat
                .questions
                .iter()
                .map(|q| MaturityQuestionView {
                    id: q.id.clone(),
                    direction: q.direction.clone(),
                    text_id: j(&mat.pack, &[&q.id]),
                })
                .collect(),
        },
        security_action: SecurityActionView {
            notice_id: j(&sa.pack, &["notice"]),
            how_to_declare_id: j(&sa.pack, &["how-to-declare"]),
            sources: sa.sources.clone(),
            levels: sa
                .levels
                .iter()
                .map(|l| LevelView {
                    id: l.id.clone(),
                    title_id: j(&sa.pack, &[&l.id, "title"]),
                    body_id: j(&sa.pack, &[&l.id, "body"]),
                    requires: l
                        .requires
                        .iter()
                        .map(|r| RequirementView {
                            tag: r.clone(),
                            label_id: j(&sa.pack, &["req", r]),
                        })
                        .collect(),
                })
                .collect(),
            policy: sa
                .templates
                .iter()
                .find(|t| t.id == POLICY_TEMPLATE)
                .map(|t| TemplateView {
                    id: t.id.clone(),
                    title_id: j(&sa.pack, &[&t.id, "title"]),
                    fields: t
                        .fields
                        .iter()
                        .map(|f| FieldView {
                            id: f.clone(),
                            label_id: j(&sa.pack, &[&t.id, "field", f]),
                            hint_id: j(&sa.pack, &[&t.id, "field", f, "hint"]),
                        })
                        .collect(),
                    sections: t
                        .sections
                        .iter()
                        .map(|s| SectionView {
                            id: s.clone(),
                            heading_id: j(&sa.pack, &[&t.id, s, "heading"]),
                            body_id: j(&sa.pack, &[&t.id, s, "body"]),
                        })
                        .collect(),
                }),
        },
        incident: IncidentView {
            title_id: j(&inc.pack, &["title"]),
            intro_id: j(&inc.pack, &["intro"]),
            contacts: inc
                .contacts
                .iter()
                .map(|c| ContactView {
                    id: c.id.clone(),
                    official_ja: c.official_ja.clone(),
                    url: c.url.clone(),
                    use_when: c.use_when.clone(),
                    name_id: j(&inc.pack, &[&c.id, "name"]),
                    purpose_id: j(&inc.pack, &[&c.id, "purpose"]),
                })
                .collect(),
            first_hour: inc
                .first_hour
                .iter()
                .map(|h| ChecklistItemView {
                    id: h.id.clone(),
                    text_id: j(&inc.pack, &[&h.id]),
                    detail_id: j(&inc.pack, &[&h.id, "detail"]),
                })
                .collect(),
            fields: inc
                .fields
                .iter()
                .map(|f| FieldView {
                    id: f.id.clone(),
                    label_id: j(&inc.pack, &["field", &f.id]),
                    hint_id: j(&inc.pack, &["field", &f.id, "hint"]),
                })
                .collect(),
        },
    }
}

/// The id of the basic security policy template in `security-action.toml`.
pub(crate) const POLICY_TEMPLATE: &str = "basic-policy";

/// The guidance content: structure and message ids of every screen of the journey.
pub fn get_content(_ctx: &AppCtx, _req: GetContentReq) -> Result<ContentView, AppError> {
    Ok(content_view(packs()?))
}
