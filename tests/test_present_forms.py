"""Present-tense verbs the tagger misreads: noun lemmas and false futures."""

from __future__ import annotations

import pytest
from events_docs import build_doc

from pipeline.events.present_forms import future_spelling, misread_verb


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("accueillera", True), ("signerons", True), ("sera", True), ("iront", True),
        ("accueille", False), ("signe", False), ("livrent", False), ("rend", False),
    ],
)
def test_future_spelling(text: str, expected: bool) -> None:
    assert future_spelling(text) is expected


@pytest.mark.parametrize(
    ("word", "lemma", "pos", "morph", "expected"),
    [
        # "Le Chili signe un traité": the noun's lemma on a finite verb
        ("signe", "signe", "VERB", "Mood=Ind|Tense=Pres|VerbForm=Fin", True),
        ("livre", "livre", "VERB", "Mood=Ind|Tense=Pres|VerbForm=Fin", True),
        # a proper infinitive lemma is left alone
        ("signe", "signer", "VERB", "Mood=Ind|Tense=Pres|VerbForm=Fin", False),
        ("rend", "rendre", "VERB", "Mood=Ind|Tense=Pres|VerbForm=Fin", False),
        # a noun stays a noun, an infinitive is no finite verb
        ("signe", "signe", "NOUN", "", False),
        ("livre", "livre", "VERB", "VerbForm=Inf", False),
    ],
)
def test_misread_verb(word: str, lemma: str, pos: str, morph: str, expected: bool) -> None:
    doc = build_doc([("Lima", "Lima", "PROPN", "nsubj", 1), (word, lemma, pos, "ROOT", 1, morph)])
    assert misread_verb(doc[1]) is expected
