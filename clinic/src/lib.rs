//! The clinic hand-off, two wasm modules of their own that `web/clinic.js` loads only when they are
//! needed (so the start screen's first load carries neither):
//! - `summary`, with the doctor's summary: a QR code of a short text summary and the answers as a
//!   FHIR QuestionnaireResponse file, both written from what the app hands over (a
//!   [`Handoff`] and the catalogue's words), so this module carries no content and no rules;
//! - `open`, with "Open a saved check": reading such a file back, which needs the content
//!   (compiled in as in the app, build/content.rs) and the text pack the app reads.

#[cfg(feature = "open")]
#[allow(dead_code)]
mod content {
    include!(concat!(env!("OUT_DIR"), "/content.rs"));
}

#[cfg(feature = "summary")]
pub mod qr_text;

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(feature = "open")]
use content::{msg, CONTENT, TEXT_PACKS};
#[cfg(feature = "open")]
use crampcheck_core::text_pack;
#[cfg(feature = "summary")]
use crampcheck_fhir::handoff::{decimal, Handoff};
#[cfg(feature = "summary")]
use qrcodegen::{QrCode, QrCodeEcc};
use wasm_bindgen::prelude::*;

/// The catalogue's words the summary module uses, in the order the app joins them (the app's
/// `summary::CLINIC_WORDS` lists the same messages in the same order).
#[cfg(feature = "summary")]
pub struct Words<'a> {
    pub qr_title: &'a str,
    pub date: &'a str,
    pub level: &'a str,
    pub reasons: &'a str,
    /// "and {count} more answers".
    pub more: &'a str,
    /// The summary's footer: "… version {version} …".
    pub generated: &'a str,
    pub heading: &'a str,
    pub qr_label: &'a str,
    pub qr_caption: &'a str,
    pub qr_text: &'a str,
    pub download: &'a str,
    pub download_hint: &'a str,
    pub failed: &'a str,
}

#[cfg(feature = "summary")]
impl<'a> Words<'a> {
    /// The words from the app's string, or `None` if it does not have exactly this many.
    pub fn read(s: &'a str) -> Option<Words<'a>> {
        let w: Vec<&str> = s.split(crampcheck_fhir::handoff::SEP).collect();
        let [qr_title, date, level, reasons, more, generated, heading, qr_label, qr_caption, qr_text, download, download_hint, failed] =
            w[..]
        else {
            return None;
        };
        Some(Words {
            qr_title,
            date,
            level,
            reasons,
            more,
            generated,
            heading,
            qr_label,
            qr_caption,
            qr_text,
            download,
            download_hint,
            failed,
        })
    }
}

/// Everything the summary's clinic section shows, for `handoff` (the app's [`Handoff::encode`])
/// and `words` (see [`Words`]): `[qr path, qr size, qr text, response JSON, file name, heading,
/// QR label, QR caption, QR text label, download label, download hint]`; the one message saying
/// it failed; or nothing if even the words cannot be read (the summary above says everything).
/// `authored` is an ISO 8601 date-time with offset; `date` the date as the summary shows it.
#[cfg(feature = "summary")]
#[wasm_bindgen]
pub fn summary(handoff: &str, words: &str, authored: &str, date: &str) -> Vec<String> {
    let Some(w) = Words::read(words) else {
        return Vec::new();
    };
    let failed = || vec![w.failed.to_string()];
    let Some(h) = Handoff::decode(handoff).filter(|h| h.complete) else {
        return failed();
    };
    let text = qr_text::compose(&h, &w, date);
    let Ok(code) = QrCode::encode_text(&text, QrCodeEcc::Medium) else {
        return failed();
    };
    let day = authored.get(..10).unwrap_or("summary");
    let mut parts = vec![
        svg_path(&code),
        decimal(code.size() as usize),
        text,
        crampcheck_fhir::write_response(&h, authored),
        ["crampcheck-", day, ".json"].concat(),
    ];
    parts.extend(
        [
            w.heading,
            w.qr_label,
            w.qr_caption,
            w.qr_text,
            w.download,
            w.download_hint,
        ]
        .map(String::from),
    );
    parts
}

/// The text packs `lang` needs, as `[file, integrity]` pairs flattened, default language first.
#[cfg(feature = "open")]
#[wasm_bindgen]
pub fn packs(lang: &str) -> Vec<String> {
    text_pack::needed(TEXT_PACKS, CONTENT.languages[0], lang)
        .filter(|p| !text_pack::is_installed(p.id.lang))
        .flat_map(|p| [p.file.to_string(), p.integrity.to_string()])
        .collect()
}

/// Installs a pack fetched by the loader (its integrity already checked by the browser); false
/// if it is not the pack this build names.
#[cfg(feature = "open")]
#[wasm_bindgen]
pub fn install(file: &str, data: String) -> bool {
    TEXT_PACKS
        .iter()
        .find(|p| p.file == file)
        .is_some_and(|p| text_pack::install(Box::leak(data.into_boxed_str()), p.id).is_ok())
}

/// The QR code's dark modules as one SVG path, one unit per module, for a viewBox of
/// `size + 8` (a quiet zone of four modules, as scanners need).
#[cfg(feature = "summary")]
fn svg_path(code: &QrCode) -> String {
    let mut d = String::new();
    for y in 0..code.size() {
        for x in 0..code.size() {
            if code.get_module(x, y) {
                // (No `format!`: its machinery would be most of a small module's size.)
                d.push('M');
                d.push_str(&decimal((x + 4) as usize));
                d.push(',');
                d.push_str(&decimal((y + 4) as usize));
                d.push_str("h1v1h-1z");
            }
        }
    }
    d
}

/// The words of the page that opens a saved file: `[choose the file, could not read]`.
#[cfg(feature = "open")]
#[wasm_bindgen]
pub fn open_labels(lang: &str) -> Vec<String> {
    [msg::CLINIC_OPEN_CHOOSE, msg::CLINIC_OPEN_FAILED]
        .map(|k| CONTENT.msg(k, lang).to_string())
        .into()
}

/// Reads a QuestionnaireResponse file back: `["ok", answers]` in the app's saved form, or
/// `["error", reason, message]` with [`crampcheck_fhir::ImportError::kind`] and its words.
#[cfg(feature = "open")]
#[wasm_bindgen]
pub fn read(text: &str, lang: &str) -> Vec<String> {
    use crampcheck_fhir::ImportError::*;
    match crampcheck_fhir::read_response(&CONTENT, text) {
        Ok(answers) => vec!["ok".into(), answers.encode()],
        Err(e) => {
            let key = match e {
                NotJson => msg::CLINIC_IMPORT_NOT_JSON,
                NotAResponse => msg::CLINIC_IMPORT_NOT_A_RESPONSE,
                OtherQuestionnaire(_) => msg::CLINIC_IMPORT_OTHER_QUESTIONNAIRE,
                OtherVersion(_) => msg::CLINIC_IMPORT_OTHER_VERSION,
                BadAnswers(_) => msg::CLINIC_IMPORT_BAD_ANSWERS,
                Incomplete => msg::CLINIC_IMPORT_INCOMPLETE,
                ResultMismatch => msg::CLINIC_IMPORT_RESULT_MISMATCH,
            };
            vec![
                "error".into(),
                e.kind().into(),
                CONTENT.msg(key, lang).into(),
            ]
        }
    }
}

#[cfg(all(test, feature = "summary", feature = "open"))]
mod tests {
    use super::*;
    use crampcheck_core::{assess, Answers, ChoiceKind};

    fn with_texts() {
        let pack = include_str!(concat!(env!("OUT_DIR"), "/text-en.txt"));
        assert!(install(TEXT_PACKS[0].file, pack.to_string()) || text_pack::is_installed("en"));
    }

    /// Every question answered with its typical option ("none of these"), or the first option of
    /// each (`findings`): complete checks.
    fn answered(findings: bool) -> Answers {
        let mut answers = Answers::new();
        while let Some(q) = assess(&CONTENT, &answers).next {
            let o = if findings {
                &q.options[0]
            } else {
                q.typical_option()
            };
            answers.set(&CONTENT, q.id, &[o.id]).unwrap();
        }
        answers
    }

    fn handoff(answers: &Answers) -> String {
        let a = assess(&CONTENT, answers);
        crampcheck_fhir::handoff::encode(&CONTENT, answers, &a, ("en", "en"), "999")
    }

    /// The words as the app joins them: each message's key, so a test sees which went where.
    fn words() -> String {
        let keys = [
            "qr_title",
            "date",
            "level",
            "reasons",
            "and {count} more",
            "version {version}",
            "heading",
            "qr_label",
            "qr_caption",
            "qr_text",
            "download",
            "download_hint",
            "failed",
        ];
        keys.join("\u{1f}")
    }

    #[test]
    fn a_finished_check_gives_a_qr_code_and_a_file_that_reads_back() {
        with_texts();
        let answers = answered(false);
        let s = summary(
            &handoff(&answers),
            &words(),
            "2026-11-21T03:12:00+00:00",
            "21/11/2026",
        );
        assert_eq!(s.len(), 11, "{s:?}");
        assert!(s[0].starts_with('M') && s[0].ends_with('z'));
        let size: i32 = s[1].parse().unwrap();
        assert!(
            (21..=177).contains(&size) && (size - 17) % 4 == 0,
            "a QR code's size: {size}"
        );
        let lines: Vec<&str> = s[2].lines().collect();
        assert_eq!(lines[..2], ["qr_title", "date: 21/11/2026"]);
        let level = assess(&CONTENT, &answers).level.unwrap().name();
        assert!(
            lines[2].starts_with("level: ") && lines[2].ends_with(&format!("({level})")),
            "{}",
            s[2]
        );
        assert!(lines[3].starts_with("reasons: "), "{}", s[2]);
        let version = ["version ", CONTENT.version].concat();
        assert_eq!(lines.last(), Some(&version.as_str()), "{}", s[2]);
        assert_eq!(s[4], "crampcheck-2026-11-21.json");
        assert_eq!(read(&s[3], "en"), vec!["ok".to_string(), answers.encode()]);
        assert_eq!(
            s[5..],
            [
                "heading",
                "qr_label",
                "qr_caption",
                "qr_text",
                "download",
                "download_hint"
            ]
        );
    }

    #[test]
    fn the_qr_text_names_what_was_reported_and_counts_the_rest() {
        with_texts();
        let answers = answered(true);
        let a = assess(&CONTENT, &answers);
        let s = summary(&handoff(&answers), &words(), "2026-11-21T03:12:00Z", "x");
        let reported = a
            .asked
            .iter()
            .filter(|q| q.option(answers.get(q.id).unwrap()[0]).unwrap().kind != ChoiceKind::None)
            .count();
        let lines = s[2].lines().count();
        if reported > 10 {
            assert!(
                s[2].contains(&format!("and {} more", reported - 10)),
                "{}",
                s[2]
            );
            assert_eq!(lines, 4 + 10 + 2, "{}", s[2]);
        } else {
            assert_eq!(lines, 4 + reported + 1, "{}", s[2]);
        }
        let first = a.asked[0];
        let said = format!(
            "{}: {}",
            first.short.get("en"),
            first.options[0].label.get("en")
        );
        assert!(reported == 0 || s[2].contains(&said), "{said} in {}", s[2]);
    }

    #[test]
    fn an_unfinished_or_unreadable_check_gives_one_message() {
        with_texts();
        let mut unfinished = Answers::new();
        let first = assess(&CONTENT, &unfinished).next.unwrap();
        unfinished
            .set(&CONTENT, first.id, &[first.typical_option().id])
            .unwrap();
        let failed = vec!["failed".to_string()];
        assert_eq!(
            summary(&handoff(&unfinished), &words(), "2026-11-21T03:12:00Z", "x"),
            failed
        );
        assert_eq!(
            summary("who=martian", &words(), "2026-11-21T03:12:00Z", "x"),
            failed
        );
        assert!(summary(
            &handoff(&answered(false)),
            "too\u{1f}few",
            "2026-11-21T03:12:00Z",
            "x"
        )
        .is_empty());
        let said = |key| CONTENT.msg(key, "en");
        assert_eq!(
            read("{", "en"),
            vec!["error", "not_json", said(msg::CLINIC_IMPORT_NOT_JSON)]
        );
        assert_eq!(
            read("{\"resourceType\":\"Patient\"}", "en"),
            vec![
                "error",
                "not_a_response",
                said(msg::CLINIC_IMPORT_NOT_A_RESPONSE)
            ]
        );
    }
}
