//! The conversation, independent of Telegram: what users type and how it is understood.
//!
//! Pure: no I/O, no clock, nothing of Telegram, Fluent or storage.

pub mod input;
