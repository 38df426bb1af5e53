//! Local dates and times from UTC milliseconds and a fixed UTC offset, in integer arithmetic.
//!
//! A person's "night" and "week" are local ones: a cramp at 23:30 in New York is a night cramp
//! even though it is 04:30 UTC. Each entry keeps the device's offset when it was logged, so moving
//! time zones later does not move old cramps. No time-zone database and no floats are needed, which
//! keeps this small in the browser.

use std::fmt;

pub const MINUTE_MS: i64 = 60_000;
pub const HOUR_MS: i64 = 60 * MINUTE_MS;
pub const DAY_MS: i64 = 24 * HOUR_MS;
pub const WEEK_MS: i64 = 7 * DAY_MS;

/// The local clock's milliseconds since 1970-01-01 00:00 (local).
pub fn local_ms(at_ms: i64, tz_offset_min: i32) -> i64 {
    at_ms + i64::from(tz_offset_min) * MINUTE_MS
}

/// The local day number: days since 1970-01-01 (negative before it).
pub fn local_day(at_ms: i64, tz_offset_min: i32) -> i64 {
    local_ms(at_ms, tz_offset_min).div_euclid(DAY_MS)
}

/// The local hour of the day, 0-23.
pub fn local_hour(at_ms: i64, tz_offset_min: i32) -> u8 {
    // rem_euclid of a day in ms is below 24 hours, so the hour fits a u8.
    (local_ms(at_ms, tz_offset_min).rem_euclid(DAY_MS) / HOUR_MS) as u8
}

/// The week (Monday start) that a local day falls in, numbered from the week of 1970-01-01. Day 0
/// was a Thursday, so the Monday of week 0 is day -3.
pub fn week_of_day(day: i64) -> i64 {
    (day + 3).div_euclid(7)
}

/// The local day number of the Monday that starts `week`.
pub fn monday_of_week(week: i64) -> i64 {
    week * 7 - 3
}

/// A calendar date, shown as ISO 8601 (`2026-11-21`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LocalDate {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl LocalDate {
    /// The date of local day number `day` (Howard Hinnant's days-to-civil algorithm, proleptic
    /// Gregorian calendar).
    pub fn from_day(day: i64) -> LocalDate {
        let z = day + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        LocalDate {
            // Entries are validated to lie between 1970 and 9999, so the year fits.
            year: y as i32,
            month: m as u8,
            day: d as u8,
        }
    }

    /// The local date of an instant.
    pub fn of(at_ms: i64, tz_offset_min: i32) -> LocalDate {
        LocalDate::from_day(local_day(at_ms, tz_offset_min))
    }
}

impl fmt::Display for LocalDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A local time of day to the minute, shown as ISO 8601 (`23:05`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LocalTime {
    pub hour: u8,
    pub minute: u8,
}

impl LocalTime {
    pub fn of(at_ms: i64, tz_offset_min: i32) -> LocalTime {
        let in_day = local_ms(at_ms, tz_offset_min).rem_euclid(DAY_MS);
        LocalTime {
            hour: (in_day / HOUR_MS) as u8,
            minute: (in_day % HOUR_MS / MINUTE_MS) as u8,
        }
    }
}

impl fmt::Display for LocalTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_of_known_days() {
        assert_eq!(LocalDate::from_day(0).to_string(), "1970-01-01");
        assert_eq!(LocalDate::from_day(-1).to_string(), "1969-12-31");
        // 2000 was a leap year (divisible by 400): 29 February exists.
        assert_eq!(LocalDate::from_day(11_016).to_string(), "2000-02-29");
        assert_eq!(LocalDate::from_day(11_017).to_string(), "2000-03-01");
        // 2026-11-21 is 20,778 days after 1970-01-01.
        assert_eq!(LocalDate::from_day(20_778).to_string(), "2026-11-21");
        assert_eq!(LocalDate::from_day(2_932_896).to_string(), "9999-12-31");
    }

    #[test]
    fn weeks_start_on_monday() {
        // 1970-01-01 was a Thursday: its week's Monday is 1969-12-29.
        assert_eq!(
            LocalDate::from_day(monday_of_week(week_of_day(0))).to_string(),
            "1969-12-29"
        );
        // 2026-11-23 is a Monday: it starts a new week; the Sunday before belongs to the last one.
        let monday = 20_780;
        assert_eq!(LocalDate::from_day(monday).to_string(), "2026-11-23");
        assert_eq!(monday_of_week(week_of_day(monday)), monday);
        assert_eq!(week_of_day(monday - 1), week_of_day(monday) - 1);
        assert_eq!(week_of_day(monday + 6), week_of_day(monday));
    }

    #[test]
    fn the_offset_moves_the_local_date_and_hour() {
        // 2026-11-21T04:30Z is 23:30 on the 20th in New York (UTC-5) and 05:30 in Paris (UTC+1).
        let at = 20_778 * DAY_MS + 4 * HOUR_MS + 30 * MINUTE_MS;
        assert_eq!(LocalDate::of(at, -300).to_string(), "2026-11-20");
        assert_eq!(LocalTime::of(at, -300).to_string(), "23:30");
        assert_eq!(local_hour(at, -300), 23);
        assert_eq!(LocalTime::of(at, 60).to_string(), "05:30");
        assert_eq!(LocalDate::of(at, 60).to_string(), "2026-11-21");
    }
}
