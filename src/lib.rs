//! nenkin-bot: explains the Japanese public pension to foreign workers and estimates their
//! Lump-Sum Withdrawal Payment (脱退一時金).
//!
//! Layers (see `DESIGN.md`):
//! - core, pure: [`estimate`] (money, rules as data);
//! - adapters: [`content`] (finding and loading `faq/` and `locales/`), [`yaml`] (parsing);
//! - delivery: [`cli`] (the command line).

pub mod cli;
pub mod content;
pub mod estimate;
pub mod yaml;
