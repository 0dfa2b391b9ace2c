"""Helpers of :mod:`pipeline.actors.match` read from a Doc's columns."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.actors.match import entity_starts


def test_entity_starts_matches_doc_ents() -> None:
    """Starts of the entities of one label, as ``doc.ents`` gives them."""
    doc = Doc(Vocab(), words=["Vladimir", "Poutine", "et", "Xi", "à", "Pékin", "Li"],
              ents=["B-PER", "I-PER", "O", "B-PER", "O", "B-LOC", "B-PER"])
    expected = {ent.start for ent in doc.ents if ent.label_ == "PER"}
    assert entity_starts(doc, "PER") == expected == {0, 3, 6}


def test_entity_starts_without_entities() -> None:
    """A Doc without entities (or without that label) has no starts."""
    doc = Doc(Vocab(), words=["Tokyo", "proteste"])
    assert entity_starts(doc, "PER") == frozenset()
