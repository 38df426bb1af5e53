//! questions.toml: the questions, their options and when each is asked.

use super::clause::{Refs, Scope};
use super::id_check::{Ids, Spelling};
use super::read::Read;
use super::shared::{leak, leak_slice, At, Ctx};
use super::Origin;
use crate::error::Kind;
use crate::raw::*;
use crampcheck_core::*;
use std::collections::HashMap;

/// Question IDs that answer files and links use for something else.
const RESERVED: [&str; 3] = ["rule", "level", "content_version"];

/// Where each question is asked and what its options are, for the clauses that name them; built
/// before any clause is resolved, since a clause may name any question.
pub(super) struct QuestionIndex {
    position: HashMap<String, usize>,
    options: HashMap<String, Vec<String>>,
}

impl QuestionIndex {
    /// Checks the question IDs and records where each question was defined.
    pub fn new(b: &mut Ctx, (file, raw): &Read<RawQuestions>, origin: &mut Origin) -> Self {
        let mut ids = Ids::new(Spelling::Lower);
        let mut position = HashMap::new();
        for (i, q) in raw.question.iter().enumerate() {
            let at = At::new(file, Kind::Question, &q.id);
            ids.check(b, &at, &q.id);
            if RESERVED.contains(&q.id.as_str()) {
                b.add(&at, "this ID is reserved");
            }
            position.insert(q.id.clone(), i);
            origin.insert((Kind::Question, q.id.clone()), file.clone());
        }
        let options = raw
            .question
            .iter()
            .map(|q| {
                (
                    q.id.clone(),
                    q.option.iter().map(|o| o.id.clone()).collect(),
                )
            })
            .collect();
        QuestionIndex { position, options }
    }

    pub fn options(&self, question: &str) -> Option<&Vec<String>> {
        self.options.get(question)
    }

    /// Only called for a question `options` knows.
    pub fn position(&self, question: &str) -> usize {
        self.position[question]
    }
}

pub(super) fn questions(
    b: &mut Ctx,
    (file, raw): &Read<RawQuestions>,
    refs: &Refs,
) -> Vec<Question> {
    let mut list = Vec::new();
    for (i, q) in raw.question.iter().enumerate() {
        let at = At::new(file, Kind::Question, &q.id);
        let options = options(b, &at, &q.option);
        let ask_if = refs.clauses(b, &at, "ask_if", &q.ask_if, Scope::AskIf(i));
        list.push(Question {
            id: leak(&q.id),
            text: b.text(&at, "text", &q.text),
            hint: b.optional_text(&at, "hint", &q.hint),
            why: b.text(&at, "why", &q.why),
            short: b.text(&at, "short", &q.short),
            multiple: q.multiple,
            options,
            ask_if,
        });
    }
    list
}

fn options(b: &mut Ctx, at: &At, raw: &[RawOption]) -> &'static [Choice] {
    let mut ids = Ids::new(Spelling::Lower);
    let mut options = Vec::new();
    for o in raw {
        let at = at.part(Kind::Option, &o.id);
        ids.check(b, &at, &o.id);
        let kind = match &o.kind {
            None => ChoiceKind::Finding,
            Some(k) => b
                .parse(&at, "kind", k, "finding, none or unsure")
                .unwrap_or(ChoiceKind::Finding),
        };
        let voice = o.voice.as_ref().and_then(|v| voice(b, &at, v));
        let exclusive = o.exclusive.unwrap_or(kind == ChoiceKind::None);
        if exclusive && kind == ChoiceKind::Finding {
            b.add(
                &at,
                "a finding cannot be exclusive: only \"none\" or \"not sure\" options can",
            );
        }
        if !exclusive && kind == ChoiceKind::None {
            b.add(
                &at,
                "a \"none\" option is always exclusive: it cannot be ticked with a finding",
            );
        }
        options.push(Choice {
            id: leak(&o.id),
            kind,
            label: b.text(&at, "label", &o.label),
            voice,
            exclusive,
        });
    }
    check_kinds(b, at, &options);
    leak_slice(options)
}

/// The person's own voice is the default, so an option names only another one.
fn voice(b: &mut Ctx, at: &At, name: &str) -> Option<Voice> {
    match name.parse() {
        Ok(Voice::Own) | Err(_) => {
            b.add(at, format!("unknown voice '{name}' (use they or child)"));
            None
        }
        Ok(v) => Some(v),
    }
}

/// At most one "No" and one "Not sure" (each option's `exclusive` is checked where it is read), and
/// at least one option must say something was found.
fn check_kinds(b: &mut Ctx, at: &At, options: &[Choice]) {
    if options.len() < 2 {
        b.add(at, "a question needs at least two options");
    }
    for kind in [ChoiceKind::None, ChoiceKind::Unsure] {
        if options.iter().filter(|o| o.kind == kind).count() > 1 {
            b.add(at, format!("more than one option of kind {kind:?}"));
        }
    }
    if !options.iter().any(|o| o.kind == ChoiceKind::Finding) {
        b.add(at, "no option describes a finding");
    }
}
