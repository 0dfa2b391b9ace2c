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
        # bare capitalised demonyms in a pair; "Alliés" and "Alliance" for NATO
        ("Les pourparlers entre Indiens et Pakistanais inquiètent les Alliés et l'Alliance.",
         [("Indiens", "Inde", "IND", "state"), ("Pakistanais", "Pakistan", "PAK", "state"),
          ("Alliés", "OTAN", "NATO", "org"), ("Alliance", "OTAN", "NATO", "org")]),
        # an apposed title of another country is not the known person's
        ("Après avoir reçu Emmanuel Macron, le président brésilien a parlé.",
         [("Emmanuel Macron", "Emmanuel Macron", "FRA", "person"),
          ("président brésilien", "Brésil", "BRA", "state")]),
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare definite title goes back to the person of that office named before
        ("Le président chilien, Mateo Rojas, a reçu mardi des diplomates. "
         "Le chef de l'État a ensuite critiqué Lima.",
         ("chef de l'État", "Mateo Rojas", "CHL", "person")),
        # a known person must hold the office in the article's year
        ("Vladimir Poutine a reçu Xi Jinping. Le Premier ministre a ensuite parlé.", None),
        # an indefinite title names nobody
        ("Le président chilien, Mateo Rojas, a parlé. Un président a ensuite critiqué Lima.", None),
        # a body with no country speaks for the state of the subject just before
        ("Le président chilien, Mateo Rojas, a convoqué une réunion, et le ministère des "
         "Affaires étrangères a remis une protestation à Lima.",
         ("ministère des Affaires étrangères", "Chili", "CHL", "state")),
        ("Santiago a convoqué l'ambassadeur péruvien. Le ministère des Affaires étrangères a parlé.",
         ("ministère des Affaires étrangères", "Chili", "CHL", "state")),
        # no subject before it: no mention
        ("Le ministère des Affaires étrangères a parlé.", None),
    ],
    ids=["back-to-named", "office-in-year", "indefinite", "body-same-sentence", "body-previous",
         "body-alone"],
)
def test_bare_titles_and_bodies(
    nlp: Language, text: str, expected: tuple[str, str, str, str] | None
) -> None:
    doc = nlp.make_doc(text)
    doc._.doc_date = "2025-06-15"
    spans = [(s.text, s._.actor, s._.actor_code, s._.actor_kind) for s in nlp(doc).spans["actors"]]
    bare = [s for s in spans if s[0] in ("chef de l'État", "Premier ministre", "président",
                                         "ministère des Affaires étrangères")]
    assert bare == ([expected] if expected else [])
