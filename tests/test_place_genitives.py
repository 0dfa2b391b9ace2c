"""Places named through a common noun: "la ville de Homs", "le port de Port-Soudan".

(pipeline.events.cities.named_city / genitive_city, read by city targets and armed entries.)
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.events.cities import genitive_city, named_city

#: A French vocab: lower-case forms come from its lexical attributes.
_VOCAB = spacy.blank("fr").vocab
_TABLE = {"el-geneina": ("Soudan", "SDN"), "homs": ("Syrie", "SYR")}


def _doc(words: list[str], heads: list[int], deps: list[str], spaces: list[bool] | None = None) -> Doc:
    pos = [
        "PROPN" if w[:1].isupper() or w == "-" else ("ADP" if d == "case" else "NOUN")
        for w, d in zip(words, deps, strict=True)
    ]
    return Doc(_VOCAB, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)


def test_hyphenated_name_split_by_the_parser_is_one_city() -> None:
    # "ville d' El - Geneina": the parser hangs El, -, Geneina side by side under "ville".
    doc = _doc(
        ["ville", "d'", "El", "-", "Geneina"],
        [0, 2, 0, 0, 0],
        ["ROOT", "case", "nmod", "nmod", "nmod"],
        [True, False, False, False, False],
    )
    party = named_city(doc[2], _TABLE)
    assert party is not None and party.code == "SDN"
    assert genitive_city(doc[0], _TABLE) == party


@pytest.mark.parametrize(
    ("words", "heads", "deps", "code"),
    [
        (["ville", "de", "Homs"], [0, 2, 0], ["ROOT", "case", "nmod"], "SYR"),
        # "le dépôt de munitions de Homs": two "de" levels lead to the city.
        (["dépôt", "de", "munitions", "de", "Homs"], [0, 2, 0, 4, 2], ["ROOT", "case", "nmod", "case", "nmod"], "SYR"),
        (["ville", "de", "Lyon"], [0, 2, 0], ["ROOT", "case", "nmod"], None),
        (["ville", "à", "Homs"], [0, 2, 0], ["ROOT", "case", "nmod"], None),
    ],
)
def test_genitive_city(words: list[str], heads: list[int], deps: list[str], code: str | None) -> None:
    party = genitive_city(_doc(words, heads, deps)[0], _TABLE)
    assert (party.code if party else None) == code


def _rows(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(e.actor, e.event_type, e.partner) for e in nlp(text)._.events]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les miliciens du M23 sont entrés jeudi dans la ville d'Uvira.", ("M23", "ASSAULT", "République démocratique du Congo")),
        ("L'aviation turque a bombardé vendredi la ville de Homs.", ("Turquie", "ASSAULT", "Syrie")),
        ("La Russie a frappé dimanche le port de Kherson.", ("Russie", "ASSAULT", "Ukraine")),
        ("Des drones russes ont bombardé lundi la centrale électrique de Zaporijia.", ("Russie", "ASSAULT", "Ukraine")),
    ],
)
def test_place_noun_stands_for_its_city(nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _rows(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "La délégation est entrée mardi dans la ville d'Uvira.",
        "Le ministre a visité le port de Kherson.",
    ],
)
def test_place_noun_without_hostile_act_gives_no_attack(nlp, text: str) -> None:
    assert not any(t == "ASSAULT" for _, t, _ in _rows(nlp, text))
