//! The static emergency information a page shows when the app cannot start (no JavaScript or
//! WebAssembly, an error), one block per language, generated from the content at build time so
//! that it can never drift from the rules: every EMERGENCY finding word for word, every region's
//! emergency number, the urgent signs and how to ease an ordinary cramp. The build puts the
//! default language's block into index.html and writes the others beside it for the page (or a
//! widget) to swap in for a reader of that language (web/fallback.js).

use crampcheck_core::{Content, Level};

/// HTML text: the five characters that could be read as markup escaped.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A catalogue message by key (the tools' content keeps the keys), escaped.
fn msg(c: &Content, key: &str, lang: &str) -> String {
    let text = c.messages.iter().find(|m| m.key == key);
    esc(text.map_or("", |m| m.text.get(lang)))
}

/// The `.cc-fallback` block for `lang`.
pub fn block(c: &Content, lang: &str) -> String {
    let m = |key: &str| msg(c, &["fallback.", key].concat(), lang);
    let numbers: Vec<String> = c
        .regions
        .iter()
        .map(|r| {
            let n = esc(r.emergency_number);
            format!("{}&nbsp;<a href=\"tel:{n}\">{n}</a>", esc(r.name.get(lang)))
        })
        .collect();
    let signs: String = c
        .rules
        .iter()
        .filter(|r| r.level == Level::Emergency)
        .map(|r| format!("<li>{}</li>", esc(r.finding.get(lang))))
        .collect();
    let relief: String = [
        "relief_calf",
        "relief_thigh",
        "relief_foot",
        "relief_gently",
    ]
    .iter()
    .map(|k| format!("<li>{}</li>", m(k)))
    .collect();
    format!(
        concat!(
            "<div class=\"cc-fallback\" lang=\"{lang}\">",
            "<div class=\"cc-emergency\"><span class=\"cc-emergency-lead\">{lead}</span> <span>{call_where}</span></div>",
            "<main class=\"cc-main\">",
            "<p class=\"cc-fallback-error-text\">{error}</p>",
            "<h1>{title}</h1>",
            "<p>{numbers_label} {numbers}.</p>",
            "<p><strong>{call_now}</strong></p>",
            "<ul>{signs}</ul>",
            "<h2>{urgent_title}</h2>",
            "<p>{urgent}</p>",
            "<h2>{relief_title}</h2>",
            "<ul>{relief}</ul>",
            "<p>{not_diagnosis}</p>",
            "</main></div>"
        ),
        lang = esc(lang),
        lead = msg(c, "emergency.lead", lang),
        call_where = m("call_where"),
        error = m("error"),
        title = m("title"),
        numbers_label = m("numbers"),
        numbers = numbers.join(", "),
        call_now = m("call_now"),
        signs = signs,
        urgent_title = m("urgent_title"),
        urgent = m("urgent"),
        relief_title = m("relief_title"),
        relief = relief,
        not_diagnosis = m("not_diagnosis"),
    )
}
