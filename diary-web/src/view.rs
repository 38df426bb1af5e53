//! What the diary screen shows, as figures: the recent cramps, the 12 weeks, the trend, the rules
//! that fire, each change's before and after, and the doctor's summary's 4 weeks. web/diary.js
//! puts them in the person's words (content/diary_words.toml) and formats dates and numbers for
//! their language with the browser's `Intl`. Pure, tested natively.

use crampcheck_core::Level;
use crampcheck_diary::window::Span;
use crampcheck_diary::{
    compare, evaluate, stats, Change, Diary, DiaryRule, Direction, Entry, Side, Tenths,
    TooLittleReason, Tried, Verdict, MUSCLES,
};

/// What the app hands over besides the diary.
pub struct Given {
    pub now_ms: i64,
    /// The device's UTC offset now, in minutes east.
    pub offset_min: i32,
    /// The last self-check's level, if it still counts.
    pub last_check: Option<Level>,
}

#[derive(Debug)]
pub struct View {
    /// Live cramps in the diary.
    pub count: usize,
    /// The newest first, at most the number asked for.
    pub entries: Vec<EntryView>,
    pub more: bool,
    pub weeks: Vec<WeekView>,
    /// The longest cramp in the 12 weeks, in seconds.
    pub longest_s: Option<u32>,
    /// `(muscle or "" for not said, cramps)` in the 12 weeks, the most first, none with 0.
    pub muscles: Vec<(&'static str, u32)>,
    pub trend: TrendView,
    pub prompts: Vec<PromptView>,
    pub changes: Vec<ChangeView>,
}

#[derive(Debug)]
pub struct EntryView {
    pub id: String,
    pub at: i64,
    pub tz: i32,
    pub muscle: Option<String>,
    pub duration: Option<u32>,
    pub severity: Option<u8>,
    /// As the person said (for the form).
    pub night: Option<bool>,
    /// As counted: as said, else by the clock.
    pub at_night: bool,
    pub exercise: Option<bool>,
    pub note: String,
}

#[derive(Debug)]
pub struct WeekView {
    /// ISO date of the week's Monday.
    pub monday: String,
    pub night: u32,
    pub day: u32,
    pub nights: u32,
    pub longest_s: Option<u32>,
}

#[derive(Debug, PartialEq, Eq)]
pub struct TrendView {
    /// "up", "down", "steady" or "little" (not enough diary).
    pub direction: &'static str,
    pub last: Option<Tenths>,
    pub before: Option<Tenths>,
}

#[derive(Debug, PartialEq, Eq)]
pub struct PromptView {
    pub rule: String,
    /// Index in `Level::ALL` (the app hands over the level titles in that order).
    pub level: usize,
    /// `Level::name()`, for the raised prompt's words (`raised.TODAY`).
    pub level_name: &'static str,
    /// The level is the last self-check's, above the rule's own.
    pub raised: bool,
}

#[derive(Debug)]
pub struct ChangeView {
    pub id: String,
    pub at: i64,
    pub tz: i32,
    /// A prevention tip's ID, else empty.
    pub advice: String,
    /// The person's words, else empty.
    pub free: String,
    pub before: SideView,
    pub after: SideView,
    /// "enough", "before" (too little before), "after" (too little since) or "both".
    pub verdict: &'static str,
    /// Another change falls in these weeks.
    pub mixed: bool,
}

#[derive(Debug, PartialEq, Eq)]
pub struct SideView {
    pub days: u32,
    pub cramps: u32,
    pub per_week: Option<Tenths>,
}

impl From<Side> for SideView {
    fn from(s: Side) -> SideView {
        SideView {
            days: s.days,
            cramps: s.cramps,
            per_week: s.per_week,
        }
    }
}

/// Muscles with cramps, the most first (a stable sort: the content's order among equals).
fn ranked(mut counts: Vec<(&'static str, u32)>) -> Vec<(&'static str, u32)> {
    counts.retain(|(_, n)| *n > 0);
    crampcheck_diary::order::sort_by(&mut counts, |a, b| a.1 > b.1);
    counts
}

/// Counts by muscle ("" for not said).
fn by_muscle<'e>(entries: impl Iterator<Item = &'e Entry>) -> Vec<(&'static str, u32)> {
    let mut counts: Vec<(&'static str, u32)> = MUSCLES
        .iter()
        .copied()
        .chain([""])
        .map(|m| (m, 0))
        .collect();
    for e in entries {
        let m = e.muscle.as_deref().unwrap_or("");
        if let Some(c) = counts.iter_mut().find(|(k, _)| *k == m) {
            c.1 += 1;
        }
    }
    ranked(counts)
}

fn change_view(diary: &Diary, c: &Change, now_ms: i64) -> ChangeView {
    let cmp = compare(diary, c, now_ms);
    let (advice, free) = match &c.what {
        Tried::Advice(id) => (id.clone(), String::new()),
        Tried::Free(text) => (String::new(), text.clone()),
    };
    ChangeView {
        id: c.id.clone(),
        at: c.at_ms,
        tz: c.tz_offset_min,
        advice,
        free,
        before: cmp.before.into(),
        after: cmp.after.into(),
        verdict: match cmp.verdict {
            Verdict::Enough => "enough",
            Verdict::TooLittle { reason } => match reason {
                TooLittleReason::BeforeUnder2Weeks { .. } => "before",
                TooLittleReason::AfterUnder2Weeks { .. } => "after",
                TooLittleReason::BothUnder2Weeks { .. } => "both",
            },
        },
        mixed: !cmp.other_changes.is_empty(),
    }
}

pub fn view(rules: &[DiaryRule], diary: &Diary, g: &Given, limit: usize) -> View {
    let live: Vec<&Entry> = diary.live_entries().collect();
    // Entries are kept in time order: the newest are at the end.
    let entries = live
        .iter()
        .rev()
        .take(limit)
        .map(|e| EntryView {
            id: e.id.clone(),
            at: e.at_ms,
            tz: e.tz_offset_min,
            muscle: e.muscle.clone(),
            duration: e.duration_s,
            severity: e.severity,
            night: e.night,
            at_night: e.is_night(),
            exercise: e.exercise,
            note: e.note.clone(),
        })
        .collect();
    let s = stats(diary, g.now_ms, g.offset_min);
    let weeks = s
        .weeks
        .iter()
        .map(|wk| WeekView {
            monday: wk.monday.to_string(),
            night: wk.at_night,
            day: wk.in_the_day,
            nights: wk.nights_with_cramp,
            longest_s: wk.longest_s,
        })
        .collect();
    let prompts = evaluate(rules, diary, g.now_ms, g.last_check)
        .iter()
        .map(|p| PromptView {
            rule: p.rule.id.clone(),
            level: Level::ALL.iter().position(|l| *l == p.level).unwrap_or(0),
            level_name: p.level.name(),
            raised: p.raised,
        })
        .collect();
    View {
        count: live.len(),
        more: live.len() > limit,
        entries,
        weeks,
        longest_s: s.longest_s,
        muscles: ranked(
            s.by_muscle
                .iter()
                .map(|m| (m.muscle.unwrap_or(""), m.cramps))
                .collect(),
        ),
        trend: TrendView {
            direction: match s.trend.direction {
                Direction::Up => "up",
                Direction::Down => "down",
                Direction::Steady => "steady",
                Direction::NotEnoughData => "little",
            },
            last: s.trend.last_4_weeks_per_week,
            before: s.trend.previous_4_weeks_per_week,
        },
        prompts,
        changes: diary
            .live_changes()
            .map(|c| change_view(diary, c, g.now_ms))
            .collect(),
    }
}

/// The doctor's summary's diary section: the last 4 weeks.
#[derive(Debug, PartialEq, Eq)]
pub struct Summary {
    pub cramps: u32,
    pub at_night: u32,
    /// Nights with at least one cramp.
    pub nights: u32,
    pub longest_s: Option<u32>,
    pub muscles: Vec<(&'static str, u32)>,
    /// Every change: `(advice ID or "", the person's words or "", when, offset)`.
    pub tried: Vec<(String, String, i64, i32)>,
    /// The diary has anything at all (else the summary shows no section).
    pub any: bool,
}

pub fn summary(diary: &Diary, g: &Given) -> Summary {
    let span = Span::days_to(g.now_ms, 28);
    let recent: Vec<&Entry> = diary
        .live_entries()
        .filter(|e| span.contains(e.at_ms))
        .collect();
    let mut nights: Vec<i64> = recent.iter().filter_map(|e| e.night_of()).collect();
    crampcheck_diary::order::sort_by(&mut nights, |a, b| a < b);
    nights.dedup();
    let tried = diary
        .live_changes()
        .map(|c| {
            let (a, f) = match &c.what {
                Tried::Advice(id) => (id.clone(), String::new()),
                Tried::Free(text) => (String::new(), text.clone()),
            };
            (a, f, c.at_ms, c.tz_offset_min)
        })
        .collect::<Vec<_>>();
    Summary {
        cramps: recent.len() as u32,
        at_night: recent.iter().filter(|e| e.is_night()).count() as u32,
        nights: nights.len() as u32,
        longest_s: recent.iter().filter_map(|e| e.duration_s).max(),
        muscles: by_muscle(recent.iter().copied()),
        any: diary.live_entries().next().is_some() || !tried.is_empty(),
        tried,
    }
}
