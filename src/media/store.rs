//! Where variants are kept. Names come from content, so a name always means
//! the same bytes: writing one that exists is a no-op, and readers may cache
//! forever.

use std::fs;
use std::io::{ErrorKind, Write};
use std::path::PathBuf;

use anyhow::Context;

use super::MediaError;
use super::model::{ImageHash, MediaKey, StoredImage};
use super::process::ProcessedPhoto;
use crate::settings::Settings;

/// The one adapter for stored photos. Only local files for now; an
/// S3-compatible bucket would be a second variant answering the same calls
/// (keys map to object names unchanged, and `remove_photo` to a prefix listing).
#[derive(Debug, Clone)]
pub enum MediaStore {
    /// Files under `root` (`MEDIA_DIR`), at `root/{key}`.
    Local { root: PathBuf },
}

impl MediaStore {
    pub fn local(root: impl Into<PathBuf>) -> MediaStore {
        MediaStore::Local { root: root.into() }
    }

    /// The store `MEDIA_DIR` names, created if missing, so a directory that
    /// cannot be written stops the start rather than the first upload.
    pub fn from_settings(settings: &Settings) -> Result<MediaStore, MediaError> {
        let root = &settings.media_dir;
        fs::create_dir_all(root)
            .with_context(|| format!("MEDIA_DIR {} cannot be created", root.display()))?;
        Ok(MediaStore::local(root))
    }

    /// Writes every variant of `photo` and describes the result.
    pub fn store_photo(&self, photo: &ProcessedPhoto) -> Result<StoredImage, MediaError> {
        for file in &photo.files {
            self.put(&file.key, &file.bytes)?;
        }
        Ok(photo.stored_image())
    }

    /// Stores `bytes` under `key` unless something is already there (it holds
    /// the same content). Written to a temporary file and renamed, so a
    /// crash never leaves half a photo under a real name.
    pub fn put(&self, key: &MediaKey, bytes: &[u8]) -> Result<(), MediaError> {
        match self {
            MediaStore::Local { root } => {
                let path = root.join(key.to_string());
                if path.exists() {
                    return Ok(());
                }
                let dir = path.parent().context("a media key has a directory")?;
                fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
                // Starts with a dot, so it can never parse as a key and be served.
                let temp = dir.join(format!(".{}.tmp", uuid::Uuid::now_v7().simple()));
                let written = fs::File::create(&temp)
                    .and_then(|mut file| file.write_all(bytes).and_then(|()| file.sync_all()))
                    .and_then(|()| fs::rename(&temp, &path));
                if let Err(error) = written {
                    let _ = fs::remove_file(&temp);
                    return Err(MediaError::Unexpected(
                        anyhow::Error::new(error).context(format!("writing {}", path.display())),
                    ));
                }
                Ok(())
            }
        }
    }

    /// The bytes stored under `key`, or [`MediaError::NotFound`].
    pub fn read(&self, key: &MediaKey) -> Result<Vec<u8>, MediaError> {
        match self {
            MediaStore::Local { root } => {
                let path = root.join(key.to_string());
                fs::read(&path).map_err(|error| match error.kind() {
                    ErrorKind::NotFound => MediaError::NotFound,
                    _ => MediaError::Unexpected(
                        anyhow::Error::new(error).context(format!("reading {}", path.display())),
                    ),
                })
            }
        }
    }

    /// Removes every variant of a photo and returns how many there were.
    /// Uploads are content-addressed, so two listings may share a photo:
    /// call this only when nothing refers to `hash` any more.
    pub fn remove_photo(&self, hash: &ImageHash) -> Result<usize, MediaError> {
        match self {
            MediaStore::Local { root } => {
                let (prefix, _) = hash.as_str().split_at(2);
                let dir = root.join(prefix);
                let entries = match fs::read_dir(&dir) {
                    Ok(entries) => entries,
                    Err(error) if error.kind() == ErrorKind::NotFound => return Ok(0),
                    Err(error) => {
                        return Err(MediaError::Unexpected(
                            anyhow::Error::new(error).context(format!("listing {}", dir.display())),
                        ));
                    }
                };
                let mut removed = 0;
                for entry in entries {
                    let entry = entry.with_context(|| format!("listing {}", dir.display()))?;
                    let name = entry.file_name();
                    let key = name
                        .to_str()
                        .and_then(|name| MediaKey::parse(&format!("{prefix}/{name}")));
                    if key.is_some_and(|key| key.hash() == hash) {
                        remove_if_present(entry.path())?;
                        removed += 1;
                    }
                }
                Ok(removed)
            }
        }
    }
}

fn remove_if_present(path: PathBuf) -> Result<(), MediaError> {
    match fs::remove_file(&path) {
        Err(error) if error.kind() != ErrorKind::NotFound => Err(MediaError::Unexpected(
            anyhow::Error::new(error).context(format!("removing {}", path.display())),
        )),
        _ => Ok(()),
    }
}
