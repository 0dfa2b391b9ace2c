"""Unknown people's names after a title: particles joined by a hyphen."""

from __future__ import annotations

import pytest
from spacy.language import Language

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le ministre d'État koweïtien Fahad al-Mutairi a rencontré son homologue omanais.",
         ("Fahad al-Mutairi", "KWT")),
        ("Le ministre égyptien Karim el-Sayed a reçu une délégation soudanaise.",
         ("Karim el-Sayed", "EGY")),
    ],
    ids=["al-", "el-"],
)
def test_hyphened_particle_stays_in_the_name(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    doc = nlp(text)
    assert expected in {(s._.actor, s._.actor_code) for s in doc.spans["actors"]}
