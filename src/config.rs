//! Configuration from the environment (and a `.env` file in the current folder, for values
//! the environment does not set). The token never appears in `Debug` output or logs.

use std::collections::HashMap;
use std::fmt;
use std::path::PathBuf;

use crate::handoff::OfficeHours;

/// The default database: a SQLite file, created with its folder if missing.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/nenkin-bot.db";

/// What `serve` needs.
pub struct Config {
    pub token: String,
    /// `TELOXIDE_API_URL`: a self-hosted or fake Bot API server.
    pub api_url: Option<String>,
    pub database_url: String,
    pub content_dir: Option<PathBuf>,
    /// `NENKIN_STAFF_CHAT_ID`: the consultants' group.
    pub staff_chat: Option<i64>,
    /// `NENKIN_OFFICE_HOURS`.
    pub office_hours: OfficeHours,
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("token", &"[redacted]")
            .field("api_url", &self.api_url)
            .field("database_url", &self.database_url)
            .field("content_dir", &self.content_dir)
            .field("staff_chat", &self.staff_chat)
            .field("office_hours", &self.office_hours.to_string())
            .finish()
    }
}

/// Why the configuration is unusable: one line that says what to do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    #[error(
        "TELOXIDE_TOKEN is not set: create a bot with @BotFather in Telegram and set TELOXIDE_TOKEN to its token (or put it in a .env file); `nenkin-bot chat` works without a token"
    )]
    MissingToken,
    #[error("TELOXIDE_API_URL is not a URL: {0}")]
    BadApiUrl(String),
    #[error("NENKIN_STAFF_CHAT_ID must be a chat id such as -1001234567890, got `{0}`")]
    BadStaffChat(String),
    #[error("NENKIN_OFFICE_HOURS: {0}")]
    BadOfficeHours(String),
}

impl Config {
    /// Reads the environment, then `.env` for what the environment lacks.
    pub fn from_env(content_dir: Option<PathBuf>) -> Result<Self, ConfigError> {
        let dotenv = std::fs::read_to_string(".env").map(|text| parse_dotenv(&text)).unwrap_or_default();
        let get =
            |key: &str| std::env::var(key).ok().or_else(|| dotenv.get(key).cloned()).filter(|v| !v.trim().is_empty());
        let token = get("TELOXIDE_TOKEN").ok_or(ConfigError::MissingToken)?;
        let api_url = get("TELOXIDE_API_URL");
        if let Some(url) = &api_url
            && !(url.starts_with("http://") || url.starts_with("https://"))
        {
            return Err(ConfigError::BadApiUrl(url.clone()));
        }
        let staff_chat = match get("NENKIN_STAFF_CHAT_ID") {
            Some(text) => Some(text.trim().parse().map_err(|_| ConfigError::BadStaffChat(text.clone()))?),
            None => None,
        };
        let office_hours = match get("NENKIN_OFFICE_HOURS") {
            Some(text) => text
                .parse()
                .map_err(|e: crate::handoff::OfficeHoursError| ConfigError::BadOfficeHours(e.to_string()))?,
            None => OfficeHours::default(),
        };
        Ok(Self {
            token,
            api_url,
            database_url: get("NENKIN_DATABASE_URL").unwrap_or_else(|| DEFAULT_DATABASE_URL.to_owned()),
            content_dir: content_dir.or_else(|| get("NENKIN_CONTENT_DIR").map(PathBuf::from)),
            staff_chat,
            office_hours,
        })
    }
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
            database_url: String::new(),
            content_dir: None,
            staff_chat: None,
            office_hours: OfficeHours::default(),
        };
        assert!(!format!("{config:?}").contains("secret"));
    }
}
