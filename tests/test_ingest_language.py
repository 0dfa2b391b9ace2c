"""The cheap French check: function-word shares."""

from __future__ import annotations

import pytest

from pipeline.language import FunctionWords


@pytest.fixture(scope="module")
def words() -> FunctionWords:
    return FunctionWords.load()


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Le Japon a signé lundi un accord de coopération avec la Mongolie, "
         "et le président a salué ce partenariat.", None),
        ("The president met his counterpart in Tokyo on Monday for talks about "
         "the trade and the security of the region.", "English"),
        ("El presidente de Japón se reunió con su homólogo de China en Pekín para "
         "hablar de comercio y de la seguridad.", "Spanish"),
        ("Der Präsident traf sich am Montag mit seinem Amtskollegen in Tokio, um über "
         "den Handel und die Sicherheit zu sprechen.", "German"),
        ("Il presidente del Giappone ha incontrato il suo omologo cinese a Pechino per "
         "parlare di commercio e della sicurezza.", "Italian"),
        ("O presidente do Japão encontrou o seu homólogo chinês em Pequim para falar de "
         "comércio e da segurança regional.", "Portuguese"),
        ("Tokyo, Astana, Tachkent.", None),  # too short to judge: let through
        ("12 345 678 — 2025 / 2026 ; 99 %", None),
    ],
)
def test_not_french(words: FunctionWords, text: str, verdict: str | None) -> None:
    reason = words.not_french(text)
    if verdict is None:
        assert reason is None
    else:
        assert reason is not None and reason.startswith("not French") and verdict in reason


def test_french_article_quoting_english_stays_french(words: FunctionWords) -> None:
    text = ("Le ministre a déclaré que « the door remains open » lors de sa visite à Tokyo, "
            "où il a rencontré son homologue japonais pour parler de la sécurité régionale.")
    assert words.not_french(text) is None
