//! Every scenario's answers survive the trip to a QuestionnaireResponse and back with the same
//! level and advice; files the app did not make, or that were changed, are refused with a reason.

use crampcheck_content::scenarios::{answers_of, load_scenarios};
use crampcheck_content::{default_content_dir, load};
use crampcheck_core::{assess, Content};
use crampcheck_fhir::handoff::{encode, SEP};
use crampcheck_fhir::{
    questionnaire, read_response, response, response_json, Handoff, ImportError,
};
use serde_json::Value;
use std::path::PathBuf;

const AUTHORED: &str = "2026-11-21T03:12:00+00:00";

fn content() -> &'static Content {
    load(&default_content_dir())
        .expect("the content loads")
        .content
}

#[test]
fn every_scenario_round_trips_with_the_same_level_and_advice() {
    let content = content();
    let scenarios = load_scenarios(&default_content_dir()).expect("scenarios load");
    assert!(scenarios.len() > 50, "all the scenario files are read");
    let mut written = Vec::new();
    for s in &scenarios {
        let (answers, problems) = answers_of(content, &s.scenario);
        assert!(problems.is_empty(), "{}: {problems:?}", s.scenario.name);
        let before = assess(content, &answers);
        // The flow drops answers to questions it would not ask; the file holds only asked ones.
        let file = response_json(content, &answers, AUTHORED);
        // What the app hands the clinic module (the file is written from it) reads back whole.
        let handed = Handoff::decode(&encode(
            content,
            &answers,
            &before,
            (content.languages[0], content.languages[0]),
            "999",
        ))
        .unwrap_or_else(|| panic!("{}: the hand-off reads back", s.scenario.name));
        let ids: Vec<(&str, Vec<&str>)> = handed
            .items
            .iter()
            .map(|i| {
                (
                    i.id.as_str(),
                    i.answers.iter().map(|c| c.id.as_str()).collect(),
                )
            })
            .collect();
        let asked: Vec<(&str, Vec<&str>)> = before
            .asked
            .iter()
            .map(|q| (q.id, answers.get(q.id).unwrap_or(&[]).to_vec()))
            .collect();
        assert_eq!(ids, asked, "{}", s.scenario.name);
        assert_eq!(
            handed.level.as_ref().map(|(code, _)| code.as_str()),
            before.level.map(|l| l.name()),
            "{}",
            s.scenario.name
        );
        assert_eq!(handed.complete, before.is_complete(), "{}", s.scenario.name);
        let back = read_response(content, &file)
            .unwrap_or_else(|e| panic!("{}: {e:?}\n{file}", s.scenario.name));
        let after = assess(content, &back);
        assert_eq!(after.level, before.level, "{}", s.scenario.name);
        assert_eq!(after.fired_ids(), before.fired_ids(), "{}", s.scenario.name);
        let ids =
            |a: &crampcheck_core::Assessment| a.advice.iter().map(|x| x.id).collect::<Vec<_>>();
        assert_eq!(ids(&after), ids(&before), "{}", s.scenario.name);
        let asked =
            |a: &crampcheck_core::Assessment| a.asked.iter().map(|q| q.id).collect::<Vec<_>>();
        assert_eq!(asked(&after), asked(&before), "{}", s.scenario.name);
        written.push((s.scenario.name.clone(), file));
    }
    // For tests/e2e/fhir.test.mjs: each file validated by a FHIR validator, and the Questionnaire's
    // enableWhen compared with the flow, scenario by scenario (`cargo test` runs first).
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/fhir/scenario-responses");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (i, (name, file)) in written.iter().enumerate() {
        let doc = format!(
            "{{\"scenario\": {},\n\"response\": {file}}}\n",
            Value::from(name.as_str())
        );
        std::fs::write(dir.join(format!("{i:03}.json")), doc).unwrap();
    }
}

fn typical() -> (Value, &'static Content) {
    let content = content();
    let scenarios = load_scenarios(&default_content_dir()).unwrap();
    let s = scenarios
        .iter()
        .find(|s| s.scenario.typical)
        .expect("a typical scenario");
    let (answers, _) = answers_of(content, &s.scenario);
    (response(content, &answers, AUTHORED), content)
}

fn refused(content: &'static Content, doc: &Value) -> &'static str {
    match read_response(content, &doc.to_string()) {
        Ok(_) => panic!("accepted: {doc}"),
        Err(e) => e.kind(),
    }
}

#[test]
fn files_it_did_not_make_or_that_were_changed_are_refused_with_the_reason() {
    let (good, content) = typical();
    assert!(read_response(content, &good.to_string()).is_ok());
    assert_eq!(
        read_response(content, "{ not json").unwrap_err(),
        ImportError::NotJson
    );
    assert_eq!(
        read_response(content, "").unwrap_err(),
        ImportError::NotJson
    );
    let mut other = good.clone();
    other["resourceType"] = "Patient".into();
    assert_eq!(refused(content, &other), "not_a_response");
    let mut other = good.clone();
    other["questionnaire"] = "http://example.org/Questionnaire/phq-9|1".into();
    assert_eq!(refused(content, &other), "other_questionnaire");
    let mut other = good.clone();
    other["questionnaire"] = format!("{}|2020.1.1", crampcheck_fhir::canonical_url()).into();
    assert_eq!(refused(content, &other), "other_version");
    // An emergency sign written in by hand: the check would have stopped there, so the answers
    // after it cannot be from this app.
    let mut tampered = good.clone();
    let emergency = tampered["item"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|i| i["linkId"] == "emergency_body")
        .expect("emergency question asked");
    emergency["answer"][0]["valueCoding"]["code"] = "breathless".into();
    assert_eq!(refused(content, &tampered), "bad_answers");
    // A rule taken out of the result, or one added.
    let mut tampered = good.clone();
    tampered["contained"][0]["extension"]
        .as_array_mut()
        .unwrap()
        .clear();
    assert_eq!(refused(content, &tampered), "result_mismatch");
    let mut tampered = good.clone();
    let rule = serde_json::json!({ "url": crampcheck_fhir::rule_extension(), "valueCoding": {
        "system": crampcheck_fhir::rule_system(), "code": "E1" } });
    tampered["contained"][0]["extension"]
        .as_array_mut()
        .unwrap()
        .push(rule);
    assert_eq!(refused(content, &tampered), "result_mismatch");
    // A level written in by hand.
    let mut tampered = good.clone();
    tampered["contained"][0]["prediction"][0]["outcome"]["coding"][0]["code"] =
        "APPOINTMENT".into();
    assert_eq!(refused(content, &tampered), "result_mismatch");
    // Unknown options and questions, and an answer to a question the check would not ask.
    let mut tampered = good.clone();
    tampered["item"][0]["answer"][0]["valueCoding"]["code"] = "martian".into();
    assert_eq!(refused(content, &tampered), "bad_answers");
    let mut tampered = good.clone();
    tampered["item"][0]["linkId"] = "shoe_size".into();
    assert_eq!(refused(content, &tampered), "bad_answers");
    let mut tampered = good.clone();
    let pregnancy = serde_json::json!({ "linkId": "pregnancy_signs", "answer": [{ "valueCoding": {
        "system": crampcheck_fhir::code_system("pregnancy_signs"), "code": "none" } }] });
    tampered["item"].as_array_mut().unwrap().push(pregnancy);
    assert_eq!(refused(content, &tampered), "bad_answers");
    // Half a check.
    let mut half = good.clone();
    half["item"].as_array_mut().unwrap().truncate(3);
    assert_eq!(refused(content, &half), "incomplete");
}

#[test]
fn the_questionnaire_has_every_question_and_option_with_its_code() {
    let content = content();
    let q = questionnaire(content);
    assert_eq!(q["resourceType"], "Questionnaire");
    assert_eq!(q["version"], content.version);
    let items = q["item"].as_array().unwrap();
    assert_eq!(items.len(), content.questions.len());
    for (item, question) in items.iter().zip(content.questions) {
        assert_eq!(item["linkId"], question.id);
        assert_eq!(item["repeats"], question.multiple);
        let codes: Vec<&str> = item["answerOption"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["valueCoding"]["code"].as_str().unwrap())
            .collect();
        let ids: Vec<&str> = question.options.iter().map(|o| o.id).collect();
        assert_eq!(codes, ids, "{}", question.id);
        // Asked only sometimes: said by enableWhen or, for "any of (all of …)", an expression.
        let conditional = item.get("enableWhen").is_some() || item.get("extension").is_some();
        assert_eq!(conditional, !question.ask_if.is_empty(), "{}", question.id);
    }
}

#[test]
fn a_handoff_that_was_cut_short_or_added_to_is_not_read() {
    let content = content();
    let scenarios = load_scenarios(&default_content_dir()).unwrap();
    // An emergency: its level's title names the region's number.
    let (answers, a) = scenarios
        .iter()
        .map(|s| answers_of(content, &s.scenario).0)
        .map(|answers| (answers.clone(), assess(content, &answers)))
        .find(|(_, a)| a.level == Some(crampcheck_core::Level::Emergency) && a.asked.len() > 1)
        .expect("an emergency scenario");
    let whole = encode(content, &answers, &a, ("en", "en"), "112");
    let h = Handoff::decode(&whole).expect("reads back");
    assert!(
        h.items.len() > 1 && h.level.is_some(),
        "a scenario with answers and a level"
    );
    // Every field ends with the separator; cut after any whole field, it is not read.
    let fields: Vec<&str> = whole.split_inclusive(SEP).collect();
    for cut in 0..fields.len() {
        assert_eq!(
            Handoff::decode(&fields[..cut].concat()),
            None,
            "cut at {cut}"
        );
    }
    assert_eq!(Handoff::decode(&fields.concat()).as_ref(), Some(&h));
    assert_eq!(Handoff::decode(&[whole.as_str(), "x\u{1f}"].concat()), None);
    assert_eq!(Handoff::decode(""), None);
    assert_eq!(
        Handoff::decode(&whole.replacen("\u{1f}1\u{1f}", "\u{1f}yes\u{1f}", 1)),
        None
    );
    // The region's number is in the level's title, as the person saw it.
    let title = &h.level.as_ref().unwrap().1[0].1;
    assert!(
        title.contains("112") && !title.contains("{number}"),
        "{title}"
    );
}
