//! Isolation of one article's work: an internal error (a panic: a bug of claimgraph's, never
//! a fault of the input) while reading or extracting one article is caught at the pipeline's
//! edge with its message and place, so that article is reported and left out and the others
//! go on.
//!
//! Rust prints a panic's message from the process-wide panic hook, before unwinding. While a
//! [`catch`] runs on a thread, the hook installed here keeps the message for it instead of
//! printing it; everywhere else the previous hook runs as before.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::panic::{self, AssertUnwindSafe};
use std::sync::{Once, OnceLock};

/// A bug met while working on one article (or one request), with the panic's message and
/// where in the code it happened.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("internal error in {stage}: {message} (please report)")]
pub struct InternalError {
    /// What was being done: "reading", "extraction".
    pub stage: &'static str,
    /// The panic's message and its place in claimgraph's code.
    pub message: String,
}

thread_local! {
    /// How many [`catch`]es are running on this thread.
    static GUARDED: Cell<u32> = const { Cell::new(0) };
    /// The message of the last panic caught on this thread.
    static CAUGHT: RefCell<Option<String>> = const { RefCell::new(None) };
}

static HOOK: Once = Once::new();

fn install_hook() {
    HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if GUARDED.with(Cell::get) == 0 {
                return previous(info);
            }
            let mut message = payload_message(info.payload());
            if let Some(at) = info.location() {
                message.push_str(&format!(" (at {}:{})", at.file(), at.line()));
            }
            CAUGHT.with(|c| *c.borrow_mut() = Some(message));
        }));
    });
}

/// A panic's message: `panic!` hands over a `&str` or a `String`.
fn payload_message(payload: &(dyn Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic".to_owned())
}

/// Runs `work`; a panic inside it comes back as an [`InternalError`] of `stage` instead of
/// unwinding further. What `work` was building is dropped with it, so nothing of it is kept.
pub fn catch<T>(stage: &'static str, work: impl FnOnce() -> T) -> Result<T, InternalError> {
    install_hook();
    GUARDED.with(|g| g.set(g.get() + 1));
    let result = panic::catch_unwind(AssertUnwindSafe(work));
    GUARDED.with(|g| g.set(g.get() - 1));
    result.map_err(|payload| {
        let message = CAUGHT
            .with(|c| c.borrow_mut().take())
            .unwrap_or_else(|| payload_message(payload.as_ref()));
        InternalError { stage, message }
    })
}

/// The environment variable that plants an internal error, for the tests of this isolation
/// only: extracting the article whose id it names panics. Unset in any real run.
pub const PLANTED_PANIC_VAR: &str = "CLAIMGRAPH_TEST_PANIC_ARTICLE";

/// Panics when `doc` is the article named by [`PLANTED_PANIC_VAR`]; called inside the
/// extraction's [`catch`], so the tests can show one failing article does not stop a run.
pub fn planted_panic(doc: &str) {
    static PLANTED: OnceLock<Option<String>> = OnceLock::new();
    let planted = PLANTED.get_or_init(|| std::env::var(PLANTED_PANIC_VAR).ok());
    if planted.as_deref() == Some(doc) {
        panic!("planted internal error in article {doc:?} ({PLANTED_PANIC_VAR})");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_an_error_with_its_message_and_place() {
        let error = catch("extraction", || {
            let v: Vec<u8> = Vec::new();
            v[3]
        })
        .unwrap_err();
        assert_eq!(error.stage, "extraction");
        assert!(error.message.contains("index out of bounds"), "{error}");
        assert!(error.message.contains("src/isolate.rs:"), "{error}");
        assert!(error
            .to_string()
            .starts_with("internal error in extraction: index out of bounds"));
        assert!(error.to_string().ends_with("(please report)"));
    }

    #[test]
    fn work_without_a_panic_returns_its_value() {
        assert_eq!(catch("reading", || 42), Ok(42));
        // Nested catches keep the thread guarded until the outer one ends.
        let inner = catch("reading", || catch("extraction", || panic!("inner")));
        assert_eq!(
            inner.unwrap().unwrap_err().message.split(" (at").next(),
            Some("inner")
        );
    }
}
