//! rules.toml: the triage rules, their level, sources and clauses.

use super::clause::{Refs, Scope};
use super::id_check::{Ids, Spelling};
use super::meta::{check_citations, LEVEL_NAMES};
use super::read::Read;
use super::shared::{leak, leak_strs, At, Ctx};
use super::Origin;
use crate::error::Kind;
use crate::raw::*;
use crampcheck_core::*;
use std::collections::HashSet;

/// Every rule ID, known before any clause is resolved since advice and relief may name any rule.
pub(super) fn rule_ids(raw: &RawRules) -> HashSet<String> {
    raw.rule.iter().map(|r| r.id.clone()).collect()
}

pub(super) fn rules(
    b: &mut Ctx,
    (file, raw): &Read<RawRules>,
    refs: &Refs,
    source_ids: &HashSet<String>,
    origin: &mut Origin,
) -> Vec<Rule> {
    let mut ids = Ids::new(Spelling::Upper);
    let mut list = Vec::new();
    for r in &raw.rule {
        let at = At::new(file, Kind::Rule, &r.id);
        origin.insert((Kind::Rule, r.id.clone()), file.clone());
        ids.check(b, &at, &r.id);
        let level = b.parse(&at, "level", &r.level, LEVEL_NAMES);
        check_citations(b, &at, source_ids, &r.sources);
        let status = status(b, &at, r.status.as_deref());
        if r.when.is_empty() || r.when.iter().any(|c| c.is_empty()) {
            b.add(&at, "when: every rule needs at least one non-empty clause");
        }
        list.push(Rule {
            id: leak(&r.id),
            // Only reached with problems reported, so the content is never used.
            level: level.unwrap_or(Level::Emergency),
            when: refs.clauses(b, &at, "when", &r.when, Scope::Rule),
            unless: refs.clauses(b, &at, "unless", &r.unless, Scope::Rule),
            finding: b.text(&at, "finding", &r.finding),
            sources: leak_strs(&r.sources),
            status,
            note: leak(r.note.trim()),
        });
    }
    list
}

/// How far the sources were checked must be said, never assumed.
fn status(b: &mut Ctx, at: &At, status: Option<&str>) -> Verification {
    let Some(s) = status else {
        b.add(
            at,
            "no status: say V, P or NV (how far the source was checked)",
        );
        return Verification::NotVerified;
    };
    b.parse(at, "status", s, "V, P or NV")
        .unwrap_or(Verification::NotVerified)
}

/// meta.toml lists the brief's rules so that deleting one from rules.toml cannot go unnoticed.
pub(super) fn check_brief_rules(
    b: &mut Ctx,
    rules_file: &str,
    brief_rules: &[String],
    rule_ids: &HashSet<String>,
) {
    for id in brief_rules {
        if !rule_ids.contains(id) {
            let at = At::new(rules_file, Kind::Rule, id);
            b.add(&at, "missing: meta.toml lists it as a rule of the brief");
        }
    }
}
