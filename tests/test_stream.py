"""Streaming in memory zones: same annotations as a plain pipe, a vocabulary that stays put."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from pipeline import COMPONENTS
from pipeline.benchmark.corpusgen import invented_name
from pipeline.stream import Stages, StreamSettings, annotate_stream

pytestmark = pytest.mark.model

SENTENCES = [
    "Le Japon a accueilli les dirigeants d'Asie centrale à Tokyo le 19 décembre 2025.",
    "La Russie et la Corée du Nord ont signé un accord de défense mutuelle en juin.",
    "Le ministre Hayashi a condamné les essais de missiles de Pyongyang.",
]


def unparsed(nlp: Language, texts: list[str]) -> Iterator[Doc]:
    """Docs as a run makes them, ids in order."""
    for i, text in enumerate(texts):
        doc = nlp.make_doc(text)
        doc._.doc_id = f"d{i}"
        doc._.doc_date = "2025-12-20"
        yield doc


def results(docs: Iterator[Doc]) -> list[tuple[str, list[object], list[object], list[str]]]:
    """Plain records out of docs (so they can be compared after zones close)."""
    return [(d._.doc_id, list(d._.events), list(d._.timexes),
             [s.text for s in d.spans["actors"]]) for d in docs]


def test_stages_split_before_our_first_component(nlp: Language) -> None:
    stages = Stages.of(nlp)
    assert stages.rules == COMPONENTS
    assert "parser" in stages.parse and "ner" in stages.parse
    assert stages.parse + stages.rules == tuple(nlp.pipe_names)


@pytest.mark.parametrize(("batch_size", "zone_docs"), [(1, 1), (2, 2), (8, 8), (2, 5), (1, 256)])
def test_zoned_stream_annotates_like_a_plain_pipe(
    nlp: Language, batch_size: int, zone_docs: int
) -> None:
    expected = results(nlp.pipe(unparsed(nlp, SENTENCES)))
    got = results(annotate_stream(nlp, unparsed(nlp, SENTENCES),
                                  StreamSettings(batch_size=batch_size, zone_docs=zone_docs)))
    assert got == expected


def test_cached_docs_annotate_like_fresh_ones(nlp: Language, tmp_path: Path) -> None:
    settings = StreamSettings(batch_size=2, cache_dir=tmp_path)
    fresh = results(annotate_stream(nlp, unparsed(nlp, SENTENCES), StreamSettings(batch_size=2)))
    first = results(annotate_stream(nlp, unparsed(nlp, SENTENCES), settings))
    assert len(list(tmp_path.rglob("*.spacy"))) == len(SENTENCES)
    cached = results(annotate_stream(nlp, unparsed(nlp, SENTENCES), settings))
    assert first == fresh
    assert cached == fresh


@pytest.mark.parametrize("zone_docs", [4, 12])
def test_vocabulary_stays_bounded_over_distinct_texts(nlp: Language, zone_docs: int) -> None:
    def novel_texts(start: int) -> list[str]:
        # Every text brings names the vocabulary has never seen.
        return [f"{invented_name(n)} a rencontré {invented_name(n + 500)} à "
                f"{invented_name(n + 900)} hier." for n in range(start, start + 20)]

    list(annotate_stream(nlp, unparsed(nlp, novel_texts(0)), StreamSettings(batch_size=4, zone_docs=zone_docs)))
    strings, lexemes = len(nlp.vocab.strings), sum(1 for _ in nlp.vocab)
    for start in (100, 200):
        texts = novel_texts(start)
        seen = [(doc.text, doc[0].lemma_ != "", doc._.events is not None)
                for doc in annotate_stream(nlp, unparsed(nlp, texts), StreamSettings(batch_size=4, zone_docs=zone_docs))]
        assert seen == [(text, True, True) for text in texts]
    assert len(nlp.vocab.strings) == strings
    assert sum(1 for _ in nlp.vocab) == lexemes
