//! The questions as an HL7 FHIR R4 `Questionnaire` (Structured Data Capture), so that clinic
//! systems and form tools such as LHC-Forms can read the same questions and answer codes.

use crate::code_system;
use crampcheck_core::{Clause, Condition, Content, Question, Text};
use serde_json::{json, Map, Value};

const ITEM_CONTROL: &str = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
const ENABLE_WHEN_EXPRESSION: &str =
    "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression";

/// The whole Questionnaire, in the content's default language with every other language through
/// the standard translation extension.
pub fn questionnaire(content: &Content) -> Value {
    json!({
        "resourceType": "Questionnaire",
        "id": "crampcheck",
        "url": crate::canonical_url(),
        "version": content.version,
        "name": "CrampCheck",
        "title": "Leg cramp self-check",
        "status": "active",
        "subjectType": ["Patient"],
        "language": content.languages[0],
        "description": "The questions of the CrampCheck leg-cramp self-check, in the order it asks them. \
            The questions stop at the first emergency sign; the triage rules and advice are not part of this resource.",
        "item": content.questions.iter().map(|q| question_item(content, q)).collect::<Vec<_>>(),
    })
}

/// The Questionnaire as the site publishes it (`fhir/questionnaire.json`).
pub fn questionnaire_json(content: &Content) -> String {
    let mut text = serde_json::to_string_pretty(&questionnaire(content)).unwrap_or_default();
    text.push('\n');
    text
}

/// A text in the default language, plus `_<field>` with the other languages' translations.
pub(crate) fn put_text(
    item: &mut Map<String, Value>,
    field: &str,
    text: &Text,
    languages: &[&str],
) {
    item.insert(field.into(), text.get(languages[0]).into());
    let translations: Vec<Value> = crate::translations(text, languages)
        .map(|(l, words)| {
            json!({ "url": crate::TRANSLATION, "extension": [
                { "url": "lang", "valueCode": l },
                { "url": "content", "valueString": words },
            ]})
        })
        .collect();
    if !translations.is_empty() {
        item.insert(format!("_{field}"), json!({ "extension": translations }));
    }
}

fn question_item(content: &Content, q: &Question) -> Value {
    let langs = content.languages;
    let mut item = Map::new();
    item.insert("linkId".into(), q.id.into());
    put_text(&mut item, "text", &q.text, langs);
    item.insert("type".into(), "choice".into());
    // Every question the flow asks needs an answer before the next.
    item.insert("required".into(), true.into());
    item.insert("repeats".into(), q.multiple.into());
    let options = q.options.iter().map(|o| {
        let mut coding = Map::new();
        coding.insert("system".into(), code_system(q.id).into());
        coding.insert("code".into(), o.id.into());
        put_text(&mut coding, "display", &o.label, langs);
        json!({ "valueCoding": coding })
    });
    item.insert("answerOption".into(), options.collect::<Vec<_>>().into());
    enable_when(&mut item, q.ask_if);
    let mut children = Vec::new();
    if !q.hint.is_empty() {
        children.push(display(q, "hint", &q.hint, None, langs));
    }
    if !q.why.is_empty() {
        children.push(display(q, "why", &q.why, Some("help"), langs));
    }
    if !children.is_empty() {
        item.insert("item".into(), children.into());
    }
    Value::Object(item)
}

/// A display item under a question: its hint, or "why we ask" shown as help.
fn display(q: &Question, part: &str, text: &Text, control: Option<&str>, langs: &[&str]) -> Value {
    let mut item = Map::new();
    item.insert("linkId".into(), format!("{}.{part}", q.id).into());
    put_text(&mut item, "text", text, langs);
    item.insert("type".into(), "display".into());
    if let Some(code) = control {
        item.insert(
            "extension".into(),
            json!([{ "url": ITEM_CONTROL, "valueCodeableConcept": { "coding": [{
                "system": "http://hl7.org/fhir/questionnaire-item-control", "code": code,
            }]}}]),
        );
    }
    Value::Object(item)
}

/// `ask_if` is any of several clauses, each all of its conditions. Clauses of one condition are
/// plain `enableWhen` entries (one per option, joined by "any"); FHIR's enableWhen cannot say
/// "any of (all of …)", so content with a clause of two or more conditions gets the SDC
/// enableWhenExpression (FHIRPath) instead, which LHC-Forms evaluates.
fn enable_when(item: &mut Map<String, Value>, ask_if: &[Clause]) {
    if ask_if.is_empty() {
        return;
    }
    if ask_if.iter().all(|c| c.0.len() == 1) {
        let entries: Vec<Value> = ask_if
            .iter()
            .flat_map(|c| answer_conditions(c).next())
            .flat_map(|(question, options)| {
                options.iter().map(move |o| {
                    json!({ "question": question, "operator": "=",
                        "answerCoding": { "system": code_system(question), "code": o } })
                })
            })
            .collect();
        if entries.len() > 1 {
            item.insert("enableBehavior".into(), "any".into());
        }
        item.insert("enableWhen".into(), entries.into());
        return;
    }
    let clauses: Vec<String> = ask_if
        .iter()
        .map(|c| {
            let all: Vec<String> = answer_conditions(c)
                .map(|(question, options)| {
                    let codes: Vec<String> = options.iter().map(|o| format!("'{o}'")).collect();
                    format!(
                        "%resource.repeat(item).where(linkId = '{question}').answer.value.where(code in ({})).exists()",
                        codes.join(" | ")
                    )
                })
                .collect();
            format!("({})", all.join(" and "))
        })
        .collect();
    item.insert(
        "extension".into(),
        json!([{ "url": ENABLE_WHEN_EXPRESSION, "valueExpression": {
            "language": "text/fhirpath", "expression": clauses.join(" or "),
        }}]),
    );
}

/// The answer conditions of a clause (questions' `ask_if` has no other kind: the content check
/// allows rule and level conditions only in advice).
fn answer_conditions(
    clause: &Clause,
) -> impl Iterator<Item = (&'static str, &'static [&'static str])> + '_ {
    clause.0.iter().filter_map(|c| match c {
        Condition::Answer { question, options } => Some((*question, *options)),
        _ => None,
    })
}
