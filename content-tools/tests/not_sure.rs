//! Issue 18.1: "Not sure" is ticked together with the signs a person is sure of, on every
//! multi-choice screen of urgent signs; "None of these" still stands alone.

mod common;
use crampcheck_core::assessment::assess;
use crampcheck_core::*;

#[test]
fn not_sure_combines_with_findings_and_none_stands_alone() {
    let c = common::content().content;
    let mut a = Answers::new();
    a.set(c, "who", &["me"]).unwrap();
    a.set(c, "legs", &["lasting_pain", "unsure"])
        .expect("sure of one sign, unsure of another");
    assert!(matches!(
        a.clone().set(c, "legs", &["lasting_pain", "none"]),
        Err(AnswerError::ExclusiveOption { .. })
    ));
    assert!(matches!(
        a.clone().set(c, "legs", &["unsure", "none"]),
        Err(AnswerError::ExclusiveOption { .. })
    ));
    // The doubt still counts as yes for the screen's urgent signs (brief 3, precedence 2), and the
    // sign the person is sure of fires its own rule too.
    let mut all = a.clone();
    all.set(c, "emergency_body", &["none"]).unwrap();
    let r = assess(c, &all);
    assert_eq!(r.level, Some(Level::Emergency), "{:?}", r.fired_ids());
    assert!(r.fired_ids().contains(&"E2"));
}

#[test]
fn every_multi_choice_screen_with_a_not_sure_lets_it_combine_but_the_description() {
    let c = common::content().content;
    for q in c.questions.iter().filter(|q| q.multiple) {
        if let Some(u) = q.options.iter().find(|o| o.kind == ChoiceKind::Unsure) {
            assert_eq!(u.exclusive, q.id == "description", "{}", q.id);
            // Shown before the "or" and "None of these", with the findings it combines with.
            let none = q.options.iter().position(|o| o.kind == ChoiceKind::None);
            let unsure = q.options.iter().position(|o| o.id == u.id);
            if q.id != "description" {
                assert!(unsure < none, "{}: 'Not sure' after 'None of these'", q.id);
            }
        }
        for o in q.options {
            assert_eq!(
                o.exclusive,
                o.kind == ChoiceKind::None
                    || (q.id == "description" && o.kind == ChoiceKind::Unsure),
                "{}.{}",
                q.id,
                o.id
            );
        }
    }
}
