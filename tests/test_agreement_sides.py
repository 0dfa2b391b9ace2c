"""Unattributed agreements of a conflict story bind the story's two sides."""

from __future__ import annotations

import pytest
from events_docs import build_doc, dated_rows, either_way
from spacy.language import Language

from pipeline.events.agreement_sides import signed_agreement
from pipeline.events.lexicon import Lexicon

#: "l'accord conclu en 2019" (participle on the noun).
_PARTICIPLE = [
    ("l'", "le", "DET", "det", 1),
    ("accord", "accord", "NOUN", "ROOT", 1),
    ("conclu", "conclure", "VERB", "acl", 1, "Tense=Past|VerbForm=Part"),
    ("en", "en", "ADP", "case", 4),
    ("2019", "2019", "NUM", "obl:mod", 2),
]
#: "une trêve a été signée" (passive clause).
_PASSIVE = [
    ("une", "un", "DET", "det", 1),
    ("trêve", "trêve", "NOUN", "nsubj:pass", 4),
    ("a", "avoir", "AUX", "aux:tense", 4),
    ("été", "être", "AUX", "aux:pass", 4),
    ("signée", "signer", "VERB", "ROOT", 4, "Tense=Past|VerbForm=Part"),
]
#: "le Kenya a signé un accord" (the clause names a signatory).
_ACTIVE = [
    ("le", "le", "DET", "det", 1),
    ("Kenya", "Kenya", "PROPN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3),
    ("signé", "signer", "VERB", "ROOT", 3, "Tense=Past|VerbForm=Part"),
    ("un", "un", "DET", "det", 5),
    ("accord", "accord", "NOUN", "obj", 3),
]
#: "l'accord de Lomé signé en 2010" (a named agreement).
_NAMED = [
    ("l'", "le", "DET", "det", 1),
    ("accord", "accord", "NOUN", "ROOT", 1),
    ("de", "de", "ADP", "case", 3),
    ("Lomé", "Lomé", "PROPN", "nmod", 1),
    ("signé", "signer", "VERB", "acl", 1, "Tense=Past|VerbForm=Part"),
]

#: "la ratification de l'accord, signé": the parser hangs the participle on the act noun.
_RATIFIED = [
    ("la", "le", "DET", "det", 1),
    ("ratification", "ratification", "NOUN", "ROOT", 1, "Gender=Fem|Number=Sing"),
    ("de", "de", "ADP", "case", 4),
    ("l'", "le", "DET", "det", 4),
    ("accord", "accord", "NOUN", "nmod", 1, "Gender=Masc|Number=Sing"),
    ("signé", "signer", "VERB", "acl", 1, "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part"),
]
#: "la ratification de leur accord, signé" (owned, Poss left out by the parser).
_RATIFIED_OWNED = [
    row if row[0] != "l'" else ("leur", "son", "DET", "det", 4) for row in _RATIFIED
]
#: "leur trêve signée en mai" (possessive without the Poss feature).
_OWNED = [
    ("leur", "son", "DET", "det", 1),
    ("trêve", "trêve", "NOUN", "ROOT", 1),
    ("signée", "signer", "VERB", "acl", 1, "Tense=Past|VerbForm=Part"),
]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.load()


@pytest.mark.parametrize(
    ("rows", "verb", "noun"),
    [(_PARTICIPLE, 2, 1), (_PASSIVE, 4, 1), (_ACTIVE, 3, None), (_NAMED, 4, None),
     (_RATIFIED, 5, 4), (_RATIFIED_OWNED, 5, None), (_OWNED, 2, None)],
    ids=["participle", "passive", "named-signatory", "named-agreement",
         "participle-agrees-with-genitive", "owned-genitive", "owned-without-poss"],
)
def test_signed_agreement_without_signatories(lexicon: Lexicon, rows: list, verb: int, noun: int | None) -> None:
    found = signed_agreement(build_doc(rows)[verb], lexicon)
    assert (found.i if found is not None else None) == noun


_STORY = (
    "Le Soudan a bombardé lundi le Soudan du Sud. "
    "Le Soudan du Sud a accusé le Soudan de massacres. "
    "Le Soudan a de nouveau attaqué le Soudan du Sud mardi. "
)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_STORY + "L'accord de paix conclu le 4 mai 2021, sous l'égide de l'Éthiopie, n'a pas tenu.",
         ("SDN", "AGREE", "SSD", "2021-05-04")),
        (_STORY + "Les combats ont repris, alors qu'une trêve avait été signée le 3 mars 2022.",
         ("SDN", "AGREE", "SSD", "2022-03-03")),
        (_STORY + "L'Union africaine a appelé à appliquer l'accord conclu en 2020.",
         ("SDN", "AGREE", "SSD", "2020")),
    ],
    ids=["participle-under-auspices", "passive-truce", "recalled-in-appeal"],
)
def test_unattributed_agreement_binds_story_sides(nlp: Language, text: str,
                                                  expected: tuple[str, str, str, str]) -> None:
    rows = dated_rows(nlp, text)
    assert either_way(expected, rows)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # no conflict: nobody can tell the signatories
        "Le Chili a salué l'accord conclu en 2020.",
        # a named agreement may bind anyone
        _STORY + "L'accord de Lomé, signé en 2010, reste une référence.",
        # an owned agreement belongs to the clause's parties, not to the story's sides
        _STORY + "Le Kenya et l'Ouganda veulent appliquer leur accord commercial, signé en 2019.",
    ],
    ids=["no-story-sides", "named-agreement", "owned-agreement"],
)
def test_no_story_sides_for_agreement(nlp: Language, text: str) -> None:
    assert not any(t == "AGREE" and ({a, p} == {"SDN", "SSD"} or "CHL" in (a, p)) for a, t, p, _ in dated_rows(nlp, text))
