"""TempEval-3 scores of predicted TIMEX3 mentions against gold ones.

Matching is one-to-one within a document: each gold mention is paired with
at most one prediction, exact-offset pairs first, then overlapping ones.

* strict extraction: a pair counts if the offsets are identical;
* relaxed extraction: a pair counts if the spans overlap;
* value (TempEval-3 attribute F1): a relaxed pair whose values are equal
  strings is *value-correct*. Value precision = relaxed P × value accuracy
  = value-correct / predicted, value recall = relaxed R × value accuracy
  = value-correct / gold, value F1 their harmonic mean;
* type accuracy = relaxed pairs with the same type / relaxed pairs;
* DATE value accuracy = value-correct pairs / relaxed pairs whose gold type
  is DATE.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from pipeline.types import Timex


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


@dataclass
class Tally:
    """Counts accumulated over documents.

    Example:
        >>> t = Tally()
        >>> t.add([Timex(0, 4, "hier", "DATE", "2001-01-01")],
        ...       [Timex(0, 4, "hier", "DATE", "2001-01-01")])
        >>> t.value_f1
        1.0
    """

    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed: int = 0
    value_ok: int = 0
    type_ok: int = 0
    date_pairs: int = 0
    date_value_ok: int = 0
    misses: list[tuple[Timex | None, Timex | None]] = field(default_factory=list)

    def add(self, gold: Sequence[Timex], predicted: Sequence[Timex]) -> None:
        """Score one document and remember its errors."""
        self.gold += len(gold)
        self.predicted += len(predicted)
        pairs = match(gold, predicted)
        for g, p in pairs:
            self.relaxed += 1
            self.strict += (g.start, g.end) == (p.start, p.end)
            self.type_ok += g.type == p.type
            self.value_ok += g.value == p.value
            if g.type == "DATE":
                self.date_pairs += 1
                self.date_value_ok += g.value == p.value
            if g.value != p.value or (g.start, g.end) != (p.start, p.end):
                self.misses.append((g, p))
        paired_g = {id(g) for g, _ in pairs}
        paired_p = {id(p) for _, p in pairs}
        self.misses += [(g, None) for g in gold if id(g) not in paired_g]
        self.misses += [(None, p) for p in predicted if id(p) not in paired_p]

    def prf(self, hits: int) -> tuple[float, float, float]:
        """Precision, recall and F1 for ``hits`` correct pairs."""
        p, r = _ratio(hits, self.predicted), _ratio(hits, self.gold)
        return p, r, _f1(p, r)

    @property
    def value_f1(self) -> float:
        """TempEval-3 value F1 (see the module docstring)."""
        return self.prf(self.value_ok)[2]

    @property
    def relaxed_f1(self) -> float:
        """Relaxed extraction F1."""
        return self.prf(self.relaxed)[2]

    @property
    def type_accuracy(self) -> float:
        """Same type over relaxed pairs."""
        return _ratio(self.type_ok, self.relaxed)

    @property
    def date_value_accuracy(self) -> float:
        """Right value over relaxed pairs whose gold type is DATE."""
        return _ratio(self.date_value_ok, self.date_pairs)


def match(gold: Sequence[Timex], predicted: Sequence[Timex]) -> list[tuple[Timex, Timex]]:
    """One-to-one gold/prediction pairs: identical spans first, then overlaps.

    Example:
        >>> g = [Timex(3, 7, "hier", "DATE", "x")]
        >>> len(match(g, [Timex(0, 7, "et hier", "DATE", "x")]))
        1
    """
    pairs: list[tuple[Timex, Timex]] = []
    free = list(predicted)
    pending = []
    for g in gold:
        exact = next((p for p in free if (p.start, p.end) == (g.start, g.end)), None)
        if exact is None:
            pending.append(g)
        else:
            free.remove(exact)
            pairs.append((g, exact))
    for g in pending:
        overlap = next((p for p in free if p.start < g.end and g.start < p.end), None)
        if overlap is not None:
            free.remove(overlap)
            pairs.append((g, overlap))
    return pairs
