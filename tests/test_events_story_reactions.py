"""Reactions naming no target face the story's other side, or its aggressors for a third party;
denials do so only when a side speaks."""

from __future__ import annotations

import pytest
from events_docs import dated_rows
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.events.arguments import Party
from pipeline.events.frame import Frame
from pipeline.events.story_reactions import story_reactions

HOSTILE = frozenset({"ASSAULT", "MOBILIZE"})
CLASHES = HOSTILE | {"ACCUSE", "REJECT"}
REACTIONS = frozenset({"ACCUSE"})
STATES = {
    code: Party(name, code, "state", 0, 1)
    for code, name in [("PER", "Pérou"), ("BOL", "Bolivie"), ("CHL", "Chili"), ("ARG", "Argentine")]
}
#: Four clashes Bolivie → Pérou (two attacks, two accusations), then the reaction.
_STORY = [("ASSAULT", "BOL", "PER"), ("ASSAULT", "BOL", "PER"), ("ACCUSE", "PER", "BOL"), ("ACCUSE", "PER", "BOL")]


def _react(
    speakers: list[str],
    pos: str,
    story: list[tuple[str, str, str]] = _STORY,
    kind: str = "ACCUSE",
    lemma: str = "dénoncer",
    sided: frozenset[str] = frozenset(),
) -> list[str]:
    """The partners given to a partnerless ``kind`` by ``speakers`` stated by a word of ``pos``."""
    doc = Doc(Vocab(), words=[f"w{i}" for i in range(len(story) + 1)], pos=["VERB"] * len(story) + [pos])
    frames = [
        Frame(doc[i], kind, kind.lower(), [STATES[actor]], [STATES[partner]], sentence=i)
        for i, (kind, actor, partner) in enumerate(story)
    ]
    reaction = Frame(doc[len(story)], kind, lemma, [STATES[s] for s in speakers], [], sentence=len(story))
    story_reactions([*frames, reaction], REACTIONS, HOSTILE, CLASHES, sided=sided)
    return sorted(p.code for p in reaction.partners)


@pytest.mark.parametrize(
    ("speakers", "pos", "expected"),
    [
        (["PER"], "VERB", ["BOL"]),  # "Lima a dénoncé une provocation"
        (["BOL"], "ADJ", ["PER"]),  # "La Paz s'est dite préoccupée"
        (["CHL"], "NOUN", ["BOL"]),  # "Le Chili a exprimé sa préoccupation": the one who attacks
        (["CHL", "ARG"], "ADJ", ["BOL"]),
        # a side's own noun of concern is left to the nearer readings
        (["PER"], "NOUN", []),
    ],
    ids=["side-verb", "side-adjective", "third-party-noun", "two-third-parties", "side-noun"],
)
def test_reaction_faces_the_story(speakers: list[str], pos: str, expected: list[str]) -> None:
    assert _react(speakers, pos) == expected


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        ("BOL", ["PER"]),  # "La Paz a démenti": the other side
        ("PER", ["BOL"]),  # "Lima a refusé de répondre"
        ("CHL", []),  # "Santiago a refusé de commenter": a third party's refusal is no concern
    ],
    ids=["aggressor-denies", "victim-refuses", "third-party"],
)
def test_denial_faces_the_other_side(speaker: str, expected: list[str]) -> None:
    assert _react([speaker], "VERB", kind="REJECT", lemma="démentir", sided=frozenset({"REJECT"})) == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # both sides strike: a third party's concern is about both
        ([("ASSAULT", "BOL", "PER"), ("ASSAULT", "PER", "BOL"), ("ACCUSE", "PER", "BOL")], ["BOL", "PER"]),
        # too few clashes for a story of one dispute
        ([("ASSAULT", "BOL", "PER"), ("ACCUSE", "PER", "BOL")], []),
        # two disputes of near weight: no story pair
        (_STORY + [("ACCUSE", "CHL", "ARG")] * 3, []),
    ],
    ids=["fight-both-ways", "too-few", "two-disputes"],
)
def test_third_party_concern(story: list[tuple[str, str, str]], expected: list[str]) -> None:
    assert _react(["CHL"] if story[-1][1] != "CHL" else ["PER"], "ADJ", story) == expected


def test_named_target_is_kept() -> None:
    doc = Doc(Vocab(), words=["w0", "w1"], pos=["VERB", "VERB"])
    frames = [Frame(doc[0], "ASSAULT", "frapper", [STATES["BOL"]], [STATES["PER"]], sentence=0)] * 4
    reaction = Frame(doc[1], "ACCUSE", "dénoncer", [STATES["PER"]], [STATES["ARG"]], sentence=1)
    story_reactions([*frames, reaction], REACTIONS, HOSTILE, CLASHES)
    assert [p.code for p in reaction.partners] == ["ARG"]


_CRISIS = (
    "Le Pérou a bombardé des postes boliviens. La Bolivie a accusé le Pérou de violer la frontière. "
    "Lima a déployé des chars face à la Bolivie. La Bolivie a accusé Lima de préparer une invasion. "
    "Le président chilien s'est rendu à Buenos Aires. Il a rencontré le président argentin. "
    "Les deux dirigeants ont parlé de commerce et d'énergie. "
)


@pytest.mark.model
@pytest.mark.parametrize(
    ("reaction", "expected"),
    [
        ("La ministre bolivienne des Affaires étrangères a dénoncé une « agression caractérisée ».",
         ("BOL", "ACCUSE", "PER")),
        ("La Paz a condamné « une fuite en avant irresponsable ».", ("BOL", "ACCUSE", "PER")),
        ("L'Uruguay a exprimé sa vive préoccupation.", ("URY", "ACCUSE", "PER")),
    ],
    ids=["quoted-qualifier", "quoted-phrase", "third-party-concern"],
)
def test_far_reaction_goes_to_the_story_side(nlp: Language, reaction: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(a, t, p) for a, t, p, _ in dated_rows(nlp, _CRISIS + reaction)}
