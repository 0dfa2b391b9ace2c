"""Bytes to text: UTF-8, UTF-8/UTF-16 with a BOM, or the old Windows/Latin-1 encodings.

Analysts' files come from many places: web exports in UTF-8, Word or Excel
exports in cp1252, old archives in Latin-1, Windows tools that put a BOM in
front. The order of the tests matters:

1. a byte-order mark names its encoding outright;
2. NUL bytes mean a binary file (text in UTF-8 or cp1252 never has them);
3. strict UTF-8 is tried next: a cp1252 text with accents is almost never
   valid UTF-8, so success means UTF-8;
4. otherwise cp1252 (Windows' Western European encoding, a superset of
   Latin-1's printable characters); named ``latin-1`` when no byte in
   0x80–0x9F occurs, since both read such a text alike;
5. whatever the encoding, a text made largely of control characters is not
   an article (a binary file without NUL bytes).

Example:
    >>> decode_bytes("Publié à Séoul".encode("cp1252"))
    ('Publié à Séoul', 'latin-1')
    >>> decode_bytes("\\ufeffLe Japon".encode("utf-8"))
    ('Le Japon', 'utf-8-sig')
"""

from __future__ import annotations

import codecs
import re

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Share of control characters above which a "text" is taken for binary data.
MAX_CONTROL_SHARE = 0.05
#: Control characters other than tab, newlines, vertical tab and form feed.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


class DecodeError(ValueError):
    """Bytes that are not an article's text; the message says why."""


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a file's or a record's bytes and name the encoding used.

    Args:
        data: Raw bytes.

    Returns:
        ``(text, encoding)`` with the BOM removed; ``encoding`` is one of
        ``utf-8``, ``utf-8-sig``, ``utf-16``, ``utf-32``, ``cp1252``, ``latin-1``.

    Raises:
        DecodeError: For binary data (NUL bytes, mostly control characters)
            or a BOM followed by bytes its encoding cannot read.

    Example:
        >>> decode_bytes(b"\\x93Bonjour\\x94")
        ('“Bonjour”', 'cp1252')
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding).lstrip("\ufeff")), encoding
            except UnicodeDecodeError as err:
                raise DecodeError(f"not {encoding} text despite its BOM: {err.reason}") from err
    if b"\x00" in data:
        raise DecodeError("binary file: contains NUL bytes")
    try:
        return _checked(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as err:
        raise DecodeError(
            f"undecodable: neither UTF-8 nor cp1252 (byte 0x{data[err.start]:02x} "
            f"at {err.start})"
        ) from err
    legacy = "cp1252" if any(0x80 <= byte <= 0x9F for byte in data) else "latin-1"
    return _checked(text), legacy


def _checked(text: str) -> str:
    """Refuse a decoded text that is mostly control characters (binary data)."""
    if not text:
        return text
    controls = len(_CONTROLS.findall(text))
    if controls / len(text) > MAX_CONTROL_SHARE:
        raise DecodeError(f"binary file: {controls} control characters in {len(text)}")
    return text
