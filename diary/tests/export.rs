//! The exports: CSV for a spreadsheet or a doctor, JSON to move the diary.

mod common;

use common::*;
use crampcheck_diary::export::{csv, json, CSV_HEADER};
use crampcheck_diary::{Diary, Entry};

#[test]
fn a_note_with_a_comma_a_quote_and_a_line_break_is_quoted() {
    let mut d = Diary::default();
    // 2026-11-21T04:30Z, logged in New York (UTC-5): 23:30 on the 20th there.
    let at = 1_795_303_800_000 - 19 * 3_600_000;
    d.put_entry(Entry {
        muscle: Some("calf".into()),
        duration_s: Some(90),
        severity: Some(6),
        night: Some(true),
        exercise: Some(false),
        note: "left calf, \"like a rock\"\nagain at 2".into(),
        ..Entry::logged("a", at, -300, at)
    })
    .unwrap();
    d.put_entry(Entry::logged("b", at + 86_400_000, 60, at))
        .unwrap();

    assert_eq!(
        csv(&d),
        format!(
            "{CSV_HEADER}\r\n\
             2026-11-20,23:30,calf,90,6,yes,no,\"left calf, \"\"like a rock\"\"\nagain at 2\"\r\n\
             2026-11-22,05:30,,,,,,\r\n"
        )
    );
}

#[test]
fn deleted_cramps_are_not_exported() {
    let mut d = diary_on(&[1, 2]);
    let first = d.entries[0].id.clone();
    d.delete_entry(&first, NOW);
    assert_eq!(csv(&d).lines().count(), 2);
}

#[test]
fn the_json_export_imports_as_the_same_diary() {
    let d = diary_on(&[1, 2, 9]);
    assert_eq!(Diary::from_json(&json(&d)), (d, vec![]));
}
