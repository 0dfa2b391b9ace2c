"""Talks named as a setting or state, and title owners (invented sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.events.occasion_talks import is_occasion, is_state
from pipeline.events.title_owners import without_title_owners
from tests.events_docs import build_doc
from tests.test_events_model import events

_DURING = frozenset({"lors", "cours", "pendant", "durant", "marge", "issue"})

# "Elle a parlé lors d'un entretien avec Oslo ."
_LORS = [
    ("Elle", "elle", "PRON", "nsubj", 1), ("a parlé", "parler", "VERB", "ROOT", 1),
    ("lors", "lors", "ADV", "advmod", 1), ("d'", "de", "ADP", "case", 5),
    ("un", "un", "DET", "det", 5), ("entretien", "entretien", "NOUN", "obl:arg", 2),
    ("avec", "avec", "ADP", "case", 7), ("Oslo", "Oslo", "PROPN", "nmod", 5),
]
# "Elle a parlé pendant la rencontre avec Oslo ."
_PENDANT = [
    ("Elle", "elle", "PRON", "nsubj", 1), ("a parlé", "parler", "VERB", "ROOT", 1),
    ("pendant", "pendant", "ADP", "case", 4), ("la", "le", "DET", "det", 4),
    ("rencontre", "rencontre", "NOUN", "obl:mod", 1),
    ("avec", "avec", "ADP", "case", 6), ("Oslo", "Oslo", "PROPN", "nmod", 4),
]
# "Un entretien avec Oslo a eu lieu ."
_PLAIN = [
    ("Un", "un", "DET", "det", 1), ("entretien", "entretien", "NOUN", "nsubj", 4),
    ("avec", "avec", "ADP", "case", 3), ("Oslo", "Oslo", "PROPN", "nmod", 1),
    ("a eu", "avoir", "VERB", "ROOT", 4), ("lieu", "lieu", "NOUN", "obj", 4),
]
# "Lima est en contact avec Oslo ."
_STATE = [
    ("Lima", "Lima", "PROPN", "nsubj", 3), ("est", "être", "AUX", "cop", 3),
    ("en", "en", "ADP", "case", 3), ("contact", "contact", "NOUN", "ROOT", 3),
    ("avec", "avec", "ADP", "case", 5), ("Oslo", "Oslo", "PROPN", "nmod", 3),
]
# "Lima parle en marge du sommet ."
_MARGIN = [
    ("Lima", "Lima", "PROPN", "nsubj", 1), ("parle", "parler", "VERB", "ROOT", 1),
    ("en", "en", "ADP", "case", 3), ("marge", "marge", "NOUN", "obl:mod", 1),
    ("du", "de", "ADP", "case", 5), ("sommet", "sommet", "NOUN", "nmod", 3),
]


@pytest.mark.parametrize(
    ("rows", "noun", "expected"),
    [(_LORS, 5, True), (_PENDANT, 4, True), (_PLAIN, 1, False), (_STATE, 3, False)],
)
def test_occasion_is_read_from_either_parse(rows: list, noun: int, expected: bool) -> None:
    assert is_occasion(build_doc(rows)[noun], _DURING) is expected


@pytest.mark.parametrize(
    ("rows", "noun", "expected"),
    [(_STATE, 3, True), (_MARGIN, 3, True), (_MARGIN, 5, False), (_PLAIN, 1, False)],
)
def test_state_is_a_bare_noun_after_en(rows: list, noun: int, expected: bool) -> None:
    assert is_state(build_doc(rows)[noun]) is expected


# "Le conseiller du président Jon Vik pour l' Asie , Ola Berg , part ."
_TITLE = [
    ("Le", "le", "DET", "det", 1), ("conseiller", "conseiller", "NOUN", "nsubj", 14),
    ("du", "de", "ADP", "case", 3), ("président", "président", "NOUN", "nmod", 1),
    ("Jon", "Jon", "PROPN", "flat:name", 3), ("Vik", "Vik", "PROPN", "flat:name", 3),
    ("pour", "pour", "ADP", "case", 8), ("l'", "le", "DET", "det", 8),
    ("Asie", "Asie", "PROPN", "nmod", 1), (",", ",", "PUNCT", "punct", 10),
    ("Ola", "Ola", "PROPN", "appos", 8), ("Berg", "Berg", "PROPN", "flat:name", 10),
    (",", ",", "PUNCT", "punct", 10), ("il", "il", "PRON", "expl", 14),
    ("part", "partir", "VERB", "ROOT", 14),
]


@pytest.mark.parametrize(
    ("actors", "expected"),
    [
        # the holder named after the comma replaces the owner of the title
        ([(3, 6, "Jon Vik", "", "person"), (10, 12, "Ola Berg", "", "person")], ["Ola Berg"]),
        # no holder named: the genitive person stays
        ([(3, 6, "Jon Vik", "", "person")], ["Jon Vik"]),
        # a state in the genitive is not a title owner: the phrase is unchanged
        ([(3, 6, "Norvège", "NOR", "state"), (10, 12, "Ola Berg", "", "person")], ["Norvège"]),
    ],
)
def test_title_owner_gives_way_to_named_holder(actors: list, expected: list[str]) -> None:
    doc = build_doc(_TITLE, actors)
    spans = list(doc.spans["actors"])
    phrase = [s for s in spans if s.end <= 6]
    kept = without_title_owners(doc[1], phrase, spans)
    assert sorted(s._.actor for s in kept) == sorted(expected)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # talks named as the setting of a statement
        ("« Nous tiendrons », a assuré le ministre portugais lors d'un entretien téléphonique "
         "avec son homologue marocain.", {("PRT", "CONSULT", "MAR", "asserted")}),
        ("Le ministre malien a déclaré au cours d'une rencontre avec son homologue nigérien "
         "que la frontière resterait ouverte.", {("MLI", "CONSULT", "NER", "asserted")}),
        # inverted subject pronoun of the attribution
        ("Le ministre iranien Ali Rezaei a démenti. « Le Liban décide seul », a-t-il assuré "
         "lors d'un entretien avec son homologue koweïtien.",
         {("IRN", "CONSULT", "KWT", "asserted")}),
        # talks named as a state: "être en contact", "en visite"
        ("Le ministre qatari a indiqué être en contact permanent avec Washington et avec Téhéran.",
         {("QAT", "CONSULT", "USA", "asserted"), ("QAT", "CONSULT", "IRN", "asserted")}),
        ("Le Pérou est en négociation avec le Chili.", {("PER", "CONSULT", "CHL", "asserted")}),
        ("Le ministre estonien, en visite à Vilnius, a rencontré la presse.",
         {("EST", "CONSULT", "LTU", "asserted")}),
        # support verbs of talks
        ("Madrid a privilégié des contacts bilatéraux avec le gouvernement tunisien.",
         {("ESP", "CONSULT", "TUN", "asserted")}),
        ("Le Brésil a renoué le dialogue avec la Bolivie.", {("BRA", "CONSULT", "BOL", "asserted")}),
        # a directed act stated as a manner is left alone
        ("Les rebelles ont frappé des navires, affirmant agir en solidarité avec les Kurdes.",
         set()),
    ],
)
def test_talks_named_as_setting_or_state(nlp: Language, text: str, expected: set) -> None:
    found = {row for row in events(nlp, text) if row[1] in ("CONSULT", "SUPPORT")}
    assert found == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Le conseiller du président Jon Vik pour l'Asie, Ola Berg, s'est rendu à Hanoï en mars.",
         "Ola Berg"),
        ("L'émissaire du Premier ministre Jan Kowal, Piotr Nowak, a rencontré le président chilien.",
         "Piotr Nowak"),
    ],
)
def test_named_holder_of_a_title_acts(nlp: Language, text: str, actor: str) -> None:
    doc = nlp.make_doc(text)
    doc._.doc_id, doc._.doc_date = "t", "2025-06-15"
    assert {e.actor for e in nlp(doc)._.events} == {actor}
