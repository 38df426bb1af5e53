//! CrampCheck's questions and answers as HL7 FHIR R4 resources (docs/FHIR.md):
//! - [`questionnaire`]: the content's questions as a `Questionnaire`, published with the site;
//! - [`response`]: a person's answers as a `QuestionnaireResponse`, with the result (level and the
//!   rules that fired) in a contained `RiskAssessment`;
//! - [`read_response`]: such a file read back, refusing anything this content did not make.
//!
//! No web dependencies: the build, the command-line tool and the app's clinic module share it.

pub mod handoff;
pub mod json_writer;
mod questionnaire;
mod read;
mod response;

pub use handoff::Handoff;
pub use questionnaire::{questionnaire, questionnaire_json};
pub use read::{read_response, ImportError};
pub use response::{response, response_json, write_response};

/// Where the site publishes its FHIR resources: the Questionnaire's canonical URL and the code
/// systems are built on it. A deployment on its own domain changes it here (docs/FHIR.md).
pub const CANONICAL_BASE: &str = "https://crampcheck.org/fhir";

// (URLs are joined with `concat`, not `format!`: the clinic module that writes responses stays
// free of the formatting machinery, which would be a large part of its size.)

/// The standard extension that carries a text's other languages.
pub(crate) const TRANSLATION: &str = "http://hl7.org/fhir/StructureDefinition/translation";

/// The languages after the default (`langs[0]`) whose wording of `t` is its own, with that wording:
/// what goes into the translation extension.
pub(crate) fn translations<'a>(
    t: &'a crampcheck_core::Text,
    langs: &'a [&'a str],
) -> impl Iterator<Item = (&'a str, &'static str)> + 'a {
    let default = t.get(langs[0]);
    langs[1..]
        .iter()
        .map(move |l| (*l, t.get(l)))
        .filter(move |(_, w)| !w.is_empty() && *w != default)
}

/// The Questionnaire's canonical URL (without version).
pub fn canonical_url() -> String {
    [CANONICAL_BASE, "/Questionnaire/crampcheck"].concat()
}

/// The code system of one question's options: the codes are the option IDs.
pub fn code_system(question: &str) -> String {
    [CANONICAL_BASE, "/CodeSystem/crampcheck-", question].concat()
}

/// The code systems of the result: urgency levels (EMERGENCY…SELF_CARE) and triage rule IDs.
pub fn level_system() -> String {
    [CANONICAL_BASE, "/CodeSystem/crampcheck-level"].concat()
}
pub fn rule_system() -> String {
    [CANONICAL_BASE, "/CodeSystem/crampcheck-rule"].concat()
}

/// The extension on the QuestionnaireResponse that points at its contained result, and the one on
/// that result that lists each rule that fired.
pub fn result_extension() -> String {
    [CANONICAL_BASE, "/StructureDefinition/crampcheck-result"].concat()
}
pub fn rule_extension() -> String {
    [CANONICAL_BASE, "/StructureDefinition/crampcheck-fired-rule"].concat()
}
