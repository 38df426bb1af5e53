//! The saved form: reading, what is set aside or refused, schema 1, and merges (imports and two
//! tabs saving at once).

mod common;

use common::*;
use crampcheck_diary::time::DAY_MS;
use crampcheck_diary::{Change, Diary, Entry, List, Problem, Tried};

fn sample() -> Diary {
    let mut d = diary_on(&[1, 3, 8]);
    d.put_entry(Entry {
        muscle: Some("calf".into()),
        duration_s: Some(120),
        severity: Some(7),
        night: Some(true),
        note: "woke me at 3".into(),
        ..cramp(2, 50)
    })
    .unwrap();
    d.put_change(stretching_from(5)).unwrap();
    d
}

#[test]
fn importing_the_same_file_twice_changes_nothing() {
    let file = sample().to_json();
    let mut d = diary_on(&[20]);
    let (imported, problems) = Diary::from_json(&file);
    assert_eq!(problems, vec![]);
    d.merge(&imported);
    let once = d.clone();
    d.merge(&imported);
    assert_eq!(d, once);
    assert_eq!(d.to_json(), once.to_json());
    assert_eq!(d.live_entries().count(), 5);
    assert_eq!(d.live_changes().count(), 1);
    // Merging a diary with itself changes nothing either.
    let mut same = once.clone();
    same.merge(&once);
    assert_eq!(same, once);
}

#[test]
fn the_later_edit_wins_whichever_side_it_is_on() {
    let original = sample();
    let id = original.entries[0].id.clone();
    let mut edited = original.clone();
    let mut e = edited.entry(&id).unwrap().clone();
    e.severity = Some(9);
    e.updated_ms += 60_000;
    edited.put_entry(e).unwrap();

    for (mut into, from) in [(original.clone(), &edited), (edited.clone(), &original)] {
        into.merge(from);
        assert_eq!(into.entry(&id).unwrap().severity, Some(9));
        assert_eq!(into.entries.iter().filter(|x| x.id == id).count(), 1);
    }
}

#[test]
fn a_delete_survives_a_merge_with_an_older_copy() {
    let older = sample();
    let id = older.entries[1].id.clone();
    let mut newer = older.clone();
    assert!(newer.delete_entry(&id, NOW));

    for (mut into, from) in [(older.clone(), &newer), (newer.clone(), &older)] {
        into.merge(from);
        assert!(into.entry(&id).is_none(), "the deleted cramp came back");
        assert_eq!(into.entries.iter().filter(|x| x.id == id).count(), 1);
        assert_eq!(
            into.live_entries().count(),
            older.live_entries().count() - 1
        );
    }
}

#[test]
fn two_tabs_saving_at_once_keep_both_cramps() {
    let start = sample();
    let stored_then = start.to_json();
    // Tab A logs a cramp and saves.
    let mut a = Diary::from_json(&stored_then).0;
    a.put_entry(cramp(0, 1)).unwrap();
    let stored_now = a.merged_with_stored(&stored_then, 0).unwrap().to_json();
    // Tab B, which read the old text, deletes one and logs another, then saves over A's text.
    let mut b = Diary::from_json(&stored_then).0;
    let gone = b.entries[0].id.clone();
    b.delete_entry(&gone, NOW);
    b.put_entry(cramp(0, 2)).unwrap();
    let written = b.merged_with_stored(&stored_now, 0).unwrap();

    assert!(
        written.entry(&cramp(0, 1).id).is_some(),
        "tab A's cramp lost"
    );
    assert!(
        written.entry(&cramp(0, 2).id).is_some(),
        "tab B's cramp lost"
    );
    assert!(written.entry(&gone).is_none());
    // Tab A saving again later brings nothing back and loses nothing.
    let again = a.merged_with_stored(&written.to_json(), 0).unwrap();
    assert_eq!(again, written);
}

#[test]
fn schema_1_is_migrated() {
    let v1 = r#"{ "version": 1, "cramps": [
        { "t": 1795303800000, "m": "calf", "d": 90 },
        { "t": 1795303800000 },
        { "t": 1795000000000, "m": "shin" },
        { "t": "last night" },
        { "t": 1794000000000, "d": 30 }
    ] }"#;
    let (d, problems) = Diary::from_json_with_offset(v1, -300);
    let got: Vec<_> = d
        .entries
        .iter()
        .map(|e| {
            (
                e.id.as_str(),
                e.muscle.as_deref(),
                e.duration_s,
                e.tz_offset_min,
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("v1-1794000000000", None, Some(30), -300),
            ("v1-1795303800000", Some("calf"), Some(90), -300),
            ("v1-1795303800000-2", None, None, -300),
        ]
    );
    assert_eq!(d.entries[1].updated_ms, 1_795_303_800_000);
    // The two cramps it could not read are kept, word for word, with why.
    assert_eq!(problems.len(), 2);
    assert!(problems.iter().all(|p| !p.refuses_file()));
    assert!(
        problems[0].to_string().contains("muscle \"shin\""),
        "{}",
        problems[0]
    );
    assert_eq!(d.set_aside.len(), 2);
    assert!(d
        .set_aside
        .iter()
        .any(|s| s.json == r#"{"t":"last night"}"#));

    // Written as schema 2; importing the old file again adds nothing.
    let saved = d.to_json();
    assert!(saved.starts_with(r#"{"schema":2,"#));
    let mut merged = Diary::from_json(&saved).0;
    merged.merge(&Diary::from_json_with_offset(v1, -300).0);
    assert_eq!(merged, d);
}

#[test]
fn a_corrupt_entry_is_set_aside_and_the_rest_kept() {
    let good = sample();
    let mut value: serde_json::Value = serde_json::from_str(&good.to_json()).unwrap();
    let entries = value["entries"].as_array_mut().unwrap();
    entries.push(serde_json::json!({ "id": "e-bad-time", "at_ms": "yesterday", "tz_offset_min": 0, "updated_ms": 1 }));
    entries.push(serde_json::json!({ "id": "e-bad-severity", "at_ms": 1, "tz_offset_min": 0, "severity": 12, "updated_ms": 1 }));
    entries.push(serde_json::json!(42));
    value["changes"].as_array_mut().unwrap().push(serde_json::json!({ "id": "c-odd", "at_ms": 1, "tz_offset_min": 0, "what": { "pill": "x" }, "updated_ms": 1 }));
    let text = value.to_string();

    let (d, problems) = Diary::from_json(&text);
    assert_eq!(d.entries, good.entries);
    assert_eq!(d.changes, good.changes);
    let named: Vec<_> = problems
        .iter()
        .map(|p| match p {
            Problem::SetAside { list, id, .. } => (*list, id.clone()),
            other => panic!("{other}"),
        })
        .collect();
    assert_eq!(
        named,
        [
            (List::Entries, Some("e-bad-time".into())),
            (List::Entries, Some("e-bad-severity".into())),
            (List::Entries, None),
            (List::Changes, Some("c-odd".into())),
        ]
    );
    assert!(
        problems[1].to_string().contains("severity 12 is over 10"),
        "{}",
        problems[1]
    );
    assert_eq!(d.set_aside.len(), 4);

    // Saved and read again: still set aside (not lost), still reported, nothing else changed.
    let (again, problems_again) = Diary::from_json(&d.to_json());
    assert_eq!(again, d);
    assert_eq!(problems_again.len(), 4);
    assert!(d.to_json().contains("\"yesterday\""));
}

#[test]
fn a_newer_schema_is_refused_and_not_written_over() {
    let newer = r#"{ "schema": 3, "entries": [], "moods": [] }"#;
    let (d, problems) = Diary::from_json(newer);
    assert_eq!(d, Diary::default());
    assert_eq!(problems, vec![Problem::NewerSchema { found: 3 }]);
    assert!(problems[0].refuses_file());
    assert!(problems[0].to_string().contains("newer version"));
    // Saving over it is refused: the app keeps the stored text.
    let err = sample().merged_with_stored(newer, 0).unwrap_err();
    assert_eq!(err, vec![Problem::NewerSchema { found: 3 }]);
    // So is saving over text that is not a diary.
    assert!(sample().merged_with_stored("{ not json", 0).is_err());
    // Nothing stored yet: just this tab's diary.
    assert_eq!(sample().merged_with_stored("", 0).unwrap(), sample());
}

#[test]
fn free_text_changes_are_trimmed_and_removable() {
    let mut d = Diary::default();
    let at = NOW - 3 * DAY_MS;
    let c = Change::new("c-free", at, 0, Tried::Free("  less coffee  ".into()), at);
    d.put_change(c).unwrap();
    assert_eq!(
        d.change("c-free").unwrap().what,
        Tried::Free("less coffee".into())
    );
    assert!(d.delete_change("c-free", NOW));
    assert!(!d.to_json().contains("coffee"));
}
