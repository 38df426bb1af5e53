//! Property tests over the real content: random walks through the questions.

mod common;
use crampcheck_core::assessment::assess;
use crampcheck_core::*;
use proptest::prelude::*;

/// Picks an answer for `q` from a random number: an exclusive option alone, or a non-empty set
/// of findings for "choose all that apply" questions.
fn pick(q: &'static Question, r: u64) -> Vec<&'static str> {
    // Mostly "no": uniform picks would end almost every walk at the first emergency question.
    if (r >> 48) % 10 < 7 && q.typical_option().kind == ChoiceKind::None {
        return vec![q.typical_option().id];
    }
    let n = q.options.len() as u64;
    let first = q.options[(r % n) as usize];
    if !q.multiple || first.kind != ChoiceKind::Finding {
        return vec![first.id];
    }
    let findings: Vec<_> = q
        .options
        .iter()
        .filter(|o| o.kind == ChoiceKind::Finding)
        .collect();
    let mut chosen: Vec<&str> = findings
        .iter()
        .enumerate()
        .filter(|(i, _)| (r >> (8 + i)) & 1 == 1)
        .map(|(_, o)| o.id)
        .collect();
    if chosen.is_empty() {
        chosen.push(first.id);
    }
    chosen
}

/// Walks from `start`, answering each new question from `rolls`. Returns the answers and the
/// assessment after each answer.
fn walk(content: &'static Content, start: Answers, rolls: &[u64]) -> (Answers, Vec<Assessment>) {
    let mut answers = start;
    let mut steps = Vec::new();
    for (i, roll) in rolls.iter().cycle().enumerate() {
        let a = assess(content, &answers);
        let Some(q) = a.next else {
            steps.push(a);
            break;
        };
        assert!(
            i <= content.questions.len(),
            "more steps than questions: the flow loops"
        );
        answers
            .set(content, q.id, &pick(q, *roll))
            .expect("picked options are valid");
        steps.push(a);
    }
    (answers, steps)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, max_global_rejects: 100_000, ..ProptestConfig::default() })]

    #[test]
    fn every_walk_ends_with_a_level_within_the_question_count(rolls in prop::collection::vec(any::<u64>(), 1..20)) {
        let c = common::content().content;
        let (_, steps) = walk(c, Answers::new(), &rolls);
        let last = steps.last().unwrap();
        prop_assert!(last.is_complete());
        prop_assert!(last.level.is_some(), "no result after {:?}", last.asked.iter().map(|q| q.id).collect::<Vec<_>>());
        prop_assert!(last.asked.len() <= c.questions.len());
        prop_assert!(last.not_asked.is_empty());
    }

    #[test]
    fn an_emergency_answer_is_always_the_last_question_asked(rolls in prop::collection::vec(any::<u64>(), 1..20)) {
        let c = common::content().content;
        let (_, steps) = walk(c, Answers::new(), &rolls);
        let n = steps.len();
        for (i, s) in steps.iter().enumerate() {
            let emergency = s.fired.iter().any(|f| f.rule.level == Level::Emergency);
            if emergency {
                prop_assert_eq!(i, n - 1, "questions continued after an emergency answer");
                prop_assert!(s.next.is_none());
            }
        }
    }

    #[test]
    fn self_care_paths_are_short(rolls in prop::collection::vec(any::<u64>(), 1..20)) {
        let c = common::content().content;
        let (_, steps) = walk(c, Answers::new(), &rolls);
        let last = steps.last().unwrap();
        if last.level == Some(Level::SelfCare) {
            // The typical path is 10 (scenario `typical`); heat, injury and pregnancy follow-ups add
            // at most a few screens.
            prop_assert!(last.asked.len() <= 15, "{} questions on a self-care path", last.asked.len());
        }
    }

    #[test]
    fn a_red_flag_changed_from_no_to_yes_never_lowers_the_level(rolls in prop::collection::vec(any::<u64>(), 1..20), which in any::<usize>(), roll in any::<u64>()) {
        let c = common::content().content;
        let (answers, steps) = walk(c, Answers::new(), &rolls);
        let before = steps.last().unwrap().level.unwrap();
        // Red-flag questions: every finding leads only to rules above SELF_CARE (so "which of
        // these describe it?", where restless legs is information only, is not one).
        let red_flags: Vec<&'static Question> = steps.last().unwrap().asked.iter().copied()
            .filter(|q| is_red_flag_question(c, q))
            .filter(|q| answers.get(q.id).is_some_and(|a| a.iter().any(|o| q.option(o).is_some_and(|c| c.kind == ChoiceKind::None))))
            .collect();
        prop_assume!(!red_flags.is_empty());
        let q = red_flags[which % red_flags.len()];
        let findings: Vec<_> = q.options.iter().filter(|o| o.kind == ChoiceKind::Finding).collect();
        let yes = findings[(roll % findings.len() as u64) as usize].id;
        let mut changed = answers.clone();
        changed.set(c, q.id, &[yes]).unwrap();
        // Drop answers that no longer apply, then finish the walk for any new questions.
        let stale = assess(c, &changed).not_asked;
        changed.retain(|id| !stale.contains(&id));
        let (_, steps2) = walk(c, changed, &rolls);
        let after = steps2.last().unwrap().level.unwrap();
        prop_assert!(after >= before, "{}: none -> {} lowered {:?} to {:?}", q.id, yes, before, after);
    }

    #[test]
    fn every_result_has_a_safety_net_and_what_to_do(rolls in prop::collection::vec(any::<u64>(), 1..20)) {
        let c = common::content().content;
        let (_, steps) = walk(c, Answers::new(), &rolls);
        let last = steps.last().unwrap();
        prop_assert!(last.advice.iter().any(|a| a.kind == AdviceKind::SafetyNet));
        if last.level != Some(Level::SelfCare) {
            prop_assert!(last.advice.iter().any(|a| a.kind == AdviceKind::SeekCare));
        }
    }
}

fn is_red_flag_question(c: &Content, q: &Question) -> bool {
    let feeds = |o: &str, self_care: bool| {
        c.rules.iter().filter(|r| (r.level == Level::SelfCare) == self_care).any(|r| {
            r.when.iter().any(|cl| {
                cl.0.iter().any(|cond| {
                    matches!(cond, Condition::Answer { question, options } if *question == q.id && options.contains(&o))
                })
            })
        })
    };
    q.options
        .iter()
        .filter(|o| o.kind == ChoiceKind::Finding)
        .all(|o| feeds(o.id, false) && !feeds(o.id, true))
}

/// Options that can suppress a rule (`unless`, e.g. pregnancy for A1) are not red flags: ticking
/// them may rightly lower a level (SC3).
fn suppresses_a_rule(c: &Content, question: &str, option: &str) -> bool {
    c.rules.iter().any(|r| {
        r.unless.iter().any(|cl| {
            cl.0.iter().any(|cond| {
                matches!(cond, Condition::Answer { question: q, options } if *q == question && options.contains(&option))
            })
        })
    })
}

/// Re-answers `q` with `new`, drops answers that no longer apply and finishes the walk.
fn changed_level(
    c: &'static Content,
    answers: &Answers,
    q: &str,
    new: &[&str],
    rolls: &[u64],
) -> Level {
    let mut changed = answers.clone();
    changed.set(c, q, new).unwrap();
    let stale = assess(c, &changed).not_asked;
    changed.retain(|id| !stale.contains(&id));
    let (_, steps) = walk(c, changed, rolls);
    steps.last().unwrap().level.unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, max_global_rejects: 100_000, ..ProptestConfig::default() })]

    #[test]
    fn not_sure_never_lowers_a_level(rolls in prop::collection::vec(any::<u64>(), 1..20), which in any::<usize>()) {
        let c = common::content().content;
        let (answers, steps) = walk(c, Answers::new(), &rolls);
        let before = steps.last().unwrap().level.unwrap();
        let with_unsure: Vec<&'static Question> = steps.last().unwrap().asked.iter().copied()
            .filter(|q| q.options.iter().any(|o| o.kind == ChoiceKind::Unsure))
            .filter(|q| answers.get(q.id).is_some_and(|a| a.iter().all(|o| q.option(o).is_some_and(|c| c.kind != ChoiceKind::Unsure))))
            .collect();
        prop_assume!(!with_unsure.is_empty());
        let q = with_unsure[which % with_unsure.len()];
        let unsure = q.options.iter().find(|o| o.kind == ChoiceKind::Unsure).unwrap().id;
        let after = changed_level(c, &answers, q.id, &[unsure], &rolls);
        prop_assert!(after >= before, "{}: {:?} -> not sure lowered {:?} to {:?}", q.id, answers.get(q.id), before, after);
    }

    #[test]
    fn ticking_one_more_red_flag_never_lowers_a_level(rolls in prop::collection::vec(any::<u64>(), 1..20), which in any::<usize>(), roll in any::<u64>()) {
        let c = common::content().content;
        let (answers, steps) = walk(c, Answers::new(), &rolls);
        let before = steps.last().unwrap().level.unwrap();
        // Multiple-choice questions answered with findings, and a finding not yet ticked.
        let candidates: Vec<(&'static Question, &'static str)> = steps.last().unwrap().asked.iter().copied()
            .filter(|q| q.multiple)
            .filter_map(|q| {
                let chosen = answers.get(q.id)?;
                if chosen.iter().any(|o| q.option(o).is_some_and(|c| c.kind != ChoiceKind::Finding)) {
                    return None;
                }
                let extra: Vec<_> = q.options.iter()
                    .filter(|o| o.kind == ChoiceKind::Finding && !chosen.contains(&o.id) && !suppresses_a_rule(c, q.id, o.id))
                    .collect();
                (!extra.is_empty()).then(|| (q, extra[(roll % extra.len() as u64) as usize].id))
            })
            .collect();
        prop_assume!(!candidates.is_empty());
        let (q, extra) = candidates[which % candidates.len()];
        let mut ticks: Vec<&str> = answers.get(q.id).unwrap().to_vec();
        ticks.push(extra);
        let after = changed_level(c, &answers, q.id, &ticks, &rolls);
        prop_assert!(after >= before, "{}: ticking {} as well lowered {:?} to {:?}", q.id, extra, before, after);
    }

    #[test]
    fn every_urgent_result_carries_its_own_while_waiting_advice(rolls in prop::collection::vec(any::<u64>(), 1..20)) {
        let c = common::content().content;
        let (_, steps) = walk(c, Answers::new(), &rolls);
        let last = steps.last().unwrap();
        for f in last.deciding().filter(|f| f.rule.level >= Level::UrgentNow) {
            let own = last.advice.iter().any(|a| a.kind == AdviceKind::WhileWaiting && a.names_rule(f.rule.id));
            prop_assert!(own, "{} fired at {:?} without its own while-waiting advice", f.rule.id, f.rule.level);
        }
    }
}

proptest! {
    /// Issue 21.2: beside "call now" or "within the hour", only the rule's own while-waiting
    /// advice: no stretch, warm bath or "exercise your legs" to compete with it.
    #[test]
    fn no_relief_or_prevention_beside_an_urgent_result(rolls in prop::collection::vec(any::<u64>(), 1..20)) {
        let c = common::content().content;
        let (_, steps) = walk(c, Answers::new(), &rolls);
        let last = steps.last().unwrap();
        if last.level.is_some_and(|l| l >= Level::UrgentNow) {
            for a in &last.advice {
                prop_assert!(!matches!(a.kind, AdviceKind::Relief | AdviceKind::Prevention), "{} shown at {:?}", a.id, last.level);
            }
        }
    }
}

/// 10^5 seeded walks (deterministic, so a failure names its seed): none ends without a level.
#[test]
fn a_hundred_thousand_walks_never_dead_end() {
    let c = common::content().content;
    let mut levels = [0usize; 5];
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    for seed in 0..100_000u64 {
        let rolls: Vec<u64> = (0..24)
            .map(|_| {
                // xorshift64*: cheap, and every walk differs.
                state ^= state >> 12;
                state ^= state << 25;
                state ^= state >> 27;
                state.wrapping_mul(0x2545_F491_4F6C_DD1D)
            })
            .collect();
        let (answers, steps) = walk(c, Answers::new(), &rolls);
        let last = steps.last().unwrap();
        let level = last
            .level
            .unwrap_or_else(|| panic!("walk {seed} ends without a level: {}", answers.encode()));
        assert!(last.is_complete(), "walk {seed}");
        levels[level as usize] += 1;
    }
    // Every level is reachable by chance, so the walks really explore the flow.
    assert!(levels.iter().all(|n| *n > 0), "levels reached: {levels:?}");
    println!("levels (self-care .. emergency): {levels:?}");
}

#[test]
fn encoded_answers_survive_a_round_trip_for_real_paths() {
    let c = common::content().content;
    for seed in 0..500u64 {
        let rolls: Vec<u64> = (0..16u64)
            .map(|i| {
                seed.wrapping_mul(6364136223846793005)
                    .wrapping_add(i.wrapping_mul(1442695040888963407))
            })
            .collect();
        let (answers, _) = walk(c, Answers::new(), &rolls);
        let (back, problems) = Answers::decode(c, &answers.encode());
        assert!(problems.is_empty());
        assert_eq!(back, answers);
    }
}
