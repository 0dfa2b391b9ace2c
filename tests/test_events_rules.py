"""Event rules on hand-built parses (no model): one invented sentence per class."""

from __future__ import annotations

import pytest
from events_docs import (
    HOST,
    LIGHT,
    MEET,
    NEGATED,
    PASSIVE,
    RECIPROCAL,
    REPORT,
    REPORTED,
    VISIT,
    build_doc,
)
from spacy.tokens import Doc

from pipeline.events.build import extract_events
from pipeline.events.lexicon import Lexicon


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.load()


def rows(doc: Doc, lexicon: Lexicon) -> list[tuple[str, str, str, str, str]]:
    return [
        (e.actor, e.event_type, e.partner, e.date, e.modality) for e in extract_events(doc, lexicon)
    ]


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        # subject + coordinated object: one row per partner, date from obl:mod
        (MEET, [("Japon", "CONSULT", "Chine", "2025-05-03", "asserted"),
                ("Japon", "CONSULT", "Inde", "2025-05-03", "asserted")]),
        # passive with a coordinated agent and no partner: mutual, one row
        (PASSIVE, [("Russie", "AGREE", "Corée du Nord", "", "asserted")]),
        # reciprocal verb with a "members" subject
        (RECIPROCAL, [("Vladimir Poutine", "CONSULT", "Kim Jong-un", "", "asserted")]),
        # light verb: the noun gives the type, the verb's subject acts
        (LIGHT, [("Japon", "SUPPORT", "Ukraine", "", "asserted")]),
        # nominal event: genitive actor, "à" partner, date attached through the place
        (VISIT, [("Junichiro Koizumi", "CONSULT", "Russie", "XXXX-01-09/XXXX-01-12", "asserted")]),
        # host of a meeting gathering several participants
        (HOST, [("Japon", "CONSULT", "Kazakhstan", "", "asserted"),
                ("Japon", "CONSULT", "Ouzbékistan", "", "asserted")]),
        # what a report does is not an event
        (REPORT, []),
        # "ne … pas" beats the future tense
        (NEGATED, [("Japon", "AGREE", "Corée du Sud", "", "negated")]),
        # reported speech: the reported act and the speaker's accusation
        (REPORTED, [("Russie", "ASSAULT", "Ukraine", "", "asserted"),
                    ("Yoshimasa Hayashi", "ACCUSE", "Russie", "", "asserted")]),
    ],
    ids=["coordination", "passive", "reciprocal", "light-verb", "nominal", "host", "report",
         "negation", "reported-speech"],
)
def test_rule_classes(doc: Doc, expected: list[tuple[str, ...]], lexicon: Lexicon) -> None:
    assert rows(doc, lexicon) == expected


def test_rows_carry_offsets_and_rule(lexicon: Lexicon) -> None:
    event = extract_events(MEET, lexicon)[0]
    text = MEET.text
    assert text[event.trigger_start:event.trigger_end] == "rencontré"
    assert text[event.actor_start:event.actor_end] == "Japon"
    assert text[event.date_start:event.date_end] == "le 3 mai 2025"
    assert (event.start, event.end, event.sentence) == (0, len(text.rstrip()), 0)
    assert event.rule == "verb_subject_object" and 0 < event.confidence <= 1


def test_furniture_never_yields_events(lexicon: Lexicon) -> None:
    doc = MEET.copy()
    doc._.furniture = ((0, len(doc.text)),)
    assert extract_events(doc, lexicon) == []


def test_undated_event_gets_no_publication_date(lexicon: Lexicon) -> None:
    doc = LIGHT.copy()
    doc._.doc_date = "2026-01-10"
    event = extract_events(doc, lexicon)[0]
    assert (event.date, event.doc_date) == ("", "2026-01-10")


# "Pyongyang a été sanctionné par l'ONU." — passive without a coordinated agent
PASSIVE_SANCTION = [
    ("Pyongyang", "Pyongyang", "PROPN", "nsubj:pass", 3),
    ("a", "avoir", "AUX", "aux:tense", 3),
    ("été", "être", "AUX", "aux:pass", 3),
    ("sanctionné", "sanctionner", "VERB", "ROOT", 3, "Tense=Past|VerbForm=Part"),
    ("par", "par", "ADP", "case", 6),
    ("l'", "le", "DET", "det", 6),
    ("ONU", "ONU", "PROPN", "obl:agent", 3),
    (".", ".", "PUNCT", "punct", 3),
]


def test_passive_agent_acts_on_subject(lexicon: Lexicon) -> None:
    doc = build_doc(
        PASSIVE_SANCTION,
        actors=[(0, 1, "Corée du Nord", "PRK", "state"), (6, 7, "ONU", "UNO", "org")],
    )
    assert rows(doc, lexicon) == [("ONU", "SANCTION", "Corée du Nord", "", "asserted")]


# "Le Japon, qui accueille la Chine, a annulé la réunion." — relative clause
RELATIVE = [
    ("Le", "le", "DET", "det", 1),
    ("Japon", "Japon", "PROPN", "nsubj", 10),
    (",", ",", "PUNCT", "punct", 4),
    ("qui", "qui", "PRON", "nsubj", 4),
    ("accueille", "accueillir", "VERB", "acl:relcl", 1, "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("la", "le", "DET", "det", 6),
    ("Chine", "Chine", "PROPN", "obj", 4),
    (",", ",", "PUNCT", "punct", 4),
    ("a", "avoir", "AUX", "aux:tense", 10),
    ("vite", "vite", "ADV", "advmod", 10),
    ("annulé", "annuler", "VERB", "ROOT", 10, "Tense=Past|VerbForm=Part"),
    ("la", "le", "DET", "det", 12),
    ("réunion", "réunion", "NOUN", "obj", 10),
    (".", ".", "PUNCT", "punct", 10),
]


def test_relative_clause_takes_antecedent_as_subject(lexicon: Lexicon) -> None:
    doc = build_doc(RELATIVE, actors=[(1, 2, "Japon", "JPN", "state"), (6, 7, "Chine", "CHN", "state")])
    events = extract_events(doc, lexicon)
    assert [(e.actor, e.event_type, e.partner, e.rule) for e in events] == [
        ("Japon", "CONSULT", "Chine", "verb_relative")
    ]
