//! The person's answers: which options they chose, question by question, checked against the content.

use crate::model::{Content, Question};
use std::fmt;

/// Answers in the order they were given. IDs point into the content, so an `Answers` value can only
/// hold questions and options that exist.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers {
    items: Vec<(&'static str, Vec<&'static str>)>,
}

/// Why an answer was refused. Each names the question and option involved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerError {
    UnknownQuestion(String),
    UnknownOption { question: String, option: String },
    NoOption { question: String },
    OneOptionOnly { question: String },
    ExclusiveOption { question: String, option: String },
    DuplicateOption { question: String, option: String },
}

impl fmt::Display for AnswerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnswerError::UnknownQuestion(q) => write!(f, "unknown question '{q}'"),
            AnswerError::UnknownOption { question, option } => {
                write!(f, "question '{question}' has no option '{option}'")
            }
            AnswerError::NoOption { question } => {
                write!(f, "question '{question}': no option chosen")
            }
            AnswerError::OneOptionOnly { question } => {
                write!(
                    f,
                    "question '{question}' takes one option, several were given"
                )
            }
            AnswerError::ExclusiveOption { question, option } => write!(
                f,
                "question '{question}': option '{option}' cannot be combined with other options"
            ),
            AnswerError::DuplicateOption { question, option } => {
                write!(f, "question '{question}': option '{option}' given twice")
            }
        }
    }
}

impl std::error::Error for AnswerError {}

/// A part of saved or linked answers that could not be used; the rest is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeProblem {
    pub fragment: String,
    pub reason: DecodeReason,
}

/// Why a fragment was dropped. Typed, not text: the app only counts them, and formatting code
/// would otherwise ship in the wasm.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeReason {
    NotQuestionEqualsOption,
    AnsweredTwice,
    Invalid(AnswerError),
}

impl fmt::Display for DecodeReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeReason::NotQuestionEqualsOption => f.write_str("expected question=option"),
            DecodeReason::AnsweredTwice => f.write_str("question answered twice"),
            DecodeReason::Invalid(e) => e.fmt(f),
        }
    }
}

impl Answers {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn get(&self, question: &str) -> Option<&[&'static str]> {
        self.items
            .iter()
            .find(|(q, _)| *q == question)
            .map(|(_, o)| o.as_slice())
    }

    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &[&'static str])> + '_ {
        self.items.iter().map(|(q, o)| (*q, o.as_slice()))
    }

    /// Checks a choice against the question and resolves the IDs to the content's own strings.
    pub fn validate(
        content: &Content,
        question: &str,
        options: &[&str],
    ) -> Result<(&'static Question, Vec<&'static str>), AnswerError> {
        let q = content
            .question(question)
            .ok_or_else(|| AnswerError::UnknownQuestion(question.to_string()))?;
        if options.is_empty() {
            return Err(AnswerError::NoOption {
                question: q.id.into(),
            });
        }
        if !q.multiple && options.len() > 1 {
            return Err(AnswerError::OneOptionOnly {
                question: q.id.into(),
            });
        }
        for (i, o) in options.iter().enumerate() {
            let choice = q.option(o).ok_or_else(|| AnswerError::UnknownOption {
                question: q.id.into(),
                option: o.to_string(),
            })?;
            if options.iter().take(i).any(|x| x == o) {
                return Err(AnswerError::DuplicateOption {
                    question: q.id.into(),
                    option: choice.id.into(),
                });
            }
            if choice.exclusive && options.len() > 1 {
                return Err(AnswerError::ExclusiveOption {
                    question: q.id.into(),
                    option: choice.id.into(),
                });
            }
        }
        // In the content's option order, so that equal answers compare and encode equally.
        let chosen = q
            .options
            .iter()
            .filter(|c| options.contains(&c.id))
            .map(|c| c.id)
            .collect();
        Ok((q, chosen))
    }

    /// Records an answer (replacing an earlier one to the same question) without pruning; see
    /// [`crate::assessment::answer`] for the flow-aware version the app uses.
    pub fn set(
        &mut self,
        content: &Content,
        question: &str,
        options: &[&str],
    ) -> Result<(), AnswerError> {
        let (q, chosen) = Self::validate(content, question, options)?;
        match self.items.iter_mut().find(|(id, _)| *id == q.id) {
            Some(item) => item.1 = chosen,
            None => self.items.push((q.id, chosen)),
        }
        Ok(())
    }

    pub fn remove(&mut self, question: &str) {
        self.items.retain(|(q, _)| *q != question);
    }

    pub fn retain(&mut self, mut keep: impl FnMut(&str) -> bool) {
        self.items.retain(|(q, _)| keep(q));
    }

    /// A compact text form for the URL and session storage: `question=opt1,opt2;question=opt`.
    /// IDs are restricted to `[a-z0-9_]` by the content check, so no escaping is needed.
    pub fn encode(&self) -> String {
        let mut out = String::new();
        for (i, (q, opts)) in self.items.iter().enumerate() {
            if i > 0 {
                out.push(';');
            }
            out.push_str(q);
            out.push('=');
            out.push_str(&opts.join(","));
        }
        out
    }

    /// Reads [`Answers::encode`]'s form, keeping every part that is valid and reporting the rest, so
    /// that a corrupt or tampered value loses only what cannot be understood.
    pub fn decode(content: &Content, text: &str) -> (Answers, Vec<DecodeProblem>) {
        let mut answers = Answers::new();
        let mut problems = Vec::new();
        for fragment in text.split(';').filter(|f| !f.trim().is_empty()) {
            let Some((q, opts)) = fragment.split_once('=') else {
                problems.push(DecodeProblem {
                    fragment: fragment.into(),
                    reason: DecodeReason::NotQuestionEqualsOption,
                });
                continue;
            };
            let opts: Vec<&str> = opts.split(',').filter(|o| !o.is_empty()).collect();
            if answers.get(q).is_some() {
                problems.push(DecodeProblem {
                    fragment: fragment.into(),
                    reason: DecodeReason::AnsweredTwice,
                });
                continue;
            }
            if let Err(e) = answers.set(content, q, &opts) {
                problems.push(DecodeProblem {
                    fragment: fragment.into(),
                    reason: DecodeReason::Invalid(e),
                });
            }
        }
        (answers, problems)
    }
}
