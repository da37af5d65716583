//! Jobs are rows: written in the transaction of the change that causes them,
//! claimed by workers, retried with exponential backoff, kept visible.

pub mod model;
pub mod repo;
pub mod stats;
pub mod worker;

pub use model::{Job, JobStatus, NewJob};
pub use stats::QueueStat;
pub use worker::{JobFailure, JobHandler, Worker};
pub mod maintenance;
