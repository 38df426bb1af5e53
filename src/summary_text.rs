//! The doctor's summary, built once as a small document so that the page and the copied plain
//! text always say the same thing.

use crate::content::{msg, CONTENT};
use crate::i18n::Tr;
use crampcheck_core::{Answers, Assessment};

pub struct SummaryDoc {
    pub title: String,
    /// Label and value pairs (date, suggested urgency).
    pub facts: Vec<(String, String)>,
    /// Heading and lines: the rules behind the level.
    pub reasons: (String, Vec<String>),
    /// Heading and (question, answer) rows, kept apart so the page can show them as a table.
    pub answers: (String, Vec<(String, String)>),
    /// Heading and lines: the advice shown.
    pub advice: (String, Vec<String>),
    pub footer: String,
}

pub fn summary_doc(tr: &Tr, answers: &Answers, a: &Assessment, date: &str) -> SummaryDoc {
    let mut facts = vec![(tr.t(msg::SUMMARY_DATE), date.to_string())];
    if let Some(info) = a.level.and_then(|l| CONTENT.level_info(l)) {
        facts.push((
            tr.t(msg::SUMMARY_LEVEL),
            format!("{} ({})", tr.text(&info.title), info.level.name()),
        ));
    }
    let reasons = a
        .deciding()
        .map(|f| {
            format!(
                "{} [{}; {}]",
                tr.text(&f.rule.finding),
                f.rule.id,
                f.rule.sources.join(", ")
            )
        })
        .collect();
    let answered = a
        .asked
        .iter()
        .map(|q| {
            let chosen: Vec<String> = answers
                .get(q.id)
                .unwrap_or(&[])
                .iter()
                .filter_map(|o| q.option(o))
                .map(|o| tr.text(&o.label))
                .collect();
            (tr.text(&q.short), chosen.join("; "))
        })
        .collect();
    let advice = a
        .advice
        .iter()
        .map(|x| format!("{} (grade {})", tr.text(&x.title), x.grade.letter()))
        .collect();
    SummaryDoc {
        title: tr.t(msg::SUMMARY_TITLE),
        facts,
        reasons: (tr.t(msg::SUMMARY_REASONS), reasons),
        answers: (tr.t(msg::SUMMARY_ANSWERS), answered),
        advice: (tr.t(msg::SUMMARY_ADVICE), advice),
        footer: tr.with(msg::SUMMARY_GENERATED, &[("version", CONTENT.version)]),
    }
}

impl SummaryDoc {
    pub fn to_text(&self) -> String {
        let mut out = format!("{}\n", self.title);
        for (label, value) in &self.facts {
            out += &format!("{label}: {value}\n");
        }
        let list = |out: &mut String, (heading, lines): &(String, Vec<String>)| {
            *out += &format!("\n{heading}:\n");
            for l in lines {
                *out += &format!("- {l}\n");
            }
        };
        list(&mut out, &self.reasons);
        out += &format!("\n{}:\n", self.answers.0);
        for (question, answer) in &self.answers.1 {
            out += &format!("- {question}: {answer}\n");
        }
        list(&mut out, &self.advice);
        out += &format!("\n{}\n", self.footer);
        out
    }
}
