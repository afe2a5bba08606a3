//! Integration tests: one test binary, a module per concern.

mod cli;
mod common;
mod consistency;
mod corpus;
mod extraction;
mod gold;
mod graph;
mod server;
mod store;
mod tidy;
