//! The content folder (`faq/` and `locales/`): where it is, loading it, and checking it whole.
//!
//! [`Content::load`] reads the rules, the catalogue and every locale, runs every check, and
//! either returns the content ready to serve or every problem found, each with file and line.
//! The `check` command, the tests and start-up all go through it.

pub mod html;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use anyhow::{Context, bail};
use fluent::FluentArgs;
use unic_langid::LanguageIdentifier;

use crate::estimate::Rules;
use crate::faq::search::{Document, Field, Ranking, Search, SearchIndex};
use crate::faq::{self, Catalogue, CatalogueFile};
use crate::i18n::{self, LocaleFile, LocaleSource, Locales, MessageInfo};
use crate::yaml;

pub use html::MAX_MESSAGE_LENGTH;

/// The rules file, relative to the content folder.
pub const RULES_FILE: &str = "faq/rules.yaml";
/// The catalogue file, relative to the content folder.
pub const CATALOGUE_FILE: &str = "faq/catalogue.yaml";
/// The folder of locales, relative to the content folder.
pub const LOCALES_DIR: &str = "locales";

/// Counts every message is formatted with in the check (plural categories of every locale).
const SAMPLE_COUNTS: [i64; 6] = [0, 1, 2, 4, 5, 21];

/// A problem in the content, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    /// 1-based; 0 when it concerns the whole file.
    pub line: usize,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.path, self.message)
        } else {
            write!(f, "{}:{}: {}", self.path, self.line, self.message)
        }
    }
}

/// Everything the bot serves, loaded and checked.
#[derive(Debug)]
pub struct Content {
    pub rules: Rules,
    pub catalogue: Catalogue,
    pub locales: Locales,
    /// Built by [`Content::load`], or later by [`Content::index`] (see [`Content::load_unindexed`]).
    search: OnceLock<SearchIndex>,
}

impl Content {
    /// Loads and checks the content folder, search index included; returns every problem if any.
    pub fn load(dir: &Path) -> Result<Self, Vec<Problem>> {
        let content = Self::load_unindexed(dir)?;
        content.index();
        Ok(content)
    }

    /// The search index over every entry in every locale, built on the first call; a call made
    /// while another thread builds it waits for that build.
    pub fn index(&self) -> &SearchIndex {
        self.search.get_or_init(|| search_index(&self.catalogue, &self.locales))
    }

    /// Loads and checks the content folder, leaving the search index (most of the time a load
    /// takes) to the first call of [`Content::index`]: the bot starts taking updates at once,
    /// builds the index meanwhile on a thread of its own, and only a question waits for it.
    pub fn load_unindexed(dir: &Path) -> Result<Self, Vec<Problem>> {
        let mut problems = Vec::new();
        let rules = read(dir, RULES_FILE, &mut problems).and_then(|text| match parse_rules(RULES_FILE, &text) {
            Ok(rules) => Some(rules),
            Err(error) => {
                problems.extend(format!("{error:#}").lines().map(|line| whole_file(RULES_FILE, line)));
                None
            }
        });
        let file = read(dir, CATALOGUE_FILE, &mut problems).and_then(|text| parse_catalogue_file(&text, &mut problems));
        let sources = read_locales(&dir.join(LOCALES_DIR), &mut problems);
        let (locales, found) = Locales::build(&sources);
        problems.extend(found.into_iter().map(|p| Problem { path: p.path, line: p.line, message: p.message }));
        // The messages are checked even when the catalogue or a file is broken, so one run
        // lists every problem.
        if let (Some((file, _)), Some(locales)) = (&file, &locales) {
            check_messages(file, locales, &sources, &mut problems);
        }
        // The bundles hold their own copy.
        drop(sources);
        let catalogue = file.and_then(|(file, text)| match Catalogue::new(file) {
            Ok(catalogue) => Some(catalogue),
            Err(found) => {
                problems.extend(catalogue_problems(&text, found));
                None
            }
        });
        match (rules, catalogue, locales) {
            (Some(rules), Some(catalogue), Some(locales)) if problems.is_empty() => {
                Ok(Self { rules, catalogue, locales, search: OnceLock::new() })
            }
            _ => Err(problems),
        }
    }
}

impl Search for Content {
    fn rank(&self, query: &str) -> Ranking {
        self.index().search(query)
    }
}

/// Builds the search index over every entry's question, keywords and answer in every locale.
#[must_use]
pub fn search_index(catalogue: &Catalogue, locales: &Locales) -> SearchIndex {
    let langs: Vec<(&LanguageIdentifier, String)> = locales.langs().map(|lang| (lang, lang.to_string())).collect();
    // Each text is made as the index takes it, not all of them first.
    let documents = langs.iter().flat_map(|(lang, tag)| {
        catalogue.entries().iter().flat_map(move |entry| {
            let [question, answer, keywords] = faq::message_ids(&entry.id);
            [(Field::Question, question), (Field::Keywords, keywords), (Field::Answer, answer)]
                .into_iter()
                .filter(|(_, id)| locales.has(lang, id))
                .map(move |(field, id)| Document {
                    id: &entry.id,
                    lang: tag,
                    field,
                    // Markup (tags, link targets) is nothing a user would type.
                    text: html::visible_text(&locales.text(lang, &id, None)),
                })
        })
    });
    SearchIndex::build(documents)
}

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
    let beside_binary = std::env::current_exe().ok().and_then(|exe| exe.parent().map(Path::to_owned));
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
    let text = std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    parse_rules(RULES_FILE, &text)
}

/// Parses and validates the catalogue; problems carry the line of the entry they are about.
pub fn parse_catalogue(text: &str) -> Result<Catalogue, Vec<Problem>> {
    let mut problems = Vec::new();
    let Some((file, _)) = parse_catalogue_file(text, &mut problems) else { return Err(problems) };
    Catalogue::new(file).map_err(|found| catalogue_problems(text, found))
}

/// The catalogue's YAML, parsed but not yet validated, with its text.
fn parse_catalogue_file(text: &str, problems: &mut Vec<Problem>) -> Option<(CatalogueFile, String)> {
    match yaml::parse(CATALOGUE_FILE, text) {
        Ok(file) => Some((file, text.to_owned())),
        Err(error) => {
            let line = error.at.trim_start_matches(':').split(':').next().and_then(|l| l.parse().ok()).unwrap_or(0);
            problems.push(Problem { path: CATALOGUE_FILE.to_owned(), line, message: error.message });
            None
        }
    }
}

fn catalogue_problems(text: &str, found: Vec<faq::Problem>) -> Vec<Problem> {
    found
        .into_iter()
        .map(|p| Problem {
            path: CATALOGUE_FILE.to_owned(),
            line: p.entry.as_ref().map_or(0, |id| entry_line(text, id.as_str())),
            message: match &p.entry {
                Some(id) => format!("{id}: {}", p.message),
                None => p.message,
            },
        })
        .collect()
}

/// The 1-based line of `id: <id>` in the catalogue.
fn entry_line(text: &str, id: &str) -> usize {
    text.lines()
        .position(|line| {
            let line = line.trim_start().trim_start_matches("- ").trim();
            line.strip_prefix("id:").is_some_and(|rest| rest.trim() == id)
        })
        .map_or(0, |i| i + 1)
}

fn read(dir: &Path, file: &str, problems: &mut Vec<Problem>) -> Option<String> {
    match std::fs::read_to_string(dir.join(file)) {
        Ok(text) => Some(text),
        Err(error) => {
            problems.push(whole_file(file, &format!("cannot read: {error}")));
            None
        }
    }
}

fn whole_file(path: &str, message: &str) -> Problem {
    let message = message.strip_prefix(&format!("{path}: ")).unwrap_or(message);
    Problem { path: path.to_owned(), line: 0, message: message.to_owned() }
}

/// Every `locales/<lang>/*.ftl`, locales and files in name order.
fn read_locales(dir: &Path, problems: &mut Vec<Problem>) -> Vec<LocaleSource> {
    let mut sources = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        problems.push(whole_file(LOCALES_DIR, "cannot read the folder"));
        return sources;
    };
    let mut dirs: Vec<PathBuf> = entries.flatten().map(|e| e.path()).filter(|p| p.is_dir()).collect();
    dirs.sort();
    for locale_dir in dirs {
        let name = locale_dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let display = format!("{LOCALES_DIR}/{name}");
        let Ok(lang) = name.parse::<LanguageIdentifier>() else {
            problems.push(whole_file(&display, "the folder name is not a language tag"));
            continue;
        };
        let mut files: Vec<PathBuf> = std::fs::read_dir(&locale_dir)
            .map(|entries| {
                entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "ftl")).collect()
            })
            .unwrap_or_default();
        files.sort();
        let mut locale_files = Vec::new();
        for path in files {
            let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let display = format!("{display}/{file_name}");
            match std::fs::read_to_string(&path) {
                Ok(text) => locale_files.push(LocaleFile { path: display, text }),
                Err(error) => problems.push(whole_file(&display, &format!("cannot read: {error}"))),
            }
        }
        sources.push(LocaleSource { lang, files: locale_files });
    }
    sources
}

/// Completeness, variables, formatting and markup of every message in every locale.
fn check_messages(catalogue: &CatalogueFile, locales: &Locales, sources: &[LocaleSource], problems: &mut Vec<Problem>) {
    let infos: BTreeMap<String, BTreeMap<String, MessageInfo>> = sources
        .iter()
        .map(|source| {
            let mut all = BTreeMap::new();
            for file in &source.files {
                all.extend(i18n::messages(&file.path, &file.text));
            }
            (source.lang.to_string(), all)
        })
        .collect();
    let Some(english) = infos.get(i18n::DEFAULT_LOCALE) else {
        return;
    };
    let default_dir = format!("{LOCALES_DIR}/{}", i18n::DEFAULT_LOCALE);

    // English has the text of every entry and section.
    let mut required: Vec<String> = catalogue.sections.iter().map(|s| faq::section_title_id(*s)).collect();
    for entry in &catalogue.entries {
        required.extend(faq::message_ids(&entry.id));
    }
    for id in &required {
        if !english.contains_key(id) {
            problems.push(whole_file(&default_dir, &format!("missing message `{id}`")));
        }
    }

    for source in sources {
        let lang = source.lang.to_string();
        let Some(messages) = infos.get(&lang) else {
            continue;
        };
        let dir = format!("{LOCALES_DIR}/{lang}");
        // Same files as English.
        let names = |s: &LocaleSource| -> BTreeSet<String> {
            s.files.iter().filter_map(|f| f.path.rsplit('/').next().map(str::to_owned)).collect()
        };
        if let Some(english_source) = sources.iter().find(|s| s.lang == i18n::DEFAULT_LOCALE) {
            for missing in names(english_source).difference(&names(source)) {
                problems.push(whole_file(&dir, &format!("missing file {missing} (English has it)")));
            }
        }
        for (id, info) in english {
            match messages.get(id) {
                None => problems
                    .push(whole_file(&dir, &format!("missing message `{id}` (English {}:{})", info.path, info.line))),
                Some(own) if own.variables != info.variables => problems.push(Problem {
                    path: own.path.clone(),
                    line: own.line,
                    message: format!("`{id}` uses variables {:?}, English uses {:?}", own.variables, info.variables),
                }),
                Some(_) => (),
            }
        }
        for (id, info) in messages {
            if !english.contains_key(id) {
                problems.push(Problem {
                    path: info.path.clone(),
                    line: info.line,
                    message: format!("`{id}` is not in English"),
                });
                continue;
            }
            check_message(locales, &source.lang, id, info, problems);
        }
    }
}

/// Formats one message with sample arguments and checks its markup and length.
fn check_message(
    locales: &Locales,
    lang: &LanguageIdentifier,
    id: &str,
    info: &MessageInfo,
    problems: &mut Vec<Problem>,
) {
    let at = |message: String| Problem { path: info.path.clone(), line: info.line, message };
    let samples: Vec<Option<FluentArgs<'_>>> = if info.variables.is_empty() {
        vec![None]
    } else {
        SAMPLE_COUNTS
            .iter()
            .map(|&n| {
                let mut args = FluentArgs::new();
                for variable in &info.variables {
                    args.set(variable.clone(), n);
                }
                Some(args)
            })
            .collect()
    };
    let before = problems.len();
    for args in &samples {
        match locales.format_strict(lang, id, args.as_ref()) {
            Ok(text) => {
                if text.trim().is_empty() {
                    problems.push(at(format!("`{id}` is empty")));
                }
                if let Err(found) = html::check(&text) {
                    for problem in found {
                        problems.push(at(format!("`{id}`: {problem}")));
                    }
                }
            }
            Err(errors) => {
                for error in errors {
                    problems.push(at(format!("`{id}` does not format: {error}")));
                }
            }
        }
        if problems.len() > before {
            // One report per message is enough; the other samples would repeat it.
            break;
        }
    }
}
