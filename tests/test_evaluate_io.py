"""Reading and validating gold and predicted files (pipeline.evaluate.io, .schema)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline.evaluate.io import read_events, read_mentions, write_atomic
from pipeline.evaluate.schema import is_code, is_date_value, is_timex_value

HEADER = "doc_id,actor,actor_code,event_type,action,partner,partner_code,date,modality,evidence"
GOOD = "d1,Japon,JPN,CONSULT,accueillir,Kazakhstan,KAZ,2025-12-20,asserted,Le Japon accueille."


def _write(tmp_path: Path, text: str, name: str = "events.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_read_events_keeps_empty_cells_as_empty_strings(tmp_path: Path) -> None:
    path = _write(tmp_path, f"{HEADER}\nd1,l'ONU,,REQUEST,,Russie,RUS,,planned,\n")
    (row,) = read_events(path)
    assert (row.actor_code, row.action, row.date, row.evidence) == ("", "", "", "")
    assert row.line == 2


def test_read_events_counts_lines_across_multiline_evidence(tmp_path: Path) -> None:
    text = f'{HEADER}\nd1,Japon,JPN,CONSULT,,Chine,CHN,,asserted,"une\nphrase"\n{GOOD}\n'
    rows = read_events(_write(tmp_path, text))
    assert [row.line for row in rows] == [2, 4]


def test_read_events_ignores_extra_columns_and_missing_evidence(tmp_path: Path) -> None:
    header = HEADER.replace(",evidence", ",doc_date,confidence")
    line = "d1,Japon,JPN,CONSULT,,Chine,CHN,2025,asserted,2025-12-01,0.9"
    (row,) = read_events(_write(tmp_path, f"{header}\n{line}\n"))
    assert (row.date, row.evidence) == ("2025", "")


@pytest.mark.parametrize("text", ["", "\n\n", f"{HEADER}\n"], ids=["zero-bytes", "blank", "header"])
def test_read_events_accepts_an_empty_table(tmp_path: Path, text: str) -> None:
    assert read_events(_write(tmp_path, text)) == []


def test_read_events_names_a_missing_column(tmp_path: Path) -> None:
    header = HEADER.replace("modality,", "")
    with pytest.raises(ValueError, match=r'line 1 \(header\): missing column\(s\) "modality"'):
        read_events(_write(tmp_path, f"{header}\n"))


@pytest.mark.parametrize(
    ("column", "bad", "expected"),
    [
        ("event_type", "MEET", "one of the 16 PLOVER types"),
        ("event_type", "consult", "one of the 16 PLOVER types"),
        ("modality", "certain", "one of asserted, planned"),
        ("date", "20 décembre 2025", "a TIMEX3 date value"),
        ("date", "2025-13-01", "a TIMEX3 date value"),
        ("date", "P3D", "a TIMEX3 date value"),
        ("actor_code", "Japon", "an ISO 3166-1 alpha-3 code"),
        ("partner_code", "kaz", "an ISO 3166-1 alpha-3 code"),
        ("doc_id", "", "a document id"),
    ],
)
def test_read_events_names_line_column_and_expectation(
    tmp_path: Path, column: str, bad: str, expected: str
) -> None:
    cells = dict(zip(HEADER.split(","), GOOD.split(","), strict=True))
    cells[column] = bad
    path = _write(tmp_path, f"{HEADER}\n{GOOD}\n" + ",".join(cells.values()) + "\n")
    with pytest.raises(ValueError) as caught:
        read_events(path)
    message = str(caught.value)
    assert str(path) in message
    assert f'line 3, column "{column}": expected {expected}' in message
    assert repr(bad) in message


def test_read_events_requires_a_name_or_a_code(tmp_path: Path) -> None:
    path = _write(tmp_path, f"{HEADER}\nd1,,,CONSULT,,Chine,CHN,,asserted,\n")
    with pytest.raises(ValueError, match='line 2, column "actor": expected a name'):
        read_events(path)


def test_read_events_reports_a_ragged_row(tmp_path: Path) -> None:
    path = _write(tmp_path, f"{HEADER}\nd1,Japon,JPN\n")
    with pytest.raises(ValueError, match="line 2.*10 fields as in the header, got '3 fields'"):
        read_events(path)


def test_read_events_lists_every_problem(tmp_path: Path) -> None:
    bad = GOOD.replace("CONSULT", "MEET").replace("asserted", "sure")
    with pytest.raises(ValueError, match="2 problem") as caught:
        read_events(_write(tmp_path, f"{HEADER}\n{bad}\n"))
    assert '"event_type"' in str(caught.value) and '"modality"' in str(caught.value)


def test_read_events_missing_file_is_file_not_found(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_events(tmp_path / "events.csv")


@pytest.mark.parametrize(
    ("line", "column"),
    [
        ("d1,dix,20,le 9 janvier,XXXX-01-09", "start"),
        ("d1,10,2.5,le 9 janvier,XXXX-01-09", "end"),
        ("d1,20,10,le 9 janvier,XXXX-01-09", "end"),
        ("d1,10,20,le 9 janvier,9 janvier", "value"),
    ],
)
def test_read_mentions_rejects_bad_offsets_and_values(
    tmp_path: Path, line: str, column: str
) -> None:
    path = _write(tmp_path, f"doc_id,start,end,text,value\n{line}\n", "timex.csv")
    with pytest.raises(ValueError, match=f'line 2, column "{column}"'):
        read_mentions(path)


def test_read_mentions_reads_offsets_as_integers(tmp_path: Path) -> None:
    text = "doc_id,start,end,text,value\nd1,10,22,depuis 20 ans,P20Y\n"
    (mention,) = read_mentions(_write(tmp_path, text, "timex.csv"))
    assert (mention.start, mention.end, mention.value) == (10, 22, "P20Y")


@pytest.mark.parametrize(
    "value",
    [
        "2025-12-20",
        "2025-12",
        "2025",
        "XXXX-01-09",
        "XXXX-XX-XX",
        "2003-01-09/2003-01-12",
        "2022-FA",
        "2025-W45",
        "2025-W45-WE",
        "2025-06-17TAF",
        "2025-06-17T14:30",
        "2002-02-08T20:30+1",
        "2025-Q3",
        "199",
        "PRESENT_REF",
    ],
)
def test_is_date_value_accepts_timex3_dates(value: str) -> None:
    assert is_date_value(value) and is_timex_value(value)


@pytest.mark.parametrize(
    "value", ["2025-12-32", "25-12-2025", "décembre 2025", "2025/", "2025-W60", "xxxx-01-09", "P3D"]
)
def test_is_date_value_rejects_malformed_or_duration(value: str) -> None:
    assert not is_date_value(value)


@pytest.mark.parametrize(("value", "valid"), [("P3D", True), ("PT2H", True), ("P", False)])
def test_is_timex_value_accepts_durations(value: str, valid: bool) -> None:
    assert is_timex_value(value) is valid


@pytest.mark.parametrize(
    ("code", "valid"),
    [
        ("JPN", True),
        ("EU", True),
        ("G20", True),
        ("CAS", True),
        ("jpn", False),
        ("JP", False),
        ("JAPN", False),
        ("UE", False),
    ],
)
def test_is_code_accepts_iso_and_group_codes(code: str, valid: bool) -> None:
    assert is_code(code) is valid


def test_write_atomic_replaces_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "metrics.json"
    write_atomic(target, "{}")
    write_atomic(target, '{"a": 1}')
    assert target.read_text(encoding="utf-8") == '{"a": 1}'
    assert os.listdir(target.parent) == ["metrics.json"]
