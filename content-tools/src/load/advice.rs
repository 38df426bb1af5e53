//! advice/*.toml: the advice items, their kind, evidence grade, sources and clauses.

use super::clause::{Refs, Scope};
use super::id_check::{Ids, Spelling};
use super::meta::check_citations;
use super::read::Read;
use super::shared::{leak, leak_slice, leak_strs, At, Ctx};
use super::Origin;
use crate::error::Kind;
use crate::raw::*;
use crampcheck_core::*;
use std::collections::HashSet;

/// All advice files share one set of IDs: an item is found by ID whatever file it is in.
pub(super) fn advice(
    b: &mut Ctx,
    files: &[Read<RawAdviceFile>],
    refs: &Refs,
    source_ids: &HashSet<String>,
    origin: &mut Origin,
) -> Vec<Advice> {
    let mut ids = Ids::new(Spelling::Lower);
    let mut list = Vec::new();
    for (file, raw) in files {
        for a in &raw.advice {
            let at = At::new(file, Kind::Advice, &a.id);
            origin.insert((Kind::Advice, a.id.clone()), file.clone());
            ids.check(b, &at, &a.id);
            list.push(item(b, &at, a, refs, source_ids));
        }
    }
    list
}

fn item(b: &mut Ctx, at: &At, a: &RawAdvice, refs: &Refs, source_ids: &HashSet<String>) -> Advice {
    // Unknown values are reported; the defaults only let the other checks go on.
    let kind = b
        .parse(at, "kind", &a.kind, &kind_names())
        .unwrap_or(AdviceKind::SafetyNet);
    let grade = grade(b, at, a.grade.as_deref());
    check_citations(b, at, source_ids, &a.sources);
    if a.when.is_empty() {
        b.add(at, "when: needed (use [{}] for every result)");
    }
    let when = refs.clauses(b, at, "when", &a.when, Scope::Advice);
    let unless = refs.clauses(b, at, "unless", &a.unless, Scope::Advice);
    let steps: Vec<Text> = a
        .steps
        .iter()
        .enumerate()
        .map(|(i, s)| b.text(at, &format!("steps[{}]", i + 1), s))
        .collect();
    Advice {
        id: leak(&a.id),
        kind,
        grade,
        sources: leak_strs(&a.sources),
        title: b.text(at, "title", &a.title),
        body: b.text(at, "body", &a.body),
        steps: leak_slice(steps),
        when,
        unless,
    }
}

fn kind_names() -> String {
    let names: Vec<_> = AdviceKind::ALL.iter().map(|k| k.as_str()).collect();
    format!("one of {}", names.join(", "))
}

/// Every item says how strong its evidence is (brief 4): nothing is advised on no grade.
fn grade(b: &mut Ctx, at: &At, grade: Option<&str>) -> Grade {
    let Some(g) = grade else {
        b.add(at, "no evidence grade: say A, B, C or X");
        return Grade::C;
    };
    b.parse(at, "grade", g, "A, B, C or X").unwrap_or(Grade::C)
}
