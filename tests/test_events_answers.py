"""Actors and partners that only the context gives: answers, coordinated reactions, pronoun chains."""

from __future__ import annotations

import pytest
from events_docs import dated_rows
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.events.pronouns import text_sentence_start


def _pairs(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return {(a, t, p) for a, t, p, _ in dated_rows(nlp, text)}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a condemnation answers the sanction just aimed at the one who reacts
        ("Le Canada a imposé des sanctions contre le Brésil. Le Brésil a condamné une mesure "
         "« arbitraire ».", ("BRA", "ACCUSE", "CAN")),
        # a rejection answers the threat just made against its actor
        ("L'Inde a menacé le Bangladesh de représailles. Le Bangladesh a rejeté « tout chantage ».",
         ("BGD", "REJECT", "IND")),
        # a rejection coordinated with an accusation shares its target
        ("Le Chili a rejeté « toute pression » et accusé l'Argentine de vouloir saboter les "
         "négociations.", ("CHL", "REJECT", "ARG")),
        # a condemnation coordinated with a threat that names its target
        ("Le Pérou a condamné les manœuvres et menacé le Chili de représailles.", ("PER", "ACCUSE", "CHL")),
        # an expulsion coordinated with an accusation
        ("La Bolivie a expulsé deux diplomates et accusé le Paraguay d'espionnage.", ("BOL", "SANCTION", "PRY")),
        # the accusing verb also carries the act it reports: its target still counts
        ("Le Chili a rejeté « tout ultimatum » et accusé Lima de vouloir « s'emparer du cuivre ».",
         ("CHL", "REJECT", "PER")),
    ],
    ids=["condemnation-answers-sanction", "rejection-answers-threat", "coordinated-rejection",
         "condemnation-and-threat", "expulsion-and-accusation", "rejection-and-reported-accusation"],
)
def test_reaction_takes_its_partner_from_the_context(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _pairs(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # a request's addressee is not the one condemned
        ("Le Pérou a condamné les frappes et demandé au Conseil de sécurité de se réunir.",
         ("PER", "ACCUSE", "UNO")),
    ],
    ids=["request-addressee"],
)
def test_request_gives_no_target_to_a_coordinated_reaction(
    nlp: Language, text: str, unexpected: tuple[str, str, str]
) -> None:
    assert unexpected not in _pairs(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # an act from another paragraph is not what the reaction answers
        "Le Canada a imposé des sanctions contre le Brésil.\n\nLe Brésil a condamné une mesure « arbitraire ».",
        # two authors: the context is ambiguous
        "Le Canada et le Mexique ont imposé des sanctions contre le Brésil. Le Brésil a condamné "
        "une mesure « arbitraire ».",
    ],
    ids=["other-paragraph", "two-authors"],
)
def test_ambiguous_context_gives_no_partner(nlp: Language, text: str) -> None:
    assert not {r for r in _pairs(nlp, text) if r[0] == "BRA" and r[1] == "ACCUSE"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Il … Il": the second pronoun continues the person the first stood for
        pytest.param(
            "Le ministre péruvien, Luis Ortega, a rencontré le président chilien. Il était ensuite "
            "au Brésil. Il a rencontré lundi le président équatorien.", ("PER", "CONSULT", "ECU"),
            marks=pytest.mark.xfail(reason="the state of the sentence before still wins over the chained subject"),
        ),
    ],
    ids=["chained-pronoun"],
)
def test_subject_pronoun_reaches_the_person_before(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _pairs(nlp, text)


#: "Il arrive. Il était à Quito | pour voir X | ." cut by the parser into four pieces.
_WORDS = ["Il", "arrive", ".", "Il", "était", "à", "Quito", "pour", "voir", "Ana", ".", "«", "Oui", "»"]
_STARTS = [True, False, False, True, False, False, False, True, False, False, True, True, False, False]


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        (1, 0),  # inside a whole sentence
        (8, 3),  # a piece opening with a lower-case word goes on the sentence before
        (10, 3),  # a lone full stop too
        (12, 11),  # a quotation opens a sentence of its own
        (-1, 0),  # before the document
    ],
    ids=["whole", "lower-case-piece", "lone-stop", "quotation", "before-start"],
)
def test_text_sentence_start(token: int, expected: int) -> None:
    doc = Doc(Vocab(), words=_WORDS, sent_starts=_STARTS)
    assert text_sentence_start(doc, token) == expected
