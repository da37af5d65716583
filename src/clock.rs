//! The time as the application reads it. In production it is the system's;
//! tests move it forward to see what happens a day or a week later (reminders,
//! expiring requests, digests) through the same handlers and jobs, without
//! waiting. Command-line tools read the system's time directly.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use chrono::{NaiveDate, NaiveDateTime, TimeDelta, Utc};

/// Shared by the web workers and the job worker of one process, so a move
/// forward is seen by both.
#[derive(Clone, Debug, Default)]
pub struct Clock {
    /// Milliseconds added to the system's time; zero unless a test moved it.
    ahead_ms: Arc<AtomicI64>,
}

impl Clock {
    /// The system's time.
    pub fn system() -> Self {
        Self::default()
    }

    /// Now, in UTC.
    pub fn now(&self) -> NaiveDateTime {
        Utc::now().naive_utc() + TimeDelta::milliseconds(self.ahead_ms.load(Ordering::Relaxed))
    }

    /// Today's date in UTC.
    pub fn today(&self) -> NaiveDate {
        self.now().date()
    }

    /// Moves this clock (and every copy of it) forward by `by`.
    pub fn advance(&self, by: TimeDelta) {
        self.ahead_ms.fetch_add(by.num_milliseconds(), Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_copy_sees_a_move_forward() {
        let clock = Clock::system();
        let copy = clock.clone();
        let before = copy.now();
        clock.advance(TimeDelta::hours(25));
        let gained = copy.now() - before;
        assert!(gained >= TimeDelta::hours(25) && gained < TimeDelta::hours(25) + TimeDelta::minutes(1));
        assert!(Clock::system().now() < copy.now() - TimeDelta::hours(24));
    }
}
