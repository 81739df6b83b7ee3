//! The conversation, independent of Telegram: understanding what users type, and the guided
//! estimate interview.
//!
//! Pure: no I/O, no clock, nothing of Telegram, Fluent or storage. Front ends (the terminal
//! `chat` and the Telegram bot) feed it inputs and render its replies.

pub mod input;
pub mod interview;
pub mod session;
