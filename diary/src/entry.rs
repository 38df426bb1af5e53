//! What a person logs: a cramp ([`Entry`]) and something they tried to prevent cramps
//! ([`Change`]), with the checks that keep a bad value out of the diary as a reported problem
//! rather than a panic or a silently wrong figure.

use std::fmt;

use crate::time::{local_day, local_hour};

/// Quick relief's muscle IDs (content/advice/relief.toml), so a cramp logged from quick relief and
/// one logged in the diary name a muscle the same way.
pub const MUSCLES: [&str; 4] = ["calf", "hamstring", "quadriceps", "foot"];

/// A note is a line or two for the person (and their doctor), not a journal: short enough to read
/// in the weekly view and in a CSV cell.
pub const NOTE_MAX_CHARS: usize = 280;

/// IDs are made by the app (`"<ms>-<random>"`); the cap keeps a hand-edited file from carrying
/// megabytes in an ID.
pub const ID_MAX_CHARS: usize = 64;

/// A "cramp" logged as lasting more than a day is a typing slip, not a cramp; it would also swamp
/// the longest-duration figure.
pub const MAX_DURATION_S: u32 = 24 * 60 * 60;

/// The 0-10 pain scale.
pub const MAX_SEVERITY: u8 = 10;

/// UTC offsets in use run from UTC-12:00 to UTC+14:00.
pub const TZ_OFFSET_MIN: i32 = -12 * 60;
pub const TZ_OFFSET_MAX: i32 = 14 * 60;

/// 9999-12-31T23:59:59.999Z: times must fit a four-digit year in the CSV's ISO dates. Times before
/// 1970 are refused too (no diary predates the app; a negative time is a slip).
pub const LATEST_MS: i64 = 253_402_300_799_999;

/// One cramp.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Entry {
    /// Unique, made by the caller (e.g. `"<ms>-<random>"`): two devices logging at once must not
    /// collide, and merges match entries by it.
    pub id: String,
    /// When the cramp happened, UTC milliseconds.
    pub at_ms: i64,
    /// The device's UTC offset in minutes when logged, so that "night" and weeks are the person's
    /// local ones, even after travel.
    pub tz_offset_min: i32,
    /// One of [`MUSCLES`], if the person said.
    pub muscle: Option<String>,
    pub duration_s: Option<u32>,
    /// 0-10, if the person said.
    pub severity: Option<u8>,
    /// Did it happen at night (in bed)? When not said, the local clock decides ([`Entry::is_night`]).
    pub night: Option<bool>,
    /// During or after exercise?
    pub exercise: Option<bool>,
    /// At most [`NOTE_MAX_CHARS`] characters, trimmed.
    pub note: String,
    /// When this version of the entry was made, UTC ms: the later version wins a merge.
    pub updated_ms: i64,
    /// A tombstone: the entry was deleted. It is kept (without its details) so that a merge with
    /// an older copy that still has the entry does not bring it back.
    pub deleted: bool,
}

/// What a person tried, to see whether cramps changed after it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tried {
    /// A prevention advice item's ID (content/advice/prevention.toml), so the app can show its
    /// title in the person's language.
    Advice(String),
    /// The person's own words, at most [`NOTE_MAX_CHARS`] characters, trimmed.
    Free(String),
}

/// Something the person started doing on a day: the point a before/after comparison splits at.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Change {
    pub id: String,
    pub at_ms: i64,
    pub tz_offset_min: i32,
    pub what: Tried,
    /// As for [`Entry::updated_ms`]: changes can be edited and removed too, and merge by the same
    /// rules.
    pub updated_ms: i64,
    pub deleted: bool,
}

/// A value the diary will not hold, named so the app can say which field to fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Invalid {
    /// Empty, longer than [`ID_MAX_CHARS`], or with characters other than letters, digits and
    /// `. _ : -`.
    Id(String),
    /// Before 1970 or after the year 9999.
    Time(i64),
    /// Outside UTC-12:00 to UTC+14:00.
    TzOffset(i32),
    /// Not one of [`MUSCLES`].
    Muscle(String),
    /// Over [`MAX_DURATION_S`].
    Duration(u32),
    /// Over [`MAX_SEVERITY`].
    Severity(u8),
    /// Over [`NOTE_MAX_CHARS`] after trimming.
    NoteTooLong { chars: usize },
    /// Not an advice ID: letters, digits and `_` only.
    AdviceId(String),
    /// Nothing written for what was tried.
    EmptyTried,
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Invalid::Id(id) => write!(f, "id \"{id}\" is empty, too long or has odd characters"),
            Invalid::Time(ms) => write!(f, "time {ms} is not between 1970 and 9999"),
            Invalid::TzOffset(m) => write!(f, "time zone offset {m} minutes is not a real one"),
            Invalid::Muscle(m) => {
                write!(f, "muscle \"{m}\" is not one of")?;
                for (i, known) in MUSCLES.iter().enumerate() {
                    write!(f, "{} {known}", if i == 0 { "" } else { "," })?;
                }
                Ok(())
            }
            Invalid::Duration(s) => write!(f, "duration {s} s is over a day"),
            Invalid::Severity(s) => write!(f, "severity {s} is over {MAX_SEVERITY}"),
            Invalid::NoteTooLong { chars } => {
                write!(f, "note has {chars} characters, over {NOTE_MAX_CHARS}")
            }
            Invalid::AdviceId(id) => write!(f, "\"{id}\" is not an advice ID"),
            Invalid::EmptyTried => write!(f, "what was tried is empty"),
        }
    }
}

/// A note as kept: trimmed, so " " and "" are the same empty note and length counts what shows.
pub fn clean_note(text: &str) -> String {
    text.trim().to_string()
}

fn id_ok(id: &str) -> bool {
    !id.is_empty()
        && chars(id) <= ID_MAX_CHARS
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | ':' | '-'))
}

fn check_when(id: &str, at_ms: i64, tz_offset_min: i32, out: &mut Vec<Invalid>) {
    if !id_ok(id) {
        out.push(Invalid::Id(id.to_string()));
    }
    if !(0..=LATEST_MS).contains(&at_ms) {
        out.push(Invalid::Time(at_ms));
    }
    if !(TZ_OFFSET_MIN..=TZ_OFFSET_MAX).contains(&tz_offset_min) {
        out.push(Invalid::TzOffset(tz_offset_min));
    }
}

/// Every reason in words, joined by "; " (what a set-aside item says, and the console).
pub fn reasons(invalid: &[Invalid]) -> String {
    let mut out = String::new();
    for (i, reason) in invalid.iter().enumerate() {
        if i > 0 {
            out.push_str("; ");
        }
        out.push_str(&reason.to_string());
    }
    out
}

/// Characters in `text`, counted one by one: `chars().count()` brings a specialised counter that
/// costs the diary's wasm module more than the few short texts it counts are worth.
fn chars(text: &str) -> usize {
    text.chars().fold(0, |n, _| n + 1)
}

fn check_text(text: &str, out: &mut Vec<Invalid>) {
    let chars = chars(text.trim());
    if chars > NOTE_MAX_CHARS {
        out.push(Invalid::NoteTooLong { chars });
    }
}

impl Entry {
    /// One entry in the saved form's JSON (as the app's form sends it), or why it cannot be read.
    pub fn from_json(text: &str) -> Result<Entry, String> {
        Entry::read::<serde_json::Value>(text)
    }

    /// As [`Entry::from_json`], parsing with `J`.
    pub fn read<J: crate::json::Json>(text: &str) -> Result<Entry, String> {
        crate::codec::entry_from(&J::parse(text)?)
    }

    /// A cramp with only its time: the quickest log, from quick relief or a tap in the night.
    pub fn logged(id: impl Into<String>, at_ms: i64, tz_offset_min: i32, now_ms: i64) -> Entry {
        Entry {
            id: id.into(),
            at_ms,
            tz_offset_min,
            muscle: None,
            duration_s: None,
            severity: None,
            night: None,
            exercise: None,
            note: String::new(),
            updated_ms: now_ms,
            deleted: false,
        }
    }

    /// Every bad value, empty when the entry can be kept. A tombstone's details are gone, so only
    /// its ID and time are checked.
    pub fn validate(&self) -> Vec<Invalid> {
        let mut out = Vec::new();
        check_when(&self.id, self.at_ms, self.tz_offset_min, &mut out);
        if self.deleted {
            return out;
        }
        if let Some(m) = &self.muscle {
            if !MUSCLES.contains(&m.as_str()) {
                out.push(Invalid::Muscle(m.clone()));
            }
        }
        if let Some(d) = self.duration_s.filter(|&d| d > MAX_DURATION_S) {
            out.push(Invalid::Duration(d));
        }
        if let Some(s) = self.severity.filter(|&s| s > MAX_SEVERITY) {
            out.push(Invalid::Severity(s));
        }
        check_text(&self.note, &mut out);
        out
    }

    /// At night: as the person said, else logged between 21:00 and 07:00 local time (most cramps
    /// in bed fall then; the person can always say otherwise).
    pub fn is_night(&self) -> bool {
        self.night.unwrap_or_else(|| {
            let hour = local_hour(self.at_ms, self.tz_offset_min);
            !(7..21).contains(&hour)
        })
    }

    /// The local day whose night this cramp fell in, for night cramps: a cramp at 01:00 on Tuesday
    /// belongs to Monday night, so two cramps either side of midnight are one disturbed night.
    pub fn night_of(&self) -> Option<i64> {
        if !self.is_night() {
            return None;
        }
        let day = local_day(self.at_ms, self.tz_offset_min);
        let morning = local_hour(self.at_ms, self.tz_offset_min) < 12;
        Some(if morning { day - 1 } else { day })
    }

    /// The entry deleted at `now_ms`: its details are dropped (a deleted note should not live on
    /// in storage or exports), its ID and time kept so merges know it was deleted.
    pub fn tombstone(&self, now_ms: i64) -> Entry {
        Entry {
            updated_ms: now_ms,
            deleted: true,
            ..Entry::logged(self.id.clone(), self.at_ms, self.tz_offset_min, now_ms)
        }
    }
}

impl Change {
    pub fn new(
        id: impl Into<String>,
        at_ms: i64,
        tz_offset_min: i32,
        what: Tried,
        now_ms: i64,
    ) -> Change {
        Change {
            id: id.into(),
            at_ms,
            tz_offset_min,
            what,
            updated_ms: now_ms,
            deleted: false,
        }
    }

    /// Every bad value, empty when the change can be kept (a tombstone: ID and time only).
    pub fn validate(&self) -> Vec<Invalid> {
        let mut out = Vec::new();
        check_when(&self.id, self.at_ms, self.tz_offset_min, &mut out);
        if self.deleted {
            return out;
        }
        match &self.what {
            Tried::Advice(id) => {
                let ok = !id.is_empty()
                    && id.len() <= ID_MAX_CHARS
                    && id
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
                if !ok {
                    out.push(Invalid::AdviceId(id.clone()));
                }
            }
            Tried::Free(text) if text.trim().is_empty() => out.push(Invalid::EmptyTried),
            Tried::Free(text) => check_text(text, &mut out),
        }
        out
    }

    /// The change removed at `now_ms`, without the person's words (see [`Entry::tombstone`]).
    pub fn tombstone(&self, now_ms: i64) -> Change {
        Change {
            what: Tried::Free(String::new()),
            updated_ms: now_ms,
            deleted: true,
            ..self.clone()
        }
    }

    /// Trims free text, as notes are.
    pub(crate) fn clean(&mut self) {
        if let Tried::Free(text) = &mut self.what {
            *text = clean_note(text);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::{DAY_MS, HOUR_MS};

    // 2026-11-21 00:00 UTC.
    const DAY: i64 = 20_778 * DAY_MS;

    fn full() -> Entry {
        Entry {
            muscle: Some("calf".into()),
            duration_s: Some(90),
            severity: Some(6),
            night: Some(true),
            exercise: Some(false),
            note: "after a long walk".into(),
            ..Entry::logged("1763683200000-a1", DAY, 60, DAY)
        }
    }

    #[test]
    fn a_good_entry_has_no_problem() {
        assert_eq!(full().validate(), vec![]);
    }

    #[test]
    fn each_bad_value_is_named() {
        let bad = Entry {
            id: "has space".into(),
            at_ms: -1,
            tz_offset_min: 15 * 60,
            muscle: Some("shin".into()),
            duration_s: Some(MAX_DURATION_S + 1),
            severity: Some(11),
            note: "x".repeat(NOTE_MAX_CHARS + 1),
            ..full()
        };
        assert_eq!(
            bad.validate(),
            vec![
                Invalid::Id("has space".into()),
                Invalid::Time(-1),
                Invalid::TzOffset(900),
                Invalid::Muscle("shin".into()),
                Invalid::Duration(MAX_DURATION_S + 1),
                Invalid::Severity(11),
                Invalid::NoteTooLong { chars: 281 },
            ]
        );
    }

    #[test]
    fn the_note_limit_counts_characters_after_trimming() {
        let e = Entry {
            note: format!("  {}  ", "é".repeat(NOTE_MAX_CHARS)),
            ..full()
        };
        assert_eq!(e.validate(), vec![]);
        assert_eq!(clean_note("  two words \n"), "two words");
    }

    #[test]
    fn night_is_what_the_person_said_else_the_local_clock() {
        let at = |hour: i64, tz: i32| Entry {
            night: None,
            ..Entry::logged("a", DAY + hour * HOUR_MS, tz, DAY)
        };
        assert!(at(22, 0).is_night());
        assert!(at(6, 0).is_night());
        assert!(!at(7, 0).is_night());
        assert!(!at(20, 0).is_night());
        // 02:00 UTC is 21:00 the day before in UTC-5.
        assert!(at(2, -300).is_night());
        assert!(!at(14, 0).is_night());
        assert!(Entry {
            night: Some(true),
            ..at(14, 0)
        }
        .is_night());
        assert!(!Entry {
            night: Some(false),
            ..at(23, 0)
        }
        .is_night());
    }

    #[test]
    fn a_cramp_after_midnight_belongs_to_the_night_before() {
        let late = Entry::logged("a", DAY + 23 * HOUR_MS, 0, DAY);
        let early = Entry::logged("b", DAY + DAY_MS + HOUR_MS, 0, DAY);
        assert_eq!(late.night_of(), Some(20_778));
        assert_eq!(early.night_of(), Some(20_778));
        assert_eq!(
            Entry::logged("c", DAY + 12 * HOUR_MS, 0, DAY).night_of(),
            None
        );
    }

    #[test]
    fn a_tombstone_keeps_no_details() {
        let t = full().tombstone(DAY + 5);
        assert!(t.deleted);
        assert_eq!(
            (t.id.as_str(), t.at_ms, t.updated_ms),
            ("1763683200000-a1", DAY, DAY + 5)
        );
        assert_eq!((t.muscle, t.note.as_str(), t.severity), (None, "", None));
        assert_eq!(full().tombstone(DAY).validate(), vec![]);
    }

    #[test]
    fn changes_name_advice_by_id_or_say_in_words() {
        let c = |what| Change::new("c1", DAY, 0, what, DAY);
        assert_eq!(
            c(Tried::Advice("prevent_stretch_bedtime".into())).validate(),
            vec![]
        );
        assert_eq!(c(Tried::Free("less coffee".into())).validate(), vec![]);
        assert_eq!(
            c(Tried::Advice("Prevent Stretch".into())).validate(),
            vec![Invalid::AdviceId("Prevent Stretch".into())]
        );
        assert_eq!(
            c(Tried::Free("  ".into())).validate(),
            vec![Invalid::EmptyTried]
        );
        let removed = c(Tried::Free("private words".into())).tombstone(DAY + 1);
        assert_eq!(removed.what, Tried::Free(String::new()));
        assert_eq!(removed.validate(), vec![]);
    }
}
