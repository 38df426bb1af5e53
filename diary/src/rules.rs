//! The diary's own rules (content/diary.toml): patterns in logged cramps that the brief says
//! deserve a doctor's attention, each with its level, sources and words, kept as data a clinician
//! can edit like the self-check's rules.
//!
//! A diary sees only past cramps, so its rules stop at TODAY: anything needing help within the hour
//! (a cramp still going after 10 minutes, U5) needs the self-check's questions, and the prompts
//! send the person there. A prompt never shows a level below the last self-check's: a diary that
//! notices "more than once a week" must not seem to downgrade a check that said "today".

use crampcheck_core::{Level, Verification};

use crate::store::Diary;
use crate::window::{cramps_in, data_start, Span, ENOUGH_DAYS};

mod load;
pub use load::load;

/// A text in each language the file gives, English first (the fallback).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Texts(Vec<(String, String)>);

impl Texts {
    /// `(language, text)` pairs, English first (as [`load`] orders them); for rules made in code,
    /// such as those the diary module compiles in.
    pub fn new(list: Vec<(String, String)>) -> Texts {
        Texts(list)
    }

    /// The text in `lang`, else in English.
    pub fn get(&self, lang: &str) -> &str {
        self.0
            .iter()
            .find(|(l, _)| l == lang)
            .or_else(|| self.0.first())
            .map_or("", |(_, t)| t)
    }

    /// `(language, text)`, English first.
    pub fn entries(&self) -> &[(String, String)] {
        &self.0
    }
}

/// When a rule holds. Weeks here are the last 7-day spans up to now, not calendar weeks, so a
/// prompt does not wait for Monday.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// More than `more_than_per_week` cramps in each of the last `for_weeks` weeks.
    Frequent {
        more_than_per_week: u32,
        for_weeks: u32,
    },
    /// A cramp that lasted longer than `longer_than_s` seconds in the last `within_days` days.
    LongCramp {
        longer_than_s: u32,
        within_days: u32,
    },
    /// The last `over_weeks` weeks have at least `rise_factor` times the rate of the `over_weeks`
    /// before, and at least `at_least_per_week` cramps a week. The earlier weeks must hold at
    /// least [`ENOUGH_DAYS`] of diary: a rise from a time the person was not logging is no rise.
    Rise {
        rise_factor: u32,
        at_least_per_week: u32,
        over_weeks: u32,
    },
}

impl When {
    pub fn holds(&self, diary: &Diary, now_ms: i64) -> bool {
        match *self {
            When::Frequent {
                more_than_per_week,
                for_weeks,
            } => {
                let mut week = Span::days_to(now_ms, 7);
                for _ in 0..for_weeks {
                    if cramps_in(diary, week) <= more_than_per_week {
                        return false;
                    }
                    week = week.before(7);
                }
                true
            }
            When::LongCramp {
                longer_than_s,
                within_days,
            } => {
                let span = Span::days_to(now_ms, i64::from(within_days));
                diary
                    .live_entries()
                    .any(|e| span.contains(e.at_ms) && e.duration_s > Some(longer_than_s))
            }
            When::Rise {
                rise_factor,
                at_least_per_week,
                over_weeks,
            } => {
                let days = i64::from(over_weeks) * 7;
                let last = Span::days_to(now_ms, days);
                let before = last.before(days).with_data(data_start(diary));
                if before.days() < ENOUGH_DAYS {
                    return false;
                }
                let (l, b) = (
                    i64::from(cramps_in(diary, last)),
                    i64::from(cramps_in(diary, before)),
                );
                // Rates compared without division: l/days >= factor * b/before_days.
                l >= i64::from(at_least_per_week) * i64::from(over_weeks)
                    && l * before.days() >= i64::from(rise_factor) * b * days
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiaryRule {
    /// D1, D2… (the self-check's rule IDs are E, U, T, A, SC, L).
    pub id: String,
    pub level: Level,
    /// IDs in content/sources.toml.
    pub sources: Vec<String>,
    pub status: Verification,
    /// For clinicians: why the threshold, or where it departs from a source.
    pub note: String,
    pub when: When,
    /// What the diary shows, in plain words.
    pub finding: Texts,
    /// What to do at the rule's own level.
    pub prompt: Texts,
    /// What to do when the last self-check's level is higher (the file's `[[raised]]` texts).
    pub raised: Vec<(Level, Texts)>,
}

impl DiaryRule {
    /// What to do at `level` (the rule's, or a higher one from the last self-check).
    pub fn prompt_at(&self, level: Level) -> &Texts {
        self.raised
            .iter()
            .find(|(l, _)| *l == level && level > self.level)
            .map_or(&self.prompt, |(_, t)| t)
    }
}

/// A rule that holds, at the level to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prompt<'r> {
    pub rule: &'r DiaryRule,
    /// The rule's level, or the last self-check's if that is higher.
    pub level: Level,
    /// The level came from the last self-check, not the rule.
    pub raised: bool,
    pub finding: &'r Texts,
    pub what_to_do: &'r Texts,
}

/// The prompts for the diary at `now_ms`, most urgent first: by the level shown, then by the
/// rule's own level (a raised prompt from a TODAY rule comes before one from an APPOINTMENT rule),
/// then in file order.
/// `last_check` is the level of the person's last self-check, if any; no prompt shows a level
/// below it. The caller decides how recent a check still counts.
pub fn evaluate<'r>(
    rules: &'r [DiaryRule],
    diary: &Diary,
    now_ms: i64,
    last_check: Option<Level>,
) -> Vec<Prompt<'r>> {
    let mut prompts: Vec<Prompt<'r>> = rules
        .iter()
        .filter(|r| r.when.holds(diary, now_ms))
        .map(|rule| {
            let level = last_check.map_or(rule.level, |l| l.max(rule.level));
            Prompt {
                rule,
                level,
                raised: level > rule.level,
                finding: &rule.finding,
                what_to_do: rule.prompt_at(level),
            }
        })
        .collect();
    // Stable: file order among equals.
    crate::order::sort_by(&mut prompts, |a, b| {
        (a.level, a.rule.level) > (b.level, b.rule.level)
    });
    prompts
}

/// Problems with the rules' source IDs, given the IDs of content/sources.toml.
pub fn check_sources(rules: &[DiaryRule], known: &[&str]) -> Vec<String> {
    rules
        .iter()
        .flat_map(|r| {
            r.sources
                .iter()
                .filter(|s| !known.contains(&s.as_str()))
                .map(move |s| format!("rule {}: source {s} is not in sources.toml", r.id))
        })
        .collect()
}
