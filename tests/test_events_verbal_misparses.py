"""Verb frames the parser mislabels: an active verb with a passive subject, a stray agent, a name as adverb."""

from __future__ import annotations

import pytest
from events_docs import build_doc

from pipeline.events.verbal import agent_of, is_passive, partner_tokens

_TENSE = ("a", "avoir", "AUX", "aux:tense", 2)


@pytest.mark.parametrize(
    ("rows", "passive"),
    [
        # "Dakar a demandé …" with the subject labelled passive: "avoir" makes it active.
        ([("Dakar", "Dakar", "PROPN", "nsubj:pass", 2), _TENSE,
          ("demandé", "demander", "VERB", "ROOT", 2)], False),
        # "Lima est arrivé …": "être" as tense auxiliary, active too.
        ([("Lima", "Lima", "PROPN", "nsubj:pass", 2), ("est", "être", "AUX", "aux:tense", 2),
          ("arrivé", "arriver", "VERB", "ROOT", 2)], False),
        # "Le ministre a été reçu": a real passive.
        ([("ministre", "ministre", "NOUN", "nsubj:pass", 3), ("a", "avoir", "AUX", "aux:tense", 3),
          ("été", "être", "AUX", "aux:pass", 3), ("reçu", "recevoir", "VERB", "ROOT", 3)], True),
    ],
    ids=["avoir-active", "etre-tense", "true-passive"],
)
def test_passive_needs_a_passive_auxiliary(rows: list[tuple[str, str, str, str, int]], passive: bool) -> None:
    assert is_passive(build_doc(rows)[len(rows) - 1]) is passive


@pytest.mark.parametrize(
    ("dep", "det", "agent"),
    [
        ("obl:agent", "le", "président"),  # "reçu à Rabat par le président", agent hung on the city
        ("nmod", "le", "président"),
        ("obl:agent", "", None),  # "par téléphone"-like bare noun: not an agent
    ],
    ids=["obl-agent-under-place", "nmod-under-place", "bare-noun"],
)
def test_agent_hung_on_the_place(dep: str, det: str, agent: str | None) -> None:
    rows = [("ministre", "ministre", "NOUN", "nsubj:pass", 3), ("a", "avoir", "AUX", "aux:tense", 3),
            ("été", "être", "AUX", "aux:pass", 3), ("reçu", "recevoir", "VERB", "ROOT", 3),
            ("à", "à", "ADP", "case", 5), ("Rabat", "Rabat", "PROPN", "obl:mod", 3),
            ("par", "par", "ADP", "case", 8 if det else 7)]
    if det:
        rows.append((det, det, "DET", "det", 8))
    rows.append(("président", "président", "NOUN", dep, 5))
    found = agent_of(build_doc(rows)[3])
    assert (found.text if found is not None else None) == agent


@pytest.mark.parametrize(
    ("pos", "found"),
    [("ADV", True), ("PROPN", True), ("VERB", False)],
)
def test_name_parsed_as_predicate_is_the_object(pos: str, found: bool) -> None:
    # "L'ONU a appelé Bakou à la retenue" with "Bakou" tagged an adverb and labelled xcomp.
    rows = [("ONU", "ONU", "PROPN", "nsubj", 2), _TENSE, ("appelé", "appeler", "VERB", "ROOT", 2),
            ("Bakou", "Bakou", pos, "xcomp", 2), ("à", "à", "ADP", "case", 6),
            ("la", "le", "DET", "det", 6), ("retenue", "retenue", "NOUN", "obl:arg", 2)]
    direct, _ = partner_tokens(build_doc(rows)[2])
    assert ("Bakou" in [t.text for t in direct]) is found
