"""A state's ships, aircraft and units, armed groups and their bare descriptions, through the pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_actors_descriptions_model import _actor_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        ("Un patrouilleur grec a arraisonné un chalutier près de Lesbos.", "patrouilleur", "GRC"),
        ("Une corvette algérienne a mouillé devant Oran mardi.", "corvette", "DZA"),
        ("Un destroyer britannique a longé les côtes yéménites.", "destroyer", "GBR"),
        ("Le porte-avions indien a appareillé de Kochi.", "porte-avions", "IND"),
        ("Des frégates néerlandaises ont rejoint la flottille.", "frégates", "NLD"),
        ("L'aviation militaire tchadienne a visé un convoi.", "aviation militaire", "TCD"),
        ("L'armée de l'air égyptienne a survolé la frontière.", "armée de l'air", "EGY"),
        ("Des hélicoptères militaires colombiens ont largué des vivres.", "hélicoptères", "COL"),
        ("Des avions de combat saoudiens ont visé Saada.", "avions de combat", "SAU"),
        ("Des bombardiers stratégiques chinois ont longé Okinawa.", "bombardiers", "CHN"),
        ("Un chasseur canadien a escorté l'appareil.", "chasseur", "CAN"),
        ("Les forces spéciales jordaniennes ont libéré les otages.", "forces spéciales", "JOR"),
        ("La défense antiaérienne syrienne a intercepté deux missiles.", "défense antiaérienne", "SYR"),
        ("Les forces de sécurité kényanes ont dispersé la foule.", "forces de sécurité", "KEN"),
        ("La police géorgienne a interpellé un militant arménien.", "police", "GEO"),
        ("Des gendarmes nigériens ont été blessés près de Tillabéri.", "gendarmes", "NER"),
        ("Un contingent tanzanien a quitté Goma vendredi.", "contingent", "TZA"),
    ],
    ids=["patrol-boat", "corvette", "destroyer", "carrier", "frigates", "military-aviation",
         "air-force", "military-helicopters", "combat-aircraft", "strategic-bombers", "fighter",
         "special-forces", "air-defence", "security-forces", "police", "gendarmes", "contingent"],
)
def test_military_noun_with_a_demonym_is_the_state(nlp: Language, text: str, words: str, code: str) -> None:
    found = _actor_of(nlp, text, words)
    assert found is not None and found[1] == code


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a hunter, no demonym after it
        ("Des chasseurs ont traversé la forêt près de la frontière polonaise.", "chasseurs"),
        # weapons are goods: no actor for the maker
        ("Kiev a reçu des missiles norvégiens la semaine dernière.", "missiles"),
        ("Des chars suédois ont été livrés à l'armée lettone.", "chars"),
    ],
    ids=["hunters", "missiles", "tanks"],
)
def test_no_state_without_a_military_head(nlp: Language, text: str, words: str) -> None:
    assert _actor_of(nlp, text, words) is None


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        ("Tsahal a annoncé la fin de l'opération.", "Tsahal", "ISR"),
        ("Les Gardiens de la révolution ont lancé des manœuvres.", "Gardiens", "IRN"),
        ("La Tatmadaw a repris la ville de Lashio.", "Tatmadaw", "MMR"),
        ("Les FARDC ont repoussé une attaque près de Beni.", "FARDC", "COD"),
    ],
    ids=["israeli-army", "revolutionary-guards", "burmese-army", "congolese-army"],
)
def test_named_armed_forces_are_their_state(nlp: Language, text: str, words: str, code: str) -> None:
    found = _actor_of(nlp, text, words)
    assert found is not None and found[1] == code


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        ("L'Alliance fleuve Congo a pris Walikale.", "Alliance", "M23"),
        ("Les Brigades al-Qassam ont diffusé une vidéo.", "Brigades", "Hamas"),
        ("Les shebab ont revendiqué l'explosion de Baidoa.", "shebab", "Chabab"),
        ("Le TPLF a rejeté la proposition d'Addis-Abeba.", "TPLF", "TPLF"),
        ("Les Forces démocratiques syriennes tiennent Raqqa.", "Forces", "Forces démocratiques syriennes"),
        ("Kataëb Hezbollah a visé une base à Erbil.", "Kataëb", "Kataëb Hezbollah"),
        ("Le Polisario a revendiqué des tirs près de Mahbès.", "Polisario", "Front Polisario"),
        ("L'Armée de libération nationale ta'ang a quitté Hsipaw.", "Armée", "Armée de libération nationale ta'ang"),
        ("L'Alliance des trois fraternités a lancé une offensive.", "Alliance", "Alliance des trois fraternités"),
        ("Les hommes de Viv Ansanm ont incendié un commissariat.", "Viv", "Viv Ansanm"),
    ],
    ids=["afc", "qassam-brigades", "lowercase-shebab", "tplf", "sdf", "kataeb-not-hezbollah",
         "short-front-name", "longer-than-eln", "alliance-not-nato", "gang-coalition"],
)
def test_armed_group_names(nlp: Language, text: str, words: str, name: str) -> None:
    assert _actor_of(nlp, text, words) == (name, "")


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        ("Les FSR ont encerclé Babanusa. Les paramilitaires ont ensuite bombardé un hôpital.",
         "paramilitaires", "FSR"),
        ("Le M23 a progressé vers Uvira. Les rebelles ont accusé l'armée burundaise.",
         "rebelles", "M23"),
        ("Le JNIM a assiégé Djibo. Il pleuvait. Les jihadistes ont ensuite bloqué la route.",
         "jihadistes", "JNIM"),
        ("Les Chabab ont pris Jowhar. Le Kenya accuse l'Érythrée de livrer des armes aux insurgés.",
         "insurgés", "Chabab"),
        ("Le TTP a attaqué un poste. Le mouvement a ensuite revendiqué l'embuscade.",
         "mouvement", "TTP"),
        ("Les FDLR ont pris Kiwanja. Le mouvement rebelle, dirigé par un ancien officier, a démenti.",
         "mouvement", "FDLR"),
    ],
    ids=["paramilitaries", "rebels", "jihadists", "contracted-article", "movement", "rebel-movement"],
)
def test_bare_armed_description_is_the_one_group_named(
    nlp: Language, text: str, words: str, name: str
) -> None:
    assert _actor_of(nlp, text, words) == (name, "")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # two groups named: no guess
        ("Le Hamas et le Jihad islamique ont rejeté le plan. Les jihadistes ont tiré des roquettes.",
         "jihadistes"),
        # an organisation that is no armed group
        ("L'ONU a dénoncé les combats. Les rebelles ont pris la colline.", "rebelles"),
        # indefinite: some other rebels
        ("Le M23 a progressé vers Uvira. Des rebelles ont attaqué un village voisin.", "rebelles"),
        # a movement with a complement or a demonym of its own is someone else
        ("Le Hamas a tiré. Le mouvement de contestation a appelé à manifester.", "mouvement"),
        ("Le Hamas a tiré. Le mouvement libanais a démenti.", "mouvement"),
    ],
    ids=["two-groups", "not-armed", "indefinite", "movement-complement", "movement-demonym"],
)
def test_bare_armed_description_left_alone(nlp: Language, text: str, words: str) -> None:
    assert _actor_of(nlp, text, words) is None
