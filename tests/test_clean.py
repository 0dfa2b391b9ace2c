"""Cleaning marks furniture and finds the article's own date, never moving text."""

from __future__ import annotations

import pytest

from pipeline.clean import FurniturePatterns, find_dateline, furniture_spans

PATTERNS = FurniturePatterns.load()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Published\n\n10/01/2026\n\nLe Japon…", "2026-01-10"),
        ("Publié le 3 mars 2025\nTexte.", "2025-03-03"),
        ("Publié le 1er mai 2023", "2023-05-01"),
        ("Mis à jour le 12 juillet 2024 à 18h40\n", "2024-07-12"),
        ("Texte.\nPar Anne Martin\nLe 12/03/2025\n", "2025-03-12"),
        ("Le 03/02/2023 à 08h15\nTexte.", "2023-02-03"),
        ("Washington, le 3 avril 2024\n\nLe président…", "2024-04-03"),
        ("Mardi 19 novembre 2024\n\nNEW YORK – …", "2024-11-19"),
        ("PARIS – 1er mars 2024\n", "2024-03-01"),
        ("Titre\n2024/11/05\nTexte.", "2024-11-05"),
        ("Titre\n\nLIMA, 4 mai 2024 (Reuters) - Le gouvernement a dit…", "2024-05-04"),
        ("NEW YORK, 12/03/2024 (AP) – Le Conseil…", "2024-03-12"),
        ("Titre\n\nLe 03.02.2023 à 08h15 · Le Monde avec AFP\n\nTexte.", "2023-02-03"),
        ("Il a dit : 4 mai 2024 (AFP) - rien.\n", None),
        # A date inside a sentence is an event's date, not the article's.
        ("Il est venu le 3 avril 2024 à Paris.\n", None),
        ("Le 31/02/2024\n", None),
        ("Aucune date ici.", None),
    ],
)
def test_find_dateline(text: str, expected: str | None) -> None:
    assert find_dateline(text) == expected


@pytest.mark.parametrize(
    ("line", "is_furniture"),
    [
        ("Newsletter", True),
        ("Contactez-nous !", True),
        ("Partager sur Facebook", True),
        ("Lire aussi : la Chine et le Kazakhstan signent", True),
        ("© Pixabay", True),
        ("Pour explorer les options de sponsoring, contactez-nous.", True),
        ("Le Japon a signé un accord avec la Mongolie.", False),
        ("Les deux pays ont partagé leurs analyses.", False),
    ],
)
def test_furniture_lines(line: str, is_furniture: bool) -> None:
    text = f"Le Kazakhstan accueille le sommet.\n{line}\n"
    spans = furniture_spans(text, PATTERNS.whole_line, PATTERNS.anywhere)
    start = text.index(line)
    assert ((start, start + len(line)) in spans) is is_furniture
    assert all(text[a:b].strip() for a, b in spans)
