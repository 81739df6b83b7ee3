//! Logs: `RUST_LOG` filters (default `info`, with the HTTP libraries, which would print request
//! URLs holding the token, kept at `warn`); `NENKIN_LOG_FORMAT=json` prints one JSON object per
//! line. Logs carry ids, never message text, salaries or names.

use tracing_subscriber::EnvFilter;

/// Installs the global subscriber once; later calls do nothing.
pub fn init() {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info"))
        .add_directive("reqwest=warn".parse().unwrap_or_default())
        .add_directive("hyper=warn".parse().unwrap_or_default())
        .add_directive("hyper_util=warn".parse().unwrap_or_default());
    let json = std::env::var("NENKIN_LOG_FORMAT").is_ok_and(|f| f.eq_ignore_ascii_case("json"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    let _ = if json { builder.json().try_init() } else { builder.compact().try_init() };
}

pub mod metrics;
