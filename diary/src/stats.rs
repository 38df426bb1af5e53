//! The figures the diary shows: cramps per local week with the night/day split, disturbed nights,
//! the longest cramp, cramps by muscle, and a trend. One pass over the entries (the diary may hold
//! years of cramps), plain counts, no judgement: what the figures mean for care is the rules' job
//! ([`crate::rules`]).

use crate::entry::MUSCLES;
use crate::store::Diary;
use crate::time::{local_day, monday_of_week, week_of_day, LocalDate};
use crate::window::{cramps_in, data_start, Span, Tenths, ENOUGH_DAYS};

/// Weeks shown: about three months, enough to see a pattern, short enough for a phone screen.
pub const WEEKS_SHOWN: usize = 12;

/// The trend compares two spans of this many days (4 weeks each).
pub const TREND_DAYS: i64 = 28;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stats {
    /// [`WEEKS_SHOWN`] local weeks, oldest first; the last is the current week, still going.
    pub weeks: Vec<Week>,
    /// The longest cramp in these weeks, in seconds (only cramps with a duration count).
    pub longest_s: Option<u32>,
    /// Cramps in these weeks by muscle: each of [`MUSCLES`] in order, then not said (`None`).
    pub by_muscle: Vec<MuscleCount>,
    pub trend: Trend,
}

/// One local week, Monday to Sunday.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Week {
    pub monday: LocalDate,
    pub cramps: u32,
    /// Cramps at night ([`crate::Entry::is_night`]) and in the day; together, `cramps`.
    pub at_night: u32,
    pub in_the_day: u32,
    /// Nights of this week (Monday night to Sunday night) with at least one cramp: how often
    /// sleep was broken, which matters more to people than the count.
    pub nights_with_cramp: u32,
    pub longest_s: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MuscleCount {
    /// One of [`MUSCLES`]; `None` for cramps where no muscle was given.
    pub muscle: Option<&'static str>,
    pub cramps: u32,
}

/// Cramps a week in the last 4 weeks against the 4 before, over the days the diary has data for
/// ([`crate::window::data_start`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Trend {
    pub last_4_weeks_per_week: Option<Tenths>,
    pub previous_4_weeks_per_week: Option<Tenths>,
    pub direction: Direction,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
    Steady,
    /// Under [`ENOUGH_DAYS`] of diary in one of the two spans.
    NotEnoughData,
}

/// The figures at `now_ms` for a person whose UTC offset is now `tz_offset_min` (which decides
/// where this week starts; each cramp's own day is its local day when logged). Cramps logged for
/// later than now are left out.
pub fn stats(diary: &Diary, now_ms: i64, tz_offset_min: i32) -> Stats {
    let this_week = week_of_day(local_day(now_ms, tz_offset_min));
    let first_week = this_week - (WEEKS_SHOWN as i64 - 1);
    let index = |week: i64| {
        usize::try_from(week - first_week)
            .ok()
            .filter(|&i| i < WEEKS_SHOWN)
    };

    let mut weeks: Vec<Week> = (first_week..=this_week)
        .map(|w| Week {
            monday: LocalDate::from_day(monday_of_week(w)),
            cramps: 0,
            at_night: 0,
            in_the_day: 0,
            nights_with_cramp: 0,
            longest_s: None,
        })
        .collect();
    // One bit per night of each week (bit 0: Monday night).
    let mut nights = [0u8; WEEKS_SHOWN];
    let mut muscles = [0u32; MUSCLES.len() + 1];

    for e in diary.live_entries().filter(|e| e.at_ms <= now_ms) {
        if let Some(night) = e.night_of() {
            let week = week_of_day(night);
            if let Some(i) = index(week) {
                nights[i] |= 1 << (night - monday_of_week(week));
            }
        }
        let Some(i) = index(week_of_day(local_day(e.at_ms, e.tz_offset_min))) else {
            continue;
        };
        let week = &mut weeks[i];
        week.cramps += 1;
        if e.is_night() {
            week.at_night += 1;
        } else {
            week.in_the_day += 1;
        }
        week.longest_s = week.longest_s.max(e.duration_s);
        let m = e
            .muscle
            .as_deref()
            .and_then(|m| MUSCLES.iter().position(|&k| k == m))
            .unwrap_or(MUSCLES.len());
        muscles[m] += 1;
    }
    for (week, bits) in weeks.iter_mut().zip(nights) {
        week.nights_with_cramp = bits.count_ones();
    }

    let by_muscle = MUSCLES
        .iter()
        .map(|&m| Some(m))
        .chain([None])
        .zip(muscles)
        .map(|(muscle, cramps)| MuscleCount { muscle, cramps })
        .collect();
    Stats {
        longest_s: weeks.iter().filter_map(|w| w.longest_s).max(),
        weeks,
        by_muscle,
        trend: trend(diary, now_ms),
    }
}

/// Up or down when the rate moved by at least half a cramp a week and at least a quarter; smaller
/// moves are Steady. This only labels the figures for display (cramps vary week to week); the
/// rise that prompts a doctor's visit is the stricter rule D3 in content/diary.toml.
fn trend(diary: &Diary, now_ms: i64) -> Trend {
    let start = data_start(diary);
    let last = Span::days_to(now_ms, TREND_DAYS).with_data(start);
    let previous = Span::days_to(now_ms, TREND_DAYS)
        .before(TREND_DAYS)
        .with_data(start);
    let rate = |span: Span| Tenths::per_week(cramps_in(diary, span), span.days());
    let (l, p) = (rate(last), rate(previous));
    let direction = match (l, p) {
        (Some(Tenths(l)), Some(Tenths(p)))
            if last.days() >= ENOUGH_DAYS && previous.days() >= ENOUGH_DAYS =>
        {
            let margin = (p / 4).max(5);
            if l >= p + margin {
                Direction::Up
            } else if l + margin <= p {
                Direction::Down
            } else {
                Direction::Steady
            }
        }
        _ => Direction::NotEnoughData,
    };
    Trend {
        last_4_weeks_per_week: l,
        previous_4_weeks_per_week: p,
        direction,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entry::Entry;
    use crate::time::{DAY_MS, HOUR_MS};

    // Monday 2026-11-23 12:00 UTC.
    const NOW: i64 = 20_780 * DAY_MS + 12 * HOUR_MS;

    fn cramp(id: &str, at_ms: i64, tz: i32) -> Entry {
        Entry::logged(id, at_ms, tz, at_ms)
    }

    fn diary(entries: Vec<Entry>) -> Diary {
        let mut d = Diary::default();
        for e in entries {
            d.put_entry(e).unwrap();
        }
        d
    }

    #[test]
    fn twelve_weeks_ending_with_this_one() {
        let s = stats(&Diary::default(), NOW, 0);
        assert_eq!(s.weeks.len(), 12);
        assert_eq!(s.weeks[11].monday.to_string(), "2026-11-23");
        assert_eq!(s.weeks[0].monday.to_string(), "2026-09-07");
        assert_eq!(s.longest_s, None);
        assert_eq!(s.trend.direction, Direction::NotEnoughData);
    }

    #[test]
    fn each_cramp_falls_in_its_local_week_and_half_of_the_day() {
        // Monday 00:30 UTC is still Sunday 19:30 in New York: last week, in the day.
        let sunday_evening_ny = cramp("a", NOW - 11 * HOUR_MS - 30 * 60_000, -300);
        // Monday 03:00 UTC: this week, at night.
        let monday_night = cramp("b", NOW - 9 * HOUR_MS, 0);
        // Later than now: left out.
        let future = cramp("c", NOW + HOUR_MS, 0);
        let s = stats(
            &diary(vec![sunday_evening_ny, monday_night, future]),
            NOW,
            0,
        );
        let w = |i: usize| {
            (
                s.weeks[i].cramps,
                s.weeks[i].at_night,
                s.weeks[i].in_the_day,
            )
        };
        assert_eq!(w(10), (1, 0, 1));
        assert_eq!(w(11), (1, 1, 0));
    }

    #[test]
    fn two_cramps_either_side_of_midnight_are_one_broken_night() {
        let tue = NOW + DAY_MS - 12 * HOUR_MS; // Tuesday 00:00 UTC
        let entries = vec![
            cramp("a", tue - 7 * DAY_MS - HOUR_MS, 0), // last Monday 23:00
            cramp("b", tue - 7 * DAY_MS + 2 * HOUR_MS, 0), // last Tuesday 02:00, same night
            cramp("c", tue - 5 * DAY_MS + 3 * HOUR_MS, 0), // last Thursday 03:00: Wednesday night
            cramp("d", tue - 5 * DAY_MS + 14 * HOUR_MS, 0), // in the day: no night
        ];
        let s = stats(&diary(entries), NOW, 0);
        assert_eq!(s.weeks[10].cramps, 4);
        assert_eq!(s.weeks[10].at_night, 3);
        assert_eq!(s.weeks[10].nights_with_cramp, 2);
    }

    #[test]
    fn longest_and_muscles_count_the_weeks_shown() {
        let with = |id: &str, days_ago: i64, muscle: Option<&str>, secs: Option<u32>| Entry {
            muscle: muscle.map(str::to_string),
            duration_s: secs,
            ..cramp(id, NOW - days_ago * DAY_MS, 0)
        };
        let entries = vec![
            with("a", 1, Some("calf"), Some(60)),
            with("b", 2, Some("calf"), Some(300)),
            with("c", 3, Some("foot"), None),
            with("d", 4, None, Some(20)),
            with("e", 200, Some("hamstring"), Some(900)), // long ago: not shown
        ];
        let s = stats(&diary(entries), NOW, 0);
        assert_eq!(s.longest_s, Some(300));
        let counts: Vec<_> = s.by_muscle.iter().map(|m| (m.muscle, m.cramps)).collect();
        assert_eq!(
            counts,
            [
                (Some("calf"), 2),
                (Some("hamstring"), 0),
                (Some("quadriceps"), 0),
                (Some("foot"), 1),
                (None, 1)
            ]
        );
    }

    #[test]
    fn the_trend_needs_two_weeks_each_side_and_a_real_move() {
        let every = |step_days: i64, from_day: i64, to_day: i64, tag: &str| -> Vec<Entry> {
            (from_day..to_day)
                .step_by(step_days as usize)
                .map(|d| cramp(&format!("{tag}{d}"), NOW - d * DAY_MS, 0))
                .collect()
        };
        // One a week for 4 weeks, then 3 a week in the last 4: up. (The cramp 56 days ago falls
        // just outside the earlier span; it marks the diary as covering all of it.)
        let mut rising = every(7, 28, 57, "p");
        rising.extend(every(2, 0, 28, "l"));
        let t = stats(&diary(rising), NOW, 0).trend;
        assert_eq!(t.previous_4_weeks_per_week, Some(Tenths(10)));
        assert_eq!(t.last_4_weeks_per_week, Some(Tenths(35)));
        assert_eq!(t.direction, Direction::Up);

        // One a week throughout: steady.
        let t = stats(&diary(every(7, 0, 57, "s")), NOW, 0).trend;
        assert_eq!(t.last_4_weeks_per_week, t.previous_4_weeks_per_week);
        assert_eq!(t.direction, Direction::Steady);

        // Three a week falling to one a week: down.
        let mut falling = every(2, 28, 56, "p");
        falling.extend(every(7, 0, 28, "l"));
        assert_eq!(
            stats(&diary(falling), NOW, 0).trend.direction,
            Direction::Down
        );

        // Diary started 20 days ago: too little before.
        let t = stats(&diary(every(2, 0, 20, "n")), NOW, 0).trend;
        assert_eq!(t.direction, Direction::NotEnoughData);
        assert_eq!(t.previous_4_weeks_per_week, None);
    }
}
