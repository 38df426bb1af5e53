//! Issue 21: the wording defects a clinical read against the brief found, held to the brief's
//! words. (The triage defects are scenarios in content/scenarios/safety_review.toml.)

mod common;
use crampcheck_core::*;

fn c() -> &'static Content {
    common::content().content
}

fn label(question: &str, option: &str) -> String {
    let q = c()
        .question(question)
        .unwrap_or_else(|| panic!("no question {question}"));
    q.option(option)
        .unwrap_or_else(|| panic!("no option {question}.{option}"))
        .label
        .get("en")
        .to_lowercase()
}

fn message(key: &str) -> &'static str {
    c().messages
        .iter()
        .find(|m| m.key == key)
        .unwrap_or_else(|| panic!("no message {key}"))
        .text
        .get("en")
}

/// 21.5: the racing heart of U6 includes an uneven one, and "feeling faint" is asked.
#[test]
fn u6_asks_about_an_uneven_heartbeat_and_feeling_faint() {
    assert!(label("emergency_body", "racing_heart").contains("uneven"));
    assert!(label("emergency_body", "faint").contains("faint"));
    let u6 = c().rule("U6").unwrap();
    let asks = |o: &str| {
        u6.when.iter().any(|cl| {
            cl.0.iter().any(|cond| matches!(cond, Condition::Answer { question: "emergency_body", options } if options.contains(&o)))
        })
    };
    assert!(asks("racing_heart") && asks("faint"));
}

/// 21.6: each red-flag option says what the brief says, not less.
#[test]
fn red_flag_options_are_as_wide_as_the_brief() {
    for (q, o, words) in [
        (
            "legs",
            "cold_pale",
            &["cold", "pale", "blue", "mottled"][..],
        ),
        (
            "emergency_body",
            "face_arm_speech",
            &["face", "arm", "slurred", "trouble speaking"],
        ),
        (
            "emergency_body",
            "bladder_bowel",
            &["bladder", "bowel", "cannot pee"],
        ),
        ("compartment", "severe_pain", &["severe", "all the time"]),
        ("compartment", "hard_swollen", &["tight", "swollen"]),
    ] {
        let l = label(q, o);
        for w in words {
            assert!(l.contains(w), "{q}.{o} '{l}' lacks '{w}'");
        }
    }
    for (q, o, narrower) in [
        ("compartment", "severe_pain", "getting worse"),
        ("compartment", "hard_swollen", "rock hard"),
    ] {
        assert!(
            !label(q, o).contains(narrower),
            "{q}.{o} still says '{narrower}'"
        );
    }
}

/// 21.7: children's red flags of brief 7.3.
#[test]
fn child_signs_cover_the_brief() {
    assert!(label("child_signs", "fever").contains("feels hot"));
    assert!(label("child_signs", "same_place").contains("same place"));
}

/// 21.8: before the first stretch, the signs that make stretching wrong, since the cramp started.
#[test]
fn quick_relief_asks_every_sign_that_makes_stretching_wrong() {
    let signs: Vec<(String, &str)> = c()
        .relief_signs
        .iter()
        .map(|s| (s.label.get("en").to_lowercase(), s.rule))
        .collect();
    for (word, rule) in [
        ("chest pain", "E1"),
        ("shortness of breath", "E1"),
        ("coughing up blood", "E1"),
        ("fainting", "E1"),
        ("mottled", "E2"),
        ("numb", "E3"),
        ("weak", "E3"),
        ("swollen", "U1"),
        ("injury", "U9"),
    ] {
        assert!(
            signs.iter().any(|(l, r)| l.contains(word) && *r == rule),
            "no quick-relief sign says '{word}' and leads to {rule}: {signs:?}"
        );
    }
    let lead = message("relief.check_lead").to_lowercase();
    assert!(
        lead.contains("now") && lead.contains("since the cramp started"),
        "{lead}"
    );
}

/// 21.10: the emergency safety net does not contradict cooling or a fit's recovery position, and
/// long-acting inhalers are not called relievers.
#[test]
fn the_safety_net_and_the_inhaler_advice_say_what_the_brief_says() {
    let net = c().advice_item("safety_net_emergency").unwrap();
    for lang in c().languages {
        let body = net.body.get(lang).to_lowercase();
        assert!(
            !body.contains("still")
                && !body.contains("muévase lo menos")
                && !body.contains("bougez le moins")
                && !body.contains("меньше двигаться"),
            "{lang}: {body}"
        );
    }
    let inhaler = c().advice_item("med_inhaler").unwrap().body.get("en");
    assert!(!inhaler.contains("long-acting reliever"), "{inhaler}");
    assert!(inhaler.contains("prevent symptoms"), "{inhaler}");
}
