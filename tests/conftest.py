"""Shared fixtures: the model is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The full pipeline (fr_core_news_md plus our components), loaded once."""
    import pipeline

    return pipeline.load()


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The bundled corpus folder."""
    return CORPUS
