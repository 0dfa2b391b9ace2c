"""Custom attributes on spaCy objects, registered once and idempotently.

Every component calls :func:`register_extensions` from its factory, so a
user who builds a pipeline by hand with ``nlp.add_pipe("fr_events")`` gets
the attributes without importing anything else.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

# (attribute, default) pairs. Mutable defaults are never shared: components
# always assign a fresh list, and getters below return copies.
_DOC_ATTRS: tuple[tuple[str, object], ...] = (
    ("doc_id", ""),
    ("doc_date", None),
    ("furniture", ()),
    ("timexes", None),
    ("events", None),
)
_SPAN_ATTRS: tuple[tuple[str, object], ...] = (
    ("actor", ""),
    ("actor_code", ""),
    ("actor_kind", ""),
    ("timex", None),
    ("members", None),
)


def register_extensions() -> None:
    """Register ``doc._.*`` and ``span._.*`` attributes if missing.

    ``doc._.doc_id`` (str), ``doc._.doc_date`` (ISO day or None),
    ``doc._.furniture`` (char spans to ignore), ``doc._.timexes``
    (list of :class:`~pipeline.types.Timex`), ``doc._.events`` (list of
    :class:`~pipeline.types.Event`); ``span._.actor``/``actor_code``/
    ``actor_kind`` (and ``members``, a list of ``(actor, actor_code)`` pairs
    for a mention such as "les deux dirigeants" that stands for several
    actors) on ``doc.spans["actors"]``, ``span._.timex`` on
    ``doc.spans["timex"]``.

    Example:
        >>> register_extensions()
        >>> Doc.has_extension("events")
        True
    """
    for name, default in _DOC_ATTRS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in _SPAN_ATTRS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


#: Key of a Doc's text in its user data, kept by :func:`doc_text`.
TEXT_KEY = "fr_events_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc.

    spaCy rebuilds ``doc.text`` from every token on each access, which costs
    milliseconds on an article; a run needs it several times (cache keys,
    dates, the articles table). The text of a Doc never changes, so it is
    kept in the Doc's user data (a run puts it there when it makes the Doc).

    Example:
        >>> from spacy.vocab import Vocab
        >>> doc = Doc(Vocab(), words=["Le", "Japon", "signe"])
        >>> doc_text(doc)
        'Le Japon signe '
    """
    text = doc.user_data.get(TEXT_KEY)
    if not isinstance(text, str):
        text = doc.text
        doc.user_data[TEXT_KEY] = text
    return text
