"""Actor spans through the full pipeline (fr_core_news_md): one invented sentence per class."""

from __future__ import annotations

import pytest
from spacy.language import Language

pytestmark = pytest.mark.model


def spans_of(nlp: Language, text: str) -> list[tuple[str, str, str, str]]:
    doc = nlp(text)
    return [(s.text, s._.actor, s._.actor_code, s._.actor_kind) for s in doc.spans["actors"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # capital and seat of power
        ("Séoul a convoqué l’ambassadeur, puis le Kremlin a répondu.",
         [("Séoul", "Corée du Sud", "KOR", "state"), ("Kremlin", "Russie", "RUS", "state")]),
        # demonym with a head noun; a plain demonym is no actor
        ("Les autorités kirghizes ont rejeté les exportations chinoises.",
         [("autorités kirghizes", "Kirghizistan", "KGZ", "state")]),
        # title + name, and the family name later
        ("Le ministre turc des Affaires étrangères, Hakan Fidan, a reçu son homologue. "
         "M. Fidan a salué l’accord.",
         [("ministre turc des Affaires étrangères, Hakan Fidan", "Hakan Fidan", "TUR", "person"),
          ("M. Fidan", "Hakan Fidan", "TUR", "person")]),
        # unknown person with a country from an apposition
        ("Bolat Nurgaliyev, ministre kazakh de l’Énergie, a signé le contrat.",
         [("Bolat Nurgaliyev, ministre kazakh de l’Énergie", "Bolat Nurgaliyev", "KAZ",
           "person")]),
        # organisation acronym and group
        ("L’OTSC et les pays occidentaux se sont opposés.",
         [("OTSC", "OTSC", "CSTO", "org"), ("pays occidentaux", "Occident", "WST", "group")]),
        # a document named after a capital, and an act with a demonym
        ("Séoul a condamné le tir nord-coréen au nom de la Déclaration de Tokyo.",
         [("Séoul", "Corée du Sud", "KOR", "state"), ("nord-coréen", "Corée du Nord", "PRK", "state")]),
        # names listed after a collective take its members in order
        ("Le Kirghizistan et le Tadjikistan ont signé après une rencontre des chefs des deux "
         "pays, Asan Tokoev et Daler Rustamov, tenue à Moscou.",
         [("Kirghizistan", "Kirghizistan", "KGZ", "state"),
          ("Tadjikistan", "Tadjikistan", "TJK", "state"),
          ("deux pays", "Kirghizistan et Tadjikistan", "", "members"),
          ("Asan Tokoev", "Asan Tokoev", "KGZ", "person"),
          ("Daler Rustamov", "Daler Rustamov", "TJK", "person"),
          ("Moscou", "Russie", "RUS", "state")]),
    ],
)
def test_actor_spans_by_class(
    nlp: Language, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert spans_of(nlp, text) == expected


def test_title_resolves_to_the_person_named_earlier(nlp: Language) -> None:
    text = ("Le président ouzbek Chavkat Mirzioïev s’est rendu à Tokyo. "
            "Le dirigeant ouzbek a rencontré le Premier ministre nippon.")
    spans = spans_of(nlp, text)
    assert ("dirigeant ouzbek", "Chavkat Mirzioïev", "UZB", "person") in spans
    assert any(s[0] == "Tokyo" and s[2] == "JPN" for s in spans)


def test_two_leaders_are_the_two_people_just_named(nlp: Language) -> None:
    text = ("Le président arménien Vahagn Khatchatourian a reçu le président azerbaïdjanais "
            "Ilham Aliev à Erevan. Les deux dirigeants ont signé une déclaration.")
    doc = nlp(text)
    span = next(s for s in doc.spans["actors"] if s.text == "deux dirigeants")
    assert span._.actor_kind == "members"
    assert sorted(span._.members) == [("Ilham Aliev", "AZE"), ("Vahagn Khatchatourian", "ARM")]
