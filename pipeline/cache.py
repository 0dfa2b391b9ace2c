"""The parse cache: spaCy's own analyses kept on disk, so rule changes re-run fast.

What is cached is a Doc as spaCy's components leave it (tokens, tags,
morphology, lemmas, dependencies, entities), before our components
(``fr_dates`` → ``fr_actors`` → ``fr_events``) run. A second run over the
same texts loads those parses instead of parsing again, then runs our
components on them, so changed rules or dictionaries take effect while the
expensive part is skipped.

Layout: one small :class:`~spacy.tokens.DocBin` file per text, addressed by
the SHA-256 of the text (``ROOT/NAMESPACE/ab/abcdef….spacy``), in a folder
per *namespace*: the model's name and version, spaCy's version, the parsing
components and the cache format. The path is the index, so a lookup reads
one file and nothing else, worker processes write side by side without a
shared index to lock, and another model or spaCy version never sees these
parses. Each file is written to a temporary name and moved into place; a
file that cannot be read back (truncated, corrupt, or holding another text)
is ignored with a :class:`ParseCacheWarning` and the text is parsed again.

Location: ``RunOptions.cache_dir`` when given, otherwise the environment
variable ``FR_EVENTS_CACHE``, otherwise ``$XDG_CACHE_HOME/fr-events``
(``~/.cache/fr-events``). Delete the folder to empty the cache.

Example:
    >>> cache = ParseCache.for_pipeline(nlp, ["tok2vec", "parser"])  # doctest: +SKIP
    >>> cache.load(nlp.make_doc("Le Japon accueille le sommet."))     # doctest: +SKIP
    None
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
import warnings
import zlib
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy
import spacy
import srsly
from spacy.attrs import DEP, ENT_ID, ENT_KB_ID, ENT_TYPE, LEMMA, MORPH, NORM, ORTH, SPACY, TAG
from spacy.language import Language
from spacy.tokens import Doc, DocBin

from pipeline.atomic import atomic_path
from pipeline.extensions import doc_text

#: Environment variable naming the cache folder.
CACHE_ENV = "FR_EVENTS_CACHE"
#: Bumped whenever what a cache file holds changes, so old files are never read.
CACHE_FORMAT = "1"


class ParseCacheWarning(UserWarning):
    """A cache file was unreadable and is being recomputed."""


def default_cache_dir() -> Path:
    """The cache folder when none is given: ``$FR_EVENTS_CACHE`` or the user cache.

    Example:
        >>> os.environ["FR_EVENTS_CACHE"] = "/tmp/fr-cache"
        >>> default_cache_dir()
        PosixPath('/tmp/fr-cache')
        >>> del os.environ["FR_EVENTS_CACHE"]
    """
    configured = os.environ.get(CACHE_ENV)
    if configured:
        return Path(configured).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "fr-events"


def namespace(nlp: Language, parse_components: Sequence[str]) -> str:
    """The folder name that ties parses to the model, spaCy and components used.

    Besides the model's name and version and spaCy's version, it hashes the
    parsing components' names and, for components that are not spaCy's (our
    ``fr_paragraphs``, which sets sentence starts before the parser), the
    source of their module: editing such a component changes the parses, so
    it must not reuse old ones.

    Example:
        >>> namespace(nlp, ["tok2vec", "parser"])                    # doctest: +SKIP
        'fr_core_news_md-3.8.0_spacy-3.8.18_f1c2…'
    """
    meta = nlp.meta
    model = f"{meta.get('lang', '')}_{meta.get('name', '')}-{meta.get('version', '')}"
    digest = hashlib.sha256(CACHE_FORMAT.encode("utf-8"))
    for name in parse_components:
        digest.update(f"|{name}:".encode())
        digest.update(_source_of(nlp.get_pipe(name)))
    return f"{model}_spacy-{spacy.__version__}_{digest.hexdigest()[:12]}"


def _source_of(component: object) -> bytes:
    """The source file of a component's module, or nothing for spaCy's own."""
    module_name = getattr(component, "__module__", None) or type(component).__module__
    if module_name.split(".")[0] in {"spacy", "thinc"}:
        return b""
    module = sys.modules.get(module_name)
    source = getattr(module, "__file__", None)
    try:
        return Path(source).read_bytes() if source else module_name.encode("utf-8")
    except OSError:
        return module_name.encode("utf-8")


def text_key(text: str) -> str:
    """The SHA-256 of a text, the name of its cache file.

    Example:
        >>> text_key("Bonjour")[:12]
        '9172e8eec99f'
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class ParseCache:
    """Parsed Docs on disk, one file per text, under one namespace folder.

    Args:
        folder: The namespace folder (see :func:`namespace`).

    Example:
        >>> cache = ParseCache(Path("/tmp/c/fr_core_news_md-3.8.0_x"))  # doctest: +SKIP
        >>> cache.store(doc); cache.load(nlp.make_doc(doc.text)) is not None  # doctest: +SKIP
        True
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @classmethod
    def for_pipeline(
        cls, nlp: Language, parse_components: Sequence[str], root: Path | None = None
    ) -> ParseCache:
        """The cache for ``nlp``'s parses under ``root`` (default: :func:`default_cache_dir`)."""
        return cls((root or default_cache_dir()) / namespace(nlp, parse_components))

    def path(self, text: str) -> Path:
        """Where the parse of ``text`` lives (two-letter sub-folders keep folders small)."""
        key = text_key(text)
        return self.folder / key[:2] / f"{key}.spacy"

    def load(self, source: Doc) -> Doc | None:
        """The cached parse of ``source.text``, carrying ``source``'s user data, or None.

        ``source`` is the unparsed Doc the run made (with ``doc._.doc_id``,
        ``doc_date``, ``furniture``); its user data is copied onto the loaded
        parse, since the cache keeps none.
        """
        path = self.path(source.text)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as err:
            self._unreadable(path, err)
            return None
        try:
            docs = list(DocBin().from_bytes(data).get_docs(source.vocab))
        except Exception as err:  # noqa: BLE001 - any decoding failure means "recompute"
            self._unreadable(path, err)
            return None
        if len(docs) != 1 or not _same_length(docs[0], source.text):
            self._unreadable(path, ValueError("holds another text"))
            return None
        doc = docs[0]
        doc.user_data.update(source.user_data)
        return doc

    def store(self, doc: Doc) -> None:
        """Save a parsed Doc (without user data or spans) atomically.

        A failure to write (disk full, read-only folder) only costs a
        future re-parse, so it warns instead of stopping the run.
        """
        path = self.path(doc_text(doc))
        docbin = LeanDocBin(store_user_data=False)
        docbin.add(doc)
        try:
            with atomic_path(path) as tmp:
                tmp.write_bytes(docbin.to_bytes())
        except OSError as err:
            warnings.warn(f"could not write parse cache file {path}: {err}",
                          ParseCacheWarning, stacklevel=2)

    def _unreadable(self, path: Path, err: Exception) -> None:
        """Warn about a bad cache file and remove it; the text will be parsed again."""
        warnings.warn(f"ignoring unreadable parse cache file {path} ({err}); parsing again",
                      ParseCacheWarning, stacklevel=3)
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


#: Token attributes whose strings a DocBin keeps (those :meth:`DocBin.add` reads),
#: but the morphology, whose empty analysis is stored as "_" and written as "".
_STRING_ATTRS: list[int | str] = [ORTH, TAG, LEMMA, NORM, DEP, ENT_TYPE, ENT_KB_ID, ENT_ID]


class LeanDocBin(DocBin):
    """A :class:`DocBin` that collects a Doc's strings from one attribute array.

    ``DocBin.add`` reads nine strings per token through Token objects, the
    costliest part of writing the cache; the same strings come from the hash
    columns of :meth:`Doc.to_array`. The bytes are those of a plain DocBin
    (``tests/test_cache.py`` checks it, before compression), so any DocBin
    reads the files. Docs with span groups or user data to keep take
    spaCy's own path.

    Example:
        >>> LeanDocBin(docs=[nlp("Le Japon a signé.")]).to_bytes()  # doctest: +SKIP
    """

    def add(self, doc: Doc) -> None:
        """Add a Doc's annotations, as :meth:`DocBin.add` does."""
        if len(doc.spans) or self.store_user_data:
            super().add(doc)
            return
        attrs: list[int | str] = list(self.attrs)
        array = doc.to_array(attrs)
        if len(array.shape) == 1:
            array = array.reshape((array.shape[0], 1))
        self.tokens.append(array)
        spaces = doc.to_array(SPACY).reshape((array.shape[0], 1))
        self.spaces.append(numpy.asarray(spaces, dtype=bool))
        self.flags.append({"has_unknown_spaces": doc.has_unknown_spaces})
        strings = doc.vocab.strings
        if len(doc):
            self.strings.update(strings[key] for key in numpy.unique(doc.to_array(_STRING_ATTRS)).tolist())
            morphs = (strings[key] for key in numpy.unique(doc.to_array(MORPH)).tolist())
            self.strings.update("" if morph == "_" else morph for morph in morphs)
        self.cats.append(doc.cats)
        self.span_groups.append(doc.spans.to_bytes())

    def to_bytes(self) -> bytes:
        """The message of :meth:`DocBin.to_bytes`, packed and compressed more cheaply.

        srsly's packer looks its encoders up in the installed packages on
        every call, and the message holds only plain values that need none;
        zlib's fastest level halves the compression time for larger files.
        """
        tokens = numpy.vstack(self.tokens) if self.tokens else numpy.asarray([])
        spaces = numpy.vstack(self.spaces) if self.spaces else numpy.asarray([])
        msg = {
            "version": self.version,
            "attrs": self.attrs,
            "tokens": tokens.tobytes("C"),
            "spaces": spaces.tobytes("C"),
            "lengths": numpy.asarray([len(t) for t in self.tokens], dtype="int32").tobytes("C"),
            "strings": sorted(self.strings),
            "cats": self.cats,
            "flags": self.flags,
            "span_groups": self.span_groups,
        }
        if self.store_user_data:
            msg["user_data"] = self.user_data
        return zlib.compress(_pack(msg), 1)


def _pack(msg: Mapping[str, object]) -> bytes:
    """msgpack bytes of ``msg``: srsly's plain packer when present, else its public dumps.

    The plain packer lives in a private srsly module; if a srsly release moves
    it, the cache still works, only a little slower.
    """
    try:
        from srsly.msgpack._packer import Packer
    except ImportError:  # pragma: no cover - depends on the srsly release
        return bytes(srsly.msgpack_dumps(msg))
    return bytes(Packer(use_bin_type=True).pack(msg))


def _same_length(doc: Doc, text: str) -> bool:
    """Whether a loaded parse spans exactly ``text``'s length.

    The file name is the text's SHA-256, so this only guards against a
    truncated or foreign file; it avoids rebuilding the whole text.
    """
    if not len(doc):
        return not text
    last = doc[-1]
    return last.idx + len(last.text_with_ws) == len(text)
