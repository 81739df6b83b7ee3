//! Every locale: the same messages as English, and no English left in a translation.

use fluent::FluentArgs;
use nenkin_bot::i18n;

use crate::helpers::{content, root};

/// Messages that may read the same as English in a translation, reviewed: formats and
/// symbols everywhere (`*`), a Japanese term used as is, and month names a language shares.
const SAME_AS_ENGLISH_ALLOWED: &[(&str, &str)] = &[
    ("*", "format-thousands-separator"),
    ("*", "format-yen"),
    ("*", "format-date"),
    ("*", "estimate-back"),
    ("*", "estimate-cancel"),
    ("*", "faq-section-e-title"),
    ("id", "format-month-4"),
    ("id", "format-month-9"),
    ("id", "format-month-11"),
    ("id", "menu-back-to-menu"),
    ("vi", "menu-back-to-menu"),
    ("fil", "menu-back-to-menu"),
    // Filipinos use the official English names (Taglish), as the other fil answers do.
    ("fil", "checklist-item-form"),
    ("fil", "checklist-item-pension-number"),
    ("fil", "share-pension-employees"),
    ("fil", "share-pension-national"),
];

fn allowed(lang: &str, id: &str) -> bool {
    SAME_AS_ENGLISH_ALLOWED.iter().any(|(l, i)| (*l == "*" || *l == lang) && *i == id)
}

/// The message ids of English, from its files.
fn english_ids() -> Vec<(String, usize)> {
    let mut ids = Vec::new();
    for entry in std::fs::read_dir(root().join("locales/en")).expect("locales/en").flatten() {
        let text = std::fs::read_to_string(entry.path()).expect("read");
        let path = entry.path().display().to_string();
        ids.extend(i18n::messages(&path, &text).into_iter().map(|(id, info)| (id, info.variables.len())));
    }
    ids
}

/// The text of a message with every variable set to 1.
fn text(lang: &unic_langid::LanguageIdentifier, id: &str) -> String {
    let mut args = FluentArgs::new();
    for name in [
        "amount",
        "band",
        "cap",
        "date",
        "day",
        "final",
        "gross",
        "minimum",
        "month",
        "monthname",
        "months",
        "net",
        "premium",
        "rate",
        "refund",
        "tax",
        "ticket",
        "time",
        "year",
        "average",
    ] {
        args.set(name, 1);
    }
    content().locales.format_strict(lang, id, Some(&args)).unwrap_or_default()
}

/// Letters only: numbers, codes, markup and punctuation do not make a text English.
fn words(text: &str) -> String {
    text.chars().filter(|c| c.is_alphabetic()).collect::<String>().to_lowercase()
}

#[test]
fn translations_have_no_english_leftovers() {
    let locales = &content().locales;
    let en = locales.negotiate(Some("en")).clone();
    let mut leftovers = Vec::new();
    for lang in locales.langs().filter(|l| **l != en) {
        for (id, _) in english_ids() {
            if allowed(&lang.to_string(), &id) || id.ends_with("-keywords") {
                continue;
            }
            let (own, english) = (words(&text(lang, &id)), words(&text(&en, &id)));
            if !english.is_empty() && own == english {
                leftovers.push(format!("{lang}: {id}"));
            }
        }
    }
    assert!(leftovers.is_empty(), "untranslated:\n{}", leftovers.join("\n"));
}

#[test]
fn every_locale_greets_in_its_own_language() {
    let locales = &content().locales;
    let english = locales.text(locales.negotiate(Some("en")), "menu-welcome", None);
    for lang in locales.langs() {
        let name = locales.text(lang, "language-name", None);
        assert!(!name.is_empty(), "{lang} has no name");
        if *lang != "en" {
            assert_ne!(locales.text(lang, "menu-welcome", None), english, "{lang}");
        }
    }
}

/// The bot keeps plain messages as text and only the rest as Fluent (to save memory): every
/// message of every locale must read exactly as a Fluent bundle of the whole files gives it,
/// with and without arguments.
#[test]
fn every_message_reads_as_fluent_formats_it() {
    let locales = &content().locales;
    let mut compared = 0;
    for lang in locales.langs() {
        let dir = root().join("locales").join(lang.to_string());
        let mut bundle = fluent::FluentBundle::new(vec![lang.clone()]);
        bundle.set_use_isolating(false);
        let mut ids = Vec::new();
        for entry in std::fs::read_dir(&dir).expect("locale folder").flatten() {
            let text = std::fs::read_to_string(entry.path()).expect("read");
            ids.extend(i18n::messages(&entry.path().display().to_string(), &text));
            bundle.add_resource(fluent::FluentResource::try_new(text).expect("valid")).expect("no duplicates");
        }
        for (id, info) in ids {
            let mut args = FluentArgs::new();
            for (n, name) in info.variables.iter().enumerate() {
                // Numbers pick plural forms, so try more than one.
                args.set(name.clone(), if n % 2 == 0 { 1 } else { 7 });
            }
            for args in [None, Some(&args)] {
                let pattern = bundle.get_message(&id).and_then(|m| m.value()).expect("a value");
                let expected = bundle.format_pattern(pattern, args, &mut Vec::new()).into_owned();
                assert_eq!(locales.text(lang, &id, args), expected, "{lang} {id}");
                compared += 1;
            }
        }
    }
    assert!(compared > 8000, "only {compared} compared");
}
