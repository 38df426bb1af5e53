//! Shared by the diary's integration tests: a fixed "now", diaries built from "days ago", and the
//! content folder.

#![allow(dead_code)] // each test file uses its own part of this

use std::path::PathBuf;

use crampcheck_diary::time::{DAY_MS, HOUR_MS};
use crampcheck_diary::{rules, Change, Diary, DiaryRule, Entry, Tried};

/// Monday 2026-11-23, 12:00 UTC.
pub const NOW: i64 = 20_780 * DAY_MS + 12 * HOUR_MS;

pub fn content_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../content")
}

pub fn content_file(name: &str) -> String {
    let path = content_dir().join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// content/diary.toml, loaded.
pub fn diary_rules() -> Vec<DiaryRule> {
    rules::load(&content_file("diary.toml")).unwrap_or_else(|e| panic!("{e:#?}"))
}

/// A cramp `days_ago` days before NOW (2 hours earlier in the day, so "0" is this morning).
pub fn cramp(days_ago: i64, n: usize) -> Entry {
    let at = NOW - days_ago * DAY_MS - 2 * HOUR_MS;
    Entry::logged(format!("{at}-{n}"), at, 0, at)
}

/// A diary with one cramp on each of these days ago.
pub fn diary_on(days_ago: &[i64]) -> Diary {
    let mut d = Diary::default();
    for (n, &days) in days_ago.iter().enumerate() {
        d.put_entry(cramp(days, n)).unwrap();
    }
    d
}

/// A change (nightly stretching) logged `days_ago` days before NOW.
pub fn stretching_from(days_ago: i64) -> Change {
    let at = NOW - days_ago * DAY_MS;
    let what = Tried::Advice("prevent_stretch_bedtime".into());
    Change::new(format!("{at}-change"), at, 0, what, at)
}

pub fn ids(prompts: &[crampcheck_diary::Prompt<'_>]) -> Vec<String> {
    prompts.iter().map(|p| p.rule.id.clone()).collect()
}
