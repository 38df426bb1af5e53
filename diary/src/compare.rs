//! Before and after a [`Change`]: how many cramps a week in the weeks before the person started
//! something, and in the weeks since. Plain counts, never a verdict on the change.
//!
//! Why one person's diary cannot show that a change worked (or did not), which the app must say
//! beside these figures:
//!
//! - **Regression to the mean.** People start something new when cramps are at their worst, and a
//!   bad spell tends to ease by itself whatever was tried; the "after" weeks look better even when
//!   the change did nothing.
//! - **Cramps vary from week to week** for no clear reason, so a few weeks either side differ by
//!   chance. Four weeks is short, and under two weeks on a side says almost nothing (hence
//!   [`Verdict::TooLittle`]).
//! - **Other things change at the same time**: season and heat, exercise, medicines, pregnancy,
//!   sleep, another change logged nearby ([`Comparison::other_changes`]), and how carefully cramps
//!   get logged once someone is watching them.
//!
//! Only a trial that compares groups of people can tell cause; a diary can show a pattern worth
//! taking to a doctor.

use crate::entry::Change;
use crate::store::Diary;
use crate::time::DAY_MS;
use crate::window::{cramps_in, data_start, Span, Tenths, ENOUGH_DAYS};

/// Days looked at on each side of a change: four weeks, as in the trend.
pub const SIDE_DAYS: i64 = 28;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    pub before: Side,
    pub after: Side,
    pub verdict: Verdict,
    /// Other changes the person logged within these weeks (IDs): their effects, if any, mix in.
    pub other_changes: Vec<String>,
}

/// One side of a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Side {
    /// Whole days of diary on this side (at most [`SIDE_DAYS`]; fewer when the diary starts later
    /// than four weeks before the change, or four weeks have not passed since it).
    pub days: u32,
    pub cramps: u32,
    /// Cramps a week over those days; `None` for no days.
    pub per_week: Option<Tenths>,
}

/// Whether there is enough diary to put the two sides side by side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Enough,
    TooLittle { reason: TooLittleReason },
}

/// Each reason carries the days of diary on the short side(s).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TooLittleReason {
    /// Under two weeks of diary before the change.
    BeforeUnder2Weeks {
        days: u32,
    },
    /// Under two weeks since the change.
    AfterUnder2Weeks {
        days: u32,
    },
    BothUnder2Weeks {
        before_days: u32,
        after_days: u32,
    },
}

/// Cramps in up to [`SIDE_DAYS`] days before `change` and up to [`SIDE_DAYS`] days from it, as of
/// `now_ms`.
pub fn compare(diary: &Diary, change: &Change, now_ms: i64) -> Comparison {
    let start = data_start(diary);
    let before = Span {
        start_ms: change.at_ms - SIDE_DAYS * DAY_MS,
        end_ms: change.at_ms,
    }
    .with_data(start);
    let after = Span {
        start_ms: change.at_ms,
        end_ms: (change.at_ms + SIDE_DAYS * DAY_MS)
            .min(now_ms.saturating_add(1))
            .max(change.at_ms),
    };
    let side = |span: Span| {
        let cramps = cramps_in(diary, span);
        Side {
            days: span.days() as u32,
            cramps,
            per_week: Tenths::per_week(cramps, span.days()),
        }
    };
    let (b, a) = (side(before), side(after));
    let short = |s: Side| i64::from(s.days) < ENOUGH_DAYS;
    let verdict = match (short(b), short(a)) {
        (false, false) => Verdict::Enough,
        (true, false) => Verdict::TooLittle {
            reason: TooLittleReason::BeforeUnder2Weeks { days: b.days },
        },
        (false, true) => Verdict::TooLittle {
            reason: TooLittleReason::AfterUnder2Weeks { days: a.days },
        },
        (true, true) => Verdict::TooLittle {
            reason: TooLittleReason::BothUnder2Weeks {
                before_days: b.days,
                after_days: a.days,
            },
        },
    };
    let whole = Span {
        start_ms: before.start_ms,
        end_ms: after.end_ms,
    };
    let other_changes = diary
        .live_changes()
        .filter(|c| c.id != change.id && whole.contains(c.at_ms))
        .map(|c| c.id.clone())
        .collect();
    Comparison {
        before: b,
        after: a,
        verdict,
        other_changes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entry::{Entry, Tried};

    const T0: i64 = 20_000 * DAY_MS;

    fn diary(cramp_days: &[i64], changes: &[(&str, i64)]) -> Diary {
        let mut d = Diary::default();
        for (i, &day) in cramp_days.iter().enumerate() {
            let at = T0 + day * DAY_MS;
            d.put_entry(Entry::logged(format!("e{i}"), at, 0, at))
                .unwrap();
        }
        for &(id, day) in changes {
            let at = T0 + day * DAY_MS;
            let what = Tried::Advice("prevent_stretch_bedtime".into());
            d.put_change(Change::new(id, at, 0, what, at)).unwrap();
        }
        d
    }

    #[test]
    fn four_weeks_each_side_counted_plainly() {
        // 8 cramps in the 4 weeks before day 0, 4 in the 4 weeks after, and one outside.
        let days = [-40, -28, -24, -20, -16, -12, -8, -4, -1, 0, 7, 14, 21];
        let d = diary(&days, &[("c", 0), ("other", 10)]);
        let c = d.change("c").unwrap();
        let cmp = compare(&d, c, T0 + 60 * DAY_MS);
        assert_eq!(cmp.verdict, Verdict::Enough);
        assert_eq!((cmp.before.days, cmp.before.cramps), (28, 8));
        assert_eq!(cmp.before.per_week, Some(Tenths(20)));
        assert_eq!((cmp.after.days, cmp.after.cramps), (28, 4));
        assert_eq!(cmp.after.per_week, Some(Tenths(10)));
        assert_eq!(cmp.other_changes, ["other"]);
    }

    #[test]
    fn a_recent_change_has_too_little_after() {
        let d = diary(&[-30, -20, -10, 1], &[("c", 0)]);
        let cmp = compare(&d, d.change("c").unwrap(), T0 + 9 * DAY_MS);
        assert_eq!(cmp.after.days, 9);
        assert_eq!(
            cmp.verdict,
            Verdict::TooLittle {
                reason: TooLittleReason::AfterUnder2Weeks { days: 9 }
            }
        );
    }

    #[test]
    fn a_change_logged_on_the_first_day_has_nothing_before() {
        let d = diary(&[3, 5], &[("c", 0)]);
        let cmp = compare(&d, d.change("c").unwrap(), T0 + 5 * DAY_MS);
        assert_eq!(cmp.before.per_week, None);
        assert_eq!(
            cmp.verdict,
            Verdict::TooLittle {
                reason: TooLittleReason::BothUnder2Weeks {
                    before_days: 0,
                    after_days: 5
                }
            }
        );
    }
}
