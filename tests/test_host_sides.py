"""Offers to host talks that name no participant face the story's two sides."""

from __future__ import annotations

import pytest
from events_docs import dated_rows
from spacy.language import Language

#: A two-sided dispute: Éthiopie against Érythrée.
_DISPUTE = (
    "L'Éthiopie a bombardé des positions érythréennes dimanche. "
    "L'Érythrée a attaqué une ville éthiopienne lundi. "
    "Addis-Abeba a accusé Asmara de préparer une offensive. "
)
_SIDES = ("ETH", "ERI")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "host", "sides", "faces_sides"),
    [
        (_DISPUTE + "Le Qatar propose désormais d'accueillir d'éventuels pourparlers.", "QAT", _SIDES, True),
        (_DISPUTE + "Le Kenya se dit prêt à accueillir une rencontre à Nairobi.", "KEN", _SIDES, True),
        # a mediator offers its talks to the two parties it mediated between
        ("Le Qatar, qui avait facilité un échange de prisonniers entre le Chili et le Pérou, "
         "propose d'accueillir des pourparlers.", "QAT", ("CHL", "PER"), True),
        # the meeting names its participants: they are the partners
        (_DISPUTE + "Le Qatar propose d'accueillir des pourparlers entre le Kenya et l'Ouganda.", "QAT", _SIDES, False),
        # no dispute in the story: nobody can tell who would meet
        ("Le Chili propose d'accueillir des pourparlers.", "CHL", _SIDES, False),
        # hosting without an offer of talks is no guess at the participants
        (_DISPUTE + "Le Qatar a accueilli des réfugiés.", "QAT", _SIDES, False),
    ],
    ids=["offer-verb", "readiness", "mediator", "named-participants", "no-dispute", "no-meeting"],
)
def test_offered_talks_face_story_sides(nlp: Language, text: str, host: str, sides: tuple[str, str],
                                        faces_sides: bool) -> None:
    pairs = {(a, p) for a, t, p, _ in dated_rows(nlp, text) if t == "CONSULT"}
    assert ({(host, side) for side in sides} <= pairs) is faces_sides


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("La Turquie a proposé d'accueillir une rencontre entre la Russie et l'Ukraine.", "hypothetical"),
        ("La Turquie a accueilli une rencontre entre la Russie et l'Ukraine.", "asserted"),
    ],
    ids=["offered", "held"],
)
def test_offered_hosting_is_hypothetical(nlp: Language, text: str, modality: str) -> None:
    found = {e.modality for e in nlp(text)._.events if e.event_type == "CONSULT" and e.actor_code == "TUR"}
    assert found == {modality}
