"""Two-party collectives through the full pipeline: the pair the parse coordinates."""

from __future__ import annotations

import pytest
from spacy.language import Language

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a host receives two guests, each with a title in apposition: the guests are the two
        ("Le roi du Maroc, Ahmed Benali, a reçu lundi à Rabat le président du Sénégal, Moussa Diop, "
         "et le président malien, Amadou Sall, pour une réunion à trois. Les deux chefs d'État ont "
         "signé un accord.",
         [("Amadou Sall", "MLI"), ("Moussa Diop", "SEN")]),
        ("La présidente du Chili, Ana Rojas, a accueilli jeudi le président péruvien, Luis Paredes, "
         "et le président colombien, Carlos Mejía. Les deux dirigeants ont conclu une trêve.",
         [("Carlos Mejía", "COL"), ("Luis Paredes", "PER")]),
    ],
    ids=["guests-of-a-king", "guests-of-a-president"],
)
def test_two_leaders_are_the_coordinated_guests(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    doc = nlp(text)
    span = next(s for s in doc.spans["actors"] if s.text.startswith("deux "))
    assert sorted(span._.members) == expected



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the two sides of the last two-party act, not the most named states
        ("Le Népal, l'Inde et le Bhoutan ont discuté. Le Népal a ensuite rencontré le Bangladesh. "
         "Les deux pays ont signé un accord.",
         [("Bangladesh", "BGD"), ("Népal", "NPL")]),
        ("La Bolivie et le Pérou ont parlé. Le Chili a longuement reçu le Paraguay à Santiago. "
         "Les deux capitales veulent coopérer.",
         [("Chili", "CHL"), ("Paraguay", "PRY")]),
        # the pair the text coordinates last, after a state named more often
        ("L'Autriche a parlé. L'Autriche insiste. Mardi, la Hongrie et la Slovénie ont signé un "
         "accord gazier. Les deux voisins ont aussi promis de coopérer.",
         [("Hongrie", "HUN"), ("Slovénie", "SVN")]),
        ("Le Maroc a salué l'accord conclu entre le Ghana et le Togo. Les deux pays doivent se revoir.",
         [("Ghana", "GHA"), ("Togo", "TGO")]),
        # the last two of a longer list are no pair, even where the parse drops the first
        ("Le Népal, l'Inde et le Bhoutan ont discuté. Les deux pays ont signé un accord.",
         None),
    ],
    ids=["met", "received", "coordinated", "between", "list-of-three"],
)
def test_two_states_are_the_pair_the_text_joined_last(
    nlp: Language, text: str, expected: list[tuple[str, str]] | None
) -> None:
    doc = nlp(text)
    span = next(s for s in doc.spans["actors"] if s.text.startswith("deux "))
    if expected is None:
        assert sorted(span._.members) != [("Bhoutan", "BTN"), ("Inde", "IND")]
    else:
        assert sorted(span._.members) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an organisation named just before is no "pays"
        ("Le Pérou et l'Équateur se disputent la frontière. Le Pérou accuse l'Équateur. "
         "L'Union africaine a salué le calme. Les deux pays ont rouvert un poste.",
         [("Pérou", "PER"), ("Équateur", "ECU")]),
        # the giver is not one of the receivers ("l'envoi de vivres aux deux pays")
        ("Le Pérou et l'Équateur se disputent la frontière. Le Pérou accuse l'Équateur. "
         "L'OMS s'inquiète, et la Norvège a annoncé l'envoi de vivres aux deux pays.",
         [("Pérou", "PER"), ("Équateur", "ECU")]),
        ("Le Ghana a bombardé le Togo. Le Togo a riposté. L'ONU a réagi, tandis que "
         "l'Irlande a promis une aide de dix millions aux deux voisins.",
         [("Ghana", "GHA"), ("Togo", "TGO")]),
    ],
    ids=["organisation-before", "giver-of-aid", "giver-of-money"],
)
def test_two_countries_are_states_other_than_the_giver(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    doc = nlp(text)
    span = next(s for s in doc.spans["actors"] if s.text.startswith("deux "))
    assert sorted(span._.members) == sorted(expected)
