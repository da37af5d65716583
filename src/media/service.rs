//! The async side of [`MediaStore`]: each call runs its blocking work
//! (decoding, encoding, file I/O) on tokio's blocking pool, never on a
//! request thread.

use anyhow::anyhow;

use super::MediaError;
use super::model::{ImageHash, MediaKey, StoredImage};
use super::process::process_photo;
use super::store::MediaStore;
use crate::heavy_work::Bounded;

/// Decoding a photo can take a few hundred megabytes (see `limits`) and a
/// core: one per core at a time, so a burst of uploads queues instead of
/// exhausting memory.
static DECODING: Bounded = Bounded::new(|cores| cores);

impl MediaStore {
    /// Validates, processes and stores one uploaded photo. The same bytes
    /// always give the same [`StoredImage`] and file names, so a repeated
    /// upload stores nothing new.
    pub async fn store_upload(&self, upload: Vec<u8>) -> Result<StoredImage, MediaError> {
        let store = self.clone();
        let started = std::time::Instant::now();
        let stored = DECODING
            .run(move || store.store_photo(&process_photo(&upload)?))
            .await
            .unwrap_or_else(|e| Err(MediaError::Unexpected(e)));
        metrics::histogram!("media_processing_seconds").record(started.elapsed().as_secs_f64());
        stored
    }

    /// The bytes of one variant, for serving.
    pub async fn read_variant(&self, key: MediaKey) -> Result<Vec<u8>, MediaError> {
        let store = self.clone();
        blocking(move || store.read(&key)).await
    }

    /// Removes every variant of the photo `hash` names, once nothing refers
    /// to it (see [`MediaStore::remove_photo`]). Best effort: a file left
    /// behind costs only disk space, so a failure is logged, not returned.
    pub async fn delete(&self, hash: &str) {
        let Some(hash) = ImageHash::parse(hash) else {
            tracing::warn!(
                image.hash = hash,
                "not deleting photo files: the hash is malformed"
            );
            return;
        };
        let store = self.clone();
        let outcome = blocking({
            let hash = hash.clone();
            move || store.remove_photo(&hash)
        })
        .await;
        if let Err(error) = outcome {
            tracing::warn!(image.hash = %hash, error = ?anyhow::Error::new(error), "photo files were not deleted");
        }
    }
}

async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, MediaError> + Send + 'static,
) -> Result<T, MediaError> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| MediaError::Unexpected(anyhow!("media work did not finish: {e}")))?
}
