//! Integration tests: one test binary, a module per concern.

mod cli;
mod extraction;
mod gold;
mod tidy;
