//! Configuration from the environment (and a `.env` file in the current folder, for values
//! the environment does not set). The token never appears in `Debug` output or logs.

use std::collections::HashMap;
use std::fmt;
use std::net::SocketAddr;
use std::path::PathBuf;

use crate::handoff::OfficeHours;

/// The default database: a SQLite file, created with its folder if missing.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/nenkin-bot.db";

/// The default address of the HTTP server (webhook, `/healthz`, `/readyz`, `/metrics`).
pub const DEFAULT_LISTEN: &str = "0.0.0.0:8080";

/// What `serve` needs.
pub struct Config {
    pub token: String,
    /// `TELOXIDE_API_URL`: a self-hosted or fake Bot API server.
    pub api_url: Option<url::Url>,
    pub database_url: String,
    pub content_dir: Option<PathBuf>,
    /// `NENKIN_STAFF_CHAT_ID`: the consultants' group.
    pub staff_chat: Option<i64>,
    /// `NENKIN_OFFICE_HOURS`.
    pub office_hours: OfficeHours,
    /// `NENKIN_LISTEN`.
    pub listen: SocketAddr,
    /// Webhook mode, when `NENKIN_WEBHOOK_URL` is set.
    pub webhook: Option<Webhook>,
}

/// Where Telegram sends updates in webhook mode, and the secret it sends with them.
pub struct Webhook {
    pub url: url::Url,
    pub secret: String,
    /// The secret was generated for this process (fine for one replica only).
    pub generated: bool,
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("token", &"[redacted]")
            .field("api_url", &self.api_url.as_ref().map(url::Url::as_str))
            .field("database_url", &redact_password(&self.database_url))
            .field("content_dir", &self.content_dir)
            .field("staff_chat", &self.staff_chat)
            .field("office_hours", &self.office_hours.to_string())
            .field("listen", &self.listen)
            .field("webhook", &self.webhook.as_ref().map(|w| w.url.as_str()))
            .finish()
    }
}

/// A database URL with its password hidden.
#[must_use]
pub fn redact_password(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) if parsed.password().is_some() => {
            let _ = parsed.set_password(Some("***"));
            parsed.to_string()
        }
        _ => url.to_owned(),
    }
}

/// One unusable setting: one line that says what to do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    #[error(
        "TELOXIDE_TOKEN is not set: create a bot with @BotFather in Telegram and set TELOXIDE_TOKEN to its token (or put it in a .env file); `nenkin-bot chat` works without a token"
    )]
    MissingToken,
    #[error("TELOXIDE_TOKEN does not look like a bot token (digits, a colon, then letters): check it in @BotFather")]
    BadToken,
    #[error("TELOXIDE_API_URL is not an http(s) URL: {0}")]
    BadApiUrl(String),
    #[error("NENKIN_DATABASE_URL must start with sqlite:// or postgres://, got `{0}`")]
    BadDatabaseUrl(String),
    #[error("NENKIN_STAFF_CHAT_ID must be a chat id such as -1001234567890, got `{0}`")]
    BadStaffChat(String),
    #[error("NENKIN_OFFICE_HOURS: {0}")]
    BadOfficeHours(String),
    #[error("NENKIN_LISTEN must be an address and port such as 0.0.0.0:8080, got `{0}`")]
    BadListen(String),
    #[error("NENKIN_WEBHOOK_URL must be a public https:// URL, got `{0}`")]
    BadWebhookUrl(String),
    #[error("NENKIN_WEBHOOK_SECRET may hold only A-Z, a-z, 0-9, _ and -, 1 to 256 of them")]
    BadWebhookSecret,
    #[error("NENKIN_LOG_FORMAT must be json or pretty, got `{0}`")]
    BadLogFormat(String),
}

impl Config {
    /// Reads the environment, then `.env` for what the environment lacks; every problem is
    /// reported, not only the first.
    pub fn from_env(content_dir: Option<PathBuf>) -> Result<Self, Vec<ConfigError>> {
        let dotenv = std::fs::read_to_string(".env").map(|text| parse_dotenv(&text)).unwrap_or_default();
        let get =
            |key: &str| std::env::var(key).ok().or_else(|| dotenv.get(key).cloned()).filter(|v| !v.trim().is_empty());
        Self::from_values(&get, content_dir)
    }

    /// The configuration from a lookup of variables.
    pub fn from_values(
        get: &dyn Fn(&str) -> Option<String>,
        content_dir: Option<PathBuf>,
    ) -> Result<Self, Vec<ConfigError>> {
        let mut problems = Vec::new();
        let token = get("TELOXIDE_TOKEN").map(|t| t.trim().to_owned());
        match &token {
            None => problems.push(ConfigError::MissingToken),
            Some(token) if !looks_like_token(token) => problems.push(ConfigError::BadToken),
            Some(_) => (),
        }
        let api_url = get("TELOXIDE_API_URL").and_then(|text| match http_url(&text) {
            Some(url) => Some(url),
            None => {
                problems.push(ConfigError::BadApiUrl(text));
                None
            }
        });
        let database_url = get("NENKIN_DATABASE_URL").unwrap_or_else(|| DEFAULT_DATABASE_URL.to_owned());
        if crate::storage::Backend::of_url(&database_url).is_none() {
            problems.push(ConfigError::BadDatabaseUrl(redact_password(&database_url)));
        }
        let staff_chat = get("NENKIN_STAFF_CHAT_ID").and_then(|text| match text.trim().parse() {
            Ok(id) => Some(id),
            Err(_) => {
                problems.push(ConfigError::BadStaffChat(text));
                None
            }
        });
        let office_hours = match get("NENKIN_OFFICE_HOURS").map(|text| text.parse::<OfficeHours>()) {
            None => OfficeHours::default(),
            Some(Ok(hours)) => hours,
            Some(Err(error)) => {
                problems.push(ConfigError::BadOfficeHours(error.to_string()));
                OfficeHours::default()
            }
        };
        let listen_text = get("NENKIN_LISTEN").unwrap_or_else(|| DEFAULT_LISTEN.to_owned());
        let listen = listen_text.trim().parse::<SocketAddr>().ok();
        if listen.is_none() {
            problems.push(ConfigError::BadListen(listen_text));
        }
        let webhook_url = get("NENKIN_WEBHOOK_URL").and_then(|text| match http_url(&text) {
            // Telegram calls only https; plain http is accepted for a local Bot API server.
            Some(url) => Some(url),
            None => {
                problems.push(ConfigError::BadWebhookUrl(text));
                None
            }
        });
        let secret = get("NENKIN_WEBHOOK_SECRET");
        if let Some(secret) = &secret
            && !valid_secret(secret)
        {
            problems.push(ConfigError::BadWebhookSecret);
        }
        if let Some(format) = get("NENKIN_LOG_FORMAT")
            && !matches!(format.trim().to_ascii_lowercase().as_str(), "json" | "pretty")
        {
            problems.push(ConfigError::BadLogFormat(format));
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let webhook = match (webhook_url, secret) {
            (None, _) => None,
            (Some(url), Some(secret)) => Some(Webhook { url, secret, generated: false }),
            (Some(url), None) => match generated_secret() {
                Some(secret) => Some(Webhook { url, secret, generated: true }),
                None => return Err(vec![ConfigError::BadWebhookSecret]),
            },
        };
        Ok(Self {
            token: token.unwrap_or_default(),
            api_url,
            database_url,
            content_dir: content_dir.or_else(|| get("NENKIN_CONTENT_DIR").map(PathBuf::from)),
            staff_chat,
            office_hours,
            listen: listen.unwrap_or_else(|| SocketAddr::from(([0, 0, 0, 0], 8080))),
            webhook,
        })
    }
}

/// `123456:ABC-def…`: what @BotFather gives.
fn looks_like_token(token: &str) -> bool {
    token.split_once(':').is_some_and(|(id, key)| {
        !id.is_empty()
            && id.bytes().all(|b| b.is_ascii_digit())
            && !key.is_empty()
            && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
    })
}

fn http_url(text: &str) -> Option<url::Url> {
    url::Url::parse(text.trim()).ok().filter(|url| matches!(url.scheme(), "http" | "https") && url.host().is_some())
}

/// What Telegram accepts as `secret_token`.
fn valid_secret(secret: &str) -> bool {
    (1..=256).contains(&secret.len()) && secret.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// 32 random letters and digits; `None` if the system has no randomness to give.
fn generated_secret() -> Option<String> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).ok()?;
    Some(bytes.iter().map(|b| char::from(ALPHABET[usize::from(*b) % ALPHABET.len()])).collect())
}

/// `KEY=VALUE` lines; `#` comments, blank lines and surrounding quotes allowed.
fn parse_dotenv(text: &str) -> HashMap<String, String> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .filter_map(|line| line.strip_prefix("export ").unwrap_or(line).split_once('='))
        .map(|(key, value)| (key.trim().to_owned(), value.trim().trim_matches(['"', '\'']).to_owned()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_dotenv_lines() {
        let values =
            parse_dotenv("# comment\nTELOXIDE_TOKEN=\"123:abc\"\n\nexport NENKIN_LISTEN = 0.0.0.0:9000\nbroken\n");
        assert_eq!(values.get("TELOXIDE_TOKEN").map(String::as_str), Some("123:abc"));
        assert_eq!(values.get("NENKIN_LISTEN").map(String::as_str), Some("0.0.0.0:9000"));
        assert_eq!(values.len(), 2);
    }

    #[test]
    fn the_token_is_never_printed() {
        let config = Config {
            token: "secret".to_owned(),
            api_url: None,
            database_url: "postgres://bot:hunter2@db/nenkin".to_owned(),
            content_dir: None,
            staff_chat: None,
            office_hours: OfficeHours::default(),
            listen: SocketAddr::from(([0, 0, 0, 0], 8080)),
            webhook: None,
        };
        let printed = format!("{config:?}");
        assert!(!printed.contains("secret") && !printed.contains("hunter2"), "{printed}");
    }

    fn config(values: &[(&str, &str)]) -> Result<Config, Vec<ConfigError>> {
        let values: HashMap<String, String> = values.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect();
        Config::from_values(&|key| values.get(key).cloned(), None)
    }

    #[test]
    fn every_problem_is_reported_and_none_shows_the_token() {
        let problems = config(&[
            ("TELOXIDE_TOKEN", "12345:secret-token-value"),
            ("TELOXIDE_API_URL", "localhost:8081"),
            ("NENKIN_DATABASE_URL", "mysql://x"),
            ("NENKIN_STAFF_CHAT_ID", "staff"),
            ("NENKIN_OFFICE_HOURS", "Mon-Fri 9-18"),
            ("NENKIN_LISTEN", "8080"),
            ("NENKIN_WEBHOOK_URL", "bot.example.org/hook"),
            ("NENKIN_WEBHOOK_SECRET", "has spaces"),
            ("NENKIN_LOG_FORMAT", "xml"),
        ])
        .expect_err("problems");
        assert_eq!(problems.len(), 8, "{problems:?}");
        let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(text.iter().all(|line| !line.contains("secret-token-value")));
        assert!(text.iter().any(|line| line.starts_with("NENKIN_STAFF_CHAT_ID")));
        assert_eq!(config(&[("TELOXIDE_TOKEN", "nonsense")]).err(), Some(vec![ConfigError::BadToken]));
    }

    #[test]
    fn webhook_mode_when_the_url_is_set_with_a_secret_generated_if_missing() {
        let polling = config(&[("TELOXIDE_TOKEN", "1:a")]).expect("valid");
        assert!(polling.webhook.is_none());
        assert_eq!(polling.listen.to_string(), DEFAULT_LISTEN);
        let webhook = config(&[("TELOXIDE_TOKEN", "1:a"), ("NENKIN_WEBHOOK_URL", "https://bot.example.org/telegram")])
            .expect("valid");
        let webhook = webhook.webhook.expect("webhook mode");
        assert_eq!(webhook.url.path(), "/telegram");
        assert!(webhook.generated && valid_secret(&webhook.secret) && webhook.secret.len() == 32);
    }
}
