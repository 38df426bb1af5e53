//! The QR code's text: what a clinician's phone camera shows as plain text. Short enough to stay a
//! code that scans from paper (ECC level M), so it names the level, the deciding rules and only the
//! answers that report something; the full detail is in the summary and the FHIR file. Joined
//! with `concat`, not `format!`, to keep the formatting machinery out of the module.

use crate::content::msg;
use crampcheck_core::template::fill;
use crampcheck_core::{Answers, Assessment, ChoiceKind, Content};

/// At most this many answer lines, then "and N more answers".
const MAX_ANSWERS: usize = 10;

pub fn compose(
    content: &Content,
    answers: &Answers,
    a: &Assessment,
    lang: &str,
    number: &str,
    date: &str,
) -> String {
    let t = |key| content.msg(key, lang);
    let mut lines = vec![
        t(msg::CLINIC_QR_TITLE).to_string(),
        [t(msg::SUMMARY_DATE), ": ", date].concat(),
    ];
    if let Some(info) = a.level.and_then(|l| content.level_info(l)) {
        let title = fill(info.title.get(lang), &[("number", number)]);
        lines.push(
            [
                t(msg::SUMMARY_LEVEL),
                ": ",
                &title,
                " (",
                info.level.name(),
                ")",
            ]
            .concat(),
        );
    }
    let rules: Vec<&str> = a.deciding().map(|f| f.rule.id).collect();
    lines.push([t(msg::SUMMARY_REASONS), ": ", &rules.join(", ")].concat());
    // Answers that report something: a finding or "not sure", never "none of these".
    let reported: Vec<String> = a
        .asked
        .iter()
        .filter_map(|q| {
            let chosen: Vec<&str> = answers
                .get(q.id)?
                .iter()
                .filter_map(|o| q.option(o))
                .filter(|o| o.kind != ChoiceKind::None)
                .map(|o| o.label.get(lang))
                .collect();
            (!chosen.is_empty()).then(|| [q.short.get(lang), ": ", &chosen.join("; ")].concat())
        })
        .collect();
    let more = reported.len().saturating_sub(MAX_ANSWERS);
    lines.extend(reported.into_iter().take(MAX_ANSWERS));
    if more > 0 {
        lines.push(fill(
            t(msg::CLINIC_QR_MORE),
            &[("count", &crate::number(more as i64))],
        ));
    }
    lines.push(fill(
        t(msg::SUMMARY_GENERATED),
        &[("version", content.version)],
    ));
    lines.join("\n")
}
