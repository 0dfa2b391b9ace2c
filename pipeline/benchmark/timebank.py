"""``fr-events benchmark timebank DIR``: TempEval-3 scores on ISO-TimeML files.

Our tagger (:class:`~pipeline.dates.finder.TimexFinder`) and dateparser's
``search_dates`` run side by side on every document, anchored on its DCT.
Files are split by a stable hash of their name into a *tuning* part and a
*held-back* part (about a quarter, see
:func:`~pipeline.benchmark.timebank_tml.is_held_back`); scores are reported
for both and for all. The scoring formulas are documented in
:mod:`pipeline.benchmark.timebank_score`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.benchmark.timebank_dateparser import dateparser_timexes
from pipeline.benchmark.timebank_score import Tally
from pipeline.benchmark.timebank_tml import TimeMLDoc, read_folder
from pipeline.dates.finder import TimexFinder
from pipeline.types import Timex

PARTS = ("tuning", "held-back", "all")
Tagger = Callable[[str, str | None], list[Timex]]


@dataclass
class TimebankResult:
    """Scores per system and part, plus our speed.

    Attributes:
        tallies: ``(system, part) → Tally``.
        documents: Number of documents per part.
        words_per_second: Our tagger's throughput on the texts (whitespace words;
            best of three passes, see :func:`_speed`).
        show_misses: Whether :meth:`render` lists our errors on the tuning part.
    """

    tallies: dict[tuple[str, str], Tally] = field(default_factory=dict)
    documents: dict[str, int] = field(default_factory=dict)
    words_per_second: float = 0.0
    show_misses: bool = False

    def render(self) -> str:
        """A plain-text table (and optionally our tuning-part errors)."""
        head = (f"{'system':<11}{'part':<10}{'docs':>5}{'gold':>6}{'pred':>6}"
                f"{'strict P/R/F1':>20}{'relaxed P/R/F1':>20}{'value F1':>9}"
                f"{'type acc':>9}{'DATE val':>9}")
        lines = [head, "-" * len(head)]
        for (system, part), t in self.tallies.items():
            sp, sr, sf = t.prf(t.strict)
            rp, rr, rf = t.prf(t.relaxed)
            lines.append(
                f"{system:<11}{part:<10}{self.documents[part]:>5}{t.gold:>6}{t.predicted:>6}"
                f"{sp:>8.3f}{sr:>6.3f}{sf:>6.3f}{rp:>8.3f}{rr:>6.3f}{rf:>6.3f}"
                f"{t.value_f1:>9.3f}{t.type_accuracy:>9.3f}{t.date_value_accuracy:>9.3f}"
            )
        lines.append(f"\nour tagger alone: {self.words_per_second:,.0f} words/s")
        if self.show_misses and ("ours", "tuning") in self.tallies:
            lines.append("\nour errors on the tuning part (gold → predicted):")
            lines += [_miss(g, p) for g, p in self.tallies[("ours", "tuning")].misses]
        return "\n".join(lines)


def _miss(gold: Timex | None, pred: Timex | None) -> str:
    """One error line: ``text|type|value`` on each side."""
    def show(t: Timex | None) -> str:
        return f"{t.text!r} {t.type} {t.value} {t.mod}".strip() if t else "—"
    return f"  {show(gold):<55} → {show(pred)}"


def run_timebank_benchmark(
    folder: Path, *, with_dateparser: bool = True, show_misses: bool = False
) -> TimebankResult:
    """Score our tagger (and dateparser) on every ``.tml`` file of ``folder``.

    Args:
        folder: A folder of ISO-TimeML files.
        with_dateparser: Also run the dateparser baseline (slower).
        show_misses: List our errors on the tuning part in the rendering.

    Raises:
        FileNotFoundError: If the folder has no ``.tml`` file.
    """
    docs = read_folder(Path(folder))
    finder = TimexFinder()
    systems: dict[str, Tagger] = {"ours": finder.find}
    if with_dateparser:
        systems["dateparser"] = dateparser_timexes
    result = TimebankResult(show_misses=show_misses)
    result.documents = {
        "tuning": sum(not held for _, held in docs),
        "held-back": sum(held for _, held in docs),
        "all": len(docs),
    }
    for name, tagger in systems.items():
        for part in PARTS:
            result.tallies[(name, part)] = Tally()
        for doc, held in docs:
            _score(doc, tagger, result.tallies[(name, "held-back" if held else "tuning")])
            _score(doc, tagger, result.tallies[(name, "all")])
    result.words_per_second = _speed(finder, [d for d, _ in docs])
    return result


def _score(doc: TimeMLDoc, tagger: Tagger, tally: Tally) -> None:
    tally.add(doc.gold, tagger(doc.text, doc.dct))


def _speed(finder: TimexFinder, docs: list[TimeMLDoc], rounds: int = 3) -> float:
    """Words per second of our tagger: the best of ``rounds`` passes of at least 0.3 s.

    The best pass is the least disturbed by other processes on a shared machine.
    """
    words = sum(len(d.text.split()) for d in docs)
    best = 0.0
    for _ in range(rounds):
        done, began = 0, time.perf_counter()
        while time.perf_counter() - began < 0.3:
            for doc in docs:
                finder.find(doc.text, doc.dct)
            done += words
        best = max(best, done / (time.perf_counter() - began))
    return best
