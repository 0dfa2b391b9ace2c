"""Arbitrary Unicode never raises: ingestion, cleaning, and our spaCy components."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from pipeline.clean import FurniturePatterns, find_dateline
from pipeline.decode import DecodeError, decode_bytes
from pipeline.ingest import IngestError, IngestLimits, finish, from_record, screen, scrub
from pipeline.language import FunctionWords
from pipeline.types import Article

PATTERNS = FurniturePatterns.load()
LIMITS = IngestLimits(max_bytes=10_000, words=FunctionWords.load())
FUZZ = settings(max_examples=30, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])

# Text biased towards what breaks parsers: dates, quotes, markup, odd spaces.
pieces = st.sampled_from(["le 12/03/2025", "Publié le 3 mars 2025", "<script>", "\u00a0",
                          "\n\n", "«", "»", "Japon", "\ufeff", "\u200b", "=1+1", "🇯🇵", "\r\n"])
texts = st.lists(st.one_of(st.text(max_size=40), pieces), max_size=12).map("".join)
values = st.one_of(st.none(), st.integers(), st.floats(), st.text(max_size=20), texts,
                   st.lists(st.integers(), max_size=2))


@FUZZ
@given(record=st.dictionaries(st.sampled_from(["id", "text", "date", "title", "source", "x"]),
                              values, max_size=6))
def test_records_become_articles_or_errors(record: dict[str, object]) -> None:
    item = scrub(from_record(record, "f.jsonl:1", 1))
    if isinstance(item, Article):
        checked = screen(item, LIMITS)
        item = checked or finish(item, PATTERNS)
    assert isinstance(item, Article | IngestError)


@FUZZ
@given(data=st.one_of(st.binary(max_size=200), texts.map(lambda t: t.encode("utf-8", "replace"))))
def test_any_bytes_decode_or_give_a_reason(data: bytes) -> None:
    try:
        text, encoding = decode_bytes(data)
    except DecodeError as err:
        assert str(err)
    else:
        assert isinstance(text, str) and encoding


@FUZZ
@given(text=texts)
def test_cleaning_keeps_offsets_inside_the_text(text: str) -> None:
    article = finish(Article("a", text), PATTERNS)
    assert all(0 <= start < end <= len(text) for start, end in article.furniture)
    dateline = find_dateline(text)
    assert dateline is None or len(dateline) == 10


@pytest.mark.model
@FUZZ
@given(text=texts)
def test_components_never_raise(nlp: Language, text: str) -> None:
    doc = nlp.make_doc(text)
    doc._.doc_id = "fuzz"
    doc._.doc_date = "2025-12-20"
    for _, component in nlp.pipeline:
        doc = component(doc)
    for event in doc._.events or []:
        assert -1 <= event.start <= event.end <= len(text)
    for timex in doc._.timexes or []:
        assert text[timex.start:timex.end] == timex.text
