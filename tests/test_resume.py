"""Interrupted runs: nothing half-published, and --resume neither redoes nor duplicates."""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.events.component import EventExtractor
from pipeline.extensions import register_extensions
from pipeline.ingest import IngestError
from pipeline.resume import PROGRESS_DIR, ResumeError, RunOutput
from pipeline.run import RunOptions, RunSummary, run_corpus
from pipeline.types import Article, Event

STATE = {"files": [["a.txt", 1, 1]], "options": {}}


def _doc(doc_id: str, events: int = 1) -> Doc:
    register_extensions()
    doc = Doc(Vocab(), words=["Le", "Japon", "aide", "la", "Mongolie", "."])
    doc._.doc_id = doc_id
    doc._.events = [Event(doc_id, "Japon", "JPN", "AID", "aider", "Mongolie", "MNG")] * events
    doc._.timexes = []
    return doc


def _finish(output: RunOutput, doc_id: str, summary: RunSummary) -> None:
    """What the run does for one doc: its rows, then the journal."""
    doc = _doc(doc_id)
    for event in doc._.events:
        output["events"].write({"doc_id": event.doc_id, "actor": event.actor})
    output.finish_doc(doc, summary)


def _interrupted_after(folder: Path, *ids: str) -> None:
    """A run in ``folder`` that finished ``ids`` and was then interrupted."""
    output = RunOutput.open(folder, resume=False, state=STATE)
    list(output.remaining(iter(_articles(*ids))))
    for doc_id in ids:
        _finish(output, doc_id, RunSummary(out_dir=folder))
    output.suspend()


def _articles(*ids: str) -> list[Article | IngestError]:
    return [Article(i, "Le Japon aide la Mongolie.", source=f"{i}.txt") for i in ids]


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_interrupted_output_keeps_parts_and_publishes_nothing(tmp_path: Path) -> None:
    (tmp_path / "events.csv").write_text("old\n", encoding="utf-8")
    _interrupted_after(tmp_path, "a1")
    assert (tmp_path / "events.csv").read_text(encoding="utf-8") == "old\n"
    assert not (tmp_path / "articles.jsonl").exists()
    assert (tmp_path / PROGRESS_DIR / "journal.jsonl").exists()


def test_resume_skips_journaled_items_and_restores_counts(tmp_path: Path) -> None:
    output = RunOutput.open(tmp_path, resume=False, state=STATE)
    summary = RunSummary(out_dir=tmp_path)
    items = _articles("a1", "a2") + [IngestError("bad", "bad.txt", "ingest", "empty article")]
    list(output.remaining(iter(items)))
    _finish(output, "a1", summary)
    output["errors"].write({"doc_id": "bad", "source": "bad.txt", "stage": "ingest",
                            "reason": "empty article"})
    output.suspend()

    again = RunOutput.open(tmp_path, resume=True, state=STATE)
    restored = RunSummary(out_dir=tmp_path)
    again.restore(restored)
    left = list(again.remaining(iter(items)))
    assert [item.doc_id for item in left] == ["a2"]
    assert (restored.articles, restored.events, restored.failed) == (1, 1, 1)
    assert restored.per_doc == {"a1": 1}
    _finish(again, "a2", restored)
    again.commit()
    assert [row["doc_id"] for row in _rows(tmp_path / "events.csv")] == ["a1", "a2"]
    assert [row["doc_id"] for row in _rows(tmp_path / "errors.csv")] == ["bad"]
    texts = (tmp_path / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["doc_id"] for line in texts] == ["a1", "a2"]
    assert not (tmp_path / PROGRESS_DIR).exists()


def test_rows_written_after_the_last_journal_line_are_cut(tmp_path: Path) -> None:
    output = RunOutput.open(tmp_path, resume=False, state=STATE)
    summary = RunSummary(out_dir=tmp_path)
    list(output.remaining(iter(_articles("a1", "a2"))))
    _finish(output, "a1", summary)
    # a2's rows reach the disk, then the process dies before its journal line.
    output["events"].write({"doc_id": "a2", "actor": "half"})
    output.suspend()
    with (tmp_path / PROGRESS_DIR / "journal.jsonl").open("a", encoding="utf-8") as journal:
        journal.write('{"kind": "article", "doc_id": "a2"')  # cut mid-line

    again = RunOutput.open(tmp_path, resume=True, state=STATE)
    assert [i.doc_id for i in again.remaining(iter(_articles("a1", "a2")))] == ["a2"]
    _finish(again, "a2", RunSummary(out_dir=tmp_path))
    again.commit()
    rows = _rows(tmp_path / "events.csv")
    assert [(r["doc_id"], r["actor"]) for r in rows] == [("a1", "Japon"), ("a2", "Japon")]


def test_duplicate_of_a_finished_article_is_still_reported_after_resume(tmp_path: Path) -> None:
    _interrupted_after(tmp_path, "a1")
    again = RunOutput.open(tmp_path, resume=True, state=STATE)
    copy = Article("a1", "Autre texte.", source="copy.txt")
    [item] = again.remaining(iter([*_articles("a1"), copy]))
    assert isinstance(item, IngestError) and "duplicate doc_id" in item.reason


def test_resume_with_other_inputs_is_refused(tmp_path: Path) -> None:
    RunOutput.open(tmp_path, resume=False, state=STATE).suspend()
    with pytest.raises(ResumeError, match="other inputs"):
        RunOutput.open(tmp_path, resume=True, state={"files": [], "options": {}})


def test_run_without_resume_starts_afresh(tmp_path: Path) -> None:
    _interrupted_after(tmp_path, "a1")
    fresh = RunOutput.open(tmp_path, resume=False, state=STATE)
    assert [i.doc_id for i in fresh.remaining(iter(_articles("a1")))] == ["a1"]
    fresh.commit()
    assert _rows(tmp_path / "events.csv") == []


# --- Through the real pipeline: Ctrl-C in a component, then --resume. ---

FRENCH = ("Le Japon a signé lundi un accord de coopération avec la Mongolie à Tokyo. "
          "Le président mongol a salué ce partenariat avec le Japon.")


_EXTRACT = EventExtractor.__call__


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    for index in range(6):
        (folder / f"a{index}.txt").write_text(f"Article {index}. {FRENCH}", encoding="utf-8")
    (folder / "empty.txt").write_text(" \n", encoding="utf-8")
    return folder


def _interrupting(monkeypatch: pytest.MonkeyPatch, stop_at: str | None) -> Counter[str]:
    """Count fr_events calls per doc; raise KeyboardInterrupt on ``stop_at``."""
    calls: Counter[str] = Counter()
    original = _EXTRACT

    def call(self: EventExtractor, doc: Doc) -> Doc:
        calls[doc._.doc_id] += 1
        if doc._.doc_id == stop_at:
            raise KeyboardInterrupt
        return original(self, doc)

    monkeypatch.setattr(EventExtractor, "__call__", call)
    return calls


def _table(path: Path) -> Counter[tuple[Any, ...]]:
    return Counter(tuple(row.values()) for row in _rows(path))


@pytest.mark.model
def test_ctrl_c_then_resume_gives_the_uninterrupted_tables(
    nlp: Language, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inputs = [_corpus(tmp_path / "in")]
    options = RunOptions(batch_size=2, cache=False, progress=False)
    whole = run_corpus(inputs, tmp_path / "whole", options, nlp=nlp)

    out = tmp_path / "out"
    out.mkdir()
    (out / "events.csv").write_text("previous run\n", encoding="utf-8")
    _interrupting(monkeypatch, stop_at="a3")
    with pytest.raises(KeyboardInterrupt):
        run_corpus(inputs, out, options, nlp=nlp)
    assert (out / "events.csv").read_text(encoding="utf-8") == "previous run\n"
    assert not (out / "errors.csv").exists() and not (out / "run.json").exists()

    calls = _interrupting(monkeypatch, stop_at=None)
    resumed = run_corpus(inputs, out, RunOptions(batch_size=2, cache=False, progress=False,
                                                 resume=True), nlp=nlp)
    assert calls["a0"] == calls["a1"] == 0, "finished articles were redone"
    assert calls["a3"] == 1
    for name in ("events.csv", "dates.csv", "errors.csv"):
        assert _table(out / name) == _table(tmp_path / "whole" / name), name
    assert (resumed.articles, resumed.events, resumed.failed) == (
        whole.articles, whole.events, whole.failed)
    assert not (out / PROGRESS_DIR).exists()
