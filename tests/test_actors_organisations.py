"""Organisations of ``models/actors/organisations.tsv``: UN bodies, blocs, agencies.

Invented sentences on hand-built Docs (tokenizer only, no model), as in
``tests/test_actors.py``. UN missions and agencies carry the spec code
``UNO`` under their own name; organisations without a spec code carry their
name and an empty code.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.actors.component import ActorTagger
from pipeline.actors.dictionary import ActorDictionary
from tests.test_actors import blank, first, make_doc, tag, tagger

__all__ = ["blank", "tagger"]  # the shared fixtures of tests/test_actors.py


@pytest.mark.parametrize(
    ("text", "surface", "actor"),
    [
        # Peacekeeping operations, by French acronym, press spelling or English acronym.
        ("La MONUSCO a condamné l'attaque contre un camp de déplacés.", "MONUSCO", "MONUSCO"),
        ("La Finul a signalé des tirs près de sa position.", "Finul", "Finul"),
        ("La FINUL a dénoncé une violation de la ligne bleue.", "FINUL", "Finul"),
        ("La Minusca a déployé une patrouille vers Bangassou.", "Minusca", "Minusca"),
        ("L'UNMISS a accueilli des milliers de civils à Malakal.", "UNMISS", "Minuss"),
        ("La Fisnua a renforcé sa présence à Abyei.", "Fisnua", "Fisnua"),
        ("Le mandat de la Minurso a été prorogé d'un an.", "Minurso", "Minurso"),
        ("La Minusma a quitté sa dernière base l'an dernier.", "Minusma", "Minusma"),
        ("La Force intérimaire des Nations unies au Liban a protesté.", "Force intérimaire", "Finul"),
        # Political missions.
        ("La Manul a appelé les factions libyennes au calme.", "Manul", "Manul"),
        ("La Mission d'appui des Nations unies en Libye a convoqué un dialogue.", "Mission d'appui", "Manul"),
        ("Le BINUH a publié un rapport sur les gangs.", "BINUH", "BINUH"),
        ("La MANUA a critiqué les restrictions imposées aux femmes.", "MANUA", "Manua"),
        ("L'UNAMI a achevé son mandat à Bagdad.", "UNAMI", "Manui"),
        ("La FNUOD a observé des mouvements dans la zone tampon.", "FNUOD", "FNUOD"),
        # Agencies keep their own name under the UN code.
        ("L'AIEA a réclamé l'accès au site de Natanz.", "AIEA", "AIEA"),
        ("Le HCR a alerté sur l'afflux de réfugiés.", "HCR", "HCR"),
        ("L'Unicef a dénoncé la mort de dizaines d'enfants.", "Unicef", "Unicef"),
        ("Le Programme alimentaire mondial a suspendu ses distributions.", "Programme alimentaire", "PAM"),
        ("L'OCHA a demandé un accès humanitaire sans entrave.", "OCHA", "OCHA"),
        ("L'Organisation internationale pour les migrations a affrété un navire.", "Organisation internationale", "OIM"),
        ("Le Conseil des droits de l'homme de l'ONU a ouvert une enquête.", "Conseil des droits", "Conseil des droits de l'homme"),
        ("La Cour internationale de justice a ordonné des mesures.", "Cour internationale", "CIJ"),
    ],
)
def test_un_missions_and_agencies_are_coded_as_the_un(
    tagger: ActorTagger, blank: Language, text: str, surface: str, actor: str
) -> None:
    assert first(tagger, make_doc(blank, text, "2025-03-04"), surface)[:2] == (actor, "UNO")


@pytest.mark.parametrize(
    ("text", "surface", "actor", "code"),
    [
        # Groups the spec codes.
        ("L'OTSC a tenu un exercice au Tadjikistan.", "OTSC", "OTSC", "CSTO"),
        ("La CEI a réuni ses dirigeants à Minsk.", "CEI", "CEI", "CIS"),
        ("Les Brics ont accueilli de nouveaux membres.", "Brics", "BRICS", "BRICS"),
        ("Le G20 a adopté une déclaration sur la dette.", "G20", "G20", "G20"),
        # No spec code: the name, an empty code.
        ("L'Opep+ a décidé de réduire sa production.", "Opep", "OPEP", ""),
        ("La Celac a condamné le blocus.", "Celac", "CELAC", ""),
        ("La CAE a convoqué un sommet extraordinaire à Arusha.", "CAE", "Communauté d'Afrique de l'Est", ""),
        ("L'Igad a proposé une médiation entre les belligérants.", "Igad", "IGAD", ""),
        ("La SADC a prolongé le mandat de sa force.", "SADC", "SADC", ""),
        ("Interpol a émis une notice rouge contre l'homme d'affaires.", "Interpol", "Interpol", ""),
        ("L'Alliance des États du Sahel a annoncé une force unifiée.", "Alliance des États", "AES", ""),
        ("L'AES a dénoncé une ingérence étrangère.", "AES", "AES", ""),
        ("L'OCDE a relevé ses prévisions de croissance.", "OCDE", "OCDE", ""),
        ("La BAD a accordé un prêt au Kenya.", "BAD", "Banque africaine de développement", ""),
        ("Le CICR a facilité la libération des otages.", "CICR", "CICR", ""),
        ("Amnesty International a accusé la police de torture.", "Amnesty", "Amnesty International", ""),
        ("Le Conseil de coopération des États arabes du Golfe a salué la trêve.",
         "Conseil de coopération", "Conseil de coopération du Golfe", ""),
    ],
)
def test_regional_and_economic_organisations_are_found(
    tagger: ActorTagger, blank: Language, text: str, surface: str, actor: str, code: str
) -> None:
    assert first(tagger, make_doc(blank, text, "2025-03-04"), surface)[:2] == (actor, code)


@pytest.mark.parametrize(
    ("text", "surface", "actor"),
    [
        # A mission's description resolves only through the mechanisms that
        # already exist: the UN's own name or demonym, its peacekeepers.
        ("La mission de l'ONU a évacué son personnel.", "ONU", "ONU"),
        ("Les Casques bleus ont essuyé des tirs près de la frontière.", "Casques bleus", "ONU"),
        ("Les forces onusiennes ont repoussé l'assaut.", "onusiennes", "ONU"),
    ],
)
def test_mission_descriptions_resolve_through_existing_names(
    tagger: ActorTagger, blank: Language, text: str, surface: str, actor: str
) -> None:
    assert first(tagger, make_doc(blank, text, "2025-03-04"), surface)[:2] == (actor, "UNO")


@pytest.mark.parametrize(
    "text",
    [
        # A bare "la mission" or "la force" names no mission.
        "La mission a évacué son personnel vers la capitale.",
        "La force a repoussé l'assaut sur la base.",
    ],
)
def test_a_bare_mission_noun_is_no_actor(tagger: ActorTagger, blank: Language, text: str) -> None:
    assert tag(tagger, make_doc(blank, text, "2025-03-04")) == []


def test_a_bare_un_code_stands_for_the_un_itself() -> None:
    # Missions and agencies share UNO; a UN official's code is the ONU.
    book = ActorDictionary.load()
    actor = book.actor("UNO")
    assert actor is not None and actor.name == "ONU"
