"""Companies, ships and other bodies named after a class noun, through the pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

pytestmark = pytest.mark.model


def _actors(nlp: Language, text: str) -> list[tuple[str, str, str]]:
    doc = nlp(text)  # kept alive while its spans are read
    return [(s._.actor, s._.actor_code, s._.actor_kind) for s in doc.spans["actors"]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le Kirghizistan a signé avec la société sud-coréenne Daemyung un contrat.", "Daemyung"),
        ("Le groupe minier australien Boralex investira au Mali.", "Boralex"),
        ("Le géant indien Tatanor a racheté l'usine.", "Tatanor"),
        ("L'entreprise publique kazakhe Qazgeo explorera le gisement.", "Qazgeo"),
        ("La compagnie aérienne Air Tarbagatay a suspendu ses vols.", "Air Tarbagatay"),
        ("La marine a intercepté le pétrolier Nordic Star au large.", "Nordic Star"),
        ("Les garde-côtes ont saisi le cargo Polaris 7 mardi.", "Polaris 7"),
        ("Le vraquier Blue Heron a été touché par un drone.", "Blue Heron"),
    ],
    ids=["company-demonym", "group-qualifiers", "giant", "public-firm", "airline",
         "tanker", "cargo-number", "bulk-carrier"],
)
def test_class_noun_then_proper_name_is_a_body_without_code(nlp: Language, text: str, name: str) -> None:
    assert (name, "", "org") in _actors(nlp, text)


@pytest.mark.parametrize(
    ("text", "actor", "code"),
    [
        # a ship with a demonym and no name stays its state's
        ("Un navire russe a longé les côtes finlandaises.", "Russie", "RUS"),
        # a class noun before a known organisation leaves it to the dictionary
        ("Le groupe État islamique a revendiqué l'attaque.", "État islamique", ""),
    ],
    ids=["unnamed-ship", "known-organisation"],
)
def test_known_readings_are_kept(nlp: Language, text: str, actor: str, code: str) -> None:
    assert any(a == actor and c == code for a, c, _ in _actors(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Le groupe de contact se réunira à Genève.",
        "La société civile a manifesté devant le parlement.",
        "La Société générale a publié ses comptes.",
    ],
    ids=["contact-group", "civil-society", "capitalised-head"],
)
def test_no_body_without_a_proper_name_after_the_head(nlp: Language, text: str) -> None:
    assert not any(code == "" and kind == "org" for _, code, kind in _actors(nlp, text))


@pytest.mark.parametrize(
    ("text", "name", "count"),
    [
        ("Le cargo, le Borealis, a quitté Riga. Le Borealis a ensuite ralenti.", "Borealis", 2),
        ("La société Veltra a signé. Plus tard, Veltra a investi au Chili.", "Veltra", 2),
    ],
    ids=["ship-in-apposition-then-bare", "company-named-again"],
)
def test_body_named_again_is_the_same_actor(nlp: Language, text: str, name: str, count: int) -> None:
    assert [a for a, _, _ in _actors(nlp, text)].count(name) == count
