//! The QR code's text: what a clinician's phone camera shows as plain text. Short enough to stay a
//! code that scans from paper (ECC level M), so it names the level, the deciding rules and only the
//! answers that report something; the full detail is in the summary and the FHIR file. Joined
//! with `concat`, not `format!`, to keep the formatting machinery out of the module.

use crate::Words;
use crampcheck_core::template::fill;
use crampcheck_fhir::handoff::{decimal, in_lang, Handoff};

/// At most this many answer lines, then "and N more answers".
const MAX_ANSWERS: usize = 10;

pub fn compose(h: &Handoff, w: &Words, date: &str) -> String {
    let lang = h.lang.as_str();
    let mut lines = vec![w.qr_title.to_string(), [w.date, ": ", date].concat()];
    if let Some((code, title)) = &h.level {
        lines.push([w.level, ": ", in_lang(title, lang), " (", code, ")"].concat());
    }
    let rules: Vec<&str> = h
        .rules
        .iter()
        .filter(|(_, deciding)| *deciding)
        .map(|(id, _)| id.as_str())
        .collect();
    lines.push([w.reasons, ": ", &rules.join(", ")].concat());
    // Answers that report something: a finding or "not sure", never "none of these".
    let reported: Vec<String> = h
        .items
        .iter()
        .filter_map(|item| {
            let chosen: Vec<&str> = item
                .answers
                .iter()
                .filter(|c| c.reports)
                .map(|c| in_lang(&c.label, lang))
                .collect();
            (!chosen.is_empty())
                .then(|| [in_lang(&item.short, lang), ": ", &chosen.join("; ")].concat())
        })
        .collect();
    let more = reported.len().saturating_sub(MAX_ANSWERS);
    lines.extend(reported.into_iter().take(MAX_ANSWERS));
    if more > 0 {
        lines.push(fill(w.more, &[("count", &decimal(more))]));
    }
    lines.push(fill(w.generated, &[("version", &h.version)]));
    lines.join("\n")
}
