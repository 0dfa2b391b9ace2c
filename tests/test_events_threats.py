"""Threats whose target the warning verb leaves out, and appeals to the sides of a conflict."""

from __future__ import annotations

import pytest
from events_docs import dated_rows
from spacy.language import Language

pytestmark = pytest.mark.model


def _pairs(nlp: Language, text: str, event_type: str) -> set[tuple[str, str]]:
    return {(a, p) for a, t, p, _ in dated_rows(nlp, text) if t == event_type}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the condition names the target ("si …")
        (
            "Le ministre turc a averti qu'Ankara frapperait à nouveau si la Syrie laissait passer des combattants.",
            {("TUR", "SYR")},
        ),
        # "prévenir que" is a warning; a place and a group in the threatened clause
        (
            "Le chef de l'armée russe a prévenu que son pays continuerait ses frappes en Géorgie "
            "tant que l'Arménie ne se retirerait pas.",
            {("RUS", "GEO"), ("RUS", "ARM")},
        ),
        # a demonym adjective inside the clause
        (
            "Le général égyptien a prévenu que toute provocation soudanaise recevrait une réponse ferme.",
            {("EGY", "SDN")},
        ),
        # the warner's own state in the clause is not its target
        (
            "Le président iranien a averti que l'Iran riposterait si Israël attaquait ses installations.",
            {("IRN", "ISR")},
        ),
    ],
    ids=["si-condition", "prevenir-que", "demonym", "own-state-left-out"],
)
def test_warning_aims_at_parties_of_its_clause(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    assert _pairs(nlp, text, "THREATEN") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le Japon veut prévenir une escalade avec la Chine.",
        "La Norvège cherche à prévenir tout conflit entre la Serbie et le Kosovo.",
    ],
    ids=["prevent-escalation", "prevent-conflict"],
)
def test_prevenir_without_clause_is_no_threat(nlp: Language, text: str) -> None:
    assert not _pairs(nlp, text, "THREATEN")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le ministère russe a dénoncé les sanctions de l'Union européenne et menacé de riposter.",
            {("RUS", "EU")},
        ),
        (
            "Pékin a condamné les manœuvres du Japon et menacé de prendre des mesures.",
            {("CHN", "JPN")},
        ),
    ],
    ids=["denounce-and-threaten", "condemn-and-threaten"],
)
def test_threat_coordinated_with_reaction_shares_its_target(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert _pairs(nlp, text, "THREATEN") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "les deux parties": both sides, one row each
        (
            "Des drones russes ont frappé l'Ukraine dimanche. L'ONU a appelé les deux parties à la retenue.",
            {("UNO", "RUS"), ("UNO", "UKR")},
        ),
        # "les belligérants"
        (
            "L'armée éthiopienne a bombardé l'Érythrée mardi. Le Kenya a exhorté les belligérants à cesser le feu.",
            {("KEN", "ETH"), ("KEN", "ERI")},
        ),
        # no addressee: whoever is acting with hostility
        (
            "La Chine a lancé des manœuvres autour de Taïwan. Le Japon a appelé à la désescalade.",
            {("JPN", "CHN")},
        ),
    ],
    ids=["both-parties", "belligerents", "restraint-without-addressee"],
)
def test_appeal_to_the_sides_goes_to_each_fighter(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert _pairs(nlp, text, "REQUEST") == expected


def test_appeal_to_sides_without_conflict_gives_no_row(nlp: Language) -> None:
    assert not _pairs(nlp, "L'ONU a appelé les deux parties au dialogue.", "REQUEST")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Il a appelé la Turquie à agir et demandé au Conseil de sécurité de l'ONU de voter une résolution.",
            {("TUR",), ("UNO",)},
        ),
    ],
    ids=["participle-after-infinitive"],
)
def test_second_appeal_after_an_infinitive_keeps_the_asker(
    nlp: Language, text: str, expected: set[tuple[str]]
) -> None:
    text = "Le ministre grec, Nikos Dendias, était à Paris. " + text
    assert {(p,) for _, p in _pairs(nlp, text, "REQUEST")} >= expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le Kremlin a promis des représailles contre la Lituanie.", {("RUS", "LTU")}),
        ("Ankara a juré de lourdes représailles contre la Grèce.", {("TUR", "GRC")}),
        ("Téhéran brandit la menace de sanctions contre le Canada.", {("IRN", "CAN")}),
    ],
    ids=["promettre-representailles", "jurer-representailles", "brandir-menace"],
)
def test_promised_retaliation_is_a_threat_at_its_target(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert _pairs(nlp, text, "THREATEN") == expected


def test_retaliation_as_a_reason_is_no_threat(nlp: Language) -> None:
    assert not _pairs(nlp, "En représailles, la Pologne a expulsé trois diplomates biélorusses.", "THREATEN")
