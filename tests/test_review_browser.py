"""The review report in a real headless Chromium: it opens, filters, highlights, stays inert."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_review import HOSTILE, make_gold, make_run

from pipeline.review.report import write_review

pytestmark = pytest.mark.browser

#: Debian's chromium; Playwright must never download a browser of its own.
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    playwright_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright is not installed (pip install '.[test]')")
    if not Path(CHROMIUM).exists():
        pytest.skip("chromium is not installed (apt-get install chromium)")
    with playwright_api.sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def opened(browser: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """One tab on the report, watched for dialogs, script errors and requests."""
    folder = tmp_path_factory.mktemp("review")
    report = write_review(make_run(folder / "run"), folder / "report.html",
                          gold=make_gold(folder / "gold"))
    page = browser.new_page()
    page.dialogs, page.errors, page.requests = [], [], []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.on("request", lambda request: page.requests.append(request.url))
    page.report_uri = report.as_uri()
    yield page
    page.close()


@pytest.fixture
def page(opened: Any) -> Any:
    """The report freshly loaded (no filter, no sort, nothing selected)."""
    opened.goto(opened.report_uri)
    opened.wait_for_selector("#events tbody tr")
    return opened


def _shown(page: Any) -> list[str]:
    return page.locator("#events tbody tr td.type").all_text_contents()


def test_report_opens_with_every_event(page: Any) -> None:
    assert _shown(page) == ["CONSULT", "ACCUSE", "SANCTION"]
    assert page.text_content("#count").startswith("3 / 3")
    assert page.errors == []
    assert all(url.startswith("file:") for url in page.requests)


@pytest.mark.parametrize(
    ("control", "value", "expected"),
    [
        ("#f-type", "ACCUSE", ["ACCUSE"]),
        ("#f-doc", "a", ["CONSULT"]),
        ("#f-modality", "asserted", ["CONSULT", "ACCUSE", "SANCTION"]),
        ("#f-mark", "wrong", ["SANCTION"]),
    ],
)
def test_select_filters(page: Any, control: str, value: str, expected: list[str]) -> None:
    page.select_option(control, value)
    assert _shown(page) == expected


@pytest.mark.parametrize(
    ("control", "value", "expected"),
    [
        ("#f-actor", "japon", ["CONSULT"]),
        ("#f-partner", "PRK", ["ACCUSE"]),
        ("#f-confidence", "0.5", ["CONSULT", "ACCUSE"]),
    ],
)
def test_text_filters(page: Any, control: str, value: str, expected: list[str]) -> None:
    page.fill(control, value)
    assert _shown(page) == expected


def test_sorting_by_confidence(page: Any) -> None:
    page.click("th[data-key=confidence]")
    assert _shown(page) == ["SANCTION", "ACCUSE", "CONSULT"]
    page.click("th[data-key=confidence]")
    assert _shown(page) == ["CONSULT", "ACCUSE", "SANCTION"]


def test_clicking_a_row_highlights_its_sentence(page: Any) -> None:
    page.click("#events tbody tr:first-child")
    assert page.is_visible("#article")
    marks = {kind: page.text_content(f"#article-text .sentence mark.{kind}")
             for kind in ("actor", "trigger", "partner", "date")}
    assert marks == {"actor": "Japon", "trigger": "accueilli", "partner": "Mongolie",
                     "date": "20 décembre 2025"}
    assert page.text_content("#article-text").startswith("Titre.\nLe Japon")


def test_gold_marks_and_missed_events(page: Any) -> None:
    assert page.locator("#events tbody tr td.mark").all_text_contents() == [
        "juste", "juste", "faux"]
    assert page.locator("#missed tbody tr").count() == 1
    page.click("#missed tbody tr")
    assert page.text_content("#article-text .sentence") == "La Chine a condamné la Corée du Nord."


def test_hostile_article_text_is_inert(page: Any) -> None:
    page.select_option("#f-type", "ACCUSE")
    page.click("#events tbody tr:first-child")
    text = page.text_content("#article-text")
    assert text.startswith(HOSTILE)
    # The emoji after the sentence must not shift the highlight (UTF-16 offsets).
    assert page.text_content("#article-text mark.partner") == "Corée du Nord"
    assert page.locator("img").count() == 0
    assert page.locator("body script").count() == 2
    assert page.title() != "pwned" and page.dialogs == [] and page.errors == []
    assert "<img" in page.text_content("#events tbody")
