"""The place of a build-up or withdrawal names its partner (pipeline.events.deployments)."""

from __future__ import annotations

import pytest


def _rows(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(e.actor, e.event_type, e.partner) for e in nlp(text)._.events]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le Maroc a déployé des unités blindées près de la frontière algérienne.", ("Maroc", "MOBILIZE", "Algérie")),
        ("Pékin a organisé des exercices militaires autour de Taïwan.", ("Chine", "MOBILIZE", "Taïwan")),
        (
            "L'armée bolivienne a déployé des blindés dans la région de Tarija, non loin du port paraguayen de Concepción.",
            ("Bolivie", "MOBILIZE", "Paraguay"),
        ),
        ("La Russie a retiré ses troupes de la frontière finlandaise.", ("Russie", "RETREAT", "Finlande")),
    ],
)
def test_place_names_the_partner(nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _rows(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Le Chili a appelé le Pérou à retirer ses troupes du territoire bolivien.", "Bolivie"),
        ("Le Maroc a déployé des blindés depuis la frontière algérienne.", "Algérie"),
    ],
)
def test_no_partner_from_a_request_or_an_origin(nlp, text: str, absent: str) -> None:
    rows = _rows(nlp, text)
    assert not any(t in ("MOBILIZE", "RETREAT") and p == absent for _, t, p in rows)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La Chine a achevé mardi quatre jours de manœuvres aériennes autour de Taïwan.", ("Chine", "MOBILIZE", "Taïwan")),
        pytest.param(
            "La Chine a achevé mardi quatre jours de manœuvres aériennes d'envergure autour de Taïwan.",
            ("Chine", "MOBILIZE", "Taïwan"),
            marks=pytest.mark.xfail(reason="the place hangs under 'd'envergure', whose 'de' the place walk refuses"),
        ),
        ("L'Inde a achevé deux semaines d'exercices près de la frontière pakistanaise.", ("Inde", "MOBILIZE", "Pakistan")),
        ("Le Japon a mené des manœuvres près de la Corée du Nord.", ("Japon", "MOBILIZE", "Corée du Nord")),
        ("La Russie maintient des milliers de soldats près de la frontière géorgienne.", ("Russie", "MOBILIZE", "Géorgie")),
    ],
)
def test_the_place_is_the_partner_never_the_actor(nlp, text: str, expected: tuple[str, str, str]) -> None:
    rows = _rows(nlp, text)
    assert expected in rows
    assert not any(t == "MOBILIZE" and a == expected[2] for a, t, _ in rows)


@pytest.mark.model
def test_a_sea_named_after_a_state_is_no_partner(nlp) -> None:
    rows = _rows(nlp, "La Corée du Sud a mené des exercices navals en mer de Chine orientale.")
    assert not any(t == "MOBILIZE" and p == "Chine" for _, t, p in rows)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Une frégate russe a effectué une manœuvre d'interception dangereuse contre un navire norvégien.",
            ("Russie", "COERCE", "Norvège"),
        ),
        ("La Turquie a effectué une manœuvre de blocage contre un navire grec.", ("Turquie", "COERCE", "Grèce")),
        pytest.param(
            "Un patrouilleur turc a tenté une manœuvre de blocage contre un navire grec.",
            ("Turquie", "COERCE", "Grèce"),
            marks=pytest.mark.xfail(reason="a vessel qualified by a demonym is not read as its state's actor"),
        ),
    ],
)
def test_one_obstructive_manoeuvre_is_coercion(nlp, text: str, expected: tuple[str, str, str]) -> None:
    rows = _rows(nlp, text)
    assert expected in rows
    assert not any(t == "MOBILIZE" for _, t, _ in rows)


@pytest.mark.model
def test_a_political_manoeuvre_is_no_drill(nlp) -> None:
    rows = _rows(nlp, "Ce vote est une manœuvre de la Turquie contre la Grèce.")
    assert not any(t == "MOBILIZE" for _, t, _ in rows)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le Danemark a annoncé l'envoi en Islande de deux frégates supplémentaires.", ("Danemark", "MOBILIZE", "Islande")),
        ("Paris a dépêché des renforts au Tchad.", ("France", "MOBILIZE", "Tchad")),
        ("Le Bénin a renforcé sa présence militaire au Niger.", ("Bénin", "MOBILIZE", "Niger")),
        ("L'OTAN a annoncé le renforcement de sa force au Kosovo.", ("OTAN", "MOBILIZE", "Kosovo")),
        ("Séoul a placé ses troupes en état d'alerte face à la Corée du Nord.", ("Corée du Sud", "MOBILIZE", "Corée du Nord")),
    ],
)
def test_sending_ships_and_reinforcements_is_a_deployment(nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in [(e.actor, e.event_type, e.partner) for e in nlp(text)._.events]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "La présence militaire française au Niger est contestée.",  # a state, not a move
        "Le Maroc a envoyé une délégation au Sénégal.",  # envoys, not troops
        "La police belge a placé un diplomate russe en état d'arrestation.",  # an arrest, no alert
    ],
)
def test_a_presence_or_an_envoy_is_no_deployment(nlp, text: str) -> None:
    assert not any(e.event_type == "MOBILIZE" for e in nlp(text)._.events)
