"""Shared fixtures: the model is loaded once per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from spacy.language import Language

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session", autouse=True)
def _private_parse_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Keep the tests' parses out of the user's cache folder."""
    os.environ["FR_EVENTS_CACHE"] = str(tmp_path_factory.mktemp("parse-cache"))


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The full pipeline (fr_core_news_md plus our components), loaded once."""
    import pipeline

    return pipeline.load()


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The bundled corpus folder."""
    return CORPUS
