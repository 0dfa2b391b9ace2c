"""Maximum-weight bipartite matching (the Hungarian method), exact in integers.

The scorer needs a matching that is provably best, not a greedy one whose
counts depend on row order: two careful implementations of the spec must
agree on every count. The graph is split into connected components first,
because event rows only compete with rows of the same document (and, for the
event match, the same type), which keeps each assignment problem tiny.

Example:
    >>> max_weight_matching({(0, 0): 2, (0, 1): 3, (1, 0): 3})
    [(0, 1), (1, 0)]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

Edge = tuple[int, int]


def _components(edges: Mapping[Edge, int]) -> list[list[Edge]]:
    """Group edges into connected components (left node i, right node j)."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(node: tuple[str, int]) -> tuple[str, int]:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for left, right in edges:
        parent[find(("L", left))] = find(("R", right))
    groups: dict[tuple[str, int], list[Edge]] = defaultdict(list)
    for edge in edges:
        groups[find(("L", edge[0]))].append(edge)
    return list(groups.values())


def _min_cost_assignment(cost: list[list[int]]) -> list[int]:
    """Assign each row a distinct column at minimum total cost (rows ≤ columns).

    The classic shortest-augmenting-path form of the Hungarian method with
    potentials ``u`` (rows) and ``v`` (columns), O(rows² × columns).

    Returns:
        For each row, its column.
    """
    rows, cols = len(cost), len(cost[0])
    infinity = 1 + sum(abs(c) for line in cost for c in line)
    u = [0] * (rows + 1)
    v = [0] * (cols + 1)
    owner = [0] * (cols + 1)  # owner[j]: 1-based row holding column j; 0 = free
    way = [0] * (cols + 1)
    for row in range(1, rows + 1):
        owner[0] = row
        free_col = 0
        slack = [infinity] * (cols + 1)
        used = [False] * (cols + 1)
        while owner[free_col]:
            used[free_col] = True
            current = owner[free_col]
            delta, next_col = infinity, 0
            for col in range(1, cols + 1):
                if used[col]:
                    continue
                reduced = cost[current - 1][col - 1] - u[current] - v[col]
                if reduced < slack[col]:
                    slack[col], way[col] = reduced, free_col
                if slack[col] < delta:
                    delta, next_col = slack[col], col
            for col in range(cols + 1):
                if used[col]:
                    u[owner[col]] += delta
                    v[col] -= delta
                else:
                    slack[col] -= delta
            free_col = next_col
        while free_col:  # flip the augmenting path back to the root
            previous = way[free_col]
            owner[free_col] = owner[previous]
            free_col = previous
    assignment = [0] * rows
    for col in range(1, cols + 1):
        if owner[col]:
            assignment[owner[col] - 1] = col - 1
    return assignment


def _solve_component(edges: list[Edge], weights: Mapping[Edge, int]) -> list[Edge]:
    lefts = sorted({left for left, _ in edges})
    rights = sorted({right for _, right in edges})
    transpose = len(lefts) > len(rights)
    rows, cols = (rights, lefts) if transpose else (lefts, rights)

    def weight(row: int, col: int) -> int:
        return weights.get((col, row) if transpose else (row, col), 0)

    # Missing edges weigh 0: an assignment through them is dropped afterwards,
    # and since every real edge weighs more than 0 nothing is lost.
    cost = [[-weight(row, col) for col in cols] for row in rows]
    chosen: list[Edge] = []
    for row_index, col_index in enumerate(_min_cost_assignment(cost)):
        row, col = rows[row_index], cols[col_index]
        if weight(row, col) > 0:
            chosen.append((col, row) if transpose else (row, col))
    return chosen


def max_weight_matching(weights: Mapping[Edge, int]) -> list[Edge]:
    """Find a matching of maximum total weight in a bipartite graph.

    Args:
        weights: ``{(left, right): weight}`` for each edge; weights must be positive.

    Returns:
        The matched ``(left, right)`` pairs, sorted.

    Raises:
        ValueError: If a weight is not positive.

    Example:
        >>> max_weight_matching({(0, 0): 1, (1, 0): 1})
        [(0, 0)]
    """
    if any(weight <= 0 for weight in weights.values()):
        raise ValueError("edge weights must be positive")
    matched: list[Edge] = []
    for component in _components(weights):
        matched.extend(_solve_component(component, weights))
    return sorted(matched)


def lexicographic_matching(edges: Mapping[Edge, tuple[bool, ...]]) -> list[Edge]:
    """Maximise the number of pairs, then of pairs with the 1st preference, then the 2nd…

    Each edge weighs ``base**k + Σ preference_i · base**(k-1-i)`` with ``base``
    one more than the number of edges: the sum of all lower levels over any
    matching stays below one unit of the level above, so one more pair
    outweighs every preference, and the first preference every later one.

    Args:
        edges: ``{(left, right): (preference, …)}``, the same number of
            flags on every edge — for the scorer (same date, same modality,
            same action).

    Example:
        >>> lexicographic_matching({(0, 0): (False,), (0, 1): (True,), (1, 0): (True,)})
        [(0, 1), (1, 0)]
        >>> lexicographic_matching({(0, 0): (True, False), (1, 0): (False, True)})
        [(0, 0)]
    """
    base = len(edges) + 1
    weights = {}
    for edge, preferences in edges.items():
        levels = len(preferences)
        weights[edge] = base**levels + sum(
            int(flag) * base ** (levels - 1 - i) for i, flag in enumerate(preferences)
        )
    return max_weight_matching(weights)
