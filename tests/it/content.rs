//! The real FAQ content and `nenkin-bot check`: the content is complete and valid, and broken
//! copies fail with every problem listed, with file and line.

use nenkin_bot::faq;

use crate::helpers::{ContentCopy, content, run, run_in};

fn en() -> unic_langid::LanguageIdentifier {
    "en".parse().expect("lang")
}

#[test]
fn all_56_entries_exist_with_sources_in_their_sections() {
    let catalogue = &content().catalogue;
    let mut expected: Vec<String> = (1..=44).map(|n| format!("q{n:02}")).collect();
    for id in [
        "eligibility",
        "amount",
        "how-to-claim",
        "documents",
        "deadline",
        "tax-refund",
        "erases-periods",
        "processing-time",
        "reentry-permit",
        "agreements",
        "changes",
        "agents",
    ] {
        expected.push(format!("ls-{id}"));
    }
    assert_eq!(catalogue.entries().len(), 56);
    for id in &expected {
        let entry = catalogue.get(id).unwrap_or_else(|| panic!("{id} missing"));
        assert!(!entry.sources.is_empty(), "{id} has no source");
    }
    let sections: String = catalogue.sections().iter().map(ToString::to_string).collect();
    assert_eq!(sections, "ABCDEFGL");
    let section_of = |id: &str| catalogue.get(id).map(|e| e.section.to_string());
    assert_eq!(section_of("q01").as_deref(), Some("A"));
    assert_eq!(section_of("q26").as_deref(), Some("E"));
    assert_eq!(section_of("ls-deadline").as_deref(), Some("L"));
}

#[test]
fn every_answer_is_short_enough_and_dated() {
    let content = content();
    for entry in content.catalogue.entries() {
        let [question, answer, keywords] = faq::message_ids(&entry.id);
        let answer = content.locales.text(&en(), &answer, None);
        assert!(answer.trim_end().ends_with("<i>As of November 2026.</i>"), "{}: no as-of line", entry.id);
        assert!(answer.encode_utf16().count() <= 4096, "{} is too long", entry.id);
        assert!(!content.locales.text(&en(), &question, None).is_empty());
        let keywords = content.locales.text(&en(), &keywords, None);
        assert!(keywords.split(',').count() >= 5, "{}: too few keywords", entry.id);
    }
}

#[test]
fn answers_state_todays_facts_not_2002s() {
    let content = content();
    let answer = |id: &str| content.locales.text(&en(), &format!("faq-{id}-answer"), None);
    assert!(answer("q03").contains("17,920"), "FY2026 premium");
    assert!(answer("q22").contains("10 years") || answer("q20").contains("10 years"), "10-year rule");
    assert!(answer("ls-amount").contains("5.5") && answer("ls-amount").contains("537,600"));
    assert!(answer("ls-tax-refund").contains("20.42%") && answer("ls-tax-refund").contains("5 years"));
    assert!(answer("ls-agreements").contains("Philippines") && answer("ls-agreements").contains("India"));
    assert!(answer("ls-deadline").contains("2 years"));
    for entry in content.catalogue.entries() {
        let text = answer(entry.id.as_str());
        assert!(
            !text.contains("Social Insurance Agency") || text.contains("Japan Pension Service"),
            "{} names the old agency without the new one",
            entry.id
        );
        assert!(!text.contains("alien registration card") || text.contains("residence card"), "{}", entry.id);
    }
    // Start dates that are not announced are never given as dates.
    let changes = answer("ls-changes");
    assert!(changes.contains("not been announced") || changes.contains("not announced"), "{changes}");
}

#[test]
fn check_passes_on_the_real_files() {
    let (code, out, err) = run(&["check"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("ok: 56 entries in 8 sections"), "{out}");
}

#[test]
fn check_lists_every_problem_with_file_and_line() {
    let copy = ContentCopy::new("broken");
    // An unknown related id and a duplicate id in the catalogue.
    copy.replace("faq/catalogue.yaml", "related: [q02, q06, q13]", "related: [q02, q99]");
    copy.replace("faq/catalogue.yaml", "  - id: q44\n", "  - id: q43\n");
    // A bad source date and URL.
    copy.replace("faq/catalogue.yaml", "as_of: 2026-01-27", "as_of: someday");
    // English: unbalanced HTML, a missing message, a tag Telegram rejects.
    copy.replace("locales/en/faq.ftl", "<b>Everyone in the Japanese pension", "<b>Everyone in the Japanese <u>pension");
    copy.replace("locales/en/faq.ftl", "faq-q05-keywords =", "faq-q05-keyword =");
    copy.replace("locales/en/faq.ftl", "faq-q06-question = ", "faq-q06-question = <br>");
    // A second locale that lacks messages, has one English lacks, and changes a variable.
    copy.write("locales/en/extra.ftl", "greeting = Hello { $name }\n");
    copy.write("locales/eo/extra.ftl", "greeting = Xin chào { $ten }\nonly-vi = Chỉ có\n");
    // A Fluent syntax error.
    copy.write("locales/eo/broken.ftl", "ok = fine\n\nbroken = {\n");

    let (code, out, err) = run_in(&copy.dir, &["check"]);
    assert_eq!(code, 1, "{out}");
    for expected in [
        "faq/catalogue.yaml:",
        "related id `q99` does not exist",
        "duplicate id `q43`",
        "as_of `someday`",
        "locales/en/faq.ftl:",
        "`faq-q01-answer`: </b> closes <u>",
        "missing message `faq-q05-keywords`",
        "<br> is not a tag Telegram accepts",
        "locales/eo: missing message `faq-q01-answer`",
        "locales/eo/extra.ftl:1: `greeting` uses variables",
        "locales/eo/extra.ftl:2: `only-vi` is not in English",
        "locales/eo/broken.ftl:3: Fluent syntax",
    ] {
        assert!(err.contains(expected), "missing `{expected}` in:\n{err}");
    }
    // Lines point at the entry: the duplicate id's line holds that id.
    let catalogue = std::fs::read_to_string(copy.dir.join("faq/catalogue.yaml")).expect("read");
    let line: usize = err
        .lines()
        .find(|l| l.contains("duplicate id `q43`"))
        .and_then(|l| l.split(':').nth(1))
        .and_then(|n| n.parse().ok())
        .expect("a line number");
    assert!(catalogue.lines().nth(line - 1).is_some_and(|l| l.contains("id: q43")), "line {line}");
}

#[test]
fn check_reports_broken_rules_too() {
    let copy = ContentCopy::new("rules");
    copy.replace("faq/rules.yaml", "{ from: 2016-09, until: 2017-08,", "{ from: 2016-10, until: 2017-08,");
    let (code, _, err) = run_in(&copy.dir, &["check"]);
    assert_eq!(code, 1);
    assert!(err.contains("faq/rules.yaml: employees_pension.premium_rates[1]"), "{err}");
}

#[test]
fn too_long_answers_are_refused() {
    let copy = ContentCopy::new("long");
    let long = format!("faq-q07-answer =\n    {}\n", "Pension. ".repeat(500));
    copy.replace("locales/en/faq.ftl", "faq-q07-answer =\n", &format!("{long}faq-q07-old-answer =\n"));
    let (code, _, err) = run_in(&copy.dir, &["check"]);
    assert_eq!(code, 1);
    assert!(err.contains("more than Telegram's 4096"), "{err}");
}
