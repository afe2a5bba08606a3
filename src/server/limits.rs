//! The server's limits: how many operations run at once, how long one may run, how large a
//! request body and a response may be.

use super::error::{HttpError, StatusCode};
use oxhttp::model::{Body, Request};
use oxigraph::sparql::CancellationToken;
use std::io::{self, Read, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::thread::{self, Thread};
use std::time::{Duration, Instant};

/// A counting semaphore for the operations that read or write the store.
pub struct Slots {
    max: usize,
    used: Mutex<usize>,
    freed: Condvar,
}

/// A taken slot, given back when dropped; it may outlive the request that took it, in the
/// thread of a query still stopping.
pub struct Slot(Arc<Slots>);

impl Slots {
    pub fn new(max: usize) -> Slots {
        Slots {
            max: max.max(1),
            used: Mutex::new(0),
            freed: Condvar::new(),
        }
    }

    /// Takes a slot, waiting at most `wait` for one to be given back.
    pub fn acquire(self: &Arc<Self>, wait: Duration) -> Option<Slot> {
        // A panic elsewhere never leaves the count wrong (guards drop on unwind), so a poisoned
        // lock still holds a good count.
        let used = self.used.lock().unwrap_or_else(PoisonError::into_inner);
        let (mut used, _) = self
            .freed
            .wait_timeout_while(used, wait, |used| *used >= self.max)
            .unwrap_or_else(PoisonError::into_inner);
        if *used >= self.max {
            return None;
        }
        *used += 1;
        Some(Slot(Arc::clone(self)))
    }

    pub fn max(&self) -> usize {
        self.max
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut used = self.0.used.lock().unwrap_or_else(PoisonError::into_inner);
        *used = used.saturating_sub(1);
        self.0.freed.notify_one();
    }
}

/// Fires a cancellation token when its time is up, from a thread of its own: the evaluation
/// checks the token as it reads the store, so a query stuck in one long step still stops.
/// Dropping the timer ends its thread at once.
pub struct Timer {
    done: Arc<AtomicBool>,
    thread: Thread,
}

impl Timer {
    pub fn start(token: CancellationToken, limit: Duration) -> io::Result<Timer> {
        let done = Arc::new(AtomicBool::new(false));
        let deadline = Instant::now() + limit;
        let watching = Arc::clone(&done);
        let handle = thread::Builder::new()
            .name("claimgraph query timer".into())
            .spawn(move || loop {
                if watching.load(Ordering::Acquire) {
                    return;
                }
                let now = Instant::now();
                if now >= deadline {
                    token.cancel();
                    return;
                }
                thread::park_timeout(deadline - now);
            })?;
        Ok(Timer {
            done,
            thread: handle.thread().clone(),
        })
    }
}

impl Drop for Timer {
    fn drop(&mut self) {
        self.done.store(true, Ordering::Release);
        self.thread.unpark();
    }
}

/// A response body in memory that refuses to grow past a limit.
pub struct Capped {
    pub bytes: Vec<u8>,
    max: usize,
    pub overflowed: bool,
}

impl Capped {
    pub fn new(max: usize) -> Capped {
        Capped {
            bytes: Vec::new(),
            max,
            overflowed: false,
        }
    }
}

impl Write for Capped {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.bytes.len() + buf.len() > self.max {
            self.overflowed = true;
            return Err(io::Error::other("the response passed its size limit"));
        }
        self.bytes.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Reads a request body of at most `max` bytes; a longer one is a 413, refused before it is
/// read when its length is declared.
pub fn read_body(request: &mut Request<Body>, max: usize) -> Result<Vec<u8>, HttpError> {
    let too_large = || {
        (
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("the request body is larger than the limit of {max} bytes"),
        )
    };
    let body = request.body_mut();
    if body.len().is_some_and(|len| len > max as u64) {
        return Err(too_large());
    }
    let mut bytes = Vec::new();
    body.take(max as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| {
            (
                StatusCode::BAD_REQUEST,
                format!("cannot read the request body: {e}"),
            )
        })?;
    if bytes.len() > max {
        return Err(too_large());
    }
    Ok(bytes)
}
