"""The TimeML reader and the TempEval-3 scorer, on snippets written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.benchmark.timebank import run_timebank_benchmark
from pipeline.benchmark.timebank_score import Tally, match
from pipeline.benchmark.timebank_tml import is_held_back, parse_timeml, read_folder
from pipeline.types import Timex

SNIPPET = """<?xml version='1.0' encoding='UTF-8'?>
<TimeML>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2010-03-04" /></DCT>
<TEXT>Le club <EVENT eid="e1">joue</EVENT> <TIMEX3 tid="t1" type="DATE" value="2010-03-03">hier</TIMEX3> et <TIMEX3 tid="t2" type="DURATION" value="P2D">deux jours</TIMEX3> plus tard.</TEXT>
</TimeML>"""


def test_reader_strips_tags_and_keeps_offsets() -> None:
    doc = parse_timeml(SNIPPET, "club")
    assert doc.text == "Le club joue hier et deux jours plus tard."
    assert doc.dct == "2010-03-04"
    assert [(t.text, t.type, t.value) for t in doc.gold] == [
        ("hier", "DATE", "2010-03-03"), ("deux jours", "DURATION", "P2D")]
    assert all(doc.text[t.start : t.end] == t.text for t in doc.gold)


def test_reader_rejects_broken_xml() -> None:
    with pytest.raises(ValueError):
        parse_timeml("<TimeML><TEXT>oops</TimeML>", "bad")


@pytest.mark.parametrize(
    ("predicted", "strict", "relaxed", "value_ok"),
    [
        ([Timex(13, 17, "hier", "DATE", "2010-03-03")], 1, 1, 1),
        ([Timex(10, 17, "e hier", "DATE", "2010-03-03")], 0, 1, 1),
        ([Timex(13, 17, "hier", "DATE", "2010-03-02")], 1, 1, 0),
        ([Timex(0, 2, "Le", "DATE", "2010")], 0, 0, 0),
    ],
)
def test_scorer_counts_strict_relaxed_and_value(
    predicted: list[Timex], strict: int, relaxed: int, value_ok: int
) -> None:
    gold = parse_timeml(SNIPPET, "club").gold
    tally = Tally()
    tally.add(gold, predicted)
    assert (tally.strict, tally.relaxed, tally.value_ok) == (strict, relaxed, value_ok)
    p, r, _ = tally.prf(tally.value_ok)
    assert (p, r) == (value_ok / len(predicted), value_ok / len(gold))


def test_match_is_one_to_one() -> None:
    gold = [Timex(0, 4, "hier", "DATE", "x")]
    predicted = [Timex(0, 4, "hier", "DATE", "x"), Timex(2, 6, "er s", "DATE", "x")]
    assert len(match(gold, predicted)) == 1


def test_benchmark_on_a_folder(tmp_path: Path) -> None:
    (tmp_path / "club.tml").write_text(SNIPPET, encoding="utf-8")
    result = run_timebank_benchmark(tmp_path, with_dateparser=False)
    part = "held-back" if is_held_back("club.tml") else "tuning"
    tally = result.tallies[("ours", part)]
    assert (tally.gold, tally.value_ok) == (2, 2)
    assert "words/s" in result.render()


def test_empty_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_folder(tmp_path)
