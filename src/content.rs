//! Finding and loading the content folder (`faq/` and `locales/`): where it is, and the rules
//! file in it, validated.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};

use crate::estimate::Rules;
use crate::yaml;

/// The rules file, relative to the content folder.
pub const RULES_FILE: &str = "faq/rules.yaml";

/// The content folder: `explicit` (from `NENKIN_CONTENT_DIR`) if given, else the current
/// folder, else the folder of the binary, whichever holds `faq/`.
pub fn locate(explicit: Option<&Path>) -> anyhow::Result<PathBuf> {
    if let Some(dir) = explicit {
        if !dir.join("faq").is_dir() {
            bail!("NENKIN_CONTENT_DIR={} has no faq/ folder", dir.display());
        }
        return Ok(dir.to_owned());
    }
    let current = std::env::current_dir().context("reading the current folder")?;
    let beside_binary = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(Path::to_owned));
    [Some(current.clone()), beside_binary]
        .into_iter()
        .flatten()
        .find(|dir| dir.join("faq").is_dir())
        .with_context(|| {
            format!(
                "no faq/ folder in {} or beside the binary; set NENKIN_CONTENT_DIR to the folder holding faq/ and locales/",
                current.display()
            )
        })
}

/// Parses and validates rules from the text of a rules file.
pub fn parse_rules(file: &str, text: &str) -> anyhow::Result<Rules> {
    let rules: Rules = yaml::parse(file, text)?;
    if let Err(problems) = rules.validate() {
        let list: Vec<String> = problems.0.iter().map(|p| format!("{file}: {p}")).collect();
        bail!("{}", list.join("\n"));
    }
    Ok(rules)
}

/// Reads, parses and validates `faq/rules.yaml` in the content folder.
pub fn load_rules(dir: &Path) -> anyhow::Result<Rules> {
    let path = dir.join(RULES_FILE);
    let text =
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    parse_rules(RULES_FILE, &text)
}
