"""Tests for pipeline.events.subjects: subjects read from the Doc's columns."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.doc_context import DocContext, shared_context
from pipeline.events.subjects import subject_of

# (words, heads, deps, pos, morphs, verb, subject index or None)
CASES = [
    # "Séoul a promis une aide ." : the subject hung on the auxiliary.
    (["Séoul", "a", "promis", "une", "aide", "."], [1, 2, 2, 4, 2, 2],
     ["nsubj", "aux:tense", "ROOT", "det", "obj", "punct"],
     ["PROPN", "AUX", "VERB", "DET", "NOUN", "PUNCT"], [""] * 6, 2, 0),
    # "Il doit recevoir Kim ." : "Il" parsed as impersonal, read as the subject.
    (["Il", "doit", "recevoir", "Kim", "."], [1, 1, 1, 2, 1],
     ["expl:subj", "ROOT", "xcomp", "obj", "punct"],
     ["PRON", "VERB", "VERB", "PROPN", "PUNCT"], ["", "", "VerbForm=Inf", "", ""], 1, 0),
    # "Il doit y avoir des pourparlers ." : "y" keeps "Il" impersonal.
    (["Il", "doit", "y", "avoir", "des", "pourparlers", "."], [1, 1, 3, 1, 5, 3, 1],
     ["expl:subj", "ROOT", "expl:comp", "xcomp", "det", "obj", "punct"],
     ["PRON", "VERB", "PRON", "VERB", "DET", "NOUN", "PUNCT"],
     ["", "", "", "VerbForm=Inf", "", "", ""], 1, None),
]


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str], morphs: list[str]) -> Doc:
    lemmas = [{"doit": "devoir", "a": "avoir"}.get(w, w.lower()) for w in words]
    return Doc(spacy.blank("fr").vocab, words=words, heads=heads, deps=deps, pos=pos,
               morphs=morphs, lemmas=lemmas)


@pytest.mark.parametrize("words, heads, deps, pos, morphs, verb, expected", CASES)
def test_subject_of_is_the_same_with_a_shared_context(
    words: list[str], heads: list[int], deps: list[str], pos: list[str], morphs: list[str],
    verb: int, expected: int | None,
) -> None:
    doc = _doc(words, heads, deps, pos, morphs)
    alone, _ = subject_of(doc[verb])
    with shared_context(DocContext(doc)):
        shared, _ = subject_of(doc[verb])
    assert (alone.i if alone is not None else None) == expected
    assert (shared.i if shared is not None else None) == expected
