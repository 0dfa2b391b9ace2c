"""Material acts on invented sentences: seizing, blockades, recalls and expulsions,
leaving an organisation, exemptions, arms sales, sending troops, deployments in
another state, joint drills, exchanges between two sides."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.events.arguments import Party
from pipeline.events.lexicon import Lexicon
from pipeline.events.nominal import _drilled_together, _exchanged_between

Row = tuple[str, str, str]


def _party(name: str) -> Party:
    return Party(name, name[:3].upper(), "state", 0, 1)


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.load()


@pytest.mark.parametrize(
    ("expression", "pos", "event_type", "word_class"),
    [
        ("s'emparer", "VERB", "ASSAULT", "seizing"),
        ("conquérir", "VERB", "ASSAULT", "seizing"),
        ("prendre le contrôle", "VERB", "COERCE", "seizing"),
        ("neutraliser", "VERB", "ASSAULT", "attacking"),
        ("embuscade", "NOUN", "ASSAULT", "attacking"),
        ("blocus", "NOUN", "COERCE", "blockading"),
        ("quitter", "VERB", "SANCTION", "leaving"),
        ("rappeler ambassadeur", "VERB", "SANCTION", "recalling"),
        ("renvoyer diplomate", "VERB", "SANCTION", "recalling"),
        ("exempter", "VERB", "CONCEDE", "easing"),
        ("vente arme", "NOUN", "AID", "supplying"),
        ("envoyer troupe", "VERB", "MOBILIZE", "deploying"),
        ("envoi soldat", "NOUN", "MOBILIZE", "deploying"),
    ],
)
def test_material_entries_in_lexicon(
    lexicon: Lexicon, expression: str, pos: str, event_type: str, word_class: str
) -> None:
    table = lexicon.verbs if pos == "VERB" else lexicon.nouns
    found = [t for entries in table.values() for t in entries if t.expression == expression]
    assert [(t.event_type, t.word_class) for t in found] == [(event_type, word_class)]


def test_leaving_is_filtered_like_joining(lexicon: Lexicon) -> None:
    assert "leaving" in lexicon.cue("joining_classes")


@pytest.mark.parametrize(
    ("lemma", "actors", "partners", "expected"),
    [
        ("échange", [], ["Russie", "Ukraine"], True),
        ("trêve", [], ["Inde", "Pakistan"], True),
        ("échange", ["Qatar"], ["Russie", "Ukraine"], False),  # a directed act has its actor
        ("échange", [], ["Russie"], False),  # one side is no exchange
        ("sanction", [], ["Russie", "Iran"], False),  # not a reciprocal noun
    ],
)
def test_exchanged_between(
    lexicon: Lexicon, lemma: str, actors: list[str], partners: list[str], expected: bool
) -> None:
    doc = Doc(Vocab(), words=[lemma], lemmas=[lemma], pos=["NOUN"])
    assert _exchanged_between(doc[0], [_party(a) for a in actors], [_party(p) for p in partners], lexicon) is expected


@pytest.mark.parametrize(
    ("expression", "actors", "partners", "expected"),
    [
        ("manœuvre", ["Russie", "Biélorussie"], [], True),
        ("exercice", ["Japon", "Inde"], [], True),
        ("manœuvre", ["Russie"], [], False),  # one state alone mobilises
        ("manœuvre", ["Chine", "Russie"], ["Japon"], False),  # drills aimed at someone
        ("déploiement", ["Russie", "Biélorussie"], [], False),  # not a drill
    ],
)
def test_drilled_together(
    lexicon: Lexicon, expression: str, actors: list[str], partners: list[str], expected: bool
) -> None:
    trigger = next(t for t in lexicon.nouns[expression] if t.expression == expression)
    assert _drilled_together(trigger, [_party(a) for a in actors], [_party(p) for p in partners], lexicon) is expected


def events(nlp: Language, text: str) -> set[Row]:
    doc = nlp.make_doc(text)
    doc._.doc_id, doc._.doc_date = "t", "2025-06-15"
    return {(e.actor_code or e.actor, e.event_type, e.partner_code or e.partner) for e in nlp(doc)._.events}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # seizing ground, blockades, attacks named by their outcome
        ("Les rebelles du M23 se sont emparés de Butembo en avril.", {("M23", "ASSAULT", "COD")}),
        ("La ville de Tunis subit un blocus imposé par la Libye.", {("LBY", "COERCE", "TUN")}),
        ("L'armée nigériane a neutralisé plusieurs combattants de Boko Haram.",
         {("NGA", "ASSAULT", "Boko Haram")}),
        ("Boko Haram a tendu une embuscade à l'armée nigériane.", {("Boko Haram", "ASSAULT", "NGA")}),
        # leaving an organisation; leaving a city is no event
        ("La Turquie a quitté l'OTAN en 2030.", {("TUR", "SANCTION", "NATO")}),
        ("Le ministre a quitté Paris mardi.", set()),
        # recalls and expulsions of diplomats; "rappeler" alone is no sanction
        ("La Bolivie a rappelé son ambassadeur au Chili.", {("BOL", "SANCTION", "CHL")}),
        ("Le Chili a renvoyé deux diplomates péruviens.", {("CHL", "SANCTION", "PER")}),
        ("Le Pérou a rappelé au Chili ses engagements.", set()),
        # exemptions, arms sales
        ("Le Brésil a décidé d'exempter l'Argentine de ces droits.", {("BRA", "CONCEDE", "ARG")}),
        ("La Suède a vendu des armes à l'Ukraine.", {("SWE", "AID", "UKR")}),
        # troops sent or deployed in another state: that state is the partner
        ("Le Tchad a envoyé des troupes au Niger.", {("TCD", "MOBILIZE", "NER")}),
        ("Le Canada a annoncé l'envoi de soldats en Lettonie.", {("CAN", "MOBILIZE", "LVA")}),
        ("La Russie a déployé des troupes en Biélorussie.", {("RUS", "MOBILIZE", "BLR")}),
        ("Des soldats américains restent déployés dans le nord de la Syrie.", {("USA", "MOBILIZE", "SYR")}),
        # an agentless passive: the forces deployed are the deploying side; with an agent, the agent
        ("Des troupes russes ont été déployées en Biélorussie.", {("RUS", "MOBILIZE", "BLR")}),
        ("Des soldats français sont déployés au Tchad depuis 2019.", {("FRA", "MOBILIZE", "TCD")}),
        ("Des missiles ont été déployés par la Russie en Biélorussie.", {("RUS", "MOBILIZE", "BLR")}),
        # drills by co-actors are cooperation; exchanges between two sides go both ways
        ("Les manœuvres menées par la Russie et la Biélorussie ont commencé.", {("RUS", "COOPERATE", "BLR")}),
        ("Le Qatar a facilité un échange de prisonniers entre la Russie et l'Ukraine.",
         {("RUS", "CONCEDE", "UKR"), ("UKR", "CONCEDE", "RUS"),
          ("QAT", "CONSULT", "RUS"), ("QAT", "CONSULT", "UKR")}),
        # a state's treasury acts for the state
        ("Le Trésor américain a sanctionné le Venezuela.", {("USA", "SANCTION", "VEN")}),
    ],
)
def test_material_acts(nlp: Language, text: str, expected: set[Row]) -> None:
    assert events(nlp, text) == expected
