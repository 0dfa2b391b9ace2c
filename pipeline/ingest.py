"""Ingestion: files, folders, JSONL, CSV and web pages in; :class:`Article` records out.

Reading is lazy: :func:`iter_articles` yields one article at a time, so a
corpus of any size streams through. A bad input never stops the stream: it
is yielded as an :class:`IngestError` naming the reason (binary file, empty
article, over the size cap, not French, malformed line with its number…)
and the caller decides what to do.

Example:
    >>> for item in iter_articles([Path("corpus")]):          # doctest: +SKIP
    ...     print(item.doc_id, item.date)
    000_17badf733beed63e 2026-01-10
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from pipeline.clean import FurniturePatterns, find_dateline, furniture_spans
from pipeline.decode import DecodeError, decode_bytes
from pipeline.html_input import HTML_SUFFIXES, extract_page
from pipeline.language import FunctionWords
from pipeline.types import Article

#: Extensions read as one article per file.
TEXT_SUFFIXES: frozenset[str] = frozenset({".txt", ".md"})
#: Extensions read as one article per record.
RECORD_SUFFIXES: frozenset[str] = frozenset({".jsonl", ".csv"})
#: Every extension a folder is searched for.
ARTICLE_SUFFIXES: frozenset[str] = TEXT_SUFFIXES | RECORD_SUFFIXES | HTML_SUFFIXES
#: Default cap on one article's size: 1 MB is some 150,000 words, far above
#: any news article; it matches spaCy's default ``nlp.max_length`` (a million
#: characters), past which the parser needs tens of GB, and keeps one stray
#: dump from stalling a run.
MAX_ARTICLE_BYTES = 1_000_000
_SURROGATE = re.compile("[\ud800-\udfff]")


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


@dataclass(frozen=True)
class IngestLimits:
    """What an article must be to enter the pipeline (settings, never data).

    Attributes:
        max_bytes: Largest article, in bytes of UTF-8 (files: bytes on disk).
        max_chars: Longest article in characters (the pipeline's ``nlp.max_length``).
        french_only: Skip articles that are clearly not French.
        words: The function words of the language check (loaded when None).

    Example:
        >>> IngestLimits(max_bytes=1000).max_bytes
        1000
    """

    max_bytes: int = MAX_ARTICLE_BYTES
    max_chars: int = 1_000_000
    french_only: bool = True
    words: FunctionWords | None = field(default=None, compare=False)


def iter_articles(
    inputs: Iterable[Path],
    patterns: FurniturePatterns | None = None,
    limits: IngestLimits | None = None,
) -> Iterator[Article | IngestError]:
    """Yield every article found in files and folders, in a stable order.

    A folder contributes the visible files directly inside it (not its
    sub-folders, so ``corpus/gold/`` is never input). A file of another type
    than :data:`ARTICLE_SUFFIXES` is read as plain text, so a stray PDF or
    image is reported as a binary file rather than silently ignored.

    Args:
        inputs: Files or folders.
        patterns: Furniture patterns (loaded from ``models/`` when None).
        limits: Size and language checks (defaults when None).

    Raises:
        FileNotFoundError: If an input path does not exist.
    """
    patterns = patterns or FurniturePatterns.load()
    limits = limits or IngestLimits()
    if limits.french_only and limits.words is None:
        limits = replace(limits, words=FunctionWords.load())
    for path in expand_inputs(inputs):
        for item in _read_path(path, limits.max_bytes):
            item = scrub(item)
            if isinstance(item, Article):
                problem = screen(item, limits)
                yield problem or finish(item, patterns)
            else:
                yield item


def scrub(item: Article | IngestError) -> Article | IngestError:
    """Replace lone surrogates (from JSON escapes or undecodable file names) by U+FFFD.

    They cannot be written as UTF-8; one replacement character keeps every
    offset in place.

    Example:
        >>> scrub(Article("a", "x\\ud800y")).text == "x\\ufffdy"
        True
    """
    changes: dict[str, Any] = {
        name: _SURROGATE.sub("\ufffd", value) for name, value in vars(item).items()
        if isinstance(value, str) and _SURROGATE.search(value)
    }
    return replace(item, **changes) if changes else item


def expand_inputs(inputs: Iterable[Path]) -> Iterator[Path]:
    """Files named directly, and the visible files directly inside named folders.

    Example:
        >>> [p.name for p in expand_inputs([Path("corpus")])][:1]    # doctest: +SKIP
        ['000_17badf733beed63e.txt']
    """
    for path in inputs:
        if not path.exists():
            raise FileNotFoundError(f"input not found: {path}")
        if path.is_dir():
            yield from sorted(
                p for p in path.iterdir() if p.is_file() and not p.name.startswith(".")
            )
        else:
            yield path


def screen(article: Article, limits: IngestLimits) -> IngestError | None:
    """Refuse an article that is empty, too large or not French.

    Example:
        >>> screen(Article("a", "  \\n "), IngestLimits(french_only=False)).reason
        'empty article: no text'
    """
    def refuse(stage: str, reason: str) -> IngestError:
        return IngestError(article.doc_id, article.source, stage, reason)

    if not article.text.strip():
        return refuse("ingest", "empty article: no text")
    size = len(article.text.encode("utf-8", "replace"))
    if size > limits.max_bytes:
        return refuse("ingest", _too_large(size, limits.max_bytes))
    if len(article.text) > limits.max_chars:
        return refuse("ingest", f"too long: {len(article.text):,} characters, over the "
                                f"parser's limit of {limits.max_chars:,} (nlp.max_length)")
    if limits.words is not None:
        reason = limits.words.not_french(article.text)
        if reason:
            return refuse("language", f"skipped, {reason}")
    return None


def _too_large(size: int, cap: int) -> str:
    return (f"too large: {size / 1e6:.1f} MB, over the {cap / 1e6:g} MB per-article cap "
            "(raise it with --max-article-mb or RunOptions.max_article_bytes)")


def _read_path(path: Path, max_bytes: int) -> Iterator[Article | IngestError]:
    """Dispatch on the file's extension."""
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from read_jsonl(path)
    elif suffix == ".csv":
        yield from read_csv(path)
    elif suffix in HTML_SUFFIXES:
        yield read_html_file(path, max_bytes)
    else:
        # .txt, .md, and any other file: text if it decodes as text (then
        # the emptiness and language checks apply), a "binary file" error if not.
        yield read_text_file(path, max_bytes)


def _read_bytes(path: Path, max_bytes: int) -> bytes | IngestError:
    """A file's bytes, unless it cannot be read or is over the cap (then not read)."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return IngestError(path.stem, str(path), "ingest", _too_large(size, max_bytes))
        return path.read_bytes()
    except OSError as err:
        return IngestError(path.stem, str(path), "ingest", f"cannot read: {err.strerror}")


def read_text_file(path: Path, max_bytes: int = MAX_ARTICLE_BYTES) -> Article | IngestError:
    """Read one ``.txt``/``.md`` article in any common encoding; ``doc_id`` is the stem.

    Example:
        >>> read_text_file(Path("corpus/001_e5302a6166cb14bf.txt")).doc_id  # doctest: +SKIP
        '001_e5302a6166cb14bf'
    """
    decoded = _read_text(path, max_bytes)
    if isinstance(decoded, IngestError):
        return decoded
    text, encoding = decoded
    return Article(doc_id=path.stem, text=text, source=str(path), encoding=encoding)


def _read_text(path: Path, max_bytes: int) -> tuple[str, str] | IngestError:
    """A file's text and the encoding it was decoded from, or why it could not be."""
    data = _read_bytes(path, max_bytes)
    if isinstance(data, IngestError):
        return data
    try:
        return decode_bytes(data)
    except DecodeError as err:
        return IngestError(path.stem, str(path), "ingest", str(err))


def read_html_file(path: Path, max_bytes: int = MAX_ARTICLE_BYTES) -> Article | IngestError:
    """Read one saved web page: its main text, title and publication date.

    Example:
        >>> read_html_file(Path("page.html")).date_source               # doctest: +SKIP
        'html'
    """
    decoded = _read_text(path, max_bytes)
    if isinstance(decoded, IngestError):
        return decoded
    markup, encoding = decoded
    try:
        page = extract_page(markup)
    except Exception as err:  # noqa: BLE001 - a parser failure is one bad page, not a crash
        return IngestError(path.stem, str(path), "ingest",
                           f"HTML extraction failed: {type(err).__name__}: {err}")
    if page is None:
        return IngestError(path.stem, str(path), "ingest", "HTML page: no main text found")
    return Article(doc_id=path.stem, text=page.text, date=page.date, title=page.title,
                   source=str(path), date_source="html" if page.date else "",
                   encoding=encoding)


def _decoded_lines(handle: BinaryIO) -> Iterator[tuple[int, str | DecodeError, str]]:
    """Number, text and encoding of each line of a record file.

    Lines are decoded one by one, so a file mixing UTF-8 and cp1252 lines
    (concatenated exports) reads whole, and one undecodable line is one error.
    """
    for number, raw in enumerate(handle, start=1):
        chunk = raw[3:] if number == 1 and raw.startswith(b"\xef\xbb\xbf") else raw
        try:
            text, encoding = decode_bytes(chunk)
        except DecodeError as err:
            yield number, err, ""
            continue
        yield number, text, encoding


def read_jsonl(path: Path) -> Iterator[Article | IngestError]:
    """Read one article per JSON line: ``id``, ``text``, optional ``date``, ``title``, ``source``."""
    with path.open("rb") as handle:
        for number, line, encoding in _decoded_lines(handle):
            where = f"{path}:{number}"
            if isinstance(line, DecodeError):
                yield IngestError(where, where, "ingest", f"line {number}: {line}")
                continue
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                yield IngestError(where, where, "ingest", f"line {number}: invalid JSON ({err.msg})")
                continue
            if not isinstance(record, dict):
                yield IngestError(where, where, "ingest", f"line {number}: not a JSON object")
                continue
            yield _with_encoding(from_record(record, where, number), encoding)


def read_csv(path: Path) -> Iterator[Article | IngestError]:
    """Read one article per CSV row, with the same columns as JSONL.

    A row the CSV reader cannot parse, or a line that cannot be decoded, is
    reported with its line number and reading goes on with the next one.
    """
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    with path.open("rb") as handle:
        lines = _CsvLines(handle)
        reader = csv.DictReader(lines, strict=True)
        try:
            fields = reader.fieldnames
        except csv.Error as err:
            fields = None
            lines.problems.append((1, f"bad CSV header ({err})"))
        if not fields or "text" not in fields:
            where = f"{path}:1"
            yield IngestError(path.stem, where, "ingest", "line 1: CSV header needs 'id' and 'text'")
            return
        while True:
            try:
                row: dict[str, str] | None = next(reader)
            except StopIteration:
                yield from _line_errors(path, lines.problems)
                return
            except csv.Error as err:
                # DictReader.line_num lags on a failed row; its inner reader has the line.
                lines.problems.append((reader.reader.line_num, f"bad CSV row ({err})"))
                row = None
            yield from _line_errors(path, lines.problems)
            if row is not None:
                number = reader.line_num
                item = from_record(dict(row), f"{path}:{number}", number)
                yield _with_encoding(item, lines.take_encoding())


class _CsvLines:
    """Decoded lines for the CSV reader, keeping each line's encoding and problems."""

    def __init__(self, handle: BinaryIO) -> None:
        self._lines = _decoded_lines(handle)
        self.encodings: set[str] = set()
        self.problems: list[tuple[int, str]] = []

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        number, line, encoding = next(self._lines)
        if isinstance(line, DecodeError):
            self.problems.append((number, str(line)))
            return "\n"  # the reader skips it; the error is reported in its place
        self.encodings.add(encoding)
        return line

    def take_encoding(self) -> str:
        """The encoding of the lines read since the last call (a legacy one wins)."""
        legacy = sorted(self.encodings - {"utf-8", "utf-8-sig"})
        self.encodings = set()
        return legacy[0] if legacy else "utf-8"


def _line_errors(path: Path, problems: list[tuple[int, str]]) -> Iterator[IngestError]:
    """Turn and clear the problems found so far into errors naming their line."""
    while problems:
        number, reason = problems.pop(0)
        where = f"{path}:{number}"
        yield IngestError(where, where, "ingest", f"line {number}: {reason}")


def _with_encoding(item: Article | IngestError, encoding: str) -> Article | IngestError:
    """Record how a record's line was encoded."""
    if isinstance(item, Article) and encoding and encoding != item.encoding:
        return replace(item, encoding=encoding)
    return item


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
