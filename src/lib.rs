//! nenkin-bot: explains the Japanese public pension to foreign workers and estimates their
//! Lump-Sum Withdrawal Payment (脱退一時金).
//!
//! Layers (see `DESIGN.md`):
//! - core, pure: [`estimate`] (money, rules as data), [`faq`] (catalogue, search), [`dialogue`]
//!   (understanding typed input);
//! - adapters: [`content`] (finding, loading and checking `faq/` and `locales/`), [`i18n`]
//!   (Fluent bundles, negotiation), [`yaml`] (parsing);
//! - delivery: [`cli`] (the command line).

pub mod bot;
pub mod chat;
pub mod checklist;
pub mod cli;
pub mod config;
pub mod content;
pub mod dialogue;
pub mod estimate;
pub mod faq;
pub mod handoff;
pub mod i18n;
pub mod link;
pub mod qr;
pub mod reminders;
pub mod render;
pub mod storage;
pub mod telemetry;
pub mod yaml;
