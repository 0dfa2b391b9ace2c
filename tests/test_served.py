"""Gifts whose recipient is named inside their object, or only by the story they belong to."""

from __future__ import annotations

import pytest
from events_docs import dated_rows
from spacy.language import Language


def _aid(nlp: Language, text: str) -> set[tuple[str, str]]:
    """The (giver, recipient) codes of the AID rows of ``text``."""
    return {(a, p) for a, t, p, _ in dated_rows(nlp, text) if t == "AID"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rome financera la formation de policiers libyens.", {("ITA", "LBY")}),
        ("Tokyo s'est engagé à financer l'entraînement de pilotes philippins et vietnamiens.",
         {("JPN", "PHL"), ("JPN", "VNM")}),
        ("Berlin a promis 20 millions d'euros pour équiper des gardes-frontières moldaves.", {("DEU", "MDA")}),
    ],
    ids=["service-noun", "coordinated-demonyms", "purpose-verb"],
)
def test_gift_serves_the_people_its_object_names(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _aid(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # the genitive of a thing built names no one helped
        "Berlin financera la construction d'une centrale russe.",
    ],
    ids=["thing-not-people"],
)
def test_gift_of_a_thing_keeps_no_recipient(nlp: Language, text: str) -> None:
    assert not any(p == "RUS" for _, p in _aid(nlp, text))


_BODY = (
    "Le Liban a accueilli mardi une conférence sur sa reconstruction. Le président libanais a remercié "
    "ses voisins. Le Liban attend désormais des engagements précis. "
)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Liban : à Beyrouth, le gouvernement cherche des fonds\n\n" + _BODY
         + "Le Koweït et Oman ont promis plusieurs milliards de dollars pour reconstruire le port.",
         {("KWT", "LBN"), ("OMN", "LBN")}),
    ],
    ids=["title-topic-named-most"],
)
def test_pledge_takes_the_story_subject(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _aid(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # the pledge's purpose names its own recipient, unknown as an actor
        "Liban : à Beyrouth, le gouvernement cherche des fonds\n\n" + _BODY
        + "Le Koweït a promis 50 millions de dollars pour équiper la force intérimaire.",
        # the body is about another state than the title's topic
        "Liban : la crise s'aggrave\n\nLa Syrie accuse la Syrie. La Syrie proteste. "
        + "Le Koweït a promis 50 millions de dollars.",
    ],
    ids=["purpose-names-recipient", "body-on-another-state"],
)
def test_pledge_keeps_no_story_subject(nlp: Language, text: str) -> None:
    assert not any(p == "LBN" for _, p in _aid(nlp, text))
