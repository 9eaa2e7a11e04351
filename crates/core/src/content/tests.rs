use super::*;

fn packs() -> ContentPacks {
    match ContentPacks::load() {
        Ok(p) => p,
        Err(e) => panic!("{e}"),
    }
}

/// The problems after `edit`, as display strings.
fn after(edit: impl FnOnce(&mut ContentPacks)) -> Vec<String> {
    let mut c = packs();
    edit(&mut c);
    c.validate().iter().map(ToString::to_string).collect()
}

#[track_caller]
fn has(problems: &[String], needle: &str) {
    assert!(
        problems.iter().any(|p| p.contains(needle)),
        "no problem mentions {needle:?}; got:\n{}",
        problems.join("\n")
    );
}

fn step(id: &str, role: &str) -> Step {
    Step {
        id: id.into(),
        role: role.into(),
        effort: "quick".into(),
        template: None,
    }
}

#[test]
fn the_embedded_content_is_valid() {
    let c = packs();
    let problems: Vec<String> = c.validate().iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn counts_match_the_guidelines() {
    let c = packs().counts();
    assert_eq!(
        c,
        ContentCounts {
            principles: 3,
            directions: 10,
            steps: 53,
            selfcheck_questions: 25,
            maturity_questions: 40,
        }
    );
}

#[test]
fn embedded_is_loaded_once_and_equals_load() {
    let a = ContentPacks::embedded().map_err(|e| e.to_string());
    let b = ContentPacks::embedded().map_err(|e| e.to_string());
    assert!(std::ptr::eq(a.unwrap(), b.unwrap()));
    assert_eq!(ContentPacks::embedded().ok(), Some(&packs()));
}

#[test]
fn derived_ids_follow_the_rule() {
    let msgs = packs().messages();
    let get = |id: &str| msgs.iter().find(|m| m.id == id);
    for (id, file) in [
        ("content-notice", "sources"),
        ("src-meti-csm-3-0-note", "sources"),
        ("role-owner-smb", "roles"),
        ("effort-half-day-name", "roles"),
        ("csm-p3-body", "meti-csm-3-0"),
        ("csm-g5-title", "meti-csm-3-0"),
        ("csm-d10-story", "meti-csm-3-0"),
        ("csm-d1-s2", "meti-csm-3-0"),
        ("csm-d7-s6-evidence", "meti-csm-3-0"),
        ("csm11-i10-cw-note", "meti-csm-1-1"),
        ("sme-b3-s4-evidence", "ipa-sme-3-1"),
        ("sme-st4-body", "ipa-sme-3-1"),
        ("sme-selfcheck-dont-know-followup", "ipa-sme-3-1"),
        ("sme-scale-not_done-hint", "ipa-sme-3-1"),
        ("sme-part2-title", "ipa-sme-3-1"),
        ("sme-band-critical-advice", "ipa-sme-3-1"),
        ("sme-q25-how", "ipa-sme-3-1"),
        ("sa-req-policy-published", "security-action"),
        ("sa-basic-policy-review-heading", "security-action"),
        ("sa-basic-policy-field-scope-hint", "security-action"),
        ("mat-score-explain", "mamori-maturity-1-0"),
        ("mat-scale-dont-know-hint", "mamori-maturity-1-0"),
        ("mat-d10-q4", "mamori-maturity-1-0"),
        ("inc-ipa-company-desk-purpose", "incident"),
        ("inc-no-ransom-detail", "incident"),
        ("inc-field-backup-location-hint", "incident"),
        ("intro-cost-title", "intro"),
        ("intro-top-threats-2026", "intro"),
    ] {
        let m = get(id).unwrap_or_else(|| panic!("{id} not derived"));
        assert_eq!(m.file, file, "{id}");
    }
    let fields = ["company", "date", "owner", "scope"]
        .map(String::from)
        .to_vec();
    assert_eq!(
        get("sa-basic-policy-title").map(|m| &m.variables),
        Some(&fields)
    );
    assert_eq!(
        get("sa-basic-policy-scope-body").map(|m| &m.variables),
        Some(&fields)
    );
    assert!(get("sa-basic-policy-scope-heading").is_some_and(|m| m.variables.is_empty()));
    assert!(get("csm-d1-s1").is_some_and(|m| m.variables.is_empty()));
    let label = get("content-source-label").map(|m| m.variables.clone());
    assert_eq!(
        label,
        Some(
            ["title", "edition", "publisher", "date"]
                .map(String::from)
                .to_vec()
        )
    );
}

#[test]
fn sme_id_helpers_match_the_derived_list() {
    let c = packs();
    let ids: Vec<String> = c.messages().into_iter().map(|m| m.id).collect();
    for id in [
        c.sme.band_title_id("weak"),
        c.sme.band_advice_id("achieved"),
        c.sme.question_message_id(7, "text"),
        c.sme.part_title_id(3),
        c.sme.scale_label_id("dont_know"),
        c.sme.selfcheck_message_id("dont-know-followup"),
    ] {
        assert!(ids.contains(&id), "{id}");
    }
}

#[test]
fn unknown_keys_and_bad_toml_are_load_errors_naming_the_file() {
    let mut files: Vec<ContentFile> = FILES.to_vec();
    let bad_csm = Box::leak(
        FILES[2]
            .source
            .replacen(
                "effort = \"quick\"",
                "effort = \"quick\"\ncolour = \"red\"",
                1,
            )
            .into_boxed_str(),
    );
    files[2].source = bad_csm;
    files[8].source = "pack = \"intro\"\n[[sections]\n";
    let err = ContentPacks::from_files(&files).unwrap_err();
    let text = err.to_string();
    assert_eq!(err.problems.len(), 2, "{text}");
    assert!(
        text.contains("content/meti-csm-3-0.toml") && text.contains("colour"),
        "{text}"
    );
    assert!(text.contains("content/intro.toml"), "{text}");

    let err = ContentPacks::from_files(&FILES[..8]).unwrap_err();
    assert_eq!(err.problems, [Problem::new("intro", "file is missing")]);
}

#[test]
fn a_closed_set_value_outside_the_set_is_a_load_error() {
    let mut files: Vec<ContentFile> = FILES.to_vec();
    let s = Box::leak(
        FILES[0]
            .source
            .replacen("publisher = \"ipa\"", "publisher = \"acme\"", 1)
            .into_boxed_str(),
    );
    files[0].source = s;
    let err = ContentPacks::from_files(&files).unwrap_err().to_string();
    assert!(
        err.contains("content/sources.toml") && err.contains("acme"),
        "{err}"
    );
}

#[test]
fn pack_prefixes_are_checked() {
    has(
        &after(|c| c.csm.pack = "meti".into()),
        "pack is `meti`; expected `csm`",
    );
}

#[test]
fn ids_must_be_unique_and_well_formed() {
    has(
        &after(|c| c.csm.directions[0].steps[1].id = "s1".into()),
        "direction d1 step id `s1` is used twice",
    );
    has(
        &after(|c| c.sources.sources[1].id = "meti-csm-3-0".into()),
        "source id `meti-csm-3-0` is used twice",
    );
    has(
        &after(|c| c.maturity.questions[1].id = "d1-q1".into()),
        "question id `d1-q1` is used twice",
    );
    has(
        &after(|c| c.roles.roles[0].id = "Owner".into()),
        "role id `Owner` is not lower-case",
    );
    has(
        &after(|c| c.incident.first_hour[0].id = "a--b".into()),
        "first_hour id `a--b`",
    );
}

#[test]
fn derived_message_collisions_are_found() {
    // A first-hour item `x-detail` next to an item `x` collides on `inc-x-detail`: ids are
    // unique in their list, but the derived message ids are not.
    let p = after(|c| {
        c.incident.first_hour.push(IdOnly {
            id: "report-detail".into(),
            checked: None,
        })
    });
    has(&p, "derived message id `inc-report-detail` is also needed");
}

#[test]
fn step_references_must_resolve() {
    let p = after(|c| {
        let s = &mut c.csm.directions[2].steps[0];
        s.role = "ceo".into();
        s.effort = "week".into();
        s.template = Some("privacy-policy".into());
        c.sme.basics[0].steps[0].role = "intern".into();
    });
    has(&p, "direction d3 step s1: role `ceo` is not in roles.toml");
    has(
        &p,
        "direction d3 step s1: effort `week` is not in roles.toml",
    );
    has(
        &p,
        "direction d3 step s1: template `privacy-policy` is not in security-action.toml",
    );
    has(&p, "basic b1 step s1: role `intern` is not in roles.toml");
}

#[test]
fn directions_need_three_to_six_steps_for_two_roles() {
    has(
        &after(|c| c.csm.directions[0].steps.truncate(2)),
        "direction d1: 2 steps; needs 3 to 6",
    );
    has(
        &after(|c| {
            for i in 7..=8 {
                c.csm.directions[0]
                    .steps
                    .push(step(&format!("s{i}"), "owner"));
            }
        }),
        "direction d1: 7 steps; needs 3 to 6",
    );
    has(
        &after(|c| {
            c.csm.directions[1].steps =
                vec![step("s1", "lead"), step("s2", "lead"), step("s3", "lead")]
        }),
        "direction d2: steps for 1 role(s); needs at least two",
    );
    has(
        &after(|c| c.csm.directions[3].group = "g9".into()),
        "direction d4: group `g9` does not exist",
    );
    has(
        &after(|c| {
            c.csm.directions.pop();
        }),
        "9 directions; expected 10",
    );
}

#[test]
fn crosswalk_targets_must_be_ver_3_directions() {
    has(
        &after(|c| c.csm11.crosswalk[0].to.push("d11".into())),
        "crosswalk from i1: `d11` is not a Ver 3.0 direction",
    );
    has(
        &after(|c| c.csm11.crosswalk[1].from = "i1".into()),
        "item i2 has no crosswalk entry",
    );
    has(
        &after(|c| c.csm11.crosswalk[1].from = "i42".into()),
        "crosswalk from i42: item `i42` does not exist",
    );
    has(
        &after(|c| c.csm11.items[0].group = "g7".into()),
        "item i1: group `g7` does not exist",
    );
}

#[test]
fn sources_must_exist() {
    has(
        &after(|c| c.csm.directions[4].sources.push("ipa-sme-9-9".into())),
        "direction d5: source `ipa-sme-9-9` is not in sources.toml",
    );
    has(
        &after(|c| c.intro.facts[0].source = "kpmg".into()),
        "fact top-threats-2026: source `kpmg` is not in sources.toml",
    );
    has(
        &after(|c| c.sme.selfcheck.sources = vec!["ipa-selfcheck-9".into()]),
        "selfcheck: source `ipa-selfcheck-9`",
    );
    has(
        &after(|c| c.sources.sources[0].date = Some("2023/03/24".into())),
        "date `2023/03/24` is not YYYY",
    );
    has(
        &after(|c| c.sources.sources[0].url = Some("http://example.com".into())),
        "is not an https address",
    );
}

#[test]
fn the_selfcheck_has_25_questions_in_ipas_three_parts() {
    has(
        &after(|c| {
            c.sme.selfcheck.questions.pop();
        }),
        "24 selfcheck questions; expected 25",
    );
    has(
        &after(|c| c.sme.selfcheck.questions[5].part = 1),
        "selfcheck question 6: part 1 covers questions 1–5",
    );
    has(
        &after(|c| c.sme.selfcheck.questions[5].part = 4),
        "selfcheck question 6: part 4 does not exist",
    );
    has(
        &after(|c| c.sme.selfcheck.parts[1].last = 17),
        "selfcheck parts (number, first, last) are",
    );
    has(
        &after(|c| c.sme.selfcheck.questions[3].number = 3),
        "selfcheck questions are numbered",
    );
    let p = after(|c| {
        c.sme.selfcheck.questions[0].basics = vec!["b9".into()];
        c.sme.selfcheck.questions[0].directions = vec!["d0".into()];
    });
    has(&p, "selfcheck question 1: basic `b9` does not exist");
    has(&p, "selfcheck question 1: `d0` is not a Ver 3.0 direction");
}

#[test]
fn the_scale_is_exactly_ipas() {
    has(
        &after(|c| c.sme.selfcheck.scale.swap(2, 3)),
        "selfcheck scale is [\"done\", \"partly\", \"dont_know\", \"not_done\"]",
    );
    has(
        &after(|c| c.sme.selfcheck.scale[1].code = "some".into()),
        "IPA's scale is",
    );
}

#[test]
fn bands_cover_every_total_once() {
    let p = after(|c| c.sme.selfcheck.bands[2].min = 51);
    has(&p, "no band covers the totals [50]");
    has(&p, "IPA's are");
    has(
        &after(|c| c.sme.selfcheck.bands[1].min = 68),
        "bands partial and weak overlap at 68",
    );
    has(
        &after(|c| c.sme.selfcheck.bands[3].min = -30),
        "band critical: -30..49 reaches outside the possible totals -25..100",
    );
    has(
        &after(|c| {
            let b = &mut c.sme.selfcheck.bands[0];
            (b.min, b.max) = (100, 99);
        }),
        "band achieved: min 100 is above max 99",
    );
}

#[test]
fn maturity_has_four_questions_for_each_of_the_ten_directions() {
    has(
        &after(|c| {
            c.maturity.questions.pop();
        }),
        "39 maturity questions; expected 40",
    );
    let p = after(|c| c.maturity.questions[4].direction = "d1".into());
    has(&p, "direction d1 has 5 questions; expected 4");
    has(&p, "direction d2 has 3 questions; expected 4");
    has(
        &after(|c| c.maturity.questions[39].direction = "d11".into()),
        "question d10-q4: `d11` is not a Ver 3.0 direction",
    );
    has(
        &after(|c| c.maturity.scale[4].followup = false),
        "scale dont-know: no points, so it needs followup = true",
    );
    has(
        &after(|c| c.maturity.scale[3].points = Some(4)),
        "maturity scale is",
    );
}

#[test]
fn security_action_requires_only_known_checks() {
    let p = after(|c| {
        c.security_action.levels[1]
            .requires
            .push("iso-27001".into());
        c.security_action.levels[0]
            .requires
            .push("basics-declared".into());
    });
    has(&p, "level star2: `iso-27001` is not a known check");
    has(&p, "level star1: `basics-declared` is required twice");
    has(
        &after(|c| {
            c.sme.basics.pop();
            c.sme.stages.pop();
        }),
        "4 basics; expected 5",
    );
    has(
        &after(|c| c.sme.basics[1].steps.truncate(1)),
        "basic b2: 1 steps; needs 2 to 4",
    );
    has(
        &after(|c| c.sme.stages[0].exit = Some("star3".into())),
        "stage st1: exit `star3` is not a SECURITY ACTION level",
    );
    has(
        &after(|c| c.security_action.templates[0].fields.push("1st".into())),
        "field `1st` cannot be a Fluent variable",
    );
}

#[test]
fn incident_contacts_are_checked() {
    let p = after(|c| {
        c.incident.contacts[0].url = "www.ipa.go.jp".into();
        c.incident.contacts[1].use_when = vec!["panic".into()];
        c.incident.contacts[2].use_when.clear();
    });
    has(
        &p,
        "contact ipa-company-desk: url `www.ipa.go.jp` is not an https address",
    );
    has(
        &p,
        "contact ipa-anshin: use_when `panic` is not a known tag",
    );
    has(&p, "contact jpcert: use_when is empty");
}

#[test]
fn problems_are_all_reported_not_just_the_first() {
    let p = after(|c| {
        c.csm.directions[0].steps.truncate(1);
        c.maturity.questions.clear();
        c.intro.facts[0].date = "soon".into();
    });
    has(&p, "direction d1: 1 steps");
    has(&p, "0 maturity questions");
    has(&p, "fact top-threats-2026: date `soon`");
}

// ------------------------------------------------------------------------ checked dates

fn day(s: &str) -> time::Date {
    match parse_checked(s) {
        Some(d) => d,
        None => panic!("not a date: {s}"),
    }
}

/// Removes every `checked` date, so a test sees only the dates it sets.
fn undated(c: &mut ContentPacks) {
    for s in &mut c.sources.sources {
        s.checked = None;
    }
    c.incident.checked = None;
    c.intro.checked = None;
    c.security_action.checked = None;
    for f in &mut c.intro.facts {
        f.checked = None;
    }
    for x in &mut c.incident.contacts {
        x.checked = None;
    }
    for l in &mut c.security_action.levels {
        l.checked = None;
    }
    for x in c
        .incident
        .first_hour
        .iter_mut()
        .chain(c.incident.fields.iter_mut())
        .chain(c.intro.sections.iter_mut())
        .chain(c.roles.roles.iter_mut())
        .chain(c.roles.efforts.iter_mut())
    {
        x.checked = None;
    }
}

/// The embedded files with `checked` lines put into the TOML text, as an author writes them:
/// a test pack for the `checked` field that does not depend on which facts the shipped
/// content dates.
fn dated_pack() -> ContentPacks {
    let files: Vec<ContentFile> = FILES
        .iter()
        .map(|f| {
            // Drop the dates the shipped content has, then put in this test's.
            let shipped: String = f
                .source
                .lines()
                .filter(|l| !l.trim_start().starts_with("checked"))
                .map(|l| format!("{l}\n"))
                .collect();
            let source: String = match f.name {
                file::SOURCES => shipped.replacen(
                    "id = \"meti-csm-3-0\"\n",
                    "id = \"meti-csm-3-0\"\nchecked = \"2025-11-30\"\n",
                    1,
                ),
                file::INCIDENT => shipped
                    .replacen(
                        "pack = \"inc\"\n",
                        "pack = \"inc\"\nchecked = \"2026-12-01\"\n",
                        1,
                    )
                    .replacen(
                        "id = \"ipa-company-desk\"\n",
                        "id = \"ipa-company-desk\"\nchecked = \"2025-12-05\"\n",
                        1,
                    ),
                file::INTRO => shipped.replacen(
                    "id = \"top-threats-2026\"\n",
                    "id = \"top-threats-2026\"\nchecked = \"2024-02-29\"\n",
                    1,
                ),
                file::SECURITY_ACTION => shipped.replacen(
                    "id = \"star1\"\n",
                    "id = \"star1\"\nchecked = \"2026-04-01\"\n",
                    1,
                ),
                _ => shipped,
            };
            ContentFile {
                name: f.name,
                source: Box::leak(source.into_boxed_str()),
            }
        })
        .collect();
    match ContentPacks::from_files(&files) {
        Ok(p) => p,
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn checked_is_read_from_the_toml_on_sources_contacts_facts_levels_and_packs() {
    let c = dated_pack();
    let got: Vec<(String, &str, String)> = c
        .dated_facts()
        .into_iter()
        .filter(|f| {
            // Only the dates this test put in (the shipped content may date more facts).
            [
                "src-meti-csm-3-0",
                "sa-star1",
                "inc",
                "inc-ipa-company-desk",
                "intro-top-threats-2026",
            ]
            .contains(&f.id.as_str())
        })
        .map(|f| (f.id, f.file, f.checked))
        .collect();
    assert_eq!(
        got,
        vec![
            ("src-meti-csm-3-0".into(), "sources", "2025-11-30".into()),
            ("sa-star1".into(), "security-action", "2026-04-01".into()),
            ("inc".into(), "incident", "2026-12-01".into()),
            (
                "inc-ipa-company-desk".into(),
                "incident",
                "2025-12-05".into()
            ),
            (
                "intro-top-threats-2026".into(),
                "intro",
                "2024-02-29".into()
            ),
        ]
    );
    assert!(c.validate_on(day("2026-12-05")).is_empty());
}

#[test]
fn a_checked_date_must_be_a_real_day_written_yyyy_mm_dd() {
    let p = after(|c| {
        undated(c);
        c.sources.sources[0].checked = Some("2026-02-30".into());
        c.incident.contacts[0].checked = Some("2026-12".into());
        c.intro.facts[0].checked = Some("5 Dec 2026".into());
        c.incident.checked = Some("2026-1-05".into());
    });
    has(
        &p,
        "content/sources.toml: src-meti-csm-3-0: checked `2026-02-30` is not a real date written YYYY-MM-DD",
    );
    has(
        &p,
        "content/incident.toml: inc-ipa-company-desk: checked `2026-12` is not a real date",
    );
    has(
        &p,
        "content/intro.toml: intro-top-threats-2026: checked `5 Dec 2026` is not a real date",
    );
    has(
        &p,
        "content/incident.toml: inc: checked `2026-1-05` is not a real date",
    );
    assert_eq!(p.len(), 4, "{}", p.join("\n"));
}

#[test]
fn a_checked_date_after_the_given_day_is_a_problem() {
    let mut c = packs();
    undated(&mut c);
    c.security_action.levels[0].checked = Some("2026-12-06".into());
    c.sources.sources[1].checked = Some("2026-12-05".into());
    let p: Vec<String> = c
        .validate_on(day("2026-12-05"))
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        p,
        vec![
            "content/security-action.toml: sa-star1: checked `2026-12-06` is after today (2026-12-05)"
        ]
    );
    // validate() alone knows no date, so it cannot call anything "future".
    assert!(c.validate().is_empty());
    // A day later it is no longer in the future.
    assert!(c.validate_on(day("2026-12-06")).is_empty());
}

#[test]
fn facts_checked_more_than_twelve_months_ago_are_to_recheck_oldest_first() {
    let c = dated_pack();
    let ids = |today: &str| -> Vec<String> {
        c.to_recheck(day(today))
            .into_iter()
            .filter(|f| !f.id.starts_with("role"))
            .map(|f| format!("{} {}", f.id, f.checked))
            .collect()
    };
    // 2025-12-05 is exactly twelve months before: not yet due. 2025-11-30 is older: due.
    assert_eq!(
        ids("2026-12-05"),
        vec![
            "intro-top-threats-2026 2024-02-29",
            "src-meti-csm-3-0 2025-11-30"
        ]
    );
    assert_eq!(
        ids("2026-12-06"),
        vec![
            "intro-top-threats-2026 2024-02-29",
            "src-meti-csm-3-0 2025-11-30",
            "inc-ipa-company-desk 2025-12-05"
        ]
    );
    // Nothing is due on the day of the oldest check.
    assert!(ids("2024-02-29").is_empty());
}

#[test]
fn checked_range_is_the_oldest_and_newest_check() {
    let mut c = packs();
    undated(&mut c);
    assert_eq!(c.checked_range(), None);
    c.sources.sources[0].checked = Some("2026-03-01".into());
    c.incident.contacts[0].checked = Some("2025-07-15".into());
    c.intro.facts[0].checked = Some("2026-12-01".into());
    assert_eq!(
        c.checked_range(),
        Some((day("2025-07-15"), day("2026-12-01")))
    );
}

#[test]
fn months_before_keeps_the_day_or_takes_the_month_end() {
    assert_eq!(months_before(day("2026-12-05"), 12), day("2025-12-05"));
    assert_eq!(months_before(day("2024-02-29"), 12), day("2023-02-28"));
    assert_eq!(months_before(day("2026-03-31"), 1), day("2026-02-28"));
    assert_eq!(months_before(day("2026-01-15"), 1), day("2025-12-15"));
    assert_eq!(parse_checked("2026-13-01"), None);
    assert_eq!(parse_checked("+026-01-01"), None);
    assert_eq!(parse_checked("2024-02-29"), Some(day("2024-02-29")));
}
