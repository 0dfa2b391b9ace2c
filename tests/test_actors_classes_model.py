"""Actor classes seen on African, Latin-American and Asian news: groups, nationals, blocs."""

from __future__ import annotations

import pytest
from events_docs import dated_rows
from spacy.language import Language

pytestmark = pytest.mark.model

Row = tuple[str, str, str, str]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # armed groups have no code: they are scored by name
        ("Les rebelles du M23 ont attaqué la RDC.", ("M23", "ASSAULT", "COD", "attaquer")),
        ("Les FARC ont accusé la Colombie de trahison.", ("FARC", "ACCUSE", "COL", "accuser")),
        ("Le Hezbollah a bombardé Israël.", ("Hezbollah", "ASSAULT", "ISR", "bombarder")),
        # military support is aid, written with the verb's own lemma
        ("L'Iran accuse le Pakistan de soutenir militairement les talibans pakistanais du TTP.",
         ("PAK", "AID", "TTP", "soutenir")),
        # nationals of a state stand for it as a target
        ("Le Japon a suspendu la délivrance de visas aux ressortissants nord-coréens.",
         ("JPN", "SANCTION", "PRK", "suspendre")),
        # the intelligence services of a state are that state
        ("Les services iraniens ont menacé Israël.", ("IRN", "THREATEN", "ISR", "menacer")),
        # African leaders, like European ones for the EU, are the African Union
        ("Le secrétaire général de l'ONU a appelé les dirigeants africains à la paix.",
         ("UNO", "REQUEST", "Union africaine", "appeler")),
        # "les deux blocs": two organisations named before, with no code
        ("Le Mercosur et l'AELE se sont réunis lundi. Les deux blocs ont signé un accord.",
         ("Mercosur", "AGREE", "AELE", "signer")),
    ],
    ids=["m23", "farc", "hezbollah", "soutenir-militairement", "ressortissants", "services",
         "dirigeants-africains", "deux-blocs"],
)
def test_actor_class_gives_the_row(nlp: Language, text: str, expected: Row) -> None:
    doc = nlp.make_doc(text)
    doc._.doc_id, doc._.doc_date = "t", "2025-06-15"
    rows = {(e.actor_code or e.actor, e.event_type, e.partner_code or e.partner, e.action)
            for e in nlp(doc)._.events}
    assert expected in rows


def test_unrelated_services_are_no_actor(nlp: Language) -> None:
    assert not dated_rows(nlp, "Les services publics ont critiqué la réforme.")
