"""Read ISO-TimeML (``.tml``) files: plain text, the DCT and gold TIMEX3 spans.

The text is the content of ``<TEXT>`` with every tag removed; gold offsets
index that text. The document creation time is the TIMEX3 whose
``functionInDocument`` is ``CREATION_TIME`` (usually inside ``<DCT>``); it is
returned as the anchor and never scored.
"""

from __future__ import annotations

import hashlib
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from pipeline.types import Timex


@dataclass(frozen=True)
class TimeMLDoc:
    """One TimeML document.

    Attributes:
        name: File name without extension.
        text: The ``<TEXT>`` content, tags stripped.
        dct: The creation time as an ISO day, or None.
        gold: Gold TIMEX3 mentions inside the text (the DCT excluded).

    Example:
        >>> doc = parse_timeml("<TimeML><TEXT>Vu <TIMEX3 type='DATE' value='2001'>"
        ...                    "2001</TIMEX3>.</TEXT></TimeML>", "x")
        >>> doc.gold[0].text
        '2001'
    """

    name: str
    text: str
    dct: str | None
    gold: tuple[Timex, ...]


def parse_timeml(xml: str, name: str) -> TimeMLDoc:
    """Parse one TimeML document from a string.

    Raises:
        ValueError: If the XML is malformed or has no ``<TEXT>`` element.
    """
    try:
        root = ET.fromstring(xml)
    except ET.ParseError as err:
        raise ValueError(f"{name}: not well-formed TimeML ({err})") from err
    dct = _creation_time(root)
    body = root.find(".//TEXT")
    if body is None:
        raise ValueError(f"{name}: no <TEXT> element")
    pieces: list[str] = []
    gold: list[Timex] = []
    _walk(body, pieces, gold)
    return TimeMLDoc(name, "".join(pieces), dct, tuple(gold))


def _creation_time(root: ET.Element) -> str | None:
    """The value of the CREATION_TIME TIMEX3, as an ISO day."""
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            return (timex.get("value") or "")[:10] or None
    return None


def _walk(element: ET.Element, pieces: list[str], gold: list[Timex]) -> None:
    """Append the element's text to ``pieces``, recording TIMEX3 spans."""
    start = sum(len(p) for p in pieces)
    if element.text:
        pieces.append(element.text)
    for child in element:
        _walk(child, pieces, gold)
        if child.tail:
            pieces.append(child.tail)
    if element.tag == "TIMEX3" and element.get("functionInDocument") != "CREATION_TIME":
        end = sum(len(p) for p in pieces)
        if end > start:
            text = "".join(pieces)[start:end]
            gold.append(Timex(start, end, text, element.get("type", ""),
                              element.get("value", ""), element.get("mod", "")))


def read_timeml(path: Path) -> TimeMLDoc:
    """Read one ``.tml`` file."""
    return parse_timeml(path.read_text(encoding="utf-8"), path.stem)


def is_held_back(name: str) -> bool:
    """Whether a file belongs to the held-back part (about a quarter).

    The split hashes the file name, so it is stable across machines and
    runs and independent of which other files are present.

    Example:
        >>> is_held_back("1999-05-17-0121.tml")
        False
    """
    return int(hashlib.sha1(name.encode("utf-8")).hexdigest(), 16) % 4 == 0


def read_folder(folder: Path) -> list[tuple[TimeMLDoc, bool]]:
    """Every ``.tml`` file of ``folder`` (sorted) with its held-back flag.

    Raises:
        FileNotFoundError: If the folder does not exist or has no ``.tml`` file.
    """
    if not folder.is_dir():
        raise FileNotFoundError(f"no such folder: {folder}")
    paths = sorted(folder.glob("*.tml"))
    if not paths:
        raise FileNotFoundError(f"no .tml files in {folder}")
    return [(read_timeml(p), is_held_back(p.name)) for p in paths]
