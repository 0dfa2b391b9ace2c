"""Event extraction with the full pipeline on invented sentences, one per rule class."""

from __future__ import annotations

import pytest
from spacy.language import Language

pytestmark = pytest.mark.model

Row = tuple[str, str, str, str]


def events(nlp: Language, text: str) -> set[Row]:
    doc = nlp.make_doc(text)
    doc._.doc_id, doc._.doc_date = "t", "2025-06-15"
    return {
        (e.actor_code, e.event_type, e.partner_code, e.modality) for e in nlp(doc)._.events
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le président chinois Xi Jinping a reçu mardi le Premier ministre kazakh à Pékin.",
         {("CHN", "CONSULT", "KAZ", "asserted")}),
        ("Washington a imposé de nouvelles sanctions contre l'Iran en avril 2024.",
         {("USA", "SANCTION", "IRN", "asserted")}),
        ("L'Union européenne a condamné l'invasion de l'Ukraine par la Russie.",
         {("EU", "ACCUSE", "RUS", "asserted"), ("RUS", "ASSAULT", "UKR", "asserted")}),
        ("Le Japon et l'Ouzbékistan ont signé un accord de coopération le 12 mai 2025.",
         {("JPN", "AGREE", "UZB", "asserted")}),
        ("Tokyo accueillera un sommet réunissant les dirigeants du Kazakhstan et du Tadjikistan.",
         {("JPN", "CONSULT", "KAZ", "planned"), ("JPN", "CONSULT", "TJK", "planned")}),
        ("La visite du président turc en Azerbaïdjan a été reportée.",
         {("TUR", "CONSULT", "AZE", "cancelled")}),
        ("Le Kremlin n'exclut pas une rencontre entre Vladimir Poutine et Donald Trump.",
         {("RUS", "CONSULT", "USA", "hypothetical")}),
        ("L'Inde pourrait livrer des armes à l'Arménie.", {("IND", "AID", "ARM", "hypothetical")}),
        ("Le Japon n'a pas signé le traité avec la Chine.", {("JPN", "AGREE", "CHN", "negated")}),
        ("La Chine a apporté son soutien à la Russie.", {("CHN", "SUPPORT", "RUS", "asserted")}),
        ("Le rapport souligne que le Japon coopère avec l'Ouzbékistan.",
         {("JPN", "COOPERATE", "UZB", "asserted")}),
        # pronouns: "elle" → the subject, "celle-ci" → the latter
        ("La Turquie maintient des sanctions contre la Syrie et elle entretient des contacts "
         "avec celle-ci.",
         {("TUR", "SANCTION", "SYR", "asserted"), ("TUR", "CONSULT", "SYR", "asserted")}),
        # a participle describes the noun phrase before it
        ("Le Kazakhstan a présenté une stratégie de la Chine visant à élargir la coopération "
         "avec l'Iran.", {("CHN", "COOPERATE", "IRN", "planned")}),
        # a document adopted by someone acts for them
        ("Washington a adopté une déclaration condamnant les essais de missiles de l'Iran.",
         {("USA", "ACCUSE", "IRN", "asserted")}),
        # lifting sanctions: the partner is their target
        ("La France a levé les sanctions contre la Syrie.", {("FRA", "CONCEDE", "SYR", "asserted")}),
        # a demonstrative refers back to the previous event's parties
        ("La Chine et la Russie ont conclu un accord gazier. Le Japon a exprimé sa préoccupation "
         "face à ce rapprochement.",
         {("CHN", "AGREE", "RUS", "asserted"), ("JPN", "ACCUSE", "CHN", "asserted"),
          ("JPN", "ACCUSE", "RUS", "asserted")}),
        # a pronoun with no antecedent names nobody
        ("Il a rencontré le président français.", set()),
        # the end of a partner list the parser gave to the verb
        ("Le Japon approfondit le dialogue avec la Chine, les États-Unis et l'Inde.",
         {("JPN", "CONSULT", "CHN", "asserted"), ("JPN", "CONSULT", "USA", "asserted"),
          ("JPN", "CONSULT", "IND", "asserted")}),
        # a sentence-initial name the parser left apart is still the subject
        ("Tokyo a mis en garde Pyongyang contre tout nouvel essai nucléaire.",
         {("JPN", "THREATEN", "PRK", "asserted")}),
        # with a person as object, "à <capital>" is the place
        ("Kim Jong-un a reçu Sergueï Choïgou à Pyongyang le 17 juin.",
         {("PRK", "CONSULT", "RUS", "asserted")}),
        # co-signatories and the place of signing
        ("L'Azerbaïdjan et l'Arménie ont signé jeudi à Washington une déclaration de paix.",
         {("AZE", "AGREE", "ARM", "asserted")}),
        # the agent of a participle owns the proposal
        ("La Russie et la Chine ont rejeté la résolution présentée par les États-Unis.",
         {("RUS", "REJECT", "USA", "asserted"), ("CHN", "REJECT", "USA", "asserted")}),
        # meetings happen in places: "à New Delhi" is not a partner
        ("Les dirigeants du G20 se sont réunis à New Delhi.", set()),
        # co-participants holding a summit are not its hosts
        ("La Chine et les cinq pays d'Asie centrale ont tenu leur deuxième sommet à Astana "
         "le 17 juin 2025.", {("CHN", "CONSULT", "CAS", "asserted")}),
        # a host and a named group
        ("Le Japon a accueilli le Sommet du G7 à Hiroshima en mai 2023.",
         {("JPN", "CONSULT", "G7", "asserted")}),
        # a reflexive tagged as passive is still reciprocal; "ne … pas" negates
        ("Les ministres des Affaires étrangères du Japon et de la Chine ne se sont pas "
         "rencontrés depuis 2023.", {("JPN", "CONSULT", "CHN", "negated")}),
        # the support verb of a noun the parse left unattached; its date
        ("Le ministère japonais a tenu, en septembre 2025, la deuxième édition du Dialogue "
         "économique Asie centrale + Japon.", {("JPN", "CONSULT", "CAS", "asserted")}),
        # an organisation that "gathers" its members is membership, not a meeting
        ("L'Organisation des États turciques, qui réunit la Turquie et le Kazakhstan, "
         "constitue un instrument d'influence.", set()),
        # a subject the parser hung on the auxiliary
        ("Séoul a par ailleurs promis une aide de 10 millions de dollars au Kazakhstan.",
         {("KOR", "AID", "KAZ", "planned")}),
        # the name right before the verb is its subject, whatever the parser attached it to
        ("Après la visite du président, le ministre kirghiz Jeenbek Kulubaev est arrivé à Pékin "
         "pour des discussions avec le ministre chinois Wang Yi.",
         {("KGZ", "CONSULT", "CHN", "asserted")}),
        # a city in the name of an agreement is not a party
        ("Les accords de Minsk ont été signés par la Russie et l'Ukraine en février 2015.",
         {("RUS", "AGREE", "UKR", "asserted")}),
        # an event as subject lends its parties and date to the event it brings about
        ("Le Japon accueillera en décembre 2025 un sommet avec l'Asie centrale. Le sommet "
         "pourrait élargir la coopération aux domaines de l'éducation.",
         {("JPN", "CONSULT", "CAS", "planned"), ("JPN", "COOPERATE", "CAS", "hypothetical")}),
    ],
    ids=["verb-object", "light-verb", "nested-nominal", "coordinated-subject", "host",
         "cancelled", "hypothetical", "conditional", "negated", "possessive-light", "report-clause",
         "pronouns", "participle", "adopted-document", "concede-target", "demonstrative",
         "no-antecedent", "list-continuation", "orphan-subject", "place-not-partner",
         "co-signatories", "participle-agent", "meeting-place", "co-hosts", "host-group",
         "reflexive-negated", "detached-support-verb", "membership", "subject-on-auxiliary",
         "name-before-verb", "named-agreement", "event-as-actor"],
)
def test_sentence_classes(nlp: Language, text: str, expected: set[Row]) -> None:
    assert events(nlp, text) == expected


def test_date_comes_from_the_text_not_the_publication(nlp: Language) -> None:
    doc = nlp.make_doc("La Chine a apporté son soutien à la Russie.")
    doc._.doc_id, doc._.doc_date = "t", "2025-06-15"
    (event,) = nlp(doc)._.events
    assert event.date == "" and event.doc_date == "2025-06-15"
