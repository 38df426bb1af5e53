//! The assessment: which questions are asked, which rules fire, the level and the advice.
//!
//! The flow is the content's question order. A question is asked when its `ask_if` holds for the
//! answers so far; the first EMERGENCY finding ends the questions (brief section 3, precedence 1).

use crate::answers::{AnswerError, Answers};
use crate::model::{
    Advice, AdviceKind, Choice, ChoiceKind, Clause, Condition, Content, Level, Question, Rule,
};

/// A rule that fired, with the answers that made it fire ("why this result").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FiredRule {
    pub rule: &'static Rule,
    pub because: Vec<(&'static Question, Vec<&'static Choice>)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    /// The questions that apply, answered, in order.
    pub asked: Vec<&'static Question>,
    /// The next question to ask, or `None` once the questions are over.
    pub next: Option<&'static Question>,
    /// Answers given to questions that no longer apply (after an earlier answer changed, or after an
    /// emergency answer). The app drops them; the command-line assessor reports them.
    pub not_asked: Vec<&'static str>,
    /// `Some` once the questions are over; `None` only while questions remain, or if the content
    /// has a gap (the content check rules that out for every path).
    pub level: Option<Level>,
    /// Every rule that fired, most urgent first. SELF_CARE rules fire only when nothing else does.
    pub fired: Vec<FiredRule>,
    /// Advice for this person, grouped by kind in a fixed order.
    pub advice: Vec<&'static Advice>,
    /// Questions still to come on a typical continuation: each unanswered question answered "no"
    /// (or with its first option), stopping where that path stops. An estimate for progress that
    /// counts only questions that would be asked, never ones ruled out by the answers so far.
    pub remaining: usize,
}

impl Assessment {
    pub fn is_complete(&self) -> bool {
        self.next.is_none()
    }

    /// The rules that decided the level (those at the final level).
    pub fn deciding(&self) -> impl Iterator<Item = &FiredRule> {
        self.fired
            .iter()
            .filter(move |f| Some(f.rule.level) == self.level)
    }

    pub fn advice_of(&self, kind: AdviceKind) -> impl Iterator<Item = &'static Advice> + '_ {
        self.advice.iter().copied().filter(move |a| a.kind == kind)
    }

    pub fn fired_ids(&self) -> Vec<&'static str> {
        self.fired.iter().map(|f| f.rule.id).collect()
    }
}

/// Does `cond` hold? `unsure_level` is the level of the rule being tested, if any: "not sure" then
/// counts as yes for URGENT_NOW and EMERGENCY rules.
fn answer_matches(
    answers: &Answers,
    question: &str,
    options: &[&str],
    content: &Content,
    unsure_level: Option<Level>,
) -> bool {
    let Some(chosen) = answers.get(question) else {
        return false;
    };
    if chosen.iter().any(|c| options.contains(c)) {
        return true;
    }
    if unsure_level.is_some_and(Level::unsure_counts_as_yes) {
        if let Some(q) = content.question(question) {
            return chosen
                .iter()
                .any(|c| q.option(c).is_some_and(|o| o.kind == ChoiceKind::Unsure));
        }
    }
    false
}

struct Context<'a> {
    content: &'a Content,
    answers: &'a Answers,
    fired: &'a [FiredRule],
    level: Option<Level>,
}

impl Context<'_> {
    fn holds(&self, cond: &Condition, unsure_level: Option<Level>) -> bool {
        match cond {
            Condition::Answer { question, options } => {
                answer_matches(self.answers, question, options, self.content, unsure_level)
            }
            Condition::Rule(ids) => self.fired.iter().any(|f| ids.contains(&f.rule.id)),
            Condition::Level(levels) => self.level.is_some_and(|l| levels.contains(&l)),
        }
    }

    fn clause_holds(&self, clause: &Clause, unsure_level: Option<Level>) -> bool {
        clause.0.iter().all(|c| self.holds(c, unsure_level))
    }

    fn any_clause(&self, clauses: &[Clause]) -> bool {
        clauses.iter().any(|c| self.clause_holds(c, None))
    }
}

fn rule_fires(content: &Content, answers: &Answers, rule: &'static Rule) -> Option<FiredRule> {
    let ctx = Context {
        content,
        answers,
        fired: &[],
        level: None,
    };
    let clause = rule
        .when
        .iter()
        .find(|c| ctx.clause_holds(c, Some(rule.level)))?;
    if ctx.any_clause(rule.unless) {
        return None;
    }
    let because = clause
        .0
        .iter()
        .filter_map(|cond| match cond {
            Condition::Answer { question, .. } => {
                let q = content.question(question)?;
                let chosen = answers.get(question)?;
                let choices = chosen.iter().filter_map(|c| q.option(c)).collect();
                Some((q, choices))
            }
            _ => None,
        })
        .collect();
    Some(FiredRule { rule, because })
}

fn is_asked(content: &Content, answers: &Answers, q: &Question) -> bool {
    let ctx = Context {
        content,
        answers,
        fired: &[],
        level: None,
    };
    q.ask_if.is_empty() || q.ask_if.iter().any(|c| ctx.clause_holds(c, None))
}

fn emergency_fired(content: &Content, answers: &Answers) -> bool {
    content
        .rules
        .iter()
        .filter(|r| r.level == Level::Emergency)
        .any(|r| rule_fires(content, answers, r).is_some())
}

/// How many questions a typical continuation still asks: fills each next question with its "no"
/// option (or its first) until the questions end.
fn typical_remaining(content: &'static Content, answers: &Answers) -> usize {
    let mut filled = answers.clone();
    let mut count = 0;
    for q in content.questions {
        if filled.get(q.id).is_some() || !is_asked(content, &filled, q) {
            continue;
        }
        let typical = q.typical_option();
        let _ = filled.set(content, q.id, &[typical.id]);
        count += 1;
        if emergency_fired(content, &filled) {
            break;
        }
    }
    count
}

/// Assesses the answers given so far.
pub fn assess(content: &'static Content, answers: &Answers) -> Assessment {
    // Walk the questions in order, using only the answers to questions that apply, so that a stale
    // answer (to a question no longer asked) can never fire a rule.
    let mut on_path = Answers::new();
    let mut asked = Vec::new();
    let mut next = None;
    let mut ended = false;
    for q in content.questions {
        if ended || !is_asked(content, &on_path, q) {
            continue;
        }
        match answers.get(q.id) {
            // Answers after a gap (a new follow-up created by an edit) still count: they still apply.
            Some(chosen) => {
                // Answers were validated when they were set, so this cannot fail; no panic path
                // (and no Debug formatting) is compiled into the wasm for it.
                let _ = on_path.set(content, q.id, chosen);
                asked.push(q);
                ended = emergency_fired(content, &on_path);
            }
            None => {
                next.get_or_insert(q);
            }
        }
    }
    let remaining = next.map_or(0, |_| typical_remaining(content, &on_path));
    let not_asked = answers
        .iter()
        .map(|(q, _)| q)
        .filter(|q| on_path.get(q).is_none())
        .collect();

    // Most urgent first; SELF_CARE last and only when nothing else fired: only someone with no
    // flags reaches SELF_CARE (brief section 6, note 1).
    let mut fired: Vec<FiredRule> = Vec::new();
    for level in Level::ALL {
        if level == Level::SelfCare && !fired.is_empty() {
            break;
        }
        fired.extend(
            content
                .rules
                .iter()
                .filter(|r| r.level == level)
                .filter_map(|r| rule_fires(content, &on_path, r)),
        );
    }
    let level = if next.is_none() {
        fired.first().map(|f| f.rule.level)
    } else {
        None
    };

    let ctx = Context {
        content,
        answers: &on_path,
        fired: &fired,
        level,
    };
    // Grouped by kind, in content order within a kind.
    let mut advice: Vec<&'static Advice> = Vec::new();
    if next.is_none() {
        for kind in AdviceKind::ALL {
            advice.extend(
                content.advice.iter().filter(|a| {
                    a.kind == kind && ctx.any_clause(a.when) && !ctx.any_clause(a.unless)
                }),
            );
        }
    }

    Assessment {
        asked,
        next,
        not_asked,
        level,
        fired,
        advice,
        remaining,
    }
}

/// Records an answer and drops later answers that no longer apply, as the app does when a person
/// goes back and changes an answer.
pub fn answer(
    content: &'static Content,
    answers: &mut Answers,
    question: &str,
    options: &[&str],
) -> Result<(), AnswerError> {
    answers.set(content, question, options)?;
    let a = assess(content, answers);
    answers.retain(|q| !a.not_asked.contains(&q));
    Ok(())
}

/// The question that comes after `question` on the current path, answered or not (for "continue"
/// after an edit, which keeps later answers that still apply but must not skip a new follow-up).
pub fn question_after(
    content: &'static Content,
    answers: &Answers,
    question: &str,
) -> Option<&'static Question> {
    let a = assess(content, answers);
    let pos = content.questions.iter().position(|q| q.id == question)?;
    // Every unanswered question that applies comes at or after `a.next`, so the first question
    // after `question` that is either answered on the path or is `a.next` is the one.
    content.questions[pos + 1..]
        .iter()
        .find(|q| a.asked.iter().any(|x| x.id == q.id) || a.next.is_some_and(|n| n.id == q.id))
}
