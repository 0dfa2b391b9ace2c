"""The event table: column order, rows from events, extra export formats.

Example:
    >>> from pipeline.types import Event
    >>> frame = events_to_frame([Event("d", "Japon", "JPN", "CONSULT", "accueillir",
    ...                                "Kazakhstan", "KAZ")])
    >>> list(frame.columns[:4])
    ['doc_id', 'actor', 'actor_code', 'event_type']
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.atomic import atomic_path
from pipeline.safety import unguard_frame, write_safe_xlsx
from pipeline.types import Event, Timex

#: The contract's columns (spec, section 2), in order.
CONTRACT_COLUMNS: tuple[str, ...] = (
    "doc_id", "actor", "actor_code", "event_type", "action", "partner", "partner_code",
    "date", "modality", "evidence",
)
#: Columns the pipeline adds after the contract's.
EXTRA_COLUMNS: tuple[str, ...] = (
    "doc_date", "sentence", "start", "end", "confidence",
    "trigger_start", "trigger_end", "actor_start", "actor_end",
    "partner_start", "partner_end", "date_start", "date_end", "rule", "mentions",
)
EVENT_COLUMNS: tuple[str, ...] = CONTRACT_COLUMNS + EXTRA_COLUMNS
DATE_COLUMNS: tuple[str, ...] = ("doc_id", "start", "end", "text", "value", "type")
ERROR_COLUMNS: tuple[str, ...] = ("doc_id", "source", "stage", "reason")
#: Free-text columns that could start like a spreadsheet formula: guarded in
#: CSV/XLSX (pipeline.safety). Never codes, types, offsets or TIMEX values.
EVENT_TEXT_COLUMNS: tuple[str, ...] = ("actor", "action", "partner", "evidence")
DATE_TEXT_COLUMNS: tuple[str, ...] = ("text",)
ERROR_TEXT_COLUMNS: tuple[str, ...] = ("doc_id", "source", "reason")
#: Formats ``--format`` accepts, beside the CSV that is always written.
FORMATS: tuple[str, ...] = ("parquet", "jsonl", "xlsx")


def event_row(event: Event) -> dict[str, Any]:
    """One event as a dict in table column order.

    Example:
        >>> event_row(Event("d", "A", "", "AID", "aider", "B", ""))["modality"]
        'asserted'
    """
    # The columns are plain values: read them, without asdict's deep copy of every field.
    return {name: getattr(event, name) for name in EVENT_COLUMNS}


def timex_row(doc_id: str, timex: Timex) -> dict[str, Any]:
    """One date mention as a dict in ``dates.csv`` column order."""
    return {"doc_id": doc_id, "start": timex.start, "end": timex.end,
            "text": timex.text, "value": timex.value, "type": timex.type}


def events_to_frame(events: Iterable[Event]) -> pd.DataFrame:
    """The events as one pandas table with the contract's columns first."""
    return pd.DataFrame([event_row(e) for e in events], columns=list(EVENT_COLUMNS))


def read_events(path: Path) -> pd.DataFrame:
    """Read an ``events.csv`` back, every cell as text ("" stays ""), guards removed."""
    return unguard_frame(pd.read_csv(path, dtype=str, keep_default_na=False), EVENT_TEXT_COLUMNS)


def write_formats(events_csv: Path, formats: Iterable[str]) -> list[Path]:
    """Write the events table in extra formats next to ``events.csv``.

    Args:
        events_csv: The CSV the run wrote.
        formats: Any of :data:`FORMATS`.

    Returns:
        The files written.

    Raises:
        ValueError: On an unknown format.
    """
    wanted = list(dict.fromkeys(formats))
    unknown = [f for f in wanted if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown format {unknown[0]!r}: choose from {', '.join(FORMATS)}")
    if not wanted:
        return []
    frame = read_events(events_csv)
    written = []
    for fmt in wanted:
        target = events_csv.with_suffix(f".{fmt}")
        with atomic_path(target) as tmp:
            if fmt == "parquet":
                frame.to_parquet(tmp, index=False)
            elif fmt == "jsonl":
                frame.to_json(tmp, orient="records", lines=True, force_ascii=False)
            else:
                write_safe_xlsx(frame, tmp)
        written.append(target)
    return written
