//! A person's answers as a `QuestionnaireResponse`, with the result as a contained
//! `RiskAssessment`: what a clinic system can file, and what the app can read back on another
//! device. Written with [`crate::json_writer`], so the summary's module carries no JSON library.

use crate::handoff::{Handoff, Words};
use crate::json_writer::Json;
use crate::{code_system, level_system, result_extension, rule_extension, rule_system};
use crampcheck_core::{assess, Answers, Content};

/// `"field": text` in the default language, and `"_field"` with the other languages'
/// wordings (the standard translation extension), as in the Questionnaire.
fn text(j: &mut Json, field: &str, words: &Words) {
    j.field(field, words.first().map_or("", |(_, w)| w));
    if words.len() < 2 {
        return;
    }
    j.key(&["_", field].concat())
        .begin_object()
        .key("extension")
        .begin_array();
    for (l, w) in &words[1..] {
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
            .field("valueString", w)
            .end_object();
        j.end_array().end_object();
    }
    j.end_array().end_object();
}

/// The response for `answers` under `content` (only the questions the flow asked, in its order),
/// with every text in each of the content's languages: what the tools and tests write.
pub fn response_json(content: &'static Content, answers: &Answers, authored: &str) -> String {
    let a = assess(content, answers);
    // No region here: the level's title keeps "{number}" as the content words it.
    write_response(
        &Handoff::new(content, answers, &a, content.languages[0], "{number}"),
        authored,
    )
}

/// The response file for what the app handed over, `authored` being an ISO 8601 date-time with
/// time zone, as FHIR's dateTime wants it: the file the app saves.
pub fn write_response(h: &Handoff, authored: &str) -> String {
    let mut j = Json::new();
    j.begin_object();
    j.field("resourceType", "QuestionnaireResponse");
    j.field(
        "questionnaire",
        &[crate::canonical_url().as_str(), "|", &h.version].concat(),
    );
    j.field(
        "status",
        if h.complete {
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
    let method = ["CrampCheck triage rules, content version ", &h.version].concat();
    j.key("method")
        .begin_object()
        .field("text", &method)
        .end_object();
    j.key("extension").begin_array();
    for (rule, _) in &h.rules {
        j.begin_object()
            .field("url", &rule_extension())
            .key("valueCoding")
            .begin_object();
        j.field("system", &rule_system())
            .field("code", rule)
            .end_object()
            .end_object();
    }
    j.end_array();
    j.key("prediction").begin_array();
    if let Some((code, title)) = &h.level {
        j.begin_object()
            .key("outcome")
            .begin_object()
            .key("coding")
            .begin_array();
        j.begin_object()
            .field("system", &level_system())
            .field("code", code);
        text(&mut j, "display", title);
        j.end_object();
        j.end_array().end_object().end_object();
    }
    j.end_array();
    j.end_object().end_array();
    j.key("item").begin_array();
    for item in &h.items {
        j.begin_object().field("linkId", &item.id);
        text(&mut j, "text", &item.text);
        j.key("answer").begin_array();
        for c in &item.answers {
            j.begin_object().key("valueCoding").begin_object();
            j.field("system", &code_system(&item.id))
                .field("code", &c.id);
            text(&mut j, "display", &c.label);
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
