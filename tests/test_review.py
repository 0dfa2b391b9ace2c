"""The review report: data, highlighting, gold marks and escaping (without a browser)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pipeline.atomic import AtomicCsvWriter
from pipeline.review.data import evidence_span, segments, utf16
from pipeline.review.report import build_payload, script_json, write_review
from pipeline.table import EVENT_COLUMNS, EVENT_TEXT_COLUMNS

# A small run folder and gold set built by hand (test_review_browser imports them).
HOSTILE = ('<script>alert("xss")</script><img src=x onerror="document.title=\'pwned\'">'
           "</textarea>&amp;")
TEXT_A = "Titre.\nLe Japon a accueilli la Mongolie le 20 décembre 2025 à Tokyo."
TEXT_B = HOSTILE + "\nLa Chine a condamné la Corée du Nord. 🇨🇳 Fin."
GOLD_HEADER = "doc_id,actor,actor_code,event_type,action,partner,partner_code,date,modality,evidence"


def _span(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def _event(doc_id: str, text: str, sentence: str, actor: str, trigger: str, partner: str,
           event_type: str, code: tuple[str, str], date: str = "", confidence: float = 0.8,
           shown_actor: str | None = None) -> dict[str, object]:
    start, end = _span(text, sentence)
    spans = {name: _span(text, part, start) for name, part in
             (("actor", actor), ("trigger", trigger), ("partner", partner))}
    row: dict[str, object] = {
        "doc_id": doc_id, "actor": shown_actor or actor, "actor_code": code[0],
        "event_type": event_type, "action": trigger, "partner": partner,
        "partner_code": code[1], "date": date, "modality": "asserted",
        "evidence": text[start:end], "start": start, "end": end, "confidence": confidence,
        "date_start": -1, "date_end": -1,
    }
    for name, (low, high) in spans.items():
        row[f"{name}_start"], row[f"{name}_end"] = low, high
    if date:
        row["date_start"], row["date_end"] = _span(text, "20 décembre 2025")
    return row


def make_run(folder: Path) -> Path:
    """A run folder: two articles (one hostile), three events."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = [
        _event("a", TEXT_A, "Le Japon a accueilli la Mongolie le 20 décembre 2025 à Tokyo.",
               "Japon", "accueilli", "Mongolie", "CONSULT", ("JPN", "MNG"), "2025-12-20", 0.9),
        _event("b", TEXT_B, "La Chine a condamné la Corée du Nord.", "Chine", "condamné",
               "Corée du Nord", "ACCUSE", ("CHN", "PRK"), confidence=0.6,
               shown_actor="<img src=x onerror=\"document.title='pwned'\">Chine"),
        _event("b", TEXT_B, "La Chine a condamné la Corée du Nord.", "Corée du Nord",
               "condamné", "Chine", "SANCTION", ("PRK", "CHN"), confidence=0.3),
    ]
    with AtomicCsvWriter(folder / "events.csv", EVENT_COLUMNS, guarded=EVENT_TEXT_COLUMNS) as out:
        for row in rows:
            out.write(row)
    with (folder / "articles.jsonl").open("w", encoding="utf-8") as handle:
        for doc_id, text in (("a", TEXT_A), ("b", TEXT_B)):
            record = {"doc_id": doc_id, "text": text, "doc_date": "2025-12-21",
                      "source": f"{doc_id}.txt", "encoding": "utf-8", "title": ""}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return folder


def make_gold(folder: Path) -> Path:
    """A gold set: a's event found, b's ACCUSE found, one b event missed."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = [
        GOLD_HEADER,
        "a,Japon,JPN,CONSULT,accueillir,Mongolie,MNG,2025-12-20,asserted,",
        "b,Chine,CHN,ACCUSE,condamner,Corée du Nord,PRK,,asserted,",
        "b,Chine,CHN,THREATEN,menacer,Corée du Nord,PRK,,asserted,"
        "La Chine a condamné la Corée du Nord.",
    ]
    (folder / "events.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder




@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ({}, [["Le Japon signe.", ""]]),
        ({"actor": (3, 8), "trigger": (9, 14)},
         [["Le ", ""], ["Japon", "actor"], [" ", ""], ["signe", "trigger"], [".", ""]]),
        # Overlaps: the trigger beats the actor; spans outside are clipped.
        ({"actor": (0, 10), "trigger": (3, 8), "date": (-5, 1), "partner": (40, 50)},
         [["L", "actor"], ["e ", "actor"], ["Japon", "trigger"], [" s", "actor"],
          ["igne.", ""]]),
    ],
)
def test_segments(spans: dict[str, tuple[int, int]], expected: list[list[str]]) -> None:
    merged: list[list[str]] = []
    for piece, kind in segments("Le Japon signe.", 0, 15, spans):
        assert piece
        merged.append([piece, kind])
    assert "".join(p for p, _ in merged) == "Le Japon signe."
    # Compare by kind per character: adjacent pieces of one kind are merged.
    def per_char(pieces: list[list[str]]) -> list[str]:
        return [kind for piece, kind in pieces for _ in piece]
    assert per_char(merged) == per_char(expected)


def test_utf16_offsets_count_astral_characters_twice() -> None:
    assert utf16("🇯🇵 Japon", 3) == 5
    assert utf16("abc", 10) == 3
    assert evidence_span("x 🇯🇵 Le Japon.", "Le Japon.") == (7, 16)


def test_script_json_cannot_close_the_script_block() -> None:
    text = script_json({"t": "</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"t": "</script><!-- & \u2028"}


def test_payload_marks_rows_with_the_evaluators_matching(tmp_path: Path) -> None:
    payload = build_payload(make_run(tmp_path / "run"), make_gold(tmp_path / "gold"))
    marks = [(e["doc_id"], e["event_type"], e["mark"]) for e in payload["events"]]
    assert marks == [("a", "CONSULT", "right"), ("b", "ACCUSE", "right"),
                     ("b", "SANCTION", "wrong")]
    assert payload["events"][0]["date_right"] is True
    assert [(m["doc_id"], m["event_type"]) for m in payload["missed"]] == [("b", "THREATEN")]
    missed = payload["missed"][0]
    assert missed["start16"] == utf16(TEXT_B, TEXT_B.index("La Chine"))


def test_payload_highlights_the_sentence(tmp_path: Path) -> None:
    payload = build_payload(make_run(tmp_path / "run"))
    kinds = {kind: piece for piece, kind in payload["events"][0]["segments"] if kind}
    assert kinds == {"actor": "Japon", "trigger": "accueilli", "partner": "Mongolie",
                     "date": "20 décembre 2025"}
    assert all(e["mark"] == "" for e in payload["events"])


def test_report_is_self_contained_and_hostile_text_is_escaped(tmp_path: Path) -> None:
    out = write_review(make_run(tmp_path / "run"), tmp_path / "r.html",
                       gold=make_gold(tmp_path / "gold"))
    page = out.read_text(encoding="utf-8")
    assert HOSTILE not in page and "<img" not in page and "<script>alert" not in page
    assert not re.search(r"(src|href)=[\"']?(https?:)?//", page)
    scripts = re.findall(r"<script\b[^>]*>", page)
    assert scripts == ['<script type="application/json" id="review-data">', "<script>"]
    assert "Content-Security-Policy" in page and "default-src &#x27;none&#x27;" in page


def test_missing_run_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="events.csv"):
        write_review(tmp_path, tmp_path / "r.html")


def test_run_without_articles_file_rereads_its_inputs(tmp_path: Path) -> None:
    run = make_run(tmp_path / "run")
    source = tmp_path / "a.txt"
    source.write_text(TEXT_A, encoding="utf-8")
    (run / "articles.jsonl").unlink()
    (run / "run.json").write_text(json.dumps({"inputs": [str(source)]}), encoding="utf-8")
    payload = build_payload(run)
    assert payload["articles"]["a"]["text"] == TEXT_A
    assert payload["events"][0]["start16"] == TEXT_A.index("Le Japon")
