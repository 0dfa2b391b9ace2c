"""The present tense read by its date: a narrated past or an announced plan."""

from __future__ import annotations

import pytest
from events_docs import build_doc, dated_rows
from spacy.language import Language

from pipeline.events.narrated_present import date_side, simple_present

TODAY = "2025-06-15"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-08", -1), ("2024", -1), ("2025-06-14", -1), ("2024-01-01/2024-01-03", -1),
        ("2025-06", 0), ("2025-06-15", 0), ("2025", 0), ("2025-W24", 0), ("XXXX-06-20", 0),
        ("2025-06-16", 1), ("2025-07", 1), ("2025-W26", 1), ("2026", 1),
    ],
)
def test_date_side(value: str, expected: int) -> None:
    assert date_side(value, TODAY) == expected


@pytest.mark.parametrize(
    ("word", "morph", "auxiliary", "expected"),
    [
        ("signe", "Mood=Ind|Tense=Pres|VerbForm=Fin", False, True),
        # a plain present tagged as a future is still a present
        ("accueille", "Mood=Ind|Tense=Fut|VerbForm=Fin", False, True),
        ("accueillera", "Mood=Ind|Tense=Fut|VerbForm=Fin", False, False),
        ("signerait", "Mood=Cnd|Tense=Pres|VerbForm=Fin", False, False),
        # "a signé": the passé composé is no simple present
        ("signé", "Tense=Past|VerbForm=Part", True, False),
    ],
)
def test_simple_present(word: str, morph: str, auxiliary: bool, expected: bool) -> None:
    rows = [("Lima", "Lima", "PROPN", "nsubj", 2)]
    rows.append(("a", "avoir", "AUX", "aux:tense", 2) if auxiliary else ("en", "en", "ADV", "advmod", 2))
    rows.append((word, "signer", "VERB", "ROOT", 2, morph))
    assert simple_present(build_doc(rows)[2]) is expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past date: the present narrates a past act, asserted and dated
        ("En mars 2023, le Pérou signe un accord de pêche avec le Chili.",
         ("PER", "AGREE", "CHL", "2023-03", "asserted")),
        # a future date: the present announces a plan
        ("Le Pérou signe la semaine prochaine un accord de pêche avec le Chili.",
         ("PER", "AGREE", "CHL", "2025-W25", "planned")),
        # no date: the day's statement stays asserted and undated
        ("Le Pérou condamne les essais du Chili.", ("PER", "ACCUSE", "CHL", "", "asserted")),
    ],
    ids=["past-date", "future-date", "undated"],
)
def test_present_read_by_its_date(nlp: Language, text: str, expected: tuple[str, ...]) -> None:
    doc = nlp.make_doc(text)
    doc._.doc_id, doc._.doc_date = "t", TODAY
    rows = {(e.actor_code, e.event_type, e.partner_code, e.date, e.modality) for e in nlp(doc)._.events}
    assert expected in rows


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "dated"),
    [
        # the paragraph narrates a past day in the present: the next act shares it
        ("Tout commence le 3 mars 2023. Ce jour-là, le Pérou et la Bolivie signent un traité. "
         "Le Chili rappelle aussitôt son ambassadeur en Bolivie.",
         ("CHL", "SANCTION", "BOL"), True),
        # a present after a dated past-tense act is the day's statement
        ("Le Pérou a signé mardi un traité avec la Bolivie. Le Chili rappelle son ambassadeur en Bolivie.",
         ("CHL", "SANCTION", "BOL"), False),
    ],
    ids=["narrated-episode", "statement-of-the-day"],
)
def test_narrated_episode(nlp: Language, text: str, expected: tuple[str, str, str], dated: bool) -> None:
    rows = {(a, t, p): d for a, t, p, d in dated_rows(nlp, text, TODAY)}
    assert expected in rows
    assert bool(rows[expected]) is dated
