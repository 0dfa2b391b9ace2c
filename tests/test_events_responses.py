"""Answers to what was just told: denials answer the accuser, support goes to the victim."""

from __future__ import annotations

import pytest
from events_docs import Dated, dated_rows
from spacy.language import Language

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a denial answers the accusation made against its actor
        ("Le Pérou accuse la Bolivie d'avoir bombardé un poste frontalier. La Bolivie a rejeté "
         "toute responsabilité.", ("BOL", "REJECT", "PER", "")),
        # with no accusation told, it answers the victim of the actor's own hostile act
        ("Des navires chinois ont percuté deux bateaux vietnamiens. Pékin a rejeté toute "
         "responsabilité.", ("CHN", "REJECT", "VNM", "")),
        # support given "à son allié" goes to the victim of the story
        ("Un navire chinois a percuté un bateau philippin. Le Japon a apporté son soutien à son "
         "allié.", ("JPN", "SUPPORT", "PHL", "")),
        # a third party's bare support, far from the act, goes to the victim of the story's dispute
        ("Des soldats serbes ont attaqué un poste bosniaque. La Bosnie accuse la Serbie de "
         "provocations. Sarajevo a convoqué l'ambassadeur serbe. La Serbie a rejeté ces accusations. "
         "L'Autriche a réaffirmé jeudi son soutien.", ("AUT", "SUPPORT", "BIH", "")),
        # both sides strike: the support goes to the side its giver deals with
        ("Des soldats serbes ont attaqué un poste bosniaque. Des soldats bosniaques ont bombardé un "
         "village serbe. La Bosnie accuse la Serbie de provocations. La Serbie a rejeté ces accusations. "
         "L'Autriche a réaffirmé jeudi son soutien. Le chancelier autrichien se rendra à Sarajevo lundi.",
         ("AUT", "SUPPORT", "BIH", "")),
    ],
    ids=["denial-answers-accuser", "denial-answers-victim", "support-to-victim", "support-to-story-victim",
         "support-to-friend-side"],
)
def test_response_takes_its_partner_from_the_story(nlp: Language, text: str, expected: Dated) -> None:
    assert expected in {(a, t, p, "") for a, t, p, _ in dated_rows(nlp, text)}


@pytest.mark.parametrize(
    "text",
    [
        # declining to comment rejects no one
        "Des navires chinois ont percuté deux bateaux vietnamiens. Pékin a refusé de commenter.",
        # the support of one of the two sides is not support for the victim
        "Un navire chinois a percuté un bateau philippin. Pékin a apporté son soutien à ses garde-côtes.",
    ],
    ids=["refuse-to-comment", "doer-supports"],
)
def test_response_without_partner_stays_out(nlp: Language, text: str) -> None:
    rows = dated_rows(nlp, text)
    assert not {r for r in rows if r[1] in ("REJECT", "SUPPORT")}


@pytest.mark.parametrize(
    "text",
    [
        # both sides strike: a bare support takes no side
        "Des soldats serbes ont attaqué un poste bosniaque. Des soldats bosniaques ont bombardé un "
        "village serbe. La Bosnie accuse la Serbie de provocations. La Serbie a rejeté ces accusations. "
        "L'Autriche a réaffirmé jeudi son soutien.",
        # praise names what it praises, not the victim
        "Des soldats serbes ont attaqué un poste bosniaque. La Bosnie accuse la Serbie de "
        "provocations. Sarajevo a convoqué l'ambassadeur serbe. La Serbie a rejeté ces accusations. "
        "L'Autriche a salué jeudi la retenue des autorités.",
    ],
    ids=["both-sides-strike", "praise"],
)
def test_bare_support_without_story_victim_stays_out(nlp: Language, text: str) -> None:
    assert not {r for r in dated_rows(nlp, text) if r[1] == "SUPPORT"}
