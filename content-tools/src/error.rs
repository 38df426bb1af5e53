use std::fmt;

/// One problem in the content, naming the file, the item and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    pub item: String,
    pub problem: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.item.is_empty() {
            write!(f, "{}: {}", self.file, self.problem)
        } else {
            write!(f, "{}: {}: {}", self.file, self.item, self.problem)
        }
    }
}

/// Collects problems so that an author sees all of them in one run, not one per build.
#[derive(Debug, Default)]
pub struct Problems(pub Vec<ContentError>);

impl Problems {
    pub fn add(&mut self, file: &str, item: impl Into<String>, problem: impl Into<String>) {
        self.0.push(ContentError {
            file: file.into(),
            item: item.into(),
            problem: problem.into(),
        });
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for e in &self.0 {
            writeln!(f, "{e}")?;
        }
        Ok(())
    }
}
