//! A failed request: its status and what went wrong, for a person to read. A module of its own
//! so that the handler and its helpers (`limits`, `multipart`) share it without importing each
//! other in a circle.

pub use oxhttp::model::StatusCode;

/// A failed request: its status and what went wrong, for a person to read.
pub type HttpError = (StatusCode, String);
