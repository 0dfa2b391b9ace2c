"""Two-party collectives through the full pipeline: the pair the parse coordinates."""

from __future__ import annotations

import pytest
from spacy.language import Language

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a host receives two guests, each with a title in apposition: the guests are the two
        ("Le roi du Maroc, Ahmed Benali, a reçu lundi à Rabat le président du Sénégal, Moussa Diop, "
         "et le président malien, Amadou Sall, pour une réunion à trois. Les deux chefs d'État ont "
         "signé un accord.",
         [("Amadou Sall", "MLI"), ("Moussa Diop", "SEN")]),
        ("La présidente du Chili, Ana Rojas, a accueilli jeudi le président péruvien, Luis Paredes, "
         "et le président colombien, Carlos Mejía. Les deux dirigeants ont conclu une trêve.",
         [("Carlos Mejía", "COL"), ("Luis Paredes", "PER")]),
    ],
    ids=["guests-of-a-king", "guests-of-a-president"],
)
def test_two_leaders_are_the_coordinated_guests(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    doc = nlp(text)
    span = next(s for s in doc.spans["actors"] if s.text.startswith("deux "))
    assert sorted(span._.members) == expected

