"""The ``fr_lines`` component: a line break before a capitalised word starts a sentence.

News pages put titles, datelines and captions on lines of their own without
a final full stop ("Publié le 03/02/2023", "Le Japon annonce un sommet"). The
parser then glues them to the next sentence, and the subject of that
sentence is lost in a long fragment. This component runs before the parser
and presets a sentence start where a line ends and the next line begins with
a capitalised word; spaCy's parser keeps preset boundaries. Hard-wrapped prose
("la campagne\\nprésidentielle") continues in lower case, so it is left alone.

Example:
    >>> import spacy
    >>> nlp = spacy.blank("fr")
    >>> doc = mark_line_starts(nlp("Publié le 03/02/2023\\nLa Chine a protesté."))
    >>> [t.text for t in doc if t.is_sent_start][1:]
    ['La']
"""

from __future__ import annotations

from typing import Any, cast

from spacy.attrs import IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span, Token


def _opens_line(token: Token) -> bool:
    """Whether ``token`` is the first word after a line break and is capitalised."""
    if token.i == 0 or token.is_space:
        return False
    previous = token.doc[token.i - 1]
    after_break = (previous.is_space and "\n" in previous.text) or "\n" in previous.whitespace_
    if not after_break or not (token.is_title or token.is_upper or not token.is_alpha):
        return False
    # A line that ends on a function word ("Moscou et", "la visite de")
    # is hard-wrapped prose that goes on, whatever the next word's case.
    last_word = next((t for t in reversed(token.doc[: token.i]) if not t.is_space), None)
    return last_word is None or not (last_word.is_stop and last_word.is_lower)


def mark_line_starts(doc: Doc) -> Doc:
    """Preset sentence starts at capitalised line openings (before parsing).

    The token right after a preset start is marked as *not* starting a
    sentence, unless it opens a line itself: without that, the parser tends
    to split the first two words of the new line apart.

    Args:
        doc: A tokenised, unparsed Doc.

    Returns:
        The same Doc, with ``is_sent_start`` preset where lines open.
    """
    if doc.has_annotation("DEP"):
        return doc
    # Only a token right after a line break may open a line (a token's own
    # trailing whitespace is at most one space): look at those alone
    # instead of building a Token for every word.
    spaces = doc.to_array(IS_SPACE).nonzero()[0].tolist()
    strings = doc.vocab.strings
    orths = doc.to_array(ORTH)
    after_breaks = [i + 1 for i in spaces if "\n" in strings[int(orths[i])] and i + 1 < len(doc)]
    # Written back in one array: each ``token.is_sent_start = …`` rescans
    # the whole Doc for a parse.
    starts = doc.to_array(SENT_START).view("int64")
    for i in after_breaks:
        token = doc[i]
        if _opens_line(token):
            starts[i] = 1
            if i + 1 < len(doc):
                following = doc[i + 1]
                if not following.is_space and not _opens_line(following):
                    starts[i + 1] = -1
    if after_breaks:
        doc.from_array([SENT_START], cast(Any, starts.view("uint64")))
    return doc


#: Parts of speech of a name left alone before its apposition ("Pékin", "la Chine").
_NAME_POS = frozenset({"PROPN", "DET"})
#: Parts of speech of a clause's main verb.
_VERB_POS = frozenset({"VERB", "AUX"})


def _lone_name(sent: Span) -> Token | None:
    """The root of a sentence that is nothing but a proper name ("Pékin", "La Chine").

    Example:
        >>> # "… la retenue ». | Pékin | , premier partenaire du Cambodge, a appelé …"
        >>> # → the token "Pékin"
    """
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if not words or any(t.pos_ not in _NAME_POS for t in words):
        return None
    root = sent.root
    return root if root.pos_ == "PROPN" else None


def _rejoin(name: Token, clause: Span) -> None:
    """Make ``name`` the subject of ``clause``, and the noun after its comma its apposition."""
    verb = clause.root
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    name.head = verb
    name.dep_ = "nsubj"
    if subject is not None and subject.pos_ == "NOUN":
        # "Pékin, premier partenaire du Cambodge, a appelé": the title is the
        # parser's subject only because the name was cut off.
        subject.head = name
        subject.dep_ = "appos"


def rejoin_names(doc: Doc) -> Doc:
    """Give back to its clause a name the parser cut off before an apposition (after parsing).

    The parser sometimes ends a sentence after a capitalised subject followed
    by a comma: "Pékin, premier partenaire économique de Hanoï, a appelé …"
    comes out as "Pékin" and ", premier partenaire … a appelé …". A sentence
    made of a proper name alone, followed on the same line by one opening on
    a comma with a verb at its root, is joined back as its subject.

    Args:
        doc: A parsed Doc.

    Returns:
        The same Doc, with such names attached to the next clause's verb.
    """
    if not doc.has_annotation("DEP"):
        return doc
    sents = list(doc.sents)
    for sent, clause in zip(sents, sents[1:], strict=False):
        if clause[0].text != "," or "\n" in sent[-1].whitespace_ or clause.root.pos_ not in _VERB_POS:
            continue
        name = _lone_name(sent)
        if name is not None:
            _rejoin(name, clause)
    return doc


@Language.factory("fr_rejoin")
def make_name_rejoiner(nlp: Language, name: str) -> object:
    """Build the name rejoiner (``nlp.add_pipe("fr_rejoin", after="parser")``)."""
    return rejoin_names


@Language.factory("fr_lines")
def make_line_segmenter(nlp: Language, name: str) -> object:
    """Build the line segmenter (``nlp.add_pipe("fr_lines", before="parser")``)."""
    return mark_line_starts
