//! Counting cramps over stretches of time, shared by the weekly figures, the diary's rules and
//! before/after comparisons, so that all three count the same way.

use std::fmt;

use crate::store::Diary;
use crate::time::DAY_MS;

/// Days of diary needed on a side before its rate is compared with another's (trend, rise rule,
/// before/after): cramps vary from week to week, and one week says little.
pub const ENOUGH_DAYS: i64 = 14;

/// A stretch of time from `start_ms` (included) to `end_ms` (not included).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start_ms: i64,
    pub end_ms: i64,
}

impl Span {
    /// The last `days` days, up to and including `now_ms`.
    pub fn days_to(now_ms: i64, days: i64) -> Span {
        let end_ms = now_ms.saturating_add(1);
        Span {
            start_ms: end_ms - days * DAY_MS,
            end_ms,
        }
    }

    /// The `days` days just before this span.
    pub fn before(&self, days: i64) -> Span {
        Span {
            start_ms: self.start_ms - days * DAY_MS,
            end_ms: self.start_ms,
        }
    }

    pub fn contains(&self, at_ms: i64) -> bool {
        (self.start_ms..self.end_ms).contains(&at_ms)
    }

    /// The part of this span the diary has data for (from `data_start` on); empty when none.
    pub fn with_data(&self, data_start: Option<i64>) -> Span {
        let start_ms = data_start.map_or(self.end_ms, |d| d.max(self.start_ms));
        Span {
            start_ms: start_ms.min(self.end_ms),
            end_ms: self.end_ms,
        }
    }

    /// Whole days in the span.
    pub fn days(&self) -> i64 {
        (self.end_ms - self.start_ms).max(0) / DAY_MS
    }
}

/// When the diary's data begins: its first live cramp or change. Before that the diary cannot tell
/// a week without cramps from a week before the person started logging; from then on, a day with
/// no entry counts as a day without cramps.
pub fn data_start(diary: &Diary) -> Option<i64> {
    let first_entry = diary.live_entries().map(|e| e.at_ms).min();
    let first_change = diary.live_changes().map(|c| c.at_ms).min();
    first_entry.into_iter().chain(first_change).min()
}

/// Live cramps in `span`.
pub fn cramps_in(diary: &Diary, span: Span) -> u32 {
    diary
        .live_entries()
        .filter(|e| span.contains(e.at_ms))
        .count() as u32
}

/// A rate in tenths (15 = 1.5 a week): whole numbers keep float formatting out of the browser
/// build, and one decimal is as precise as a diary can honestly be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Tenths(pub u32);

impl Tenths {
    /// `count` cramps in `days` days, per week, rounded to the nearest tenth (halves up). None for
    /// no days: a rate over nothing is not zero.
    pub fn per_week(count: u32, days: i64) -> Option<Tenths> {
        if days <= 0 {
            return None;
        }
        let num = i64::from(count) * 70;
        Some(Tenths(((2 * num + days) / (2 * days)) as u32))
    }
}

impl fmt::Display for Tenths {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.0 / 10, self.0 % 10)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_round_to_tenths() {
        assert_eq!(Tenths::per_week(6, 28), Some(Tenths(15)));
        assert_eq!(Tenths::per_week(1, 28), Some(Tenths(3))); // 0.25 rounds up
        assert_eq!(Tenths::per_week(1, 21), Some(Tenths(3))); // 0.333…
        assert_eq!(Tenths::per_week(0, 14), Some(Tenths(0)));
        assert_eq!(Tenths::per_week(3, 0), None);
        assert_eq!(Tenths(15).to_string(), "1.5");
        assert_eq!(Tenths(3).to_string(), "0.3");
    }

    #[test]
    fn spans_end_at_now_and_keep_to_the_data() {
        let now = 100 * DAY_MS;
        let last = Span::days_to(now, 7);
        assert!(last.contains(now) && !last.contains(now + 1));
        assert!(last.contains(now - 7 * DAY_MS + 1) && !last.contains(now - 7 * DAY_MS));
        assert_eq!(last.days(), 7);
        let earlier = last.before(7);
        assert_eq!(earlier.end_ms, last.start_ms);
        assert_eq!(earlier.with_data(Some(now - 10 * DAY_MS)).days(), 3);
        assert_eq!(earlier.with_data(Some(now)).days(), 0);
        assert_eq!(earlier.with_data(None).days(), 0);
    }
}
