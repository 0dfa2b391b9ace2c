"""Joint acts whose co-participants are the agent of a participle ("menés par A et B")."""

from __future__ import annotations

import pytest
from events_docs import dated_rows
from spacy.language import Language


def _pairs(nlp: Language, text: str, event_type: str) -> set[frozenset[str]]:
    return {frozenset((a, p)) for a, t, p, _ in dated_rows(nlp, text) if t == event_type}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Les missiles ont été tirés au dernier jour des exercices militaires conjoints menés par Manille et "
         "Canberra.", {"PHL", "AUS"}),
        ("L'incident est survenu pendant les manœuvres navales conjointes conduites par Athènes et Rome.",
         {"GRC", "ITA"}),
    ],
    ids=["led-by", "conducted-by"],
)
def test_agents_are_joint_participants(nlp: Language, text: str, pair: set[str]) -> None:
    assert frozenset(pair) in _pairs(nlp, text, "COOPERATE")


@pytest.mark.model
def test_single_agent_is_no_pair(nlp: Language) -> None:
    text = "L'incident est survenu pendant les manœuvres navales conjointes conduites par Athènes."
    assert not _pairs(nlp, text, "COOPERATE")
