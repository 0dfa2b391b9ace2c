"""Participles an aside ("de son côté", "pour sa part") cuts off from their auxiliary."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.events.asides import mend_asides

ASIDES = frozenset({"de côté", "pour part"})
PART = "Tense=Past|VerbForm=Part"
POSS = "Poss=Yes"

# (words, heads, deps, pos, lemmas, morphs) as the parser misreads them.
MISPARSED = {
    # "Quito a de son côté expulsé deux diplomates.": "côté" object of "a", "expulsé" hung on "côté".
    "aside_as_object": (
        ["Quito", "a", "de", "son", "côté", "expulsé", "deux", "diplomates", "."],
        [1, 1, 4, 4, 1, 4, 7, 4, 1],
        ["nsubj", "ROOT", "case", "det", "obj", "acl", "nummod", "nmod", "punct"],
        ["PROPN", "AUX", "ADP", "DET", "NOUN", "VERB", "NUM", "NOUN", "PUNCT"],
        ["Quito", "avoir", "de", "son", "côté", "expulser", "deux", "diplomate", "."],
        ["", "", "", POSS, "", PART, "", "", ""],
    ),
    # "Riga a pour sa part déployé des chars.": "part" root, everything hung on it.
    "aside_as_root": (
        ["Riga", "a", "pour", "sa", "part", "déployé", "des", "chars", "."],
        [4, 4, 4, 4, 4, 4, 7, 4, 4],
        ["nsubj", "aux:tense", "case", "det", "ROOT", "acl", "det", "appos", "punct"],
        ["PROPN", "AUX", "ADP", "DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
        ["Riga", "avoir", "pour", "son", "part", "déployer", "un", "char", "."],
        ["", "", "", POSS, "", PART, "", "", ""],
    ),
}


def _doc(case: str) -> Doc:
    words, heads, deps, pos, lemmas, morphs = MISPARSED[case]
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, morphs=morphs)


@pytest.mark.parametrize("case", sorted(MISPARSED))
def test_participle_heads_its_clause(case: str) -> None:
    doc = _doc(case)
    assert mend_asides(doc, ASIDES) == 1
    verb = doc[5]
    assert verb.dep_ == "ROOT" and verb.head.i == verb.i
    assert {(t.i, t.dep_) for t in verb.children} >= {(0, "nsubj"), (1, "aux:tense"), (4, "obl:mod"), (7, "obj")}
    assert len(list(doc.sents)) == 1


def test_right_parse_left_alone() -> None:
    words = ["Oslo", "a", "de", "son", "côté", "saisi", "des", "armes", "."]
    doc = Doc(
        Vocab(), words=words, heads=[5, 5, 4, 4, 5, 5, 7, 5, 5],
        deps=["nsubj", "aux:tense", "case", "det", "obl:mod", "ROOT", "det", "obj", "punct"],
        pos=["PROPN", "AUX", "ADP", "DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
        lemmas=["Oslo", "avoir", "de", "son", "côté", "saisir", "un", "arme", "."],
        morphs=["", "", "", POSS, "", PART, "", "", ""],
    )
    assert mend_asides(doc, ASIDES) == 0


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "event_type", "actor", "partner"),
    [
        ("La Bolivie a de son côté expulsé trois diplomates péruviens.", "SANCTION", "Bolivie", "Pérou"),
        ("L'armée chilienne a de son côté déployé des blindés près de la frontière argentine.",
         "MOBILIZE", "Chili", "Argentine"),
        ("Le Paraguay a pour sa part condamné l'Uruguay.", "ACCUSE", "Paraguay", "Uruguay"),
    ],
)
def test_aside_clause_gives_event(nlp: Language, text: str, event_type: str, actor: str, partner: str) -> None:
    rows = nlp(text)._.events
    assert any(r.event_type == event_type and r.actor == actor and r.partner == partner for r in rows), rows
