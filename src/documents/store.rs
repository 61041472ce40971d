//! The document store (E8): contents addressed by their SHA-256, written once and never
//! overwritten. PostgreSQL keeps them in `document_contents`, inside the transaction
//! that attaches them; a SQLite database in a folder beside its file, `FILE.documents/`,
//! one file per content under the first two hex digits of its hash (`ab/abcd…`).
//!
//! A SQLite content is written before the row that refers to it is committed, so a
//! committed row always finds its content; a write that then fails leaves a content no
//! row refers to, which nothing lists and the next identical file reuses.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::db::{Arg, Backend, Tx};
use crate::error::{Error, Result};

/// A content ready to store: its bytes and their hash.
pub struct Content {
    pub sha256: String,
    pub bytes: Vec<u8>,
}

impl Content {
    pub fn new(bytes: Vec<u8>) -> Content {
        Content {
            sha256: hash(&bytes),
            bytes,
        }
    }
}

pub fn hash(bytes: &[u8]) -> String {
    crate::ies::extract::hex(&Sha256::digest(bytes))
}

/// Where a SQLite database keeps its documents.
pub fn folder_of(database_file: &Path) -> PathBuf {
    let mut name = database_file.as_os_str().to_owned();
    name.push(".documents");
    PathBuf::from(name)
}

fn path_in(folder: &Path, sha256: &str) -> PathBuf {
    folder.join(&sha256[..2]).join(sha256)
}

/// The store of one database: a folder (SQLite) or the database's own table.
pub enum Store {
    Folder(PathBuf),
    Table,
}

impl Store {
    /// Stores `content` unless the store has it already. It is taken whole so that its
    /// bytes (up to [`super::MAX_BYTES`]) are bound without a copy.
    pub async fn put(&self, tx: &mut Tx, content: Content) -> Result<()> {
        match self {
            Store::Table => {
                tx.execute(
                    crate::sql!(postgres: "INSERT INTO document_contents (sha256, size_bytes, content) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING"),
                    crate::args![
                        content.sha256.as_str(),
                        content.bytes.len() as i64,
                        content.bytes
                    ],
                )
                .await?;
                Ok(())
            }
            Store::Folder(folder) => put_file(folder, &content),
        }
    }

    /// The content stored under `sha256`, checked against its hash.
    pub async fn get(&self, tx: &mut Tx, sha256: &str) -> Result<Vec<u8>> {
        let bytes = match self {
            Store::Table => {
                let row: Option<(Vec<u8>,)> = tx
                    .fetch_optional(
                        crate::sql!(postgres: "SELECT content FROM document_contents WHERE sha256 = $1"),
                        vec![Arg::from(sha256)],
                    )
                    .await?;
                row.map(|(b,)| b)
                    .ok_or_else(|| damaged(sha256, "its content is missing"))?
            }
            Store::Folder(folder) => {
                let path = path_in(folder, sha256);
                std::fs::read(&path)
                    .map_err(|e| damaged(sha256, &format!("cannot read {}: {e}", path.display())))?
            }
        };
        if hash(&bytes) != sha256 {
            return Err(damaged(sha256, "its content no longer matches its hash"));
        }
        Ok(bytes)
    }

    pub fn of(backend: Backend, database_file: Option<&Path>) -> Result<Store> {
        match (backend, database_file) {
            (Backend::Postgres, _) => Ok(Store::Table),
            (Backend::Sqlite, Some(file)) => Ok(Store::Folder(folder_of(file))),
            (Backend::Sqlite, None) => Err(Error::Usage(
                "documents need a SQLite database in a file: they are kept in a folder beside it"
                    .into(),
            )),
        }
    }
}

fn damaged(sha256: &str, why: &str) -> Error {
    Error::Internal(format!(
        "the document store is damaged: document content {sha256}: {why}"
    ))
}

/// Writes a content file once: into a temporary file, synced, then linked under its
/// name, which fails rather than replace a file that is there.
fn put_file(folder: &Path, content: &Content) -> Result<()> {
    let path = path_in(folder, &content.sha256);
    if path.exists() {
        return Ok(());
    }
    let dir = path.parent().unwrap_or(folder);
    let fail = |what: &str, e: std::io::Error| {
        Error::DatabaseUnavailable(format!(
            "document store {}: cannot {what}: {e}",
            folder.display()
        ))
    };
    std::fs::create_dir_all(dir).map_err(|e| fail("create its folder", e))?;
    let temp = dir.join(format!(
        ".{}.{}.partial",
        content.sha256,
        std::process::id()
    ));
    let written = (|| {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)?;
        f.write_all(&content.bytes)?;
        f.sync_all()
    })();
    if let Err(e) = written {
        let _ = std::fs::remove_file(&temp);
        return Err(fail("write a document", e));
    }
    let linked = std::fs::hard_link(&temp, &path);
    let _ = std::fs::remove_file(&temp);
    match linked {
        Ok(()) => Ok(()),
        // Another writer stored the same content first.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(fail("store a document", e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_content_is_written_once_under_its_hash_and_never_replaced() {
        let dir = tempfile::tempdir().expect("tempdir");
        let folder = folder_of(&dir.path().join("isets.db"));
        let content = Content::new(b"signed plan".to_vec());
        put_file(&folder, &content).expect("put");
        let path = path_in(&folder, &content.sha256);
        assert_eq!(std::fs::read(&path).expect("read"), b"signed plan");
        // Whatever is there stays: the same hash is never written again.
        std::fs::write(&path, b"tampered").expect("tamper");
        put_file(&folder, &content).expect("put again");
        assert_eq!(std::fs::read(&path).expect("read"), b"tampered");
        let leftovers: Vec<_> = std::fs::read_dir(path.parent().expect("dir"))
            .expect("list")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(leftovers.len(), 1, "{leftovers:?}");
    }

    #[test]
    fn the_hash_is_sha256_in_lowercase_hex() {
        assert_eq!(
            hash(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
