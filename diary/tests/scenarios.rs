//! The scenarios: what the diary prompts, and what a before/after comparison says, for
//! typical diaries.

mod common;

use common::*;
use crampcheck_core::Level;
use crampcheck_diary::{compare, evaluate, stats, Direction, Entry, TooLittleReason, Verdict};

#[test]
fn a_steady_month_prompts_nothing() {
    // One cramp a week for eight weeks: occasional cramps, the self-care profile.
    let d = diary_on(&[3, 10, 17, 24, 31, 38, 45, 52]);
    let rules = diary_rules();
    assert_eq!(ids(&evaluate(&rules, &d, NOW, None)), Vec::<String>::new());
    assert_eq!(stats(&d, NOW, 0).trend.direction, Direction::Steady);
}

#[test]
fn a_clear_rise_prompts_an_appointment() {
    // One a week in the earlier 4 weeks, then 10 in the last 4, none in the last 7 days (so the
    // "more than once a week for 2 weeks" rule does not fire too).
    let earlier = [31, 38, 45, 52];
    let recent = [8, 12, 15, 17, 19, 20, 22, 24, 25, 27];
    let d = diary_on(&[&earlier[..], &recent[..]].concat());
    let rules = diary_rules();
    let prompts = evaluate(&rules, &d, NOW, None);
    assert_eq!(ids(&prompts), ["D3"]);
    assert_eq!(
        (prompts[0].level, prompts[0].raised),
        (Level::Appointment, false)
    );
    assert_eq!(stats(&d, NOW, 0).trend.direction, Direction::Up);

    // Doubled, but under 2 a week: no prompt.
    let d = diary_on(&[&earlier[..], &recent[..7]].concat());
    assert_eq!(ids(&evaluate(&rules, &d, NOW, None)), Vec::<String>::new());
}

#[test]
fn a_rise_from_before_the_diary_began_is_no_rise() {
    // The same 10 recent cramps, but the diary starts with them: nothing to compare with.
    let d = diary_on(&[8, 12, 15, 17, 19, 20, 22, 24, 25, 27]);
    assert_eq!(
        ids(&evaluate(&diary_rules(), &d, NOW, None)),
        Vec::<String>::new()
    );
}

#[test]
fn a_long_cramp_this_week_prompts_today_and_points_to_the_self_check() {
    let rules = diary_rules();
    let long = |days_ago: i64, secs: u32| {
        let mut d = diary_on(&[20, 40]);
        d.put_entry(Entry {
            duration_s: Some(secs),
            ..cramp(days_ago, 99)
        })
        .unwrap();
        d
    };
    let prompts = evaluate(&rules, &long(3, 15 * 60), NOW, None);
    assert_eq!(ids(&prompts), ["D2"]);
    assert_eq!(prompts[0].level, Level::Today);
    let what = prompts[0].what_to_do.get("en");
    // U5: a cramp still going after 10 minutes is URGENT_NOW, which is the self-check's job.
    assert!(what.contains("today"), "{what}");
    assert!(
        what.contains("more than 10 minutes and is still going now"),
        "{what}"
    );
    assert!(what.contains("within the hour"), "{what}");
    assert!(what.contains("self-check"), "{what}");

    // Exactly 10 minutes is not "over 10 minutes"; a long cramp 10 days ago is past "today".
    assert!(evaluate(&rules, &long(3, 10 * 60), NOW, None).is_empty());
    assert!(evaluate(&rules, &long(10, 15 * 60), NOW, None).is_empty());
}

#[test]
fn one_week_of_data_is_too_little() {
    // Started stretching 5 days ago, after a bad first week of the diary: six cramps in 6 days.
    let mut d = diary_on(&[6, 5, 4, 3, 2, 1]);
    let change = stretching_from(5);
    d.put_change(change.clone()).unwrap();

    let cmp = compare(&d, &change, NOW);
    assert_eq!(
        cmp.verdict,
        Verdict::TooLittle {
            reason: TooLittleReason::BothUnder2Weeks {
                before_days: 1,
                after_days: 5
            }
        }
    );
    // The cramp 5 days ago came 2 hours before the change was logged.
    assert_eq!((cmp.before.cramps, cmp.after.cramps), (2, 4));
    // More than once a week, but for one week only: D1 waits for a second.
    assert!(evaluate(&diary_rules(), &d, NOW, None).is_empty());
    assert_eq!(stats(&d, NOW, 0).trend.direction, Direction::NotEnoughData);
}

#[test]
fn two_weeks_of_frequent_cramps_prompt_an_appointment() {
    let d = diary_on(&[1, 3, 8, 10]);
    let rules = diary_rules();
    let prompts = evaluate(&rules, &d, NOW, None);
    assert_eq!(ids(&prompts), ["D1"]);
    assert_eq!(prompts[0].level, Level::Appointment);
    assert!(prompts[0].what_to_do.get("en").contains("appointment"));
    // Once in one of the two weeks is not "more than once a week".
    assert!(evaluate(&rules, &diary_on(&[1, 3, 8]), NOW, None).is_empty());
}

#[test]
fn a_prompt_never_shows_a_level_below_the_last_self_check() {
    let rules = diary_rules();
    let frequent = diary_on(&[1, 3, 8, 10]);

    let p = &evaluate(&rules, &frequent, NOW, Some(Level::Today))[0];
    assert_eq!(
        (p.rule.id.as_str(), p.level, p.raised),
        ("D1", Level::Today, true)
    );
    assert!(p
        .what_to_do
        .get("en")
        .starts_with("Your last self-check said to speak to a doctor or nurse today"));
    // What the diary found is still said.
    assert_eq!(p.finding, &p.rule.finding);

    let p = &evaluate(&rules, &frequent, NOW, Some(Level::SelfCare))[0];
    assert_eq!((p.level, p.raised), (Level::Appointment, false));
    assert_eq!(p.what_to_do, &p.rule.prompt);

    // Every last-check level against every rule that fires.
    let mut long = diary_on(&[1, 3, 8, 10]);
    long.put_entry(Entry {
        duration_s: Some(700),
        ..cramp(2, 99)
    })
    .unwrap();
    for last in [None].into_iter().chain(Level::ALL.map(Some)) {
        let prompts = evaluate(&rules, &long, NOW, last);
        assert_eq!(ids(&prompts), ["D2", "D1"], "most urgent first");
        for p in &prompts {
            assert!(p.level >= p.rule.level);
            assert!(last.is_none_or(|l| p.level >= l), "{last:?}: {:?}", p.level);
            assert_eq!(p.raised, p.level > p.rule.level);
            assert!(!p.what_to_do.get("en").is_empty());
        }
    }
}

#[test]
fn enough_data_on_both_sides_is_compared_in_plain_counts() {
    // Stretching from 28 days ago, with 6 weeks of diary before it.
    let before = [30, 33, 36, 39, 42, 45, 48, 51, 54, 69];
    let after = [3, 10, 17, 24];
    let mut d = diary_on(&[&before[..], &after[..]].concat());
    let change = stretching_from(28);
    d.put_change(change.clone()).unwrap();
    let cmp = compare(&d, &change, NOW);
    assert_eq!(cmp.verdict, Verdict::Enough);
    assert_eq!((cmp.before.days, cmp.before.cramps), (28, 9));
    assert_eq!((cmp.after.days, cmp.after.cramps), (28, 4));
    assert_eq!(
        cmp.before.per_week.map(|t| t.to_string()).as_deref(),
        Some("2.3")
    );
    assert_eq!(
        cmp.after.per_week.map(|t| t.to_string()).as_deref(),
        Some("1.0")
    );
}
