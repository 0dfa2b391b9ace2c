"""Spreadsheet safety: text cells never run as formulas, offsets and dates never change."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from pipeline.atomic import AtomicCsvWriter
from pipeline.safety import guard, needs_guard, unguard, write_safe_xlsx
from pipeline.table import EVENT_COLUMNS, EVENT_TEXT_COLUMNS, read_events, write_formats

HOSTILE = ["=HYPERLINK(\"http://x\",\"clic\")", "+33 1 23", "-2+3", "@SUM(A1)", "\tx", "\rx",
           "'déjà cité"]


@pytest.mark.parametrize("value", HOSTILE)
def test_guard_quotes_formula_starts_and_round_trips(value: str) -> None:
    assert guard(value) == "'" + value
    assert unguard(guard(value)) == value


@pytest.mark.parametrize("value", ["Japon", "2025-12-20", "XXXX-01-09", "", "Éric", 3, -1, None])
def test_guard_leaves_plain_values(value: object) -> None:
    assert guard(value) == value
    assert not (isinstance(value, str) and needs_guard(value))


def _hostile_table(path: Path) -> None:
    with AtomicCsvWriter(path, EVENT_COLUMNS, guarded=EVENT_TEXT_COLUMNS) as writer:
        writer.write({"doc_id": "d1", "actor": "=1+1", "actor_code": "", "event_type": "AID",
                      "action": "@aider", "partner": "-Japon", "partner_code": "JPN",
                      "date": "2025-12", "modality": "asserted", "evidence": "+ Le Japon aide.",
                      "start": -1, "end": -1, "confidence": 0.5})


def test_csv_text_columns_are_guarded_numbers_and_dates_are_not(tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    _hostile_table(path)
    raw = pd.read_csv(path, dtype=str, keep_default_na=False).iloc[0]
    assert (raw["actor"], raw["action"], raw["partner"], raw["evidence"]) == (
        "'=1+1", "'@aider", "'-Japon", "'+ Le Japon aide.")
    assert (raw["start"], raw["date"], raw["partner_code"]) == ("-1", "2025-12", "JPN")
    back = read_events(path).iloc[0]
    assert (back["actor"], back["evidence"]) == ("=1+1", "+ Le Japon aide.")


def test_xlsx_cells_are_text_not_formulas(tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    _hostile_table(path)
    [xlsx] = write_formats(path, ["xlsx"])
    sheet = load_workbook(xlsx).active
    header = [cell.value for cell in sheet[1]]
    row = {name: cell for name, cell in zip(header, sheet[2], strict=True)}
    assert row["actor"].value == "=1+1" and row["actor"].data_type == "s"
    assert row["actor"].quotePrefix
    assert all(cell.data_type != "f" for cell in sheet[2])


def test_safe_xlsx_keeps_plain_cells_plain(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    write_safe_xlsx(pd.DataFrame({"a": ["Tokyo", "=x"], "n": [1, None]}), path)
    sheet = load_workbook(path).active
    assert [c.value for c in sheet["A"]] == ["a", "Tokyo", "=x"]
    assert not sheet["A2"].quotePrefix and sheet["A3"].quotePrefix
    assert sheet["B3"].value is None
