//! meta.toml and sources.toml: the languages, the levels' texts, the regions and the sources
//! every rule and advice item cites.

use super::id_check::{Ids, Spelling};
use super::read::Read;
use super::shared::{leak, leak_slice, At, Ctx};
use crate::error::{Item, Kind};
use crate::raw::*;
use crampcheck_core::*;
use std::collections::HashSet;

/// A meta.toml problem that needs no other file; the languages must be known before any text is
/// checked.
pub(super) fn check_languages(b: &mut Ctx, (file, meta): &Read<RawMeta>) {
    if meta.languages.is_empty() {
        let at = At::of(file, Item::named("languages"));
        b.add(&at, "at least one language must be declared");
    }
    for l in &meta.languages {
        if meta
            .language_names
            .get(l)
            .is_none_or(|n| n.trim().is_empty())
        {
            let at = At::of(file, Item::named("language_names"));
            b.add(
                &at,
                format!("no name for language '{l}' (its name in that language)"),
            );
        }
    }
    for (l, list) in [
        (
            meta.language_names.keys().collect::<Vec<_>>(),
            "language_names",
        ),
        (
            meta.translations_reviewed.iter().collect(),
            "translations_reviewed",
        ),
    ]
    .iter()
    .flat_map(|(ls, list)| ls.iter().map(move |l| (*l, *list)))
    {
        if !meta.languages.contains(l) {
            let at = At::of(file, Item::named(list));
            b.add(&at, format!("language '{l}' is not declared in languages"));
        }
    }
}

/// Each declared language's name, in declared order.
pub(super) fn language_names(meta: &RawMeta) -> Vec<(&'static str, &'static str)> {
    meta.languages
        .iter()
        .map(|l| {
            let name = meta.language_names.get(l).map_or("", |n| n.trim());
            (leak(l), leak(name))
        })
        .collect()
}

pub(super) fn sources(b: &mut Ctx, meta: &RawMeta, (file, raw): &Read<RawSources>) -> Vec<Source> {
    // Titles are not translated, so they are in the default language; with no language declared
    // (already reported) there is nothing to label them with.
    let title_lang = meta.languages.first().map(|l| leak(l));
    let mut ids = Ids::new(Spelling::Upper);
    let mut list = Vec::new();
    for s in &raw.source {
        let at = At::new(file, Kind::Source, &s.id);
        ids.check(b, &at, &s.id);
        let Some(status) = b.parse(&at, "status", &s.status, "V, P or NV") else {
            continue;
        };
        list.push(Source {
            id: leak(&s.id),
            // A text all the same, so the app can fetch it on first use.
            title: match title_lang {
                Some(l) => Text::Inline(leak_slice(vec![(l, leak(&s.title))])),
                None => Text::EMPTY,
            },
            url: leak(&s.url),
            status,
        });
    }
    list
}

/// Every source ID, including those of sources with problems, so a citation of one is not
/// reported a second time.
pub(super) fn source_ids(raw: &RawSources) -> HashSet<String> {
    raw.source.iter().map(|s| s.id.clone()).collect()
}

pub(super) fn levels(b: &mut Ctx, (file, meta): &Read<RawMeta>) -> Vec<LevelInfo> {
    let mut ids = Ids::new(Spelling::Upper);
    let mut levels = Vec::new();
    for l in &meta.level {
        let at = At::new(file, Kind::Level, &l.level);
        let Some(level) = b.parse(&at, "level", &l.level, LEVEL_NAMES) else {
            continue;
        };
        ids.check(b, &at, &l.level);
        levels.push(LevelInfo {
            level,
            title: b.text(&at, "title", &l.title),
            action: b.text(&at, "action", &l.action),
            by_when: b.text(&at, "by_when", &l.by_when),
        });
    }
    for level in Level::ALL {
        if !levels.iter().any(|l| l.level == level) {
            let at = At::new(file, Kind::Level, level.as_str());
            b.add(&at, "missing: every level needs its texts");
        }
    }
    levels
}

pub(super) const LEVEL_NAMES: &str = "EMERGENCY, URGENT_NOW, TODAY, APPOINTMENT or SELF_CARE";

pub(super) fn regions(b: &mut Ctx, (file, meta): &Read<RawMeta>) -> Vec<Region> {
    let mut ids = Ids::new(Spelling::Lower);
    let mut regions = Vec::new();
    for r in &meta.region {
        let at = At::new(file, Kind::Region, &r.id);
        ids.check(b, &at, &r.id);
        check_numbers(b, &at, r);
        check_places(b, &at, r);
        regions.push(Region {
            id: leak(&r.id),
            name: b.text(&at, "name", &r.name),
            emergency_number: leak(&r.emergency_number),
            urgent: b.text(&at, "urgent", &r.urgent),
            urgent_number: leak(&r.urgent_number),
            countries: leak(&r.countries.join(" ")),
            time_zones: leak(&r.time_zones.join(" ")),
        });
    }
    if !regions.iter().any(|r| r.id == meta.default_region) {
        let at = At::of(file, Item::named("default_region"));
        b.add(&at, format!("unknown region '{}'", meta.default_region));
    }
    regions
}

/// The numbers become tap-to-call links: anything but digits would dial something else.
fn check_numbers(b: &mut Ctx, at: &At, r: &RawRegion) {
    let digits = |n: &str| n.chars().all(|c| c.is_ascii_digit());
    if r.emergency_number.is_empty() || !digits(&r.emergency_number) {
        b.add(at, "emergency_number must be digits only");
    }
    if !digits(&r.urgent_number) {
        b.add(at, "urgent_number must be digits only (or left out)");
    }
}

/// Countries and time zones are matched against what the browser reports, so they must be
/// written as browsers write them.
fn check_places(b: &mut Ctx, at: &At, r: &RawRegion) {
    for c in &r.countries {
        if c.len() != 2 || !c.chars().all(|ch| ch.is_ascii_uppercase()) {
            b.add(
                at,
                format!("countries: '{c}' is not a two-letter upper-case ISO code"),
            );
        }
    }
    for z in &r.time_zones {
        // (No spaces: the app keeps a region's zones as one space-separated string.)
        if !z.contains('/') || z.starts_with('/') || z.contains(char::is_whitespace) {
            b.add(
                at,
                format!(
                    "time_zones: '{z}' is not an IANA zone (Area/City) or a prefix ending in '/'"
                ),
            );
        }
    }
}

/// Every rule and advice item cites at least one known source: the content is only as good as
/// the evidence it can point to.
pub(super) fn check_citations(
    b: &mut Ctx,
    at: &At,
    source_ids: &HashSet<String>,
    cited: &[String],
) {
    if cited.is_empty() {
        b.add(at, "no source: every rule and advice item must cite at least one source ID from sources.toml");
    }
    for s in cited {
        if !source_ids.contains(s) {
            b.add(at, format!("unknown source '{s}'"));
        }
    }
}
