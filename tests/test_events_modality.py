"""Modality from morphology and cue words."""

from __future__ import annotations

import pytest
from events_docs import build_doc
from spacy.language import Language

from pipeline.events.lexicon import Lexicon
from pipeline.events.modality import modality_of
from pipeline.events.verbal import governing_verbs


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.load()


# "Tokyo prévoit de fournir des équipements" → planned (governing verb)
PLAN = [
    ("Tokyo", "Tokyo", "PROPN", "nsubj", 1),
    ("prévoit", "prévoir", "VERB", "ROOT", 1, "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("de", "de", "ADP", "mark", 3),
    ("fournir", "fournir", "VERB", "xcomp", 1, "VerbForm=Inf"),
]
# "Le Japon signera" → planned (future)
FUTURE = [
    ("Japon", "Japon", "PROPN", "nsubj", 1),
    ("signera", "signer", "VERB", "ROOT", 1, "Mood=Ind|Tense=Fut|VerbForm=Fin"),
]
# "Moscou pourrait signer" → hypothetical (conditional)
CONDITIONAL = [
    ("Moscou", "Moscou", "PROPN", "nsubj", 1),
    ("pourrait", "pouvoir", "VERB", "ROOT", 1, "Mood=Cnd|Tense=Pres|VerbForm=Fin"),
    ("signer", "signer", "VERB", "xcomp", 1, "VerbForm=Inf"),
]
# "La Russie n'exclut pas une coopération" → hypothetical, not negated
NOT_EXCLUDED = [
    ("Russie", "Russie", "PROPN", "nsubj", 2),
    ("n'", "ne", "ADV", "advmod", 2),
    ("exclut", "exclure", "VERB", "ROOT", 2, "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("pas", "pas", "ADV", "advmod", 2),
    ("une", "un", "DET", "det", 5),
    ("coopération", "coopération", "NOUN", "obj", 2),
]
# "La réunion a été annulée" → cancelled
CANCELLED = [
    ("La", "le", "DET", "det", 1),
    ("réunion", "réunion", "NOUN", "nsubj:pass", 4),
    ("a", "avoir", "AUX", "aux:tense", 4),
    ("été", "être", "AUX", "aux:pass", 4),
    ("annulée", "annuler", "VERB", "ROOT", 4, "Tense=Past|VerbForm=Part"),
]
# "Le Japon n'a jamais organisé de réunion" → negated
NEVER = [
    ("Japon", "Japon", "PROPN", "nsubj", 3),
    ("n'", "ne", "ADV", "advmod", 3),
    ("a", "avoir", "AUX", "aux:tense", 3),
    ("organisé", "organiser", "VERB", "ROOT", 3, "Tense=Past|VerbForm=Part"),
    ("jamais", "jamais", "ADV", "advmod", 3),
    ("de", "de", "DET", "det", 6),
    ("réunion", "réunion", "NOUN", "obj", 3),
]
# "Le Japon a signé" → asserted
PAST = [
    ("Japon", "Japon", "PROPN", "nsubj", 2),
    ("a", "avoir", "AUX", "aux:tense", 2, "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("signé", "signer", "VERB", "ROOT", 2, "Tense=Past|VerbForm=Part"),
]


@pytest.mark.parametrize(
    ("rows", "trigger", "extra", "expected"),
    [
        (PLAN, 3, [], "planned"),
        (FUTURE, 1, [], "planned"),
        (CONDITIONAL, 2, [], "hypothetical"),
        (NOT_EXCLUDED, 5, [2], "hypothetical"),
        (CANCELLED, 1, [4], "cancelled"),
        (NEVER, 6, [3], "negated"),
        (PAST, 2, [], "asserted"),
    ],
    ids=["prevoir-de", "future", "conditional", "n-exclut-pas", "annulee", "jamais", "past"],
)
def test_modality(lexicon: Lexicon, rows: list, trigger: int, extra: list[int], expected: str) -> None:
    doc = build_doc(rows)
    anchors = governing_verbs(doc[trigger]) + [doc[i] for i in extra]
    assert modality_of(anchors, lexicon) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    ["Le président turc signera un accord avec l'Azerbaïdjan.",
     "Le Chili rencontrera le Pérou."],
    ids=["signera", "rencontrera"],
)
def test_future_read_as_a_participle_is_planned(nlp: Language, text: str) -> None:
    doc = nlp.make_doc(text)
    doc._.doc_id, doc._.doc_date = "t", "2025-06-15"
    assert {e.modality for e in nlp(doc)._.events} == {"planned"}
