"""Denials and refusals naming no target face the story's other side, only when a side speaks."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.events.arguments import Party
from pipeline.events.frame import Frame
from pipeline.events.story_reactions import story_reactions

HOSTILE = frozenset({"ASSAULT", "MOBILIZE"})
CLASHES = HOSTILE | {"ACCUSE", "REJECT"}
STATES = {
    code: Party(name, code, "state", 0, 1)
    for code, name in [("GAB", "Gabon"), ("CMR", "Cameroun"), ("SEN", "Sénégal")]
}
#: Cameroun strikes Gabon twice, Gabon accuses it twice: one clear dispute.
_STORY = [("ASSAULT", "CMR", "GAB"), ("ASSAULT", "CMR", "GAB"), ("ACCUSE", "GAB", "CMR"), ("ACCUSE", "GAB", "CMR")]


def _deny(speaker: str) -> list[str]:
    """The partners given to a partnerless REJECT verb ("a démenti") by ``speaker``."""
    doc = Doc(Vocab(), words=[f"w{i}" for i in range(len(_STORY) + 1)], pos=["VERB"] * (len(_STORY) + 1))
    frames = [
        Frame(doc[i], kind, kind.lower(), [STATES[actor]], [STATES[partner]], sentence=i)
        for i, (kind, actor, partner) in enumerate(_STORY)
    ]
    denial = Frame(doc[len(_STORY)], "REJECT", "démentir", [STATES[speaker]], [], sentence=len(_STORY))
    story_reactions([*frames, denial], frozenset({"ACCUSE"}), HOSTILE, CLASHES, sided=frozenset({"REJECT"}))
    return sorted(p.code for p in denial.partners)


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        ("CMR", ["GAB"]),  # "Yaoundé a démenti": the other side
        ("GAB", ["CMR"]),  # "Libreville a refusé de répondre"
        ("SEN", []),  # "Dakar a refusé de commenter": a third party's refusal is no concern
    ],
    ids=["aggressor-denies", "victim-refuses", "third-party"],
)
def test_denial_faces_the_other_side(speaker: str, expected: list[str]) -> None:
    assert _deny(speaker) == expected
