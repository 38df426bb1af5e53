//! relief.toml: quick relief's safety screen and clock. Each sign leads to a rule of the check,
//! so its level and advice are reviewed with the rules.

use super::id_check::{Ids, Spelling};
use super::read::Read;
use super::shared::{leak, At, Ctx};
use crate::error::{Item, Kind};
use crate::raw::*;
use crampcheck_core::*;
use std::collections::HashSet;

pub(super) fn relief(
    b: &mut Ctx,
    (file, raw): &Read<RawRelief>,
    rule_ids: &HashSet<String>,
) -> (Vec<ReliefSign>, Vec<ReliefDuration>) {
    let signs = signs(b, file, &raw.sign, rule_ids);
    let durations = durations(b, file, &raw.duration);
    if signs.is_empty() || durations.is_empty() {
        b.add(
            &At::of(file, Item::File),
            "needs at least one sign and one duration",
        );
    }
    (signs, durations)
}

fn signs(
    b: &mut Ctx,
    file: &str,
    raw: &[RawReliefSign],
    rule_ids: &HashSet<String>,
) -> Vec<ReliefSign> {
    let mut ids = Ids::new(Spelling::Lower);
    let mut signs = Vec::new();
    for s in raw {
        let at = At::new(file, Kind::ReliefSign, &s.id);
        ids.check(b, &at, &s.id);
        if !rule_ids.contains(&s.rule) {
            b.add(&at, format!("unknown rule '{}'", s.rule));
        }
        signs.push(ReliefSign {
            id: leak(&s.id),
            label: b.text(&at, "label", &s.label),
            rule: leak(&s.rule),
        });
    }
    signs
}

fn durations(b: &mut Ctx, file: &str, raw: &[RawReliefDuration]) -> Vec<ReliefDuration> {
    let mut ids = Ids::new(Spelling::Lower);
    let mut durations = Vec::new();
    for d in raw {
        let at = At::new(file, Kind::ReliefDuration, &d.id);
        ids.check(b, &at, &d.id);
        durations.push(ReliefDuration {
            id: leak(&d.id),
            label: b.text(&at, "label", &d.label),
            minutes: d.minutes,
        });
    }
    durations
}
