//! The one door YAML comes in through: every content file (`faq/*.yaml`) is parsed here, so the
//! YAML library (the maintained fork of serde_yaml) can be swapped in one place.

use serde::de::DeserializeOwned;

/// A YAML file that does not match the expected shape, with where and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}{at}: {message}")]
pub struct YamlError {
    pub file: String,
    /// `:line:column` when known, else empty.
    pub at: String,
    pub message: String,
}

/// Parses `text`, the contents of `file`, into `T`.
pub fn parse<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, YamlError> {
    serde_yaml::from_str(text).map_err(|error| YamlError {
        file: file.to_owned(),
        at: error.location().map(|l| format!(":{}:{}", l.line(), l.column())).unwrap_or_default(),
        // The library appends " at line L column C" itself; the location is already in `at`.
        message: error.to_string().split(" at line ").next().unwrap_or_default().to_owned(),
    })
}
