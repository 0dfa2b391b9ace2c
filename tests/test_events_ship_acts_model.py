"""Acts of states against named ships (class "ship_acts" of the trigger lexicon), through the pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("La marine lettone a intercepté le cargo Polaris 7 mardi.",
         ("Lettonie", "COERCE", "intercepter", "Polaris 7")),
        ("Les Houthis ont coulé le vraquier Blue Heron.",
         ("Houthis", "ASSAULT", "couler", "Blue Heron")),
    ],
    ids=["intercept", "sink"],
)
def test_state_acts_against_a_named_ship(nlp: Language, text: str, row: tuple[str, str, str, str]) -> None:
    doc = nlp(text)
    rows = {(e.actor, e.event_type, e.action, e.partner) for e in doc._.events}
    assert row in rows
