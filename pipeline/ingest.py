"""Ingestion: files, folders, JSONL and CSV in; :class:`Article` records out.

Reading is lazy: :func:`iter_articles` yields one article at a time, so a
corpus of any size streams through. A bad record never stops the stream: it
is yielded as an :class:`IngestError` and the caller decides what to do.

Example:
    >>> for item in iter_articles([Path("corpus")]):          # doctest: +SKIP
    ...     print(item.doc_id, item.date)
    000_17badf733beed63e 2026-01-10
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from pipeline.clean import FurniturePatterns, find_dateline, furniture_spans
from pipeline.types import Article

#: Extensions read as one article per file.
TEXT_SUFFIXES: frozenset[str] = frozenset({".txt", ".md"})
#: Extensions read as one article per record.
RECORD_SUFFIXES: frozenset[str] = frozenset({".jsonl", ".csv"})


@dataclass(frozen=True)
class IngestError:
    """An input that could not become an article.

    Example:
        >>> IngestError("a.jsonl:3", "a.jsonl:3", "ingest", "line 3: invalid JSON").stage
        'ingest'
    """

    doc_id: str
    source: str
    stage: str
    reason: str


def iter_articles(
    inputs: Iterable[Path], patterns: FurniturePatterns | None = None
) -> Iterator[Article | IngestError]:
    """Yield every article found in files and folders, in a stable order.

    A folder contributes the article files directly inside it (not its
    sub-folders, so ``corpus/gold/`` is never input).

    Args:
        inputs: Files or folders.
        patterns: Furniture patterns (loaded from ``models/`` when None).

    Raises:
        FileNotFoundError: If an input path does not exist.
    """
    patterns = patterns or FurniturePatterns.load()
    for path in _expand(inputs):
        for item in _read_path(path):
            yield finish(item, patterns) if isinstance(item, Article) else item


def _expand(inputs: Iterable[Path]) -> Iterator[Path]:
    """Files named directly, and the article files inside named folders."""
    for path in inputs:
        if not path.exists():
            raise FileNotFoundError(f"input not found: {path}")
        if path.is_dir():
            yield from sorted(
                p for p in path.iterdir()
                if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES | RECORD_SUFFIXES
            )
        else:
            yield path


def _read_path(path: Path) -> Iterator[Article | IngestError]:
    """Dispatch on the file's extension."""
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from read_jsonl(path)
    elif suffix == ".csv":
        yield from read_csv(path)
    else:
        yield read_text_file(path)


def read_text_file(path: Path) -> Article | IngestError:
    """Read one ``.txt``/``.md`` article; ``doc_id`` is the name without extension.

    Example:
        >>> read_text_file(Path("corpus/001_e5302a6166cb14bf.txt")).doc_id  # doctest: +SKIP
        '001_e5302a6166cb14bf'
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as err:
        return IngestError(path.stem, str(path), "ingest", f"not UTF-8 text: {err.reason}")
    except OSError as err:
        return IngestError(path.stem, str(path), "ingest", f"cannot read: {err.strerror}")
    return Article(doc_id=path.stem, text=text, source=str(path))


def read_jsonl(path: Path) -> Iterator[Article | IngestError]:
    """Read one article per JSON line: ``id``, ``text``, optional ``date``, ``title``, ``source``."""
    with path.open(encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                yield IngestError(where, where, "ingest", f"line {number}: invalid JSON ({err.msg})")
                continue
            if not isinstance(record, dict):
                yield IngestError(where, where, "ingest", f"line {number}: not a JSON object")
                continue
            yield from_record(record, where, number)


def read_csv(path: Path) -> Iterator[Article | IngestError]:
    """Read one article per CSV row, with the same columns as JSONL."""
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        if not reader.fieldnames or "text" not in reader.fieldnames:
            where = f"{path}:1"
            yield IngestError(path.stem, where, "ingest", "line 1: CSV header needs 'id' and 'text'")
            return
        for row in reader:
            number = reader.line_num
            yield from_record(dict(row), f"{path}:{number}", number)


def from_record(record: dict[str, object], where: str, number: int) -> Article | IngestError:
    """Turn a JSONL/CSV record into an article, checking its fields.

    Example:
        >>> from_record({"id": "a", "text": "Bonjour", "date": "2025-12-20"}, "x:1", 1).date
        '2025-12-20'
    """
    doc_id = str(record.get("id") or "").strip()
    text = record.get("text")
    if not doc_id:
        return IngestError(where, where, "ingest", f"line {number}: missing 'id'")
    if not isinstance(text, str):
        return IngestError(doc_id, where, "ingest", f"line {number}: missing or non-text 'text'")
    raw_date = str(record.get("date") or "").strip()
    if raw_date:
        try:
            iso = date.fromisoformat(raw_date[:10]).isoformat()
        except ValueError:
            return IngestError(
                doc_id, where, "ingest", f"line {number}: 'date' {raw_date!r} is not an ISO day"
            )
    else:
        iso = ""
    return Article(
        doc_id=doc_id,
        text=text,
        date=iso or None,
        title=str(record.get("title") or ""),
        source=str(record.get("source") or where),
        date_source="field" if iso else "",
    )


def finish(article: Article, patterns: FurniturePatterns) -> Article:
    """Add what cleaning finds: furniture spans, and the dateline if no date was given."""
    spans = furniture_spans(article.text, patterns.whole_line, patterns.anywhere)
    dateline = find_dateline(article.text) if article.date is None else None
    if dateline:
        return replace(article, furniture=spans, date=dateline, date_source="dateline")
    return replace(article, furniture=spans)
