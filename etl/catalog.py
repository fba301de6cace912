"""The list of what a build reads, kept on disk so memory stays flat at any corpus size.

File names and manifest rows are streamed into a small SQLite database in the
build's temporary folder, then read back in ``doc_id`` order: every ``*.txt``
file (to be read, or already set aside: a symlink out of the corpus, not a
regular file, a name differing only in case from another) and every manifest
row without a file. Nothing about a corpus of millions of files is held in
Python lists or dicts.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from etl.documents import DocInfo, ManifestRow, manifest_rows
from etl.errors import EtlError


@dataclass(frozen=True)
class Entry:
    doc_id: str
    path: str
    meta: ManifestRow | None
    aside: DocInfo | None  #: set when the file is not to be read, with its status and reason


def _key(name: str) -> bytes:
    # sort and compare on the UTF-8 bytes (code point order); names that are not
    # valid UTF-8 keep their raw bytes
    return name.encode("utf-8", "surrogateescape")


class Catalog:
    """Files and manifest rows of one corpus folder, in an SQLite file."""

    def __init__(self, folder: Path, db: Path) -> None:
        self.folder = Path(folder)
        if not self.folder.exists():
            raise EtlError(f"corpus folder {folder} does not exist")
        if not self.folder.is_dir():
            raise EtlError(f"{folder} is not a folder")
        self.notes: list[str] = []
        self.con = sqlite3.connect(db)
        self.con.executescript(
            """
            PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
            CREATE TABLE files (k BLOB PRIMARY KEY, name TEXT, fold TEXT, status TEXT, reason TEXT);
            CREATE TABLE manifest (k BLOB PRIMARY KEY, line INTEGER, published TEXT, publisher TEXT,
                                   language TEXT, title TEXT, note TEXT);
            """
        )
        self._scan()
        self._load_manifest()

    def _scan(self) -> None:
        root = self.folder.resolve()
        batch: list[tuple[bytes, str, str, str | None, str | None]] = []
        with os.scandir(self.folder) as it:
            for entry in it:
                if not entry.name.endswith(".txt"):
                    continue
                did = entry.name[:-4]
                status: str | None = None
                reason: str | None = None
                if entry.is_symlink():
                    target = Path(entry.path).resolve()
                    if root not in target.parents:
                        status, reason = "symlink_outside", f"symlink to {target} outside the corpus folder; not followed"
                if status is None and not entry.is_file():  # follows a symlink, as Path.is_file does
                    status, reason = "not_a_file", "not a regular file"
                batch.append((_key(did), entry.name, did.casefold(), status, reason))
                if len(batch) >= 10_000:
                    self._insert_files(batch)
        self._insert_files(batch)
        # names that differ only in case: the first in sort order is read, the others set aside
        dups = self.con.execute(
            "SELECT fold FROM files WHERE status IS NULL GROUP BY fold HAVING count(*) > 1"
        ).fetchall()
        for (fold,) in dups:
            keys = self.con.execute(
                "SELECT k, name FROM files WHERE fold = ? AND status IS NULL ORDER BY k", (fold,)
            ).fetchall()
            first = keys[0][1][:-4]
            for k, _ in keys[1:]:
                self.con.execute("UPDATE files SET status = 'duplicate_id', reason = ? WHERE k = ?",
                                 (f"name differs only in case from {first}.txt", k))

    def _insert_files(self, batch: list[tuple[bytes, str, str, str | None, str | None]]) -> None:
        self.con.executemany("INSERT INTO files VALUES (?, ?, ?, ?, ?)", batch)
        batch.clear()

    def _load_manifest(self) -> None:
        batch: list[tuple[object, ...]] = []
        for did, line, row in manifest_rows(self.folder, self.notes):
            batch.append((_key(did), line, row.published.isoformat() if row.published else None,
                          row.publisher, row.language, row.title, row.note))
            if len(batch) >= 10_000:
                self._insert_manifest(batch)
        self._insert_manifest(batch)

    def _insert_manifest(self, batch: list[tuple[object, ...]]) -> None:
        for r in batch:
            try:
                self.con.execute("INSERT INTO manifest VALUES (?, ?, ?, ?, ?, ?, ?)", r)
            except sqlite3.IntegrityError:  # the first row for a doc_id is kept
                self.con.execute("UPDATE manifest SET note = ? WHERE k = ?",
                                 (f"duplicate doc_id in manifest line {r[1]} (first row kept)", r[0]))
        batch.clear()

    def count(self) -> tuple[int, int]:
        """(files to read, entries in all)."""
        n_read = self.con.execute("SELECT count(*) FROM files WHERE status IS NULL").fetchone()[0]
        n_missing = self.con.execute("SELECT count(*) FROM manifest WHERE k NOT IN (SELECT k FROM files)").fetchone()[0]
        n_files = self.con.execute("SELECT count(*) FROM files").fetchone()[0]
        return n_read, n_files + n_missing

    def entries(self) -> Iterator[Entry]:
        """Every file and every manifest row without a file, in doc_id order."""
        cur = self.con.execute(
            """
            SELECT f.k, f.name, f.status, f.reason, m.published, m.publisher, m.language, m.title, m.note, 1
              FROM files f LEFT JOIN manifest m ON m.k = f.k
            UNION ALL
            SELECT m.k, NULL, 'missing_file', 'listed in manifest.csv but no such file',
                   m.published, m.publisher, m.language, m.title, m.note, 0
              FROM manifest m WHERE m.k NOT IN (SELECT k FROM files)
            ORDER BY 1
            """
        )
        folder = str(self.folder)
        for k, name, status, reason, pub, publisher, language, title, note, has_file in cur:
            did = k.decode("utf-8", "surrogateescape")
            meta = None
            if any(v is not None for v in (pub, publisher, language, title, note)):
                meta = ManifestRow(dt.date.fromisoformat(pub) if pub else None, publisher, language, title, note)
            path = os.path.join(folder, name if has_file else f"{did}.txt")
            aside = None
            if status is not None:
                aside = DocInfo(did, path, status=status, reason=reason)
                if meta:
                    aside.published, aside.publisher, aside.title, aside.language = (
                        meta.published, meta.publisher, meta.title, meta.language)
            yield Entry(did, path, meta, aside)

    def close(self) -> None:
        self.con.close()
