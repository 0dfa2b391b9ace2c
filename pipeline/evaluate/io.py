"""Read and validate event tables and date-mention files; write files atomically.

Every cell is read as a string (an empty cell stays ``""``, never NaN) with
the standard :mod:`csv` reader rather than pandas, because it tells the
physical line where each record starts even when a quoted ``evidence``
sentence spans several lines — so an error can name the exact line.

Every problem of a file is collected and reported in one
:class:`ValueError` naming the file, the line, the column, what was
expected and what was found.

Example:
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "events.csv").write_text(
    ...     "doc_id,actor,actor_code,event_type,action,partner,partner_code,date,modality,evidence\\n"
    ...     "d1,Japon,JPN,CONSULT,accueillir,Kazakhstan,KAZ,2025-12-20,asserted,\\n")
    >>> read_events(folder / "events.csv")[0].partner
    'Kazakhstan'
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.evaluate.schema import (
    DATE_SYNTAX_HINT,
    EVENT_COLUMNS,
    EVENT_TYPES,
    GROUP_CODES,
    MODALITIES,
    TIMEX_COLUMNS,
    TIMEX_SYNTAX_HINT,
    is_code,
    is_date_value,
    is_timex_value,
)
from pipeline.safety import unguard
from pipeline.table import EVENT_TEXT_COLUMNS

#: How many problems one error message lists before summarising the rest.
MAX_LISTED_PROBLEMS = 20

_CODE_HINT = (
    "an ISO 3166-1 alpha-3 code in capitals (JPN), a group code ("
    + ", ".join(sorted(GROUP_CODES))
    + ") or empty"
)


@dataclass(frozen=True)
class EventRow:
    """One event row as read from a gold or predicted ``events.csv``.

    Values are stripped of surrounding blanks; ``line`` is the line of the
    file where the record starts (the header is line 1).

    Example:
        >>> EventRow("d1", "Japon", "JPN", "CONSULT", "accueillir", "Kazakhstan", "KAZ",
        ...          "2025-12-20", "asserted", "", 2).event_type
        'CONSULT'
    """

    doc_id: str
    actor: str
    actor_code: str
    event_type: str
    action: str
    partner: str
    partner_code: str
    date: str
    modality: str
    evidence: str
    line: int


@dataclass(frozen=True)
class MentionRow:
    """One date mention from a gold ``timex.csv`` or a predicted ``dates.csv``.

    Example:
        >>> MentionRow("d1", 10, 26, "mi-décembre 2025", "2025-12", 2).value
        '2025-12'
    """

    doc_id: str
    start: int
    end: int
    text: str
    value: str
    line: int


class _Problems:
    """The problems found in one file, turned into one ValueError at the end."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.items: list[str] = []

    def add(self, line: int, column: str, expected: str, got: str) -> None:
        self.items.append(f'line {line}, column "{column}": expected {expected}, got {got!r}')

    def raise_if_any(self) -> None:
        if not self.items:
            return
        shown = self.items[:MAX_LISTED_PROBLEMS]
        more = len(self.items) - len(shown)
        tail = f"\n  … and {more} more" if more else ""
        raise ValueError(
            f"{self.path}: {len(self.items)} problem(s)\n  " + "\n  ".join(shown) + tail
        )


def _records(path: Path) -> Iterator[tuple[int, list[str]]]:
    """Yield ``(line where the record starts, fields)`` for each non-blank record."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            start = 1
            for fields in reader:
                if any(field.strip() for field in fields):
                    yield start, fields
                start = reader.line_num + 1
    except UnicodeDecodeError as err:
        raise ValueError(f"{path}: not UTF-8 text ({err.reason} at byte {err.start})") from err
    except csv.Error as err:
        raise ValueError(f"{path}: unreadable CSV ({err})") from err


def read_table(
    path: Path, required: tuple[str, ...], optional: tuple[str, ...] = ()
) -> list[tuple[int, dict[str, str]]]:
    """Read a CSV file into ``(line, {column: stripped value})`` records.

    Extra columns are kept (callers ignore them); a missing ``optional``
    column reads as ``""``. An empty file (no header at all) is an empty table.

    Args:
        path: The CSV file.
        required: Columns the header must have.
        optional: Columns that default to ``""`` when absent.

    Raises:
        FileNotFoundError: If the file does not exist.
        ValueError: On a missing column or a record with the wrong number of fields.

    Example:
        >>> read_table(Path("evenements.csv"), ("doc_id",))  # doctest: +SKIP
        [(2, {'doc_id': '002_5c29b57ce71f4455'})]
    """
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such file")
    records = _records(path)
    first = next(records, None)
    if first is None:
        return []
    header = [name.strip() for name in first[1]]
    missing = [name for name in required if name not in header]
    if missing:
        raise ValueError(
            f"{path}, line {first[0]} (header): missing column(s) "
            + ", ".join(f'"{name}"' for name in missing)
            + "; expected the columns "
            + ",".join(required)
        )
    problems = _Problems(path)
    table: list[tuple[int, dict[str, str]]] = []
    for line, fields in records:
        if len(fields) != len(header):
            problems.add(
                line, "*", f"{len(header)} fields as in the header", f"{len(fields)} fields"
            )
            continue
        row = {name: value.strip() for name, value in zip(header, fields, strict=True)}
        for name in optional:
            row.setdefault(name, "")
        table.append((line, row))
    problems.raise_if_any()
    return table


def _optional(valid: Callable[[str], bool]) -> Callable[[str], bool]:
    """Accept the empty string as well as what ``valid`` accepts."""
    return lambda value: not value or valid(value)


Check = tuple[str, Callable[[str], bool], str]

#: (column, test, what was expected) for every cell of an event row.
_EVENT_CHECKS: tuple[Check, ...] = (
    ("doc_id", bool, "a document id"),
    (
        "event_type",
        EVENT_TYPES.__contains__,
        "one of the 16 PLOVER types (" + ", ".join(EVENT_TYPES) + ")",
    ),
    ("modality", MODALITIES.__contains__, "one of " + ", ".join(MODALITIES)),
    ("date", _optional(is_date_value), DATE_SYNTAX_HINT),
    ("actor_code", _optional(is_code), _CODE_HINT),
    ("partner_code", _optional(is_code), _CODE_HINT),
)

_MENTION_CHECKS: tuple[Check, ...] = (
    ("doc_id", bool, "a document id"),
    ("value", _optional(is_timex_value), TIMEX_SYNTAX_HINT),
)


def _check(problems: _Problems, line: int, row: dict[str, str], checks: tuple[Check, ...]) -> None:
    """Record every cell of ``row`` that fails its test."""
    for column, valid, expected in checks:
        if not valid(row[column]):
            problems.add(line, column, expected, row[column])


def read_events(path: Path, guarded: bool = False) -> list[EventRow]:
    """Read and validate an ``events.csv`` (gold or predicted).

    The spec's columns are required except ``evidence`` (gold files may leave
    it out or empty); other columns are ignored. ``guarded`` removes the
    spreadsheet guard that a run puts on its text cells.

    Raises:
        FileNotFoundError: If the file does not exist.
        ValueError: Naming file, line, column and the expected form of every
            bad cell (unknown type, bad modality, malformed date or code…).

    Example:
        >>> read_events(Path("corpus/gold/events.csv"))[0].actor  # doctest: +SKIP
        'Japon'
    """
    required = tuple(name for name in EVENT_COLUMNS if name != "evidence")
    table = read_table(path, required, optional=("evidence",))
    problems = _Problems(path)
    rows: list[EventRow] = []
    for line, row in table:
        if guarded:
            row.update({name: unguard(row[name]) for name in EVENT_TEXT_COLUMNS if name in row})
        _check(problems, line, row, _EVENT_CHECKS)
        for name, code in (("actor", "actor_code"), ("partner", "partner_code")):
            if not row[name] and not row[code]:
                problems.add(line, name, f"a name (or a {code})", "")
        rows.append(EventRow(**{name: row[name] for name in EVENT_COLUMNS}, line=line))
    problems.raise_if_any()
    return rows


def _offset(problems: _Problems, line: int, row: dict[str, str], column: str) -> int:
    value = row[column]
    if value.isascii() and value.isdigit():
        return int(value)
    problems.add(line, column, "a character offset (a non-negative integer)", value)
    return -1


def read_mentions(path: Path) -> list[MentionRow]:
    """Read and validate a date-mention file (gold ``timex.csv``, predicted ``dates.csv``).

    Raises:
        FileNotFoundError: If the file does not exist.
        ValueError: On non-integer offsets, ``start >= end`` or a malformed value.

    Example:
        >>> read_mentions(Path("corpus/gold/timex.csv"))[0].value  # doctest: +SKIP
        '2025-12-20'
    """
    table = read_table(path, TIMEX_COLUMNS)
    problems = _Problems(path)
    mentions: list[MentionRow] = []
    for line, row in table:
        _check(problems, line, row, _MENTION_CHECKS)
        start = _offset(problems, line, row, "start")
        end = _offset(problems, line, row, "end")
        if 0 <= end <= start:
            problems.add(line, "end", f"an offset greater than start ({start})", row["end"])
        mentions.append(MentionRow(row["doc_id"], start, end, row["text"], row["value"], line))
    problems.raise_if_any()
    return mentions


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that readers never see a half-written file.

    The text goes to a temporary file in the same folder, then
    :func:`os.replace` swaps it in (atomic on one file system).

    Example:
        >>> write_atomic(Path("outputs/metrics.json"), "{}")  # doctest: +SKIP
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        os.chmod(temporary, 0o644)  # mkstemp makes it private; outputs are for everyone
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
