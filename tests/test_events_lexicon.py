"""The trigger lexicon: expressions, classes and matching."""

from __future__ import annotations

import pytest
from events_docs import build_doc

from pipeline.events.lexicon import Lexicon, parse_expression


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.load()


@pytest.mark.parametrize(
    ("expression", "parsed"),
    [
        ("rencontrer", ("rencontrer", False, ())),
        ("se rendre", ("rendre", True, ())),
        ("s'entretenir", ("entretenir", True, ())),
        ("se mettre d'accord", ("mettre", True, ("accord",))),
        ("mettre en garde", ("mettre", False, ("garde",))),
        ("cessez-le-feu", ("cessez-le-feu", False, ())),
    ],
)
def test_parse_expression(expression: str, parsed: tuple[str, bool, tuple[str, ...]]) -> None:
    assert parse_expression(expression) == parsed


@pytest.mark.parametrize(
    ("lemma", "pos", "event_type"),
    [
        # one word of each class the spec names
        ("signer", "VERB", "AGREE"), ("traité", "NOUN", "AGREE"),
        ("rencontrer", "VERB", "CONSULT"), ("sommet", "NOUN", "CONSULT"),
        ("négociation", "NOUN", "CONSULT"), ("saluer", "VERB", "SUPPORT"),
        ("solidarité", "NOUN", "SUPPORT"), ("libérer", "VERB", "CONCEDE"),
        ("investissement", "NOUN", "COOPERATE"), ("livrer", "VERB", "AID"),
        ("cessez-le-feu", "NOUN", "RETREAT"), ("exhorter", "VERB", "REQUEST"),
        ("préoccupation", "NOUN", "ACCUSE"), ("rejeter", "VERB", "REJECT"),
        ("menacer", "VERB", "THREATEN"), ("grève", "NOUN", "PROTEST"),
        ("sanction", "NOUN", "SANCTION"), ("déployer", "VERB", "MOBILIZE"),
        ("arrestation", "NOUN", "COERCE"), ("bombarder", "VERB", "ASSAULT"),
    ],
)
def test_every_type_has_triggers(lexicon: Lexicon, lemma: str, pos: str, event_type: str) -> None:
    table = lexicon.verbs if pos == "VERB" else lexicon.nouns
    assert event_type in {t.event_type for t in table[lemma]}


@pytest.mark.parametrize(
    ("lemma", "pos", "event_type"),
    [
        ("intercepter", "VERB", "COERCE"), ("interception", "NOUN", "COERCE"),
        ("couler", "VERB", "ASSAULT"),
    ],
)
def test_acts_against_ships_are_one_class(lexicon: Lexicon, lemma: str, pos: str, event_type: str) -> None:
    table = lexicon.verbs if pos == "VERB" else lexicon.nouns
    assert any(t.event_type == event_type and t.word_class == "ship_acts" for t in table[lemma])


def test_light_verbs_and_cues_load(lexicon: Lexicon) -> None:
    assert lexicon.light_verbs["tenir"] == "host"
    assert lexicon.light_verbs["apporter"] == "give"
    assert "rapport" in lexicon.cue("document_nouns")
    assert "CONSULT".lower() in lexicon.cue("symmetric_types")


@pytest.mark.parametrize("name", ["symmetric_types", "hostile_types", "no_such_class"])
def test_upper_cue_is_the_class_in_upper_case_read_once(lexicon: Lexicon, name: str) -> None:
    upper = lexicon.upper_cue(name)
    assert upper == frozenset(t.upper() for t in lexicon.cue(name))
    assert lexicon.upper_cue(name) is upper


# "Il se rend à Pékin." / "Il rend visite." — the reflexive entry needs "se"
REFLEXIVE = [
    ("Il", "il", "PRON", "nsubj", 2),
    ("se", "se", "PRON", "expl:comp", 2, "Reflex=Yes"),
    ("rend", "rendre", "VERB", "ROOT", 2),
]
PLAIN = [
    ("Il", "il", "PRON", "nsubj", 1),
    ("rend", "rendre", "VERB", "ROOT", 1),
    ("compte", "compte", "NOUN", "obj", 1),
]
# "Tokyo met en garde Pyongyang" — the multiword entry needs "garde"
WARN = [
    ("Tokyo", "Tokyo", "PROPN", "nsubj", 1),
    ("met", "mettre", "VERB", "ROOT", 1),
    ("en", "en", "ADP", "case", 3),
    ("garde", "garde", "NOUN", "obl:arg", 1),
    ("Pyongyang", "Pyongyang", "PROPN", "obj", 1),
]


@pytest.mark.parametrize(
    ("rows", "index", "expected"),
    [(REFLEXIVE, 2, "CONSULT"), (PLAIN, 1, None), (WARN, 1, "THREATEN")],
    ids=["se-rendre", "rendre-compte", "mettre-en-garde"],
)
def test_match_reflexive_and_multiword(lexicon: Lexicon, rows: list, index: int, expected: str | None) -> None:
    trigger = lexicon.match(build_doc(rows)[index])
    assert (trigger.event_type if trigger else None) == expected
