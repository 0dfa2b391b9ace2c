"""Encoding detection: bytes in, text and the encoding's name out, or a reason."""

from __future__ import annotations

import codecs

import pytest

from pipeline.decode import DecodeError, decode_bytes

TEXT = "Publié à Séoul : « l’été » — Kim Jong-un reçoit Sergueï Lavrov"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("utf-32"), "utf-32"),
        (TEXT.encode("cp1252"), "cp1252"),
        ("Publié à Séoul".encode("latin-1"), "latin-1"),
        (b"", "utf-8"),
    ],
)
def test_decodes_common_encodings(data: bytes, encoding: str) -> None:
    text, found = decode_bytes(data)
    assert found == encoding
    assert not text.startswith("\ufeff")
    assert text in (TEXT, "Publié à Séoul", "")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"abc\x00def", "NUL bytes"),
        (bytes(range(1, 32)) * 4, "control characters"),
        (b"\x81\x8d\x90", "undecodable"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "despite its BOM"),
    ],
)
def test_refuses_binary_data(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError, match=reason):
        decode_bytes(data)
