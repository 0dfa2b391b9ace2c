"""The recogniser's windows: found at word starts, they are those of a scan of every character."""

from __future__ import annotations

import pytest

from pipeline.dates.recognise import (
    _AFTER,
    _BEFORE,
    Recogniser,
    _lower,
    _merge,
    _word_end,
    _word_start,
)
from pipeline.dates.vocab import DateVocab


@pytest.fixture(scope="module")
def recogniser() -> Recogniser:
    return Recogniser(DateVocab.load())


def _scanned(recogniser: Recogniser, low: str) -> dict[str, list[tuple[int, int]]]:
    """The windows of the trigger tried at every character (the plain ``finditer``)."""
    windows: dict[str, list[tuple[int, int]]] = {}
    for m in recogniser.trigger.finditer(low):
        start = _word_start(low, max(0, m.start() - _BEFORE))
        end = _word_end(low, min(len(low), m.end() + _AFTER))
        windows.setdefault(m.lastgroup or "", []).append((start, end))
    return {group: _merge(spans) for group, spans in windows.items()}


@pytest.mark.parametrize(
    "text",
    [
        "Le sommet s'est tenu le 12 mars 2024 à 14h30, puis à la mi-décembre.",
        "Les jeudis2 et les G20 de 2019-2020 ; l'an dernier, vers 9-10 h.",
        "ÉTÉ comme été, avant-hier au matin et à présent.",
        "Aucune date ici, seulement des mots.",
        "1",
        "",
    ],
    ids=["dates-and-times", "digits-glued-to-words", "capitals-and-accents", "none", "digit-alone", "empty"],
)
def test_windows_are_those_of_a_full_scan(recogniser: Recogniser, text: str) -> None:
    low = _lower(text)
    found = {group: _merge(spans) for group, spans in recogniser._windows(low).items()}
    assert found == _scanned(recogniser, low)
