#![allow(clippy::unwrap_used)]
use super::*;
use crate::content::ContentPacks;
use crate::scoring::SelfCheckAnswer;

fn packs() -> &'static ContentPacks {
    ContentPacks::embedded().unwrap()
}

fn attendee(done_up_to: u32, maturity: &[(&str, &str)]) -> AttendeeAnswers {
    AttendeeAnswers {
        selfcheck: (1..=25)
            .map(|n| {
                let a = if n <= done_up_to {
                    SelfCheckAnswer::Done
                } else if n == 25 {
                    SelfCheckAnswer::DontKnow
                } else {
                    SelfCheckAnswer::NotDone
                };
                (n, a)
            })
            .collect(),
        maturity: maturity
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect(),
        run: None,
    }
}

#[test]
fn files_round_trip_and_carry_no_names() {
    let a = attendee(20, &[("d1-q1", "partly")]);
    let text = write_attendee(packs(), &a);
    assert!(!text.contains("name") && !text.contains("org"));
    assert_eq!(parse_attendee(packs(), text.as_bytes()).unwrap(), a);
}

#[test]
fn bad_files_are_named_not_fatal() {
    let p = packs();
    let good: serde_json::Value =
        serde_json::from_str(&write_attendee(p, &attendee(10, &[]))).unwrap();
    let with = |f: &dyn Fn(&mut serde_json::Value)| {
        let mut v = good.clone();
        f(&mut v);
        parse_attendee(p, v.to_string().as_bytes())
    };
    assert!(matches!(
        parse_attendee(p, b"{not json"),
        Err(AttendeeError::Malformed { .. })
    ));
    assert_eq!(
        parse_attendee(p, br#"{"format":"mamori-org-bundle","formatVersion":1}"#),
        Err(AttendeeError::NotAttendeeFile)
    );
    assert!(matches!(
        with(&|v| v["selfcheck"]["26"] = "done".into()),
        Err(AttendeeError::UnknownQuestion { .. })
    ));
    assert!(matches!(
        with(&|v| v["selfcheck"]["3"] = "yes".into()),
        Err(AttendeeError::UnknownAnswer { .. })
    ));
    assert_eq!(
        with(&|v| {
            v["selfcheck"].as_object_mut().unwrap().remove("7");
        }),
        Err(AttendeeError::Incomplete { missing: 1 })
    );
    assert!(matches!(
        with(&|v| v["name"] = "Taro".into()),
        Err(AttendeeError::Malformed { .. })
    ));
    assert!(matches!(
        with(&|v| v["maturity"]["d1-q9"] = "partly".into()),
        Err(AttendeeError::UnknownQuestion { .. })
    ));
    // Control characters are refused by the one rule for text, named by code point.
    let control = |value: &str| {
        Err(AttendeeError::ControlChar {
            value: value.into(),
        })
    };
    assert_eq!(
        with(&|v| v["selfcheck"]["3"] = "done\t".into()),
        control("U+0009")
    );
    assert_eq!(
        with(&|v| v["maturity"]["d1-q1\u{1}"] = "partly".into()),
        control("U+0001")
    );
    assert_eq!(
        with(&|v| v["contentVersions"]["ipa-sme"] = "3.1\n".into()),
        control("U+000A")
    );
    let big = vec![b' '; ATTENDEE_MAX_BYTES + 1];
    assert!(matches!(
        parse_attendee(p, &big),
        Err(AttendeeError::TooLarge { .. })
    ));
}

#[test]
fn mutated_files_never_panic() {
    let p = packs();
    let good = write_attendee(p, &attendee(12, &[("d2-q1", "in-place")])).into_bytes();
    let mut seed: u64 = 0x6d61_6d6f_7269;
    for _ in 0..2000 {
        let mut b = good.clone();
        for _ in 0..4 {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            let i = (seed >> 33) as usize % b.len();
            match seed % 3 {
                0 => b[i] = (seed >> 8) as u8,
                1 => {
                    b.remove(i);
                }
                _ => b.truncate(i),
            }
            if b.is_empty() {
                break;
            }
        }
        let _ = parse_attendee(p, &b);
    }
}

#[test]
fn the_class_view_counts_scores_and_finds_the_weakest() {
    let p = packs();
    // Totals: 20 done → 79, 10 done → 39, 24 done → 95, 0 done → −1.
    let class = [
        attendee(20, &[("d1-q1", "reviewed"), ("d5-q1", "not-started")]),
        attendee(10, &[("d1-q1", "partly"), ("d5-q1", "dont-know")]),
        attendee(24, &[]),
        attendee(0, &[]),
    ];
    let s = class_summary(p, &class);
    assert_eq!(s.attendees, 4);
    assert_eq!(s.totals, vec![-1, 39, 79, 95]);
    assert_eq!(s.median.text(1), "59.0");
    assert_eq!(s.mean.text(1), "53.0");
    let band = |id: &str| s.bands.iter().find(|b| b.0 == id).unwrap().1;
    assert_eq!((band("partial"), band("critical")), (2, 2));
    assert_eq!(s.histogram.iter().map(|h| h.2).sum::<u32>(), 4);
    assert_eq!(s.histogram[0], (-25, -1, 1));
    // Question 25 is "don't know" for everyone (−1): the weakest.
    assert_eq!(s.weakest_questions[0].item, 25);
    let q25 = &s.questions[24];
    assert_eq!(q25.answers["dont_know"], 4);
    // d5 was answered by two attendees, both 0 %; d1 by two, 100 % and 33 %.
    assert_eq!(s.weakest_directions[0].item, "d5");
    let d1 = &s.directions[0];
    assert_eq!(d1.attendees, 2);
    assert!(d1.mean_percent > Figure::new(0, 1));
    assert!(class_summary(p, &[]).weakest_questions.is_empty());
}

#[test]
fn one_rounding_rule_halves_away_from_zero_on_the_exact_value() {
    // Question 25 of the trial: mean 0.25 points; a direction at 16.5 %.
    assert_eq!(Figure::new(1, 4).text(SCORE_DECIMALS), "0.3");
    assert_eq!(Figure::new(33, 2).text(PERCENT_DECIMALS), "17");
    assert_eq!(Figure::new(-1, 4).text(1), "-0.3");
    assert_eq!(Figure::new(-1, 40).text(1), "0.0");
    assert_eq!(Figure::new(3, 20).text(1), "0.2"); // 0.15: a float would say 0.1
    assert_eq!(Figure::new(1, 3).text(1), "0.3");
    assert_eq!(Figure::new(2, 3).text(0), "1");
    assert_eq!(Figure::new(95, 1).text(1), "95.0");
    assert_eq!(Figure::new(199, 2).text(0), "100");
    assert_eq!(Figure::new(5, 0).text(1), "0.0");
    assert_eq!(Figure::new(1, -4), Figure::new(-1, 4));
    assert!(Figure::new(1, 3) < Figure::new(34, 100));
    assert_eq!(
        Figure::new(2, 4).cmp(&Figure::new(1, 2)),
        std::cmp::Ordering::Equal
    );
}

#[test]
fn ties_are_kept_whole_and_marked() {
    let f = |n| Figure::new(n, 4);
    // Question 1 weakest, 2 and 3 tied second, 4, then 5, 6 and 7 tied fifth.
    let items: Vec<(u32, Figure)> = vec![
        (7, f(8)),
        (1, f(-1)),
        (2, f(2)),
        (3, f(2)),
        (4, f(5)),
        (5, f(8)),
        (6, f(8)),
        (8, f(9)),
    ];
    let w = weakest(&items, 5);
    let got: Vec<(u32, u32, bool)> = w.iter().map(|r| (r.item, r.rank, r.tied)).collect();
    assert_eq!(
        got,
        vec![
            (1, 1, false),
            (2, 2, true),
            (3, 2, true),
            (4, 4, false),
            (7, 5, true),
            (5, 5, true),
            (6, 5, true),
        ]
    );
    // No tie at the cut: exactly the limit.
    assert_eq!(weakest(&items[1..5], 3).len(), 3);
    assert!(weakest::<u32>(&[], 5).is_empty());
}

#[test]
fn a_three_way_tie_for_fifth_shows_in_the_class() {
    let p = packs();
    // Everyone: 1–4 "not done" (0), 5–7 "partly" (2), the rest "done" (4).
    let person = |run: &str| {
        let mut a = attendee(25, &[]);
        for n in 1..=4 {
            a.selfcheck.insert(n, SelfCheckAnswer::NotDone);
        }
        for n in 5..=7 {
            a.selfcheck.insert(n, SelfCheckAnswer::Partly);
        }
        a.run = Some(run.to_owned());
        a
    };
    let s = class_summary(p, &[person("0123abcd"), person("4567abcd")]);
    let nums: Vec<u32> = s.weakest_questions.iter().map(|r| r.item).collect();
    assert_eq!(nums, vec![1, 2, 3, 4, 5, 6, 7]);
    assert!(
        s.weakest_questions[4..]
            .iter()
            .all(|r| r.rank == 5 && r.tied)
    );
}

#[test]
fn the_same_attendee_twice_is_recognised() {
    let p = packs();
    let mut a = attendee(20, &[]);
    a.run = Some("00c0ffee00c0ffee".into());
    let text = write_attendee(p, &a);
    assert!(text.contains("00c0ffee00c0ffee"));
    let back = parse_attendee(p, text.as_bytes()).unwrap();
    assert_eq!(back, a);
    // The same run with a changed answer is still the same attendee.
    let mut changed = a.clone();
    changed.selfcheck.insert(1, SelfCheckAnswer::Partly);
    let t2 = write_attendee(p, &changed);
    assert_eq!(
        attendee_key(&back, text.as_bytes()),
        attendee_key(&parse_attendee(p, t2.as_bytes()).unwrap(), t2.as_bytes())
    );
    // Two attendees who answered alike are two.
    let mut other = a.clone();
    other.run = Some("11c0ffee".into());
    let t3 = write_attendee(p, &other);
    assert_ne!(
        attendee_key(&back, text.as_bytes()),
        attendee_key(&other, t3.as_bytes())
    );
    // Older files without a run id: the same bytes are the same file.
    let old = write_attendee(p, &attendee(20, &[]));
    let k = |t: &str| attendee_key(&parse_attendee(p, t.as_bytes()).unwrap(), t.as_bytes());
    assert_eq!(k(&old), k(&old.clone()));
    // A bad run id is refused.
    let bad = text.replace("00c0ffee00c0ffee", "Taro Yamada");
    assert!(matches!(
        parse_attendee(p, bad.as_bytes()),
        Err(AttendeeError::Malformed { .. })
    ));
}

#[test]
fn a_cut_off_file_is_named_as_such() {
    let p = packs();
    let text = write_attendee(p, &attendee(20, &[]));
    assert_eq!(
        parse_attendee(p, &text.as_bytes()[..text.len() / 2]),
        Err(AttendeeError::Truncated)
    );
}
