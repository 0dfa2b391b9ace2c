"""A delivery naming no recipient goes to the giver's partner in the story."""

from __future__ import annotations

import pytest
from events_docs import build_doc, dated_rows
from spacy.language import Language

from pipeline.events.arguments import Party
from pipeline.events.counterpart_recipients import names_recipient, story_counterpart
from pipeline.events.frame import Frame

_PEACEFUL = frozenset({"CONSULT", "AGREE", "AID"})
_STORY = ("Le Kenya et l'Ouganda ont signé un accord de défense. Le président kényan a rencontré "
          "son homologue ougandais à Kampala. ")


def _party(name: str, code: str, kind: str = "state") -> Party:
    return Party(name, code, kind, 0, 1)


def _frame(event_type: str, actors: list[Party], partners: list[Party]) -> Frame:
    doc = build_doc([("x", "x", "NOUN", "ROOT", 0)])
    return Frame(doc[0], event_type, "x", actors=actors, partners=partners)


KEN, UGA, TZA = _party("Kenya", "KEN"), _party("Ouganda", "UGA"), _party("Tanzanie", "TZA")
RUTO = _party("William Ruto", "KEN", "person")


@pytest.mark.parametrize(
    ("frames", "expected"),
    [
        # two dealings with one partner
        ([_frame("CONSULT", [KEN], [UGA]), _frame("AGREE", [UGA], [KEN])], ["Ouganda"]),
        # a leader counts for its state; co-actors of a shared act deal with each other
        ([_frame("CONSULT", [RUTO], [UGA]), _frame("AGREE", [KEN, UGA], [])], ["Ouganda"]),
        # one dealing is not a story
        ([_frame("CONSULT", [KEN], [UGA])], []),
        # two partners dealt with as often: no recipient
        ([_frame("CONSULT", [KEN], [UGA]), _frame("CONSULT", [KEN], [TZA])] * 2, []),
        # hostile acts are no dealings
        ([_frame("ASSAULT", [KEN], [UGA])] * 3, []),
    ],
    ids=["two-dealings", "leader-and-co-actors", "one-dealing", "tie", "hostile"],
)
def test_story_counterpart(frames: list[Frame], expected: list[str]) -> None:
    assert [p.name for p in story_counterpart(frames, [KEN], _PEACEFUL)] == expected


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # "livrer des blindés aux rebelles": the goods carry the dative
        ([("livrer", "livrer", "VERB", "ROOT", 0), ("blindés", "blindé", "NOUN", "obj", 0),
          ("aux", "à", "ADP", "case", 3), ("rebelles", "rebelle", "NOUN", "nmod", 1)], True),
        # "fournir aux milices des drones": a dative argument of the verb
        ([("fournir", "fournir", "VERB", "ROOT", 0), ("aux", "à", "ADP", "case", 2),
          ("milices", "milice", "NOUN", "obl:arg", 0)], True),
        # "financer à hauteur de 40 millions": a measure, not a recipient
        ([("financer", "financer", "VERB", "ROOT", 0), ("à", "à", "ADP", "case", 2),
          ("hauteur", "hauteur", "NOUN", "obl:mod", 0)], False),
        # "débloquer une enveloppe pour moderniser": a purpose clause
        ([("débloquer", "débloquer", "VERB", "ROOT", 0), ("enveloppe", "enveloppe", "NOUN", "obj", 0),
          ("pour", "pour", "ADP", "mark", 3), ("moderniser", "moderniser", "VERB", "advcl", 0)], True),
        # "livrer des blindés": nothing named
        ([("livrer", "livrer", "VERB", "ROOT", 0), ("blindés", "blindé", "NOUN", "obj", 0)], False),
    ],
    ids=["dative-on-goods", "dative-argument", "measure", "purpose", "bare"],
)
def test_names_recipient(rows: list[tuple[str, str, str, str, int]], expected: bool) -> None:
    doc = build_doc(rows)
    assert names_recipient([doc[0]]) is expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_STORY + "Nairobi s'est engagé à livrer des blindés avant la fin de l'année.", ("KEN", "AID", "UGA")),
        (_STORY + "Nairobi financera la modernisation du port, à hauteur de 30 millions d'euros.",
         ("KEN", "AID", "UGA")),
    ],
    ids=["delivery", "financing"],
)
def test_delivery_goes_to_the_story_partner(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(a, t, p) for a, t, p, _ in dated_rows(nlp, text)}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        _STORY + "Nairobi s'est engagé à livrer des blindés aux rebelles du Sud.",
        # no story of dealings with one partner
        "Nairobi s'est engagé à livrer des blindés avant la fin de l'année.",
    ],
    ids=["named-recipient", "no-story"],
)
def test_delivery_without_story_partner_stays_out(nlp: Language, text: str) -> None:
    assert not [r for r in dated_rows(nlp, text) if r[1] == "AID"]
