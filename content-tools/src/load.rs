//! Reads the content folder into the core model, checking every reference on the way.
//!
//! Native tools load the content once per process, so the strings are leaked into `'static`
//! memory: that lets the very same model type serve the app (where it is generated as statics).
//!
//! The files are read first ([`read`]), then each kind is resolved in its own module, in an order
//! where everything an item may name is known before it: questions and rule IDs before clauses.

mod advice;
mod clause;
mod id_check;
mod messages;
mod meta;
mod questions;
mod read;
mod relief;
mod rules;
mod shared;

use crate::error::{Kind, Problems};
use crate::raw::*;
use crampcheck_core::*;
use shared::{leak, leak_slice, leak_strs, Ctx};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Where each item was defined: (Kind::Question, id) -> file, for error messages.
pub(crate) type Origin = HashMap<(Kind, String), String>;

/// What the checks after loading need besides the model itself.
pub struct Loaded {
    pub root: PathBuf,
    pub content: &'static Content,
    pub brief_rules: Vec<String>,
    pub never_say: Vec<RawNever>,
    pub plain: RawPlainLanguage,
    /// Where each item was defined: (Kind::Question, id) -> file, for error messages.
    pub origin: Origin,
}

impl Loaded {
    /// Every rule a scenario must assert: the brief's and the content's own (v2 and look-alikes).
    pub fn rules_needing_scenarios(&self) -> Vec<String> {
        let mut ids = self.brief_rules.clone();
        for r in self.content.rules {
            if !ids.iter().any(|x| x == r.id) {
                ids.push(r.id.to_string());
            }
        }
        ids
    }

    /// A content file's name as problems show it (relative to the content folder's parent, so
    /// `--content other/dir` names its own files).
    pub fn file(&self, name: &str) -> String {
        display_path(&self.root, &self.root.join(name))
    }

    pub fn meta_file(&self) -> String {
        self.file("meta.toml")
    }

    pub fn relief_file(&self) -> String {
        self.file("relief.toml")
    }

    /// Only questions, rules and advice are recorded; any other kind is named "content".
    pub fn file_of(&self, kind: Kind, id: &str) -> String {
        self.origin
            .get(&(kind, id.to_string()))
            .cloned()
            .unwrap_or_else(|| "content".into())
    }
}

/// Paths are shown relative to the content folder's parent, as an author would type them.
pub(crate) fn display_path(root: &Path, file: &Path) -> String {
    let base = root.parent().unwrap_or(root);
    file.strip_prefix(base)
        .unwrap_or(file)
        .display()
        .to_string()
}

/// Loads and checks the content folder. Every problem found is returned, each naming its file and item.
pub fn load(root: &Path) -> Result<Loaded, Problems> {
    let mut problems = Problems::default();
    let Some(files) = read::read_all(root, &mut problems) else {
        return Err(problems);
    };
    let mut origin = Origin::new();
    let content = resolve(&files, &mut problems, &mut origin);
    if !problems.is_empty() {
        return Err(problems);
    }
    let read::Files {
        meta, never, plain, ..
    } = files;
    Ok(Loaded {
        root: root.to_path_buf(),
        content,
        brief_rules: meta.1.brief_rules,
        never_say: never.1.never,
        plain: plain.1,
        origin,
    })
}

/// Resolves every kind in turn; the order is also the order problems are reported in.
fn resolve(files: &read::Files, problems: &mut Problems, origin: &mut Origin) -> &'static Content {
    let raw_meta = &files.meta.1;
    let mut b = Ctx {
        problems,
        languages: raw_meta.languages.clone(),
    };
    meta::check_languages(&mut b, &files.meta);
    let sources = meta::sources(&mut b, raw_meta, &files.sources);
    let source_ids = meta::source_ids(&files.sources.1);
    let levels = meta::levels(&mut b, &files.meta);
    let regions = meta::regions(&mut b, &files.meta);

    let index = questions::QuestionIndex::new(&mut b, &files.questions, origin);
    let rule_ids = rules::rule_ids(&files.rules.1);
    let refs = clause::Refs {
        questions: &index,
        rule_ids: &rule_ids,
    };
    let questions = questions::questions(&mut b, &files.questions, &refs);
    let rules = rules::rules(&mut b, &files.rules, &refs, &source_ids, origin);
    let advice = advice::advice(&mut b, &files.advice, &refs, &source_ids, origin);
    let messages = messages::messages(&mut b, &files.messages);
    let (relief_signs, relief_durations) = relief::relief(&mut b, &files.relief, &rule_ids);
    rules::check_brief_rules(&mut b, &files.rules.0, &raw_meta.brief_rules, &rule_ids);

    Box::leak(Box::new(Content {
        version: leak(&raw_meta.version),
        languages: leak_strs(&raw_meta.languages),
        language_names: leak_slice(meta::language_names(raw_meta)),
        translations_reviewed: leak_strs(&raw_meta.translations_reviewed),
        default_region: leak(&raw_meta.default_region),
        questions: leak_slice(questions),
        rules: leak_slice(rules),
        advice: leak_slice(advice),
        levels: leak_slice(levels),
        sources: leak_slice(sources),
        regions: leak_slice(regions),
        messages: leak_slice(messages),
        relief_signs: leak_slice(relief_signs),
        relief_durations: leak_slice(relief_durations),
    }))
}
