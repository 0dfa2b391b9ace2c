"""Acts told as immediate (R9) and purpose infinitives take a neighbouring date."""

from __future__ import annotations

import pytest
from spacy.language import Language

ARTICLE = "PARIS, le 20 mai 2026 (AFP) - "


def _dates(nlp: Language, text: str, action: str) -> list[str]:
    doc = nlp(ARTICLE + text)
    return [e.date for e in doc._.events if e.action == action]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "action", "date"),
    [
        # R9: "aussitôt", "immédiatement", "dans la foulée" → the anchor's month.
        ("Le Chili a approuvé le 12 mai la vente d'armes au Pérou. La Bolivie a aussitôt protesté auprès "
         "du Chili.", "protester", "2026-05"),
        ("Le Chili a approuvé le 12 mai la vente d'armes au Pérou. La Bolivie a immédiatement protesté "
         "auprès du Chili.", "protester", "2026-05"),
        ("Le Chili a approuvé le 12 mai la vente d'armes au Pérou. Dans la foulée, la Bolivie a "
         "condamné le Chili.", "condamner", "2026-05"),
        # "Après" alone, "plus tard": how long after is not said.
        ("Le Chili a approuvé le 12 mai la vente d'armes au Pérou. La Bolivie a plus tard condamné "
         "le Chili.", "condamner", ""),
        ("Le Chili a approuvé le 12 mai la vente d'armes au Pérou. Après cette vente, la Bolivie a "
         "condamné le Chili.", "condamner", ""),
    ],
)
def test_immediate_acts_take_the_anchor_month(nlp: Language, text: str, action: str, date: str) -> None:
    assert date in _dates(nlp, text, action)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "action", "date"),
    [
        ("Le ministère espagnol a convoqué le 18 mai l'ambassadeur marocain pour lui remettre une "
         "protestation.", "protestation", "2026-05-18"),
        ("Le Chili a rappelé le 19 mai son ambassadeur en Bolivie afin de protester contre la Bolivie.",
         "protester", "2026-05-19"),
        # The purpose of an undated act is not dated by the announcement above it.
        ("Le Chili a annoncé le 18 mai qu'il rappellerait son ambassadeur pour protester contre la Bolivie.",
         "protester", ""),
    ],
)
def test_purpose_infinitives_take_the_governing_date(nlp: Language, text: str, action: str, date: str) -> None:
    assert date in _dates(nlp, text, action)
