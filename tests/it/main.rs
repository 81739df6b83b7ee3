//! Integration tests: one binary, run on the real content files.

mod bad_input;
mod chat;
mod cli;
mod container;
mod content;
mod deadlines;
mod dialogue;
mod estimate;
mod faults;
mod helpers;
mod locales;
mod production;
mod properties;
mod rules;
mod search;
mod telegram;
