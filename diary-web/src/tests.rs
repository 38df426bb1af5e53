//! The module's API as web/diary.js uses it, natively: every call runs on this test's own thread,
//! so each test has its own diary. (The words are checked by the content tests and the e2e tests,
//! which read the screen.)

use super::*;
use crampcheck_diary::time::{DAY_MS, HOUR_MS};
use crampcheck_diary::Tenths;
use std::collections::BTreeMap;

/// Monday 2026-11-23, 12:00 UTC.
const NOW: i64 = 20_780 * DAY_MS + 12 * HOUR_MS;

fn log(id: &str, at: i64, extra: &str) {
    let json = format!(r#"{{"id":"{id}","at_ms":{at},"tz_offset_min":0,"updated_ms":0{extra}}}"#);
    assert_eq!(put_entry(&json, at as f64), "", "{json}");
}

fn now_view(level: &str, limit: u32) -> view::View {
    view_now(NOW, 0, level, limit)
}

/// Ten cramps over three weeks, at 03:00 (night), most recent first in the list.
fn ten_over_three_weeks() {
    for (n, days) in [1, 2, 4, 6, 8, 9, 11, 13, 16, 20].iter().enumerate() {
        log(&format!("c{n}"), NOW - days * DAY_MS - 9 * HOUR_MS, "");
    }
}

/// The words file diary-web/build.rs wrote for `lang`.
fn words_file(lang: &str) -> BTreeMap<String, String> {
    let path = format!(
        "{}/../target/diary-words/{lang}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

#[test]
fn the_compiled_rules_are_the_files_and_their_words_are_in_every_language() {
    let file = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../content/diary.toml"
    ))
    .unwrap();
    let loaded = crampcheck_diary::rules::load(&file).unwrap();
    let compiled = rules();
    assert_eq!(compiled.len(), loaded.len());
    for (c, l) in compiled.iter().zip(&loaded) {
        assert_eq!(
            (&c.id, c.level, c.when, c.status),
            (&l.id, l.level, l.when, l.status)
        );
    }
    let en = words_file("en");
    assert!(en["switch_on"].contains("diary"), "{:?}", en["switch_on"]);
    for lang in ["en", "es", "fr", "ru"] {
        let w = words_file(lang);
        assert_eq!(
            w.keys().collect::<Vec<_>>(),
            en.keys().collect::<Vec<_>>(),
            "{lang}"
        );
        for l in &loaded {
            assert_eq!(
                w[&format!("rule.{}.finding", l.id)],
                l.finding.get(lang),
                "{lang}"
            );
            assert_eq!(
                w[&format!("rule.{}.prompt", l.id)],
                l.prompt.get(lang),
                "{lang}"
            );
        }
        for level in ["TODAY", "URGENT_NOW", "EMERGENCY"] {
            assert!(w[&format!("raised.{level}")].len() > 20, "{lang} {level}");
        }
    }
}

#[test]
fn ten_cramps_over_three_weeks_show_on_the_chart_and_prompt_an_appointment() {
    ten_over_three_weeks();
    let v = now_view("", 5);
    assert_eq!(v.count, 10);
    assert!(v.more);
    let ids: Vec<&str> = v.entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["c0", "c1", "c2", "c3", "c4"], "newest first");
    assert_eq!(v.weeks.len(), 12);
    let total: u32 = v.weeks.iter().map(|w| w.night + w.day).sum();
    assert_eq!(total, 10);
    assert!(v.weeks.iter().all(|w| w.day == 0), "03:00 is night");
    assert!(v.entries.iter().all(|e| e.at_night && e.night.is_none()));
    // D1 at APPOINTMENT (index 3 of Level::ALL), the rule's own words.
    assert_eq!(
        v.prompts,
        [view::PromptView {
            rule: "D1".into(),
            level: 3,
            level_name: "APPOINTMENT",
            raised: false
        }]
    );
    assert_eq!(v.trend.direction, "little");
    assert_eq!(v.muscles, [("", 10)]);
}

#[test]
fn a_prompt_never_shows_a_level_below_the_last_check() {
    ten_over_three_weeks();
    // The last check said TODAY: the D1 prompt is raised to it.
    let p = &now_view("TODAY", 20).prompts[0];
    assert_eq!((p.level, p.level_name, p.raised), (2, "TODAY", true));
    // A check that said less does not lower it; an unknown level counts as none.
    assert_eq!(now_view("SELF_CARE", 20).prompts[0].level, 3);
    assert_eq!(now_view("URGENT", 20).prompts[0].level, 3);
}

#[test]
fn a_long_cramp_prompts_today_with_its_details_in_the_list() {
    log(
        "long",
        NOW - DAY_MS,
        r#","duration_s":720,"muscle":"calf","severity":7,"night":false"#,
    );
    let v = now_view("", 20);
    let e = &v.entries[0];
    assert_eq!(
        (
            e.muscle.as_deref(),
            e.duration,
            e.severity,
            e.night,
            e.at_night
        ),
        (Some("calf"), Some(720), Some(7), Some(false), false)
    );
    assert_eq!(v.prompts[0].rule, "D2");
    assert_eq!(v.prompts[0].level, 2);
    assert_eq!(v.longest_s, Some(720));
    assert_eq!(v.muscles, [("calf", 1)]);
}

#[test]
fn a_change_shows_before_and_after_counts_or_says_it_has_too_little() {
    // Daily cramps for 4 weeks, then stretching, then one cramp in 3 weeks.
    for d in 22..50 {
        log(&format!("b{d}"), NOW - d * DAY_MS, "");
    }
    log("a1", NOW - 10 * DAY_MS, "");
    let started = (NOW - 21 * DAY_MS) as f64;
    assert_eq!(
        put_change("ch1", started, 0, "prevent_stretch_bedtime", "", started),
        ""
    );
    let v = now_view("", 20);
    let ch = &v.changes[0];
    assert_eq!(
        (ch.advice.as_str(), ch.free.as_str(), ch.verdict, ch.mixed),
        ("prevent_stretch_bedtime", "", "enough", false)
    );
    assert_eq!(
        ch.before,
        view::SideView {
            days: 28,
            cramps: 28,
            per_week: Some(Tenths(70))
        }
    );
    assert_eq!(
        ch.after,
        view::SideView {
            days: 21,
            cramps: 1,
            per_week: Some(Tenths(3))
        }
    );
    // A change made yesterday: too soon, and it mixes with the first.
    let yesterday = (NOW - DAY_MS) as f64;
    assert_eq!(
        put_change("ch2", yesterday, 0, "", "  new shoes ", yesterday),
        ""
    );
    let v = now_view("", 20);
    let ch2 = v.changes.iter().find(|c| c.id == "ch2").unwrap();
    assert_eq!(
        (ch2.free.as_str(), ch2.verdict, ch2.mixed),
        ("new shoes", "after", true)
    );
    assert!(delete_change("ch2", NOW as f64));
    assert_eq!(now_view("", 20).changes.len(), 1);
    assert_ne!(
        put_change("ch3", yesterday, 0, "", "   ", yesterday),
        "",
        "empty words are refused"
    );
}

#[test]
fn saving_merges_with_what_another_tab_saved() {
    log("mine", NOW - HOUR_MS, "");
    // Another tab saved its own cramp since this one read storage.
    let other = r#"{"schema":2,"entries":[{"id":"theirs","at_ms":1795400000000,"tz_offset_min":0,"updated_ms":1795400000000}],"changes":[]}"#;
    let saved = to_save(Some(other.into()), 0).unwrap();
    assert!(
        saved.contains("\"mine\"") && saved.contains("\"theirs\""),
        "{saved}"
    );
    assert_eq!(now_view("", 20).count, 2);
    // A stored text this version cannot read is never written over.
    assert_eq!(to_save(Some(r#"{"schema":99}"#.into()), 0), None);
    assert_eq!(to_save(Some("not json".into()), 0), None);
    assert_eq!(
        take_in(
            r#"{"schema":2,"entries":[{"id":"x","at_ms":1,"tz_offset_min":0,"updated_ms":1,"severity":99}],"changes":[]}"#,
            0
        ),
        "1"
    );
}

#[test]
fn opening_reports_what_it_could_not_read() {
    assert_eq!(open(None, 0), "");
    assert_eq!(open(Some("{".into()), 0), "unreadable");
    assert_eq!(
        open(Some(r#"{"schema":3,"entries":[]}"#.into()), 0),
        "newer"
    );
    let one_bad = r#"{"schema":2,"entries":[{"id":"ok","at_ms":1795400000000,"tz_offset_min":0,"updated_ms":1},{"id":"bad","at_ms":"soon"}],"changes":[]}"#;
    assert_eq!(open(Some(one_bad.into()), 0), "1");
    assert_eq!(now_view("", 20).count, 1);
    // The unreadable one is written back, not lost.
    assert!(to_save(None, 0).unwrap().contains("soon"));
}

#[test]
fn import_merges_and_importing_twice_adds_nothing() {
    ten_over_three_weeks();
    let backup = export_json();
    clear();
    assert_eq!(now_view("", 20).count, 0);
    assert_eq!(import_file(&backup, 0), 10);
    assert_eq!(import_file(&backup, 0), 0);
    assert_eq!(import_file("a spreadsheet, not a diary", 0), -1);
    assert_eq!(now_view("", 20).count, 10);
    assert!(export_csv().starts_with("date,time,muscle"));
    assert_eq!(
        file_name(NOW as f64, 0, "csv"),
        "crampcheck-diary-2026-11-23.csv"
    );
}

#[test]
fn bad_entries_are_refused_with_a_reason() {
    assert_ne!(put_entry("{", 0.0), "");
    let too_bad =
        format!(r#"{{"id":"x","at_ms":{NOW},"tz_offset_min":0,"updated_ms":0,"severity":11}}"#);
    let why = put_entry(&too_bad, NOW as f64);
    assert!(why.contains("severity"), "{why}");
    assert!(!delete_entry("nope", NOW as f64));
}

#[test]
fn the_summary_gives_the_last_four_weeks() {
    assert!(!summary_now(NOW, 0).any, "nothing for an empty diary");
    ten_over_three_weeks();
    log("old", NOW - 40 * DAY_MS, "");
    log(
        "foot",
        NOW - 3 * DAY_MS + 3 * HOUR_MS,
        r#","muscle":"foot","duration_s":95"#,
    );
    let t = NOW - 5 * DAY_MS;
    put_change("ch", t as f64, 0, "prevent_stretch_bedtime", "", t as f64);
    let s = summary_now(NOW, 0);
    assert!(s.any);
    assert_eq!(
        (s.cramps, s.at_night, s.nights, s.longest_s),
        (11, 10, 10, Some(95))
    );
    assert_eq!(s.muscles, [("", 10), ("foot", 1)]);
    assert_eq!(
        s.tried,
        [("prevent_stretch_bedtime".to_string(), String::new(), t, 0)]
    );
}

#[test]
fn the_drawn_leg_has_every_diary_muscle() {
    let leg = leg();
    let leg: Vec<&str> = leg.lines().collect();
    // View box, two body paths, then five fields a muscle.
    assert_eq!(leg.len(), 3 + 5 * 4);
    let drawn: Vec<&str> = leg[3..].chunks(5).map(|m| m[0]).collect();
    for m in crampcheck_diary::MUSCLES {
        assert!(drawn.contains(&m), "{m} is not drawn");
    }
}

#[test]
fn the_view_and_the_summary_are_json_with_every_figure() {
    ten_over_three_weeks();
    let t = NOW - 5 * DAY_MS;
    put_change("ch", t as f64, 0, "", "new \"soft\" shoes", t as f64);
    let v: serde_json::Value = serde_json::from_str(&view(NOW as f64, 0, "TODAY", 3)).unwrap();
    assert_eq!(v["count"], 10);
    assert_eq!(v["more"], true);
    assert_eq!(v["entries"].as_array().unwrap().len(), 3);
    assert_eq!(v["entries"][0]["id"], "c0");
    assert_eq!(v["entries"][0]["at_night"], true);
    assert!(
        v["entries"][0].get("night").is_none(),
        "not said, not written"
    );
    assert_eq!(v["weeks"].as_array().unwrap().len(), 12);
    assert_eq!(v["prompts"][0]["level_name"], "TODAY");
    assert_eq!(v["prompts"][0]["raised"], true);
    assert_eq!(v["trend"]["direction"], "little");
    assert_eq!(v["changes"][0]["free"], "new \"soft\" shoes");
    assert_eq!(v["changes"][0]["verdict"], "after");
    assert_eq!(v["changes"][0]["before"]["cramps"], 7);
    assert_eq!(v["muscles"], serde_json::json!([["", 10]]));
    let s: serde_json::Value = serde_json::from_str(&summary(NOW as f64, 0)).unwrap();
    assert_eq!(
        (s["any"].as_bool(), s["cramps"].as_u64()),
        (Some(true), Some(10))
    );
    assert_eq!(s["tried"][0]["free"], "new \"soft\" shoes");
}

#[test]
fn rates_are_written_as_decimals() {
    for d in 22..50 {
        log(&format!("b{d}"), NOW - d * DAY_MS, "");
    }
    let started = (NOW - 21 * DAY_MS) as f64;
    put_change("ch1", started, 0, "prevent_stretch_bedtime", "", started);
    let v: serde_json::Value = serde_json::from_str(&view(NOW as f64, 0, "", 20)).unwrap();
    assert_eq!(v["changes"][0]["before"]["per_week"], 7.0);
    assert_eq!(v["changes"][0]["after"]["per_week"].as_f64(), Some(0.0));
}
