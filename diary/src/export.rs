//! What the person can take away: a CSV for a spreadsheet or a doctor, and the JSON saved form to
//! move the diary to another device (import it there: merges make that safe).

use std::borrow::Cow;

use crate::entry::Entry;
use crate::store::Diary;
use crate::time::{LocalDate, LocalTime};

/// The CSV's first row. Dates and times are the person's local ones when each cramp was logged.
pub const CSV_HEADER: &str = "date,time,muscle,duration_seconds,severity,night,exercise,note";

/// Live cramps in time order, one row each, RFC 4180: comma-separated, CRLF line ends, a field
/// with a comma, quote or line break in double quotes with its quotes doubled. `night` and
/// `exercise` are "yes", "no" or empty (not said); the recorded value is exported, not a guess
/// from the clock.
pub fn csv(diary: &Diary) -> String {
    let mut out = String::with_capacity(64 * (diary.entries.len() + 1));
    out.push_str(CSV_HEADER);
    out.push_str("\r\n");
    for e in diary.live_entries() {
        row(&mut out, e);
    }
    out
}

/// The saved form itself ([`Diary::to_json`]): what the app can import again.
pub fn json(diary: &Diary) -> String {
    diary.to_json()
}

/// `crampcheck-diary-2026-11-21.csv`: the person's local date, so several exports sort by date.
pub fn file_name(now_ms: i64, tz_offset_min: i32, extension: &str) -> String {
    format!(
        "crampcheck-diary-{}.{extension}",
        LocalDate::of(now_ms, tz_offset_min)
    )
}

fn row(out: &mut String, e: &Entry) {
    let yes_no = |b: Option<bool>| match b {
        Some(true) => "yes",
        Some(false) => "no",
        None => "",
    };
    let number = |n: Option<u32>| n.map(|n| n.to_string()).unwrap_or_default();
    let fields = [
        LocalDate::of(e.at_ms, e.tz_offset_min).to_string(),
        LocalTime::of(e.at_ms, e.tz_offset_min).to_string(),
        e.muscle.clone().unwrap_or_default(),
        number(e.duration_s),
        number(e.severity.map(u32::from)),
        yes_no(e.night).to_string(),
        yes_no(e.exercise).to_string(),
        e.note.clone(),
    ];
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&csv_field(field));
    }
    out.push_str("\r\n");
}

/// One field, quoted when RFC 4180 needs it. A note starting with `=`, `+`, `-` or `@` gets a
/// leading apostrophe: spreadsheets would otherwise run it as a formula (CSV injection), and the
/// file may be opened on a doctor's computer.
fn csv_field(field: &str) -> Cow<'_, str> {
    let field: Cow<'_, str> = if field.starts_with(['=', '+', '-', '@']) {
        Cow::Owned(format!("'{field}"))
    } else {
        Cow::Borrowed(field)
    };
    if field.contains([',', '"', '\r', '\n']) {
        Cow::Owned(format!("\"{}\"", field.replace('"', "\"\"")))
    } else {
        field
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_only_when_needed() {
        assert_eq!(csv_field("calf"), "calf");
        assert_eq!(csv_field(""), "");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"ow\""), "\"say \"\"ow\"\"\"");
        assert_eq!(csv_field("line\nbreak"), "\"line\nbreak\"");
    }

    #[test]
    fn a_formula_is_defused() {
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_field("-2 on the pain scale"), "'-2 on the pain scale");
    }

    #[test]
    fn the_file_name_has_the_local_date() {
        // 2026-11-21T23:30Z is already the 22nd in Paris (UTC+1).
        let at = 1_795_303_800_000;
        assert_eq!(file_name(at, 0, "csv"), "crampcheck-diary-2026-11-21.csv");
        assert_eq!(
            file_name(at, 60, "json"),
            "crampcheck-diary-2026-11-22.json"
        );
    }
}
