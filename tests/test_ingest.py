"""Ingestion of real-world input: every bad article becomes an error with a reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.ingest import (
    IngestError,
    IngestLimits,
    iter_articles,
    read_csv,
    read_jsonl,
    screen,
    scrub,
)
from pipeline.types import Article

FRENCH = ("Le Japon a signé lundi un accord de coopération avec la Mongolie à Tokyo. "
          "Le président mongol a salué ce partenariat avec le Japon et la Chine.")


def _items(folder: Path, **limits: object) -> dict[str, Article | IngestError]:
    return {item.doc_id: item for item in iter_articles([folder], limits=IngestLimits(**limits))}


def _one(folder: Path, name: str, data: bytes) -> Article | IngestError:
    """Write one file into ``folder`` and ingest the folder."""
    (folder / name).write_bytes(data)
    return _items(folder)[Path(name).stem]


@pytest.mark.parametrize(
    ("name", "data", "encoding"),
    [
        ("utf8.txt", FRENCH.encode("utf-8"), "utf-8"),
        ("bom.txt", b"\xef\xbb\xbf" + FRENCH.encode("utf-8"), "utf-8-sig"),
        ("utf16.txt", FRENCH.encode("utf-16"), "utf-16"),
        ("latin1.txt", FRENCH.encode("latin-1"), "latin-1"),
        ("cp1252.txt", ("« " + FRENCH + " » — l’œuvre").encode("cp1252"), "cp1252"),
        ("notes.md", FRENCH.encode("utf-8"), "utf-8"),
    ],
)
def test_text_files_in_any_common_encoding_are_read_and_recorded(
    tmp_path: Path, name: str, data: bytes, encoding: str
) -> None:
    item = _one(tmp_path, name, data)
    assert isinstance(item, Article)
    assert item.encoding == encoding
    assert "coopération" in item.text and not item.text.startswith("\ufeff")


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty article"),
        ("blank.txt", b"  \n\t\r\n \xc2\xa0\n", "empty article"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "binary file"),
        ("noise.txt", bytes(range(1, 9)) * 40, "binary file"),
        ("odd.txt", b"\x81\x8d\x8f\x90\x9d" * 4, "undecodable"),
        ("report.pdf", b"%PDF-1.7\n\x00\x01\x02binary", "binary file"),
        ("english.txt", b"The president met his counterpart in Tokyo on Monday for talks "
                        b"about the trade and the security of the region.", "not French"),
    ],
)
def test_bad_files_become_errors_with_a_reason(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    item = _one(tmp_path, name, data)
    assert isinstance(item, IngestError)
    assert reason in item.reason
    assert item.source == str(tmp_path / name)


def test_file_over_the_size_cap_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "huge.txt").write_bytes(FRENCH.encode() * 100)
    item = _items(tmp_path, max_bytes=1000)["huge"]
    assert isinstance(item, IngestError)
    assert "too large" in item.reason and "1000" not in item.reason
    assert "max_article_bytes" in item.reason


def test_record_over_the_size_cap_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "big", "text": FRENCH * 20}) + "\n", encoding="utf-8")
    [item] = iter_articles([path], limits=IngestLimits(max_bytes=500))
    assert isinstance(item, IngestError) and "too large" in item.reason


def test_language_check_can_be_switched_off(tmp_path: Path) -> None:
    (tmp_path / "en.txt").write_text(
        "The president met his counterpart in Tokyo on Monday for talks about the trade.")
    assert isinstance(_items(tmp_path, french_only=False)["en"], Article)


def test_malformed_jsonl_lines_are_reported_and_the_rest_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": FRENCH}, ensure_ascii=False).encode(),
        b"{broken",
        b"[1, 2]",
        json.dumps({"text": FRENCH}).encode(),
        b"\x00\x01\x02\x03\x04\x05",
        json.dumps({"id": "a2", "text": FRENCH}, ensure_ascii=False).encode("utf-8"),
        json.dumps({"id": "a3", "text": "é " + FRENCH}, ensure_ascii=False).encode("cp1252"),
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    items = list(read_jsonl(path))
    errors = [i.reason for i in items if isinstance(i, IngestError)]
    articles = {i.doc_id: i for i in items if isinstance(i, Article)}
    assert [e.split(":")[0] for e in errors] == ["line 2", "line 3", "line 4", "line 5"]
    assert set(articles) == {"a1", "a2", "a3"}
    assert articles["a3"].encoding == "latin-1" and articles["a3"].text.startswith("é ")


def test_malformed_csv_rows_are_reported_and_the_rest_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_bytes(
        b'id,text\n'
        b'c1,"' + FRENCH.encode() + b'"\n'
        b'c2,"bad "quote" here"\n'
        b'c3,"' + FRENCH.encode("cp1252") + b'"\n'
        b',"no id"\n'
    )
    items = list(read_csv(path))
    errors = [i.reason for i in items if isinstance(i, IngestError)]
    articles = {i.doc_id: i for i in items if isinstance(i, Article)}
    assert set(articles) == {"c1", "c3"}
    assert articles["c3"].encoding == "latin-1"
    assert any(e.startswith("line 3: bad CSV row") for e in errors)
    assert any(e.startswith("line 5: missing 'id'") for e in errors)


def test_csv_without_text_column_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text("id,body\nx,y\n", encoding="utf-8")
    [item] = read_csv(path)
    assert isinstance(item, IngestError) and "needs 'id' and 'text'" in item.reason


def test_html_page_gives_main_text_and_date(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Accord</title>"
        '<meta property="article:published_time" content="2025-12-20T08:00:00+01:00">'
        "</head><body><nav>Accueil | Monde | Newsletter</nav><article><h1>Accord</h1>"
        f"<p>{FRENCH}</p><p>Les deux pays ont promis de se revoir à Oulan-Bator.</p>"
        "</article><footer>Tous droits réservés</footer></body></html>"
    )
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    item = _items(tmp_path)["page"]
    assert isinstance(item, Article)
    assert item.date == "2025-12-20" and item.date_source == "html"
    assert "Mongolie" in item.text and "Accueil" not in item.text
    assert item.title == "Accord"


def test_html_page_without_main_text_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "blank.htm").write_text("<html><head><title>Vide</title></head><body></body></html>")
    item = _items(tmp_path)["blank"]
    assert isinstance(item, IngestError) and "HTML" in item.reason


def test_hidden_files_and_subfolders_are_not_input(tmp_path: Path) -> None:
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00")
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "x.txt").write_text(FRENCH)
    (tmp_path / "a.txt").write_text(FRENCH)
    assert list(_items(tmp_path)) == ["a"]


@pytest.mark.parametrize(
    ("text", "reason"),
    [("", "empty article"), (" \n\u00a0\t", "empty article"), (FRENCH, None)],
)
def test_screen(text: str, reason: str | None) -> None:
    problem = screen(Article("a", text), IngestLimits(french_only=False))
    assert (problem.reason if problem else None) == (reason and f"{reason}: no text")


def test_scrub_replaces_lone_surrogates_without_moving_offsets() -> None:
    item = scrub(Article("a\udcff", "x\ud800y", source="s\udc80"))
    assert isinstance(item, Article)
    assert (item.doc_id, item.text, item.source) == ("a\ufffd", "x\ufffdy", "s\ufffd")
    assert len(item.text) == 3


def test_article_longer_than_the_parser_accepts_is_an_error() -> None:
    problem = screen(Article("a", "é" * 50), IngestLimits(max_chars=40, french_only=False))
    assert problem is not None and "nlp.max_length" in problem.reason
