"""Second-pass event classes on invented sentences: light verbs with a dyad, venue
verbs, date attachment, indirect partners, demonym objects, reported acts."""

from __future__ import annotations

import pytest
from spacy.language import Language

pytestmark = pytest.mark.model

Row = tuple[str, str, str, str]
Dated = tuple[str, str, str, str]


def _doc_events(nlp: Language, text: str) -> list:
    doc = nlp.make_doc(text)
    doc._.doc_id, doc._.doc_date = "t", "2025-06-15"  # a Sunday
    return list(nlp(doc)._.events)


def events(nlp: Language, text: str) -> set[Row]:
    return {(e.actor_code, e.event_type, e.partner_code, e.modality) for e in _doc_events(nlp, text)}


def dated(nlp: Language, text: str) -> set[Dated]:
    return {(e.actor_code, e.event_type, e.partner_code, e.date) for e in _doc_events(nlp, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 1. light verbs of strengthening with a coordinated subject and "leur"
        ("La Chine et le Kazakhstan renforceront leur coopération énergétique.",
         {("CHN", "COOPERATE", "KAZ", "planned")}),
        ("L'Inde et le Brésil approfondissent leur partenariat stratégique.",
         {("IND", "COOPERATE", "BRA", "asserted")}),
        # "relations" / "liens" are acts only when a verb of strengthening carries them
        ("La Turquie a développé ses relations avec l'Azerbaïdjan.",
         {("TUR", "COOPERATE", "AZE", "asserted")}),
        ("La Russie entend élargir ses liens économiques avec la Mongolie.",
         {("RUS", "COOPERATE", "MNG", "planned")}),
        ("Les relations entre la Chine et l'Inde restent tendues.", set()),
        # 4. partners as indirect objects, passives, demonyms on the object
        ("Le président français a téléphoné à Vladimir Poutine.",
         {("FRA", "CONSULT", "RUS", "asserted")}),
        ("Le président kazakh a été reçu par le Premier ministre japonais.",
         {("JPN", "CONSULT", "KAZ", "asserted")}),
        ("Le Japon a condamné le tir nord-coréen.", {("JPN", "ACCUSE", "PRK", "asserted")}),
        ("La France a expulsé des diplomates russes.", {("FRA", "SANCTION", "RUS", "asserted")}),
        ("Le Premier ministre polonais a accusé Moscou et Minsk de mener des exercices agressifs.",
         {("POL", "ACCUSE", "RUS", "asserted"), ("POL", "ACCUSE", "BLR", "asserted")}),
        ("La présidente géorgienne a remercié Tallinn, Riga et Vilnius pour leur courage.",
         {("GEO", "SUPPORT", "EST", "asserted"), ("GEO", "SUPPORT", "LVA", "asserted"),
          ("GEO", "SUPPORT", "LTU", "asserted")}),
        # the object of "exhorter X à" does what is asked, which has not happened
        ("Washington a exhorté Pékin à livrer des armes à la Russie.",
         {("USA", "REQUEST", "CHN", "asserted"), ("CHN", "AID", "RUS", "hypothetical")}),
        # subjects the parser split: "X, et son homologue Y," / "Les présidents X et Y"
        ("Le ministre turc des Affaires étrangères, Hakan Fidan, et son homologue azerbaïdjanais, "
         "Djeyhoun Baïramov, se sont rencontrés à Bakou.",
         {("TUR", "CONSULT", "AZE", "asserted")}),
        ("Les présidents Sadyr Japarov et Emomali Rahmon se sont entretenus à Samarcande.",
         {("KGZ", "CONSULT", "TJK", "asserted")}),
        # joint drills are cooperation
        ("La Russie et la Biélorussie ont lancé des manœuvres militaires conjointes.",
         {("RUS", "COOPERATE", "BLR", "asserted")}),
        # 5. a past conditional attributed to a source reports an act
        ("Selon Washington, la Corée du Nord aurait livré des missiles à la Russie.",
         {("PRK", "AID", "RUS", "asserted")}),
        ("Le Japon a affirmé que la Chine et la Russie avaient signé un accord.",
         {("CHN", "AGREE", "RUS", "asserted")}),
        # "plus de la moitié" is a quantity, not "ne … plus"
        ("L'Allemagne fournit plus de la moitié de l'aide militaire à l'Ukraine.",
         {("DEU", "AID", "UKR", "asserted")}),
        # selling commodities is trade; a present-tense verb tagged as a noun
        ("Le Kazakhstan livre chaque année à la Chine des millions de tonnes de blé.",
         {("KAZ", "COOPERATE", "CHN", "asserted")}),
        # the recipient inside the "de" phrase the parser split from the noun
        ("Paris a annoncé la livraison par Berlin de nouveaux chars à l'Ukraine.",
         {("DEU", "AID", "UKR", "planned")}),
        # what a memorandum provides for is planned, the signing is not
        ("La Chine et le Turkménistan ont signé un mémorandum prévoyant la reprise des travaux.",
         {("CHN", "AGREE", "TKM", "asserted")}),
        # a question asserts nothing
        ("Cet accord entre la Russie et les États-Unis ouvrira-t-il la voie à un dialogue ?",
         set()),
        # a subject before an incise between commas
        ("Pékin, de son côté, a condamné Washington.", {("CHN", "ACCUSE", "USA", "asserted")}),
        # a concern without target is about the hostile act just told
        ("La Chine a attaqué deux navires philippins. Le Japon et l'Australie ont également "
         "exprimé leur préoccupation.",
         {("CHN", "ASSAULT", "PHL", "asserted"), ("JPN", "ACCUSE", "CHN", "asserted"),
          ("AUS", "ACCUSE", "CHN", "asserted")}),
        # "ces manœuvres" points back to the drill, not to the latest event
        ("La Russie et la Biélorussie ont lancé un exercice militaire conjoint. L'Inde a signé "
         "un accord avec la France. Le Japon a exprimé sa préoccupation face à ces manœuvres.",
         {("RUS", "COOPERATE", "BLR", "asserted"), ("IND", "AGREE", "FRA", "asserted"),
          ("JPN", "ACCUSE", "RUS", "asserted"), ("JPN", "ACCUSE", "BLR", "asserted")}),
    ],
    ids=["leur-cooperation", "leur-partenariat", "ses-relations", "ses-liens", "relations-state",
         "telephoner-a", "recu-par", "demonym-object", "demonym-plural", "coordinated-object",
         "object-list",
         "exhort-object-control", "split-apposed-subjects", "split-named-subjects", "joint-drills",
         "reported-conditional", "reported-clause", "plus-quantity", "trade-goods",
         "detached-recipient", "memorandum-provides", "question", "incise-subject",
         "untargeted-concern", "demonstrative-same-class"],
)
def test_event_classes(nlp: Language, text: str, expected: set[Row]) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2. a nominal event takes the date of the clause that says it took place
        ("Le premier sommet Chine-Asie centrale s'est tenu à Xi'an le 19 mai 2023.",
         {("CHN", "CONSULT", "CAS", "2023-05-19")}),
        ("La réunion entre la Chine et la Russie a eu lieu mardi à Moscou.",
         {("CHN", "CONSULT", "RUS", "2025-06-10")}),
        ("Les négociations entre l'Arménie et l'Azerbaïdjan se sont déroulées le 4 avril.",
         {("ARM", "CONSULT", "AZE", "2025-04-04")}),
        ("Le sommet entre le Japon et le Kazakhstan, tenu à Tokyo le 19 mai, a été un succès.",
         {("JPN", "CONSULT", "KAZ", "2025-05-19")}),
        # "du 3 avril" on the noun; "entre A et B" whose B the parser gave to the verb
        ("La rencontre du 3 avril entre le Japon et la Chine a été productive.",
         {("JPN", "CONSULT", "CHN", "2025-04-03")}),
        # 3. adverbials in the clause, fronted, or on the noun
        ("Le Japon a rencontré la Chine lundi soir.", {("JPN", "CONSULT", "CHN", "2025-06-09TEV")}),
        ("Le 3 avril, le Japon a rencontré la Chine.", {("JPN", "CONSULT", "CHN", "2025-04-03")}),
        ("Hier, Tokyo a condamné Pyongyang.", {("JPN", "ACCUSE", "PRK", "2025-06-14")}),
        ("La visite de mardi du président turc en Russie a été productive.",
         {("TUR", "CONSULT", "RUS", "2025-06-10")}),
        # a coordinated verb shares the date; a date on the means of the act
        ("Jeudi, la Chine a condamné le Japon et exhorté l'OTAN à la retenue.",
         {("CHN", "ACCUSE", "JPN", "2025-06-12"), ("CHN", "REQUEST", "NATO", "2025-06-12")}),
        ("Dans un communiqué publié vendredi, la Corée du Nord a accusé les États-Unis de "
         "préparer la guerre et a averti Séoul.",
         {("PRK", "ACCUSE", "USA", "2025-06-13"), ("PRK", "THREATEN", "KOR", "2025-06-13")}),
    ],
    ids=["se-tenir-root", "avoir-lieu", "se-derouler", "tenu-participle", "noun-du-date",
         "lundi-soir", "fronted-date", "hier", "noun-de-mardi", "coordinated-verb", "means-participle"],
)
def test_date_classes(nlp: Language, text: str, expected: set[Dated]) -> None:
    assert dated(nlp, text) == expected


@pytest.mark.parametrize(
    "opening",
    ["Lors de cette rencontre", "À cette occasion", "Au cours de ces entretiens",
     "Pendant cette visite"],
)
def test_occasion_inherits_the_date(nlp: Language, opening: str) -> None:
    text = (f"Le président turc s'est rendu en Russie le 3 avril. {opening}, la Turquie et la "
            "Russie ont signé un accord gazier.")
    assert ("TUR", "AGREE", "RUS", "2025-04-03") in dated(nlp, text)


@pytest.mark.parametrize(
    ("second", "date"),
    [
        # the next sentence tells what the same people did then
        ("Les deux pays ont signé un accord gazier.", "2025-06-11"),
        # "ensuite" places it later: no date the text gives
        ("La Turquie a ensuite signé un accord avec la Russie.", ""),
    ],
    ids=["continuation", "later"],
)
def test_narrative_continuation(nlp: Language, second: str, date: str) -> None:
    text = f"Le président turc a rencontré Vladimir Poutine mercredi à Ankara. {second}"
    agree = [e for e in _doc_events(nlp, text) if e.event_type == "AGREE"]
    assert agree and agree[0].date == date
