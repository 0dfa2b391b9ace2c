"""End to end: a folder mixing good articles with every kind of bad input runs to the end."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.events.component import EventExtractor
from pipeline.run import RunOptions, RunSummary, run_corpus
from pipeline.table import read_events

pytestmark = pytest.mark.model

FRENCH = ("Le Japon a signé lundi un accord de coopération avec la Mongolie à Tokyo. "
          "Le président mongol a salué ce partenariat avec le Japon.")
_EXTRACT = EventExtractor.__call__

#: Good inputs: file name -> bytes.
GOOD: dict[str, bytes] = {
    "utf8.txt": FRENCH.encode(),
    "latin1.txt": ("Publié le 12/03/2025\n" + FRENCH).encode("latin-1"),
    "cp1252.txt": ("« " + FRENCH + " » — l’accord").encode("cp1252"),
    "bom.txt": b"\xef\xbb\xbf" + FRENCH.encode(),
    "formula.txt": ("- " + FRENCH).encode(),
    "page.html": (
        '<html><head><title>Accord</title><meta property="article:published_time" '
        f'content="2025-12-20"></head><body><nav>Accueil</nav><article><p>{FRENCH}</p>'
        "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p></article></body></html>"
    ).encode(),
}
#: Bad inputs: file name -> (bytes, words expected in the reason).
BAD: dict[str, tuple[bytes, str]] = {
    "empty.txt": (b"", "empty article"),
    "blank.txt": (b" \n\t\n", "empty article"),
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 8, "binary file"),
    "noise.txt": (bytes(range(1, 9)) * 30, "binary file"),
    "huge.txt": (b"a " * 2_750_000, "too large"),
    "english.txt": (b"The president met his counterpart in Tokyo on Monday for talks about "
                    b"the trade and the security of the region.", "not French"),
    "boom.txt": (("Boum. " + FRENCH).encode(), "RuntimeError"),
}


def _folder(root: Path) -> Path:
    folder = root / "in"
    folder.mkdir()
    for name, data in GOOD.items():
        (folder / name).write_bytes(data)
    for name, (data, _) in BAD.items():
        (folder / name).write_bytes(data)
    records = [json.dumps({"id": "r1", "text": FRENCH}, ensure_ascii=False), "{oops",
               json.dumps({"id": "r2", "text": FRENCH, "date": "hier"}, ensure_ascii=False)]
    (folder / "records.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    (folder / "rows.csv").write_text(f'id,text\nc1,"{FRENCH}"\nc2,"mal "formé""\n',
                                     encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def mixed_run(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, RunSummary]:
    root = tmp_path_factory.mktemp("robust")
    folder = _folder(root)

    def explode(self: EventExtractor, doc: Doc) -> Doc:
        if doc._.doc_id == "boom":
            raise RuntimeError("a component failed on this article")
        return _EXTRACT(self, doc)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(EventExtractor, "__call__", explode)
        summary = run_corpus([folder], root / "out", RunOptions(cache=False, progress=False,
                                                                 formats=("xlsx",)), nlp=nlp)
    return root / "out", summary


def test_every_good_article_has_its_events(mixed_run: tuple[Path, RunSummary]) -> None:
    out, summary = mixed_run
    events = read_events(out / "events.csv")
    good = {Path(name).stem for name in GOOD} | {"r1", "c1"}
    assert good <= set(events["doc_id"])
    assert summary.articles == len(good)


def test_every_bad_input_is_listed_with_a_reason(mixed_run: tuple[Path, RunSummary]) -> None:
    out, summary = mixed_run
    errors = pd.read_csv(out / "errors.csv", dtype=str, keep_default_na=False)
    reasons = dict(zip(errors["doc_id"], errors["reason"], strict=True))
    for name, (_, expected) in BAD.items():
        assert expected in reasons[Path(name).stem], name
    by_line = {doc_id.rsplit(":", 1)[-1]: reason for doc_id, reason in reasons.items()
               if ".jsonl:" in doc_id or ".csv:" in doc_id}
    assert by_line["2"].startswith("line 2: invalid JSON")
    assert by_line["3"].startswith("line 3: bad CSV row")
    assert "not an ISO day" in reasons["r2"]
    assert summary.failed == len(errors) == len(BAD) + 3


def test_offsets_index_the_recorded_article_texts(mixed_run: tuple[Path, RunSummary]) -> None:
    out, _ = mixed_run
    lines = (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    articles = {record["doc_id"]: record for record in map(json.loads, lines)}
    assert articles["cp1252"]["encoding"] == "cp1252"
    assert articles["page"]["doc_date"] == "2025-12-20"
    for row in read_events(out / "events.csv").to_dict("records"):
        text = articles[row["doc_id"]]["text"]
        assert text[int(row["start"]):int(row["end"])].strip() == row["evidence"].strip()
    counts = json.loads((out / "run.json").read_text(encoding="utf-8"))["counts"]
    assert counts["encodings"]["cp1252"] == 1 and counts["encodings"]["utf-8-sig"] == 1


def test_formula_text_is_neutralised_in_exports(mixed_run: tuple[Path, RunSummary]) -> None:
    out, _ = mixed_run
    raw = pd.read_csv(out / "events.csv", dtype=str, keep_default_na=False)
    for column in ("actor", "partner", "action", "evidence"):
        assert not raw[column].str.match(r"[=+\-@\t\r]").any(), column
    # The bulleted article's sentence starts with "-": quoted in the CSV only.
    assert raw["evidence"].str.startswith("'- Le Japon").any()
    assert read_events(out / "events.csv")["evidence"].str.startswith("- Le Japon").any()
    assert (out / "events.xlsx").exists()
    assert not list(out.glob(".*.part")) and not (out / ".progress").exists()
