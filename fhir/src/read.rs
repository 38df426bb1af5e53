//! Reading back a `QuestionnaireResponse` this app made (on another device, say). Anything else is
//! refused with the reason, never half-read: a result shown from a file must be the result its
//! answers give under this content.

use crate::{code_system, level_system};
use crampcheck_core::{assess, Answers, Content};
use serde_json::Value;

/// Why a file cannot be read. Each has its own message in the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Not JSON at all.
    NotJson,
    /// JSON, but not a QuestionnaireResponse.
    NotAResponse,
    /// A response to some other questionnaire (its canonical URL is given).
    OtherQuestionnaire(String),
    /// Our questionnaire, another content version: its answers may mean something else now.
    OtherVersion(String),
    /// The answers do not fit this content: an unknown question or option, two answers to a
    /// one-answer question, an answer to a question the check would not ask.
    BadAnswers(String),
    /// The check was not finished.
    Incomplete,
    /// The result written in the file is not what its answers give: edited by hand or by a tool.
    ResultMismatch,
}

impl ImportError {
    /// A stable name for the app's message catalogue and for tests.
    pub fn kind(&self) -> &'static str {
        match self {
            ImportError::NotJson => "not_json",
            ImportError::NotAResponse => "not_a_response",
            ImportError::OtherQuestionnaire(_) => "other_questionnaire",
            ImportError::OtherVersion(_) => "other_version",
            ImportError::BadAnswers(_) => "bad_answers",
            ImportError::Incomplete => "incomplete",
            ImportError::ResultMismatch => "result_mismatch",
        }
    }
}

/// The answers of a response file made by [`crate::response`] under this content.
pub fn read_response(content: &'static Content, text: &str) -> Result<Answers, ImportError> {
    let doc: Value = serde_json::from_str(text).map_err(|_| ImportError::NotJson)?;
    if doc["resourceType"] != "QuestionnaireResponse" {
        return Err(ImportError::NotAResponse);
    }
    let canonical = doc["questionnaire"].as_str().unwrap_or("");
    let (url, version) = canonical.split_once('|').unwrap_or((canonical, ""));
    if url != crate::canonical_url() {
        return Err(ImportError::OtherQuestionnaire(url.into()));
    }
    if version != content.version {
        return Err(ImportError::OtherVersion(version.into()));
    }
    let answers = answers_of(content, &doc)?;
    let a = assess(content, &answers);
    if let Some((q, _)) = answers
        .iter()
        .find(|(q, _)| !a.asked.iter().any(|x| x.id == *q))
    {
        return Err(ImportError::BadAnswers(format!("'{q}' would not be asked")));
    }
    if !a.is_complete() {
        return Err(ImportError::Incomplete);
    }
    let result = doc["contained"]
        .as_array()
        .and_then(|c| c.iter().find(|r| r["resourceType"] == "RiskAssessment"));
    let level = result.and_then(|r| r["prediction"][0]["outcome"]["coding"][0].as_object());
    let level_ok = level.is_some_and(|c| {
        c.get("system").and_then(Value::as_str) == Some(&level_system())
            && c.get("code").and_then(Value::as_str) == a.level.map(|l| l.name())
    });
    let fired: Vec<&str> = result
        .and_then(|r| r["extension"].as_array())
        .map(|ext| {
            ext.iter()
                .filter_map(|e| e["valueCoding"]["code"].as_str())
                .collect()
        })
        .unwrap_or_default();
    if !level_ok || fired != a.fired_ids() {
        return Err(ImportError::ResultMismatch);
    }
    Ok(answers)
}

fn answers_of(content: &'static Content, doc: &Value) -> Result<Answers, ImportError> {
    let bad = |why: String| ImportError::BadAnswers(why);
    let mut answers = Answers::new();
    let items = doc["item"]
        .as_array()
        .ok_or_else(|| bad("no answers".into()))?;
    for item in items {
        let q = item["linkId"].as_str().unwrap_or("");
        let question = content
            .question(q)
            .ok_or_else(|| bad(format!("unknown question '{q}'")))?;
        let mut chosen = Vec::new();
        for answer in item["answer"].as_array().map(Vec::as_slice).unwrap_or(&[]) {
            let coding = &answer["valueCoding"];
            let code = coding["code"].as_str().unwrap_or("");
            if coding["system"].as_str() != Some(&code_system(q)) || question.option(code).is_none()
            {
                return Err(bad(format!("unknown answer '{code}' to '{q}'")));
            }
            chosen.push(code);
        }
        if answers.get(q).is_some() {
            return Err(bad(format!("'{q}' answered twice")));
        }
        answers
            .set(content, q, &chosen)
            .map_err(|_| bad(format!("'{q}' has answers it cannot have together")))?;
    }
    Ok(answers)
}
