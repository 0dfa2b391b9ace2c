"""Concerns stated by an adjective ("s'est dit préoccupé") and concerns about the fighting."""

from __future__ import annotations

import pytest
from events_docs import dated_rows
from spacy.lang.fr import French
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.events.lexicon import participle_infinitive
from pipeline.events.verbal import is_predicate_adjective

_WAR = (
    "L'armée du Mozambique a bombardé des villages de Tanzanie. "
    "Le Malawi a expulsé deux diplomates zambiens. "
)


def _said_state(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    """A hand-built parse: no model needed."""
    return Doc(French().vocab, words=words, heads=heads, deps=deps, pos=pos)


@pytest.mark.parametrize(
    ("words", "heads", "deps", "pos", "word", "expected"),
    [
        (["Le", "Pérou", "s'", "est", "dit", "préoccupé"], [1, 4, 4, 4, 4, 4],
         ["det", "nsubj", "expl:comp", "aux:tense", "ROOT", "xcomp"],
         ["DET", "PROPN", "PRON", "AUX", "VERB", "ADJ"], 5, True),
        (["Le", "Chili", "reste", "inquiété"], [1, 2, 2, 2],
         ["det", "nsubj", "ROOT", "xcomp"], ["DET", "PROPN", "VERB", "ADJ"], 3, True),
        (["un", "député", "préoccupé"], [1, 1, 1],
         ["det", "ROOT", "amod"], ["DET", "NOUN", "ADJ"], 2, False),
    ],
    ids=["se-dire", "rester", "epithet"],
)
def test_predicate_adjective_is_said_of_the_subject(
    words: list[str], heads: list[int], deps: list[str], pos: list[str], word: int, expected: bool
) -> None:
    doc = _said_state(words, heads, deps, pos)
    assert is_predicate_adjective(doc[word]) is expected
    assert (participle_infinitive(doc[word]) != "") is expected


@pytest.mark.model
@pytest.mark.parametrize(
    "concern",
    [
        "L'ONU s'est dite « profondément préoccupée » par les combats le long de la frontière.",
        "Face aux affrontements dans le nord, le Kenya s'est déclaré préoccupé.",
    ],
    ids=["se-dire-par-les-combats", "se-declarer-face-aux-affrontements"],
)
def test_concern_beside_fighting_goes_to_the_fighters(nlp: Language, concern: str) -> None:
    rows = {(t, p) for _, t, p, _ in dated_rows(nlp, _WAR + concern)}
    assert ("ACCUSE", "MOZ") in rows
    assert ("ACCUSE", "ZMB") not in rows


@pytest.mark.model
@pytest.mark.parametrize(
    "concern",
    ["Le Brésil s'est dit « préoccupé ».", "Le Brésil s'est déclaré très préoccupé."],
    ids=["se-dire", "se-declarer"],
)
def test_concern_with_no_complement_faces_the_attacker(nlp: Language, concern: str) -> None:
    text = "Les troupes russes ont bombardé Kharkiv lundi. " + concern
    rows = {(a, t, p) for a, t, p, _ in dated_rows(nlp, text)}
    assert ("BRA", "ACCUSE", "RUS") in rows
