//! messages.toml: the user interface's own words, one table per language. The default
//! language's keys are the reference every other language is checked against.

use super::read::Read;
use super::shared::{leak, At, Ctx};
use crate::error::Kind;
use crate::raw::*;
use crampcheck_core::*;
use std::collections::BTreeMap;

/// `dotted.key -> text`, by language.
type Tables = BTreeMap<String, BTreeMap<String, String>>;

pub(super) fn messages(b: &mut Ctx, (file, raw): &Read<RawMessages>) -> Vec<Message> {
    let tables = flatten(b, file, raw);
    let Some(default) = b.languages.first().cloned() else {
        return Vec::new();
    };
    let list = match tables.get(&default) {
        None => {
            let at = At::new(file, Kind::LanguageTable, &default);
            b.add(&at, "missing table for the default language");
            Vec::new()
        }
        Some(table) => table
            .keys()
            .map(|key| message(b, file, &tables, key))
            .collect(),
    };
    check_other_languages(b, file, &tables, &default);
    list
}

fn flatten(b: &mut Ctx, file: &str, raw: &RawMessages) -> Tables {
    let mut tables = Tables::new();
    for (lang, table) in raw {
        let mut flat = BTreeMap::new();
        let mut bad = Vec::new();
        flatten_messages(table, "", &mut flat, &mut bad);
        for key in bad {
            b.add(
                &At::new(file, Kind::Message, &key),
                "must be text in quotes",
            );
        }
        tables.insert(lang.clone(), flat);
    }
    tables
}

/// Keys become Rust constants (`msg::START_TITLE`), so they keep to what an identifier allows.
fn message(b: &mut Ctx, file: &str, tables: &Tables, key: &str) -> Message {
    let at = At::new(file, Kind::Message, key);
    let allowed = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '.';
    if !key.chars().all(allowed) {
        b.add(&at, "keys use lower-case letters, digits, _ and .");
    }
    let lang: Lang = b
        .languages
        .iter()
        .filter_map(|l| Some((l.clone(), tables.get(l)?.get(key)?.clone())))
        .collect();
    Message {
        key: leak(key),
        text: b.text(&at, "text", &lang),
    }
}

/// A table for an undeclared language, or a key the default language lacks, would never be shown.
fn check_other_languages(b: &mut Ctx, file: &str, tables: &Tables, default: &str) {
    for (l, table) in tables {
        if !b.languages.contains(l) {
            b.add(
                &At::new(file, Kind::LanguageTable, l),
                "language not declared in meta.toml",
            );
            continue;
        }
        for key in table.keys() {
            if tables.get(default).is_some_and(|d| !d.contains_key(key)) {
                let at = At::new(file, Kind::Message, key);
                b.add(
                    &at,
                    format!("in [{l}] but not in the default language [{default}]"),
                );
            }
        }
    }
}
