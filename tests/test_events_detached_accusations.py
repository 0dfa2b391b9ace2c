"""A participle after an infinitive clause ("a affirmé avoir frappé …, accusant X") has the main subject."""

from __future__ import annotations

import pytest
from events_docs import dated_rows
from spacy.language import Language

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'armée turque a affirmé avoir frappé des dépôts du PKK, accusant le PKK de chercher à se réarmer.",
         ("TUR", "ACCUSE", "")),
        ("La Bolivie a déclaré vouloir reprendre le dialogue, reprochant néanmoins au Pérou de masser des troupes.",
         ("BOL", "ACCUSE", "PER")),
    ],
    ids=["accusant-after-avoir", "reprochant-after-vouloir"],
)
def test_detached_participle_after_infinitive_has_main_subject(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    rows = {(a, t, p) for a, t, p, _ in dated_rows(nlp, text) if t == "ACCUSE"}
    actor, kind, partner = expected
    assert any(a == actor and t == kind and (not partner or p == partner) for a, t, p in rows)
    assert not any(p == actor for _, _, p in rows)
