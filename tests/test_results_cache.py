"""The results cache gives back exactly what our components wrote, or nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.paths import models_dir
from pipeline.results_cache import ResultsCache, ResultsCacheWarning, fingerprint

TEXT = ("Publié le 03/02/2023\nLe président russe Vladimir Poutine a reçu mardi "
        "Kim Jong-un au Kremlin. Les deux dirigeants ont signé un accord de défense.")


def _annotated(nlp: Language, date: str | None = "2023-02-03") -> Doc:
    doc = nlp.make_doc(TEXT)
    doc._.doc_id, doc._.doc_date = "a1", date
    return nlp(doc)


def _parsed(nlp: Language, date: str | None = "2023-02-03") -> Doc:
    """The same text, parsed by spaCy only (what the parse cache gives back)."""
    doc = nlp.make_doc(TEXT)
    doc._.doc_id, doc._.doc_date = "a1", date
    with nlp.select_pipes(disable=["fr_dates", "fr_actors", "fr_events"]):
        return nlp(doc)


@pytest.mark.model
def test_round_trip_restores_events_dates_and_spans(nlp: Language, tmp_path: Path) -> None:
    cache = ResultsCache(tmp_path)
    annotated = _annotated(nlp)
    cache.store(annotated)
    restored = _parsed(nlp)
    assert cache.load(restored)
    assert restored._.events == annotated._.events
    assert restored._.timexes == annotated._.timexes
    for group in ("actors", "timex"):
        before = [(s.start, s.end, s._.actor, s._.actor_code, s._.members, s._.timex)
                  for s in annotated.spans[group]]
        after = [(s.start, s.end, s._.actor, s._.actor_code, s._.members, s._.timex)
                 for s in restored.spans[group]]
        assert after == before


@pytest.mark.model
def test_another_article_date_is_a_miss(nlp: Language, tmp_path: Path) -> None:
    cache = ResultsCache(tmp_path)
    cache.store(_annotated(nlp))
    assert not cache.load(_parsed(nlp, date="2024-05-01"))


@pytest.mark.model
def test_unreadable_file_is_recomputed_with_a_warning(nlp: Language, tmp_path: Path) -> None:
    cache = ResultsCache(tmp_path)
    annotated = _annotated(nlp)
    cache.store(annotated)
    cache.path(annotated).write_text("{not json", encoding="utf-8")
    with pytest.warns(ResultsCacheWarning):
        assert not cache.load(_parsed(nlp))
    assert not cache.path(annotated).exists()


def test_fingerprint_follows_the_rule_resources(tmp_path: Path) -> None:
    copy = tmp_path / "models"
    shutil.copytree(models_dir(), copy)
    before = fingerprint(copy)
    assert fingerprint(copy) == before
    lexicon = next(p for p in sorted(copy.rglob("*.tsv")))
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert fingerprint(copy) != before
