"""Reading a corpus folder: files, manifest, decoding, and why a file was set aside.

Nothing is dropped silently: every ``*.txt`` file (and every manifest row
without a file) becomes a :class:`DocInfo` with a ``status`` of ``ok`` or the
reason it was set aside.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import regex

from etl.errors import EtlError

MAX_BYTES = 16 * 1024 * 1024  #: no news article is this large; a larger file is set aside unread
_HTML = regex.compile(r"^\s*(?:<!DOCTYPE\s+html|<html[\s>]|<head[\s>]|<body[\s>])", regex.IGNORECASE)
_TAGS = regex.compile(r"</?(?:p|div|span|a|br|script|style|td|tr|li|ul|meta|link)\b[^>]{0,500}>", regex.IGNORECASE)
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass
class ManifestRow:
    published: dt.date | None = None
    publisher: str | None = None
    language: str | None = None
    title: str | None = None
    note: str | None = None


@dataclass
class DocInfo:
    """One input file, as the documents table records it."""

    doc_id: str
    path: str
    doc_sha256: str = ""
    published: dt.date | None = None
    publisher: str | None = None
    title: str | None = None
    language: str | None = None
    n_chars: int = 0
    n_bytes: int = 0
    encoding: str | None = None
    n_replaced: int = 0
    status: str = "ok"
    reason: str | None = None
    body_start: int = 0
    body_end: int = 0
    n_furniture_lines: int = 0
    n_foreign_lines: int = 0
    text: str = field(default="", repr=False)


def manifest_rows(folder: Path, notes: list[str]) -> Iterator[tuple[str, int, ManifestRow]]:
    """(doc_id, line number, row) for each row of the optional manifest.csv, streamed;
    problems become ``notes``, never exceptions."""
    path = folder / "manifest.csv"
    if not path.exists():
        return
    try:
        fh = open(path, encoding="utf-8-sig", errors="replace", newline="")
    except OSError as e:
        notes.append(f"manifest.csv unreadable: {e.strerror}")
        return
    with fh:
        reader = csv.DictReader(fh)
        try:
            fields = reader.fieldnames
        except (OSError, csv.Error) as e:
            notes.append(f"manifest.csv unreadable: {e}")
            return
        if not fields or "doc_id" not in fields:
            notes.append("manifest.csv has no doc_id column; ignored")
            return
        n = 1
        try:
            for n, r in enumerate(reader, start=2):
                did = (r.get("doc_id") or "").strip()
                if not did:
                    notes.append(f"manifest.csv line {n}: empty doc_id")
                    continue
                row = ManifestRow(
                    publisher=(r.get("publisher") or "").strip() or None,
                    language=(r.get("language") or "").strip() or None,
                    title=(r.get("title") or "").strip() or None,
                )
                pub = (r.get("published") or "").strip()
                if pub:
                    try:
                        row.published = dt.date.fromisoformat(pub[:10])
                    except ValueError:
                        row.note = f"bad published date {pub!r} in manifest (left empty)"
                yield did, n, row
        except (OSError, csv.Error) as e:
            notes.append(f"manifest.csv unreadable after line {n}: {e}")


def read_manifest(folder: Path) -> tuple[dict[str, ManifestRow], list[str]]:
    """The whole manifest as a dict (for small corpora and tests; builds stream it)."""
    notes: list[str] = []
    rows: dict[str, ManifestRow] = {}
    for did, n, row in manifest_rows(folder, notes):
        if did in rows:
            rows[did].note = f"duplicate doc_id in manifest line {n} (first row kept)"
            continue
        rows[did] = row
    return rows, notes


def decode(raw: bytes) -> tuple[str, str, int]:
    """Bytes to text: (text, encoding, number of replaced bytes). Never raises."""
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            text = raw.decode(enc, errors="replace")
            return text, enc, text.count("\ufffd")
    if raw.startswith(codecs.BOM_UTF8):
        raw_body, enc = raw[3:], "utf-8-sig"
    else:
        raw_body, enc = raw, "utf-8"
    try:
        return raw_body.decode("utf-8"), enc, 0
    except UnicodeDecodeError:
        pass
    text = raw_body.decode("utf-8", errors="replace")
    n_bad = text.count("\ufffd") - raw_body.count("\ufffd".encode())
    has_multibyte = any(ord(c) > 127 and c != "\ufffd" for c in text)
    if not has_multibyte:
        # no valid UTF-8 sequence at all: a single-byte code page (Latin-1 family)
        return raw_body.decode("cp1252", errors="replace"), "cp1252", 0
    return text, enc, n_bad


def discover(folder: Path) -> tuple[list[Path], list[DocInfo]]:
    """The corpus files in a stable order, and entries already set aside."""
    if not folder.exists():
        raise EtlError(f"corpus folder {folder} does not exist")
    if not folder.is_dir():
        raise EtlError(f"{folder} is not a folder")
    root = folder.resolve()
    files: list[Path] = []
    aside: list[DocInfo] = []
    seen: dict[str, str] = {}
    for entry in sorted(os.scandir(folder), key=lambda e: e.name):
        if not entry.name.endswith(".txt"):
            continue
        p = Path(entry.path)
        did = entry.name[:-4]
        if entry.is_symlink():
            target = p.resolve()
            if root not in target.parents:
                aside.append(DocInfo(did, str(p), status="symlink_outside", reason=f"symlink to {target} outside the corpus folder; not followed"))
                continue
        if not p.is_file():
            aside.append(DocInfo(did, str(p), status="not_a_file", reason="not a regular file"))
            continue
        key = did.casefold()
        if key in seen:
            aside.append(DocInfo(did, str(p), status="duplicate_id", reason=f"name differs only in case from {seen[key]}.txt"))
            continue
        seen[key] = did
        files.append(p)
    return files, aside


def read(path: Path, meta: ManifestRow | None) -> DocInfo:
    """Read and decode one file; problems give a status, never an exception."""
    did = path.name[:-4]
    info = DocInfo(did, str(path))
    if meta:
        info.published, info.publisher, info.title, info.language = meta.published, meta.publisher, meta.title, meta.language
        if meta.note:
            info.reason = meta.note
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            info.status, info.reason = "too_large", f"{size} bytes is over the {MAX_BYTES}-byte limit"
            return info
        raw = path.read_bytes()
    except OSError as e:
        info.status, info.reason = "unreadable", f"cannot read file: {e.strerror or e}"
        return info
    info.doc_sha256 = hashlib.sha256(raw).hexdigest()
    info.n_bytes = len(raw)
    text, enc, n_bad = decode(raw)
    info.encoding, info.n_replaced = enc, n_bad
    if enc == "cp1252":
        note = "not valid UTF-8; decoded as cp1252 (Latin-1 family)"
        info.reason = f"{info.reason}; {note}" if info.reason else note
    info.n_chars = len(text)
    if not text.strip():
        info.status, info.reason = "empty", "file is empty or white space only"
        return info
    controls = len(_CONTROL.findall(text[:100_000])) if _CONTROL.search(text, 0, 100_000) else 0
    if "\x00" in text[:100_000] or controls > 0.05 * min(len(text), 100_000):
        info.status, info.reason = "binary", f"binary content ({controls} control characters)"
        return info
    if "<" in text[:20_000] and (_HTML.match(text) or len(_TAGS.findall(text[:20_000])) > 20):
        info.status, info.reason = "html", "an HTML page saved as .txt; not read as an article"
        return info
    if n_bad:
        note = f"{n_bad} invalid byte(s) replaced"
        info.reason = f"{info.reason}; {note}" if info.reason else note
    info.text = text
    return info
