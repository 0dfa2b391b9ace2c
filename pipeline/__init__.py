"""fr-events: who did what with whom, and when, from French news.

Example:
    >>> import pipeline
    >>> nlp = pipeline.load()                                  # doctest: +SKIP
    >>> doc = nlp("Le Japon a accueilli les dirigeants d'Asie centrale.")  # doctest: +SKIP
    >>> doc._.events                                           # doctest: +SKIP
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language

from pipeline import segment as _segment  # noqa: F401  (registers fr_lines)

# Importing the components registers their factories with spaCy.
from pipeline.actors import component as _actors  # noqa: F401
from pipeline.dates import component as _dates  # noqa: F401
from pipeline.events import component as _events  # noqa: F401
from pipeline.extensions import register_extensions

__version__ = "0.1.0"

#: Our components, in the order they run after spaCy's own.
COMPONENTS: tuple[str, ...] = ("fr_dates", "fr_actors", "fr_events")


def load(
    model: str = "fr_core_news_md",
    *,
    models_dir: str | Path | None = None,
    exclude: tuple[str, ...] = (),
) -> Language:
    """Load spaCy's French model with our components added.

    Args:
        model: The spaCy model package to start from.
        models_dir: Another folder of rule resources than the bundled ``models/``.
        exclude: spaCy components to leave out (ours always run).

    Returns:
        A :class:`~spacy.language.Language` whose docs carry ``doc._.timexes``,
        ``doc.spans["actors"]`` and ``doc._.events``.

    Example:
        >>> nlp = load()                                          # doctest: +SKIP
        >>> [e.event_type for e in nlp("Tokyo a condamné Pyongyang.")._.events]  # doctest: +SKIP
        ['ACCUSE']
    """
    register_extensions()
    nlp = spacy.load(model, exclude=list(exclude))
    config = {"models_dir": str(models_dir) if models_dir else ""}
    if "parser" in nlp.pipe_names:
        # Line openings start sentences (titles, list items), before the parser runs.
        nlp.add_pipe("fr_lines", before="parser")
        # A name the parser cut off before its apposition goes back to its clause.
        nlp.add_pipe("fr_rejoin", after="parser")
    for name in COMPONENTS:
        nlp.add_pipe(name, config=config)
    return nlp


__all__ = ["COMPONENTS", "load", "__version__"]
