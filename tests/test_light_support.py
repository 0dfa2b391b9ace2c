"""Support verbs with an event noun object, mediation framing phrases, datives in object clauses."""

from __future__ import annotations

import pytest
from events_docs import dated_rows
from spacy.language import Language


def _triples(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return {(a, t, p) for a, t, p, _ in dated_rows(nlp, text)}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Le Canada a approuvé la livraison à la Pologne de chars et de munitions.",
         ("CAN", "AID", "POL"), ("CAN", "SUPPORT", "POL")),
        ("La Russie a convoqué une réunion avec la Chine.",
         ("RUS", "CONSULT", "CHN"), ("RUS", "ACCUSE", "CHN")),
    ],
    ids=["approve-delivery", "convene-meeting"],
)
def test_support_verb_states_the_noun_event(
    nlp: Language, text: str, expected: tuple[str, str, str], absent: tuple[str, str, str]
) -> None:
    found = _triples(nlp, text)
    assert expected in found
    assert absent not in found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le Kenya et la Somalie ont procédé mardi à un échange de détenus, au terme d'une médiation du Qatar.",
         {("QAT", "CONSULT", "KEN"), ("QAT", "CONSULT", "SOM")}),
        ("L'Arménie et l'Azerbaïdjan ont signé un accord à l'issue d'une médiation de la Turquie.",
         {("TUR", "CONSULT", "ARM"), ("TUR", "CONSULT", "AZE")}),
    ],
    ids=["au-terme-de", "a-l-issue-de"],
)
def test_mediation_framing_the_event(nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= _triples(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "partner", "stray"),
    [
        ("Le Japon a convoqué jeudi l'ambassadeur de Russie pour protester contre un tir, "
         "à quelques jours d'exercices communs avec la Corée du Sud.", "RUS", "KOR"),
        ("La Pologne a convoqué l'ambassadeur de Biélorussie, qui avait rencontré la veille des élus allemands.",
         "BLR", "DEU"),
    ],
    ids=["purpose-clause", "relative-clause"],
)
def test_summons_partner_not_from_object_clause(nlp: Language, text: str, partner: str, stray: str) -> None:
    summons = {p for _, t, p in _triples(nlp, text) if t == "ACCUSE"}
    assert partner in summons
    assert stray not in summons
