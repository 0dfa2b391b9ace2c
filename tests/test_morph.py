"""Tests for pipeline.morph: the memoised feature values equal ``token.morph.get``."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.morph import features

# "Ils se sont rencontrés pour signer ."
WORDS = ["Ils", "se", "sont", "rencontrés", "pour", "signer", "."]
MORPHS = [
    "Gender=Masc|Number=Plur|Person=3|PronType=Prs",
    "Person=3|Reflex=Yes",
    "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin",
    "Gender=Masc|Number=Plur|Tense=Past|VerbForm=Part",
    "",
    "VerbForm=Inf",
    "",
]


@pytest.fixture(scope="module")
def doc() -> Doc:
    return Doc(spacy.blank("fr").vocab, words=WORDS, morphs=MORPHS)


@pytest.mark.parametrize(
    "i, field, values",
    [
        (3, "VerbForm", ("Part",)),
        (3, "Tense", ("Past",)),
        (2, "Number", ("Plur",)),
        (5, "VerbForm", ("Inf",)),
        (5, "Tense", ()),
        (4, "VerbForm", ()),
        (1, "Reflex", ("Yes",)),
    ],
)
def test_features_equal_the_analysis_values(doc: Doc, i: int, field: str, values: tuple[str, ...]) -> None:
    assert features(doc[i], field) == values == tuple(doc[i].morph.get(field, []))


def test_features_are_the_same_for_the_same_analysis_in_another_doc(doc: Doc) -> None:
    other = Doc(spacy.blank("fr").vocab, words=["signés"], morphs=[MORPHS[3]])
    assert features(other[0], "Tense") == features(doc[3], "Tense") == ("Past",)
