"""Trigger classes and constructions on invented sentences: reciprocal events,
prisoner exchanges, support verbs of truces, closures, incursions, time adjuncts,
inverted quotations, accusers as targets, qualifications, mediation, purposes,
sentence cuts and lexicon classes."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.events.arguments import Party
from pipeline.events.frame import Frame, dyads
from pipeline.events.lexicon import Lexicon
from pipeline.events.sentences import event_sentences

Row = tuple[str, str, str]


def _events(nlp: Language, text: str) -> set[Row]:
    doc = nlp.make_doc(text)
    doc._.doc_id, doc._.doc_date = "t", "2025-06-15"
    return {(e.actor_code, e.event_type, e.partner_code) for e in nlp(doc)._.events}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an exchange of people held is a release by each side, not talks
        ("La Russie et l'Ukraine ont procédé samedi à un échange de prisonniers.",
         {("RUS", "CONCEDE", "UKR"), ("UKR", "CONCEDE", "RUS")}),
        ("L'Arménie et l'Azerbaïdjan ont échangé des détenus à la frontière.",
         {("ARM", "CONCEDE", "AZE"), ("AZE", "CONCEDE", "ARM")}),
        # a truce two sides commit to: each towards the other
        ("L'Inde et le Pakistan ont proclamé un cessez-le-feu au Cachemire.",
         {("IND", "RETREAT", "PAK"), ("PAK", "RETREAT", "IND")}),
        ("L'Éthiopie et l'Érythrée ont instauré une trêve.",
         {("ETH", "RETREAT", "ERI"), ("ERI", "RETREAT", "ETH")}),
        # closing a border "avec X" is a sanction against X
        ("La Norvège a fermé les points de passage avec la Russie.",
         {("NOR", "SANCTION", "RUS")}),
        # an incursion "dans" someone's airspace
        ("Le Japon a dénoncé l'incursion de navires chinois dans les eaux japonaises.",
         {("JPN", "ACCUSE", "CHN"), ("CHN", "ASSAULT", "JPN")}),
        # the accuser is the target of the attack it reports
        ("Kiev accuse Moscou d'avoir bombardé plusieurs villages frontaliers.",
         {("UKR", "ACCUSE", "RUS"), ("RUS", "ASSAULT", "UKR")}),
        # an inverted quotation: the speaker accuses the quoted clause's subject
        ("« Les navires chinois ont pénétré illégalement dans nos eaux », a déclaré le porte-parole "
         "philippin.", {("PHL", "ACCUSE", "CHN")}),
        ("Les soldats russes « ont attaqué nos positions », a affirmé hier le ministre ukrainien.",
         {("UKR", "ACCUSE", "RUS"), ("RUS", "ASSAULT", "UKR")}),
        # a time adjunct is not carried by the main verb's support
        ("Après des combats, la Serbie et le Kosovo ont signé un accord.",
         {("SRB", "AGREE", "XKX")}),
        # a passive with "entre": the two sides are co-participants
        ("Un accord a été signé mardi entre l'Arménie et l'Azerbaïdjan.", {("ARM", "AGREE", "AZE")}),
        # être verbs are not passives; what co-actors agree on they do
        ("La Russie et l'Ukraine sont convenues d'un cessez-le-feu.",
         {("RUS", "AGREE", "UKR"), ("RUS", "RETREAT", "UKR"), ("UKR", "RETREAT", "RUS")}),
        ("Les Vingt-Sept se sont entendus sur de nouvelles sanctions contre l'Iran.",
         {("EU", "SANCTION", "IRN")}),
        # a joint decision is an agreement
        ("La Chine et le Pakistan ont décidé de renforcer leur coopération.", {("CHN", "AGREE", "PAK")}),
        # a refusal aimed at the subject of its clause, else at its objects
        ("La Turquie refuse que la Suède rejoigne l'OTAN.", {("TUR", "REJECT", "SWE")}),
        # withdrawn from someone; protests "auprès de"; concern "face à"
        ("La Russie a retiré ses troupes de la région de Kiev.", {("RUS", "RETREAT", "UKR")}),
        ("Le Japon a protesté vendredi auprès de la Chine.", {("JPN", "ACCUSE", "CHN")}),
        ("Le Japon a exprimé sa vive préoccupation face aux essais nucléaires nord-coréens.",
         {("JPN", "ACCUSE", "PRK")}),
        # a critical name is an accusation
        ("Le Kremlin a qualifié de provocation les exercices de l'OTAN.", {("RUS", "ACCUSE", "NATO")}),
        ("Vilnius a qualifié la censure russe de « violation grave des libertés ».",
         {("LTU", "ACCUSE", "RUS")}),
        # a mediator consults each side of the event it sponsors
        ("Un accord a été signé entre l'Arménie et l'Azerbaïdjan sous l'égide de la Russie.",
         {("ARM", "AGREE", "AZE"), ("RUS", "CONSULT", "ARM"), ("RUS", "CONSULT", "AZE")}),
        ("L'Égypte et Israël ont signé un traité sous les auspices des États-Unis.",
         {("USA", "CONSULT", "EGY"), ("USA", "CONSULT", "ISR")}),
        # a purpose infinitive after "afin de": the traveller acts
        ("Le président chinois s'est rendu à Astana afin de signer plusieurs accords avec le "
         "Kazakhstan.", {("CHN", "AGREE", "KAZ")}),
        # an infinitive controlled through a noun; a phrase after it hung on its governor
        ("Le Japon a pris l'engagement de soutenir l'Ukraine.", {("JPN", "SUPPORT", "UKR")}),
        ("Berlin a décidé de livrer des chars Leopard à Kiev.", {("DEU", "AID", "UKR")}),
        # a place inside the object is the recipient when nothing better is found
        ("Le Japon s'est engagé à financer la construction d'une centrale en Ouzbékistan.",
         {("JPN", "AID", "UZB")}),
        # whoever suffers an attack is its target
        ("La Géorgie a subi une cyberattaque russe.", {("RUS", "ASSAULT", "GEO")}),
        # new class members
        ("Le Canada a approvisionné l'Ukraine en munitions.", {("CAN", "AID", "UKR")}),
        ("La Chine a arraisonné un navire philippin.", {("CHN", "COERCE", "PHL")}),
        ("Le Japon a stigmatisé la Corée du Nord.", {("JPN", "ACCUSE", "PRK")}),
        ("Séoul a intimidé Pyongyang.", {("KOR", "THREATEN", "PRK")}),
    ],
)
def test_construction_classes(nlp: Language, text: str, expected: set[Row]) -> None:
    assert expected <= _events(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # talks and trade are not releases
        ("La Chine et l'Inde ont échangé leurs vues sur la frontière.", ("CHN", "CONCEDE", "IND")),
        ("Les échanges entre la Chine et le Laos ont atteint 5 milliards de dollars.",
         ("CHN", "CONSULT", "LAO")),
        # one actor alone decides; a neutral name is no accusation
        ("Le Japon a décidé de coopérer avec l'Inde.", ("JPN", "AGREE", "IND")),
        ("Le Japon a qualifié la Chine de partenaire important.", ("JPN", "ACCUSE", "CHN")),
        # an attack the accused did not do is not aimed at the accuser
        ("Tokyo a dénoncé les exercices de la Chine malgré les sanctions de l'ONU.",
         ("UNO", "SANCTION", "JPN")),
    ],
)
def test_construction_non_events(nlp: Language, text: str, unexpected: Row) -> None:
    assert unexpected not in _events(nlp, text)


def _party(name: str) -> Party:
    return Party(name, name[:3].upper(), "state", 0, len(name))


@pytest.mark.parametrize(
    ("event_type", "mutual", "expected"),
    [
        ("CONSULT", True, [("Arménie", "Azerbaïdjan")]),
        ("RETREAT", True, [("Arménie", "Azerbaïdjan"), ("Azerbaïdjan", "Arménie")]),
        ("SANCTION", False, []),
    ],
)
def test_dyads_of_co_actors(event_type: str, mutual: bool, expected: list[tuple[str, str]]) -> None:
    vocab = Vocab()
    doc = Doc(vocab, words=["trêve"])
    frame = Frame(trigger=doc[0], event_type=event_type, action="trêve",
                  actors=[_party("Arménie"), _party("Azerbaïdjan")], mutual=mutual)
    pairs = dyads(frame, frozenset({"CONSULT", "AGREE", "COOPERATE"}))
    assert [(a.name, p.name) for a, p in pairs] == expected


@pytest.mark.parametrize(
    ("words", "spaces", "sent_starts", "expected"),
    [
        # a full stop the parser ran through
        (["Il", "a", "tiré", ".", "Kiev", "répond", "."], None,
         [True, False, False, False, False, False, False], ["Il a tiré .", "Kiev répond ."]),
        # an initial is not a sentence end
        (["Selon", "J", ".", "Biden", "rien", "."], None,
         [True, False, False, False, False, False], ["Selon J . Biden rien ."]),
        # a parser cut before a comma is an error
        (["Marcos", "Jr.", ",", "a", "parlé", "."], None,
         [True, False, True, False, False, False], ["Marcos Jr. , a parlé ."]),
    ],
)
def test_event_sentences_repair_cuts(
    words: list[str], spaces: list[bool] | None, sent_starts: list[bool], expected: list[str]
) -> None:
    doc = Doc(Vocab(), words=words, spaces=spaces, sent_starts=sent_starts)
    assert [s.text.strip() for s in event_sentences(doc)] == expected


@pytest.mark.parametrize(
    ("expression", "event_type"),
    [
        ("fermer", "SANCTION"),
        ("interdiction", "SANCTION"),
        ("approvisionner", "AID"),
        ("ravitaillement", "AID"),
        ("désescalade", "RETREAT"),
        ("convier", "REQUEST"),
        ("stigmatiser", "ACCUSE"),
        ("imputer", "ACCUSE"),
        ("démenti", "REJECT"),
        ("intimidation", "THREATEN"),
        ("arraisonner", "COERCE"),
        ("affrontement", "ASSAULT"),
        ("amnistie", "CONCEDE"),
        ("hommage", "SUPPORT"),
        ("visioconférence", "CONSULT"),
        ("accord-cadre", "AGREE"),
    ],
)
def test_new_lexicon_classes(expression: str, event_type: str) -> None:
    lexicon = Lexicon.load()
    entries = {t.expression: t.event_type
               for table in (lexicon.verbs, lexicon.nouns) for ts in table.values() for t in ts}
    assert entries[expression] == event_type


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday between the verb and its object: the object stays the verb's
        ("La France a appelé vendredi l'Arménie et l'Azerbaïdjan à la retenue.",
         {("FRA", "REQUEST", "ARM"), ("FRA", "REQUEST", "AZE")}),
        ("Le Japon a félicité mardi la Corée du Sud.", {("JPN", "SUPPORT", "KOR")}),
        # a collective object does not include the subject that acts on it
        ("L'Éthiopie accuse l'Érythrée d'ingérence. Le Kenya, voisin de l'Éthiopie, a exhorté "
         "jeudi les deux pays au dialogue.", {("KEN", "REQUEST", "ETH"), ("KEN", "REQUEST", "ERI")}),
        ("La Serbie a dénoncé les menaces du Kosovo. La Hongrie, alliée de Belgrade, a appelé "
         "mardi les deux voisins à la retenue.", {("HUN", "REQUEST", "SRB"), ("HUN", "REQUEST", "XKX")}),
        # a means phrase before the object: the object stays the verb's
        ("Des chars azerbaïdjanais ont pilonné au mortier deux villages arméniens.",
         {("AZE", "ASSAULT", "ARM")}),
        # blaming verbs: the one an act is imputed to is accused
        ("La Lituanie a imputé à Minsk une série de cyberattaques.", {("LTU", "ACCUSE", "BLR")}),
    ],
)
def test_objects_collectives_and_blame(nlp: Language, text: str, expected: set[Row]) -> None:
    found = _events(nlp, text)
    assert expected <= found
    assert not {row for row in found if row[0] == row[2]}
