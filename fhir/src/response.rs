//! A person's answers as a `QuestionnaireResponse`, with the result as a contained
//! `RiskAssessment`: what a clinic system can file, and what the app can read back on another
//! device. Written with [`crate::json_writer`], so the summary's module carries no JSON library.

use crate::json_writer::Json;
use crate::{code_system, level_system, result_extension, rule_extension, rule_system};
use crampcheck_core::{assess, Answers, Content, Text};

/// `"field": text` in the default language, and `"_field"` with the other languages'
/// translations (the standard extension), as in the Questionnaire.
fn text(j: &mut Json, field: &str, t: &Text, langs: &[&str]) {
    j.field(field, t.get(langs[0]));
    let others: Vec<(&str, &str)> = crate::translations(t, langs).collect();
    if others.is_empty() {
        return;
    }
    j.key(&["_", field].concat())
        .begin_object()
        .key("extension")
        .begin_array();
    for (l, words) in others {
        j.begin_object()
            .field("url", crate::TRANSLATION)
            .key("extension")
            .begin_array();
        j.begin_object()
            .field("url", "lang")
            .field("valueCode", l)
            .end_object();
        j.begin_object()
            .field("url", "content")
            .field("valueString", words)
            .end_object();
        j.end_array().end_object();
    }
    j.end_array().end_object();
}

/// The response for `answers` (only the questions the flow asked, in its order), `authored` being
/// an ISO 8601 date-time with time zone, as FHIR's dateTime wants it: the file the app saves.
pub fn response_json(content: &'static Content, answers: &Answers, authored: &str) -> String {
    let a = assess(content, answers);
    let langs = content.languages;
    let mut j = Json::new();
    j.begin_object();
    j.field("resourceType", "QuestionnaireResponse");
    j.field(
        "questionnaire",
        &[crate::canonical_url().as_str(), "|", content.version].concat(),
    );
    j.field(
        "status",
        if a.is_complete() {
            "completed"
        } else {
            "in-progress"
        },
    );
    j.field("authored", authored);
    j.key("extension").begin_array().begin_object();
    j.field("url", &result_extension());
    j.key("valueReference")
        .begin_object()
        .field("reference", "#result")
        .end_object();
    j.end_object().end_array();
    // The result. The person is not identified: nothing about them leaves the device but this file.
    j.key("contained").begin_array().begin_object();
    j.field("resourceType", "RiskAssessment")
        .field("id", "result")
        .field("status", "final");
    j.key("subject")
        .begin_object()
        .field("display", "The person who answered")
        .end_object();
    let method = ["CrampCheck triage rules, content version ", content.version].concat();
    j.key("method")
        .begin_object()
        .field("text", &method)
        .end_object();
    j.key("extension").begin_array();
    for f in &a.fired {
        j.begin_object()
            .field("url", &rule_extension())
            .key("valueCoding")
            .begin_object();
        j.field("system", &rule_system())
            .field("code", f.rule.id)
            .end_object()
            .end_object();
    }
    j.end_array();
    j.key("prediction").begin_array();
    if let Some(l) = a.level {
        let title = content
            .level_info(l)
            .map(|i| i.title.get(langs[0]))
            .unwrap_or("");
        j.begin_object()
            .key("outcome")
            .begin_object()
            .key("coding")
            .begin_array();
        j.begin_object()
            .field("system", &level_system())
            .field("code", l.name());
        j.field("display", title).end_object();
        j.end_array().end_object().end_object();
    }
    j.end_array();
    j.end_object().end_array();
    j.key("item").begin_array();
    for q in &a.asked {
        j.begin_object().field("linkId", q.id);
        text(&mut j, "text", &q.text, langs);
        j.key("answer").begin_array();
        for o in answers
            .get(q.id)
            .unwrap_or(&[])
            .iter()
            .filter_map(|id| q.option(id))
        {
            j.begin_object().key("valueCoding").begin_object();
            j.field("system", &code_system(q.id)).field("code", o.id);
            text(&mut j, "display", &o.label, langs);
            j.end_object().end_object();
        }
        j.end_array().end_object();
    }
    j.end_array();
    j.end_object();
    let mut out = j.finish();
    out.push('\n');
    out
}

/// [`response_json`] as a JSON value, for tools and tests.
pub fn response(content: &'static Content, answers: &Answers, authored: &str) -> serde_json::Value {
    serde_json::from_str(&response_json(content, answers, authored)).unwrap_or_default()
}
