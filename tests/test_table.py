"""The event table: column order and export formats."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipeline.atomic import AtomicCsvWriter
from pipeline.table import (
    CONTRACT_COLUMNS,
    EVENT_COLUMNS,
    event_row,
    events_to_frame,
    read_events,
    write_formats,
)
from pipeline.types import Event

EVENT = Event(
    doc_id="d1", actor="Japon", actor_code="JPN", event_type="CONSULT", action="accueillir",
    partner="Kazakhstan", partner_code="KAZ", date="2025-12-20", modality="planned",
    evidence="Le Japon accueillera le président kazakh le 20 décembre.",
)


def test_contract_columns_come_first() -> None:
    assert EVENT_COLUMNS[: len(CONTRACT_COLUMNS)] == CONTRACT_COLUMNS
    assert list(events_to_frame([EVENT]).columns) == list(EVENT_COLUMNS)


def test_event_row_keeps_values() -> None:
    row = event_row(EVENT)
    assert (row["actor"], row["partner_code"], row["date"]) == ("Japon", "KAZ", "2025-12-20")


@pytest.mark.parametrize("fmt", ["parquet", "jsonl", "xlsx"])
def test_write_formats_round_trip(tmp_path: Path, fmt: str) -> None:
    target = tmp_path / "events.csv"
    with AtomicCsvWriter(target, EVENT_COLUMNS) as writer:
        writer.write(event_row(EVENT))
    [written] = write_formats(target, [fmt])
    assert written.suffix == f".{fmt}"
    if fmt == "parquet":
        frame = pd.read_parquet(written)
    elif fmt == "jsonl":
        frame = pd.read_json(written, lines=True, dtype=False)
    else:
        frame = pd.read_excel(written, dtype=str)
    assert frame.loc[0, "partner"] == "Kazakhstan"
    assert read_events(target).loc[0, "evidence"] == EVENT.evidence


def test_write_formats_rejects_unknown(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown format 'docx'"):
        write_formats(tmp_path / "events.csv", ["docx"])
