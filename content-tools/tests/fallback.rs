//! The static fallback in index.html (shown when JavaScript or WebAssembly cannot run) must list
//! every emergency sign the content asks about, word for word, with the default emergency number.

use crampcheck_core::{ChoiceKind, Level};

#[test]
fn index_html_fallback_lists_every_emergency_sign() {
    let loaded = crampcheck_content::check(&crampcheck_content::default_content_dir()).unwrap();
    let c = loaded.content;
    let html =
        std::fs::read_to_string(crampcheck_content::default_content_dir().join("../index.html"))
            .unwrap();
    let fallback = &html[html.find("cc-fallback").expect("a .cc-fallback block")..];
    // Questions that can end in EMERGENCY: every rule at that level names its questions.
    let mut emergency_questions: Vec<&str> = c
        .rules
        .iter()
        .filter(|r| r.level == Level::Emergency)
        .flat_map(|r| r.when.iter().flat_map(|cl| cl.0.iter()))
        .filter_map(|cond| match cond {
            crampcheck_core::Condition::Answer { question, .. } => Some(*question),
            _ => None,
        })
        .collect();
    emergency_questions.sort();
    emergency_questions.dedup();
    assert!(!emergency_questions.is_empty());
    let mut missing = Vec::new();
    for q in emergency_questions {
        for o in c
            .question(q)
            .unwrap()
            .options
            .iter()
            .filter(|o| o.kind == ChoiceKind::Finding)
        {
            let label = o.label.get("en");
            // The fallback reads as a list of signs; "You have fainted" and "Suddenly weak..." are
            // phrased for the list, so compare from the first word that carries the meaning.
            if !fallback.contains(label)
                && !fallback.contains(label.trim_start_matches("Suddenly "))
            {
                missing.push(format!("{q}.{}: {label}", o.id));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "index.html fallback is missing emergency signs:\n{}",
        missing.join("\n")
    );
    let number = c.region(c.default_region).unwrap().emergency_number;
    assert!(
        fallback.contains(&format!("tel:{number}")) && fallback.contains(&format!("Call {number}"))
    );
}
