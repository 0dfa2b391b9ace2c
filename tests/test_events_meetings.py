"""Meetings and agreements the parse hides: rounds of talks, future visits, misplaced agents."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.events.verbal import agent_of
from tests.events_docs import build_doc
from tests.test_events_model import Row, events


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the round noun, not the talks, carries the "entre" phrase
        ("Le deuxième cycle de pourparlers entre Rabat et Madrid s'est achevé hier.",
         {("MAR", "CONSULT", "ESP", "asserted")}),
        ("Un nouveau round de négociations entre Tbilissi et Erevan est prévu en octobre.",
         {("GEO", "CONSULT", "ARM", "planned")}),
        # three parties: the first named with each of the others
        ("La troisième session de discussions entre le Chili, le Pérou et la Bolivie a eu lieu "
         "à Quito.",
         {("CHL", "CONSULT", "PER", "asserted"), ("CHL", "CONSULT", "BOL", "asserted")}),
        # a future visit goes to its destination
        ("La ministre portugaise se rendra à Luanda au printemps.",
         {("PRT", "CONSULT", "AGO", "planned")}),
        ("Le chef de la diplomatie indonésienne se rendra à Manille la semaine prochaine.",
         {("IDN", "CONSULT", "PHL", "planned")}),
        # "par X" hung on the place phrase before it is still the host
        ("Le ministre ivoirien a été reçu lundi à Accra par le président ghanéen.",
         {("GHA", "CONSULT", "CIV", "asserted")}),
        ("La présidente moldave a été accueillie samedi à Bucarest par son homologue roumain.",
         {("ROU", "CONSULT", "MDA", "asserted")}),
        # reaching and sealing an agreement
        ("Quito et Lima sont parvenus à un compromis sur la pêche.",
         {("ECU", "AGREE", "PER", "asserted")}),
        ("Les négociations ont abouti dimanche : Oslo et Stockholm ont scellé un accord "
         "énergétique.", {("NOR", "AGREE", "SWE", "asserted")}),
        ("Les présidents argentin, uruguayen et paraguayen ont scellé à Asuncion un pacte "
         "commercial.",
         {("ARG", "AGREE", "URY", "asserted"), ("ARG", "AGREE", "PRY", "asserted")}),
    ],
)
def test_meetings_and_agreements_the_parse_hides(
    nlp: Language, text: str, expected: set[Row]
) -> None:
    assert events(nlp, text) == expected


_RECEIVED_AT_LIMA = [
    ("Il", "il", "PRON", "nsubj:pass", 3),
    ("a", "avoir", "AUX", "aux:tense", 3),
    ("été", "être", "AUX", "aux:pass", 3),
    ("reçu", "recevoir", "VERB", "ROOT", 3),
    ("à", "à", "ADP", "case", 5),
    ("Lima", "Lima", "PROPN", "obl:mod", 3),
    ("par", "par", "ADP", "case", 7),
]


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        # "Il a été reçu à Lima par le ministre": the parser hung "par …" on "Lima".
        ([("le", "le", "DET", "det", 8), ("ministre", "ministre", "NOUN", "nmod", 5)], "ministre"),
        # "… à Lima par téléphone": a means, not an agent
        ([("téléphone", "téléphone", "NOUN", "nmod", 5)], None),
    ],
)
def test_agent_under_oblique(
    tail: list[tuple[str, str, str, str, int]], expected: str | None
) -> None:
    rows = list(_RECEIVED_AT_LIMA)
    rows[6] = ("par", "par", "ADP", "case", len(rows) + len(tail) - 1)
    found = agent_of(build_doc([*rows, *tail])[3])
    assert (found.text if found is not None else None) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Il" before a modal read as impersonal by the parser: the person named before
        ("Le ministre suédois des Affaires étrangères a salué la trêve. Il doit rencontrer en "
         "juillet le président letton.", {("SWE", "CONSULT", "LVA", "planned")}),
        ("Le chef de la diplomatie autrichienne a salué l'accord. Il doit recevoir demain le "
         "ministre slovène.", {("AUT", "CONSULT", "SVN", "planned")}),
        # the one who was somewhere "pour" meet acts
        ("Le ministre béninois a quitté Cotonou mardi. Le lendemain, il était à Niamey pour "
         "s'entretenir avec le président nigérien.", {("BEN", "CONSULT", "NER", "asserted")}),
        # the parser cuts the sentence before "pour"
        ("Son ministre des Affaires étrangères, Kofi Mensah, s'était rendu à Bamako le 2 mai, où "
         "il avait été reçu par le président malien. Deux jours plus tard, il était à Abidjan "
         "pour s'entretenir avec le président ivoirien.",
         {("", "CONSULT", "MLI", "asserted"), ("", "CONSULT", "CIV", "asserted")}),
        ("Dès vendredi, la ministre néerlandaise était à Varsovie pour rencontrer son homologue "
         "polonais.", {("NLD", "CONSULT", "POL", "asserted")}),
    ],
)
def test_subjects_of_modals_and_purpose_clauses(
    nlp: Language, text: str, expected: set[Row]
) -> None:
    assert {r for r in events(nlp, text) if r[1] == "CONSULT"} == expected
