//! A tiny hand-written content for the core's own unit tests, independent of the real content.

use crate::model::*;

const YES_NO_UNSURE: &[Choice] = &[
    Choice {
        id: "yes",
        kind: ChoiceKind::Finding,
        label: Text::Inline(&[("en", "Yes")]),
        voice: None,
        exclusive: false,
    },
    Choice {
        id: "no",
        kind: ChoiceKind::None,
        label: Text::Inline(&[("en", "No")]),
        voice: None,
        exclusive: true,
    },
    Choice {
        id: "unsure",
        kind: ChoiceKind::Unsure,
        label: Text::Inline(&[("en", "Not sure")]),
        voice: None,
        exclusive: true,
    },
];

const fn q(
    id: &'static str,
    multiple: bool,
    options: &'static [Choice],
    ask_if: &'static [Clause],
) -> Question {
    Question {
        id,
        text: Text::Inline(&[("en", "Q?")]),
        hint: Text::EMPTY,
        why: Text::Inline(&[("en", "why")]),
        short: Text::Inline(&[("en", "q")]),
        multiple,
        options,
        ask_if,
    }
}

const fn rule(id: &'static str, level: Level, when: &'static [Clause]) -> Rule {
    Rule {
        id,
        level,
        finding: Text::Inline(&[("en", "f")]),
        when,
        unless: &[],
        sources: &["S1"],
        status: Verification::Verified,
        note: "",
    }
}

pub static FIXTURE: Content = Content {
    version: "test",
    languages: &["en", "fr"],
    language_names: &[("en", "English"), ("fr", "Français")],
    translations_reviewed: &[],
    default_region: "gb",
    questions: &[
        q("danger", false, YES_NO_UNSURE, &[]),
        q("urgent", false, YES_NO_UNSURE, &[]),
        q(
            "where",
            true,
            &[
                Choice {
                    id: "calf",
                    kind: ChoiceKind::Finding,
                    label: Text::Inline(&[("en", "Calf"), ("fr", "Mollet")]),
                    voice: None,
                    exclusive: false,
                },
                Choice {
                    id: "foot",
                    kind: ChoiceKind::Finding,
                    label: Text::Inline(&[("en", "Foot")]),
                    voice: None,
                    exclusive: false,
                },
                Choice {
                    id: "none",
                    kind: ChoiceKind::None,
                    label: Text::Inline(&[("en", "None")]),
                    voice: None,
                    exclusive: true,
                },
            ],
            &[],
        ),
        q(
            "followup",
            false,
            YES_NO_UNSURE,
            &[Clause(&[Condition::Answer {
                question: "where",
                options: &["foot"],
            }])],
        ),
        q("often", false, YES_NO_UNSURE, &[]),
    ],
    rules: &[
        rule(
            "E",
            Level::Emergency,
            &[Clause(&[Condition::Answer {
                question: "danger",
                options: &["yes"],
            }])],
        ),
        rule(
            "U",
            Level::UrgentNow,
            &[Clause(&[Condition::Answer {
                question: "urgent",
                options: &["yes"],
            }])],
        ),
        rule(
            "T",
            Level::Today,
            &[Clause(&[Condition::Answer {
                question: "followup",
                options: &["yes"],
            }])],
        ),
        rule(
            "A",
            Level::Appointment,
            &[Clause(&[Condition::Answer {
                question: "often",
                options: &["yes"],
            }])],
        ),
        rule(
            "SC",
            Level::SelfCare,
            &[Clause(&[Condition::Answer {
                question: "often",
                options: &["no", "unsure"],
            }])],
        ),
    ],
    advice: &[
        Advice {
            id: "net",
            kind: AdviceKind::SafetyNet,
            grade: Grade::C,
            sources: &["S1"],
            title: Text::Inline(&[("en", "t")]),
            body: Text::Inline(&[("en", "b")]),
            steps: &[],
            when: &[Clause(&[Condition::Level(&[Level::SelfCare])])],
            unless: &[],
        },
        Advice {
            id: "calf_stretch",
            kind: AdviceKind::Relief,
            grade: Grade::C,
            sources: &["S1"],
            title: Text::Inline(&[("en", "t")]),
            body: Text::Inline(&[("en", "b")]),
            steps: &[],
            when: &[Clause(&[Condition::Answer {
                question: "where",
                options: &["calf"],
            }])],
            unless: &[Clause(&[Condition::Rule(&["U"])])],
        },
    ],
    levels: &[],
    sources: &[],
    regions: &[
        Region {
            id: "eu",
            name: Text::Inline(&[("en", "EU")]),
            emergency_number: "112",
            urgent: Text::Inline(&[("en", "a doctor")]),
            urgent_number: "",
            countries: "FR DE",
            time_zones: "Europe/",
        },
        Region {
            id: "gb",
            name: Text::Inline(&[("en", "UK")]),
            emergency_number: "999",
            urgent: Text::Inline(&[("en", "call 111")]),
            urgent_number: "111",
            countries: "GB",
            time_zones: "Europe/London",
        },
        Region {
            id: "nz",
            name: Text::Inline(&[("en", "NZ")]),
            emergency_number: "111",
            urgent: Text::Inline(&[("en", "Healthline")]),
            urgent_number: "0800611116",
            countries: "NZ",
            time_zones: "Pacific/Auckland",
        },
    ],
    messages: &[],
    relief_signs: &[],
    relief_durations: &[],
};
