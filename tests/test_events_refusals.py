"""A refusal to do something is aimed at the other party of the refused act."""

from __future__ import annotations

import pytest
from events_docs import dated_rows
from spacy.language import Language

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the refused act is an event: its partner
        ("Le Rwanda a refusé de rencontrer le président kényan.", ("RWA", "REJECT", "KEN")),
        # the refused act is no event: the owner of its object
        ("Le Pérou a refusé de s'associer aux propos de Madrid.", ("PER", "REJECT", "ESP")),
        # the author of what is refused, as the agent of a participle
        ("Quito a refusé de signer le texte proposé par la médiation brésilienne.", ("ECU", "REJECT", "BRA")),
    ],
    ids=["refused-event", "refused-phrase-owner", "refused-text-author"],
)
def test_refusal_takes_partner_of_refused_act(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(a, t, p) for a, t, p, _ in dated_rows(nlp, text)}


def test_refusal_without_other_party_gives_no_row(nlp: Language) -> None:
    assert not {r for r in dated_rows(nlp, "La Hongrie a refusé de participer.") if r[1] == "REJECT"}
