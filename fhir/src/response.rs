//! A person's answers as a `QuestionnaireResponse`, with the result as a contained
//! `RiskAssessment`: what a clinic system can file, and what the app can read back on another
//! device.

use crate::questionnaire::put_text;
use crate::{code_system, level_system, result_extension, rule_extension, rule_system};
use crampcheck_core::{assess, Answers, Content};
use serde_json::{json, Map, Value};

/// The response for `answers` (only the questions the flow asked, in its order), `authored` being
/// an ISO 8601 date-time with time zone, as FHIR's dateTime wants it.
pub fn response(content: &'static Content, answers: &Answers, authored: &str) -> Value {
    let a = assess(content, answers);
    let langs = content.languages;
    let items: Vec<Value> = a
        .asked
        .iter()
        .map(|q| {
            let chosen = answers.get(q.id).unwrap_or(&[]);
            let answer: Vec<Value> = chosen
                .iter()
                .filter_map(|id| q.option(id))
                .map(|o| {
                    let mut coding = Map::new();
                    coding.insert("system".into(), code_system(q.id).into());
                    coding.insert("code".into(), o.id.into());
                    put_text(&mut coding, "display", &o.label, langs);
                    json!({ "valueCoding": coding })
                })
                .collect();
            let mut item = Map::new();
            item.insert("linkId".into(), q.id.into());
            put_text(&mut item, "text", &q.text, langs);
            item.insert("answer".into(), answer.into());
            Value::Object(item)
        })
        .collect();
    let level = a.level.map(|l| {
        let title = content.level_info(l).map(|i| i.title.get(langs[0])).unwrap_or("");
        json!({ "outcome": { "coding": [{ "system": level_system(), "code": l.name(), "display": title }] } })
    });
    let fired: Vec<Value> = a
        .fired
        .iter()
        .map(|f| json!({ "url": rule_extension(), "valueCoding": { "system": rule_system(), "code": f.rule.id } }))
        .collect();
    json!({
        "resourceType": "QuestionnaireResponse",
        "questionnaire": format!("{}|{}", crate::canonical_url(), content.version),
        "status": if a.is_complete() { "completed" } else { "in-progress" },
        "authored": authored,
        "extension": [{ "url": result_extension(), "valueReference": { "reference": "#result" } }],
        "contained": [{
            "resourceType": "RiskAssessment",
            "id": "result",
            "status": "final",
            // The person is not identified: nothing about them leaves the device but this file.
            "subject": { "display": "The person who answered" },
            "method": { "text": format!("CrampCheck triage rules, content version {}", content.version) },
            "extension": fired,
            "prediction": level.into_iter().collect::<Vec<_>>(),
        }],
        "item": items,
    })
}

/// [`response`] as the file the app saves: compact JSON (the pretty printer would grow the clinic
/// module, and clinic systems read either).
pub fn response_json(content: &'static Content, answers: &Answers, authored: &str) -> String {
    let mut text = serde_json::to_string(&response(content, answers, authored)).unwrap_or_default();
    text.push('\n');
    text
}
