"""Event arguments: who acts and with whom, by class of French construction.

Hand-built parses test the pure rules (pronoun binding, lists, stranded
conjuncts); model tests run invented sentences through the whole pipeline.
"""

from __future__ import annotations

import pytest
from events_docs import build_doc
from spacy.language import Language

from pipeline.events.arguments import ActorIndex, names_ending_at, parties_at
from pipeline.events.binding import clause_subject, in_controlled_clause
from pipeline.events.pronouns import pronoun_features

# "Reçu par Sato , il a signé avec lui ."
RECEIVED = build_doc(
    [
        ("Reçu", "recevoir", "VERB", "advcl", 6, "Tense=Past|VerbForm=Part"),
        ("par", "par", "ADP", "case", 2),
        ("Sato", "Sato", "PROPN", "obl:agent", 0),
        (",", ",", "PUNCT", "punct", 0),
        ("il", "il", "PRON", "nsubj", 6, "Gender=Masc|Number=Sing|Person=3"),
        ("a", "avoir", "AUX", "aux:tense", 6, "Mood=Ind|Tense=Pres|VerbForm=Fin"),
        ("signé", "signer", "VERB", "ROOT", 6, "Tense=Past|VerbForm=Part"),
        ("avec", "avec", "ADP", "case", 8),
        ("lui", "lui", "PRON", "obl:mod", 6),
        (".", ".", "PUNCT", "punct", 6),
    ],
    [(2, 3, "Akira Sato", "JPN", "person")],
)

# "Sans attendre Bruxelles , la Lettonie et la Lituanie ont signé ." (parse lost the subject)
WAITING = build_doc(
    [
        ("Sans", "sans", "ADP", "mark", 1),
        ("attendre", "attendre", "VERB", "advcl", 10, "VerbForm=Inf"),
        ("Bruxelles", "Bruxelles", "PROPN", "obj", 1),
        (",", ",", "PUNCT", "punct", 4),
        ("la", "le", "DET", "det", 4),
        ("Lettonie", "Lettonie", "PROPN", "obl:mod", 1),
        ("et", "et", "CCONJ", "cc", 7),
        ("la", "le", "DET", "det", 7),
        ("Lituanie", "Lituanie", "PROPN", "conj", 5),
        ("ont", "avoir", "AUX", "aux:tense", 10, "Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin"),
        ("signé", "signer", "VERB", "ROOT", 10, "Tense=Past|VerbForm=Part"),
        (".", ".", "PUNCT", "punct", 10),
    ],
    [(2, 3, "Union européenne", "EU", "org"), (5, 6, "Lettonie", "LVA", "state"),
     (8, 9, "Lituanie", "LTU", "state")],
)

# "Il s' est rendu à Moscou lundi puis à Pékin ." with "Pékin" hung on "lundi"
TOUR = build_doc(
    [
        ("Il", "il", "PRON", "nsubj", 3),
        ("s'", "se", "PRON", "expl:comp", 3),
        ("est", "être", "AUX", "aux:tense", 3),
        ("rendu", "rendre", "VERB", "ROOT", 3, "Tense=Past|VerbForm=Part"),
        ("à", "à", "ADP", "case", 5),
        ("Moscou", "Moscou", "PROPN", "obl:mod", 3),
        ("lundi", "lundi", "NOUN", "obl:mod", 3),
        ("puis", "puis", "CCONJ", "cc", 9),
        ("à", "à", "ADP", "case", 9),
        ("Pékin", "Pékin", "PROPN", "conj", 6),
        (".", ".", "PUNCT", "punct", 3),
    ],
    [(5, 6, "Russie", "RUS", "state"), (9, 10, "Chine", "CHN", "state")],
)


def test_pronoun_is_not_the_agent_of_its_own_participle() -> None:
    sato, il = RECEIVED[2], RECEIVED[4]
    assert in_controlled_clause(sato, il)


def test_object_pronoun_is_not_its_clause_subject() -> None:
    assert clause_subject(RECEIVED[8]).text == "il"
    assert clause_subject(RECEIVED[4]) is None


@pytest.mark.parametrize(
    ("index", "expected"),
    [(4, ("Sing", "Masc")), (8, ("Sing", "Masc")), (1, None)],
    ids=["il", "lui", "preposition"],
)
def test_pronoun_features(index: int, expected: tuple[str, str] | None) -> None:
    assert pronoun_features(RECEIVED[index]) == expected


def test_subject_list_stops_at_a_governed_name() -> None:
    index = ActorIndex(WAITING)
    subjects = names_ending_at(8, WAITING, index, subjects=True)
    assert [p.code for p in subjects] == ["LVA", "LTU"]
    # Object lists keep walking over commas ("a rencontré A, B et C").
    assert [p.code for p in names_ending_at(8, WAITING, index)] == ["EU", "LVA", "LTU"]


def test_stranded_conjunct_with_the_same_preposition() -> None:
    index = ActorIndex(TOUR)
    assert [p.code for p in parties_at(TOUR[5], index)] == ["RUS", "CHN"]


def _events(nlp: Language, text: str) -> set[tuple[str, str, str, str]]:
    doc = nlp.make_doc(text)
    doc._.doc_id, doc._.doc_date = "t", "2025-06-15"
    return {(e.actor_code, e.event_type, e.partner_code, e.modality) for e in nlp(doc)._.events}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive agent after the adverb "par ailleurs"
        ("Un traité a par ailleurs été signé lundi par les gouvernements italien et grec.",
         {("ITA", "AGREE", "GRC", "asserted")}),
        # a fronted passive participle: its subject is the main one; "il" ≠ the agent, "lui" ≠ "il"
        ("Le président kenyan s'est rendu au Brésil. Accueilli par le président brésilien, "
         "il a signé avec lui un accord commercial.",
         {("KEN", "CONSULT", "BRA", "asserted"), ("KEN", "AGREE", "BRA", "asserted")}),
        # "elle" after a person whose title the parser read as a coordination
        ("La présidente moldave, Maia Sandu, a remercié Rome pour son aide. "
         "Elle doit se rendre à Varsovie la semaine prochaine.",
         {("MDA", "SUPPORT", "ITA", "asserted"), ("MDA", "CONSULT", "POL", "planned")}),
        # an object clitic goes back past the relative clause's own antecedent
        ("Le ministre indien s'est entretenu avec son homologue brésilien, qui l'a invité à Brasilia.",
         {("IND", "CONSULT", "BRA", "asserted"), ("BRA", "REQUEST", "IND", "asserted")}),
        # a list of subjects does not take in the object of a fronted clause
        ("Sans attendre Bruxelles, la Pologne et la Lituanie ont expulsé des diplomates biélorusses.",
         {("POL", "SANCTION", "BLR", "asserted"), ("LTU", "SANCTION", "BLR", "asserted")}),
        # a second destination the parser attached elsewhere
        ("Le Premier ministre indien, qui s'est rendu à Tokyo mardi dernier puis à Séoul jeudi, "
         "a salué ses hôtes.",
         {("IND", "CONSULT", "JPN", "asserted"), ("IND", "CONSULT", "KOR", "asserted")}),
        # capitalised demonyms without an article, in a pair
        ("Les pourparlers entre Indiens et Pakistanais ont repris.",
         {("IND", "CONSULT", "PAK", "asserted")}),
        # "les Alliés" and "l'Alliance" capitalised are NATO
        ("Le sommet engage les Alliés à fournir des munitions à la Moldavie.",
         {("NATO", "AID", "MDA", "planned")}),
        # an appositive title of another country starts the next phrase
        ("Après avoir rencontré Emmanuel Macron, le président brésilien a signé un accord avec l'Inde.",
         {("BRA", "CONSULT", "FRA", "asserted"), ("BRA", "AGREE", "IND", "asserted")}),
        # the agent of a passive participle on an event noun acts, even when misattached
        ("Le Japon a condamné la guerre menée par l'Éthiopie contre l'Érythrée.",
         {("ETH", "ASSAULT", "ERI", "asserted"), ("JPN", "ACCUSE", "ETH", "asserted")}),
        ("Le rapport voit la Chine comme un soutien clé de la guerre menée par l'Éthiopie "
         "contre l'Érythrée, accusant Pékin de livrer des drones.",
         {("ETH", "ASSAULT", "ERI", "asserted")}),
        # the partner hung on the means: "par téléphone avec X"
        ("Le président chilien s'est entretenu jeudi par téléphone avec le président argentin.",
         {("CHL", "CONSULT", "ARG", "asserted")}),
        # the subject before a relative clause between commas; "dont" names some of the objects
        ("Belgrade, qui juge ces manœuvres défensives, a invité des diplomates étrangers, "
         "dont des officiers italiens, à y assister.",
         {("SRB", "REQUEST", "ITA", "asserted")}),
        # a visit at someone's invitation: the host invited the visitor
        ("Le président kenyan s'est rendu à Rome à l'invitation du président italien.",
         {("KEN", "CONSULT", "ITA", "asserted"), ("ITA", "REQUEST", "KEN", "asserted")}),
        # a concern with its own object is not about the last hostile act
        ("L'Éthiopie a attaqué l'Érythrée. Le porte-parole du ministère chinois a dénoncé un texte partial.",
         {("ETH", "ASSAULT", "ERI", "asserted")}),
        # "ses homologues grec, X, et chypriote, Y": one state per name, unknown people included
        ("Le ministre turc a rencontré ses homologues grec, Nikos Papadakis, et chypriote, "
         "Andreas Georgiou.",
         {("TUR", "CONSULT", "GRC", "asserted"), ("TUR", "CONSULT", "CYP", "asserted")}),
        ("Le ministre turc a rencontré ses homologues grec et chypriote.",
         {("TUR", "CONSULT", "GRC", "asserted"), ("TUR", "CONSULT", "CYP", "asserted")}),
        # the object after the place, hung on it by the parser
        ("Le président égyptien a reçu lundi au Caire le président kenyan.",
         {("EGY", "CONSULT", "KEN", "asserted")}),
    ],
    ids=["agent-after-adverb", "fronted-participle", "elle-person", "object-clitic",
         "governed-list-item", "stranded-destination", "bare-demonyms", "allies", "apposition-country",
         "participle-agent", "participle-agent-misattached", "means-then-partner", "relative-incise",
         "invitation", "concern-with-object", "elliptic-titles", "coordinated-title-demonyms",
         "object-after-place"],
)
def test_arguments_by_class(nlp: Language, text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert _events(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the purpose of a meeting is done with the people met, and planned like it
        ("Le ministre italien doit retrouver lundi son homologue grec pour signer un accord.",
         {("ITA", "CONSULT", "GRC", "planned"), ("ITA", "AGREE", "GRC", "planned")}),
        # an agreement concluded at a meeting is between its participants
        ("Un accord a été conclu à l'issue d'une rencontre entre la Grèce et la Turquie.",
         {("GRC", "AGREE", "TUR", "asserted"), ("GRC", "CONSULT", "TUR", "asserted")}),
        ("Un traité a été signé lors du sommet entre le Brésil et l'Argentine.",
         {("BRA", "AGREE", "ARG", "asserted"), ("BRA", "CONSULT", "ARG", "asserted")}),
        # an act with its own parties keeps them
        ("Lors du sommet entre le Brésil et l'Argentine, le Chili a signé un accord avec le Pérou.",
         {("BRA", "CONSULT", "ARG", "asserted"), ("CHL", "AGREE", "PER", "asserted")}),
        # a bare "son homologue": the state of the actor's latest act
        ("Le ministre italien s'est rendu à Athènes mardi. Il y a rencontré son homologue.",
         {("ITA", "CONSULT", "GRC", "asserted")}),
        # "ils" after two singular parties: both of them
        ("Le président chilien a reçu jeudi le président péruvien. Ils ont signé un accord.",
         {("CHL", "CONSULT", "PER", "asserted"), ("CHL", "AGREE", "PER", "asserted")}),
        # what is asked of someone is theirs to do
        ("Rome a demandé à Athènes de livrer des blindés à la Moldavie.",
         {("ITA", "REQUEST", "GRC", "asserted"), ("GRC", "AID", "MDA", "hypothetical")}),
        # what is promised to someone is done for them
        ("Le Brésil a promis à l'Angola de livrer des avions.",
         {("BRA", "AID", "AGO", "planned")}),
        ("Le Japon s'est engagé auprès du Laos à financer un barrage.",
         {("JPN", "AID", "LAO", "planned")}),
    ],
    ids=["purpose", "at-the-end-of", "during", "own-parties", "bare-counterpart", "split-ils",
         "asked-of", "promised-to", "committed-towards"],
)
def test_arguments_from_other_clauses(nlp: Language, text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert _events(nlp, text) == expected
