//! All user-facing text: each locale's Fluent messages (`locales/<lang>/*.ftl`), language
//! negotiation from what Telegram reports, and formatting with English as the fallback.
//!
//! Also reads the `.ftl` files as syntax (message ids, lines, `$variables`) for the content
//! check, so a broken or incomplete locale is caught before anyone sees it.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentError, FluentResource};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

/// Maps keyed by message ids from our own files: a fast non-cryptographic hash.
type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;
type HashSet<T> = std::collections::HashSet<T, foldhash::fast::RandomState>;

/// The locale every other falls back to, and whose ids all others must have.
pub const DEFAULT_LOCALE: &str = "en";

/// One `.ftl` file of a locale.
#[derive(Debug, Clone)]
pub struct LocaleFile {
    /// Path for messages, e.g. `locales/en/faq.ftl`.
    pub path: String,
    pub text: String,
}

/// All files of one locale.
#[derive(Debug, Clone)]
pub struct LocaleSource {
    pub lang: LanguageIdentifier,
    pub files: Vec<LocaleFile>,
}

/// A problem in a locale file, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileProblem {
    pub path: String,
    /// 1-based; 0 when it concerns the whole file.
    pub line: usize,
    pub message: String,
}

/// What the check needs to know about one message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageInfo {
    pub path: String,
    pub line: usize,
    pub variables: BTreeSet<String>,
}

/// The messages of every locale.
pub struct Locales {
    /// `bundles[0]` is the default locale.
    bundles: Vec<(LanguageIdentifier, Messages)>,
}

/// One locale's messages, in two parts. Most messages (the FAQ's answers, nine in ten of
/// the text) are plain text: no placeable, no attribute. Fluent formats them to their text
/// whatever the arguments, so they are formatted once, when the locale is built, and kept
/// as text; their syntax trees took twice the memory of the text itself.
struct Messages {
    /// The plain messages' texts, one after the other.
    texts: String,
    /// Where each plain message's text is in `texts`.
    plain: HashMap<Box<str>, Range<u32>>,
    /// Every other message, the messages these refer to, and the terms.
    bundle: FluentBundle<FluentResource>,
}

impl Messages {
    fn has(&self, id: &str) -> bool {
        self.plain.contains_key(id) || self.bundle.has_message(id)
    }

    fn plain(&self, id: &str) -> Option<&str> {
        let range = self.plain.get(id)?;
        self.texts.get(range.start as usize..range.end as usize)
    }

    /// The text of a message, with formatting errors; `None` when there is no such message
    /// or it has no value.
    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>, errors: &mut Vec<FluentError>) -> Option<String> {
        if let Some(text) = self.plain(id) {
            return Some(text.to_owned());
        }
        let pattern = self.bundle.get_message(id)?.value()?;
        Some(self.bundle.format_pattern(pattern, args, errors).into_owned())
    }
}

impl std::fmt::Debug for Locales {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.bundles.iter().map(|(lang, _)| lang.to_string())).finish()
    }
}

impl Locales {
    /// Builds bundles from parsed sources. Syntax errors and duplicate ids are problems; the
    /// default locale must be present.
    pub fn new(sources: &[LocaleSource]) -> Result<Self, Vec<FileProblem>> {
        match Self::build(sources) {
            (Some(locales), problems) if problems.is_empty() => Ok(locales),
            (_, problems) => Err(problems),
        }
    }

    /// Builds what can be built and lists every problem: a file with a syntax error still
    /// contributes its valid messages, so later checks can look at them. `None` only when the
    /// default locale is missing.
    pub fn build(sources: &[LocaleSource]) -> (Option<Self>, Vec<FileProblem>) {
        let mut problems = Vec::new();
        let mut bundles = Vec::new();
        for source in sources {
            bundles.push((source.lang.clone(), Messages::build(source, &mut problems)));
        }
        match bundles.iter().position(|(lang, _)| *lang == DEFAULT_LOCALE) {
            Some(position) => {
                bundles.swap(0, position);
                (Some(Self { bundles }), problems)
            }
            None => {
                problems.push(FileProblem {
                    path: format!("locales/{DEFAULT_LOCALE}"),
                    line: 0,
                    message: "the default locale is missing".to_owned(),
                });
                (None, problems)
            }
        }
    }

    /// Every locale, the default first.
    pub fn langs(&self) -> impl Iterator<Item = &LanguageIdentifier> {
        self.bundles.iter().map(|(lang, _)| lang)
    }

    /// The best locale for a Telegram `language_code` (`vi`, `zh-hans`, `pt-br` …), falling
    /// back to the default.
    #[must_use]
    pub fn negotiate(&self, requested: Option<&str>) -> &LanguageIdentifier {
        let default = &self.bundles[0].0;
        let Some(requested) = requested.map(str::trim).filter(|r| !r.is_empty()) else {
            return default;
        };
        let requested = requested.replace('_', "-").to_ascii_lowercase();
        let aliased = match requested.as_str() {
            "in" => "id",
            "tl" => "fil",
            "zh" | "zh-hans" | "zh-cn" | "zh-sg" | "zh-hans-cn" => "zh-cn",
            "iw" => "he",
            other => other,
        };
        let primary = aliased.split('-').next().unwrap_or(aliased);
        self.exact(aliased).or_else(|| self.langs().find(|lang| lang.language.as_str() == primary)).unwrap_or(default)
    }

    /// The locale with exactly this tag (case aside), if the bot has it: for a language named
    /// in a start link, where a near match would be a guess.
    #[must_use]
    pub fn exact(&self, tag: &str) -> Option<&LanguageIdentifier> {
        self.langs().find(|lang| lang.to_string().eq_ignore_ascii_case(tag))
    }

    /// Whether a locale defines a message itself (without falling back).
    #[must_use]
    pub fn has(&self, lang: &LanguageIdentifier, id: &str) -> bool {
        self.messages(lang).is_some_and(|messages| messages.has(id))
    }

    /// The text of a message in a locale, falling back to the default locale, then to the id
    /// itself (never panics, so a missing message shows up instead of crashing a reply).
    #[must_use]
    pub fn text(&self, lang: &LanguageIdentifier, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let locales = self.messages(lang).into_iter().chain(std::iter::once(&self.bundles[0].1));
        for messages in locales {
            if let Some(text) = messages.format(id, args, &mut Vec::new()) {
                return text;
            }
        }
        id.to_owned()
    }

    /// Formats a message of one locale exactly (no fallback), returning formatting errors.
    pub fn format_strict(
        &self,
        lang: &LanguageIdentifier,
        id: &str,
        args: Option<&FluentArgs<'_>>,
    ) -> Result<String, Vec<String>> {
        let messages = self.messages(lang).ok_or_else(|| vec![format!("no locale {lang}")])?;
        if !messages.has(id) {
            return Err(vec![format!("no message {id}")]);
        }
        let mut errors = Vec::new();
        let text = messages.format(id, args, &mut errors).ok_or_else(|| vec![format!("message {id} has no value")])?;
        if errors.is_empty() { Ok(text) } else { Err(errors.iter().map(ToString::to_string).collect()) }
    }

    fn messages(&self, lang: &LanguageIdentifier) -> Option<&Messages> {
        self.bundles.iter().find(|(l, _)| l == lang).map(|(_, messages)| messages)
    }
}

impl Messages {
    /// Parses a locale's files, formats its plain messages, and keeps a bundle of the rest.
    /// Syntax errors and duplicate ids are added to `problems`; the first definition of an
    /// id is the one kept, as in a Fluent bundle.
    fn build(source: &LocaleSource, problems: &mut Vec<FileProblem>) -> Self {
        let mut resources = Vec::new();
        for file in &source.files {
            let resource = match FluentResource::try_new(file.text.clone()) {
                Ok(resource) => resource,
                Err((resource, errors)) => {
                    for error in errors {
                        problems.push(FileProblem {
                            path: file.path.clone(),
                            line: error_line(&file.text, &error),
                            message: format!("Fluent syntax: {}", error.kind),
                        });
                    }
                    resource
                }
            };
            resources.push((file, resource));
        }
        // The whole locale, to report duplicates and to format the plain messages with.
        let mut whole = new_bundle(&source.lang);
        for (file, resource) in &resources {
            if let Err(errors) = whole.add_resource(resource) {
                for error in errors {
                    problems.push(FileProblem { path: file.path.clone(), line: 0, message: error.to_string() });
                }
            }
        }
        let mut texts = String::new();
        let mut plain = HashMap::default();
        // The source of what the small bundle keeps, entry by entry.
        let mut kept = String::new();
        let mut seen: HashSet<(bool, &str)> = HashSet::default();
        let mut referred: BTreeSet<&str> = BTreeSet::new();
        let mut plain_sources: HashMap<&str, &str> = HashMap::default();
        for (_, resource) in &resources {
            for (entry, entry_source) in entry_sources(resource) {
                let (is_term, id) = match entry {
                    ast::Entry::Message(message) => (false, message.id.name),
                    ast::Entry::Term(term) => (true, term.id.name),
                    _ => continue,
                };
                if !seen.insert((is_term, id)) {
                    continue;
                }
                match entry {
                    ast::Entry::Message(message)
                        if message.attributes.is_empty() && is_plain(message.value.as_ref()) =>
                    {
                        let mut errors = Vec::new();
                        let Some(text) = whole
                            .get_message(id)
                            .and_then(|m| m.value())
                            .map(|pattern| whole.format_pattern(pattern, None, &mut errors))
                        else {
                            continue;
                        };
                        let start = texts.len();
                        texts.push_str(&text);
                        plain.insert(Box::from(id), offset(start)..offset(texts.len()));
                        plain_sources.insert(id, entry_source);
                    }
                    ast::Entry::Message(message) => {
                        message_references(
                            message.value.iter().chain(message.attributes.iter().map(|a| &a.value)),
                            &mut referred,
                        );
                        keep(&mut kept, entry_source);
                    }
                    ast::Entry::Term(term) => {
                        message_references(
                            std::iter::once(&term.value).chain(term.attributes.iter().map(|a| &a.value)),
                            &mut referred,
                        );
                        keep(&mut kept, entry_source);
                    }
                    _ => {}
                }
            }
        }
        // A plain message that another one refers to is also kept as Fluent.
        for id in referred {
            if let Some(entry_source) = plain_sources.get(id) {
                keep(&mut kept, entry_source);
            }
        }
        drop(plain_sources);
        drop(whole);
        drop(resources);
        let mut bundle = new_bundle(&source.lang);
        // Its entries were parsed and added once already; what was wrong then is reported.
        let resource = FluentResource::try_new(kept).unwrap_or_else(|(resource, _)| resource);
        let _duplicates_reported_above = bundle.add_resource(resource);
        texts.shrink_to_fit();
        plain.shrink_to_fit();
        Self { texts, plain, bundle }
    }
}

fn new_bundle<R>(lang: &LanguageIdentifier) -> FluentBundle<R> {
    let mut bundle = FluentBundle::new_concurrent(vec![lang.clone()]);
    // Unicode isolation marks would show up as stray characters in Telegram.
    bundle.set_use_isolating(false);
    bundle
}

/// Adds an entry's source to the source of the small bundle, on lines of its own.
fn keep(kept: &mut String, entry_source: &str) {
    kept.push_str(entry_source);
    if !kept.ends_with('\n') {
        kept.push('\n');
    }
}

/// A text offset as the index of plain messages keeps it (locale files are far below 4 GB).
fn offset(at: usize) -> u32 {
    u32::try_from(at).unwrap_or(u32::MAX)
}

/// Whether a message's text is the same whatever the arguments: text only.
fn is_plain(value: Option<&ast::Pattern<&str>>) -> bool {
    value.is_some_and(|pattern| pattern.elements.iter().all(|e| matches!(e, ast::PatternElement::TextElement { .. })))
}

/// Each message and term of a resource with its source text: from its id to the next entry
/// (any comments in between come along, and are ignored when parsed again).
fn entry_sources(resource: &FluentResource) -> Vec<(&ast::Entry<&str>, &str)> {
    let source = resource.source();
    // The parser's slices point into the source.
    let at = |slice: &str| slice.as_ptr().addr().wrapping_sub(source.as_ptr().addr());
    let mut starts: Vec<(usize, &ast::Entry<&str>)> = resource
        .entries()
        .filter_map(|entry| {
            let start = match entry {
                ast::Entry::Message(message) => at(message.id.name),
                // A term's id follows its `-`.
                ast::Entry::Term(term) => at(term.id.name).wrapping_sub(1),
                ast::Entry::Junk { content } => at(content),
                _ => return None,
            };
            (start < source.len()).then_some((start, entry))
        })
        .collect();
    starts.sort_by_key(|(start, _)| *start);
    let ends: Vec<usize> = starts.iter().skip(1).map(|(start, _)| *start).chain([source.len()]).collect();
    starts.into_iter().zip(ends).filter_map(|((start, entry), end)| Some((entry, source.get(start..end)?))).collect()
}

/// The messages of one `.ftl` text with their lines and variables (syntax errors are
/// reported by [`Locales::new`]).
#[must_use]
pub fn messages(path: &str, text: &str) -> BTreeMap<String, MessageInfo> {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(resource) | Err((resource, _)) => resource,
    };
    // Where each line starts, to number messages by their offset.
    let line_starts: Vec<usize> = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(message) = entry {
            let mut variables = BTreeSet::new();
            if let Some(value) = &message.value {
                pattern_variables(value, &mut variables);
            }
            for attribute in &message.attributes {
                pattern_variables(&attribute.value, &mut variables);
            }
            // The parser's names are slices of `text`.
            let offset = message.id.name.as_ptr().addr().wrapping_sub(text.as_ptr().addr());
            let line = if offset < text.len() { line_starts.partition_point(|&start| start <= offset) } else { 0 };
            out.insert(message.id.name.to_owned(), MessageInfo { path: path.to_owned(), line, variables });
        }
    }
    out
}

/// Calls `visit` with every inline expression of a pattern, nested ones included.
fn each_inline<'s>(pattern: &'s ast::Pattern<&'s str>, visit: &mut impl FnMut(&'s ast::InlineExpression<&'s str>)) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_inlines(expression, visit);
        }
    }
}

fn expression_inlines<'s>(
    expression: &'s ast::Expression<&'s str>,
    visit: &mut impl FnMut(&'s ast::InlineExpression<&'s str>),
) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_inlines(selector, visit);
            for variant in variants {
                each_inline(&variant.value, visit);
            }
        }
        ast::Expression::Inline(inline) => inline_inlines(inline, visit),
    }
}

fn inline_inlines<'s>(
    inline: &'s ast::InlineExpression<&'s str>,
    visit: &mut impl FnMut(&'s ast::InlineExpression<&'s str>),
) {
    visit(inline);
    match inline {
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference { arguments: Some(arguments), .. } => {
            for argument in &arguments.positional {
                inline_inlines(argument, visit);
            }
            for named in &arguments.named {
                inline_inlines(&named.value, visit);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_inlines(expression, visit),
        _ => (),
    }
}

/// The variables a pattern uses.
fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    each_inline(pattern, &mut |inline| {
        if let ast::InlineExpression::VariableReference { id } = inline {
            out.insert(id.name.to_owned());
        }
    });
}

/// The messages that patterns refer to.
fn message_references<'s>(patterns: impl Iterator<Item = &'s ast::Pattern<&'s str>>, out: &mut BTreeSet<&'s str>) {
    for pattern in patterns {
        each_inline(pattern, &mut |inline| {
            if let ast::InlineExpression::MessageReference { id, .. } = inline {
                out.insert(id.name);
            }
        });
    }
}

/// The 1-based line where `id = …` starts.
/// The line where the broken entry starts (the parser reports where it gave up).
fn error_line(text: &str, error: &fluent_syntax::parser::ParserError) -> usize {
    let start = error.slice.as_ref().map_or(error.pos.start, |slice| slice.start);
    let skipped = text.get(start..).map_or(0, |rest| rest.len() - rest.trim_start().len());
    line_of(text, start + skipped)
}

/// The 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset).map_or(0, |before| before.matches('\n').count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(lang: &str, text: &str) -> LocaleSource {
        LocaleSource {
            lang: lang.parse().expect("lang"),
            files: vec![LocaleFile { path: format!("locales/{lang}/bot.ftl"), text: text.to_owned() }],
        }
    }

    #[test]
    fn negotiates_telegram_codes_with_aliases_and_fallback() {
        let locales = Locales::new(&[
            source("en", "hi = Hello"),
            source("vi", "hi = Xin chào"),
            source("zh-CN", "hi = 你好"),
            source("id", "hi = Halo"),
            source("fil", "hi = Kumusta"),
        ])
        .expect("valid");
        let pick = |code: Option<&str>| locales.negotiate(code).to_string();
        assert_eq!(pick(Some("vi")), "vi");
        assert_eq!(pick(Some("vi-VN")), "vi");
        assert_eq!(pick(Some("zh-hans")), "zh-CN");
        assert_eq!(pick(Some("zh")), "zh-CN");
        assert_eq!(pick(Some("in")), "id");
        assert_eq!(pick(Some("tl")), "fil");
        assert_eq!(pick(Some("pt-br")), "en");
        assert_eq!(pick(None), "en");
        assert_eq!(pick(Some("")), "en");
    }

    #[test]
    fn falls_back_to_english_then_to_the_id() {
        let locales =
            Locales::new(&[source("en", "hi = Hello\nbye = Bye"), source("vi", "hi = Xin chào")]).expect("valid");
        let vi = locales.negotiate(Some("vi")).clone();
        assert_eq!(locales.text(&vi, "hi", None), "Xin chào");
        assert_eq!(locales.text(&vi, "bye", None), "Bye");
        assert_eq!(locales.text(&vi, "missing", None), "missing");
    }

    #[test]
    fn plain_and_placeable_messages_read_as_fluent_gives_them() {
        let en = "# Comment before\n-brand = Nenkin\nplain =\n    Two lines\n      indented\n## Group comment\nhello = Hi { $name }, from { -brand }\nquote = { plain } ({ hello })\nwith-attr = Value\n    .title = Title\nfirst = First\nfirst = Second\nlast = No newline at the end";
        let (locales, problems) = Locales::build(&[source("en", en)]);
        let locales = locales.expect("built");
        assert_eq!(problems.len(), 1, "the duplicate: {problems:?}");
        let en = locales.negotiate(None).clone();
        let mut args = FluentArgs::new();
        args.set("name", "Lan");
        assert_eq!(locales.text(&en, "plain", None), "Two lines\n  indented");
        assert_eq!(locales.text(&en, "hello", Some(&args)), "Hi Lan, from Nenkin");
        assert_eq!(locales.text(&en, "quote", Some(&args)), "Two lines\n  indented (Hi Lan, from Nenkin)");
        assert_eq!(locales.text(&en, "with-attr", None), "Value");
        assert_eq!(locales.text(&en, "first", None), "First");
        assert_eq!(locales.text(&en, "last", None), "No newline at the end");
        assert!(locales.has(&en, "plain") && locales.has(&en, "hello") && !locales.has(&en, "brand"));
        assert_eq!(locales.format_strict(&en, "hello", None).expect_err("no $name").len(), 1);
        assert_eq!(locales.format_strict(&en, "plain", Some(&args)).as_deref(), Ok("Two lines\n  indented"));
    }

    #[test]
    fn syntax_errors_name_the_file_and_line() {
        let problems = Locales::new(&[source("en", "ok = fine\n\nbroken = {\n")]).expect_err("invalid");
        assert_eq!(problems[0].path, "locales/en/bot.ftl");
        assert_eq!(problems[0].line, 3);
    }

    #[test]
    fn reads_variables_and_lines() {
        let text = "a = Hi\nb = { $count ->\n    [one] one { $name }\n   *[other] { $count } months\n}\n";
        let info = messages("x.ftl", text);
        assert_eq!(info["a"].line, 1);
        assert_eq!(info["b"].line, 2);
        let vars: Vec<&str> = info["b"].variables.iter().map(String::as_str).collect();
        assert_eq!(vars, ["count", "name"]);
    }
}
