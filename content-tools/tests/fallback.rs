//! The static fallback in index.html (shown when JavaScript or WebAssembly cannot run, or the app
//! panics; the custom element shows the same block) must list every EMERGENCY finding of the
//! content word for word, and every region's emergency number with the region's name.

use crampcheck_core::Level;

/// The `.cc-fallback` block of index.html as a person reads it: tags removed, the few entities
/// HTML text needs decoded, white space collapsed.
fn fallback_text() -> (String, String) {
    let html =
        std::fs::read_to_string(crampcheck_content::default_content_dir().join("../index.html"))
            .unwrap();
    let start = html
        .find("class=\"cc-fallback\"")
        .expect("a .cc-fallback block in index.html");
    let end = html[start..]
        .find("class=\"cc-app-root\"")
        .map_or(html.len(), |e| start + e);
    let block = &html[start..end];
    let mut text = String::new();
    let mut in_tag = false;
    for c in block.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = text
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    (block.to_string(), text)
}

fn words(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn index_html_fallback_lists_every_emergency_finding_word_for_word() {
    let loaded = crampcheck_content::check(&crampcheck_content::default_content_dir()).unwrap();
    let c = loaded.content;
    let (_, text) = fallback_text();
    let findings: Vec<(&str, String)> = c
        .rules
        .iter()
        .filter(|r| r.level == Level::Emergency)
        .map(|r| (r.id, words(r.finding.get("en"))))
        .collect();
    assert!(!findings.is_empty(), "the content has EMERGENCY rules");
    let missing: Vec<String> = findings
        .iter()
        .filter(|(_, f)| !text.contains(f.as_str()))
        .map(|(id, f)| format!("{id}: {f}"))
        .collect();
    assert!(
        missing.is_empty(),
        "index.html fallback is missing EMERGENCY findings (copy them from content/rules.toml):\n{}",
        missing.join("\n")
    );
    assert!(
        text.contains("Call the emergency number"),
        "the fallback says to call the emergency number"
    );
}

#[test]
fn index_html_fallback_names_every_regions_emergency_number() {
    let loaded = crampcheck_content::check(&crampcheck_content::default_content_dir()).unwrap();
    let c = loaded.content;
    let (html, text) = fallback_text();
    let mut missing = Vec::new();
    for r in c.regions {
        let (name, number) = (words(r.name.get("en")), r.emergency_number);
        if !text.contains(&format!("{name} {number}"))
            || !html.contains(&format!("href=\"tel:{number}\""))
        {
            missing.push(format!("{}: {name} {number}", r.id));
        }
    }
    assert!(
        missing.is_empty(),
        "index.html fallback does not name these regions with their emergency number (as \
         `Name <a href=\"tel:N\">N</a>`):\n{}",
        missing.join("\n")
    );
}
