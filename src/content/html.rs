//! Telegram's HTML subset: the only markup a message may use, balanced, with only the four
//! named entities Telegram decodes, and within the length Telegram accepts.

/// Telegram's limit on a message's text after entity parsing, in UTF-16 code units.
pub const MAX_MESSAGE_LENGTH: usize = 4096;

/// Tags Telegram's HTML parse mode accepts.
const TAGS: &[&str] =
    &["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "blockquote", "tg-spoiler"];

/// Checks a text and returns its visible length in UTF-16 code units, or every problem.
pub fn check(text: &str) -> Result<usize, Vec<String>> {
    let mut problems = Vec::new();
    let mut open: Vec<&str> = Vec::new();
    let mut visible = 0;
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        match c {
            '<' => {
                let Some(end) = rest.find('>') else {
                    problems.push("a `<` that starts no tag: write &lt;".to_owned());
                    visible += 1;
                    rest = &rest[1..];
                    continue;
                };
                let inside = &rest[1..end];
                rest = &rest[end + 1..];
                if let Some(name) = inside.strip_prefix('/') {
                    let name = name.trim();
                    match open.pop() {
                        Some(top) if top == name => (),
                        Some(top) => problems.push(format!("</{name}> closes <{top}>")),
                        None => problems.push(format!("</{name}> closes nothing")),
                    }
                } else {
                    let name = inside.split_whitespace().next().unwrap_or("");
                    if !TAGS.contains(&name) {
                        problems.push(format!("<{name}> is not a tag Telegram accepts"));
                        continue;
                    }
                    if name == "a" && !inside.contains("href=\"") {
                        problems.push("<a> needs href=\"…\"".to_owned());
                    }
                    open.push(name);
                }
            }
            '&' => {
                let entity = rest.find(';').map(|end| &rest[..=end]);
                match entity {
                    Some(entity) if is_entity(entity) => {
                        visible += 1;
                        rest = &rest[entity.len()..];
                    }
                    _ => {
                        problems.push("an `&` that starts no entity: write &amp;".to_owned());
                        visible += 1;
                        rest = &rest[1..];
                    }
                }
            }
            c => {
                visible += c.len_utf16();
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    for name in open.iter().rev() {
        problems.push(format!("<{name}> is never closed"));
    }
    if visible > MAX_MESSAGE_LENGTH {
        problems.push(format!("{visible} characters: more than Telegram's {MAX_MESSAGE_LENGTH}"));
    }
    if problems.is_empty() { Ok(visible) } else { Err(problems) }
}

/// The text a reader sees: tags removed, the four named entities decoded.
#[must_use]
pub fn visible_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        match rest[start..].find('>') {
            Some(end) => rest = &rest[start + end + 1..],
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&")
}

/// The entities Telegram decodes: four named ones and numeric ones.
fn is_entity(text: &str) -> bool {
    if matches!(text, "&lt;" | "&gt;" | "&amp;" | "&quot;") {
        return true;
    }
    let Some(number) = text.strip_prefix("&#").and_then(|t| t.strip_suffix(';')) else {
        return false;
    };
    match number.strip_prefix(['x', 'X']) {
        Some(hex) => !hex.is_empty() && hex.chars().all(|c| c.is_ascii_hexdigit()),
        None => !number.is_empty() && number.chars().all(|c| c.is_ascii_digit()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_telegram_markup() {
        let text = "<b>Bold</b> and <a href=\"https://x.org\">link</a> &lt;3 &amp; &#8212;";
        assert_eq!(check(text), Ok("Bold and link <3 & —".encode_utf16().count()));
    }

    #[test]
    fn rejects_what_telegram_rejects() {
        let cases = [
            ("<b>open", "never closed"),
            ("<b><i>x</b></i>", "closes <i>"),
            ("<br>", "not a tag"),
            ("a < b", "starts no tag"),
            ("A & B", "starts no entity"),
            ("&times;", "starts no entity"),
            ("<a>x</a>", "href"),
        ];
        for (text, expected) in cases {
            let problems = check(text).expect_err(text);
            assert!(problems.iter().any(|p| p.contains(expected)), "{text}: {problems:?}");
        }
        assert!(check(&"x".repeat(4097)).is_err());
        assert!(check(&"x".repeat(4096)).is_ok());
    }
}
