//! Issue 18 (self-check v3): the screens offer an honest answer for each kind of story blind
//! readers could not answer on content 2026.12.1. The stories themselves are scenarios
//! (content/scenarios/self_check_v3.toml); these tests hold the screens to what the stories need.

mod common;
use crampcheck_core::assessment::assess;
use crampcheck_core::*;

fn question(id: &str) -> &'static Question {
    common::content()
        .content
        .question(id)
        .unwrap_or_else(|| panic!("no question '{id}'"))
}

fn label(q: &str, option: &str, lang: &str) -> &'static str {
    question(q)
        .options
        .iter()
        .find(|o| o.id == option)
        .unwrap_or_else(|| panic!("{q} has no option '{option}'"))
        .label
        .get(lang)
}

/// Answers every question still on the path with its typical option ("None of these" where it has
/// one), as a person with nothing more to report would; returns the questions it answered.
fn answer_the_rest(a: &mut Answers) -> Vec<&'static str> {
    let c = common::content().content;
    let mut asked = Vec::new();
    while let Some(next) = assess(c, a).next {
        asked.push(next.id);
        a.set(c, next.id, &[next.typical_option().id]).unwrap();
    }
    asked
}

/// The level of the typical self-care path with one answer changed.
fn level_with(q: &str, option: &str) -> Option<Level> {
    let c = common::content().content;
    let mut a = Answers::new();
    for (qid, o) in [
        ("who", "me"),
        ("description", "knot"),
        ("muscle", "calf"),
        ("frequency", "rare"),
        ("longest", "short"),
    ] {
        a.set(c, qid, &[if qid == q { option } else { o }]).unwrap();
    }
    answer_the_rest(&mut a);
    assess(c, &a).level
}

#[test]
fn the_leg_screen_names_where_and_how_many() {
    let legs = question("legs");
    let ids: Vec<&str> = legs.options.iter().map(|o| o.id).collect();
    for id in [
        "one_swollen",
        "both_swollen",
        "both_pain",
        "lasting_pain",
        "sudden_weak",
    ] {
        assert!(ids.contains(&id), "legs has no '{id}'");
    }
    // Any part of the lower leg, not only "calf or thigh".
    let swollen = label("legs", "one_swollen", "en");
    assert!(
        swollen.contains("ankle") && swollen.contains("foot"),
        "{swollen}"
    );
    assert!(!swollen.contains("calf or thigh"), "{swollen}");
    assert!(label("legs", "sudden_weak", "en").contains("both"));
    // Pain that stays between cramps is told apart from a cramp still going.
    assert!(label("legs", "lasting_pain", "en").contains("between cramps"));
    // Both-leg swelling moved here from the last screen; it is asked once.
    assert!(!question("more")
        .options
        .iter()
        .any(|o| o.id == "both_swollen"));
}

#[test]
fn both_legs_very_painful_asks_about_the_urine_and_keeps_the_clot_questions_for_one_leg() {
    let c = common::content().content;
    let mut a = Answers::new();
    a.set(c, "who", &["me"]).unwrap();
    a.set(c, "emergency_body", &["none"]).unwrap();
    a.set(c, "legs", &["both_pain", "both_swollen"]).unwrap();
    let asked = answer_the_rest(&mut a);
    assert!(asked.contains(&"urine"), "{asked:?}");
    assert!(!asked.contains(&"clot_risk"), "{asked:?}");
    let r = assess(c, &a);
    assert_eq!(r.level, Some(Level::Today), "{:?}", r.fired_ids());
    assert!(r.fired_ids().contains(&"T11") && r.fired_ids().contains(&"A5"));
}

#[test]
fn every_how_long_and_how_often_has_a_dont_know_at_the_cautious_neighbours_level() {
    for q in ["longest", "frequency"] {
        assert_eq!(label(q, "not_known", "en"), "Don't know");
        for lang in ["es", "fr", "ru"] {
            assert!(!label(q, "not_known", lang).is_empty(), "{q} {lang}");
        }
    }
    // Not timed: as "over 10 minutes, now stopped", never as "under 10 minutes".
    assert_eq!(
        level_with("longest", "not_known"),
        level_with("longest", "long_gone")
    );
    assert!(level_with("longest", "not_known") > level_with("longest", "short"));
    // Not counted: as "twice a week or more", the band that asks about medicines.
    assert_eq!(
        level_with("frequency", "not_known"),
        level_with("frequency", "often")
    );
    assert!(level_with("frequency", "not_known") > level_with("frequency", "rare"));
    // No gap between "about once a week" and "most nights": twice a week has its band.
    assert_eq!(label("frequency", "often", "en"), "Twice a week or more");
}

#[test]
fn a_story_with_no_cramp_has_its_own_answer_and_skips_the_cramp_questions() {
    let c = common::content().content;
    let no_cramp = label("description", "no_cramp", "en");
    assert!(
        no_cramp.starts_with("No cramps") && no_cramp.contains("redness"),
        "{no_cramp}"
    );
    let mut a = Answers::new();
    a.set(c, "who", &["me"]).unwrap();
    a.set(c, "description", &["no_cramp"]).unwrap();
    let asked = answer_the_rest(&mut a);
    for cramp_only in ["longest", "muscle", "frequency"] {
        assert!(
            !asked.contains(&cramp_only),
            "{cramp_only} asked: {asked:?}"
        );
    }
    assert_eq!(assess(c, &a).level, Some(Level::Appointment));
}

#[test]
fn the_exercise_option_says_what_it_means() {
    let l = label("description", "one_exercise", "en");
    for word in ["Gradual", "tingling", "numbness", "every", "rest"] {
        assert!(l.contains(word), "{l}");
    }
    assert!(!l.contains("one kind of exercise"), "{l}");
}

#[test]
fn the_first_screen_invites_whoever_is_with_a_drowsy_person_to_answer() {
    let who = question("who");
    let hint = who.hint.get("en");
    for word in ["Drowsy", "confused", "slurring", "someone with you"] {
        assert!(hint.contains(word), "{hint}");
    }
    for lang in ["es", "fr", "ru"] {
        assert!(who.hint.get(lang).chars().count() > 20, "{lang}");
    }
    // The one who answers for them chooses the option whose voice is "they".
    let someone = who.options.iter().find(|o| o.id == "someone").unwrap();
    assert_eq!(someone.voice, Some(Voice::They));
}

#[test]
fn the_thigh_is_one_choice_and_shows_both_thigh_stretches() {
    let ids: Vec<&str> = question("muscle").options.iter().map(|o| o.id).collect();
    assert_eq!(ids, ["calf", "thigh", "foot"]);
    let c = common::content().content;
    let mut a = Answers::new();
    for (q, o) in [("who", "me"), ("description", "knot"), ("muscle", "thigh")] {
        a.set(c, q, &[o]).unwrap();
    }
    answer_the_rest(&mut a);
    let advice: Vec<&str> = assess(c, &a).advice.iter().map(|x| x.id).collect();
    for id in ["relief_hamstring", "relief_quadriceps", "cause_thigh"] {
        assert!(advice.contains(&id), "{id} missing: {advice:?}");
    }
}
