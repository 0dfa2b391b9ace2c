"""Events an agreement lays down ("un protocole sur la formation de …"): planned, between its sides."""

from __future__ import annotations

import pytest
from spacy.language import Language

Row = tuple[str, str, str, str, str]


def _rows(nlp: Language, text: str) -> set[Row]:
    """(actor code, type, partner code, modality, date) of ``text`` run through the pipeline."""
    doc = nlp.make_doc(text)
    doc._.doc_id, doc._.doc_date = "t", "2025-06-15"
    return {(e.actor_code, e.event_type, e.partner_code, e.modality, e.date) for e in nlp(doc)._.events}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le Kenya et l'Ouganda ont signé mardi un protocole sur la formation de policiers ougandais au Kenya.",
         [("KEN", "AID", "UGA", "planned", "")]),
        ("Le Pérou et le Chili ont signé un mémorandum sur la coopération militaire entre les deux armées.",
         [("PER", "COOPERATE", "CHL", "planned", "")]),
        ("Le Ghana et le Togo ont signé un accord qui prévoit la réouverture de la frontière "
         "et la libération des prisonniers togolais.",
         [("GHA", "CONCEDE", "TGO", "planned", ""), ("TGO", "CONCEDE", "GHA", "planned", "")]),
    ],
    ids=["named-beneficiary", "symmetric-content", "provided-for-both-ways"],
)
def test_content_of_agreement_is_planned_between_sides(nlp: Language, text: str, expected: list[Row]) -> None:
    rows = _rows(nlp, text)
    for actor, kind, partner, modality, date in expected:
        assert (actor, kind, partner, modality, date) in rows or (
            kind == "COOPERATE" and (partner, kind, actor, modality, date) in rows
        )


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Le Ghana et le Togo ont signé un accord sur un prêt.", "AID"),
        ("Le Pérou et le Chili ont signé un accord de coopération.", "COOPERATE"),
        ("Le Bénin a signé un protocole sur la formation de policiers.", "AID"),
    ],
    ids=["gift-without-named-side", "one-signatory", "kind-of-agreement"],
)
def test_no_content_row_without_direction_or_sides(nlp: Language, text: str, absent: str) -> None:
    assert not any(kind == absent for _, kind, *_ in _rows(nlp, text))
