"""Docs that carry a run's records without their parse: word counts and user data."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from pipeline.extensions import doc_text, register_extensions
from pipeline.stream import DEFERRED, WORDS_KEY, deferred_doc, record_doc, word_count


@pytest.fixture()
def blank() -> Language:
    register_extensions()
    return spacy.blank("fr")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("La Mongolie accueille le forum.", 6),
        ("Le Chili  proteste.\n\nSantiago répond.", 7),
        ("", 0),
        ("\n\n", 0),
    ],
)
def test_word_count_skips_space_tokens(blank: Language, text: str, words: int) -> None:
    assert word_count(blank.make_doc(text)) == words


def test_word_count_reads_the_count_a_record_carries(blank: Language) -> None:
    doc = record_doc(blank, "Le Pérou signe un traité avec la Bolivie.", {WORDS_KEY: 9})
    assert (len(doc), word_count(doc)) == (1, 9)


def test_record_doc_keeps_text_and_user_data(blank: Language) -> None:
    text = "Lima reçoit La Paz.\nLes deux pays signent."
    doc = record_doc(blank, text, {WORDS_KEY: 10, ("._.", "doc_id", None, None): "p1"})
    assert (doc.text, doc_text(doc), doc._.doc_id) == (text, text, "p1")


def test_deferred_doc_is_marked_and_untokenised(blank: Language) -> None:
    doc = deferred_doc(blank, "Quito et Bogota ouvrent la frontière.")
    assert (len(doc), doc.user_data[DEFERRED]) == (1, True)
    assert doc_text(doc) == "Quito et Bogota ouvrent la frontière."
