//! The clinic hand-off, a wasm module of its own that `web/clinic.js` loads only when the doctor's
//! summary opens (so the start screen's first load does not carry it): the answers as a FHIR
//! QuestionnaireResponse file, a QR code of a short text summary, and reading such a file back.
//! It has the same content compiled in as the app (build/content.rs) and reads the same text pack.

#[allow(dead_code)]
mod content {
    include!(concat!(env!("OUT_DIR"), "/content.rs"));
}

#[cfg(feature = "summary")]
pub mod qr_text;

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

use content::{msg, CONTENT, TEXT_PACKS};
use crampcheck_core::text_pack;
#[cfg(feature = "summary")]
use crampcheck_core::{assess, Answers};
#[cfg(feature = "summary")]
use qrcodegen::{QrCode, QrCodeEcc};
use wasm_bindgen::prelude::*;

/// The text packs `lang` needs, as `[file, integrity]` pairs flattened, default language first.
#[wasm_bindgen]
pub fn packs(lang: &str) -> Vec<String> {
    text_pack::needed(TEXT_PACKS, CONTENT.languages[0], lang)
        .filter(|p| !text_pack::is_installed(p.id.lang))
        .flat_map(|p| [p.file.to_string(), p.integrity.to_string()])
        .collect()
}

/// Installs a pack fetched by the loader (its integrity already checked by the browser); false
/// if it is not the pack this build names.
#[wasm_bindgen]
pub fn install(file: &str, data: String) -> bool {
    TEXT_PACKS
        .iter()
        .find(|p| p.file == file)
        .is_some_and(|p| text_pack::install(Box::leak(data.into_boxed_str()), p.id).is_ok())
}

/// Everything the summary's clinic section shows, for `answers` in the app's saved form
/// (`Answers::encode`): `[qr path, qr size, qr text, response JSON, file name, heading, QR label,
/// QR caption, QR text label, download label, download hint]`, or the one message saying it failed.
/// `authored` is an ISO 8601 date-time with offset; `date` the date as the summary shows it;
/// `number` the emergency number the person's region uses (an EMERGENCY title names it).
#[cfg(feature = "summary")]
#[wasm_bindgen]
pub fn summary(answers: &str, lang: &str, number: &str, authored: &str, date: &str) -> Vec<String> {
    let t = |key| CONTENT.msg(key, lang).to_string();
    let (answers, problems) = Answers::decode(&CONTENT, answers);
    let a = assess(&CONTENT, &answers);
    if !problems.is_empty() || !a.is_complete() {
        return vec![t(msg::CLINIC_FAILED)];
    }
    let text = qr_text::compose(&CONTENT, &answers, &a, lang, number, date);
    let Ok(code) = QrCode::encode_text(&text, QrCodeEcc::Medium) else {
        return vec![t(msg::CLINIC_FAILED)];
    };
    let day = authored.get(..10).unwrap_or("summary");
    vec![
        svg_path(&code),
        crate::number(code.size()),
        text,
        crampcheck_fhir::response_json(&CONTENT, &answers, authored),
        ["crampcheck-", day, ".json"].concat(),
        t(msg::CLINIC_HEADING),
        t(msg::CLINIC_QR_LABEL),
        t(msg::CLINIC_QR_CAPTION),
        t(msg::CLINIC_QR_TEXT),
        t(msg::CLINIC_DOWNLOAD),
        t(msg::CLINIC_DOWNLOAD_HINT),
    ]
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
                push_number(&mut d, (x + 4).into());
                d.push(',');
                push_number(&mut d, (y + 4).into());
                d.push_str("h1v1h-1z");
            }
        }
    }
    d
}

/// The words of the page that opens a saved file: `[choose the file, could not read]`.
/// A small non-negative number in decimal (without `format!`, see `push_number`).
#[cfg(feature = "summary")]
pub(crate) fn number(n: impl Into<i64>) -> String {
    let mut s = String::new();
    push_number(&mut s, n.into());
    s
}

/// Writes a small non-negative number in decimal.
#[cfg(feature = "summary")]
fn push_number(out: &mut String, n: i64) {
    if n >= 10 {
        push_number(out, n / 10);
    }
    out.push(char::from(b'0' + (n % 10) as u8));
}

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

    fn with_texts() {
        let pack = include_str!(concat!(env!("OUT_DIR"), "/text-en.txt"));
        assert!(install(TEXT_PACKS[0].file, pack.to_string()) || text_pack::is_installed("en"));
    }

    /// Every question answered with its typical option ("none of these"): a complete check.
    fn typical() -> String {
        let mut answers = Answers::new();
        while let Some(q) = assess(&CONTENT, &answers).next {
            answers
                .set(&CONTENT, q.id, &[q.typical_option().id])
                .unwrap();
        }
        answers.encode()
    }

    #[test]
    fn a_finished_check_gives_a_qr_code_and_a_file_that_reads_back() {
        with_texts();
        let s = summary(
            &typical(),
            "en",
            "999",
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
        assert!(
            s[2].contains("21/11/2026") && s[2].contains(CONTENT.version),
            "{}",
            s[2]
        );
        assert!(!s[2].contains('{'), "placeholders filled: {}", s[2]);
        assert_eq!(s[4], "crampcheck-2026-11-21.json");
        assert_eq!(read(&s[3], "en"), vec!["ok".to_string(), typical()]);
        for label in &s[5..] {
            assert!(!label.is_empty());
        }
    }

    #[test]
    fn an_unfinished_or_unreadable_check_gives_one_message() {
        with_texts();
        let failed = CONTENT.msg(msg::CLINIC_FAILED, "en");
        assert_eq!(
            summary("who=me", "en", "999", "2026-11-21T03:12:00Z", "x"),
            vec![failed]
        );
        assert_eq!(
            summary("who=martian", "en", "999", "2026-11-21T03:12:00Z", "x"),
            vec![failed]
        );
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
