"""A title with a demonym and a portfolio before a name: one person, coded with the demonym.

Invented sentences and people on blank Docs (tokenizer only, no model), as
in ``tests/test_actors.py``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.actors.component import ActorTagger
from tests.test_actors import blank, make_doc, tag, tagger

__all__ = ["blank", "tagger"]  # the shared fixtures of tests/test_actors.py


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Le conseiller américain pour l'Afrique, Dale Renner, a rencontré des élus.", "Dale Renner", "USA"),
        ("L'envoyée spéciale suédoise pour les Grands Lacs, Karin Lund, a parlé hier.", "Karin Lund", "SWE"),
        ("Le représentant spécial britannique pour la Libye et le Sahel, Tom Harwood, est arrivé.",
         "Tom Harwood", "GBR"),
        ("Le ministre canadien chargé du Commerce international, Paul Girard, a signé.", "Paul Girard", "CAN"),
        ("Le conseiller spécial norvégien aux affaires humanitaires, Odd Brekke, a pris la parole.",
         "Odd Brekke", "NOR"),
        ("Le médiateur qatari Salem Al-Nuaimi a reçu les délégués.", "Salem Al-Nuaimi", "QAT"),
        ("Le négociateur en chef hongrois Pal Szabo a quitté la salle.", "Pal Szabo", "HUN"),
        # diplomats' titles: "chargé d'affaires" is a title here, not the portfolio word "chargé"
        ("Le chargé d'affaires russe, Ivan Volkov, a été convoqué.", "Ivan Volkov", "RUS"),
        ("La chargée d'affaires iranienne, Leila Karimi, a quitté Oslo.", "Leila Karimi", "IRN"),
        ("Le consul général turc, Ali Demir, a reçu les familles.", "Ali Demir", "TUR"),
        ("La consule péruvienne Ana Quispe a visité la prison.", "Ana Quispe", "PER"),
        ("L'attaché militaire américain, John Miller, a assisté aux manœuvres.", "John Miller", "USA"),
        ("Le représentant permanent chinois, Li Wen, a pris la parole.", "Li Wen", "CHN"),
    ],
)
def test_titled_person_with_a_portfolio_is_one_party(
    tagger: ActorTagger, blank: Language, text: str, name: str, code: str
) -> None:
    spans = tag(tagger, make_doc(blank, text))
    people = [(actor, c) for _, actor, c, kind in spans if kind == "person"]
    assert people == [(name, code)]
    # The demonym's state is not a second party next to the person.
    assert not [s for s in spans if s[3] == "state" and s[2] == code]


@pytest.mark.parametrize(
    "text",
    [
        # No comma closes the phrase before a name: the state is the party.
        "Le conseiller américain pour la sécurité a démenti.",
        "L'émissaire qatari pour la région est reparti sans accord.",
        # a diplomat with no name stands for the state
        "Le chargé d'affaires russe a été convoqué.",
        # "chargé d'affaires courantes": a participle, not a diplomat's title
        "Le gouvernement chilien, chargé d'affaires courantes, a démissionné.",
    ],
)
def test_portfolio_without_a_name_leaves_the_state(tagger: ActorTagger, blank: Language, text: str) -> None:
    spans = tag(tagger, make_doc(blank, text))
    assert [kind for *_, kind in spans] == ["state"]
