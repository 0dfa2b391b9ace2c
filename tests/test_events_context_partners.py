"""Reactions whose partner only the context gives: appeals to the sides, condemnations
of an act told earlier, rebuttals of criticism, list subjects cut at a comma."""

from __future__ import annotations

import pytest
from events_docs import dated_rows
from spacy.language import Language

from pipeline.events.adversaries import usable_side
from pipeline.events.arguments import Party

pytestmark = pytest.mark.model


def _pairs(nlp: Language, text: str, event_type: str) -> set[tuple[str, str]]:
    return {(a, p) for a, t, p, _ in dated_rows(nlp, text) if t == event_type}


@pytest.mark.parametrize(
    ("party", "usable"),
    [
        (Party("Jean Dupont", "", "person", 0, 11), False),
        (Party("Jean Dupont", "FRA", "person", 0, 11), True),
        (Party("Hamas", "", "org", 0, 5), True),
    ],
    ids=["uncoded-person", "coded-person", "uncoded-group"],
)
def test_uncoded_person_is_no_side(party: Party, usable: bool) -> None:
    assert usable_side(party) is usable


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'Azerbaïdjan a menacé l'Arménie de représailles. Les deux capitales ont rappelé leurs "
         "ambassadeurs. Des observateurs ont noté une hausse des incidents. La Turquie a appelé "
         "« toutes les parties » à la retenue.",
         {("TUR", "AZE"), ("TUR", "ARM")}),
        ("Le Pérou a bombardé des positions équatoriennes. Lima et Quito se sont ensuite accusés "
         "mutuellement. Le Chili a appelé les belligérants au calme.",
         {("CHL", "PER"), ("CHL", "ECU")}),
    ],
    ids=["all-parties-far-back", "belligerents"],
)
def test_appeal_to_sides_reaches_last_opposed_pair(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _pairs(nlp, text, "REQUEST")


def test_appeal_to_two_countries_prefers_adversaries(nlp: Language) -> None:
    text = (
        "Le Soudan a bombardé plusieurs villages tchadiens. La Libye s'est rapprochée de l'Égypte "
        "et de la Tunisie. L'Union européenne a appelé les deux pays à respecter leur frontière."
    )
    pairs = _pairs(nlp, text, "REQUEST")
    assert {("EU", "SDN"), ("EU", "TCD")} <= pairs
    assert ("EU", "TUN") not in pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La Russie a mené des exercices navals près de la Norvège.\n\nOslo a condamné ces exercices.",
         ("NOR", "ACCUSE", "RUS")),
        ("Le Niger a fermé sa frontière avec le Bénin.\n\nCotonou a protesté contre cette décision.",
         ("BEN", "ACCUSE", "NER")),
        ("Le Canada a imposé des sanctions à l'Iran. Téhéran a dénoncé des mesures « iniques ».",
         ("IRN", "ACCUSE", "CAN")),
    ],
    ids=["definite-drill-next-paragraph", "demonstrative-decision", "measures-same-paragraph"],
)
def test_condemned_act_answers_its_author(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(a, t, p) for a, t, p, _ in dated_rows(nlp, text)}


def test_indefinite_offence_stays_in_its_paragraph(nlp: Language) -> None:
    text = "Le Canada a imposé des sanctions à l'Iran.\n\nTéhéran a dénoncé une décision « inique »."
    assert not {r for r in dated_rows(nlp, text) if r[1] == "ACCUSE" and r[0] == "IRN" and r[2]}


@pytest.mark.parametrize(
    "text",
    [
        "La Russie a mené des manœuvres autour de la Moldavie.",
        "La Chine a organisé des exercices près du Vietnam.",
    ],
    ids=["autour-de", "pres-de"],
)
def test_place_of_a_drill_is_not_its_actor(nlp: Language, text: str) -> None:
    actors = {a for a, t, _, _ in dated_rows(nlp, text) if t == "MOBILIZE"}
    assert not actors & {"MDA", "VNM"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le Pakistan a critiqué les frappes indiennes. New Delhi a rejeté ces critiques.",
         ("IND", "REJECT", "PAK")),
        ("La Colombie a accusé le Venezuela d'abriter des rebelles.\n\nCaracas a rejeté ces accusations.",
         ("VEN", "REJECT", "COL")),
    ],
    ids=["criticism", "accusations-next-paragraph"],
)
def test_rebuttal_answers_the_accuser(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(a, t, p) for a, t, p, _ in dated_rows(nlp, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le Mexique, le Pérou et l'Argentine ont exprimé leur soutien à la Bolivie.",
         {"MEX", "PER", "ARG"}),
        ("Le Canada, la Norvège et l'Inde ont félicité le Kenya.", {"CAN", "NOR", "IND"}),
    ],
    ids=["three-states-support", "three-states-praise"],
)
def test_list_subject_keeps_its_first_member(nlp: Language, text: str, expected: set[str]) -> None:
    assert expected <= {a for a, _, _, _ in dated_rows(nlp, text)}
