//! Resolves `when`, `unless` and `ask_if` clauses, checking every question, option, rule and
//! level they name.

use super::questions::QuestionIndex;
use super::shared::{leak, leak_slice, leak_strs, At, Ctx};
use crate::raw::{RawClause, RawClauseValue};
use crampcheck_core::*;
use std::collections::HashSet;

/// Where a list of clauses is used, which decides what it may test.
#[derive(Clone, Copy)]
pub(super) enum Scope {
    /// A rule's `when` and `unless`: answers only.
    Rule,
    /// Advice: answers, and also the rules that fired and the level reached.
    Advice,
    /// The `ask_if` of question number `n`: answers to earlier questions only, so no two
    /// questions can wait on each other (a cycle).
    AskIf(usize),
}

/// What clauses may refer to.
pub(super) struct Refs<'r> {
    pub questions: &'r QuestionIndex,
    pub rule_ids: &'r HashSet<String>,
}

impl Refs<'_> {
    /// The clauses of one field (`when`...) of one item.
    pub fn clauses(
        &self,
        b: &mut Ctx,
        at: &At,
        field: &str,
        raw: &[RawClause],
        scope: Scope,
    ) -> &'static [Clause] {
        let list = raw
            .iter()
            .map(|c| {
                let mut one = OneClause {
                    refs: self,
                    b: &mut *b,
                    at,
                    field,
                    scope,
                };
                one.resolve(c)
            })
            .collect();
        leak_slice(list)
    }
}

/// One clause being resolved, with where its problems are reported.
struct OneClause<'a, 'r, 'p> {
    refs: &'a Refs<'r>,
    b: &'a mut Ctx<'p>,
    at: &'a At<'a>,
    field: &'a str,
    scope: Scope,
}

impl OneClause<'_, '_, '_> {
    /// Every problem names the field it is in: `when: unknown rule 'X1'`.
    fn problem(&mut self, problem: String) {
        self.b.add(self.at, format!("{}: {problem}", self.field));
    }

    fn resolve(&mut self, raw: &RawClause) -> Clause {
        let conds = self
            .entries(raw)
            .into_iter()
            .filter_map(|(key, values)| self.condition(key, values))
            .collect();
        Clause(leak_slice(conds))
    }

    /// `all = [...]` adds its parts' conditions to this clause, so each part goes through the
    /// same checks as a plain entry.
    fn entries<'c>(&mut self, raw: &'c RawClause) -> Vec<(&'c String, &'c Vec<String>)> {
        let mut entries = Vec::new();
        for (key, value) in raw {
            match (key.as_str(), value) {
                ("all", RawClauseValue::All(parts)) => {
                    entries.extend(parts.iter().flat_map(|p| p.iter()))
                }
                ("all", RawClauseValue::Options(_)) => self.problem(
                    "'all' takes a list of clauses, e.g. all = [{ q = [\"a\"] }, { q = [\"b\"] }]"
                        .into(),
                ),
                (_, RawClauseValue::Options(values)) => entries.push((key, values)),
                (_, RawClauseValue::All(_)) => {
                    self.problem(format!("'{key}' takes a list of option IDs"))
                }
            }
        }
        entries
    }

    fn condition(&mut self, key: &str, values: &[String]) -> Option<Condition> {
        if values.is_empty() {
            self.problem(format!("'{key}' lists no options"));
            return None;
        }
        let outcome = matches!(key, "rule" | "level");
        if outcome && !matches!(self.scope, Scope::Advice) {
            self.problem(format!("'{key}' can only be used in advice"));
            return None;
        }
        match key {
            "rule" => Some(self.rule(values)),
            "level" => Some(self.level(values)),
            question => self.answer(question, values),
        }
    }

    fn rule(&mut self, ids: &[String]) -> Condition {
        for r in ids {
            if !self.refs.rule_ids.contains(r) {
                self.problem(format!("unknown rule '{r}'"));
            }
        }
        Condition::Rule(leak_strs(ids))
    }

    fn level(&mut self, names: &[String]) -> Condition {
        let mut levels = Vec::new();
        for name in names {
            match name.parse::<Level>() {
                Ok(l) => levels.push(l),
                Err(e) => self.problem(e.to_string()),
            }
        }
        Condition::Level(leak_slice(levels))
    }

    fn answer(&mut self, q: &str, values: &[String]) -> Option<Condition> {
        let Some(options) = self.refs.questions.options(q) else {
            self.problem(format!("unknown question '{q}'"));
            return None;
        };
        if let Scope::AskIf(asking) = self.scope {
            if self.refs.questions.position(q) >= asking {
                self.problem(format!("depends on question '{q}', which is not asked before it (a cycle): questions may only depend on earlier ones"));
            }
        }
        for v in values {
            if !options.contains(v) {
                self.problem(format!("question '{q}' has no option '{v}'"));
            }
        }
        Some(Condition::Answer {
            question: leak(q),
            options: leak_strs(values),
        })
    }
}
