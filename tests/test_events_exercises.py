"""Joint drills of deployed troops are held by the deploying state (pipeline.events.exercises)."""

from __future__ import annotations

import pytest
from events_docs import either_way


def _rows(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(e.actor_code, e.event_type, e.partner_code) for e in nlp(text)._.events]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rome a annoncé l'envoi de deux frégates, qui participeront à des manœuvres conjointes avec la Grèce.",
         ("ITA", "COOPERATE", "GRC")),
        ("La Norvège a annoncé l'envoi de 300 soldats, qui participeront à des manœuvres conjointes avec la Suède.",
         ("NOR", "COOPERATE", "SWE")),
    ],
)
def test_deployer_holds_the_joint_drills(nlp, text: str, expected: tuple[str, str, str]) -> None:
    rows = _rows(nlp, text)
    assert either_way(expected, rows)


@pytest.mark.model
def test_drills_outside_a_deployment_keep_no_actor(nlp) -> None:
    rows = _rows(nlp, "Des manœuvres conjointes avec la Suède sont prévues au printemps.")
    assert not any(t == "COOPERATE" for _, t, _ in rows)
