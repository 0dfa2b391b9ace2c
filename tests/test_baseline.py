"""The naive baseline on hand-built Docs (pipeline.evaluate.baseline); no model is loaded."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from pipeline.evaluate.baseline import baseline_events, load_trigger_lemmas, make_baseline
from pipeline.extensions import register_extensions
from pipeline.types import Timex

#: A minimal stand-in for the event lexicon, one class per type.
TRIGGERS = {"rencontrer": "CONSULT", "condamner": "ACCUSE", "attaquer": "ASSAULT"}

# (word, lemma, sentence start) — two sentences.
WORDS = [
    ("Le", "le", True),
    ("Japon", "Japon", False),
    ("a", "avoir", False),
    ("rencontré", "rencontrer", False),
    ("la", "le", False),
    ("Chine", "Chine", False),
    ("le", "le", False),
    ("3", "3", False),
    ("mai", "mai", False),
    (".", ".", False),
    ("La", "le", True),
    ("Russie", "Russie", False),
    ("et", "et", False),
    ("l'", "le", False),
    ("Ukraine", "Ukraine", False),
    ("discutent", "discuter", False),
    (".", ".", False),
]


def build_doc(
    actors: list[tuple[int, int, str, str]],
    timexes: Sequence[tuple[int, int, str, str]] = (),
    lemmas: dict[int, str] | None = None,
) -> Doc:
    """A Doc of :data:`WORDS` with actor and timex spans set by hand."""
    register_extensions()
    lemma_list = [lemma for _, lemma, _ in WORDS]
    for index, lemma in (lemmas or {}).items():
        lemma_list[index] = lemma
    doc = Doc(
        Vocab(),
        words=[w for w, _, _ in WORDS],
        lemmas=lemma_list,
        sent_starts=[s for _, _, s in WORDS],
    )
    doc._.doc_id = "d1"
    doc._.doc_date = "2025-05-04"
    spans = []
    for start, end, name, code in actors:
        span = Span(doc, start, end)
        span._.actor, span._.actor_code = name, code
        spans.append(span)
    doc.spans["actors"] = spans
    dates = []
    for start, end, kind, value in timexes:
        span = Span(doc, start, end)
        span._.timex = Timex(span.start_char, span.end_char, span.text, kind, value)
        dates.append(span)
    doc.spans["timex"] = dates
    return doc


JAPAN, CHINA = (1, 2, "Japon", "JPN"), (5, 6, "Chine", "CHN")
RUSSIA, UKRAINE = (11, 12, "Russie", "RUS"), (14, 15, "Ukraine", "UKR")


def test_baseline_pairs_coded_actors_of_a_trigger_sentence() -> None:
    doc = build_doc([JAPAN, CHINA, RUSSIA, UKRAINE], [(6, 9, "DATE", "2025-05-03")])
    (event,) = baseline_events(doc, TRIGGERS)
    assert (event.actor, event.event_type, event.partner) == ("Japon", "CONSULT", "Chine")
    assert (event.actor_code, event.partner_code, event.date) == ("JPN", "CHN", "2025-05-03")
    assert (event.action, event.modality, event.rule) == ("rencontrer", "asserted", "baseline")
    assert event.evidence == doc[0:10].text
    assert (event.doc_id, event.doc_date, event.sentence) == ("d1", "2025-05-04", 0)


@pytest.mark.parametrize(
    ("lemma", "pairs"),
    [
        ("rencontrer", [("JPN", "CHN")]),
        ("condamner", [("JPN", "CHN"), ("CHN", "JPN")]),
    ],
    ids=["symmetric-one-row", "directed-both-orders"],
)
def test_baseline_orders_pairs_by_type(lemma: str, pairs: list[tuple[str, str]]) -> None:
    doc = build_doc([JAPAN, CHINA], lemmas={3: lemma})
    assert [(e.actor_code, e.partner_code) for e in baseline_events(doc, TRIGGERS)] == pairs


@pytest.mark.parametrize(
    ("actors", "count"),
    [
        ([JAPAN], 0),
        ([JAPAN, (5, 6, "Chine", "")], 0),
        ([JAPAN, (5, 6, "Tokyo", "JPN")], 0),
        ([JAPAN, RUSSIA], 0),
        ([JAPAN, CHINA, (4, 6, "Chine", "CHN")], 1),
    ],
    ids=["alone", "uncoded", "same-code", "other-sentence", "duplicate-mention"],
)
def test_baseline_needs_two_distinct_coded_actors_in_the_sentence(
    actors: list[tuple[int, int, str, str]], count: int
) -> None:
    assert len(baseline_events(build_doc(actors), TRIGGERS)) == count


def test_baseline_ignores_sentences_without_trigger() -> None:
    doc = build_doc([RUSSIA, UKRAINE])
    assert baseline_events(doc, TRIGGERS) == []


@pytest.mark.parametrize(
    ("timexes", "date"),
    [
        ([], ""),
        ([(6, 9, "DATE", "2025-05-03")], "2025-05-03"),
        ([(8, 9, "DATE", "XXXX-05"), (6, 8, "DATE", "2025-05-03")], "2025-05-03"),
        ([(6, 9, "DURATION", "P3D")], ""),
        ([(11, 12, "DATE", "2024")], ""),
    ],
    ids=["none", "one", "first-in-text", "duration", "other-sentence"],
)
def test_baseline_dates_with_the_sentence_first_date(
    timexes: list[tuple[int, int, str, str]], date: str
) -> None:
    (event,) = baseline_events(build_doc([JAPAN, CHINA], timexes), TRIGGERS)
    assert event.date == date


def test_baseline_skips_page_furniture() -> None:
    doc = build_doc([JAPAN, CHINA])
    doc._.furniture = ((0, len(doc[0:10].text)),)
    assert baseline_events(doc, TRIGGERS) == []


def test_load_trigger_lemmas_keeps_single_words_and_reflexive_heads(tmp_path: Path) -> None:
    folder = tmp_path / "events"
    folder.mkdir()
    (folder / "triggers.tsv").write_text(
        "# comment\nexpression\tpos\ttype\trole\tclass\n"
        "rencontrer\tVERB\tCONSULT\t\tmeeting\n"
        "se rendre\tVERB\tCONSULT\t\tmeeting\n"
        "mettre en garde\tVERB\tTHREATEN\t\twarning\n"
        "rencontrer\tVERB\tAGREE\t\tduplicate\n",
        encoding="utf-8",
    )
    assert load_trigger_lemmas(tmp_path) == {"rencontrer": "CONSULT", "rendre": "CONSULT"}


def test_load_trigger_lemmas_says_when_the_lexicon_is_missing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="triggers.tsv"):
        load_trigger_lemmas(tmp_path)


def test_make_baseline_reads_the_lexicon_once(tmp_path: Path) -> None:
    folder = tmp_path / "events"
    folder.mkdir()
    (folder / "triggers.tsv").write_text(
        "expression\tpos\ttype\trole\tclass\nrencontrer\tVERB\tCONSULT\t\tmeeting\n",
        encoding="utf-8",
    )
    baseline = make_baseline(tmp_path)
    (folder / "triggers.tsv").unlink()
    assert [e.event_type for e in baseline(build_doc([JAPAN, CHINA]))] == ["CONSULT"]
