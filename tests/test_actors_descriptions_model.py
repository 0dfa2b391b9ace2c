"""Definite descriptions pointing back to an organisation or a state, through the pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

pytestmark = pytest.mark.model


def _actor_of(nlp: Language, text: str, words: str) -> tuple[str, str] | None:
    """The actor and code of the span that begins with ``words``, if any."""
    doc = nlp(text)
    for span in doc.spans["actors"]:
        if span.text.lower().startswith(words.lower()):
            return span._.actor, span._.actor_code
    return None


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("La CEDEAO a suspendu la Guinée mardi. Le sommet s'est tenu à Abuja. "
         "L'organisation régionale exige des élections rapides.",
         "organisation", ("CEDEAO", "")),
        ("L'ASEAN s'est réunie à Vientiane. Le bloc a appelé à la retenue en mer.",
         "bloc", ("ASEAN", "ASEAN")),
        ("L'Union africaine a convoqué une réunion d'urgence. L'institution a condamné le coup d'État.",
         "institution", ("Union africaine", "")),
        ("Le Mercosur négocie avec le Canada. L'organisation a présenté une offre.",
         "organisation", ("Mercosur", "")),
        ("Le Mercosur négocie avec le Canada. Le bloc sud-américain a présenté une offre.",
         "bloc", ("Mercosur", "")),
        ("La CEDEAO a tenu un sommet. Il pleuvait. Les routes étaient fermées. Les écoles aussi. "
         "La ville dormait. Le Mali, exclu de l'organisation, a protesté.",
         "organisation", ("CEDEAO", "")),
    ],
    ids=["regional-organisation", "bloc", "institution", "organisation-beside-a-state",
         "continental-adjective", "only-one-named-far-back"],
)
def test_org_description_is_the_organisation_named_before(
    nlp: Language, text: str, words: str, expected: tuple[str, str]
) -> None:
    assert _actor_of(nlp, text, words) == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # two organisations named: no guess
        ("L'ASEAN et le Mercosur se sont rencontrés à Lima. L'organisation a publié un communiqué.",
         "organisation"),
        # too far back, and not the only one named
        ("L'ASEAN a reçu l'Union africaine. Il pleuvait. Les routes étaient fermées. Les écoles aussi. "
         "La ville dormait. Le bloc a ensuite protesté.",
         "bloc"),
        # someone else's organisation
        ("L'ASEAN s'est réunie à Vientiane. L'organisation du sommet a coûté cher.", "organisation"),
        # an adjective that is not the organisation's
        ("L'ASEAN s'est réunie à Vientiane. Le bloc conservateur a protesté.", "bloc"),
        # a lowercase "commission" is any commission
        ("L'Union africaine a tenu une réunion. La commission électorale a protesté.", "commission"),
    ],
    ids=["two-candidates", "too-far-and-two", "complement", "foreign-adjective", "lowercase-commission"],
)
def test_org_description_without_one_antecedent_is_no_actor(
    nlp: Language, text: str, words: str
) -> None:
    assert _actor_of(nlp, text, words) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le président sud-coréen a reçu les familles des victimes. "
         "La présidence a fermement condamné l'attaque.", ("Corée du Sud", "KOR")),
        ("La présidence brésilienne a publié un communiqué lundi. La présidence a ensuite démenti.",
         ("Brésil", "BRA")),
    ],
    ids=["after-a-president", "after-a-presidency"],
)
def test_presidency_is_the_state_whose_president_was_named(
    nlp: Language, text: str, expected: tuple[str, str]
) -> None:
    doc = nlp(text)
    spans = [s for s in doc.spans["actors"] if s.text == "présidence"]
    assert [(s._.actor, s._.actor_code) for s in spans] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        ("Le président russe a appelé le président turc. La présidence a démenti."),
        ("La Chine a protesté. Le pays a rappelé son ambassadeur. La présidence a démenti."),
    ],
    ids=["two-presidents", "no-president"],
)
def test_presidency_without_one_president_is_no_actor(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert not [s for s in doc.spans["actors"] if s.text == "présidence"]
