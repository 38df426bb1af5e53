//! Fuzzing the saved-answers decoder with the real content: 10^4 arbitrary strings and 10^4
//! valid answer sets with damage mixed in (junk fragments, corrupted and cut-off fragments). The
//! decoder never panics, accounts for every fragment, and keeps every fragment that was valid.

mod common;
use crampcheck_core::*;
use proptest::prelude::*;

/// A valid answer to question `qi` (modulo the number of questions), chosen by `r`: an exclusive
/// option alone, or one or more findings where several may be chosen.
fn valid_fragment(c: &Content, qi: usize, r: u64) -> (&'static str, Vec<&'static str>) {
    let q = &c.questions[qi % c.questions.len()];
    let first = q.options[(r as usize) % q.options.len()];
    if !q.multiple || first.kind != ChoiceKind::Finding {
        return (q.id, vec![first.id]);
    }
    let mut opts: Vec<_> = q
        .options
        .iter()
        .enumerate()
        .filter(|(i, o)| o.kind == ChoiceKind::Finding && (r >> (8 + i)) & 1 == 1)
        .map(|(_, o)| o.id)
        .collect();
    if opts.is_empty() {
        opts.push(first.id);
    }
    (q.id, opts)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn any_text_decodes_without_panic_and_every_fragment_is_accounted_for(text in "\\PC{0,80}|[a-z_=,;]{0,80}") {
        let c = common::content().content;
        let (answers, problems) = Answers::decode(c, &text);
        let fragments = text.split(';').filter(|f| !f.trim().is_empty()).count();
        prop_assert_eq!(answers.len() + problems.len(), fragments);
        // What was kept encodes and decodes to itself.
        let (again, none) = Answers::decode(c, &answers.encode());
        prop_assert!(none.is_empty());
        prop_assert_eq!(again, answers);
    }

    #[test]
    fn damage_loses_only_the_damaged_fragments(
        picks in proptest::collection::vec((0usize..64, any::<u64>()), 1..12),
        damage in proptest::collection::vec((0u8..5, any::<u64>(), "\\PC{0,12}"), 0..6),
    ) {
        let c = common::content().content;
        // Valid fragments, one per question (the first pick of a question wins).
        let mut valid: Vec<(&str, Vec<&str>)> = Vec::new();
        for (qi, r) in picks {
            let (q, opts) = valid_fragment(c, qi, r);
            if !valid.iter().any(|(v, _)| *v == q) {
                valid.push((q, opts));
            }
        }
        let mut fragments: Vec<(String, bool)> = valid
            .iter()
            .map(|(q, opts)| (format!("{q}={}", opts.join(",")), true))
            .collect();
        for (kind, r, junk) in damage {
            let at = (r as usize) % (fragments.len() + 1);
            let junk = junk.replace([';', '='], "");
            match kind {
                // A fragment that names no question.
                0 => fragments.insert(at, (format!("zz_{junk}=x"), false)),
                // Not `question=options` at all.
                1 => fragments.insert(at, (junk.replace(',', ""), false)),
                // A valid question with an option it does not have.
                2 if at < fragments.len() && fragments[at].1 => {
                    fragments[at].0.push_str(",not_an_option");
                    fragments[at].1 = false;
                }
                // Cut off inside the options.
                3 if at < fragments.len() && fragments[at].1 => {
                    let f = &mut fragments[at];
                    let eq = f.0.find('=').unwrap();
                    f.0.truncate(eq + 2);
                    f.0.push('#');
                    f.1 = false;
                }
                // Stray separators and white space.
                _ => fragments.insert(at, (" ".into(), false)),
            }
        }
        let text = fragments.iter().map(|(f, _)| f.as_str()).collect::<Vec<_>>().join(";");
        let (answers, _) = Answers::decode(c, &text);
        for (f, intact) in &fragments {
            if !intact {
                continue;
            }
            let (q, opts) = f.split_once('=').unwrap();
            let want: Vec<&str> = opts.split(',').collect();
            prop_assert_eq!(answers.get(q).map(|o| o.to_vec()), Some(want), "{} lost from {:?}", f, text);
        }
        // Nothing that was damaged is kept.
        prop_assert_eq!(answers.len(), fragments.iter().filter(|(_, ok)| *ok).count(), "{:?}", text);
    }
}
