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
    assert _members_of_two(nlp, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the owner's peers were named several sentences back: no organisation stands in
        ("Le président du Togo, Koffi Mensah, a accusé le Bénin d'une incursion. Le Bénin dément. "
         "Les combats continuent. Le président du Bénin, Paul Houngbo, réclame une enquête. "
         "La pluie complique les secours. Les ONG s'inquiètent. La présidente du Ghana, Ama Owusu, "
         "dont le pays préside la Cédéao, s'est entretenue mardi avec ses deux homologues.",
         [("Koffi Mensah", "TGO"), ("Paul Houngbo", "BEN")]),
        ("Le Premier ministre du Pérou, Luis Paredes, a dénoncé une incursion. Lima accuse Quito. "
         "Les combats durent. Le Premier ministre équatorien, Carlos Vega, a démenti. Les pluies "
         "gênent les secours. Le bilan s'alourdit. Le président du Brésil, João Lima, a reçu lundi "
         "ses deux homologues à Brasilia en présence de l'ONU.",
         [("Carlos Vega", "ECU"), ("Luis Paredes", "PER")]),
        # no owner: the two people of the last sentences, not one named long before
        ("Le ministre malien, Sadio Keita, a reçu le ministre russe Ivan Petrov. Il avait vu plus "
         "tôt le président nigérien, Ali Moussa. Moscou promet des blindés. Les deux hommes ont "
         "signé un protocole.",
         [("Ivan Petrov", "RUS"), ("Sadio Keita", "MLI")]),
    ],
    ids=["homologues-of-a-president", "homologues-of-a-host", "two-men-no-owner"],
)
def test_peers_of_an_owner_are_people_named_further_back(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _members_of_two(nlp, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a third state turns to two others in passing: the story's pair stays
        ("La crise entre le Pérou et la Bolivie s'aggrave. Le Brésil a appelé Lima et La Paz au calme. "
         "Le Chili s'est rapproché de l'Argentine et de l'Uruguay. Les deux pays restent divisés.",
         [("Bolivie", "BOL"), ("Pérou", "PER")]),
        ("Les tensions entre la Serbie et la Croatie persistent. L'ONU a exhorté Belgrade et Zagreb "
         "au dialogue. La France a soutenu la Grèce et la Bulgarie. Les deux voisins se sont accusés.",
         [("Croatie", "HRV"), ("Serbie", "SRB")]),
        # the last pair is the subject of its act: it stays, story pair or not
        ("La crise entre le Pérou et la Bolivie s'aggrave. Le Brésil a appelé Lima et La Paz au calme. "
         "Le Chili et l'Argentine ont signé un accord. Les deux pays veulent coopérer.",
         [("Argentine", "ARG"), ("Chili", "CHL")]),
        # no pair joined twice: the last joined pair stays, even in passing
        ("Le Brésil a appelé le Pérou au calme. Le Chili s'est rapproché de l'Argentine et de "
         "l'Uruguay. Les deux pays veulent coopérer.",
         [("Argentine", "ARG"), ("Uruguay", "URY")]),
    ],
    ids=["rapprochement-in-passing", "support-in-passing", "subject-pair", "no-story-pair"],
)
def test_two_states_prefer_the_story_pair_over_a_pair_named_in_passing(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _members_of_two(nlp, text) == sorted(expected)


def _members_of_two(nlp: Language, text: str) -> list[tuple[str, str]]:
    """The sorted members of the first "deux …" collective of ``text``."""
    span = next(s for s in nlp(text).spans["actors"] if s.text.startswith("deux "))
    return sorted(span._.members)
