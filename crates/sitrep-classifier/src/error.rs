//! Why the bundled data could not be loaded: always names the file and the entry.

use crate::lexicon::LexiconError;

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{file}: cannot parse: {message}")]
    Parse { file: &'static str, message: String },
    #[error("{file}: entry {entry:?}: {problem}")]
    Invalid {
        file: &'static str,
        entry: String,
        problem: String,
    },
    #[error("{file}: cannot build the matcher: {problem}")]
    Matcher { file: &'static str, problem: String },
}

impl LoadError {
    pub(crate) fn invalid(
        file: &'static str,
        entry: impl Into<String>,
        problem: impl Into<String>,
    ) -> Self {
        LoadError::Invalid {
            file,
            entry: entry.into(),
            problem: problem.into(),
        }
    }

    /// Turns a lexicon error into a load error, naming entries through `entry_name`.
    pub(crate) fn from_lexicon(
        file: &'static str,
        error: LexiconError,
        entry_name: impl Fn(usize) -> String,
    ) -> Self {
        match error {
            LexiconError::EmptyPattern { entry } => {
                Self::invalid(file, entry_name(entry), "empty pattern")
            }
            LexiconError::Duplicate {
                pattern,
                first_entry,
                entry,
            } => Self::invalid(
                file,
                entry_name(entry),
                format!(
                    "pattern {pattern:?} is already used by entry {:?}",
                    entry_name(first_entry)
                ),
            ),
            LexiconError::Automaton(problem) => LoadError::Matcher { file, problem },
        }
    }
}

/// Parses one bundled TOML file.
pub(crate) fn parse_toml<T: serde::de::DeserializeOwned>(
    file: &'static str,
    source: &str,
) -> Result<T, LoadError> {
    toml::from_str(source).map_err(|error| LoadError::Parse {
        file,
        message: error.to_string(),
    })
}
