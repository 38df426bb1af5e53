//! Checks over every path through the questions: each question can be asked, each rule can fire,
//! and every finished path reaches a level.
//!
//! The search answers each question with one option at a time. That is enough because every
//! condition means "the answer includes one of these options": choosing more options can only ask
//! more questions and fire more rules, never fewer, so a gap reachable with several options chosen is
//! also reachable with one of them.

use crampcheck_core::assessment::assess;
use crampcheck_core::*;
use std::collections::HashSet;

/// Questions whose answers decide whether `seeds` are asked or fire: the seeds and, transitively,
/// every question their `ask_if` depends on.
fn relevant(
    content: &Content,
    seeds: impl IntoIterator<Item = &'static str>,
) -> HashSet<&'static str> {
    let mut set: HashSet<&'static str> = HashSet::new();
    let mut stack: Vec<&'static str> = seeds.into_iter().collect();
    while let Some(id) = stack.pop() {
        if !set.insert(id) {
            continue;
        }
        if let Some(q) = content.question(id) {
            for clause in q.ask_if {
                for c in clause.0 {
                    if let Condition::Answer { question, .. } = c {
                        stack.push(question);
                    }
                }
            }
        }
    }
    set
}

fn fires_emergency(content: &'static Content, answers: &Answers) -> bool {
    assess(content, answers)
        .fired
        .iter()
        .any(|f| f.rule.level == Level::Emergency)
}

/// Depth-first search for a path (a set of answers) where `goal` holds; questions outside
/// `relevant` get one answer that does not end the questions, "no" where there is one.
fn search(
    content: &'static Content,
    answers: &mut Answers,
    relevant: &HashSet<&'static str>,
    goal: &dyn Fn(&Assessment) -> bool,
) -> bool {
    let a = assess(content, answers);
    if goal(&a) {
        return true;
    }
    let Some(q) = a.next else { return false };
    let mut options: Vec<&Choice> = q.options.iter().collect();
    options.sort_by_key(|o| o.kind != ChoiceKind::None);
    for o in options {
        answers
            .set(content, q.id, &[o.id])
            .expect("option of the question");
        if !relevant.contains(q.id) {
            if fires_emergency(content, answers) {
                continue;
            }
            let found = search(content, answers, relevant, goal);
            answers.remove(q.id);
            return found;
        }
        if search(content, answers, relevant, goal) {
            return true;
        }
    }
    answers.remove(q.id);
    false
}

pub fn can_ask(content: &'static Content, question: &'static Question) -> bool {
    let rel = relevant(content, [question.id]);
    search(content, &mut Answers::new(), &rel, &|a: &Assessment| {
        a.next.is_some_and(|n| n.id == question.id) || a.asked.iter().any(|q| q.id == question.id)
    })
}

pub fn can_fire(content: &'static Content, rule: &'static Rule) -> bool {
    let seeds = rule
        .when
        .iter()
        .flat_map(|c| c.0.iter())
        .filter_map(|c| match c {
            Condition::Answer { question, .. } => Some(*question),
            _ => None,
        });
    let rel = relevant(content, seeds);
    search(content, &mut Answers::new(), &rel, &|a: &Assessment| {
        a.is_complete() && a.fired.iter().any(|f| f.rule.id == rule.id)
    })
}

/// A finished path on which no rule fires, if there is one.
pub fn find_path_without_result(content: &'static Content) -> Option<Answers> {
    fn walk(content: &'static Content, answers: &mut Answers) -> Option<Answers> {
        let a = assess(content, answers);
        // Rules only ever add up along a path, so once one above SELF_CARE has fired every
        // continuation has a result.
        if a.fired.iter().any(|f| f.rule.level != Level::SelfCare) {
            return None;
        }
        let Some(q) = a.next else {
            return a.level.is_none().then(|| answers.clone());
        };
        for o in q.options {
            answers
                .set(content, q.id, &[o.id])
                .expect("option of the question");
            if let Some(gap) = walk(content, answers) {
                return Some(gap);
            }
        }
        answers.remove(q.id);
        None
    }
    walk(content, &mut Answers::new())
}

/// Every finished path (one option per question), for the exhaustive tests. Stops after `limit`.
pub fn all_paths(
    content: &'static Content,
    limit: usize,
    visit: &mut dyn FnMut(&Answers, &Assessment),
) -> usize {
    fn walk(
        content: &'static Content,
        answers: &mut Answers,
        left: &mut usize,
        visit: &mut dyn FnMut(&Answers, &Assessment),
    ) {
        if *left == 0 {
            return;
        }
        let a = assess(content, answers);
        let Some(q) = a.next else {
            *left -= 1;
            visit(answers, &a);
            return;
        };
        for o in q.options {
            answers
                .set(content, q.id, &[o.id])
                .expect("option of the question");
            walk(content, answers, left, visit);
        }
        answers.remove(q.id);
    }
    let mut left = limit;
    walk(content, &mut Answers::new(), &mut left, visit);
    limit - left
}
