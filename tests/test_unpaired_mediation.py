"""Mediators without "entre A et B" consult the two sides the story opposes."""

from __future__ import annotations

import pytest
from events_docs import dated_rows
from spacy.language import Language

_CONFLICT = (
    "Le Mali a bombardé des positions nigériennes lundi. "
    "Le Niger a attaqué un poste malien mardi. "
    "Bamako a accusé Niamey de préparer une offensive. "
)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mediator"),
    [
        (_CONFLICT + "Le Ghana joue depuis l'été les intermédiaires.", "GHA"),
        (_CONFLICT + "Le Sénégal, qui avait joué les intermédiaires en 2023, propose une rencontre.", "SEN"),
        (_CONFLICT + "Il a appelé la Norvège et la Suisse, les deux médiateurs, à agir vite.", "CHE"),
        (_CONFLICT + "Une trêve conclue en mai sous l'égide de l'Algérie avait été rompue.", "DZA"),
    ],
    ids=["play-intermediary", "relative-intermediary", "apposed-mediators", "aegis-without-sides"],
)
def test_mediator_consults_both_sides(nlp: Language, text: str, mediator: str) -> None:
    pairs = {(a, p) for a, t, p, _ in dated_rows(nlp, text) if t == "CONSULT"}
    assert {(mediator, "MLI"), (mediator, "NER")} <= pairs


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # no conflict in the story: the sides are unknown
        "Le Ghana joue depuis l'été les intermédiaires.",
        # a side does not mediate its own quarrel
        _CONFLICT + "Le Mali joue aussi les intermédiaires.",
    ],
    ids=["no-conflict", "side-as-mediator"],
)
def test_no_mediation_without_other_sides(nlp: Language, text: str) -> None:
    rows = dated_rows(nlp, text)
    assert not any(t == "CONSULT" and {a, p} in ({"GHA", "MLI"}, {"MLI", "NER"}) for a, t, p, _ in rows)
