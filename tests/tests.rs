//! Integration tests: one test binary, a module per concern.

mod batch;
mod cli;
mod common;
mod consistency;
mod corpus;
mod extraction;
mod generate;
mod gold;
mod graph;
mod remote;
mod robust;
mod server;
mod store;
mod stories;
mod tidy;
mod web;
