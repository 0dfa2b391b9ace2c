"""The ``action`` column: the head word of a trigger, the whole of an idiom.

"a promis 40 millions d'euros" is ``promettre`` (the amount only narrows the
verb to aid), "la vente d'armes" is ``vente``; idioms written with their
function words keep them ("mettre en garde"). Invented sentences.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "event_type", "action"),
    [
        ("L'Allemagne a promis 40 millions d'euros au Niger.", "AID", "promettre"),
        ("Le Japon a promis 2 milliards de dollars à l'Indonésie.", "AID", "promettre"),
        ("L'Inde a débloqué 30 millions de dollars pour le Sri Lanka.", "AID", "débloquer"),
        ("Les États-Unis ont approuvé la vente d'armes au Maroc.", "AID", "vente"),
        ("La Pologne a rappelé son ambassadeur en Biélorussie.", "SANCTION", "rappeler"),
        # idioms keep their fixed words
        ("Le Caire a mis en garde Addis-Abeba contre toute action unilatérale.", "THREATEN", "mettre en garde"),
    ],
)
def test_action_is_the_trigger_head_or_the_idiom(nlp: Language, text: str, event_type: str, action: str) -> None:
    doc = nlp(text)
    found = [e.action for e in doc._.events if e.event_type == event_type]
    assert found == [action]
