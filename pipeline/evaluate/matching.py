"""When a predicted row matches a gold row, and the one-to-one matching (spec, section 6).

- **Event match**: same ``doc_id``, same ``event_type``, same pair of parties —
  unordered for AGREE, CONSULT, COOPERATE, ordered (actor → partner) otherwise.
- **Dyad match**: same ``doc_id`` and same pair of parties, ignoring the type.
  Without a type there is no direction to respect, so the pair is compared
  unordered: gold "Russie ACCUSE Japon" and a predicted "Japon CONSULT Russie"
  share the dyad Japon–Russie.
- **Same party**: equal codes; where a code is empty on either side, equal
  names after lowercasing, removing accents and one leading article
  (le, la, l', les).
- **One-to-one**: per document, a maximum matching; among maximum matchings,
  one with the most same-date pairs ("prefer the one with the same date").
  Where several matchings are still equally good, the one with the most
  equal modalities, then the most equal actions, is taken: the spec leaves
  this open, and without it the modality and action accuracies would depend
  on row order, so two implementations could disagree.

Example:
    >>> normalise_name("l'Union européenne") == normalise_name("Union Europeenne")
    True
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pipeline.evaluate.assignment import lexicographic_matching
from pipeline.evaluate.io import EventRow
from pipeline.evaluate.schema import SYMMETRIC_TYPES

_LEADING_ARTICLE = re.compile(r"^(?:(?:le|la|les)\s+|l')")

#: A test of whether a gold row and a predicted row may be matched.
Criterion = Callable[[EventRow, EventRow], bool]


def normalise_name(name: str) -> str:
    """Lowercase, strip accents, collapse blanks and drop one leading article.

    Typographic apostrophes count as straight ones ("l’ONU" is "l'ONU").

    Example:
        >>> normalise_name("  La  Corée du Nord"), normalise_name("l’Élysée")
        ('coree du nord', 'elysee')
    """
    text = unicodedata.normalize("NFKD", name.replace("\u2019", "'").lower())
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = " ".join(text.split())
    return _LEADING_ARTICLE.sub("", text, count=1).strip()


def same_party(code_a: str, name_a: str, code_b: str, name_b: str) -> bool:
    """Compare two parties by code, or by normalised name where a code is empty.

    Example:
        >>> same_party("", "l'Union européenne", "EU", "Union Europeenne")
        True
        >>> same_party("JPN", "Tokyo", "JPN", "Japon")
        True
    """
    if code_a and code_b:
        return code_a == code_b
    return normalise_name(name_a) == normalise_name(name_b)


def same_pair(gold: EventRow, pred: EventRow, *, ordered: bool) -> bool:
    """Tell whether two rows name the same two parties (in order, if ``ordered``).

    Example:
        >>> a = EventRow("d", "Japon", "JPN", "CONSULT", "", "Chine", "CHN", "", "asserted", "", 2)
        >>> b = EventRow("d", "Chine", "CHN", "CONSULT", "", "Japon", "JPN", "", "asserted", "", 2)
        >>> same_pair(a, b, ordered=True), same_pair(a, b, ordered=False)
        (False, True)
    """
    straight = same_party(gold.actor_code, gold.actor, pred.actor_code, pred.actor) and same_party(
        gold.partner_code, gold.partner, pred.partner_code, pred.partner
    )
    if straight or ordered:
        return straight
    return same_party(gold.actor_code, gold.actor, pred.partner_code, pred.partner) and same_party(
        gold.partner_code, gold.partner, pred.actor_code, pred.actor
    )


def event_match(gold: EventRow, pred: EventRow) -> bool:
    """Same document, same type and same pair (unordered for symmetric types)."""
    return (
        gold.doc_id == pred.doc_id
        and gold.event_type == pred.event_type
        and same_pair(gold, pred, ordered=gold.event_type not in SYMMETRIC_TYPES)
    )


def dyad_match(gold: EventRow, pred: EventRow) -> bool:
    """Same document and same unordered pair, whatever the type."""
    return gold.doc_id == pred.doc_id and same_pair(gold, pred, ordered=False)


def same_date(gold: EventRow, pred: EventRow) -> bool:
    """Dates equal as strings after stripping blanks (both empty counts as equal)."""
    return gold.date.strip() == pred.date.strip()


def normalise_action(action: str) -> str:
    """Compare actions as words: lowercase, straight apostrophes, single blanks.

    Accents are kept: an action is a lemma, and "négocier" is its spelling.

    Example:
        >>> normalise_action("S’entretenir ") == normalise_action("s'entretenir")
        True
    """
    return " ".join(action.replace("\u2019", "'").lower().split())


def preferences(gold: EventRow, pred: EventRow) -> tuple[bool, bool, bool]:
    """What makes one candidate better than another: same date, modality, action."""
    return (
        same_date(gold, pred),
        gold.modality == pred.modality,
        normalise_action(gold.action) == normalise_action(pred.action),
    )


@dataclass(frozen=True)
class Matching:
    """A one-to-one matching between gold rows and predicted rows.

    Attributes:
        pairs: ``(gold index, pred index)`` pairs, sorted.
        gold_count: How many gold rows were matched against.
        pred_count: How many predicted rows were matched against.

    Example:
        >>> Matching(((0, 1),), 2, 2).unmatched_gold()
        [1]
    """

    pairs: tuple[tuple[int, int], ...]
    gold_count: int
    pred_count: int

    def unmatched_gold(self) -> list[int]:
        """Indices of the gold rows left unmatched (false negatives)."""
        taken = {gold for gold, _ in self.pairs}
        return [index for index in range(self.gold_count) if index not in taken]

    def unmatched_pred(self) -> list[int]:
        """Indices of the predicted rows left unmatched (false positives)."""
        taken = {pred for _, pred in self.pairs}
        return [index for index in range(self.pred_count) if index not in taken]


def match_rows(
    gold: Sequence[EventRow], pred: Sequence[EventRow], criterion: Criterion
) -> Matching:
    """Match gold and predicted rows one to one, preferring same-date pairs (see :func:`preferences`).

    Args:
        gold: Gold rows.
        pred: Predicted rows.
        criterion: :func:`event_match` or :func:`dyad_match`.

    Returns:
        A matching with the most pairs; among those the most same-date pairs;
        then the most equal modalities; then the most equal actions.

    Example:
        >>> g = EventRow("d", "Japon", "JPN", "CONSULT", "", "Chine", "CHN", "2025", "asserted", "", 2)
        >>> match_rows([g, g], [g], event_match).pairs
        ((0, 0),)
    """
    pred_by_doc: dict[str, list[int]] = defaultdict(list)
    for index, row in enumerate(pred):
        pred_by_doc[row.doc_id].append(index)
    edges: dict[tuple[int, int], tuple[bool, ...]] = {}
    for gold_index, gold_row in enumerate(gold):
        for pred_index in pred_by_doc.get(gold_row.doc_id, ()):
            if criterion(gold_row, pred[pred_index]):
                edges[gold_index, pred_index] = preferences(gold_row, pred[pred_index])
    return Matching(tuple(lexicographic_matching(edges)), len(gold), len(pred))
