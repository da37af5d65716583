//! Printable catalogues: a PDF per showcase, district and producer in each
//! language of the site, made by the `print.catalogue` job (or the command
//! line) and kept under `DATA_DIR/catalogues/{kind}/{slug}/{version}.{lang}.pdf`,
//! where the version is a content hash of what the catalogue shows. A
//! request for a catalogue whose current version has no file yet enqueues
//! the job, keyed by that version, so a hundred requests make it once.
//!
//! Above the catalogue, directory and showcases areas (it reads all three);
//! nothing here knows the web.

mod error;
mod qr;
pub mod render;
pub mod source;
mod text;

use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use url::Url;

pub use error::PrintError;
pub use source::{Audience, CatalogueKind, CatalogueSource, MAX_PRODUCTS};
/// Noto Sans Regular, shipped in the binary: also what the report's charts are measured with.
pub(crate) use text::LATIN_REGULAR as NOTO_SANS_REGULAR;

use crate::db::{DbConnection, DbResult};
use crate::i18n::Language;
use crate::jobs::{self, NewJob};
use crate::media::MediaStore;
use crate::settings::Settings;

/// The job that makes a catalogue's current version.
pub const PRINT_CATALOGUE: &str = "print.catalogue";

/// What a `print.catalogue` job is about.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PrintRequest {
    pub kind: CatalogueKind,
    pub slug: String,
    /// Jobs queued before catalogues spoke other languages were English ones.
    #[serde(default)]
    pub language: Language,
}

/// Queues the making of `version` of a catalogue, once: the key names the
/// version, so concurrent requests for it write one job. Call it only when
/// the version's file is missing.
pub fn enqueue(
    conn: &mut DbConnection,
    request: &PrintRequest,
    version: &str,
    now: NaiveDateTime,
) -> DbResult<bool> {
    let payload = serde_json::json!({
        "kind": request.kind,
        "slug": request.slug,
        "language": request.language,
    });
    // A catalogue nobody can print (its showcase ended meanwhile) is not
    // worth a day of retries.
    let job = NewJob::new(PRINT_CATALOGUE, payload)
        .with_key(format!(
            "{PRINT_CATALOGUE}:{}:{}:{}:{version}",
            request.kind.folder(),
            request.slug,
            request.language.as_str()
        ))
        .max_attempts(5);
    // Asked for because the version has no file: a job that made it before
    // wrote a file that has gone since (removed by hand, a restored backup),
    // so the finished job runs again rather than leaving the URL at 202.
    Ok(jobs::repo::enqueue(conn, job.clone(), now)? || jobs::repo::run_again(conn, &job, now)?)
}

/// Where catalogue files are kept, and the photos they print.
#[derive(Debug, Clone)]
pub struct Printer {
    root: PathBuf,
    photos: MediaStore,
}

impl Printer {
    pub fn new(data_dir: &Path, photos: MediaStore) -> Self {
        Self {
            root: data_dir.join("catalogues"),
            photos,
        }
    }

    pub fn from_settings(settings: &Settings) -> anyhow::Result<Self> {
        Ok(Self::new(
            &settings.data_dir,
            MediaStore::from_settings(settings)?,
        ))
    }

    fn folder(&self, kind: CatalogueKind, slug: &str) -> PathBuf {
        // Slugs come from the database, but the name is still encoded so no
        // slug could ever reach outside its folder.
        let slug: String = url::form_urlencoded::byte_serialize(slug.as_bytes()).collect();
        self.root.join(kind.folder()).join(slug)
    }

    pub fn path(&self, source: &CatalogueSource, version: &str) -> PathBuf {
        self.folder(source.kind, &source.slug)
            .join(file_name(version, source.language))
    }

    /// The file at `path` (see [`Printer::path`]), when it has been made.
    pub fn stored(path: &Path) -> std::io::Result<Option<Vec<u8>>> {
        match std::fs::read(path) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(error) if error.kind() == ErrorKind::NotFound => Ok(None),
            Err(error) => Err(error),
        }
    }

    /// Renders `source` as it is now and keeps it as its version's file,
    /// removing the files of older versions; returns the version.
    pub fn make(
        &self,
        source: &CatalogueSource,
        site: &Url,
        now: NaiveDateTime,
        progress: &mut dyn FnMut(usize),
    ) -> anyhow::Result<String> {
        let version = source.version(site)?;
        let bytes = render::render(source, site, now, &self.photos, progress)?;
        let path = self.path(source, &version);
        crate::files::write_atomically(&path, &bytes)?;
        self.remove_other_versions(source, &version);
        Ok(version)
    }

    /// Renders `source` to bytes without keeping it (the command line).
    pub fn render(
        &self,
        source: &CatalogueSource,
        site: &Url,
        now: NaiveDateTime,
        progress: &mut dyn FnMut(usize),
    ) -> anyhow::Result<Vec<u8>> {
        render::render(source, site, now, &self.photos, progress)
    }

    /// Old versions in the same language are never served again (nor are
    /// the files of before catalogues had languages, named `{version}.pdf`);
    /// a failure to remove one only costs disk space, so it is logged and left.
    fn remove_other_versions(&self, source: &CatalogueSource, keep: &str) {
        let Ok(entries) = std::fs::read_dir(self.folder(source.kind, &source.slug)) else {
            return;
        };
        let keep = file_name(keep, source.language);
        let same_language = format!(".{}.pdf", source.language.as_str());
        for entry in entries.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            let old =
                name.ends_with(&same_language) || (name.ends_with(".pdf") && name.matches('.').count() == 1);
            if old
                && name != keep
                && let Err(error) = std::fs::remove_file(entry.path())
            {
                tracing::warn!(%error, file = %entry.path().display(), "an old catalogue was not removed");
            }
        }
    }
}

/// "3f9a….hi.pdf": a version's file in one language.
fn file_name(version: &str, language: Language) -> String {
    format!("{version}.{}.pdf", language.as_str())
}
