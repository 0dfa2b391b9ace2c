"""The pair an article keeps opposing answers appeals to "les deux pays" far from any attack."""

from __future__ import annotations

import pytest
from events_docs import dated_rows
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.events.arguments import Party
from pipeline.events.disputants import aggressors, dominant_pair, opponent
from pipeline.events.frame import Frame

CLASHES = frozenset({"ASSAULT", "MOBILIZE", "ACCUSE", "REJECT"})
STATES = {
    "PER": Party("Pérou", "PER", "state", 0, 1),
    "BOL": Party("Bolivie", "BOL", "state", 0, 1),
    "CHL": Party("Chili", "CHL", "state", 0, 1),
    "ARG": Party("Argentine", "ARG", "state", 0, 1),
}


def _frames(story: list[tuple[str, str, str]]) -> list[Frame]:
    """One frame per (type, actor, partner) on its own word, then an appeal by Argentina."""
    doc = Doc(Vocab(), words=[f"w{i}" for i in range(len(story) + 1)])
    frames = [
        Frame(doc[i], kind, kind.lower(), [STATES[actor]], [STATES[partner]], sentence=i)
        for i, (kind, actor, partner) in enumerate(story)
    ]
    frames.append(Frame(doc[len(story)], "REQUEST", "appeler", [STATES["ARG"]], [], sentence=len(story)))
    return frames


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        ([("MOBILIZE", "PER", "BOL"), ("ACCUSE", "BOL", "PER"), ("REJECT", "PER", "BOL")], {"PER", "BOL"}),
        ([("ACCUSE", "PER", "BOL"), ("ACCUSE", "PER", "BOL"), ("REJECT", "BOL", "PER"), ("ACCUSE", "CHL", "PER")],
         {"PER", "BOL"}),
        # too few clashes to call it the article's dispute
        ([("ACCUSE", "PER", "BOL"), ("REJECT", "BOL", "PER")], set()),
        # two disputes of equal weight: no way to tell which one is meant
        ([("ACCUSE", "PER", "BOL")] * 3 + [("ASSAULT", "CHL", "ARG")] * 3, set()),
        # meetings are not clashes
        ([("CONSULT", "PER", "BOL")] * 4, set()),
    ],
    ids=["three-clashes", "leader-over-third-party", "too-few", "tie", "not-clashes"],
)
def test_dominant_pair_is_the_most_opposed(story: list[tuple[str, str, str]], expected: set[str]) -> None:
    frames = _frames(story)
    assert {p.code for p in dominant_pair(frames[:-1], frames[-1], CLASHES)} == expected


def test_dominant_pair_ignores_later_clashes() -> None:
    frames = _frames([("ACCUSE", "PER", "BOL")] * 3)
    assert dominant_pair(frames, frames[0], CLASHES) == []


_CRISIS = (
    "Lima a convoqué l'ambassadeur de Bolivie. La Bolivie a déployé des troupes face au Pérou. "
    "Le Pérou a accusé la Bolivie de violer la frontière. La Paz a rejeté les accusations péruviennes. "
    "Le président chilien s'est rendu à Buenos Aires et à Montevideo. "
    "Il a rencontré le président argentin. Les deux dirigeants ont parlé de commerce. "
    "Ils ont aussi évoqué l'énergie. Ils ont visité une usine. Ils ont dîné ensemble. "
    "Le Brésil a signé un accord avec l'Uruguay. Le Paraguay a salué le texte. "
    "Le Mexique a accueilli un forum. Le Canada y a participé. "
)


@pytest.mark.model
@pytest.mark.parametrize(
    ("appeal", "partners"),
    [
        ("Le Brésil a appelé mercredi les deux pays à la retenue.", {"PER", "BOL"}),
        ("L'Équateur a appelé « toutes les parties à la retenue ».", {"PER", "BOL"}),
    ],
    ids=["two-countries", "quoted-all-parties"],
)
def test_far_appeal_goes_to_the_dispute(nlp: Language, appeal: str, partners: set[str]) -> None:
    rows = dated_rows(nlp, _CRISIS + appeal)
    assert {p for _, t, p, _ in rows if t == "REQUEST"} >= partners


@pytest.mark.parametrize(
    ("speakers", "expected"),
    [
        (["PER"], {"BOL"}),
        (["BOL"], {"PER"}),
        # a third party stands on neither side
        (["CHL"], set()),
        # speakers of both sides together: no single opponent
        (["PER", "BOL"], set()),
        # one side and a third party together: not one side's voice
        (["PER", "CHL"], set()),
    ],
    ids=["first-side", "second-side", "third-party", "both-sides", "side-and-other"],
)
def test_opponent_is_the_other_side(speakers: list[str], expected: set[str]) -> None:
    pair = [STATES["PER"], STATES["BOL"]]
    assert {p.code for p in opponent([STATES[s] for s in speakers], pair)} == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        ([("ASSAULT", "PER", "BOL"), ("ACCUSE", "BOL", "PER")], {"PER"}),
        ([("ASSAULT", "PER", "BOL"), ("ASSAULT", "BOL", "PER")], {"PER", "BOL"}),
        # a blow at a third party does not make an aggressor of this dispute
        ([("ASSAULT", "BOL", "CHL"), ("ACCUSE", "PER", "BOL")], set()),
        # words only: nobody attacks
        ([("ACCUSE", "PER", "BOL"), ("REJECT", "BOL", "PER")], set()),
    ],
    ids=["one-striker", "both-fight", "other-target", "words-only"],
)
def test_aggressors_strike_in_the_dispute(story: list[tuple[str, str, str]], expected: set[str]) -> None:
    frames = _frames(story)[:-1]
    pair = [STATES["PER"], STATES["BOL"]]
    assert {p.code for p in aggressors(frames, pair, frozenset({"ASSAULT", "MOBILIZE"}))} == expected


def test_aggressor_of_an_act_with_no_target() -> None:
    frames = _frames([("ASSAULT", "PER", "BOL")])[:-1]
    frames[0].partners = []
    pair = [STATES["PER"], STATES["BOL"]]
    assert [p.code for p in aggressors(frames, pair, frozenset({"ASSAULT"}))] == ["PER"]


@pytest.mark.parametrize(
    ("story", "margin", "expected"),
    [
        ([("ACCUSE", "PER", "BOL")] * 3 + [("ACCUSE", "CHL", "ARG")] * 2, 1.0, {"PER", "BOL"}),
        # a strict reading wants the leader twice as often as the next pair
        ([("ACCUSE", "PER", "BOL")] * 3 + [("ACCUSE", "CHL", "ARG")] * 2, 2.0, set()),
        ([("ACCUSE", "PER", "BOL")] * 4 + [("ACCUSE", "CHL", "ARG")] * 2, 2.0, {"PER", "BOL"}),
    ],
    ids=["plain-lead", "lead-too-thin", "clear-lead"],
)
def test_whole_story_pair_with_margin(story: list[tuple[str, str, str]], margin: float, expected: set[str]) -> None:
    frames = _frames(story)
    assert {p.code for p in dominant_pair(frames, None, CLASHES, margin)} == expected

