//! Start links for organisations: what the payload of a `https://t.me/<bot>?start=<payload>`
//! link carries — a language, an entry to open, an organisation code — and how it is written
//! and read. Telegram allows at most 64 characters of `A–Z a–z 0–9 _ -` in a payload.
//!
//! Three forms are read: a bare language tag (`vi`, `zh-CN`) or entry id (`ls-documents`) —
//! the bot takes whichever exists — and fields after `go_`, each `<key>-<value>` and joined by `_`:
//! `go_l-vi_e-ls-documents_o-TOKYO1` (language, entry, organisation; any of them may be left
//! out). Neither tags nor entry ids contain `_`, so the forms cannot be confused.

use crate::faq::FaqId;

/// The longest payload Telegram accepts.
pub const MAX_PAYLOAD: usize = 64;
/// The longest organisation code.
pub const MAX_ORG: usize = 16;
const FIELDS: &str = "go_";

/// What a start link asks for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StartLink {
    /// A language tag, as written (the bot negotiates it with its locales).
    pub lang: Option<String>,
    pub entry: Option<FaqId>,
    /// Who handed out the link: a dormitory, a school, a support organisation.
    pub org: Option<String>,
}

/// Why a link cannot be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LinkError {
    #[error("`{0}` is not a Telegram bot username (5–32 letters, digits or _, ending in bot)")]
    Bot(String),
    #[error("`{0}` is not a language tag (e.g. vi, zh-CN)")]
    Lang(String),
    #[error("`{0}` is not an organisation code (1–{MAX_ORG} letters, digits or -)")]
    Org(String),
    #[error("the payload `{0}` is longer than {MAX_PAYLOAD} characters: use a shorter code")]
    TooLong(String),
}

impl StartLink {
    /// The payload for this link: the shortest form that says everything.
    pub fn payload(&self) -> Result<String, LinkError> {
        if let Some(lang) = self.lang.as_deref().filter(|l| !is_lang_tag(l)) {
            return Err(LinkError::Lang(lang.to_owned()));
        }
        if let Some(org) = self.org.as_deref().filter(|o| !is_org(o)) {
            return Err(LinkError::Org(org.to_owned()));
        }
        let payload = match (&self.lang, &self.entry, &self.org) {
            (None, None, None) => String::new(),
            (Some(lang), None, None) => lang.clone(),
            (None, Some(entry), None) => entry.as_str().to_owned(),
            (lang, entry, org) => {
                let fields: Vec<String> = [
                    lang.as_deref().map(|l| format!("l-{l}")),
                    entry.as_ref().map(|e| format!("e-{}", e.as_str())),
                    org.as_deref().map(|o| format!("o-{o}")),
                ]
                .into_iter()
                .flatten()
                .collect();
                format!("{FIELDS}{}", fields.join("_"))
            }
        };
        if payload.len() > MAX_PAYLOAD {
            return Err(LinkError::TooLong(payload));
        }
        Ok(payload)
    }

    /// The `t.me` link that opens `bot` with this payload.
    pub fn url(&self, bot: &str) -> Result<String, LinkError> {
        let bot = bot.strip_prefix('@').unwrap_or(bot);
        if !is_bot_username(bot) {
            return Err(LinkError::Bot(bot.to_owned()));
        }
        let payload = self.payload()?;
        Ok(if payload.is_empty() {
            format!("https://t.me/{bot}")
        } else {
            format!("https://t.me/{bot}?start={payload}")
        })
    }

    /// Reads a payload; `None` for one that is not ours or was altered (the bot then just
    /// starts). Whether the language and the entry exist is for the caller to check.
    #[must_use]
    pub fn parse(payload: &str) -> Option<Self> {
        if payload.is_empty()
            || payload.len() > MAX_PAYLOAD
            || !payload.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        {
            return None;
        }
        let Some(fields) = payload.strip_prefix(FIELDS) else {
            // A bare payload may name a language or an entry (`ls-amount` has the shape of a
            // tag too): both readings are kept, and the caller uses the one that exists.
            let lang = is_lang_tag(payload).then(|| payload.to_owned());
            let entry = FaqId::parse(payload).ok();
            return (lang.is_some() || entry.is_some()).then_some(Self { lang, entry, org: None });
        };
        let mut link = Self::default();
        for field in fields.split('_') {
            match field.split_once('-')? {
                ("l", lang) if link.lang.is_none() && is_lang_tag(lang) => link.lang = Some(lang.to_owned()),
                ("e", entry) if link.entry.is_none() => link.entry = Some(FaqId::parse(entry).ok()?),
                ("o", org) if link.org.is_none() && is_org(org) => link.org = Some(org.to_owned()),
                _ => return None,
            }
        }
        Some(link)
    }
}

/// A language tag's shape: 2–3 letters, then subtags of 2–8 letters or digits.
fn is_lang_tag(text: &str) -> bool {
    let mut parts = text.split('-');
    let first = parts.next().unwrap_or_default();
    (2..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_alphabetic())
        && text.len() <= 16
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// An organisation code: 1–16 letters, digits or `-`.
#[must_use]
pub fn is_org(code: &str) -> bool {
    (1..=MAX_ORG).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// A bot's username as Telegram allows it: 5–32 letters, digits or `_`, ending in "bot".
fn is_bot_username(name: &str) -> bool {
    (5..=32).contains(&name.len())
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
        && name.to_ascii_lowercase().ends_with("bot")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(lang: Option<&str>, entry: Option<&str>, org: Option<&str>) -> StartLink {
        StartLink {
            lang: lang.map(str::to_owned),
            entry: entry.map(|e| FaqId::parse(e).expect("id")),
            org: org.map(str::to_owned),
        }
    }

    #[test]
    fn every_combination_reads_back_and_bare_forms_stay_as_they_were() {
        for lang in [None, Some("vi"), Some("zh-CN")] {
            for entry in [None, Some("ls-documents")] {
                for org in [None, Some("TOKYO-1")] {
                    let written = link(lang, entry, org);
                    let payload = written.payload().expect("payload");
                    assert!(payload.len() <= MAX_PAYLOAD);
                    let Some(read) = StartLink::parse(&payload) else {
                        assert!(payload.is_empty());
                        continue;
                    };
                    if payload.starts_with(FIELDS) {
                        assert_eq!(read, written, "{payload}");
                    } else {
                        // A bare payload is read both ways; what was written is among them.
                        assert!(written.lang.is_none() || read.lang == written.lang, "{payload}");
                        assert!(written.entry.is_none() || read.entry == written.entry, "{payload}");
                    }
                }
            }
        }
        assert_eq!(link(Some("vi"), None, None).payload().as_deref(), Ok("vi"));
        assert_eq!(link(None, Some("q01"), None).payload().as_deref(), Ok("q01"));
        assert_eq!(
            link(Some("vi"), Some("ls-documents"), Some("TOKYO-1")).url("@nenkin_help_bot").as_deref(),
            Ok("https://t.me/nenkin_help_bot?start=go_l-vi_e-ls-documents_o-TOKYO-1")
        );
    }

    #[test]
    fn tampered_or_foreign_payloads_are_not_read() {
        for payload in [
            "go_",
            "go_x-1",
            "go_l-vi_l-en",
            "go_o-",
            "go_o-WAY-TOO-LONG-A-CODE",
            "go_e-Q01",
            "go_l-vi__o-A",
            "go_l-v",
            "hello world",
            "<script>",
            "Q-01-",
            &"a".repeat(65),
        ] {
            assert_eq!(StartLink::parse(payload), None, "{payload}");
        }
    }

    #[test]
    fn links_that_cannot_work_are_refused_with_the_reason() {
        assert!(matches!(link(Some("vi"), None, None).url("nenkin"), Err(LinkError::Bot(_))));
        assert!(matches!(link(Some("v!"), None, None).payload(), Err(LinkError::Lang(_))));
        assert!(matches!(link(None, None, Some("a b")).payload(), Err(LinkError::Org(_))));
        let long = link(Some("zh-Hans-CN"), Some("ls-processing-time-abroad-and-x"), Some("ORGANISATION-123"));
        assert!(matches!(long.payload(), Err(LinkError::TooLong(_))));
    }
}
