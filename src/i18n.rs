//! All user-facing text: one Fluent bundle per locale (`locales/<lang>/*.ftl`), language
//! negotiation from what Telegram reports, and formatting with English as the fallback.
//!
//! Also reads the `.ftl` files as syntax (message ids, lines, `$variables`) for the content
//! check, so a broken or incomplete locale is caught before anyone sees it.

use std::collections::{BTreeMap, BTreeSet};

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

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

/// The Fluent bundles of every locale.
pub struct Locales {
    /// `bundles[0]` is the default locale.
    bundles: Vec<(LanguageIdentifier, FluentBundle<FluentResource>)>,
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
            let mut bundle = FluentBundle::new_concurrent(vec![source.lang.clone()]);
            // Unicode isolation marks would show up as stray characters in Telegram.
            bundle.set_use_isolating(false);
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
                if let Err(errors) = bundle.add_resource(resource) {
                    for error in errors {
                        problems.push(FileProblem { path: file.path.clone(), line: 0, message: error.to_string() });
                    }
                }
            }
            bundles.push((source.lang.clone(), bundle));
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
        self.bundle(lang).is_some_and(|bundle| bundle.has_message(id))
    }

    /// The text of a message in a locale, falling back to the default locale, then to the id
    /// itself (never panics, so a missing message shows up instead of crashing a reply).
    #[must_use]
    pub fn text(&self, lang: &LanguageIdentifier, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let bundles = self.bundle(lang).into_iter().chain(std::iter::once(&self.bundles[0].1));
        for bundle in bundles {
            if let Some(text) = format(bundle, id, args) {
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
        let bundle = self.bundle(lang).ok_or_else(|| vec![format!("no locale {lang}")])?;
        let message = bundle.get_message(id).ok_or_else(|| vec![format!("no message {id}")])?;
        let pattern = message.value().ok_or_else(|| vec![format!("message {id} has no value")])?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors).into_owned();
        if errors.is_empty() { Ok(text) } else { Err(errors.iter().map(ToString::to_string).collect()) }
    }

    fn bundle(&self, lang: &LanguageIdentifier) -> Option<&FluentBundle<FluentResource>> {
        self.bundles.iter().find(|(l, _)| l == lang).map(|(_, bundle)| bundle)
    }
}

fn format(bundle: &FluentBundle<FluentResource>, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(bundle.format_pattern(pattern, args, &mut errors).into_owned())
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

fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
            for named in &arguments.named {
                inline_variables(&named.value, out);
            }
        }
        ast::InlineExpression::TermReference { arguments: Some(arguments), .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => (),
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
