//! Small file-system helpers shared by the areas.

use std::io::{self, Write};
use std::path::Path;

/// Writes a secret (a key, a token) so that only its owner can read it: the
/// file is created with mode 0600 rather than narrowed after it was written.
pub fn write_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        options.mode(0o600);
        // An existing file keeps its mode when opened: narrow it too.
        if path.exists() {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
        }
    }
    options.open(path)?.write_all(bytes)
}
