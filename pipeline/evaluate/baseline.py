"""A naive baseline, scored beside the pipeline so that the rules' contribution shows.

For each sentence that contains a trigger word (a lemma of the event
lexicon), every ordered pair of distinct coded actors of that sentence is
an event of the first trigger's type, dated with the sentence's first date
and asserted. No syntax, no modality, no reported speech.

Two rules of the table contract (spec, section 1) still apply, so that the
baseline is a valid table: a symmetric type (AGREE, CONSULT, COOPERATE) gives
one row per pair, not two, with the actor mentioned first as actor; and rows
that agree on type, codes, date and modality are one event per document.

Example:
    >>> triggers = load_trigger_lemmas()                       # doctest: +SKIP
    >>> doc = nlp("Le Japon a rencontré la Chine le 3 mai 2025.")  # doctest: +SKIP
    >>> [(e.actor, e.event_type, e.partner) for e in baseline_events(doc, triggers)]
    ... # doctest: +SKIP
    [('Japon', 'CONSULT', 'Chine')]
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator, Mapping
from functools import partial
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from pipeline.evaluate.schema import SYMMETRIC_TYPES
from pipeline.events.lexicon import parse_expression
from pipeline.extensions import register_extensions
from pipeline.paths import models_dir as resolve_models_dir
from pipeline.types import Event

#: The trigger lexicon, relative to the models folder.
TRIGGERS_FILE = Path("events") / "triggers.tsv"

#: Timex types that never date an event ("depuis vingt ans", "chaque lundi").
_UNDATING_TYPES = frozenset({"DURATION", "SET"})


def load_trigger_lemmas(models_dir: str | Path | None = None) -> dict[str, str]:
    """Read ``{head lemma: PLOVER type}`` from the event lexicon.

    Only single-word entries are kept (a reflexive pronoun does not count:
    "se rendre" gives "rendre"); entries with extra words such as
    "mettre en garde" need syntax the baseline does not have. When a lemma
    has several types, the first entry wins.

    Args:
        models_dir: Another models folder than the bundled ``models/``.

    Raises:
        FileNotFoundError: If the lexicon file is missing.

    Example:
        >>> load_trigger_lemmas()["rencontrer"]  # doctest: +SKIP
        'CONSULT'
    """
    path = resolve_models_dir(models_dir) / TRIGGERS_FILE
    if not path.is_file():
        raise FileNotFoundError(f"{path}: the event trigger lexicon is missing")
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    lemmas: dict[str, str] = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        head, _, extra = parse_expression(row["expression"])
        if not extra:
            lemmas.setdefault(head, row["type"].strip().upper())
    return lemmas


def _in_furniture(doc: Doc, char: int) -> bool:
    return any(start <= char < end for start, end in doc._.furniture or ())


def _first_trigger(sent: Span, triggers: Mapping[str, str]) -> Token | None:
    for token in sent:
        if token.lemma_.lower() in triggers and not _in_furniture(sent.doc, token.idx):
            return token
    return None


def _coded_actors(sent: Span) -> list[Span]:
    """Coded actor mentions inside the sentence, in text order, one per code."""
    seen: set[str] = set()
    actors = []
    for span in sorted(sent.doc.spans.get("actors", []), key=lambda s: (s.start, s.end)):
        code = span._.actor_code
        inside = sent.start <= span.start and span.end <= sent.end
        if code and inside and code not in seen and not _in_furniture(sent.doc, span.start_char):
            seen.add(code)
            actors.append(span)
    return actors


def _first_date(sent: Span) -> Span | None:
    for span in sorted(sent.doc.spans.get("timex", []), key=lambda s: (s.start, s.end)):
        timex = span._.timex
        inside = sent.start <= span.start and span.end <= sent.end
        if inside and timex is not None and timex.type not in _UNDATING_TYPES:
            return span
    return None


def _pairs(actors: list[Span], symmetric: bool) -> Iterator[tuple[Span, Span]]:
    for i, first in enumerate(actors):
        for j, second in enumerate(actors):
            if i < j or (i > j and not symmetric):
                yield first, second


def _sentence_events(
    doc: Doc, index: int, sent: Span, triggers: Mapping[str, str]
) -> Iterator[Event]:
    trigger = _first_trigger(sent, triggers)
    if trigger is None:
        return
    event_type = triggers[trigger.lemma_.lower()]
    date = _first_date(sent)
    for actor, partner in _pairs(_coded_actors(sent), event_type in SYMMETRIC_TYPES):
        yield Event(
            doc_id=doc._.doc_id,
            actor=actor._.actor or actor.text,
            actor_code=actor._.actor_code,
            event_type=event_type,
            action=trigger.lemma_.lower(),
            partner=partner._.actor or partner.text,
            partner_code=partner._.actor_code,
            date=date._.timex.value if date is not None else "",
            evidence=sent.text,
            doc_date=doc._.doc_date or "",
            sentence=index,
            start=sent.start_char,
            end=sent.end_char,
            trigger_start=trigger.idx,
            trigger_end=trigger.idx + len(trigger.text),
            actor_start=actor.start_char,
            actor_end=actor.end_char,
            partner_start=partner.start_char,
            partner_end=partner.end_char,
            date_start=date.start_char if date is not None else -1,
            date_end=date.end_char if date is not None else -1,
            rule="baseline",
        )


def _key(event: Event) -> tuple[str, ...]:
    first, second = event.actor_code, event.partner_code
    if event.event_type in SYMMETRIC_TYPES and second < first:
        first, second = second, first
    return (event.event_type, first, second, event.date, event.modality)


def baseline_events(doc: Doc, triggers: Mapping[str, str] | None = None) -> list[Event]:
    """The naive baseline's events for one parsed document.

    Args:
        doc: A Doc with sentences, lemmas, ``doc.spans["actors"]`` (with
            ``span._.actor``/``actor_code``) and ``doc.spans["timex"]``
            (with ``span._.timex``).
        triggers: ``{lemma: PLOVER type}``; by default read with
            :func:`load_trigger_lemmas` — pass it when scoring many documents
            so that the lexicon is read once.

    Returns:
        One event per sentence, pair and trigger type, deduplicated per document.

    Example:
        >>> # "La Russie a attaqué l'Ukraine le 24 février 2022."
        >>> # → [Event(actor="Russie", event_type="ASSAULT", partner="Ukraine",
        >>> #          date="2022-02-24", …), Event(actor="Ukraine", … partner="Russie")]
    """
    register_extensions()
    lemmas = load_trigger_lemmas() if triggers is None else triggers
    events: dict[tuple[str, ...], Event] = {}
    for index, sent in enumerate(doc.sents):
        for event in _sentence_events(doc, index, sent, lemmas):
            events.setdefault(_key(event), event)
    return list(events.values())


def make_baseline(models_dir: str | Path | None = None) -> Callable[[Doc], list[Event]]:
    """The baseline as a one-argument function, with the lexicon read once.

    Use this when running over a corpus (``run --baseline``): calling
    :func:`baseline_events` without ``triggers`` rereads the lexicon per document.

    Example:
        >>> baseline = make_baseline()          # doctest: +SKIP
        >>> events = baseline(nlp("La Russie a attaqué l'Ukraine."))  # doctest: +SKIP
    """
    return partial(baseline_events, triggers=load_trigger_lemmas(models_dir))
