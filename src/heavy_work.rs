//! Work that costs real CPU or memory per request — judging and hashing a
//! password, decoding a photo — runs on tokio's blocking pool, never on a
//! web worker, and only so many at a time: a flood of such requests waits
//! its turn here while every other page is still served.

use std::num::NonZero;
use std::sync::OnceLock;
use std::thread;

use tokio::sync::Semaphore;

/// One kind of heavy work and how many may run at once, given the cores.
pub struct Bounded {
    permits: OnceLock<Semaphore>,
    at_once: fn(usize) -> usize,
}

impl Bounded {
    /// `at_once` gets the number of cores and says how many may run together
    /// (at least one runs whatever it says).
    pub const fn new(at_once: fn(usize) -> usize) -> Self {
        Self {
            permits: OnceLock::new(),
            at_once,
        }
    }

    /// Runs `work` on the blocking pool once a permit is free.
    pub async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> anyhow::Result<T> {
        let permits = self.permits.get_or_init(|| {
            let cores = thread::available_parallelism().map_or(2, NonZero::get);
            Semaphore::new((self.at_once)(cores).max(1))
        });
        let _permit = permits.acquire().await?;
        Ok(tokio::task::spawn_blocking(work).await?)
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Duration;

    use super::*;

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn no_more_than_the_bound_run_at_once() {
        static TWO: Bounded = Bounded::new(|_| 2);
        let running = Arc::new(AtomicUsize::new(0));
        let most = Arc::new(AtomicUsize::new(0));
        let tasks: Vec<_> = (0..8)
            .map(|_| {
                let (running, most) = (running.clone(), most.clone());
                tokio::spawn(async move {
                    TWO.run(move || {
                        let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                        most.fetch_max(now, Ordering::SeqCst);
                        thread::sleep(Duration::from_millis(30));
                        running.fetch_sub(1, Ordering::SeqCst);
                    })
                    .await
                })
            })
            .collect();
        for task in tasks {
            task.await.unwrap().unwrap();
        }
        assert_eq!(most.load(Ordering::SeqCst), 2);
    }
}
