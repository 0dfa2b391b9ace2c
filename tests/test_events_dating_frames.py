"""Dates framed by the clause around the event: "lorsque" hosts of participles, "de la même année"."""

from __future__ import annotations

import pytest
from events_docs import Dated, dated_rows
from spacy.language import Language

from pipeline.events.dating import date_mentions

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The participle is parsed under a noun of the "lorsque" clause; the clause's
        # time is the main clause's ("au début du mois").
        (
            "La crise s'est brusquement aggravée au début du mois, lorsque le ministre "
            "malien des Affaires étrangères a adressé une lettre au secrétaire général de "
            "l'ONU, accusant le Niger de « préparer la guerre ».",
            ("MLI", "ACCUSE", "NER", "2025-06"),
        ),
        (
            "Le différend a éclaté en mars, quand le gouvernement chilien a envoyé une note "
            "à l'ambassadeur de Bolivie, dénonçant le Pérou pour ses « manœuvres hostiles ».",
            ("CHL", "ACCUSE", "PER", "2025-03"),
        ),
    ],
)
def test_participle_of_a_when_clause_takes_the_main_date(
    nlp: Language, text: str, expected: Dated
) -> None:
    assert expected in dated_rows(nlp, text)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # "de la même année" only completes "avril": the bare year must not compete
        # with the month for the verb (it would win when nearer to the trigger).
        (
            "Les discussions avaient repris en 2023. La rencontre de Mendoza, en avril de "
            "la même année, n'avait pas produit la trêve espérée par Santiago.",
            ["2023-04"],
        ),
        (
            "Le traité avait été signé en 2019. La visite de Dakar, en octobre de la même "
            "année, n'avait rien changé.",
            ["2019-10"],
        ),
    ],
)
def test_year_completing_a_month_is_no_date_of_its_own(
    nlp: Language, text: str, values: list[str]
) -> None:
    doc = nlp.make_doc(text)
    doc._.doc_id, doc._.doc_date = "t", "2025-06-15"
    doc = nlp(doc)
    second = list(doc.sents)[-1]
    assert [m.timex.value for m in date_mentions(second, set())] == values
