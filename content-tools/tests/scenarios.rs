//! Runs every scenario file in content/scenarios against the real content.

mod common;
use crampcheck_content::scenarios::{folder, load_scenarios, run_all};

#[test]
fn every_scenario_passes_and_every_rule_is_covered() {
    let loaded = common::content();
    let list = load_scenarios(&loaded.root).unwrap_or_else(|p| panic!("{p}"));
    assert!(
        list.len() >= 39,
        "one scenario per brief rule at least, found {}",
        list.len()
    );
    let problems = run_all(
        loaded.content,
        &folder(&loaded.root),
        &list,
        &loaded.rules_needing_scenarios(),
    );
    assert!(problems.is_empty(), "\n{problems}");
}

#[test]
fn the_brief_lists_all_39_triage_rules() {
    let loaded = common::content();
    assert_eq!(loaded.brief_rules.len(), 39);
    for id in &loaded.brief_rules {
        let rule = loaded
            .content
            .rule(id)
            .unwrap_or_else(|| panic!("rule {id} missing"));
        assert!(!rule.sources.is_empty());
    }
}

#[test]
fn a_wrong_expectation_is_reported() {
    let loaded = common::content();
    let mut list = load_scenarios(&loaded.root).unwrap();
    let first = list
        .iter_mut()
        .find(|s| s.scenario.level == "EMERGENCY")
        .unwrap();
    first.scenario.level = "SELF_CARE".into();
    first.scenario.advice.push("relief_calf".into());
    let problems = run_all(loaded.content, &folder(&loaded.root), &list, &[]);
    let text = problems.to_string();
    assert!(
        text.contains("level EMERGENCY, expected SELF_CARE"),
        "{text}"
    );
    assert!(text.contains("advice relief_calf missing"), "{text}");
}

#[test]
fn the_typical_self_care_path_is_short_and_plain() {
    let loaded = common::content();
    let list = load_scenarios(&loaded.root).unwrap();
    let (screens, words, minutes) =
        crampcheck_content::scenarios::typical_figures(loaded.content, &list)
            .expect("one scenario is marked typical");
    println!("typical path: {screens} screens, {words} words, about {minutes} minutes");
    assert!(screens <= 10, "{screens} screens (at most 10)");
    assert!(
        words <= 450,
        "{words} words of question and option text (at most 450)"
    );
    assert!((1..=10).contains(&minutes));
}
