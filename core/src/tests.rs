use crate::assessment::{answer, assess, question_after};
use crate::fixture::FIXTURE;
use crate::*;

fn with(pairs: &[(&str, &[&str])]) -> Answers {
    let mut a = Answers::new();
    for (q, o) in pairs {
        a.set(&FIXTURE, q, o).unwrap();
    }
    a
}

#[test]
fn questions_come_in_order_and_follow_ups_only_when_they_apply() {
    let a = assess(&FIXTURE, &Answers::new());
    assert_eq!(a.next.unwrap().id, "danger");
    let a = assess(
        &FIXTURE,
        &with(&[
            ("danger", &["no"]),
            ("urgent", &["no"]),
            ("where", &["calf"]),
        ]),
    );
    assert_eq!(
        a.next.unwrap().id,
        "often",
        "followup is skipped without foot"
    );
    let a = assess(
        &FIXTURE,
        &with(&[
            ("danger", &["no"]),
            ("urgent", &["no"]),
            ("where", &["calf", "foot"]),
        ]),
    );
    assert_eq!(a.next.unwrap().id, "followup");
}

#[test]
fn an_emergency_answer_ends_the_questions() {
    let a = assess(&FIXTURE, &with(&[("danger", &["yes"])]));
    assert!(a.is_complete());
    assert_eq!(a.level, Some(Level::Emergency));
    assert_eq!(a.asked.len(), 1);
    let a = assess(
        &FIXTURE,
        &with(&[("danger", &["yes"]), ("urgent", &["no"])]),
    );
    assert_eq!(
        a.not_asked,
        vec!["urgent"],
        "answers after an emergency are not used"
    );
}

#[test]
fn not_sure_counts_as_yes_only_for_urgent_and_emergency_rules() {
    let a = assess(&FIXTURE, &with(&[("danger", &["unsure"])]));
    assert_eq!(a.level, Some(Level::Emergency));
    let a = assess(
        &FIXTURE,
        &with(&[
            ("danger", &["no"]),
            ("urgent", &["unsure"]),
            ("where", &["foot"]),
            ("followup", &["unsure"]),
            ("often", &["no"]),
        ]),
    );
    assert_eq!(
        a.fired_ids(),
        vec!["U"],
        "unsure on a TODAY question is not a yes"
    );
    assert_eq!(a.level, Some(Level::UrgentNow));
}

#[test]
fn the_highest_level_wins_and_self_care_needs_no_flags() {
    let base: &[(&str, &[&str])] = &[
        ("danger", &["no"]),
        ("urgent", &["no"]),
        ("where", &["foot"]),
        ("followup", &["yes"]),
        ("often", &["no"]),
    ];
    let a = assess(&FIXTURE, &with(base));
    assert_eq!(a.level, Some(Level::Today));
    assert!(
        !a.fired_ids().contains(&"SC"),
        "SELF_CARE rules do not fire beside a flag"
    );
    let a = assess(
        &FIXTURE,
        &with(&[
            ("danger", &["no"]),
            ("urgent", &["no"]),
            ("where", &["calf"]),
            ("often", &["no"]),
        ]),
    );
    assert_eq!(a.level, Some(Level::SelfCare));
    assert_eq!(
        a.advice.iter().map(|x| x.id).collect::<Vec<_>>(),
        vec!["calf_stretch", "net"]
    );
}

#[test]
fn advice_unless_suppresses_an_item() {
    let a = assess(
        &FIXTURE,
        &with(&[
            ("danger", &["no"]),
            ("urgent", &["yes"]),
            ("where", &["calf"]),
            ("often", &["no"]),
        ]),
    );
    assert!(!a.advice.iter().any(|x| x.id == "calf_stretch"));
}

#[test]
fn why_names_the_answers_behind_each_rule() {
    let a = assess(
        &FIXTURE,
        &with(&[
            ("danger", &["no"]),
            ("urgent", &["yes"]),
            ("where", &["calf"]),
            ("often", &["no"]),
        ]),
    );
    let f = &a.fired[0];
    assert_eq!(f.rule.id, "U");
    assert_eq!(f.because.len(), 1);
    assert_eq!(f.because[0].0.id, "urgent");
    assert_eq!(f.because[0].1[0].id, "yes");
}

#[test]
fn changing_an_answer_drops_only_answers_that_no_longer_apply() {
    let mut a = with(&[
        ("danger", &["no"]),
        ("urgent", &["no"]),
        ("where", &["foot"]),
        ("followup", &["no"]),
        ("often", &["yes"]),
    ]);
    answer(&FIXTURE, &mut a, "where", &["calf"]).unwrap();
    assert!(a.get("followup").is_none());
    assert_eq!(a.get("often"), Some(&["yes"][..]), "still applies, kept");
    assert_eq!(question_after(&FIXTURE, &a, "where").unwrap().id, "often");
    // A new follow-up created by an edit is not skipped, even though later answers are kept.
    answer(&FIXTURE, &mut a, "where", &["calf", "foot"]).unwrap();
    assert_eq!(
        question_after(&FIXTURE, &a, "where").unwrap().id,
        "followup"
    );
    answer(&FIXTURE, &mut a, "danger", &["yes"]).unwrap();
    assert_eq!(a.len(), 1, "an emergency drops everything after it");
}

#[test]
fn progress_counts_only_questions_that_apply() {
    let a = assess(&FIXTURE, &Answers::new());
    assert_eq!(
        a.remaining, 4,
        "typical path: danger, urgent, where (none), often"
    );
    let a = assess(&FIXTURE, &with(&[("danger", &["yes"])]));
    assert_eq!(a.remaining, 0);
    let a = assess(
        &FIXTURE,
        &with(&[
            ("danger", &["no"]),
            ("urgent", &["no"]),
            ("where", &["calf"]),
        ]),
    );
    assert_eq!((a.asked.len(), a.remaining), (3, 1));
    let a = assess(
        &FIXTURE,
        &with(&[
            ("danger", &["no"]),
            ("urgent", &["no"]),
            ("where", &["foot"]),
        ]),
    );
    assert_eq!((a.asked.len(), a.remaining), (3, 2));
}

#[test]
fn answers_are_validated() {
    let mut a = Answers::new();
    assert_eq!(
        a.set(&FIXTURE, "nope", &["yes"]),
        Err(AnswerError::UnknownQuestion("nope".into()))
    );
    assert!(matches!(
        a.set(&FIXTURE, "danger", &["maybe"]),
        Err(AnswerError::UnknownOption { .. })
    ));
    assert!(matches!(
        a.set(&FIXTURE, "danger", &["yes", "no"]),
        Err(AnswerError::OneOptionOnly { .. })
    ));
    assert!(matches!(
        a.set(&FIXTURE, "where", &["calf", "none"]),
        Err(AnswerError::ExclusiveOption { .. })
    ));
    assert!(matches!(
        a.set(&FIXTURE, "where", &["calf", "calf"]),
        Err(AnswerError::DuplicateOption { .. })
    ));
    assert!(matches!(
        a.set(&FIXTURE, "where", &[]),
        Err(AnswerError::NoOption { .. })
    ));
    assert!(a.is_empty());
    a.set(&FIXTURE, "where", &["foot", "calf"]).unwrap();
    assert_eq!(
        a.get("where"),
        Some(&["calf", "foot"][..]),
        "kept in content order"
    );
}

#[test]
fn encoding_round_trips_and_corrupt_parts_are_reported_not_fatal() {
    let a = with(&[("danger", &["no"]), ("where", &["calf", "foot"])]);
    let text = a.encode();
    assert_eq!(text, "danger=no;where=calf,foot");
    let (back, problems) = Answers::decode(&FIXTURE, &text);
    assert_eq!(back, a);
    assert!(problems.is_empty());

    let (back, problems) = Answers::decode(
        &FIXTURE,
        "danger=no;garbage;zzz=1;where=calf,elbow;urgent=yes;danger=yes",
    );
    assert_eq!(back.encode(), "danger=no;urgent=yes");
    let reasons: Vec<_> = problems.iter().map(|p| p.reason.to_string()).collect();
    assert_eq!(reasons.len(), 4, "{reasons:?}");
    assert!(reasons[0].contains("expected question=option"));
    assert!(reasons[1].contains("unknown question 'zzz'"));
    assert!(reasons[2].contains("no option 'elbow'"));
    assert!(reasons[3].contains("answered twice"));
}

#[test]
fn text_falls_back_to_the_default_language() {
    let calf = FIXTURE.questions[2].options[0].label;
    assert_eq!(calf.get("fr"), "Mollet");
    let foot = FIXTURE.questions[2].options[1].label;
    assert_eq!(foot.get("fr"), "Foot");
    assert_eq!(Text::EMPTY.get("en"), "");
}

#[test]
fn level_names_round_trip_and_order_by_urgency() {
    for l in Level::ALL {
        assert_eq!(Level::from_name(l.name()), Some(l));
    }
    assert!(Level::Emergency > Level::UrgentNow && Level::Appointment > Level::SelfCare);
    assert_eq!(Level::from_name("emergency"), None);
}

mod v2_model {
    use crate::fixture::FIXTURE;
    use crate::model::{Text, Voice};

    #[test]
    fn the_time_zone_wins_over_the_language_tag_and_prefixes_match() {
        let r = |tags: &[&str], tz: &str| FIXTURE.guess_region(tags, tz).map(|r| r.id);
        assert_eq!(r(&["en-GB"], "Pacific/Auckland"), Some("nz"));
        assert_eq!(r(&["en-NZ"], ""), Some("nz"));
        assert_eq!(r(&["de-DE"], "Europe/Berlin"), Some("eu"), "prefix Europe/");
        assert_eq!(
            r(&["en-GB"], "Europe/London"),
            Some("gb"),
            "exact zone before a prefix"
        );
        assert_eq!(r(&["en", "fr-FR"], "Mars/Base"), Some("eu"), "second tag");
        assert_eq!(r(&["en"], "UTC"), None);
        assert_eq!(
            r(&["es-419"], ""),
            None,
            "a numeric region is not a country"
        );
    }

    #[test]
    fn voices_fall_back_child_to_they_to_own() {
        let t = Text::Inline(&[
            ("en", "Do you"),
            ("en_they", "Do they"),
            ("fr", "Avez-vous"),
        ]);
        assert_eq!(t.voiced("en", Voice::Own), "Do you");
        assert_eq!(t.voiced("en", Voice::They), "Do they");
        assert_eq!(t.voiced("en", Voice::Child), "Do they");
        assert_eq!(t.voiced("fr", Voice::They), "Avez-vous");
        assert!(t.has_voice("en", Voice::They) && !t.has_voice("fr", Voice::Child));
        let c = Text::Inline(&[
            ("en", "Do you"),
            ("en_they", "Do they"),
            ("en_child", "Does your child"),
        ]);
        assert_eq!(c.voiced("en", Voice::Child), "Does your child");
    }

    mod packs {
        use crate::text_pack::{self, PackError, PackId};
        use crate::{Text, Voice};

        const TEXTS: [Text; 3] = [
            Text::Inline(&[
                ("en", "Do you"),
                ("en_they", "Do they"),
                ("fr", "Avez-vous"),
            ]),
            Text::Inline(&[]),
            Text::Inline(&[("en", "Calf\nmuscle"), ("fr", "Mollet")]),
        ];

        fn leak(s: String) -> &'static str {
            Box::leak(s.into_boxed_str())
        }

        #[test]
        fn a_written_pack_reads_back_word_for_word() {
            let (pack, hash) = text_pack::write(&TEXTS, "en").unwrap();
            let id = PackId {
                lang: "en",
                hash: leak(hash),
                count: 3,
            };
            let texts = text_pack::parse(leak(pack), id).unwrap();
            assert_eq!(texts.len(), 3);
            assert_eq!(texts[0], &[("en", "Do you"), ("en_they", "Do they")]);
            assert!(texts[1].is_empty());
            assert_eq!(
                texts[2],
                &[("en", "Calf\nmuscle")],
                "other languages stay out"
            );
        }

        #[test]
        fn a_pack_for_another_build_or_language_is_refused() {
            let (pack, hash) = text_pack::write(&TEXTS, "en").unwrap();
            let pack = leak(pack);
            let hash = leak(hash);
            let other = PackId {
                lang: "en",
                hash: "0000000000000000",
                count: 3,
            };
            assert!(matches!(
                text_pack::parse(pack, other),
                Err(PackError::Mismatch { .. })
            ));
            let french = PackId {
                lang: "fr",
                hash,
                count: 3,
            };
            assert!(matches!(
                text_pack::parse(pack, french),
                Err(PackError::Mismatch { .. })
            ));
            let more = PackId {
                lang: "en",
                hash,
                count: 4,
            };
            assert_eq!(
                text_pack::parse(pack, more),
                Err(PackError::Count {
                    expected: 4,
                    found: 3
                })
            );
            let id = PackId {
                lang: "en",
                hash,
                count: 3,
            };
            assert_eq!(
                text_pack::parse("<!doctype html>", id),
                Err(PackError::NotAPack)
            );
            // A download cut short loses texts and is refused rather than misnumbered.
            let cut = &pack[..pack.len() - 12];
            assert!(matches!(
                text_pack::parse(cut, id),
                Err(PackError::Count { .. })
            ));
        }

        #[test]
        fn a_language_needs_its_own_pack_only_else_the_default() {
            let pack = |lang| text_pack::PackFile {
                id: PackId {
                    lang,
                    hash: "h",
                    count: 1,
                },
                file: lang,
                integrity: "",
            };
            let packs = [pack("en"), pack("fr")];
            let files = |lang| {
                text_pack::needed(&packs, "en", lang)
                    .map(|p| p.file)
                    .collect::<Vec<_>>()
            };
            assert_eq!(files("fr"), ["fr"]);
            assert_eq!(files("en"), ["en"]);
            assert_eq!(
                files("de"),
                ["en"],
                "an undeclared language reads the default"
            );
        }

        #[test]
        fn separators_in_a_wording_are_refused_at_build_time() {
            let bad = [Text::Inline(&[("en", "a\u{1e}b")])];
            assert!(text_pack::write(&bad, "en").unwrap_err().contains("text 0"));
        }

        #[test]
        fn packed_texts_read_from_the_installed_packs_languages_merged() {
            // The only test that installs packs (they are global): numbers 0..3 of this table.
            let t = Text::Packed(0);
            assert_eq!(
                Text::Packed(1).get("en"),
                "",
                "nothing before the pack is installed"
            );
            // Text 0 is on the start screen: the first load has its default-language wording.
            text_pack::set_first_screen(&[(0, &[("en", "Do you (first load)")])]);
            assert_eq!(t.get("fr"), "Do you (first load)");
            // French first, as for a French reader, who loads no English pack.
            for lang in ["fr", "en"] {
                let (pack, hash) = text_pack::write(&TEXTS, lang).unwrap();
                let id = PackId {
                    lang,
                    hash: leak(hash),
                    count: 3,
                };
                text_pack::install(leak(pack), id).unwrap();
                text_pack::install("garbage", id).unwrap(); // already installed: no change
                if lang == "fr" {
                    assert_eq!(t.get("fr"), "Avez-vous");
                    assert_eq!(t.get("en"), "Do you (first load)", "not the French");
                    assert_eq!(t.voiced("en", Voice::They), "Do you (first load)");
                    assert_eq!(Text::Packed(2).get("en"), "Mollet", "no first-load wording");
                }
            }
            assert!(text_pack::is_installed("fr") && !text_pack::is_installed("de"));
            assert_eq!(t.get("en"), "Do you");
            assert_eq!(t.voiced("en", Voice::They), "Do they");
            assert_eq!(t.get("fr"), "Avez-vous");
            assert_eq!(
                t.get("de"),
                "Do you (first load)",
                "no pack: the first load's"
            );
            assert_eq!(
                Text::Packed(2).get("de"),
                "Mollet",
                "falls back to the first language installed"
            );
            assert_eq!(Text::Packed(2).get("fr"), "Mollet");
            assert_eq!(
                Text::Packed(9).get("en"),
                "",
                "an unknown number is blank, not a panic"
            );
        }
    }
}
